// Pictures prepared at build time (lib/build/pictures.ts, page-pictures.ts):
// a raster picture and a PNG wrapped in SVG get WebP versions at the widths
// shown, a vector SVG stays as it is, a damaged file is a finding, and a
// second build encodes nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { preparePagePictures } from "@/lib/build/page-pictures";
import { PictureBuild } from "@/lib/build/pictures";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "pictures-"));
const publicDir = path.join(work, "public");
const cacheDir = path.join(work, "cache");

const scene = (width: number, height: number) =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#26374a"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#f2d45c"/></svg>`,
  );

const body = [
  // Rendered bodies once marked their pictures lazy: the first one must not stay so.
  '<p><img src="/img/photo.jpg" alt="A photo" loading="lazy" decoding="async"></p>',
  "<p>Some words.</p>",
  '<p><img src="/img/screenshot.svg" alt="A screenshot"></p>',
  '<p><img src="/img/drawing.svg" alt="A drawing"></p>',
  '<p><img src="/img/broken.jpg" alt="Broken"></p>',
  '<p><img src="https://images.example.ca/far.jpg" alt="Elsewhere"></p>',
  '<p><img src="/../outside.png" alt="Outside the site"></p>',
].join("\n");
const entry = { path: "/en/sample/", bodyHtml: body, bodyText: "" };

async function prepare() {
  const build = new PictureBuild(cacheDir, publicDir);
  const result = await preparePagePictures([entry], build, (src) => `static${src}`);
  return { build, ...result };
}

beforeAll(async () => {
  const img = path.join(publicDir, "img");
  fs.mkdirSync(img, { recursive: true });
  await sharp(scene(1600, 900)).jpeg().toFile(path.join(img, "photo.jpg"));
  const png = await sharp(scene(890, 448)).png().toBuffer();
  fs.writeFileSync(
    path.join(img, "screenshot.svg"),
    `<svg width="445" height="224" viewBox="0 0 445 224" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image width="445" height="224" xlink:href="data:image/png;base64,${png.toString("base64")}"/></svg>`,
  );
  fs.writeFileSync(path.join(img, "drawing.svg"), scene(300, 200));
  fs.writeFileSync(path.join(img, "broken.jpg"), "<html>not a picture</html>");
  await sharp(scene(400, 300)).png().toFile(path.join(work, "outside.png"));
});

describe("pictures prepared at build time", () => {
  it("encodes a raster picture and a PNG wrapped in SVG in WebP at the widths a body shows, and keeps a vector SVG", async () => {
    const { pictures } = await prepare();
    const widths = (src: string) => pictures[src]?.versions.map((version) => version.width);
    expect(widths("/img/photo.jpg")).toEqual([360, 720, 1080, 1440]);
    // Drawn at twice its SVG size at most: 890 px.
    expect(widths("/img/screenshot.svg")).toEqual([360, 720, 890]);
    expect(pictures["/img/drawing.svg"]).toEqual({ width: 300, height: 200, versions: [] });
    // A path that climbs out of public/ names no file of the site: nothing of it is published.
    expect(pictures["/../outside.png"]).toBeUndefined();
    expect(pictures["/img/screenshot.svg"]).toMatchObject({ width: 445, height: 224 });
    for (const version of pictures["/img/screenshot.svg"]?.versions ?? []) {
      const served = await sharp(path.join(publicDir, version.webp)).metadata();
      expect([served.format, served.width]).toEqual(["webp", version.width]);
      expect((await sharp(path.join(publicDir, version.fallback)).metadata()).format).toBe("jpeg");
    }
  });

  it("draws each prepared picture of a body with srcset, sizes, width, height and WebP; the first loads first", async () => {
    const { entries } = await prepare();
    const html = parse(entries[0]?.bodyHtml ?? "");
    const [photo, screenshot] = html.querySelectorAll("picture");
    for (const picture of [photo, screenshot]) {
      expect(picture?.querySelector("source")?.getAttribute("type")).toBe("image/webp");
      expect(picture?.querySelector("source")?.getAttribute("srcset")).toMatch(/^\/pictures\/\w+-360\.webp 360w, /);
      const img = picture?.querySelector("img");
      expect(img?.getAttribute("srcset")).toMatch(/\.jpg 360w, /);
      expect(img?.getAttribute("sizes")).toBe("(min-width: 48rem) 45rem, 100vw");
    }
    const photoImg = photo?.querySelector("img");
    expect([photoImg?.getAttribute("width"), photoImg?.getAttribute("height")]).toEqual(["1600", "900"]);
    expect(photoImg?.getAttribute("fetchpriority")).toBe("high");
    expect(photoImg?.getAttribute("loading")).toBeUndefined();
    const later = screenshot?.querySelector("img");
    expect([later?.getAttribute("loading"), later?.getAttribute("decoding")]).toEqual(["lazy", "async"]);
    const drawing = html.querySelector('img[src="/img/drawing.svg"]');
    expect([drawing?.getAttribute("width"), drawing?.getAttribute("loading")]).toEqual(["300", "lazy"]);
    expect(html.querySelector('img[src="https://images.example.ca/far.jpg"]')?.getAttribute("loading")).toBe("lazy");
  });

  it("names a damaged picture in one line and leaves it as written", async () => {
    const { findings, pictures, entries } = await prepare();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: "static/img/broken.jpg", line: 1, severity: "warning" });
    expect(findings[0]?.message).toMatch(/cannot be read .*upload it again$/);
    expect(findings[0]?.message).not.toMatch(/\n|Invalid input/);
    expect(pictures["/img/broken.jpg"]).toBeUndefined();
    expect(entries[0]?.bodyHtml).toContain('src="/img/broken.jpg"');
  });

  it("encodes nothing again when no picture changed, and publishes every version", async () => {
    const { build } = await prepare();
    expect(build.stats).toMatchObject({ encoded: 0, pictures: 4 });
    expect(build.stats.reused).toBeGreaterThan(0);
    const published = fs.readdirSync(path.join(publicDir, "pictures"));
    expect(published.sort()).toEqual([...build.served].sort());
  });
});
