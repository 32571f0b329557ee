import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { indexOptions, BOOST, type SearchDocument } from "@/lib/search/options";
import { compactIndex, loadCompactIndex } from "@/lib/search/postings";
import { syntheticPosts } from "../bench/synthetic";

// The compact postings change how the index is held, never what a search finds:
// the same index loaded MiniSearch's own way and compactly answers every
// query alike, scores and order included, exact, prefix and fuzzy.
describe("search's compact postings", () => {
  it("answer exactly as MiniSearch's own index does, on 2,000 synthetic posts", { timeout: 120_000 }, () => {
    const posts = syntheticPosts(2000);
    for (const locale of routing.locales) {
      const built = new MiniSearch<SearchDocument>(indexOptions(locale));
      built.addAll(
        posts
          .filter((post) => post.locale === locale)
          .map((post) => ({
            path: post.path,
            title: post.title,
            description: "",
            tags: "",
            author: "",
            body: post.bodyText,
          })),
      );
      const ordinary = MiniSearch.loadJSON<SearchDocument>(JSON.stringify(built), indexOptions(locale));
      const compact = loadCompactIndex(compactIndex(built), indexOptions(locale));
      const words = posts
        .filter((post) => post.locale === locale)
        .slice(0, 40)
        .flatMap((post) => post.title.split(/\s+/).slice(0, 2))
        .map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""))
        .filter((word) => word.length > 2);
      expect(words.length).toBeGreaterThan(20);
      const options = { boost: BOOST, tokenize: (text: string) => [text], processTerm: (term: string) => term };
      let found = 0;
      for (const [index, word] of words.entries()) {
        const next = words[(index + 1) % words.length];
        for (const query of [
          { queries: [word] },
          { combineWith: "AND" as const, queries: [word, next] },
          { queries: [word.slice(0, 3)], prefix: true },
          { queries: [word], fuzzy: 1 },
        ]) {
          const expected = ordinary.search(query, options);
          found += expected.length;
          expect(compact.search(query, options), JSON.stringify(query)).toEqual(expected);
        }
      }
      expect(found, "results compared").toBeGreaterThan(1000);
    }
  });
});
