// Searching the indexes of a SearchIndexFile: the site's (lib/search/index.ts)
// or, in tests, one built on the spot.
import { otherLocale, perLocale, type Locale } from "@/i18n/routing";
import type { Page, Post } from "@/lib/content/model";
import type { SearchIndexFile } from "./model";
import { RESULTS_PER_PAGE } from "./limits";
import { holdIndex } from "./postings";
import { attemptsOf } from "./query";
import { count, rank } from "./scorer";
import { snippetOf, type Snippet } from "./snippet";
import { titleKeyOf } from "./titles";

/**
 * How many recent searches' matches are kept: a reader paging through
 * results, or toggling to the other language, asks the same search again
 * under another URL, which no shared cache has seen.
 */
const RECENT_SEARCHES = 64;

/** A match as kept: the post's path and the index terms its body has, which its snippet marks. */
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
  const indexes = perLocale((locale) => holdIndex(file.indexes[locale]));
  const titleKeys = perLocale((locale) => indexes[locale].paths.map((path) => file.titleKeys[path]));
  const recent = new Map<string, Found>();
  const keyOf = (locale: Locale, query: string) => `${locale}\0${query}`;

  /** The first KEPT_MATCHES of `matches`, remembered for the most recent searches (a Map keeps insertion order: the oldest goes first). */
  function find(locale: Locale, query: string): Found {
    const key = keyOf(locale, query);
    const known = recent.get(key);
    if (known) {
      recent.delete(key);
      recent.set(key, known);
      return known;
    }
    const found = matches(locale, query, 0, KEPT_MATCHES);
    const kept = { total: found.total, first: found.page };
    recent.set(key, kept);
    if (recent.size > RECENT_SEARCHES) recent.delete(recent.keys().next().value ?? key);
    return kept;
  }

  /** The matches of one page of results: remembered for the first pages, searched again beyond. */
  function pageOf(locale: Locale, query: string, page: number): Match[] {
    const start = (page - 1) * RESULTS_PER_PAGE;
    const end = page * RESULTS_PER_PAGE;
    return end <= KEPT_MATCHES ? find(locale, query).first.slice(start, end) : matches(locale, query, start, end).page;
  }

  /** How many entries match `query`, and those from `start` to `end`, best first; an entry whose title is exactly the query comes first. */
  function matches(locale: Locale, query: string, start: number, end: number): { total: number; page: Match[] } {
    const index = indexes[locale];
    const key = titleKeyOf(query);
    const isExact = (id: number) => titleKeys[locale][id] === key;
    for (const attempt of attemptsOf(locale, query, (tried) => count(index, tried) > 0)) {
      const { total, ids, termsOf } = rank(index, attempt, end, isExact);
      if (total > 0)
        return { total, page: ids.slice(start).map((id) => ({ path: index.paths[id], terms: termsOf(id, "body") })) };
    }
    return { total: 0, page: [] };
  }

  /** How many entries match `query`, as `matches` counts them, without ranking them. */
  function countOf(locale: Locale, query: string): number {
    const index = indexes[locale];
    for (const attempt of attemptsOf(locale, query, (tried) => count(index, tried) > 0)) {
      const found = count(index, attempt);
      if (found > 0) return found;
    }
    return 0;
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
      // Counted only when asked for, and without ranking: it is a second search.
      get otherLanguageTotal() {
        return recent.get(keyOf(otherLocale(locale), query))?.total ?? countOf(otherLocale(locale), query);
      },
    };
  };
}
