import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { feedbackUrl } from "@/lib/config";
import { absoluteUrl, feedPath, feedbackHref } from "@/lib/urls";
import { rawRequest } from "./raw-http";
import { locales, pagesOfEachKind, postsIn, samplePage, samplePost } from "./site";

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
  test(`${name} ends its main content with "${LABEL[locale]}" and a date, after a problem-report link when configured`, async () => {
    const { body } = await rawRequest(path);
    const form = feedbackUrl();
    const canonical = path.replace(/\?.*$/, "");
    // A 404 answers for any URL: it has no page of its own to report.
    if (form && !name.endsWith(" 404"))
      expect(body).toContain(
        `<p class="report-problem"><a href="${feedbackHref(form, canonical).replaceAll("&", "&amp;")}">`,
      );
    else if (!form) expect(body).not.toContain("report-problem");
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
    if (page)
      expect((await rawRequest(page.path)).body).toContain(
        `<time dateTime="${page.modified.iso}">${page.modified.day}</time>`,
      );
  });
}
