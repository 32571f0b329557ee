// Where Hugo wrote a page or a post, as it wrote it: its `url`, its section's
// permalink pattern, or its place in the tree named by its `slug`, through
// Hugo's sanitizer. This site keeps pages at these addresses, and posts at
// their date and name with Hugo's address leading to them.
import path from "node:path";
import type { Locale } from "@/i18n/routing";
import {
  expandPermalink,
  foldPermalink,
  homePath,
  hugoAliasesOf,
  hugoSanitize,
  pagePath,
  withinLanguage,
} from "@/lib/urls";
import { readWrittenDate, type FrontMatter, type WrittenDate } from "./schema";
import { isSectionIndex } from "./tree";

/** Hugo's `:filename`: a file's name without extension, a leaf bundle's (`name/index.md`) its folder's. */
export function hugoFileName(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, "");
  return base === "index" ? path.basename(path.dirname(file)) : base;
}

/** How Hugo placed a language's pages: the config's permalink pattern by section, and the folders that are sections. */
export type HugoPermalinks = {
  patterns: Readonly<Record<string, string>>;
  /** The folders with an `_index` in this language (`blog/deep`): Hugo's sections in a page's `:sections`. */
  sectionFolders: ReadonlySet<string>;
};

export const NO_PERMALINKS: HugoPermalinks = { patterns: {}, sectionFolders: new Set() };

/**
 * Where Hugo wrote a page or a post, as it wrote it: at its `url`, else by its section's permalink pattern (on
 * `date`, a post's as its date sources read it), else at its place in the tree, named by its `slug`.
 */
export function hugoWrittenAddress(
  treePath: string,
  meta: FrontMatter,
  permalinks: HugoPermalinks,
  date?: WrittenDate,
): string {
  return (
    hugoUrl(treePath, meta.url) ??
    sectionPermalink(treePath, meta, permalinks, date) ??
    hugoPageAddress(treePath, meta.slug)
  );
}

/**
 * A page's address from its section's permalink pattern in the config, for a page (not a section's own file), on
 * the date Hugo gave it: a post's as its date sources read it, another page's from `date`.
 */
function sectionPermalink(
  treePath: string,
  meta: FrontMatter,
  permalinks: HugoPermalinks,
  date = meta.date ? readWrittenDate(meta.date) : undefined,
): string | undefined {
  const [section, ...below] = treePath.split("/");
  const pattern = permalinks.patterns[section];
  const filename = hugoFileName(treePath);
  // A section's own `_index` (at any depth), or a bundle that is the section's folder itself, is no page of it.
  const ownFile = isSectionIndex(treePath) || (below.length === 1 && /^index\./i.test(below[0]));
  if (!pattern || below.length === 0 || ownFile) return undefined;
  const sections = sectionEntries(treePath, permalinks.sectionFolders);
  return expandPermalink(pattern, { title: meta.title ?? filename, slug: meta.slug, filename, sections, date });
}

/**
 * Hugo's entries for a page's nearest section (the deepest folder above it with an `_index` in its language, else its
 * top-level folder), as `:sections` cuts them. A top-level folder without an `_index` has an empty last entry
 * (`["blog", ""]`, so `:sections[last]` is empty): checked with Debian's hugo 0.111.
 */
function sectionEntries(treePath: string, sectionFolders: ReadonlySet<string>): string[] {
  const folders = treePath.split("/").slice(0, -1);
  for (let depth = folders.length; depth > 1; depth--) {
    if (sectionFolders.has(folders.slice(0, depth).join("/"))) return folders.slice(0, depth);
  }
  return sectionFolders.has(folders[0]) ? [folders[0]] : [folders[0], ""];
}

/** A Hugo page's address from its place in the tree: `jobs/_index.html` and `jobs/index.md` are `jobs`, `a/b.md` is `a/b`. */
export function hugoPageAddress(treePath: string, slug?: string, sanitize = hugoSanitize): string {
  const withoutExtension = treePath.replace(/\.[^./]+$/, "");
  const address = withoutExtension.replace(/(?:^|\/)_?index$/, "");
  // `slug` names the last segment of a page, a bundle's (`name/index.md`) too, not of a section's own file.
  const isPage = address === withoutExtension || (address !== "" && !isSectionIndex(treePath));
  const named = slug && isPage ? address.replace(/[^/]*$/, slug) : address;
  // Hugo wrote the path as its sanitizer kept it (`l'équipe` is `léquipe`), as for posts.
  return sanitize(named).toLowerCase();
}

/**
 * A Hugo page's `url` as Hugo wrote it: a page's as written, a section's list
 * as its sanitizer keeps it, in lower case (`/Our Team's Plan/` is `/our-teams-plan/`).
 */
export function hugoUrl(treePath: string, url: string | undefined): string | undefined {
  if (url === undefined || !isSectionIndex(treePath) || !treePath.includes("/")) return url;
  return hugoSanitize(url).toLowerCase();
}

/** A Hugo page's canonical path: its address folded, the home for the language's own `_index`. */
export function hugoPagePath(locale: Locale, address: string): string {
  return foldPermalink(address) ? pagePath(locale, address) : homePath(locale);
}

/**
 * Every address Hugo wrote for a file it made a page of, within its language: where it wrote the page (its `url`,
 * read within the language, else its section's permalink or its place) and its `aliases`, a relative one beside it.
 */
export function hugoAddressesOf(
  treePath: string,
  meta: FrontMatter,
  locale: Locale,
  permalinks: HugoPermalinks,
): string[] {
  const url = meta.url === undefined ? undefined : withinLanguage(meta.url, locale);
  const address = hugoWrittenAddress(treePath, { ...meta, url }, permalinks);
  const page = `/${address.replace(/^\/+|\/+$/g, "")}/`;
  return [address, ...hugoAliasesOf(meta.aliases ?? [], locale, page, url)];
}
