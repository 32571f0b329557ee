// The content step of a build (npm run build, npm run dev): reads the tree,
// and unless it has errors, hands the site its content and images
// (lib/content/generated/, public/assets/, public/og/). What it renders and
// cuts is kept for the next run (BUILD_CACHE_DIR), so a run after an edit
// redoes only what the edit touched.
import fs from "node:fs";
import path from "node:path";
import { routing } from "@/i18n/routing";
import type { Finding } from "@/lib/build/findings";
import { cutShareImage } from "@/lib/build/images";
import { assetsDir, loadContent } from "@/lib/build/load";
import { shallowHistoryNote } from "@/lib/build/git-dates";
import { preparePagePictures } from "@/lib/build/page-pictures";
import type { PageResource } from "@/lib/build/resources";
import { PictureBuild } from "@/lib/build/pictures";
import { hugoStaticDir, listFiles } from "@/lib/build/tree";
import { RenderCache } from "@/lib/build/render-cache";
import { rendererVersion } from "@/lib/build/renderer-version";
import { buildSearchIndex } from "@/lib/build/search-index";
import { prerenderedListPages, prerenderedPostsPerLanguage } from "@/lib/config";
import type { Post, Rendered, SiteContent } from "@/lib/content/model";
import { onDemandPaths } from "@/lib/content/prerender";
import {
  BODIES_DIR,
  CONTENT_STAMP_FILE,
  DEV_FINDINGS_FILE,
  GENERATED_CONTENT_FILE,
  IMAGE_ORIGINS_FILE,
  ON_DEMAND_FILE,
  SEARCH_INDEX_FILE,
  FORMER_SEARCH_TEXTS_DIR,
  SEARCH_TEXTS_FILE,
  PAGE_RESOURCES_FILE,
  PREFIX_SHAPED_PATHS_FILE,
  STATIC_DOTFILES_FILE,
  STATIC_ROOTS_FILE,
  bodyFileOf,
} from "@/lib/content/store-path";
import type { DevFindings } from "@/lib/content/stored";
import { PREPARED_PICTURES_ROOT } from "@/lib/site";
import { isPrefixShaped, sitePathFile } from "@/lib/urls";
import { mirrorDir, removeOthers, writeIfChanged } from "./sync-files";

const BUILD_CACHE_DIR = path.resolve("node_modules/.cache/cds-site");
const CONCURRENT_CUTS = 4;

export type ContentBuild = { findings: Finding[]; errors: number; summary: string };

/**
 * Builds the content of `root`. With errors, nothing is written, unless
 * `keepGoing` (a preview): then the content is written without the files in
 * error, so every other page still works while an editor fixes one.
 */
export async function buildContent(root: string, { preview = false, keepGoing = false } = {}): Promise<ContentBuild> {
  const cache = new RenderCache(path.join(BUILD_CACHE_DIR, "renders.json"), rendererVersion(process.cwd()));
  const { findings, imageOrigins, gitHistory, translations, resources, ...content } = await loadContent(root, {
    cache,
    preview,
  });
  const errors = findings.filter((finding) => finding.severity === "error").length;
  if (errors > 0 && !keepGoing) return { findings, errors, summary: `${errors} error(s) in ${root}` };
  cache.save();

  // Jekyll bodies link images as /assets/…, so a Jekyll tree's assets are served from there. A Hugo tree's
  // assets/ holds its pipeline's sources, which Hugo never published; its static/ is served instead.
  const publicDir = path.resolve("public");
  const hugo = hugoStaticDir(root) !== undefined;
  if (!hugo && fs.existsSync(assetsDir(root))) mirrorDir(assetsDir(root), path.join(publicDir, "assets"));
  else fs.rmSync(path.join(publicDir, "assets"), { recursive: true, force: true });
  const shareImagesDir = path.join(publicDir, "og");
  fs.mkdirSync(shareImagesDir, { recursive: true });
  const staticSummary = syncStaticFiles(root, content.staticRoots, publicDir, findings);
  copyPageResources(resources, publicDir);
  const resourceSummary = resources.length > 0 ? `; ${resources.length} file(s) beside their pages` : "";

  const cuts = new Set<string>();
  const withShareImage = async (post: Rendered<Post>): Promise<Rendered<Post>> => {
    if (!post.image?.width) return post;
    const source = path.join(publicDir, sitePathFile(post.image.src));
    const shareImage = await cutShareImage(source, path.join(BUILD_CACHE_DIR, "og"), publicDir);
    cuts.add(shareImage);
    return { ...post, shareImage };
  };
  // A few at a time: sharp has its own threads, and a 3 MB picture is large once decoded.
  const posts: Array<Rendered<Post>> = [];
  for (let start = 0; start < content.posts.length; start += CONCURRENT_CUTS) {
    posts.push(...(await Promise.all(content.posts.slice(start, start + CONCURRENT_CUTS).map(withShareImage))));
  }

  removeOthers(shareImagesDir, new Set([...cuts].map((served) => path.basename(served))));

  const pictureBuild = new PictureBuild(path.join(BUILD_CACHE_DIR, "pictures"), publicDir);
  const picturesStarted = performance.now();
  const prepared = await preparePagePictures([...posts, ...content.pages, ...content.homes], pictureBuild, (src) =>
    treeFileOf(root, src),
  );
  const pictureSeconds = ((performance.now() - picturesStarted) / 1000).toFixed(1);
  findings.push(...prepared.findings);
  const picturesDir = path.join(publicDir, PREPARED_PICTURES_ROOT);
  fs.mkdirSync(picturesDir, { recursive: true });
  removeOthers(picturesDir, pictureBuild.served);

  fs.mkdirSync(path.dirname(GENERATED_CONTENT_FILE), { recursive: true });
  storeBodies(prepared.entries);
  const withoutBody = <Entry extends { bodyHtml?: string; bodyText?: string }>(entry: Entry) => ({
    ...entry,
    bodyHtml: undefined,
    bodyText: undefined,
  });
  writeIfChanged(
    GENERATED_CONTENT_FILE,
    JSON.stringify({
      root,
      ...content,
      posts: posts.map(withoutBody),
      pages: content.pages.map(withoutBody),
      homes: content.homes.map(withoutBody),
      pictures: prepared.pictures,
    }),
  );
  writeIfChanged(IMAGE_ORIGINS_FILE, JSON.stringify(imageOrigins));
  writeIfChanged(STATIC_ROOTS_FILE, JSON.stringify(content.staticRoots));
  writeIfChanged(STATIC_DOTFILES_FILE, JSON.stringify(content.staticDotfiles));
  writeIfChanged(PAGE_RESOURCES_FILE, JSON.stringify(resources.map((resource) => resource.path)));
  writeIfChanged(PREFIX_SHAPED_PATHS_FILE, JSON.stringify(prefixShapedPaths(content, resources)));
  const keep = { posts: prerenderedPostsPerLanguage(), listPages: prerenderedListPages() };
  writeIfChanged(ON_DEMAND_FILE, JSON.stringify(onDemandPaths(posts, content.tags, keep)));
  const { texts, ...searchIndex } = buildSearchIndex(posts, content.tags, content.pages);
  writeIfChanged(SEARCH_INDEX_FILE, JSON.stringify(searchIndex));
  storeSearchTexts(texts);
  // Last, and imported by lib/content/store.ts: `next dev` reloads the content when it changes.
  fs.writeFileSync(CONTENT_STAMP_FILE, JSON.stringify({ built: Date.now() }));
  const left = content.unpublished.length;
  const behind = translations.filter((pair) => pair.state === "behind").length;
  return {
    findings,
    errors,
    summary:
      `content: ${posts.length} posts, ${content.pages.length} pages from ${root} (${findings.length - errors} warning(s); ` +
      `${cache.hits} bodies reused, ${cache.misses} rendered; ${cuts.size} preview image(s); ` +
      `${pictureBuild.stats.pictures} picture(s) prepared in ${pictureSeconds} s, ${pictureBuild.stats.encoded} version(s) encoded, ${pictureBuild.stats.reused} reused` +
      `${left ? `; ${left} post(s) left out (drafts, dated later, expired or not written)` : ""}` +
      `${behind ? `; ${behind} translation(s) behind their original: npm run translations` : ""}${staticSummary}${resourceSummary})` +
      (gitHistory.history === "shallow" ? `\n${shallowHistoryNote(gitHistory.undated)}` : ""),
  };
}

/** The file of the tree a site path names, as a finding names it: in `static/` (Hugo) or `assets/` (Jekyll). */
function treeFileOf(root: string, src: string): string {
  const staticDir = hugoStaticDir(root);
  const inStatic = staticDir && path.join(staticDir, sitePathFile(src));
  return path.relative(root, inStatic && fs.existsSync(inStatic) ? inStatic : path.join(root, sitePathFile(src)));
}

/** The pages, aliases, stubs and files beside pages whose address on their own domain starts with a language prefix. */
function prefixShapedPaths(
  content: Pick<SiteContent, "pages" | "listAliases" | "stubs">,
  resources: readonly PageResource[],
): string[] {
  const addresses = [
    ...content.pages.flatMap((page) => [page.path, ...page.redirectFrom.map((old) => `/${page.locale}/${old}/`)]),
    ...Object.keys(content.listAliases),
    // A stub also where Hugo copied it, under its own name (`/fr/fr/old.html` for `content/fr/fr/old.html`).
    ...content.stubs.flatMap((stub) => [stub.path, ...(stub.treePath ? [`/${stub.locale}/${stub.treePath}`] : [])]),
    ...resources.map((resource) => resource.path),
  ];
  return [...new Set(addresses.filter(isPrefixShaped))].sort();
}

/** public/'s own folders, which a Hugo tree's static files must not replace: share cuts and prepared pictures. */
const PUBLIC_OWN = new Set(["og", PREPARED_PICTURES_ROOT.replaceAll("/", "")]);

/**
 * Copies a Hugo tree's `static/` to public/, each top-level name on its own
 * (public/ also holds og/ and the prepared pictures), and removes the names a previous
 * build copied that the tree no longer has. Returns the summary's words.
 */
function syncStaticFiles(root: string, roots: readonly string[], publicDir: string, findings: Finding[]): string {
  const previous: unknown = fs.existsSync(STATIC_ROOTS_FILE)
    ? JSON.parse(fs.readFileSync(STATIC_ROOTS_FILE, "utf8"))
    : [];
  for (const name of Array.isArray(previous) ? previous.map(String) : []) {
    if (!roots.includes(name) && !PUBLIC_OWN.has(name))
      fs.rmSync(path.join(publicDir, name), { recursive: true, force: true });
  }
  const staticDir = hugoStaticDir(root);
  if (!staticDir) return "";
  let files = 0;
  let bytes = 0;
  for (const name of roots) {
    if (PUBLIC_OWN.has(name)) {
      findings.push({
        file: `static/${name}`,
        line: 1,
        severity: "warning",
        message: `is not served: /${name}/ holds this site's own files; move it to another folder and update its links`,
      });
      continue;
    }
    const source = path.join(staticDir, name);
    if (fs.statSync(source).isDirectory()) mirrorDir(source, path.join(publicDir, name));
    else fs.copyFileSync(source, path.join(publicDir, name));
  }
  for (const file of listFiles(staticDir)) {
    files += 1;
    bytes += fs.statSync(path.join(staticDir, file)).size;
  }
  return `; ${files} static file(s), ${(bytes / 1e6).toFixed(1)} MB, served at the site's root`;
}

/**
 * Copies each file of a Hugo tree's content folders that is not content to its
 * address under its language's folder of public/ (`public/en/report/report.pdf`),
 * which holds nothing else, so it is written afresh each build.
 */
function copyPageResources(resources: readonly PageResource[], publicDir: string): void {
  for (const locale of routing.locales) fs.rmSync(path.join(publicDir, locale), { recursive: true, force: true });
  for (const resource of resources) {
    const target = path.join(publicDir, resource.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(resource.absolute, target);
  }
}

/** Writes every entry's search text to one file (lib/content/store-path.ts `SEARCH_TEXTS_FILE`). */
function storeSearchTexts(texts: Record<string, string>): void {
  fs.rmSync(FORMER_SEARCH_TEXTS_DIR, { recursive: true, force: true });
  // NUL parts the entries; a text has none to show (it would read as a space).
  const entries = Object.entries(texts).map(([entryPath, text]) => `${entryPath}\0${text.replaceAll("\0", " ")}\0`);
  writeIfChanged(SEARCH_TEXTS_FILE, entries.join(""));
}

/** Writes the bodies of a build, one file each, and removes those of pages that are gone. */
function storeBodies(entries: ReadonlyArray<{ path: string; bodyHtml: string }>): void {
  fs.mkdirSync(BODIES_DIR, { recursive: true });
  const files = new Map(entries.map((entry) => [bodyFileOf(entry.path), entry.bodyHtml]));
  removeOthers(BODIES_DIR, new Set([...files.keys()].map((file) => path.basename(file))));
  for (const [file, bodyHtml] of files) writeIfChanged(file, bodyHtml);
}

/** In a preview: the findings of the files left out, by the URL each would have, for the page shown there. */
export function storeDevFindings(findings: DevFindings[]): void {
  fs.mkdirSync(path.dirname(DEV_FINDINGS_FILE), { recursive: true });
  fs.writeFileSync(DEV_FINDINGS_FILE, JSON.stringify(findings));
}
