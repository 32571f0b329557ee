// Files of a Hugo tree's content folders that are not content (`report.pdf`
// beside a page's `index.md`, a picture in a post's folder): Hugo publishes
// each as it is, below the address of the page whose folder holds it, and so
// does this site.
import path from "node:path";
import { routing, type Locale } from "@/i18n/routing";
import { hugo111Sanitize, hugoSanitize, hugoUrlFolder } from "@/lib/urls";
import { hugoPageAddress, hugoUrl, type Draft } from "./drafts";
import { hugoLanguageDir, isHugoContentFile, isHugoFile, isIgnoredByHugo, listFiles } from "./tree";

export type PageResource = { locale: Locale; path: string; absolute: string };

/**
 * Every such file with its address here (`/en/report/report.pdf`). A folder
 * with an `index` or `_index` owns the files below it; a file with no such
 * folder above it belongs to the home. A page not published publishes no file.
 */
export function hugoPageResources(
  root: string,
  drafts: readonly Draft[],
  publishedPath: (draft: Draft) => string | undefined,
): PageResource[] {
  return routing.locales.flatMap((locale) => {
    const dir = hugoLanguageDir(root, locale);
    if (!dir) return [];
    const owners = new Map<string, { path?: string; hugoPaths?: string[] }>([[".", { path: `/${locale}/` }]]);
    for (const draft of drafts) {
      if (draft.locale !== locale || !isHugoFile(draft.file)) continue;
      const treePath = path.relative(dir, draft.file.absolute).split(path.sep).join("/");
      if (!/^_?index\./i.test(path.posix.basename(treePath))) continue;
      const published = publishedPath(draft);
      owners.set(path.posix.dirname(treePath), {
        path: published,
        hugoPaths: published ? hugoSpellings(draft, treePath, published) : [],
      });
    }
    return listFiles(dir).flatMap((relative) => {
      const treePath = relative.split(path.sep).join("/");
      if (isHugoContentFile(treePath) || isIgnoredByHugo(treePath)) return [];
      let folder = path.posix.dirname(treePath);
      while (!owners.has(folder)) folder = path.posix.dirname(folder);
      const owner = owners.get(folder);
      const below = folder === "." ? treePath : treePath.slice(folder.length + 1);
      const absolute = path.join(dir, relative);
      // Also where Hugo wrote it, below its page's address as Hugo spelt it (`été/`, `v1.2/`), where this site folds it.
      const addresses = [owner?.path, ...(owner?.hugoPaths ?? [])].flatMap((address) =>
        address ? [`${address}${below}`] : [],
      );
      return [...new Set(addresses)].map((address) => ({ locale, path: address, absolute }));
    });
  });
}

/**
 * The folders Hugo wrote a page's files in: below its `url` as written (or
 * that url's folder, where it names a file), else its place in the tree as
 * Hugo's sanitizer kept it, accents and dots and all, where this site's
 * address folds them, in Hugo 0.111's spelling and later Hugo's. A post keeps
 * its date, named by its folder.
 */
function hugoSpellings(draft: Draft, treePath: string, published: string): string[] {
  const url = hugoUrl(treePath, draft.meta.url);
  if (url !== undefined) return [`/${draft.locale}${hugoUrlFolder(url)}`];
  return [hugoSanitize, hugo111Sanitize].map((sanitize) => {
    if (draft.kind === "post") {
      const folder = path.posix.basename(path.posix.dirname(treePath));
      return published.replace(/[^/]+\/$/, `${sanitize(folder).toLowerCase()}/`);
    }
    return `/${draft.locale}/${hugoPageAddress(treePath, draft.meta.slug, sanitize)}/`.replace(/\/+$/, "/");
  });
}
