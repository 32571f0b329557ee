// The old addresses of a Hugo site's lists, which have no file of their own
// to carry `aliases`: the blog section's `url` and `aliases`, the blog's
// subsections (`blog/posts/_index.md`), the product records Hugo wrote pages
// for, and Hugo's taxonomy lists. Each leads to the
// list of this site that shows the same things.
import path from "node:path";
import { routing, type Locale } from "@/i18n/routing";
import type { MenuItem } from "@/lib/content/model";
import { HUGO_CATEGORIES_SEGMENT, HUGO_TAGS_SEGMENT, TRANSLATED_SEGMENTS } from "@/lib/site";
import { blogPath, blogSegment, foldPermalink, homePath, searchPath, tagIndexPath, withoutOrigin } from "@/lib/urls";
import type { FindingList } from "./findings";
import type { HugoSite } from "./hugo-site";
import type { RawFile } from "./frontmatter";
import type { FrontMatter } from "./schema";
import { HUGO_SPECIAL_FOLDERS, hugoLanguageDir, hugoSiteRoot, hugoContentFilesIn, isSectionIndex } from "./tree";

export type SectionFile = { locale: Locale; relative: string; raw: RawFile; meta: FrontMatter };

const under = (locale: Locale, address: string) => `/${locale}/${foldPermalink(address)}/`;

/** Folded old path (with language prefix) → canonical path, for a Hugo tree; none for a Jekyll one. */
export function hugoListAliases(root: string, site: HugoSite, sections: readonly SectionFile[]): Map<string, string> {
  const aliases = new Map<string, string>();
  if (!hugoSiteRoot(root)) return aliases;
  for (const locale of routing.locales) {
    const section = sections.find((file) => file.locale === locale);
    for (const old of [section?.meta.url, ...(section?.meta.aliases ?? []), "blog"]) {
      if (old && foldPermalink(old) && under(locale, old) !== blogPath(locale))
        aliases.set(under(locale, old), blogPath(locale));
    }
    // A folder of the blog with its own `_index` is a section to Hugo, which listed its posts at its path.
    const blog = path.join(hugoLanguageDir(root, locale) ?? "", HUGO_SPECIAL_FOLDERS.blog);
    for (const file of hugoContentFilesIn(blog).filter(isSectionIndex)) {
      const folder = path.dirname(file).split(path.sep).join("/");
      if (folder !== ".") aliases.set(under(locale, `${HUGO_SPECIAL_FOLDERS.blog}/${folder}`), blogPath(locale));
    }
    aliases.set(under(locale, "our-products"), homePath(locale));
    // A record's page, where Hugo wrote one, and its aliases lead to the home, which lists the records.
    for (const product of site.products.filter((record) => record.locale === locale)) {
      for (const address of product.addresses)
        if (foldPermalink(address)) aliases.set(under(locale, address), homePath(locale));
    }
    aliases.set(under(locale, HUGO_TAGS_SEGMENT), tagIndexPath(locale));
    aliases.set(under(locale, HUGO_CATEGORIES_SEGMENT), tagIndexPath(locale));
  }
  return aliases;
}

/** The lists' own paths, so that links and menus naming them resolve. */
export function knownListPaths(): Map<string, string> {
  return new Map(
    routing.locales.flatMap((locale) => [
      [blogPath(locale), blogPath(locale)],
      [tagIndexPath(locale), tagIndexPath(locale)],
      [searchPath(locale), searchPath(locale)],
    ]),
  );
}

/** Whether a link names one of the site's lists (the blog, tags, search), which answer whatever their page. */
export function isListPath(href: string): boolean {
  const segments = foldPermalink(withoutOrigin(href).replace(/[?#].*$/, "")).split("/");
  const first = routing.locales.some((locale) => locale === segments[0]) ? segments[1] : segments[0];
  const lists = Object.values(TRANSLATED_SEGMENTS).flatMap((names) => Object.values(names));
  return (
    first !== undefined &&
    [...lists, HUGO_TAGS_SEGMENT, HUGO_CATEGORIES_SEGMENT, ...routing.locales.map(blogSegment)].includes(first)
  );
}

/** Each language's menu, its links resolved to this site's paths; an entry that names nothing is left out, and said. */
export function resolveMenus(
  site: HugoSite,
  resolve: (url: string, locale: Locale) => string | undefined,
  findings: FindingList,
): Partial<Record<Locale, MenuItem[]>> {
  return Object.fromEntries(
    routing.locales.flatMap((locale) => {
      const items = site.menus[locale];
      if (!items) return [];
      const resolved = items.flatMap(({ name, url, at }) => {
        const path = resolve(url.trim(), locale);
        if (!path)
          findings.warning(
            at.file,
            at.line,
            `the ${locale} menu's ${name} links to ${url}, which names no page; fix its url`,
          );
        return path ? [{ name, path }] : [];
      });
      return [[locale, resolved]];
    }),
  );
}
