import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { securityHeaders } from "@/lib/http-headers";
import { loadContent } from "@/lib/content/load";
import { imageOrigins } from "./security-headers";
import { locales, pagesOfEachKind, site } from "./site";

// Every kind of page, in both languages, with JavaScript on and the security
// policy the server sends: nothing is blocked and nothing fails in the console,
// including the copy-link button, client-side navigation, embeds, images and fonts.

const EMBED = "https://www.youtube-nocookie.com";
const PIXEL = await sharp({ create: { width: 1, height: 1, channels: 3, background: "#ffffff" } })
  .png()
  .toBuffer();

/** This machine has no network: the embed host and the content's image hosts answer from here, after the policy is checked. */
async function stubRemoteHosts(page: Page) {
  await page.route(`${EMBED}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>video</title>" }),
  );
  for (const origin of imageOrigins) {
    await page.route(`${origin}/**`, (route) => route.fulfill({ contentType: "image/png", body: PIXEL }));
  }
}

/** Listens for policy violations and console errors from the first script on. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const log = ((window as { __violations?: string[] }).__violations ??= []);
      log.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  return async () => {
    const violations = await page.evaluate(() => (window as { __violations?: string[] }).__violations ?? []);
    return [...problems, ...violations.map((violation) => `CSP: ${violation}`)];
  };
}

const postWithVideo = site.posts.find((post) => post.bodyHtml.includes("<iframe"));
const postWithImage = site.posts.find((post) => post.image);
const pages = [
  ...pagesOfEachKind(),
  ...(postWithVideo ? [["post with a video", postWithVideo.path] as [string, string]] : []),
  ...(postWithImage ? [["post with an image", postWithImage.path] as [string, string]] : []),
];

for (const [name, pagePath] of pages) {
  test(`${name} (${pagePath}) runs under the security policy with no violation or console error`, async ({ page }) => {
    await stubRemoteHosts(page);
    const problems = await watch(page);
    const response = await page.goto(pagePath, { waitUntil: "networkidle" });
    const isNotFound = response?.status() === 404;
    await page.evaluate(() => document.fonts.ready);
    const reported = await problems();
    // A 404 page is logged as a failed load of the document itself, nothing else may be.
    const unexpected = reported.filter((problem) => !(isNotFound && /status of 404/.test(problem)));
    expect(unexpected).toEqual([]);
  });
}

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
    await page.locator(".site-bar a.site-nav-link").click();
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
