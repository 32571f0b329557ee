// How words become search terms, the same way for the index and for a query:
// split on anything that is not a letter or digit (apostrophes of every kind
// too, so `l’expérience` is `l` + `expérience`), case and accents folded,
// elisions and stop words dropped, then stemmed in the page's language (Snowball).
import { newStemmer } from "snowball-stemmers";
import { perLocale, type Locale } from "@/i18n/routing";

const STEMMERS: Record<Locale, ReturnType<typeof newStemmer>> = { en: newStemmer("english"), fr: newStemmer("french") };
/**
 * Words that say nothing about what a post is about, and that nearly every
 * post has: searching for them would only make every search slower. French
 * elisions longer than one letter (`qu’il`) are among them; one-letter ones
 * (`l’`, `d’`) are dropped anyway.
 */
const STOP_WORDS: Record<Locale, Set<string>> = {
  en: new Set(
    "the and of to in is it that for on with as are was be by at this an or from we our you your they their has have had not but what which who will can its into than then there these those also about more most".split(
      " ",
    ),
  ),
  fr: new Set(
    "le la les de des du un une et en au aux est sont pour par sur dans que qui ne pas plus ce ces cet cette nous vous ils elles leur leurs son sa ses se il elle on ou mais avec comme tout tous aussi qu jusqu lorsqu puisqu quoiqu".split(
      " ",
    ),
  ),
};
const APOSTROPHE_LETTERS = /[\u02b9\u02bb\u02bc\u02bd]/g;
const stems = perLocale(() => new Map<string, string | null>());
/**
 * Words stemmed once are remembered: a site's words are a few tens of
 * thousands, but every query can bring a new one (a number), so past this
 * many the memory starts again rather than growing with every search.
 */
const REMEMBERED_WORDS = 100_000;

export type Word = { text: string; start: number; end: number };

/** The words of a text in turn, with where each stands in it: read only as far as the reader asks. */
export function* wordsIn(text: string): Generator<Word> {
  // Apostrophes that Unicode counts as letters (ʼ ʻ) separate words too; one character for one keeps offsets.
  for (const match of text.replace(APOSTROPHE_LETTERS, " ").matchAll(/[\p{L}\p{N}]+/gu)) {
    yield { text: match[0], start: match.index, end: match.index + match[0].length };
  }
}

/** The words of a text, with where each stands in it. */
export const wordsOf = (text: string): Word[] => [...wordsIn(text)];

const ASCII = /^[\x00-\x7f]*$/;

export function foldWord(word: string): string {
  // Most words have no accent to take off: lower case is all they need, and it is many times cheaper.
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae");
}

/** A word's search term in `locale`, or null for a word too short to search for. */
export function termOf(locale: Locale, word: string): string | null {
  const known = stems[locale].get(word);
  if (known !== undefined) return known;
  const folded = foldWord(word);
  // Folded before stemming, so that a word typed without its accents stems like the word written with them.
  const term = folded.length < 2 || STOP_WORDS[locale].has(folded) ? null : STEMMERS[locale].stem(folded);
  if (stems[locale].size >= REMEMBERED_WORDS) stems[locale].clear();
  stems[locale].set(word, term);
  return term;
}

/**
 * What the index holds for a word: its stem, for whole-word and fuzzy matches,
 * and the word itself folded, so that a word being typed (`accessib`) matches
 * as a prefix of the word (`accessibility`) even where its stem is shorter (`access`).
 */
export function indexTermsOf(locale: Locale, word: string): string[] {
  const stem = termOf(locale, word);
  if (!stem) return [];
  const folded = foldWord(word);
  return folded === stem ? [stem] : [stem, folded];
}
