import { expect, test } from "@playwright/test";
import { readOnDemandPaths } from "@/lib/content/stored";
import { blogPath, shareCardPath } from "@/lib/urls";
import { rawRequest, type RawResponse } from "./raw-http";
import { APPLICATION_ONLY, expectedToggle, isOwnContent, locales, POSTS_PER_PAGE, postsIn } from "./site";
import { sampleOrSkip } from "./skip";

// Posts beyond the newest of each language are rendered on their first
// request (PRERENDER_POSTS; the test scripts build with 2). A reader, a crawler
// and a cache must not be able to tell them from prerendered ones.
test.skip(!isOwnContent, APPLICATION_ONLY);

const onDemand = new Set(readOnDemandPaths());

// Headers that differ between any two answers, or that say how Next found the page.
const PER_ANSWER = new Set([
  "date",
  "etag",
  "content-length",
  "x-nextjs-cache",
  "x-nextjs-prerender",
  "x-middleware-rewrite",
  "connection",
  "keep-alive",
  "transfer-encoding",
]);
const lasting = (response: RawResponse) =>
  Object.fromEntries(Object.entries(response.headers).filter(([name]) => !PER_ANSWER.has(name)));
const assets = (html: string) =>
  [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/_next\/[^"]+)"/g)].map((m) => m[1]).sort();

for (const locale of locales) {
  const posts = postsIn(locale);
  const prerendered = posts.find((post) => !onDemand.has(post.path));
  const later = posts.findLast((post) => onDemand.has(post.path));

  test(`${locale}: an older post is rendered on its first request, then served like a prerendered one`, async () => {
    const reason = `every ${locale} post of this tree is prerendered (PRERENDER_POSTS is at least ${posts.length})`;
    const older = sampleOrSkip(later, reason);
    const newer = sampleOrSkip(prerendered, `every ${locale} post of this tree is rendered on request`);
    const [first, second, reference] = [
      await rawRequest(older.path),
      await rawRequest(older.path),
      await rawRequest(newer.path),
    ];
    expect(first.status).toBe(200);
    expect(first.body).toContain(`<h1>${older.titleHtml}</h1>`);
    expect(first.body).toContain(`<link rel="canonical" href="`);
    expect(first.body, "no link names the internal route").not.toMatch(/(?:href|content)="[^"]*on-demand/);
    expect(lasting(first)).toEqual(lasting(reference));
    expect(assets(first.body)).toEqual(assets(reference.body));
    // Not rendered again: Next answers the second request from what it kept.
    expect(second.headers["x-nextjs-cache"]).toBe("HIT");
    expect(second.body).toBe(first.body);
  });

  test(`${locale}: a later page of the blog is rendered on its first request, once`, async () => {
    const laterPage = sampleOrSkip(
      [...onDemand].find((path) => path.startsWith(blogPath(locale)) && /\/page\/\d+\/$/.test(path)),
      `every ${locale} blog page of this tree is prerendered (PRERENDER_LIST_PAGES)`,
    );
    const [first, second] = [await rawRequest(laterPage), await rawRequest(laterPage)];
    expect(first.status).toBe(200);
    expect(first.body).toContain('rel="prev"');
    expect(second.headers["x-nextjs-cache"]).toBe("HIT");
  });

  test(`${locale}: readers reach an older post from the blog with JavaScript, and leave it by its toggle`, async ({
    page,
  }) => {
    const older = sampleOrSkip(later, `every ${locale} post of this tree is prerendered`);
    const listPage = Math.floor(posts.indexOf(older) / POSTS_PER_PAGE) + 1;
    await page.goto(blogPath(locale, listPage));
    await page.locator(`main a[href="${older.path}"]`).first().click();
    await expect(page).toHaveURL(older.path);
    await expect(page.locator("h1")).toHaveText(older.title);
    await page.locator(".language-toggle").click();
    await expect(page).toHaveURL(expectedToggle(older));
  });

  test(`${locale}: the internal route and an unknown post's path are 404s, kept a minute`, async () => {
    const sample = later ?? posts[0];
    for (const path of [`/${locale}/on-demand${sample.path.slice(3)}`, sample.path.replace(/\/$/, "-nope/")]) {
      const response = await rawRequest(path);
      expect(response.status, path).toBe(404);
      expect(response.headers["cache-control"], path).toBe("public, max-age=60, s-maxage=60");
    }
  });

  test(`${locale}: an older post's preview card is drawn on its first request`, async () => {
    const withCard = sampleOrSkip(
      posts.find((post) => onDemand.has(post.path) && !post.image),
      `no ${locale} post rendered on request lacks a hero image here, so none has a card`,
    );
    const card = await rawRequest(shareCardPath(withCard.path));
    expect(card.status).toBe(200);
    expect(card.headers["content-type"]).toBe("image/png");
    expect((await rawRequest(shareCardPath(withCard.path))).headers["x-nextjs-cache"]).toBe("HIT");
    expect((await rawRequest(`/og-cards/on-demand${withCard.path}card.png`)).status).toBe(404);
  });
}
