// Finds the content files of a tree laid out as the CDS editors did with
// Jekyll: `_posts/{en,fr}/YYYY-MM-DD-slug.md|.html`, static pages under
// `_pages/{en,fr}/`, and images under `assets/`.
import fs from "node:fs";
import path from "node:path";
import { routing, type Locale } from "@/i18n/routing";

export type SourceFile = {
  kind: "post" | "page";
  locale: Locale;
  /** Absolute path on disk. */
  absolute: string;
  /** Path relative to the tree's root, as findings print it. */
  relative: string;
};

const CONTENT_FILE = /\.(md|markdown|html)$/i;

export function findSourceFiles(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const [kind, folder] of [
    ["post", "_posts"],
    ["page", "_pages"],
  ] as const) {
    for (const locale of routing.locales) {
      const dir = path.join(root, folder, locale);
      for (const relativeToDir of listFiles(dir)) {
        if (!CONTENT_FILE.test(relativeToDir)) continue;
        const absolute = path.join(dir, relativeToDir);
        files.push({ kind, locale, absolute, relative: path.relative(root, absolute) });
      }
    }
  }
  return files;
}

/** Every file below `dir`, relative to it, sorted so findings come in a stable order. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

export function assetsDir(root: string): string {
  return path.join(root, "assets");
}
