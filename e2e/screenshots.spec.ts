import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { blogPath, homePath, searchPath } from "@/lib/urls";
import { isOwnContent, locales, sampleQuery, samplePage, samplePost, site } from "./site";

// What each kind of page looks like, at a phone's width and a desktop's, in
// both languages, against baselines committed with the repo's own content: a
// layout slip fails here. Other trees have other pages, so they skip.
// After a deliberate change: npx playwright test screenshots --update-snapshots

const HUGO_SITE = path.resolve(site.root) === path.resolve("tests/fixtures/hugo-site");
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const pages: Array<[string, string]> = [["splash", "/"]];
for (const locale of locales) {
  const page = samplePage(locale);
  pages.push(
    [`${locale}-home`, homePath(locale)],
    [`${locale}-blog`, blogPath(locale)],
    [`${locale}-post`, samplePost(locale).path],
    ...(page ? [[`${locale}-page`, page.path] as [string, string]] : []),
    [`${locale}-search`, searchPath(locale, sampleQuery(locale))],
    [`${locale}-404`, `/${locale}/nope/`],
  );
}
pages.push(["bilingual-404", "/nope/"]);

const widths = VIEWPORTS.map((viewport) => viewport.width).join(" and ");

/**
 * Opens the page at a phone's width, then widens it to each next viewport, as
 * a reader turning a tablet or widening a window would: one load for both
 * captures, where a load each was most of what this suite cost.
 */
async function atEachWidth(page: Page, pagePath: string, capture: (width: number) => Promise<void>) {
  for (const [index, viewport] of VIEWPORTS.entries()) {
    await page.setViewportSize(viewport);
    if (index === 0) await page.goto(pagePath);
    await settled(page);
    await capture(viewport.width);
  }
}

/**
 * Fonts loaded and every picture drawn: a whole-page capture shows pictures a
 * reader would reach by scrolling, which load lazily and decode apart.
 */
async function settled(page: Page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (const image of Array.from(document.images)) image.loading = "eager";
    await Promise.all(Array.from(document.images).map((image) => image.decode().catch(() => undefined)));
  });
}

for (const [name, pagePath] of pages) {
  test(`${name} at ${widths} px looks as it did`, async ({ page }) => {
    test.skip(!isOwnContent, `the baselines show the repo's content/, and this build is of ${site.root}`);
    await atEachWidth(page, pagePath, async (width) => {
      await expect(page).toHaveScreenshot(`${name}-${width}.png`, { animations: "disabled", maxDiffPixelRatio: 0.01 });
    });
  });
}

// The whole Hugo site's own pages, against baselines of tests/fixtures/hugo-site.
const hugoPages: Array<[string, string]> = locales.flatMap((locale) =>
  (["about-us", "landing", "list"] as const)
    .map((layout) => site.pages.find((entry) => entry.locale === locale && entry.view.layout === layout))
    .concat(site.pages.find((entry) => entry.locale === locale && /partner|partenaire/.test(entry.path)))
    .flatMap((entry) =>
      entry
        ? [[`hugo-${locale}-${entry.view.layout}-${entry.permalink.split("/").at(-1)}`, entry.path] as [string, string]]
        : [],
    )
    .concat([[`hugo-${locale}-home`, homePath(locale)]]),
);

for (const [name, pagePath] of hugoPages) {
  test(`${name} at ${widths} px looks as it did`, async ({ page }) => {
    test.skip(!HUGO_SITE, `these baselines show tests/fixtures/hugo-site, and this build is of ${site.root}`);
    await atEachWidth(page, pagePath, async (width) => {
      await expect(page).toHaveScreenshot(`${name}-${width}.png`, {
        animations: "disabled",
        fullPage: true,
        maxDiffPixelRatio: 0.01,
      });
    });
  });
}
