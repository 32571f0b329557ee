import { expect, test } from "@playwright/test";
import { blogPath, homePath } from "@/lib/urls";
import en from "@/messages/en.json" with { type: "json" };
import fr from "@/messages/fr.json" with { type: "json" };
import { expectLandsOn, fetchPage, visibleText } from "./html";
import { APPLICATION_ONLY, POSTS_PER_PAGE, isOwnContent, locales, postsIn, site } from "./site";

const MESSAGES = { en, fr };

test("the language selection page offers both languages, each marked with its lang", async ({ page }) => {
  test.skip(!isOwnContent, APPLICATION_ONLY);
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  expect(response?.request().redirectedFrom()).toBeNull();
  for (const locale of locales) {
    const link = page.locator(`a[href="${homePath(locale)}"]`);
    await expect(link).toHaveAttribute("hreflang", locale);
    await expect(page.locator(`li[lang="${locale}"]`)).toContainText(await link.innerText());
    await expect(page.locator(`h1 [lang="${locale}"]`)).toBeVisible();
  }
});

for (const locale of locales) {
  test(`${locale}: home lists the latest posts and links to the blog`, async ({ page }) => {
    const own = site.homes.find((home) => home.locale === locale);
    test.skip(
      own?.view.layout === "home" && !own.view.latestPosts,
      "this tree's home is a page of its own (a Hugo site) with product sections, which shows those instead",
    );
    expect((await page.goto(homePath(locale)))?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    const latest = page.locator("main .post-summary-title a");
    await expect(latest).toHaveCount(Math.min(3, postsIn(locale).length));
    if (postsIn(locale).length > 0) await expect(latest.first()).toHaveAttribute("href", postsIn(locale)[0].path);
    await expect(page.locator(`main a[href="${blogPath(locale)}"]`)).toBeVisible();
  });

  // Over HTTP, as a reader without JavaScript or a crawler follows "Next": every page of a long archive in a browser took seconds.
  test(`${locale}: the blog lists only its posts, newest first, ${POSTS_PER_PAGE} a page, and reaches every post`, async ({
    request,
  }) => {
    const listed: string[] = [];
    let next: string | undefined = blogPath(locale);
    while (next) {
      const { status, document } = await fetchPage(request, next);
      expect(status, next).toBe(200);
      const onPage = document.querySelectorAll("main .post-summary-title a").map((a) => a.getAttribute("href") ?? "");
      expect(onPage.length, next).toBeLessThanOrEqual(POSTS_PER_PAGE);
      listed.push(...onPage);
      next = document.querySelector('.pagination a[rel="next"]')?.getAttribute("href");
    }
    expect(listed).toEqual(postsIn(locale).map((post) => post.path));
  });

  test(`${locale}: a path without its trailing slash answers 308 to it`, async ({ request }) => {
    const response = await request.get(blogPath(locale).replace(/\/$/, ""), { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe(blogPath(locale));
  });
}

for (const [path, languages] of [
  ["/en/nope/", ["en"]],
  ["/fr/2017/08/03/nope/", ["fr"]],
  ["/de/", ["en", "fr"]],
  ["/nope/", ["en", "fr"]],
] as const) {
  test(`${path} answers 404 with a way back in ${languages.join(" and ")}`, async ({ page }) => {
    test.skip(!isOwnContent, APPLICATION_ONLY);
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    for (const locale of languages) {
      await expect(page.locator(`main a[href="${homePath(locale)}"]`)).toBeVisible();
      await expect(page.locator(`main a[href="${blogPath(locale)}"]`)).toBeVisible();
    }
    if (languages.length === 1) await expect(page.locator("html")).toHaveAttribute("lang", languages[0]);
  });
}

// Hugo wrote its error page at `/404.html`, a file that a static host serves by name with 200: that address still
// answers, with this site's page, kept out of search engines.
test("the old sites' error page, /404.html, answers 200 in each language with the not-found page, unindexed", async ({
  request,
}) => {
  await expectLandsOn(request, "/404.html", "/en/404.html");
  for (const locale of locales) {
    const page = await fetchPage(request, `/${locale}/404.html`);
    expect(page.status).toBe(200);
    expect(page.headers["x-robots-tag"]).toBe("noindex");
    expect(page.document.querySelector("html")?.getAttribute("lang")).toBe(locale);
    expect(visibleText(page.document.querySelector("main h1"))).toBe(MESSAGES[locale].NotFound.title);
  }
});

test("odd URLs each get their one answer, never a 500", async ({ request }) => {
  const answers: Array<[string, 404 | string]> = [
    // Invalid percent-encoding, a month and day no calendar has, pages no list has.
    ["/en/%E0%A4%A/", 404],
    ["/fr/2017/13/45/x/", 404],
    [`${blogPath("en")}page/0/`, 404],
    [blogPath("en", 999), 404],
    [`${blogPath("fr")}page/abc/`, 404],
    // Nothing to fold into a page: an emoji alone, seven made-up segments, a file name under the blog.
    ["/fr/%F0%9F%8D%81/", 404],
    ["/en/a/b/c/d/e/f/g/", 404],
    [`${blogPath("en")}x.y`, 404],
    // The pages only ever served with their own status (404, and 503 for a search refused for load).
    ["/fr/page-not-found/", 404],
    ["/en/search-busy/", 404],
    // Other spellings of a page: one 308 to it.
    [`${blogPath("en")}page/1/`, blogPath("en")],
    [blogPath("en").toUpperCase(), blogPath("en")],
  ];
  for (const [path, answer] of answers) {
    const response = await request.get(path, { maxRedirects: 0 });
    if (answer === 404) expect(response.status(), path).toBe(404);
    else expect([response.status(), response.headers().location], path).toEqual([308, answer]);
  }
});
