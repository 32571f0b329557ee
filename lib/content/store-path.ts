// Where scripts/build-content.ts leaves what it made of the content tree.
// next.config.ts reads the image origins from here too.
// Paths are relative to the working directory: the repo at build time, and
// .next/standalone when the standalone server runs (scripts/standalone.sh
// copies this folder there).
import { createHash } from "node:crypto";
import path from "node:path";

const GENERATED_DIR = path.resolve("lib/content/generated");

/** The content the site is built from, bodies apart. */
export const GENERATED_CONTENT_FILE = path.join(GENERATED_DIR, "site.json");

/** The remote origins the content's images come from, which the security policy allows. */
export const IMAGE_ORIGINS_FILE = path.join(GENERATED_DIR, "image-origins.json");

/** The search indexes, built once from the content. */
export const SEARCH_INDEX_FILE = path.join(GENERATED_DIR, "search-index.json");

/** The posts rendered on their first request rather than at build. */
export const ON_DEMAND_FILE = path.join(GENERATED_DIR, "on-demand.json");

/** The top-level names of a Hugo tree's `static/` files, copied to public/ and served at the site's root. */
export const STATIC_ROOTS_FILE = path.join(GENERATED_DIR, "static-roots.json");

/** The files of a Hugo tree's `static/` named with a leading dot, served by app/static-file. */
export const STATIC_DOTFILES_FILE = path.join(GENERATED_DIR, "static-dotfiles.json");

/** The addresses of the files a Hugo tree keeps beside its pages in content/ (`/en/report/report.pdf`), copied to public/. */
export const PAGE_RESOURCES_FILE = path.join(GENERATED_DIR, "page-resources.json");

/**
 * The paths of pages, aliases and stubs whose address on their language's
 * domain starts with a language prefix (`/en/fr/x/` is `/fr/x/` on the English
 * domain), which next.config.ts keeps on that domain.
 */
export const PREFIX_SHAPED_PATHS_FILE = path.join(GENERATED_DIR, "prefix-shaped-paths.json");

/** Changes with every content build; lib/content/store.ts imports it, so `next dev` reloads the content. */
export const CONTENT_STAMP_FILE = path.join(GENERATED_DIR, "stamp.json");

/** In a preview (npm run dev) only: the errors of files left out, by the URL each would have. */
export const DEV_FINDINGS_FILE = path.join(GENERATED_DIR, "dev-findings.json");

/** Rendered bodies, one file per post or page: the server reads one when it renders that page. */
export const BODIES_DIR = path.join(GENERATED_DIR, "bodies");

/** Each post's and page's plain text, cut, from which search snippets come: read for the results shown. */
/**
 * Every entry's search text, which snippets are cut from, in one file:
 * `path NUL text NUL`, entry after entry (lib/content/stored.ts `readStoredSearchTexts`).
 */
export const SEARCH_TEXTS_FILE = path.join(GENERATED_DIR, "search-texts.txt");
/** Where earlier builds kept one file per entry's search text. */
export const FORMER_SEARCH_TEXTS_DIR = path.join(GENERATED_DIR, "search-texts");

/**
 * The file holding the rendered body of the post or page at `entryPath`,
 * named by a hash so that any URL makes a plain file name.
 */
export function bodyFileOf(entryPath: string): string {
  return path.join(BODIES_DIR, `${createHash("sha1").update(entryPath).digest("hex").slice(0, 24)}.html`);
}
