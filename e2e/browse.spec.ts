import { expect, test } from "@playwright/test";
import { otherLocale } from "@/i18n/routing";
import { blogPath, feedPath, tagIndexPath, tagPath, untranslatedPath } from "@/lib/urls";
import { expectLandsOn, fetchPage, meta, visibleText } from "./html";
import { POSTS_PER_PAGE, TAGGED_POSTS_PER_PAGE, locales, postsIn, site, tagsIn } from "./site";
import { hugoFileName } from "./tree";

// Ways on from one post: its tags, the tag pages in both languages, related
// posts, the feed, and the page a toggle leads to when there is no translation.

for (const locale of locales) {
  const other = otherLocale(locale);

  test(`${locale}: the tag index lists every tag, and each tag's pages list its posts, newest first`, async ({
    request,
  }) => {
    const index = await fetchPage(request, tagIndexPath(locale));
    expect(index.status).toBe(200);
    const listed = index.document.querySelectorAll("main .tag-index a").map((link) => link.getAttribute("href"));
    expect(listed).toEqual(tagsIn(locale).map((tag) => tagPath(locale, tag.slug)));
    test.skip(tagsIn(locale).length === 0, `no ${locale} post of this tree has a tag`);
    for (const tag of tagsIn(locale)) {
      const paths: string[] = [];
      for (let page = 1; page <= Math.ceil(tag.posts.length / TAGGED_POSTS_PER_PAGE); page++) {
        const { status, document } = await fetchPage(request, tagPath(locale, tag.slug, page));
        expect(status, tagPath(locale, tag.slug, page)).toBe(200);
        paths.push(
          ...document.querySelectorAll("main .post-summary-title a").map((link) => link.getAttribute("href") ?? ""),
        );
        expect(document.querySelector("main .feed-link a")?.getAttribute("href")).toBe(feedPath(locale));
      }
      expect(paths, tag.name).toEqual(tag.posts);
    }
  });

  test(`${locale}: every tag page's toggle lands on a page, its paired tag where there is one`, async ({ request }) => {
    test.skip(tagsIn(locale).length === 0, `no ${locale} post of this tree has a tag`);
    for (const tag of tagsIn(locale)) {
      const { document } = await fetchPage(request, tagPath(locale, tag.slug));
      const toggle = document.querySelector(`header a[hreflang="${other}"]`)?.getAttribute("href") ?? "";
      const paired = tag.translationSlug ? tagPath(other, tag.translationSlug) : blogPath(other);
      expect(toggle, tag.name).toBe(paired);
      expect((await fetchPage(request, toggle)).status, toggle).toBe(200);
      const alternate = document.querySelector(`link[rel="alternate"][hreflang="${other}-CA"]`)?.getAttribute("href");
      expect(alternate?.endsWith(paired) ?? false, `${tag.name}: hreflang`).toBe(Boolean(tag.translationSlug));
    }
  });

  test(`${locale}: each post links its tags and up to three related posts of its language`, async ({ request }) => {
    expect(postsIn(locale).length, `${locale} posts`).toBeGreaterThan(1);
    for (const post of postsIn(locale).slice(0, 12)) {
      const { document } = await fetchPage(request, post.path);
      const tagLinks = document.querySelectorAll(".post-tags a").map((link) => link.getAttribute("href"));
      expect(tagLinks, post.path).toEqual(post.tags.map((slug) => tagPath(locale, slug)));
      const related = document
        .querySelectorAll(".related-posts .post-summary-title a")
        .map((link) => link.getAttribute("href") ?? "");
      expect(related.length, post.path).toBe(Math.min(3, postsIn(locale).length - 1));
      for (const path of related) expect(path.startsWith(`/${locale}/`) && path !== post.path, path).toBe(true);
    }
  });

  test(`${locale}: the blog shows a visible link to its feed`, async ({ request }) => {
    const { document } = await fetchPage(request, blogPath(locale));
    expect(document.querySelector("main .feed-link a")?.getAttribute("href")).toBe(feedPath(locale));
  });

  test(`${locale}: a post without translation toggles to a notice in ${other}, which leads back`, async ({
    request,
  }) => {
    const lonely = postsIn(locale).find((post) => !post.translationPath);
    test.skip(!lonely, `every ${locale} post of this tree has a translation`);
    const notice = untranslatedPath(other, lonely!.path);
    const post = await fetchPage(request, lonely!.path);
    expect(post.document.querySelector(`header a[hreflang="${other}"]`)?.getAttribute("href")).toBe(notice);
    const page = await fetchPage(request, notice);
    expect(page.status).toBe(200);
    expect(page.document.querySelector("html")?.getAttribute("lang")).toBe(other);
    expect(meta(page.document, "robots")).toMatch(/noindex/);
    expect(page.document.querySelector(`main a[href="${lonely!.path}"]`)).not.toBeNull();
    expect(page.document.querySelector(`main a[href="${blogPath(other)}"]`)).not.toBeNull();
    expect(page.document.querySelector(`header a[hreflang="${locale}"]`)?.getAttribute("href")).toBe(lonely!.path);
  });
}

test("posts with a picture on the department's image host show it, with its alt text and its place held", async ({
  page,
}) => {
  const withRemote = site.posts.filter((post) => post.image && /^https:/.test(post.image.src));
  test.skip(withRemote.length === 0, "no post of this tree has a remote picture");
  // Every post is checked for its pictures' addresses in posts.spec.ts; in a browser, the newest, the oldest
  // and one between of each language (the real tree has 400).
  const remote = locales.flatMap((locale) => {
    const mine = withRemote.filter((post) => post.locale === locale);
    return [...new Set([mine[0], mine[Math.floor(mine.length / 2)], mine.at(-1)])].filter((post) => post !== undefined);
  });
  await page.route(/^https:\/\//, (route) =>
    route.fulfill({
      contentType: "image/svg+xml",
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"/>',
    }),
  );
  for (const post of remote) {
    await page.goto(post.path);
    const hero = page.locator("article.post .remote-image img");
    await expect(hero).toHaveAttribute("src", post.image!.src);
    await expect(hero).toHaveAttribute("alt", post.image!.alt);
    const box = await page.locator("article.post .remote-image").boundingBox();
    expect(box?.height ?? 0, "space reserved before the picture loads").toBeGreaterThan(100);
    // The blog page that lists it.
    const listedAt = postsIn(post.locale).findIndex((listed) => listed.path === post.path);
    await page.goto(blogPath(post.locale, Math.floor(listedAt / POSTS_PER_PAGE) + 1));
    const thumb = page.locator(`.post-summary:has(a[href="${post.path}"]) img`);
    await expect(thumb).toHaveAttribute("src", (post.thumb ?? post.image)!.src);
    await expect(thumb).toHaveAttribute("loading", "lazy");
  }
});

test("the Hugo site's URLs reach their page in one 308, whatever their file names held", async ({ request }) => {
  // An undated post among them, at Hugo's year 1 (`/1/01/01/name/`).
  const hugoPosts = site.posts.filter((post) => /^content\//.test(post.source));
  test.skip(hugoPosts.length === 0, "this tree is not a Hugo tree");
  // Unprefixed, a date and name both languages' posts have (a trial post of the CMS in each) is the first language's.
  const landsOn = new Map<string, string>();
  for (const locale of locales) {
    for (const post of hugoPosts.filter((each) => each.locale === locale)) {
      const name = hugoFileName(post.source);
      const old = `/${post.date.year}/${post.date.month}/${post.date.day}/${encodeURIComponent(name)}/`;
      if (!landsOn.has(old)) landsOn.set(old, post.path);
    }
  }
  for (const [old, path] of landsOn) await expectLandsOn(request, old, path);
  // Unprefixed, a tag both languages have (`communications`) is the first language's.
  const firstWithSlug = new Map<string, (typeof site.tags)[number]>();
  for (const locale of locales)
    for (const tag of tagsIn(locale)) if (!firstWithSlug.has(tag.slug)) firstWithSlug.set(tag.slug, tag);
  for (const tag of firstWithSlug.values())
    await expectLandsOn(request, `/tags/${tag.slug}/`, tagPath(tag.locale, tag.slug));
});

test("feeds name each entry's tags, and JSON-LD its keywords", async ({ request }) => {
  // A feed carries the newest posts only: the first tagged post among them (an older snapshot's newest have none).
  const feeds = new Map(
    await Promise.all(
      locales.map(async (locale) => [locale, await (await request.get(feedPath(locale))).text()] as const),
    ),
  );
  const tagged = site.posts.find(
    (post) => post.tags.length > 0 && feeds.get(post.locale)?.includes(`${post.path}</id>`),
  );
  test.skip(!tagged, "no post the feeds carry has a tag");
  const names = tagged!.tags.map(
    (slug) => site.tags.find((tag) => tag.locale === tagged!.locale && tag.slug === slug)!.name,
  );
  for (const name of names) expect(feeds.get(tagged!.locale)).toContain(`label="${name.replace(/&/g, "&amp;")}"`);
  const { document } = await fetchPage(request, tagged!.path);
  const jsonLd = JSON.parse(visibleText(document.querySelector('script[type="application/ld+json"]')) || "{}");
  expect(jsonLd.keywords).toEqual(names);
});

test("the blog and a tag's page link every tag of the language that a post or page carries, and each post listed its own tags", async ({
  request,
}) => {
  for (const locale of locales) {
    const tags = tagsIn(locale).filter((each) => each.posts.length > 0 || each.pages.length > 0);
    const tag = tags.find((each) => each.posts.length > 0);
    test.skip(tag === undefined, `no post in ${locale} has a tag`);
    if (!tag) continue;
    for (const listPath of [blogPath(locale), tagPath(locale, tag.slug)]) {
      const { document } = await fetchPage(request, listPath);
      const everyTag = document.querySelectorAll("main .tag-links a").map((link) => link.getAttribute("href"));
      expect(everyTag, listPath).toEqual(tags.map((each) => tagPath(locale, each.slug)));
      for (const summary of document.querySelectorAll("main .post-summary")) {
        const postHref = summary.querySelector(".post-summary-title a")?.getAttribute("href");
        const post = site.posts.find((candidate) => candidate.path === postHref);
        const listed = summary.querySelectorAll(".post-summary-tags a").map((link) => link.getAttribute("href"));
        expect(listed, postHref ?? listPath).toEqual(post?.tags.map((slug) => tagPath(locale, slug)) ?? []);
      }
    }
  }
});
