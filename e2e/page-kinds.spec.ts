import { accessibilityViolations } from "./axe";
import { expect, test } from "@playwright/test";
import { stubRemoteHosts, watch } from "./browser-watch";
import { localeOf } from "@/lib/urls";
import { bodyOf, isOwnContent, pagesOfEachKind, site } from "./site";

// Every kind of page in both languages, opened once in a browser with
// JavaScript on and the security policy the server sends: no WCAG 2.1 AA
// violation (axe), nothing blocked by the policy, nothing in the console.
// A few pages of a language share one browser context, as a reader's visit
// would: its scripts and fonts load once. A few, not all: on a tree with many
// layouts one long test per language left the other worker idle at the end.
// The application's own pages (the language selection, 404s, the search form)
// are checked on content/ only: on another tree they show nothing of the tree
// that its home does not (APPLICATION_ONLY in site.ts).

const postWithVideo = site.posts.find((post) => bodyOf(post).includes("<iframe"));
const postWithImage = site.posts.find((post) => post.image);
const pages = [
  ...pagesOfEachKind({ applicationPages: isOwnContent }),
  ...(postWithVideo ? [["post with a video", postWithVideo.path] as [string, string]] : []),
  ...(postWithImage ? [["post with an image", postWithImage.path] as [string, string]] : []),
];
const PAGES_PER_VISIT = 4;
const byLanguage = new Map<string, Array<[string, string]>>();
for (const entry of pages) {
  const language = localeOf(entry[1]) ?? "both languages";
  byLanguage.set(language, [...(byLanguage.get(language) ?? []), entry]);
}
const groups = new Map<string, Array<[string, string]>>();
for (const members of byLanguage.values()) {
  for (let start = 0; start < members.length; start += PAGES_PER_VISIT) {
    const visit = members.slice(start, start + PAGES_PER_VISIT);
    groups.set(visit.map(([name]) => name).join(", "), visit);
  }
}

for (const [group, members] of groups) {
  test(`${group}: accessible, and run under the security policy with no console error`, async ({ page }) => {
    test.setTimeout(20_000 * members.length);
    await stubRemoteHosts(page);
    const problems = await watch(page);
    for (const [name, path] of members) {
      await test.step(`${name} (${path})`, async () => {
        const response = await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        expect.soft(await accessibilityViolations(page), `${name}: axe`).toEqual([]);
        // A 404 page is logged as a failed load of the document itself; nothing else may be.
        const isNotFound = response?.status() === 404;
        expect
          .soft(
            (await problems()).filter((problem) => !(isNotFound && /status of 404/.test(problem))),
            `${name}: policy and console`,
          )
          .toEqual([]);
      });
    }
  });
}
