// Finds the content files of a tree in either layout the CDS editors used:
// Jekyll (`_posts/{en,fr}/YYYY-MM-DD-slug.md|.html`, static pages under
// `_pages/{en,fr}/`, images under `assets/`), or Hugo (`content/{en,fr}/blog/**.md`,
// the date in front matter, translations paired by `translationKey`).
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
  /** How the file names its translation. */
  pairing: "trans_url" | "translationKey";
};

const CONTENT_FILE = /\.(md|markdown|html)$/i;

export function findSourceFiles(root: string): SourceFile[] {
  const hugoContent = hugoContentDir(root);
  return hugoContent ? findHugoFiles(root, hugoContent) : findJekyllFiles(root);
}

/** The Hugo blog sections' own pages (`{locale}/blog/_index.md`, `type: section`): none in a Jekyll tree. */
export function findSectionFiles(root: string): Array<{ locale: Locale; absolute: string; relative: string }> {
  const content = hugoContentDir(root);
  if (!content) return [];
  return routing.locales.flatMap((locale) => {
    const absolute = path.join(content, locale, "blog", "_index.md");
    return fs.existsSync(absolute) ? [{ locale, absolute, relative: path.relative(root, absolute) }] : [];
  });
}

function hugoContentDir(root: string): string | undefined {
  return [path.join(root, "content"), root].find((dir) =>
    routing.locales.some((locale) => fs.existsSync(path.join(dir, locale, "blog"))),
  );
}

/** Hugo: every page under `{locale}/blog/` is a post, except `_index.md`, which is a section page. */
function findHugoFiles(root: string, content: string): SourceFile[] {
  return routing.locales.flatMap((locale) => {
    const dir = path.join(content, locale, "blog");
    return listFiles(dir)
      .filter((file) => /\.md$/i.test(file) && path.basename(file) !== "_index.md")
      .map((file) => {
        const absolute = path.join(dir, file);
        return {
          kind: "post" as const,
          locale,
          absolute,
          relative: path.relative(root, absolute),
          pairing: "translationKey" as const,
        };
      });
  });
}

function findJekyllFiles(root: string): SourceFile[] {
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
        files.push({ kind, locale, absolute, relative: path.relative(root, absolute), pairing: "trans_url" });
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
