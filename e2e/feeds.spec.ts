import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { feedEntries } from "@/lib/config";
import { absoluteUrl, feedPath } from "@/lib/urls";
import { entries, expectedMutualTranslation, locales, postsIn } from "./site";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "url", "xhtml:link"].includes(name),
});
const text = (node: unknown) =>
  typeof node === "object" && node !== null && "#text" in node ? String(node["#text"]) : String(node);

for (const locale of locales) {
  test(`${locale} Atom feed lists that language's newest posts, newest first, with absolute links`, async ({
    request,
    page,
  }) => {
    const response = await request.get(feedPath(locale));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const { feed } = parser.parse(await response.text());
    expect(feed["@xml:lang"]).toBe(`${locale}-CA`);
    // The newest only (FEED_ENTRIES), so the feed does not grow with the archive.
    const posts = postsIn(locale).slice(0, feedEntries());
    expect((feed.entry ?? []).map((entry: { link: { "@href": string } }) => entry.link["@href"])).toEqual(
      posts.map((post) => absoluteUrl(post.path)),
    );
    expect((feed.entry ?? []).map((entry: { title: unknown }) => text(entry.title))).toEqual(
      posts.map((post) => post.title),
    );
    expect((feed.entry ?? []).map((entry: { summary: unknown }) => text(entry.summary))).toEqual(
      posts.map((post) => post.summary),
    );

    await page.goto(`/${locale}/`);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      "href",
      absoluteUrl(feedPath(locale)),
    );
  });
}

test("the old feed address answers 308 to the English feed", async ({ request }) => {
  const response = await request.get("/feed.xml", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/en/feed.xml");
});

test("the sitemap lists every page with its translation, and robots.txt names it", async ({ request }) => {
  const { urlset } = parser.parse(await (await request.get("/sitemap.xml")).text());
  const listed = new Map<string, { lastmod?: string; "xhtml:link"?: Array<{ "@hreflang": string; "@href": string }> }>(
    urlset.url.map((url: { loc: string }) => [url.loc, url]),
  );
  for (const entry of entries()) {
    const url = listed.get(absoluteUrl(entry.path));
    expect(url, entry.path).toBeDefined();
    // A page with no date of its own has no lastmod, rather than a wrong one.
    expect(url?.lastmod, entry.path).toBe(entry.modified?.iso);
    const alternates = (url?.["xhtml:link"] ?? []).map((link) => link["@href"]);
    const mutual = expectedMutualTranslation(entry);
    if (mutual) expect(alternates, entry.path).toContain(absoluteUrl(mutual));
    else expect(alternates, entry.path).toEqual([]);
  }
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${absoluteUrl("/sitemap.xml")}`);
});
