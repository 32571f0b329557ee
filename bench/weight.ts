// What a reader's browser downloads for one page: HTML, JavaScript, CSS and
// preloaded fonts, compressed as a server or CDN sends them (gzip), and the
// hero picture a 390 px wide phone picks from its srcset.
import zlib from "node:zlib";

export type Weight = {
  page: string;
  htmlKb: number;
  jsKb: number;
  jsFiles: number;
  cssKb: number;
  fontsPreloaded: number;
  fontKb: number;
  heroKb?: number;
};

const PHONE_PIXELS = 390 * 2;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gzipped = (body: Buffer) => zlib.gzipSync(body).length;

async function bytesOf(origin: string, path: string): Promise<Buffer> {
  const response = await fetch(origin + path.replaceAll("&amp;", "&"));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

async function sum(origin: string, paths: string[], measure: (body: Buffer) => number): Promise<number> {
  let total = 0;
  for (const path of new Set(paths)) total += measure(await bytesOf(origin, path));
  return total;
}

export async function pageWeight(origin: string, page: string, path: string): Promise<Weight> {
  const html = await bytesOf(origin, path);
  const text = html.toString("utf8");
  const scripts = [...text.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((match) => match[1]);
  const styles = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]);
  const fonts = [...text.matchAll(/<link rel="preload" href="([^"]+\.woff2?)"[^>]*as="font"/g)].map(
    (match) => match[1],
  );
  const hero = /<img[^>]+class="hero-image"[^>]+srcSet="([^"]+)"/.exec(text)?.[1];
  const candidates = (hero ?? "").split(", ").map((candidate) => {
    const [url, width] = candidate.split(" ");
    return { url, width: Number.parseInt(width, 10) };
  });
  const phone = candidates.find((candidate) => candidate.width >= PHONE_PIXELS) ?? candidates.at(-1);
  return {
    page,
    htmlKb: kb(gzipped(html)),
    jsKb: kb(await sum(origin, scripts, gzipped)),
    jsFiles: new Set(scripts).size,
    cssKb: kb(await sum(origin, styles, gzipped)),
    fontsPreloaded: new Set(fonts).size,
    fontKb: kb(await sum(origin, fonts, (body) => body.length)),
    heroKb: hero && phone?.url ? kb((await bytesOf(origin, phone.url)).length) : undefined,
  };
}
