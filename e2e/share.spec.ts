import { expect, test } from "@playwright/test";
import { absoluteUrl } from "@/lib/urls";
import { imageOrigins } from "./security-headers";
import { APPLICATION_ONLY, isOwnContent, locales, samplePost } from "./site";

test.skip(!isOwnContent, APPLICATION_ONLY);

for (const locale of locales) {
  const post = samplePost(locale);

  test(`${locale}: a post ends with plain share links to its canonical URL`, async ({ page }) => {
    const thirdParty: string[] = [];
    // The content's own image host is not a third party; anything else would be.
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith("http://localhost:3000/") && !imageOrigins.some((origin) => url.startsWith(`${origin}/`))) {
        thirdParty.push(url);
      }
    });
    await page.goto(post.path);
    const share = page.locator("section.share");
    await expect(share.locator("h2")).toHaveText(locale === "en" ? "Share this post" : "Partager ce billet");
    const hrefs = await share.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs).toHaveLength(5);
    const encoded = encodeURIComponent(absoluteUrl(post.path));
    for (const href of hrefs) expect(href).toContain(encoded);
    expect(hrefs.map((href) => new URL(href).protocol.replace(":", "") + " " + (new URL(href).hostname || ""))).toEqual(
      ["mailto ", "https www.linkedin.com", "https www.facebook.com", "https x.com", "https bsky.app"],
    );
    await expect(share.getByRole("button")).toBeVisible();
    expect(thirdParty).toEqual([]);
  });

  test.describe(`${locale}: without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });
    test("the copy button is not shown, the links are", async ({ page }) => {
      await page.goto(post.path);
      await expect(page.locator("section.share a")).toHaveCount(5);
      await expect(page.locator("section.share button")).toHaveCount(0);
    });
  });
}
