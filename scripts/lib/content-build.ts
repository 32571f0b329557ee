// The content step of a build (npm run build, npm run dev): reads the tree,
// and unless it has errors, hands the site its content and images
// (lib/content/generated/, public/assets/, public/og/). What it renders and
// cuts is kept for the next run (BUILD_CACHE_DIR), so a run after an edit
// redoes only what the edit touched.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { prerenderedListPages, prerenderedPostsPerLanguage } from "@/lib/config";
import type { Finding } from "@/lib/content/findings";
import { assetsDir, loadContent } from "@/lib/content/load";
import type { Post, Rendered } from "@/lib/content/model";
import { onDemandPaths } from "@/lib/content/prerender";
import { RenderCache, contentHash } from "@/lib/content/render-cache";
import {
  BODIES_DIR,
  CONTENT_STAMP_FILE,
  GENERATED_CONTENT_FILE,
  IMAGE_ORIGINS_FILE,
  ON_DEMAND_FILE,
  SEARCH_INDEX_FILE,
  bodyFileOf,
} from "@/lib/content/store-path";
import { buildSearchIndex } from "@/lib/search/build";
import { shareImagePath } from "@/lib/urls";
import { mirrorDir, removeOthers, writeIfChanged } from "./sync-files";

const SHARE_IMAGE = { width: 1200, height: 630 };
const BUILD_CACHE_DIR = path.resolve("node_modules/.cache/cds-site");
// A change to any of these changes what a body renders to, so it starts a fresh cache.
const RENDERER_SOURCES = [
  "lib/content/render.ts",
  "lib/content/render-cache.ts",
  "lib/content/safety.ts",
  "lib/content/typography.ts",
  "lib/urls.ts",
  "package-lock.json",
];
const CONCURRENT_CUTS = 4;

// A preview runs the content step on every save: a picture is read and hashed
// again only when it changed, not for each save (some are 3 MB).
const imageKeys = new Map<string, string>();
function imageKeyOf(source: string): string {
  const { size, mtimeMs } = fs.statSync(source);
  const version = `${source}\0${size}\0${mtimeMs}`;
  const known = imageKeys.get(version);
  if (known) return known;
  const key = contentHash(fs.readFileSync(source));
  imageKeys.set(version, key);
  return key;
}

export type ContentBuild = { findings: Finding[]; errors: number; summary: string };

/**
 * Builds the content of `root`. With errors, nothing is written, unless
 * `keepGoing` (a preview): then the content is written without the files in
 * error, so every other page still works while an editor fixes one.
 */
export async function buildContent(root: string, { preview = false, keepGoing = false } = {}): Promise<ContentBuild> {
  const renderer = contentHash(...RENDERER_SOURCES.map((file) => fs.readFileSync(file)));
  const cache = new RenderCache(path.join(BUILD_CACHE_DIR, "renders.json"), renderer);
  const { findings, imageOrigins, ...content } = await loadContent(root, { cache, preview });
  const errors = findings.filter((finding) => finding.severity === "error").length;
  if (errors > 0 && !keepGoing) return { findings, errors, summary: `${errors} error(s) in ${root}` };
  cache.save();

  // Bodies link images as /assets/…, so the tree's assets are served from there.
  const publicDir = path.resolve("public");
  if (fs.existsSync(assetsDir(root))) mirrorDir(assetsDir(root), path.join(publicDir, "assets"));
  else fs.rmSync(path.join(publicDir, "assets"), { recursive: true, force: true });
  const shareImagesDir = path.join(publicDir, "og");
  fs.mkdirSync(shareImagesDir, { recursive: true });

  /**
   * Link previews want 1200×630. Each distinct hero image is cut once, named by
   * its content, and kept across builds: a translation's post, a reused picture
   * and a rebuild all share the cut.
   */
  const cuts = new Map<string, Promise<string>>();
  const cutShareImage = (source: string): Promise<string> => {
    const known = cuts.get(source);
    if (known) return known;
    const cut = (async () => {
      const key = imageKeyOf(source);
      const kept = path.join(BUILD_CACHE_DIR, "og", `${key}.jpg`);
      if (!fs.existsSync(kept)) {
        fs.mkdirSync(path.dirname(kept), { recursive: true });
        await sharp(source)
          .resize({ ...SHARE_IMAGE, fit: "cover" })
          .flatten({ background: "#ffffff" })
          .jpeg({ quality: 82, mozjpeg: true })
          .toFile(`${kept}.tmp`);
        fs.renameSync(`${kept}.tmp`, kept);
      }
      const served = shareImagePath(key);
      // Named by its content: a file already there is this very image.
      const target = path.join(publicDir, served);
      if (!fs.existsSync(target)) fs.copyFileSync(kept, target);
      return served;
    })();
    cuts.set(source, cut);
    return cut;
  };
  const withShareImage = async (post: Rendered<Post>): Promise<Rendered<Post>> =>
    post.image?.width
      ? { ...post, shareImage: await cutShareImage(path.join(publicDir, decodeURI(post.image.src))) }
      : post;
  // A few at a time: sharp has its own threads, and a 3 MB picture is large once decoded.
  const posts: Array<Rendered<Post>> = [];
  for (let start = 0; start < content.posts.length; start += CONCURRENT_CUTS) {
    posts.push(...(await Promise.all(content.posts.slice(start, start + CONCURRENT_CUTS).map(withShareImage))));
  }

  const servedShareImages = await Promise.all(cuts.values());
  removeOthers(shareImagesDir, new Set(servedShareImages.map((served) => path.basename(served))));
  fs.mkdirSync(path.dirname(GENERATED_CONTENT_FILE), { recursive: true });
  storeBodies([...posts, ...content.pages]);
  const withoutBody = <Entry extends { bodyHtml?: string; bodyText?: string }>(entry: Entry) => ({
    ...entry,
    bodyHtml: undefined,
    bodyText: undefined,
  });
  writeIfChanged(
    GENERATED_CONTENT_FILE,
    JSON.stringify({ root, ...content, posts: posts.map(withoutBody), pages: content.pages.map(withoutBody) }),
  );
  writeIfChanged(IMAGE_ORIGINS_FILE, JSON.stringify(imageOrigins));
  const keep = { posts: prerenderedPostsPerLanguage(), listPages: prerenderedListPages() };
  writeIfChanged(ON_DEMAND_FILE, JSON.stringify(onDemandPaths(posts, content.tags, keep)));
  writeIfChanged(SEARCH_INDEX_FILE, JSON.stringify(buildSearchIndex(posts, content.tags)));
  // Last, and imported by lib/content/store.ts: `next dev` reloads the content when it changes.
  fs.writeFileSync(CONTENT_STAMP_FILE, JSON.stringify({ built: Date.now() }));
  const left = content.unpublished.length;
  return {
    findings,
    errors,
    summary:
      `content: ${posts.length} posts, ${content.pages.length} pages from ${root} (${findings.length - errors} warning(s); ` +
      `${cache.hits} bodies reused, ${cache.misses} rendered; ${cuts.size} preview image(s)` +
      `${left ? `; ${left} draft or scheduled post(s) left out` : ""})`,
  };
}

/** Writes the bodies of a build, one file each, and removes those of pages that are gone. */
function storeBodies(entries: ReadonlyArray<{ path: string; bodyHtml: string }>): void {
  fs.mkdirSync(BODIES_DIR, { recursive: true });
  const files = new Map(entries.map((entry) => [bodyFileOf(entry.path), entry.bodyHtml]));
  removeOthers(BODIES_DIR, new Set([...files.keys()].map((file) => path.basename(file))));
  for (const [file, bodyHtml] of files) writeIfChanged(file, bodyHtml);
}
