import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import fs from "node:fs";
import { GENERATED_CONTENT_FILE } from "@/lib/content/store-path";
import { feedbackUrl } from "@/lib/config";
import { absoluteUrl, feedPath, feedbackHref, tagPath } from "@/lib/urls";
import { rawRequest } from "./raw-http";
import { locales, pagesOfEachKind, postsIn, samplePage, samplePost, site } from "./site";

// Every page of a language ends its main content as on Canada.ca: "Report a
// problem on this page" when FEEDBACK_URL is set (the Hugo suite sets it), then
// "Date modified". A post's date is the one its JSON-LD, its feed entry and
// the sitemap give.

const LABEL = { en: "Date modified:", fr: "Date de modification\u00a0:" };
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "url"].includes(name),
});

// The language selection page and the bilingual 404 speak both languages: a
// line in each, with the later of the two homes' dates.
const siteModified = locales
  .flatMap((locale) => postsIn(locale).map((post) => post.modified))
  .reduce((latest, modified) => (Date.parse(modified.iso) > Date.parse(latest.iso) ? modified : latest));

for (const [name, path] of pagesOfEachKind()) {
  const locale = locales.find((candidate) => name.startsWith(`${candidate} `));
  if (!locale) {
    test(`${name} ends with "Date modified" in both languages, each marked with its lang, after problem-report links when configured`, async () => {
      const { body } = await rawRequest(path);
      const form = feedbackUrl();
      for (const language of locales) {
        // The bilingual 404 answers for any URL: it has no page of its own to report.
        if (form && name === "language selection")
          expect(body).toContain(
            `<p class="report-problem" lang="${language}"><a href="${feedbackHref(form, path).replaceAll("&", "&amp;")}">`,
          );
        else expect(body).not.toContain("report-problem");
        expect(body).toContain(
          `<dl class="date-modified" lang="${language}"><dt>${LABEL[language]}</dt><dd><time dateTime="${siteModified.iso}">${siteModified.day}</time></dd></dl>`,
        );
      }
    });
    continue;
  }
  // A page with no `lastmod` or `date` that git cannot date shows none, rather than a wrong one (issue 25); so does a
  // tag none of whose posts is published.
  const undated =
    site.pages.some((page) => page.path === path && !page.modified) ||
    site.tags.some((tag) => tagPath(tag.locale, tag.slug) === path && tag.posts.length === 0);
  test(`${name} ends its main content with ${undated ? "no date, as it has none," : `"${LABEL[locale]}" and a date`} after a problem-report link when configured`, async () => {
    const { body } = await rawRequest(path);
    const form = feedbackUrl();
    const canonical = path.replace(/\?.*$/, "");
    // A 404 answers for any URL: it has no page of its own to report.
    if (form && !name.endsWith(" 404"))
      expect(body).toContain(
        `<p class="report-problem"><a href="${feedbackHref(form, canonical).replaceAll("&", "&amp;")}">`,
      );
    else if (!form) expect(body).not.toContain("report-problem");
    if (undated) {
      expect(body, path).not.toContain('class="date-modified"');
      return;
    }
    const shown = new RegExp(
      `<dl class="date-modified"><dt>${LABEL[locale]}</dt><dd><time dateTime="[^"]+">(\\d{4}-\\d{2}-\\d{2})</time></dd></dl></main>`,
    ).exec(body);
    expect(shown, path).not.toBeNull();
  });
}

for (const locale of locales) {
  test(`${locale}: a post and a page show their own date modified, which JSON-LD, the feed and the sitemap repeat`, async () => {
    const post = samplePost(locale);
    const { body } = await rawRequest(post.path);
    expect(body).toContain(`<time dateTime="${post.modified.iso}">${post.modified.day}</time></dd></dl>`);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(body)?.[1] ?? "{}");
    expect(jsonLd.dateModified).toBe(post.modified.iso);

    const feed = parser.parse((await rawRequest(feedPath(locale))).body).feed;
    const entry = feed.entry.find((candidate: { id: string }) => candidate.id === absoluteUrl(postsIn(locale)[0].path));
    expect(entry.updated).toBe(postsIn(locale)[0].modified.iso);

    const sitemap = parser.parse((await rawRequest("/sitemap.xml")).body).urlset.url;
    expect(sitemap.find((url: { loc: string }) => url.loc === absoluteUrl(post.path))?.lastmod).toBe(post.modified.iso);

    const page = samplePage(locale);
    if (page?.modified)
      expect((await rawRequest(page.path)).body).toContain(
        `<time dateTime="${page.modified.iso}">${page.modified.day}</time>`,
      );
  });
}

test("every page the sitemap lists shows the date its lastmod gives, or none where it has none; none is the build day unless its file or git says so", async () => {
  test.setTimeout(300_000);
  const urls: Array<{ loc: string; lastmod?: string }> = parser.parse((await rawRequest("/sitemap.xml")).body).urlset
    .url;
  // The build day may be shown only where a file's front matter, its last commit or its publication gives it.
  const buildDay = new Date(fs.statSync(GENERATED_CONTENT_FILE).mtime).toISOString().slice(0, 10);
  const truthfullyToday = [...site.posts, ...site.pages].some(({ modified }) => modified?.day === buildDay);
  const mismatches: string[] = [];
  for (let at = 0; at < urls.length; at += 16) {
    await Promise.all(
      urls.slice(at, at + 16).map(async ({ loc, lastmod }) => {
        const path = new URL(loc).pathname;
        const { body } = await rawRequest(path);
        const shown = /<dl class="date-modified"><dt>[^<]*<\/dt><dd><time dateTime="([^"]+)">([^<]+)<\/time>/.exec(
          body,
        );
        if ((shown?.[1] ?? undefined) !== lastmod) mismatches.push(`${path}: shows ${shown?.[1]}, sitemap ${lastmod}`);
        if (shown?.[2] === buildDay && !truthfullyToday) mismatches.push(`${path}: shows the build day (${buildDay})`);
      }),
    );
  }
  expect(urls.length).toBeGreaterThan(0);
  expect(mismatches).toEqual([]);
});
