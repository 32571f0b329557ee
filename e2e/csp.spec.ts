import path from "node:path";
import { expect, test } from "@playwright/test";
import { securityHeaders } from "@/lib/http-headers";
import { loadContent } from "@/lib/build/load";
import { blogPath } from "@/lib/urls";
import { stubRemoteHosts, watch } from "./browser-watch";
import { APPLICATION_ONLY, isOwnContent, locales, site } from "./site";

// What runs in the browser under the security policy the server sends, beyond
// loading each page (page-kinds.spec.ts): the copy-link button, moving between
// pages, and the XSS fixture's payloads.
test.skip(!isOwnContent, APPLICATION_ONLY);

for (const locale of locales) {
  const post = site.posts.find((candidate) => candidate.locale === locale);
  test(`${locale}: copying a post's link and moving between pages by links and the toggle break nothing`, async ({
    page,
    context,
  }) => {
    test.skip(!post, `no ${locale} post in this tree`);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await stubRemoteHosts(page);
    const problems = await watch(page);
    await page.goto(post!.path, { waitUntil: "networkidle" });
    await page.locator("button.copy-link").click();
    await expect(page.locator(".copy-link-status")).not.toBeEmpty();
    // The blog's link in the site bar: alone in a blog's bar, one entry of a whole site's menu.
    await page.locator(`.site-bar a.site-nav-link[href="${blogPath(locale)}"]`).click();
    await expect(page.locator("main .post-summary-title a").first()).toBeVisible();
    await page.locator("header .language-toggle").click();
    await expect(page.locator("html")).not.toHaveAttribute("lang", locale);
    expect(await problems()).toEqual([]);
  });
}

// The XSS fixture, rendered by the real pipeline and served with the site's own
// headers: no payload runs, and the policy would have stopped the ones that tried.
test("the XSS fixture's payloads run nothing with the security policy on", async ({ page }) => {
  const { posts } = await loadContent(path.join(import.meta.dirname, "../tests/fixtures/xss"));
  const [post] = posts;
  const headers = Object.fromEntries(
    securityHeaders({ imageOrigins: [], https: false }).map(({ key, value }) => [key, value]),
  );
  await page.route("http://localhost:3000/xss-fixture/", (route) =>
    route.fulfill({
      contentType: "text/html",
      headers,
      body: `<!doctype html><html lang="en"><body><h1>${post.titleHtml}</h1>${post.bodyHtml}</body></html>`,
    }),
  );
  await stubRemoteHosts(page);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto("http://localhost:3000/xss-fixture/");
  for (const element of await page.locator("body *").all())
    await element.hover({ force: true, timeout: 1000 }).catch(() => {});
  for (const link of await page.locator("a").all())
    await link.click({ modifiers: ["Alt"], timeout: 1000 }).catch(() => {});
  expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
