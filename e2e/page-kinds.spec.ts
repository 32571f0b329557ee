import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { stubRemoteHosts, watch } from "./browser-watch";
import { pagesOfEachKind, site } from "./site";

// Every kind of page in both languages, opened once in a browser with
// JavaScript on and the security policy the server sends: no WCAG 2.1 AA
// violation (axe), nothing blocked by the policy, nothing in the console.

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const postWithVideo = site.posts.find((post) => post.bodyHtml.includes("<iframe"));
const postWithImage = site.posts.find((post) => post.image);
const pages = [
  ...pagesOfEachKind(),
  ...(postWithVideo ? [["post with a video", postWithVideo.path] as [string, string]] : []),
  ...(postWithImage ? [["post with an image", postWithImage.path] as [string, string]] : []),
];

for (const [name, path] of pages) {
  test(`${name} (${path}): accessible, and runs under the security policy with no console error`, async ({ page }) => {
    await stubRemoteHosts(page);
    const problems = await watch(page);
    const response = await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
      ),
    ).toEqual([]);
    // A 404 page is logged as a failed load of the document itself; nothing else may be.
    const isNotFound = response?.status() === 404;
    expect((await problems()).filter((problem) => !(isNotFound && /status of 404/.test(problem)))).toEqual([]);
  });
}
