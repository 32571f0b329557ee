// Files of a Hugo tree's content folders that are not content (`report.pdf`
// beside a page's `index.md`, a picture in a post's folder): Hugo publishes
// each as it is, below the address of the page whose folder holds it, and so
// does this site.
import path from "node:path";
import { routing, type Locale } from "@/i18n/routing";
import { blogPath, hugo111Sanitize, hugoSanitize, hugoUrlFolder } from "@/lib/urls";
import type { Draft } from "./drafts";
import { hugoPageAddress, hugoUrl } from "./hugo-addresses";
import { hugoLanguageDir, isHugoContentFile, isHugoFile, isIgnoredByHugo, listFiles } from "./tree";

export type PageResource = { locale: Locale; path: string; absolute: string };

/** A language's blog section file (`blog/_index.md`), which is no page here: the blog stands at its address. */
export type BlogSection = { locale: Locale; url?: string };

/** A folder with an `index` or `_index` page: where its files are published. */
type Owner = { path?: string; hugoPaths?: string[]; leaf: boolean };

/** A file of a language's content folder that is not content, with the folder that owns it. */
type OwnedFile = { folder: string; below: string; absolute: string };

/**
 * Every such file with its address here (`/en/report/report.pdf`). A folder
 * with an `index` or `_index` owns the files below it; a file with no such
 * folder above it belongs to the home. A page not published publishes no file.
 * A page's file is also published with the other language's page at the same
 * place in its tree, where that one has no file of that name: Hugo shares a
 * bundle's files between its translations.
 */
export function hugoPageResources(
  root: string,
  drafts: readonly Draft[],
  publishedPath: (draft: Draft) => string | undefined,
  blogSections: readonly BlogSection[],
): PageResource[] {
  const owners = new Map(
    routing.locales.map((locale) => [locale, ownersIn(root, locale, drafts, publishedPath, blogSections)]),
  );
  const files = new Map(routing.locales.map((locale) => [locale, ownedFilesIn(root, locale, owners.get(locale))]));
  return routing.locales.flatMap((locale) => {
    const mine = owners.get(locale) ?? new Map<string, Owner>();
    const own = files.get(locale) ?? [];
    const names = new Set(own.map((file) => `${file.folder}/${file.below}`));
    const shared = otherLocales(locale).flatMap((other) =>
      (files.get(other) ?? []).filter((file) => {
        const theirs = owners.get(other)?.get(file.folder);
        const ours = mine.get(file.folder);
        // A translation at the same place, both pages of the tree (not the home every language has): a leaf
        // bundle shares every file below it, a section only those directly in its folder.
        const bundled = theirs?.leaf || !file.below.includes("/");
        const pages = theirs?.hugoPaths && theirs.path && ours?.hugoPaths && ours.path;
        return pages && bundled && !names.has(`${file.folder}/${file.below}`);
      }),
    );
    return [...own, ...shared].flatMap((file) => {
      const owner = mine.get(file.folder);
      // Also where Hugo wrote it, below its page's address as Hugo spelt it (`été/`, `v1.2/`), where this site folds it.
      const addresses = [owner?.path, ...(owner?.hugoPaths ?? [])].flatMap((address) =>
        address ? [`${address}${file.below}`] : [],
      );
      return [...new Set(addresses)].map((address) => ({ locale, path: address, absolute: file.absolute }));
    });
  });
}

const otherLocales = (locale: Locale) => routing.locales.filter((other) => other !== locale);

/** A language's folders with an index page, the home's among them, and where each one's files are published. */
function ownersIn(
  root: string,
  locale: Locale,
  drafts: readonly Draft[],
  publishedPath: (draft: Draft) => string | undefined,
  blogSections: readonly BlogSection[],
): Map<string, Owner> {
  const owners = new Map<string, Owner>([[".", { path: `/${locale}/`, leaf: false }]]);
  const dir = hugoLanguageDir(root, locale);
  if (!dir) return owners;
  // The blog's files are published below the blog, where Hugo wrote them below its section's `url` or folder.
  for (const blog of blogSections.filter((section) => section.locale === locale)) {
    const url = hugoUrl("blog/_index.md", blog.url);
    const hugoPath = `/${locale}${url === undefined ? "/blog/" : hugoUrlFolder(url)}`;
    owners.set("blog", { path: blogPath(locale), hugoPaths: [hugoPath], leaf: false });
  }
  for (const draft of drafts) {
    if (draft.locale !== locale || !isHugoFile(draft.file)) continue;
    const treePath = path.relative(dir, draft.file.absolute).split(path.sep).join("/");
    const name = path.posix.basename(treePath);
    if (!/^_?index\./i.test(name)) continue;
    const published = publishedPath(draft);
    owners.set(path.posix.dirname(treePath), {
      path: published,
      hugoPaths: published ? hugoSpellings(draft, treePath, published) : [],
      leaf: !name.startsWith("_"),
    });
  }
  return owners;
}

/** A language's files that are not content, each with the nearest folder above it that has an index page. */
function ownedFilesIn(root: string, locale: Locale, owners: ReadonlyMap<string, Owner> | undefined): OwnedFile[] {
  const dir = hugoLanguageDir(root, locale);
  if (!dir || !owners) return [];
  return listFiles(dir).flatMap((relative) => {
    const treePath = relative.split(path.sep).join("/");
    if (isHugoContentFile(treePath) || isIgnoredByHugo(treePath)) return [];
    let folder = path.posix.dirname(treePath);
    while (!owners.has(folder)) folder = path.posix.dirname(folder);
    const below = folder === "." ? treePath : treePath.slice(folder.length + 1);
    return [{ folder, below, absolute: path.join(dir, relative) }];
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
  return [hugoSanitize, hugo111Sanitize]
    .map((sanitize) => {
      if (draft.kind === "post") {
        const folder = path.posix.basename(path.posix.dirname(treePath));
        return published.replace(/[^/]+\/$/, `${sanitize(folder).toLowerCase()}/`);
      }
      return `/${draft.locale}/${hugoPageAddress(treePath, draft.meta.slug, sanitize)}/`.replace(/\/+$/, "/");
    })
    .concat(
      // Where Hugo wrote the page, as it wrote its address, in lower case, accents and all: a section's permalink
      // (`/archive/:slug/`, a blog's `/:section/:filename/`) may have placed it away from its folder.
      [draft.kind === "page" ? draft.writtenSlug : draft.hugoAddress].flatMap((written) =>
        written ? [`/${draft.locale}/${written.toLowerCase()}/`.replace(/\/{2,}/g, "/")] : [],
      ),
    );
}
