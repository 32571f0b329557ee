// How a reader's words become the queries search tries in turn: every word,
// then every word with a typo forgiven, then any of the words.
import type { Locale } from "@/i18n/routing";
import type { Query, TermQuery } from "./scorer";
import { foldWord, termOf, wordsOf } from "./terms";

/** A typo is forgiven in words this long or longer. */
const FUZZY_FROM_LENGTH = 5;

/**
 * Each word by its stem; the last one, still being typed, also as a prefix.
 * Typos are only forgiven (one, in long words) when the words as typed find
 * nothing: most searches are spelt right, and looking at every near spelling
 * of every word is what makes a search slow. `finds` says whether a query
 * finds anything at all. None for a query with no word search counts.
 */
export function attemptsOf(locale: Locale, query: string, finds: (query: Query) => boolean): Query[] {
  const words = wordsOf(query).flatMap((word) => {
    const stem = termOf(locale, word.text);
    return stem ? [{ stem, folded: foldWord(word.text), fuzzy: word.text.length >= FUZZY_FROM_LENGTH ? 1 : 0 }] : [];
  });
  if (words.length === 0) return [];
  const wordQuery = (word: (typeof words)[number], last: boolean, forgiving: boolean): Query | TermQuery => {
    const whole: TermQuery = { term: word.stem, fuzzy: forgiving ? word.fuzzy : 0 };
    return last ? { combineWith: "OR", queries: [whole, { term: word.folded, prefix: true }] } : whole;
  };
  const search = (combineWith: "AND" | "OR", forgiving: boolean): Query => ({
    combineWith,
    queries: words.map((word, index) => wordQuery(word, index === words.length - 1, forgiving)),
  });
  // A word too short to forgive a typo in that finds nothing alone (a number, a misspelt short
  // word) makes both searches of every word find nothing; and where no word is long enough to
  // forgive a typo in, the forgiving search of every word is the first one again. Neither is tried.
  const everyWordCanMatch = words.every(
    (word, index) =>
      word.fuzzy > 0 || finds({ combineWith: "OR", queries: [wordQuery(word, index === words.length - 1, false)] }),
  );
  const forgives = words.some((word) => word.fuzzy > 0);
  return [
    ...(everyWordCanMatch ? [search("AND", false)] : []),
    ...(everyWordCanMatch && forgives ? [search("AND", true)] : []),
    search("OR", true),
  ];
}
