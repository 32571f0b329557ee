// Reads what the build stored (lib/content/store-path.ts) from disk, at run
// time; only the build (scripts/lib/content-build.ts) writes it. Imported
// instead, the whole archive would be bundled into every server chunk that
// asks about content, and loaded before the first answer.
import fs from "node:fs";
import path from "node:path";
import {
  DEV_FINDINGS_FILE,
  GENERATED_CONTENT_FILE,
  IMAGE_ORIGINS_FILE,
  ON_DEMAND_FILE,
  SEARCH_INDEX_FILE,
  PAGE_RESOURCES_FILE,
  PREFIX_SHAPED_PATHS_FILE,
  STATIC_DOTFILES_FILE,
  STATIC_ROOTS_FILE,
  bodyFileOf,
  SEARCH_TEXTS_FILE,
} from "./store-path";

/** A file in error during a preview, by the URL its name gives it, with its findings as printed. */
export type DevFindings = { path: string; lines: string[] };

const missing = (file: string) =>
  `${file} is missing: run \`npm run content:build\` (npm run build and npm run dev run it first)`;

function readStored(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    throw new Error(missing(file));
  }
}

/** A list the build stored, empty before the first build: next.config.ts and proxy.ts read these at start. */
function readStoredList(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  const list: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
  return Array.isArray(list) ? list.map(String) : [];
}

/** The site's content without bodies, as JSON the store validates. */
export function readStoredContent(): unknown {
  return JSON.parse(readStored(GENERATED_CONTENT_FILE));
}

/**
 * The remote origins the content's images come from, which the security
 * policy allows: for next.config.ts and the answers made outside Next. None
 * before the first content build (`next typegen` loads the config too).
 */
export function readStoredImageOrigins(): string[] {
  return readStoredList(IMAGE_ORIGINS_FILE);
}

/**
 * The top-level names under which a Hugo tree's static files are served
 * (`reports`, `img`): for next.config.ts, which must not send them to a
 * language, and proxy.ts. None before the first content build.
 */
export function readStoredStaticRoots(): string[] {
  return readStoredList(STATIC_ROOTS_FILE);
}

/**
 * The files of a Hugo tree's `static/` whose own name starts with a dot
 * (`img/.DS_Store`, `.htaccess`), by path under the site's root: Next's file
 * serving answers 500 for them, so next.config.ts sends them to app/static-file.
 */
export function readStoredStaticDotfiles(): string[] {
  return readStoredList(STATIC_DOTFILES_FILE);
}

/**
 * The addresses, with their language, of the files a Hugo tree keeps beside
 * its pages (`/en/2020/05/05/a-post/figure.svg`): proxy.ts serves them as
 * files, where a dated path or an encoded name would take a trailing slash.
 */
export function readStoredPageResources(): string[] {
  return readStoredList(PAGE_RESOURCES_FILE);
}

/** Paths whose address on their own domain starts with a language prefix (store-path.ts says why). */
export function readStoredPrefixShapedPaths(): string[] {
  return readStoredList(PREFIX_SHAPED_PATHS_FILE);
}

/** The bytes of a file copied from a Hugo tree's `static/` to public/, by its path under the site's root. */
export function readPublishedStaticFile(file: string): Buffer {
  return fs.readFileSync(path.join(process.cwd(), "public", ...file.split("/")));
}

/** The search indexes, as JSON lib/search validates. */
export function readStoredSearchIndex(): unknown {
  return JSON.parse(readStored(SEARCH_INDEX_FILE));
}

/**
 * The plain text search snippets are cut from, by entry path ("" for an entry
 * the build stored none for). Read once and held as the file's bytes, each
 * text decoded when a result shows it: about 2 MB a thousand posts, where a
 * string each took twice that in the heap, and a file each made a search wait
 * on the disk for every result it showed.
 */
export function readStoredSearchTexts(): (entryPath: string) => string {
  const bytes = fs.existsSync(SEARCH_TEXTS_FILE) ? fs.readFileSync(SEARCH_TEXTS_FILE) : Buffer.alloc(0);
  const spans = new Map<string, [number, number]>();
  for (let start = 0; start < bytes.length; ) {
    const pathEnd = bytes.indexOf(0, start);
    const textEnd = bytes.indexOf(0, pathEnd + 1);
    if (pathEnd < 0 || textEnd < 0) throw new Error(`${SEARCH_TEXTS_FILE} is cut short: run npm run content:build`);
    spans.set(bytes.toString("utf8", start, pathEnd), [pathEnd + 1, textEnd]);
    start = textEnd + 1;
  }
  return (entryPath) => {
    const span = spans.get(entryPath);
    return span ? bytes.toString("utf8", span[0], span[1]) : "";
  };
}

/** The rendered body of the post or page at `entryPath`. */
export function readStoredBody(entryPath: string): string {
  return readStored(bodyFileOf(entryPath));
}

/** The paths of the posts rendered on their first request (lib/content/prerender.ts), for proxy.ts and the routes. */
export function readOnDemandPaths(): string[] {
  const paths: unknown = JSON.parse(readStored(ON_DEMAND_FILE));
  if (!Array.isArray(paths) || !paths.every((path) => typeof path === "string")) {
    throw new Error(`${ON_DEMAND_FILE} is not a list of paths: run \`npm run content:build\` again`);
  }
  return paths;
}

/** The findings of the file that would be at `path`, during a preview; none otherwise. */
export function readDevFindings(pagePath: string): string[] {
  if (!fs.existsSync(DEV_FINDINGS_FILE)) return [];
  const stored: unknown = JSON.parse(fs.readFileSync(DEV_FINDINGS_FILE, "utf8"));
  if (!Array.isArray(stored)) return [];
  const found = stored.find((entry): entry is DevFindings => entry?.path === pagePath && Array.isArray(entry.lines));
  return found ? found.lines.map(String) : [];
}
