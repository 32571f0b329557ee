import MiniSearch, { type Query as MiniSearchQuery } from "minisearch";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { buildSearchIndex, searchDocumentsOf } from "@/lib/build/search-index";
import { BOOST, indexOptions, type SearchDocument } from "@/lib/search/options";
import { holdIndex } from "@/lib/search/postings";
import { attemptsOf } from "@/lib/search/query";
import { count, rank, type Query, type TermQuery } from "@/lib/search/scorer";
import { syntheticPosts } from "../bench/synthetic";

// The scorer replaces MiniSearch at request time and must answer exactly as it
// would: the same entries, in the same order, with the same scores to the last
// bit, and the same matched terms. Every query here has the shape search sends
// (lib/search/query.ts): whole words, a last word also as a prefix, typos forgiven.
const asMiniSearch = (query: Query | TermQuery): MiniSearchQuery =>
  "queries" in query
    ? { combineWith: query.combineWith, queries: query.queries.map(asMiniSearch) }
    : { queries: [query.term], prefix: query.prefix ?? false, fuzzy: query.fuzzy || false };

describe("search's scorer", () => {
  it("ranks as MiniSearch does, on 2,000 synthetic posts in both languages", { timeout: 120_000 }, () => {
    const posts = syntheticPosts(2000);
    const built = buildSearchIndex(posts, []);
    const documents = searchDocumentsOf(posts, []);
    const options = { boost: BOOST, tokenize: (text: string) => [text], processTerm: (term: string) => term };
    let compared = 0;
    for (const locale of routing.locales) {
      const filled = new MiniSearch<SearchDocument>(indexOptions(locale));
      filled.addAll(documents[locale]);
      // Loaded as the site loaded it before the scorer: terms in their serialized order, which sets
      // the order typo matches are summed in, and so the last bit of some scores.
      const reference = MiniSearch.loadJSON<SearchDocument>(JSON.stringify(filled), indexOptions(locale));
      const held = holdIndex(built.indexes[locale]);
      const titles = posts.filter((post) => post.locale === locale).map((post) => post.title);
      const words = titles.slice(0, 60).flatMap((title) => title.split(" ").slice(0, 2));
      const queries = [
        ...titles.slice(0, 20),
        ...words.map((word, index) => `${word} ${words[(index + 7) % words.length]}`),
        ...words.map((word) => word.slice(0, 4)),
        // One letter wrong, one missing, one added: only the forgiving searches find these.
        ...words.filter((word) => word.length >= 5).map((word) => `${word.slice(0, 2)}x${word.slice(3)}`),
        ...words.filter((word) => word.length >= 6).map((word) => word.slice(0, -1) + "zq"),
        ...words.map((word, index) => `${word} ${index}`),
        "zzqv",
      ];
      for (const text of queries) {
        const finds = (query: Query) => reference.search(asMiniSearch(query), options).length > 0;
        for (const query of attemptsOf(locale, text, finds)) {
          const expected = reference.search(asMiniSearch(query), options);
          const ranked = rank(held, query);
          const what = `${locale}: ${text} as ${JSON.stringify(query)}`;
          expect(
            ranked.ids.map((id) => held.paths[id]),
            what,
          ).toEqual(expected.map((result) => result.id));
          expect(ranked.scores, what).toEqual(expected.map((result) => result.score));
          expect(
            ranked.ids.map((id) => ranked.termsOf(id).sort()),
            what,
          ).toEqual(expected.map((result) => [...result.terms].sort()));
          expect(count(held, query), what).toBe(expected.length);
          expect(ranked.total, what).toBe(expected.length);
          compared += expected.length;
          // Only the best are put in order: the same first ones, with those `first` names ahead.
          const first = (id: number) => id % 7 === 0;
          const leading = [...ranked.ids.filter(first), ...ranked.ids.filter((id) => !first(id))];
          for (const limit of [1, 10, 100]) {
            expect(rank(held, query, limit).ids, `${what}, best ${limit}`).toEqual(ranked.ids.slice(0, limit));
            expect(rank(held, query, limit, first).ids, `${what}, best ${limit}`).toEqual(leading.slice(0, limit));
          }
        }
      }
    }
    expect(compared, "matches compared").toBeGreaterThan(100_000);
  });
});
