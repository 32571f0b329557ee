import path from "node:path";
import { expect, test } from "@playwright/test";
import { blogPath } from "@/lib/urls";
import { entries, site, sourceFrontMatter } from "./site";

// Links shared years ago, on the old sites, still land.
const posts = site.posts;

async function expectLandsOn(request: import("@playwright/test").APIRequestContext, from: string, to: string) {
  const response = await request.get(from, { maxRedirects: 0 });
  expect(response.status(), from).toBe(308);
  expect(new URL(response.headers().location, "http://localhost").pathname, from).toBe(to);
}

for (const post of posts) {
  test(`${post.source}: its old un-prefixed URLs answer 308 to it`, async ({ request }) => {
    const written = path.basename(post.source).replace(/\.[^.]+$/, "");
    const [, year, month, day, slug] = /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(written) ?? [];
    if (slug) await expectLandsOn(request, `/${year}/${month}/${day}/${encodeURIComponent(slug)}/`, post.path);
    const namer = entries().find((entry) => entry.translationPath === post.path);
    const transUrl = namer && sourceFrontMatter(namer).trans_url;
    if (typeof transUrl === "string" && transUrl.startsWith("/")) {
      const spelled = transUrl.replace(/\/?$/, "/").split("/").map(encodeURIComponent).join("/");
      await expectLandsOn(request, spelled, post.path);
    }
  });

  test(`${post.source}: its body links no old-domain URL of a post that exists here`, async ({ page }) => {
    await page.goto(post.path);
    const oldLinks = await page
      .locator(".prose a[href*='digital.canada.ca/20'], .prose a[href*='numerique.canada.ca/20']")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(oldLinks).toEqual([]);
  });
}

test("old section paths answer 308 to the blogs", async ({ request }) => {
  await expectLandsOn(request, "/blog/", blogPath("en"));
  await expectLandsOn(request, "/blogue/", blogPath("fr"));
});

test("a page's old permalinks (redirect_from) answer 308 to it", async ({ request }) => {
  const withFormer = entries().filter((entry) => Array.isArray(sourceFrontMatter(entry).redirect_from));
  test.skip(withFormer.length === 0, "no page of this content tree declares redirect_from");
  for (const page of withFormer) {
    for (const former of sourceFrontMatter(page).redirect_from as string[])
      await expectLandsOn(request, former, page.path);
  }
});
