// Where scripts/build-content.ts leaves what it made of the content tree.
// Plain JavaScript so that next.config.js can read the image origins too.
import path from "node:path";

/** The content the site is built from. */
export const GENERATED_CONTENT_FILE = path.resolve("lib/content/generated/site.json");

/** The remote origins the content's images come from, which the security policy allows. */
export const IMAGE_ORIGINS_FILE = path.resolve("lib/content/generated/image-origins.json");

/** The search indexes, built once from the content. */
export const SEARCH_INDEX_FILE = path.resolve("lib/content/generated/search-index.json");
