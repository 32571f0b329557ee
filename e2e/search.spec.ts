import { expect, test } from "@playwright/test";
import { otherLocale } from "@/i18n/routing";
import { blogPath, searchPath } from "@/lib/urls";
import { fetchPage, meta, visibleText } from "./html";
import { APPLICATION_ONLY, isOwnContent, locales, postsIn, sampleQuery } from "./site";

// Search as a reader uses it: from the box in every page's header, with or
// without JavaScript, in the page's language, never trusting the query.

for (const locale of locales) {
  const other = otherLocale(locale);

  test(`${locale}: a post's exact title finds it first`, async ({ request }) => {
    expect(postsIn(locale).length, `${locale} posts`).toBeGreaterThan(0);
    for (const post of postsIn(locale).slice(0, 15)) {
      const { status, document } = await fetchPage(request, searchPath(locale, post.title));
      expect(status).toBe(200);
      expect(document.querySelector("main .search-result a")?.getAttribute("href"), post.title).toBe(post.path);
    }
  });

  test(`${locale}: the results say how many, offer the other language, mark the words, and are not indexed`, async ({
    request,
  }) => {
    const query = sampleQuery(locale);
    const { document, headers } = await fetchPage(request, searchPath(locale, query));
    expect(visibleText(document.querySelector("main .search-count"))).toMatch(/\d/);
    const otherLink = document.querySelector(`main .search-count a[hreflang="${other}"]`);
    expect(otherLink?.getAttribute("href")).toBe(searchPath(other, query));
    expect(document.querySelector(`header a[hreflang="${other}"]`)?.getAttribute("href")).toBe(
      searchPath(other, query),
    );
    expect(meta(document, "robots")).toMatch(/noindex/);
    expect(headers["cache-control"]).toMatch(/s-maxage=\d+/);
    expect(document.querySelectorAll("main .search-result").length).toBeLessThanOrEqual(10);
  });

  test(`${locale}: no query, no result, a query too long and a page out of range each get a message, never an error`, async ({
    request,
  }) => {
    const empty = await fetchPage(request, searchPath(locale));
    expect(empty.status).toBe(200);
    expect(empty.document.querySelectorAll("main .search-result")).toHaveLength(0);
    expect(visibleText(empty.document.querySelector("main p"))).not.toBe("");

    const none = await fetchPage(request, searchPath(locale, "zzqxj"));
    expect(none.status).toBe(200);
    expect(none.document.querySelector(`main a[href="${blogPath(locale)}"]`)).not.toBeNull();
    expect(none.document.querySelector(`main a[href="${searchPath(other, "zzqxj")}"]`)).not.toBeNull();

    const long = await fetchPage(request, searchPath(locale, "a".repeat(201)));
    expect(long.status).toBe(200);
    expect(long.document.querySelector("main .search-problem")).not.toBeNull();

    for (const page of ["999", "0", "-2", "x"]) {
      const response = await request.get(`${searchPath(locale, sampleQuery(locale))}&page=${page}`);
      expect(response.status(), page).toBe(200);
      expect(await response.text(), page).toContain("search-problem");
    }
  });

  test(`${locale}: the header's search box works without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(blogPath(locale));
    await page.locator("header input[name=q]").fill(sampleQuery(locale));
    await page.locator("header form[role=search] button").click();
    await expect(page).toHaveURL(new RegExp(`${searchPath(locale).replace(/\//g, "\\/")}\\?q=`));
    await expect(page.locator("main .search-result").first()).toBeVisible();
    await context.close();
  });
}

test("results are the page as served: it carries no script that could render it again", async ({ page }) => {
  test.skip(!isOwnContent, APPLICATION_ONLY);
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  const response = await page.goto(searchPath("en", sampleQuery("en")));
  expect(await response?.text()).not.toContain("<script");
  await page.waitForLoadState("networkidle");
  await expect(page.locator("main .search-result").first()).toBeVisible();
  await expect(page.locator("header input[name=q]")).toHaveValue(sampleQuery("en"));
  expect(problems).toEqual([]);
});

test("a query with markup is shown as text and runs nothing", async ({ page }) => {
  test.skip(!isOwnContent, APPLICATION_ONLY);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const query of [
    '<script>window.__xss="script"</script>',
    '"><img src=x onerror="window.__xss=1">',
    "</title><svg onload=alert(1)>",
  ]) {
    await page.goto(searchPath("en", query));
    await expect(page.locator("h1")).toContainText(query);
    await expect(page.locator("header input[name=q]")).toHaveValue(query);
    expect(await page.locator("main img, main svg, main script").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  }
  expect(dialogs).toEqual([]);
});
