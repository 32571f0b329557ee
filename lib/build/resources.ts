// Files of a Hugo tree's content folders that are not content (`report.pdf`
// beside a page's `index.md`, a picture in a post's folder): Hugo publishes
// each as it is, below the address of the page whose folder holds it, and so
// does this site.
import path from "node:path";
import { routing, type Locale } from "@/i18n/routing";
import { blogPath, hugo111Sanitize, hugoSanitize, hugoUrlFolder } from "@/lib/urls";
import type { Draft } from "./drafts";
import { hugoPageAddress, hugoUrl } from "./hugo-addresses";
import {
  hugoContentDir,
  hugoLanguageDir,
  hugoSectionFolders,
  isHugoContentFile,
  isHugoFile,
  isHugoPlainHtml,
  isIgnoredByHugo,
  listFiles,
  type SourceFile,
} from "./tree";

export type PageResource = { locale: Locale; path: string; absolute: string };

/** A language's blog section file (`blog/_index.md`), which is no page here: the blog stands at its address. */
export type BlogSection = { locale: Locale; url?: string };

/** A folder with an `index` or `_index` page: where its files are published. */
type Owner = { path?: string; hugoPaths?: string[]; leaf: boolean };

/** A file of a language's content folder that is not content, with the folder that owns it. */
type OwnedFile = { folder: string; below: string; treePath: string; absolute: string };

/**
 * Every such file with its address here (`/en/report/report.pdf`). A folder
 * with an `index` or `_index` owns the files below it; a file with no such
 * folder above it belongs to the home. A page not published publishes no file.
 * A page's file is also published with the other language's page at the same
 * place in its tree, where that one has no file of that name: Hugo shares a
 * bundle's files between its translations. An HTML document Hugo copied as a
 * file (tree.ts `isHugoPlainHtml`) is one, unless this site reads it as a page
 * or a stub (`readAsContent`).
 */
export function hugoPageResources(
  root: string,
  drafts: readonly Draft[],
  publishedPath: (draft: Draft) => string | undefined,
  blogSections: readonly BlogSection[],
  readAsContent: readonly SourceFile[],
): PageResource[] {
  const read = new Set(readAsContent.map((file) => file.absolute));
  return placedFiles(
    root,
    drafts,
    publishedPath,
    blogSections,
    (treePath, absolute) =>
      !isHugoContentFile(treePath) ||
      // An `index.html` Hugo copied is this site's stub or page for its folder, or Hugo's list of it wrote over it.
      (isHugoPlainHtml(absolute) && !read.has(absolute) && path.posix.basename(treePath) !== "index.html"),
  );
}

/** Every address Hugo copied each of `files` to (a redirect stub, with its page's files), as hugoPageResources places them. */
export function hugoFileCopies(
  root: string,
  drafts: readonly Draft[],
  publishedPath: (draft: Draft) => string | undefined,
  blogSections: readonly BlogSection[],
  files: ReadonlySet<string>,
): PageResource[] {
  return placedFiles(root, drafts, publishedPath, blogSections, (_treePath, absolute) => files.has(absolute));
}

function placedFiles(
  root: string,
  drafts: readonly Draft[],
  publishedPath: (draft: Draft) => string | undefined,
  blogSections: readonly BlogSection[],
  isPlaced: (treePath: string, absolute: string) => boolean,
): PageResource[] {
  const owners = new Map(
    routing.locales.map((locale) => [locale, ownersIn(root, locale, drafts, publishedPath, blogSections)]),
  );
  const files = new Map(
    routing.locales.map((locale) => [locale, ownedFilesIn(root, locale, owners.get(locale), isPlaced)]),
  );
  const content = hugoContentDir(root);
  return routing.locales.flatMap((locale) => {
    const mine = owners.get(locale) ?? new Map<string, Owner>();
    // A page's own file of that name, or a page of that name (`x.html` with front matter), takes its place.
    const names = new Set(treePathsIn(root, locale));
    const shared = otherLocales(locale).flatMap((other) => {
      const theirSections = content ? hugoSectionFolders(content, [other]) : new Set<string>();
      return (files.get(other) ?? []).flatMap((file): OwnedFile[] => {
        if (names.has(file.treePath)) return [];
        const folder = sharingFolder(file.treePath, mine, theirSections);
        return folder === undefined ? [] : [{ ...file, folder, below: belowFolder(file.treePath, folder) }];
      });
    });
    return [...(files.get(locale) ?? []), ...shared].flatMap((file) => {
      const owner = mine.get(file.folder);
      // Also where Hugo wrote it, below its page's address as Hugo spelt it (`été/`, `v1.2/`), where this site folds it.
      const addresses = [owner?.path, ...(owner?.hugoPaths ?? [])].flatMap((address) =>
        address ? [`${address}${file.below}`] : [],
      );
      return [...new Set(addresses)].map((address) => ({ locale, path: address, absolute: file.absolute }));
    });
  });
}

/**
 * The folder of a language's page that also publishes another language's file at `treePath`, as Hugo shares a
 * page's files between translations (checked with Debian's hugo): the nearest page bundle above it, which takes
 * every file below it from either language; else a section at its own folder, where the file's language has an
 * `_index` too, though one not published (a draft). Neither is the home every language has without an `_index`.
 */
function sharingFolder(
  treePath: string,
  mine: ReadonlyMap<string, Owner>,
  theirSections: ReadonlySet<string>,
): string | undefined {
  const isPage = (owner: Owner | undefined) => owner?.hugoPaths !== undefined && owner.path !== undefined;
  const dir = path.posix.dirname(treePath);
  for (let folder = dir; folder !== "."; folder = path.posix.dirname(folder)) {
    const owner = mine.get(folder);
    if (owner?.leaf) return isPage(owner) ? folder : undefined;
  }
  const section = mine.get(dir);
  return isPage(section) && !section?.leaf && theirSections.has(dir) ? dir : undefined;
}

/** A language's files, by their path below its folder, as Hugo sees them (not those it passes over). */
const treePathsIn = (root: string, locale: Locale) =>
  listFiles(hugoLanguageDir(root, locale) ?? "")
    .map((relative) => relative.split(path.sep).join("/"))
    .filter((treePath) => !isIgnoredByHugo(treePath));

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
  // An `index` in a folder that is a section in any language is a page of that section, holding no files.
  const sections = hugoSectionFolders(path.dirname(dir));
  for (const draft of drafts) {
    if (draft.locale !== locale || !isHugoFile(draft.file)) continue;
    const treePath = path.relative(dir, draft.file.absolute).split(path.sep).join("/");
    const name = path.posix.basename(treePath);
    if (!/^_?index\./i.test(name)) continue;
    if (!name.startsWith("_") && sections.has(path.posix.dirname(treePath))) continue;
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
function ownedFilesIn(
  root: string,
  locale: Locale,
  owners: ReadonlyMap<string, Owner> | undefined,
  isPlaced: (treePath: string, absolute: string) => boolean,
): OwnedFile[] {
  const dir = hugoLanguageDir(root, locale);
  if (!dir || !owners) return [];
  return listFiles(dir).flatMap((relative) => {
    const treePath = relative.split(path.sep).join("/");
    if (isIgnoredByHugo(treePath) || !isPlaced(treePath, path.join(dir, relative))) return [];
    const folder = ownerFolder(path.posix.dirname(treePath), owners);
    const below = belowFolder(treePath, folder);
    return [{ folder, below, treePath, absolute: path.join(dir, relative) }];
  });
}

/** Where a file stands below a folder of its tree. */
const belowFolder = (treePath: string, folder: string) =>
  folder === "." ? treePath : treePath.slice(folder.length + 1);

/**
 * The folder whose page a file in `dir` is published with (checked with Debian's hugo): its own folder's page; else
 * the nearest page bundle above it, which holds every file below it; else none but the home, at the file's place in
 * the tree (a section holds only the files directly in its folder, which its `url` moves).
 */
function ownerFolder(dir: string, owners: ReadonlyMap<string, Owner>): string {
  if (owners.has(dir)) return dir;
  for (let folder = dir; folder !== ".";) {
    folder = path.posix.dirname(folder);
    if (owners.get(folder)?.leaf) return folder;
  }
  return ".";
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
