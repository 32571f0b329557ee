import path from "node:path";
import { expect, test } from "@playwright/test";
import { loadContent } from "@/lib/content/load";

// The XSS fixture rendered by the real content pipeline, opened in a real
// browser: every payload sets window.__xss when it runs; none may.
test("no XSS payload of the fixture runs in the browser", async ({ page }) => {
  const { posts } = await loadContent(path.join(import.meta.dirname, "../tests/fixtures/xss"));
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const [post] = posts;
  await page.setContent(`<!doctype html><html><body><h1>${post.titleHtml}</h1>${post.bodyHtml}</body></html>`);
  for (const element of await page.locator("body *").all())
    await element.hover({ force: true, timeout: 1000 }).catch(() => {});
  for (const link of await page.locator("a").all())
    await link.click({ modifiers: ["Alt"], timeout: 1000 }).catch(() => {});
  expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
