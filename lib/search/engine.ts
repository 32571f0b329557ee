// Searching the indexes of a SearchIndexFile: the site's (lib/search/index.ts)
// or, in tests, one built on the spot.
import type { Query, SearchResult } from "minisearch";
import { otherLocale, perLocale, type Locale } from "@/i18n/routing";
import type { Page, Post } from "@/lib/content/model";
import type { SearchIndexFile } from "./model";
import { RESULTS_PER_PAGE } from "./limits";
import { BOOST, indexOptions } from "./options";
import { loadCompactIndex } from "./postings";
import { snippetOf, type Snippet } from "./snippet";
import { foldWord, termOf, wordsOf } from "./terms";
import { titleKeyOf } from "./titles";

/** A typo is forgiven in words this long or longer. */
const FUZZY_FROM_LENGTH = 5;
/**
 * How many recent searches' matches are kept: a reader paging through
 * results, or toggling to the other language, asks the same search again
 * under another URL, which no shared cache has seen.
 */
const RECENT_SEARCHES = 64;

/** A match as kept: the post's path and the index terms it matched (for its snippet), best first. */
type Match = { path: string; terms: string[] };

/**
 * What is remembered of a search: how many match, and the first pages' matches.
 * A common word matches thousands of posts, and 64 searches' every match was
 * most of what search held in memory; a reader rarely pages this far.
 */
type Found = { total: number; first: Match[] };
const KEPT_MATCHES = RESULTS_PER_PAGE * 10;

export type SearchHit = { post: Post | Page; snippet: Snippet };
/** `hits` are the page asked for; `total` counts every match. */
export type SearchOutcome = { hits: SearchHit[]; total: number; otherLanguageTotal: number };

/**
 * `textOf` gives an entry's plain text for its snippet. Nothing here keeps
 * `file` once the indexes are loaded: its serialized indexes are as large as
 * the indexes themselves, and the texts are read for the results shown only.
 */
export function searchEngine(
  file: SearchIndexFile,
  postAt: (path: string) => Post | Page | undefined,
  textOf: (path: string) => string,
) {
  const indexes = perLocale((locale) => loadCompactIndex(file.indexes[locale], indexOptions(locale)));
  const { titleKeys } = file;

  const recent = new Map<string, Found>();
  const asMatch = (result: SearchResult): Match => ({ path: String(result.id), terms: result.terms });

  /** `match`, remembered for the most recent searches (a Map keeps insertion order: the oldest goes first). */
  function find(locale: Locale, query: string): Found {
    const key = `${locale}\0${query}`;
    const known = recent.get(key);
    if (known) {
      recent.delete(key);
      recent.set(key, known);
      return known;
    }
    const matched = match(locale, query);
    const found = { total: matched.length, first: matched.slice(0, KEPT_MATCHES).map(asMatch) };
    recent.set(key, found);
    if (recent.size > RECENT_SEARCHES) recent.delete(recent.keys().next().value ?? key);
    return found;
  }

  /** The matches of one page of results: remembered for the first pages, searched again beyond. */
  function pageOf(locale: Locale, query: string, page: number): Match[] {
    const start = (page - 1) * RESULTS_PER_PAGE;
    const end = page * RESULTS_PER_PAGE;
    const { first } = find(locale, query);
    return end <= KEPT_MATCHES ? first.slice(start, end) : match(locale, query).slice(start, end).map(asMatch);
  }

  function match(locale: Locale, query: string): SearchResult[] {
    const words = wordsOf(query).flatMap((word) => {
      const stem = termOf(locale, word.text);
      return stem
        ? [{ stem, folded: foldWord(word.text), fuzzy: word.text.length >= FUZZY_FROM_LENGTH ? 1 : false }]
        : [];
    });
    if (words.length === 0) return [];
    // Each word by its stem; the last one, still being typed, also as a prefix. Typos are only
    // forgiven (one, in long words) when the words as typed find nothing: most searches are spelt
    // right, and looking at every near spelling of every word is what makes a search slow.
    const wordQuery = (word: (typeof words)[number], last: boolean, forgiving: boolean): Query => {
      const whole: Query = { queries: [word.stem], fuzzy: forgiving ? word.fuzzy : false };
      return last ? { combineWith: "OR", queries: [whole, { queries: [word.folded], prefix: true }] } : whole;
    };
    // Terms are already processed: kept as they are.
    const options = { boost: BOOST, tokenize: (text: string) => [text], processTerm: (term: string) => term };
    const search = (combineWith: "AND" | "OR", forgiving: boolean) =>
      indexes[locale].search(
        { combineWith, queries: words.map((word, index) => wordQuery(word, index === words.length - 1, forgiving)) },
        options,
      );
    // A word too short to forgive a typo in that finds nothing alone (a number, a misspelt short
    // word) makes both searches of every word find nothing: they are skipped, not run.
    const everyWordCanMatch = words.every(
      (word, index) =>
        word.fuzzy !== false ||
        indexes[locale].search(wordQuery(word, index === words.length - 1, false), options).length > 0,
    );
    // Every word, else every word with a typo forgiven, else any of them.
    const attempts: Array<["AND" | "OR", boolean]> = everyWordCanMatch
      ? [
          ["AND", false],
          ["AND", true],
          ["OR", true],
        ]
      : [["OR", true]];
    let matched: SearchResult[] = [];
    for (const [combineWith, forgiving] of attempts) {
      matched = search(combineWith, forgiving);
      if (matched.length > 0) break;
    }
    // A post whose title is exactly the query comes first.
    const key = titleKeyOf(query);
    const exact = matched.filter((result) => titleKeys[String(result.id)] === key);
    return [...exact, ...matched.filter((result) => !exact.includes(result))];
  }

  /** One page of the posts of `locale` that match, best first, with how many match in all and in the other language. */
  return function searchPosts(locale: Locale, query: string, page = 1): SearchOutcome {
    const { total } = find(locale, query);
    // Snippets only for the page shown: a common word matches thousands of posts.
    const hits = pageOf(locale, query, page).flatMap((result) => {
      const post = postAt(result.path);
      return post ? [{ post, snippet: snippetOf(locale, textOf(result.path), new Set(result.terms)) }] : [];
    });
    return {
      hits,
      total,
      // Counted only when asked for: it is a second search.
      get otherLanguageTotal() {
        return find(otherLocale(locale), query).total;
      },
    };
  };
}
