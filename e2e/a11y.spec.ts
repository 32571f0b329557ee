import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { blogPath, homePath } from "@/lib/urls";
import { locales, samplePage, samplePost } from "./site";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const pages: Array<[string, string]> = [["language selection", "/"]];
for (const locale of locales) {
  pages.push([`${locale} home`, homePath(locale)], [`${locale} blog`, blogPath(locale)]);
  pages.push([`${locale} post`, samplePost(locale).path], [`${locale} 404`, `/${locale}/nope/`]);
  const page = samplePage(locale);
  if (page) pages.push([`${locale} page`, page.path]);
}
pages.push(["bilingual 404", "/nope/"]);

for (const [name, path] of pages) {
  test(`${name} (${path}) has no WCAG 2.1 AA violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
      ),
    ).toEqual([]);
  });
}
