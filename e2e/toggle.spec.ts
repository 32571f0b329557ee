import { expect, test, type Page } from "@playwright/test";
import { otherLocale, type Locale } from "@/i18n/routing";
import { blogPath, homePath } from "@/lib/urls";
import { APPLICATION_ONLY, expectedToggle, isOwnContent, locales, samplePage, samplePost } from "./site";

async function followToggle(page: Page, from: Locale): Promise<void> {
  const other = otherLocale(from);
  await page.locator(`header a[hreflang="${other}"]`).click();
  await expect(page.locator("html")).toHaveAttribute("lang", other);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`language toggle with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });
    // Where every page's toggle leads, on every tree, is checked over HTTP (posts.spec.ts); that a click gets there is the application's.
    test.skip(!isOwnContent, APPLICATION_ONLY);

    for (const locale of locales) {
      const other = otherLocale(locale);
      test(`${locale} home, blog, post and page go to their ${other} version and back`, async ({ page }) => {
        const post = samplePost(locale);
        const page_ = samplePage(locale);
        const roundTrips: Array<[string, string, string]> = [
          ["home", homePath(locale), homePath(other)],
          ["blog", blogPath(locale), blogPath(other)],
          ["post", post.path, expectedToggle(post)],
          ...(page_ ? [["page", page_.path, expectedToggle(page_)] as [string, string, string]] : []),
        ];
        for (const [kind, start, translation] of roundTrips) {
          await test.step(kind, async () => {
            await page.goto(start);
            await followToggle(page, locale);
            expect(new URL(page.url()).pathname).toBe(translation);
            await followToggle(page, other);
            expect(new URL(page.url()).pathname).toBe(start);
          });
        }
      });
    }
  });
}
