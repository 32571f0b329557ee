// The tree's pictures as a phone receives them: each raster picture (and each
// PNG wrapped in an SVG file) in WebP at the widths the layout shows it, with
// its size so nothing shifts, lazy below the first screen; the original file
// still answers at its own address, byte for byte.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { parse, type HTMLElement } from "node-html-parser";
import { PREPARED_PICTURES_ROOT } from "@/lib/site";
import { sitePathFile } from "@/lib/urls";
import { bodyOf, site } from "./site";
import { treeRoot } from "./tree";

const prepared = Object.entries(site.pictures).filter(([, picture]) => picture.versions.length > 0);
// Every home and page (their layouts draw cards and heroes), and the posts whose bodies show a prepared picture.
const pagePaths = [
  ...[...site.homes, ...site.pages].map((page) => page.path),
  ...site.posts.filter((post) => bodyOf(post).includes(PREPARED_PICTURES_ROOT)).map((post) => post.path),
];
/** The original a version was made from, by any of its versions' addresses. */
const originalOf = new Map(
  prepared.flatMap(([src, picture]) =>
    picture.versions.flatMap((version) => [version.webp, version.fallback].map((served) => [served, src] as const)),
  ),
);
const srcsetUrls = (srcset = "") => srcset.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "");

/** Each page with the pictures it draws, read once. */
async function drawnPictures(request: import("@playwright/test").APIRequestContext) {
  const shown: Array<{ path: string; pictures: HTMLElement[]; images: HTMLElement[] }> = [];
  for (const pagePath of pagePaths) {
    const html = parse(await (await request.get(pagePath)).text());
    shown.push({
      path: pagePath,
      pictures: html.querySelectorAll("main picture"),
      images: html.querySelectorAll("main img"),
    });
  }
  return shown;
}

test.describe("pictures prepared at build time", () => {
  test.skip(prepared.length === 0, "this tree's pages show no raster picture of its own");

  test("every raster picture a page shows comes in WebP at the widths shown, with its size, and one loads first at most", async ({
    request,
  }) => {
    // A tree of the years when posts held their pictures in static/ has hundreds, each in several versions.
    test.setTimeout(300_000);
    const versions = new Set<string>();
    let drawn = 0;
    for (const { path: pagePath, pictures, images } of await drawnPictures(request)) {
      for (const picture of pictures) {
        const source = picture.querySelector('source[type="image/webp"]');
        const img = picture.querySelector("img");
        expect(source?.getAttribute("sizes"), pagePath).toBeTruthy();
        expect(img?.getAttribute("sizes"), pagePath).toBe(source?.getAttribute("sizes"));
        expect(img?.getAttribute("width"), pagePath).toMatch(/^\d+$/);
        expect(img?.getAttribute("height"), pagePath).toMatch(/^\d+$/);
        const webp = srcsetUrls(source?.getAttribute("srcset"));
        expect(
          webp.every((url) => url.endsWith(".webp")),
          `${pagePath}: ${webp.join(" ")}`,
        ).toBe(true);
        for (const url of [...webp, ...srcsetUrls(img?.getAttribute("srcset"))]) versions.add(url);
        drawn += 1;
      }
      // A vector picture of the tree keeps its own file, sized too.
      for (const img of images.filter((image) => image.getAttribute("src")?.startsWith("/img/"))) {
        expect(img.getAttribute("width"), `${pagePath}: ${img.getAttribute("src")}`).toMatch(/^\d+$/);
      }
      const first = images.filter((image) => image.getAttribute("fetchpriority") === "high");
      expect(first.length, `${pagePath}: pictures fetched first`).toBeLessThanOrEqual(1);
      expect(
        first.filter((image) => image.getAttribute("loading") === "lazy"),
        pagePath,
      ).toEqual([]);
    }
    expect(drawn, "pictures drawn from prepared versions").toBeGreaterThan(0);
    for (const url of versions) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["content-type"], url).toMatch(/^image\/(webp|jpeg|png)$/);
      expect(response.headers()["cache-control"], url).toContain("immutable");
    }
  });

  test("a phone takes each kind of picture in WebP, and the original still answers byte for byte", async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 390, height: 844 });
    const kinds = new Map<string, { pagePath: string; src: string }>();
    for (const { path: pagePath, pictures } of await drawnPictures(request)) {
      for (const picture of pictures) {
        const src = originalOf.get(srcsetUrls(picture.querySelector("img")?.getAttribute("srcset"))[0] ?? "");
        const kind = src?.toLowerCase().endsWith(".svg") ? "PNG wrapped in SVG" : "raster";
        if (src && !kinds.has(kind)) kinds.set(kind, { pagePath, src });
      }
    }
    expect(kinds.size, "kinds of picture shown").toBeGreaterThan(0);
    for (const [kind, { pagePath, src }] of kinds) {
      await page.goto(pagePath);
      const version = prepared.find(([original]) => original === src)?.[1].versions[0]?.webp ?? "";
      const stem = version.replace(/-\d+\.webp$/, "");
      const img = page.locator(`main picture img[srcset*="${stem}"]`).first();
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() => img.evaluate((node: HTMLImageElement) => node.complete && node.naturalWidth > 0))
        .toBe(true);
      expect(await img.evaluate((node: HTMLImageElement) => node.currentSrc), `${kind} on ${pagePath}`).toMatch(
        /\.webp$/,
      );

      const file = [path.join(treeRoot, "static", sitePathFile(src)), path.join(treeRoot, sitePathFile(src))].find(
        (candidate) => fs.existsSync(candidate),
      );
      expect(file, `${src} in the tree`).toBeTruthy();
      const original = await request.get(src);
      expect(original.status(), src).toBe(200);
      expect(Buffer.compare(await original.body(), fs.readFileSync(file ?? "")), `${src} byte for byte`).toBe(0);
    }
  });
});
