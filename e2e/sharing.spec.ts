import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { fetchPage, meta } from "./html";

// Posts and pages are checked one by one in posts.spec.ts; here, the pages that are not content.
test("the language selection page, homes and blogs have 1200×630 previews", async ({ request }) => {
  for (const path of ["/", "/en/", "/fr/", "/en/blog/", "/fr/blogue/"]) {
    const { document } = await fetchPage(request, path);
    const image = new URL(meta(document, "og:image") ?? "").pathname;
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(await sharp(await response.body()).metadata(), image).toMatchObject({ width: 1200, height: 630 });
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toMatch(/^https?:\/\//);
  }
});
