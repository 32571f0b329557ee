import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";

const hugo = path.join(import.meta.dirname, "fixtures", "hugo");

describe("a Hugo-style tree", () => {
  it.each([hugo, path.join(hugo, "content")])(
    "reads posts from %s, with clean URLs and pairs by translationKey",
    async (root) => {
      const { posts, findings } = await loadContent(root);
      expect(findings).toEqual([]);
      expect(Object.fromEntries(posts.map((post) => [post.path, post.translationPath ?? null]))).toEqual({
        "/en/2019/07/08/lonely/": null,
        "/en/2019/06/07/q-amp-a-with-our-team/": "/fr/2019/06/07/q-amp-r-avec-notre-equipe/",
        "/fr/2019/06/07/q-amp-r-avec-notre-equipe/": "/en/2019/06/07/q-amp-a-with-our-team/",
        "/en/2019/05/06/leading-dash/": "/fr/2019/05/06/tiret/",
        "/fr/2019/05/06/tiret/": "/en/2019/05/06/leading-dash/",
        "/en/2019/03/04/what-s-new-the-plan/": "/fr/2019/03/04/quoi-de-neuf-le-plan/",
        "/fr/2019/03/04/quoi-de-neuf-le-plan/": "/en/2019/03/04/what-s-new-the-plan/",
      });
    },
  );
});
