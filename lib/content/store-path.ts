import path from "node:path";

/** Where scripts/build-content.ts leaves the content the site is built from. */
export const GENERATED_CONTENT_FILE = path.resolve("lib/content/generated/site.json");
