import { describe, expect, it } from "vitest";
import type { Post, Rendered } from "@/lib/content/model";
import { loadContent } from "@/lib/build/load";
import { buildSearchIndex } from "@/lib/build/search-index";
import { searchEngine } from "@/lib/search/engine";
import { CORPUS_DIR, corpusPresent } from "./corpus";
import { syntheticPosts } from "../bench/synthetic";

// Every post is found by its exact title, first, in its own language: on the
// real 2018 corpus and on a synthetic archive of 8,000 posts.
function expectEachTitleFirst(posts: Array<Rendered<Post>>) {
  const byPath = new Map(posts.map((post) => [post.path, post]));
  const built = buildSearchIndex(posts, []);
  const search = searchEngine(
    built,
    (path) => byPath.get(path),
    (path) => built.texts[path] ?? "",
  );
  const missed = posts.filter((post) => search(post.locale, post.title).hits[0]?.post.path !== post.path);
  expect(missed.map((post) => `${post.locale}: ${post.title}`)).toEqual([]);
}

describe("search by exact title", () => {
  it.skipIf(!corpusPresent)("finds each post of the 2018 corpus first", async () => {
    expectEachTitleFirst((await loadContent(CORPUS_DIR)).posts);
  });

  it("finds each of 8,000 synthetic posts first", { timeout: 300_000 }, () => {
    expectEachTitleFirst(syntheticPosts(8000));
  });
});
