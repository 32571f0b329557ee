import { expect, test, type APIRequestContext, type Page as BrowserPage } from "@playwright/test";
import sharp from "sharp";
import { otherLocale } from "@/i18n/routing";
import { absoluteUrl } from "@/lib/urls";
import { entries } from "./site";

// Link previews and search engines: every page's head, read from the HTML a crawler gets.
test.use({ javaScriptEnabled: false });

function head(page: BrowserPage) {
  const meta = (property: string) =>
    page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute("content");
  const hreflang = async () =>
    Object.fromEntries(
      await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")])),
    );
  return { meta, hreflang, canonical: () => page.locator('link[rel="canonical"]').getAttribute("href") };
}

async function expectShareImage(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const { width, height } = await sharp(await response.body()).metadata();
  expect({ width, height }, url).toEqual({ width: 1200, height: 630 });
}

for (const entry of entries()) {
  test(`${entry.path} has a complete, absolute head`, async ({ page, request }) => {
    await page.goto(entry.path);
    const { meta, hreflang, canonical } = head(page);
    const url = absoluteUrl(entry.path);
    expect(await canonical()).toBe(url);
    await expect(page).toHaveTitle(new RegExp(` - (Canadian Digital Service|Service numérique canadien)$`));
    expect(await meta("description")).toBe(entry.summary);

    const alternates = await hreflang();
    expect(alternates["x-default"]).toBe(absoluteUrl("/"));
    if (entry.translationPath) {
      const other = otherLocale(entry.locale);
      expect(alternates[`${entry.locale}-CA`]).toBe(url);
      expect(alternates[`${other}-CA`]).toBe(absoluteUrl(entry.translationPath));
      expect(await meta("og:locale:alternate")).toBe(`${other}_CA`);
      await page.goto(entry.translationPath);
      expect((await head(page).hreflang())[`${entry.locale}-CA`]).toBe(url);
      await page.goto(entry.path);
    } else {
      expect(Object.keys(alternates)).toEqual(["x-default"]);
    }

    expect(await meta("og:type")).toBe(entry.kind === "post" ? "article" : "website");
    expect(await meta("og:url")).toBe(url);
    expect(await meta("og:title")).toBe(entry.title);
    expect(await meta("og:description")).toBe(entry.summary);
    expect(await meta("og:site_name")).toBeTruthy();
    expect(await meta("og:locale")).toBe(`${entry.locale}_CA`);
    expect(await meta("og:image:width")).toBe("1200");
    expect(await meta("og:image:height")).toBe("630");
    expect(await meta("og:image:alt")).toBeTruthy();
    expect(await meta("twitter:card")).toBe("summary_large_image");
    if (entry.kind === "post") {
      expect(await meta("article:published_time")).toBe(entry.date.iso);
      const posting = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
      expect(posting).toMatchObject({
        "@type": "BlogPosting",
        datePublished: entry.date.iso,
        url,
        inLanguage: `${entry.locale}-CA`,
      });
    }
    const image = (await meta("og:image")) ?? "";
    expect(image).toMatch(/^https?:\/\//);
    await expectShareImage(request, new URL(image).pathname);
  });
}

test("the language selection page and homes have previews too", async ({ page, request }) => {
  for (const path of ["/", "/en/", "/fr/blogue/"]) {
    await page.goto(path);
    const image = (await head(page).meta("og:image")) ?? "";
    await expectShareImage(request, new URL(image).pathname);
  }
});
