import path from "node:path";
import { expect, test } from "@playwright/test";
import { otherLocale } from "@/i18n/routing";
import { entries, expectedToggle } from "./site";

// Every post and page of the built tree: its canonical URL, its title, its
// language, its toggle, its images, and its other spellings.
test.use({ javaScriptEnabled: false });

for (const entry of entries()) {
  test(`${entry.source} serves at ${entry.path}`, async ({ page, request }) => {
    const response = await page.goto(entry.path);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["set-cookie"]).toBeUndefined();
    await expect(page.locator("html")).toHaveAttribute("lang", entry.locale);
    await expect(page.locator("h1")).toHaveText(entry.title);

    const other = otherLocale(entry.locale);
    const toggle = page.locator(`header a[hreflang="${other}"]`);
    await expect(toggle).toHaveAttribute("lang", other);
    await expect(toggle).toHaveAttribute("href", expectedToggle(entry));
    const landing = await request.get(expectedToggle(entry));
    expect(landing.status()).toBe(200);

    const sources = await page.locator("img").evaluateAll((images) => images.map((image) => image.getAttribute("src")));
    for (const src of new Set(sources)) {
      const image = await request.get(src ?? "");
      expect(image.status(), `image ${src}`).toBe(200);
      expect(image.headers()["content-type"], `image ${src}`).toMatch(/^image\//);
    }
  });
}

for (const entry of entries().filter((candidate) => candidate.kind === "post")) {
  test(`${entry.source} answers 308 from its file name's spelling`, async ({ request }) => {
    const written = path
      .basename(entry.source)
      .replace(/^\d{4}-\d{2}-\d{2}-/, "")
      .replace(/\.[^.]+$/, "");
    // A file name already in canonical form is asked for in capitals instead.
    const spelling = written === entry.slug ? written.toUpperCase() : written;
    const { year, month, day } = entry.date;
    const requested = `/${entry.locale}/${year}/${month}/${day}/${encodeURIComponent(spelling)}/`;
    const response = await request.get(requested, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers().location, "http://localhost").pathname).toBe(entry.path);
  });
}
