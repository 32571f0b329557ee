import { expect, test } from "@playwright/test";
import { blogPath } from "@/lib/urls";
import { APPLICATION_ONLY, isOwnContent, locales, POSTS_PER_PAGE, postsIn, samplePost } from "./site";

// Layout slips a reader would see: the footer wordmark out of the content
// column, a breadcrumb line starting with its separator, a pagination that
// wraps on a phone.

const WIDTHS = [390, 1280];

for (const width of WIDTHS) {
  for (const locale of locales) {
    test(`${locale} at ${width} px: the wordmark ends where the content column ends`, async ({ page }) => {
      test.skip(!isOwnContent, APPLICATION_ONLY);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(samplePost(locale).path);
      const edges = await page.evaluate(() => {
        const column = document.querySelector("main.container");
        const wordmark = document.querySelector(".wordmark");
        if (!column || !wordmark) return undefined;
        const padding = parseFloat(getComputedStyle(column).paddingRight);
        return {
          column: column.getBoundingClientRect().right - padding,
          wordmark: wordmark.getBoundingClientRect().right,
        };
      });
      expect(edges).toBeDefined();
      expect(Math.abs((edges?.wordmark ?? 0) - (edges?.column ?? 0))).toBeLessThanOrEqual(1);
    });

    test(`${locale} at ${width} px: no breadcrumb line starts with a separator`, async ({ page }) => {
      test.skip(!isOwnContent, APPLICATION_ONLY);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(samplePost(locale).path);
      // Each separator follows its crumb inside the same item, so a wrap puts it at a line's end.
      const separators = await page.locator(".breadcrumbs li").evaluateAll((items) =>
        items.map((item) => ({
          before: getComputedStyle(item, "::before").content,
          after: getComputedStyle(item, "::after").content,
        })),
      );
      expect(separators.every(({ before }) => before === "none" || before === "normal")).toBe(true);
      expect(separators.slice(0, -1).every(({ after }) => after === '"›"')).toBe(true);
    });
  }
}

for (const width of WIDTHS) {
  for (const locale of locales) {
    test(`${locale} at ${width} px: the blog's pagination fits on one line`, async ({ page }) => {
      const pages = Math.ceil(postsIn(locale).length / POSTS_PER_PAGE);
      test.skip(pages < 3, `the ${locale} blog of this tree has ${pages} page(s); a middle page needs 3`);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(blogPath(locale, Math.ceil(pages / 2)));
      const tops = await page
        .locator(".pagination li")
        .evaluateAll((items) =>
          items
            .filter((item) => item.getBoundingClientRect().width > 0)
            .map((item) => Math.round(item.getBoundingClientRect().top)),
        );
      expect(tops.length).toBeGreaterThanOrEqual(3);
      expect(new Set(tops).size).toBe(1);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
}
