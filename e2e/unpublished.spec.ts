import { expect, test } from "@playwright/test";
import { blogPath, feedPath, searchPath } from "@/lib/urls";
import { rawRequest } from "./raw-http";
import { POSTS_PER_PAGE, locales, postsIn, site } from "./site";

// Drafts and posts dated in the future are not published: no page, and no
// trace in the blog, the feeds, the sitemap or search. (`npm run dev` shows
// them: e2e-deploy/dev.spec.ts.)

test("drafts and scheduled posts have no page and appear in no list, feed, sitemap or search", async () => {
  test.skip(site.unpublished.length === 0, "this tree has no draft and no post dated in the future");
  const sitemap = (await rawRequest("/sitemap.xml")).body;
  for (const locale of locales) {
    const feed = (await rawRequest(feedPath(locale))).body;
    const pages = Math.max(1, Math.ceil(postsIn(locale).length / POSTS_PER_PAGE));
    const lists = await Promise.all(
      Array.from({ length: pages }, async (_, index) => (await rawRequest(blogPath(locale, index + 1))).body),
    );
    for (const post of site.unpublished.filter((candidate) => candidate.locale === locale)) {
      expect((await rawRequest(post.path)).status, post.source).toBe(404);
      expect(feed, post.source).not.toContain(post.path);
      expect(sitemap, post.source).not.toContain(post.path);
      for (const list of lists) expect(list, post.source).not.toContain(post.path);
      const slugWords = post.path.split("/").at(-2)?.split("-").slice(0, 3).join(" ") ?? "";
      expect((await rawRequest(searchPath(locale, slugWords))).body, post.source).not.toContain(`href="${post.path}"`);
    }
  }
});
