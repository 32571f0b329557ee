// The content the production build was made from, so the suite checks every
// page of whichever tree was built (the repo's content/ or CONTENT_DIR).
import fs from "node:fs";
import path from "node:path";
import { otherLocale, routing, type Locale } from "@/i18n/routing";
import { siteContentSchema, type Page, type Post, type Tag } from "@/lib/content/model";
import { GENERATED_CONTENT_FILE, bodyFileOf } from "@/lib/content/store-path";
import { blogPath, homePath, searchPath, tagIndexPath, tagPath, untranslatedPath } from "@/lib/urls";
import { frontMatterOf, treeEntry } from "./tree";

export const site = siteContentSchema.parse(JSON.parse(fs.readFileSync(GENERATED_CONTENT_FILE, "utf8")));
export const locales: readonly Locale[] = routing.locales;
export const POSTS_PER_PAGE = 10;
/** A tag's posts are on one page up to this many, as the department's Hugo tag pages showed them all. */
export const TAGGED_POSTS_PER_PAGE = 30;

/** The rendered body the build stored for a post or page. */
export function bodyOf(entry: Post | Page): string {
  return fs.readFileSync(bodyFileOf(entry.path), "utf8");
}

/** Whether this build is of the repo's own content/ (the tree whose screenshots are committed). */
export const isOwnContent = path.resolve(site.root) === path.resolve("content");

/**
 * Why a check of the application itself is skipped on other trees: what it
 * tests (the copy button, printing, the security policy at work, rendering on
 * demand, the layout's fixed parts) does not depend on the tree, and a browser
 * check costs seconds on this two-core machine, so it runs once, on content/.
 */
export const APPLICATION_ONLY = `it checks the application, the same on every tree, so it runs on content/ only; this build is of ${site.root}`;

export function postsIn(locale: Locale): Post[] {
  return site.posts.filter((post) => post.locale === locale);
}

export function entries(): Array<Post | Page> {
  return [...site.posts, ...site.pages];
}

/** The URL of an entry's translation, as the tree's files name it (e2e/tree.ts), not as the build paired it. */
export function expectedTranslation(entry: Post | Page): string | undefined {
  const translation = treeEntry(entry.source)?.translation;
  return translation ? treeEntry(translation)?.path : undefined;
}

/**
 * The translation search engines are told (hreflang): the tree's translation
 * of the entry, where that file names the entry back, as hreflang must be mutual.
 */
export function expectedMutualTranslation(entry: Post | Page): string | undefined {
  const translation = treeEntry(entry.source)?.translation;
  return translation && treeEntry(translation)?.translation === entry.source ? expectedTranslation(entry) : undefined;
}

/**
 * Where an entry's language toggle must land: its translation, else, for a
 * post, the other language's page saying it is untranslated, for a page, the other home.
 */
export function expectedToggle(entry: Post | Page): string {
  const other = otherLocale(entry.locale);
  return expectedTranslation(entry) ?? (entry.kind === "post" ? untranslatedPath(other, entry.path) : homePath(other));
}

export function tagsIn(locale: Locale): Tag[] {
  return site.tags.filter((tag) => tag.locale === locale);
}

/** A sample query for each language: a word of its newest post's title that search can find. */
export function sampleQuery(locale: Locale): string {
  const title = postsIn(locale)[0]?.title ?? "";
  return title.split(/[\s’'"«»:;,.!?()]+/).filter((word) => word.length > 4)[0] ?? "service";
}

/** A post that has a translation, and one page that has one, for the checks that need a sample. */
export function samplePost(locale: Locale): Post {
  const post = postsIn(locale).find((candidate) => candidate.translationPath) ?? postsIn(locale)[0];
  if (!post) throw new Error(`no ${locale} post in the built content`);
  return post;
}

export function samplePage(locale: Locale): Page | undefined {
  return site.pages.find((page) => page.locale === locale && page.translationPath);
}

/** The front matter of an entry's source file, as the editor wrote it. */
export function sourceFrontMatter(entry: Post | Page): Record<string, unknown> {
  // A list Hugo makes for a folder (`content/en/legal/`) has no file, so no front matter.
  if (entry.source.endsWith("/")) return {};
  return frontMatterOf(path.join(site.root, entry.source));
}

/** The text of an entry's source file as written; empty for a folder's list. */
export function sourceText(entry: Post | Page): string {
  return entry.source.endsWith("/") ? "" : fs.readFileSync(path.join(site.root, entry.source), "utf8");
}

/**
 * One page of each kind in both languages, for checks made page by page in a
 * browser (axe, security policy). `applicationPages: false` leaves out the
 * pages whose every part but the shared header and footer is the
 * application's (the language selection, the 404s, the search form and a
 * search with no result): the header and footer hold the tree's menus, which
 * its home shows too, so on another tree they teach a browser check nothing.
 */
export function pagesOfEachKind({ applicationPages = true } = {}): Array<[string, string]> {
  const pages: Array<[string, string]> = [];
  const application = (...entries: Array<[string, string]>) => {
    if (applicationPages) pages.push(...entries);
  };
  application(["language selection", "/"]);
  for (const locale of locales) {
    pages.push([`${locale} home`, homePath(locale)], [`${locale} blog`, blogPath(locale)]);
    pages.push([`${locale} post`, samplePost(locale).path]);
    application([`${locale} 404`, `/${locale}/nope/`]);
    const page = samplePage(locale);
    if (page) pages.push([`${locale} page`, page.path]);
    // A Hugo site's pages show more than a body, by their layout: one of each.
    for (const layout of new Set(site.pages.map((entry) => entry.view.layout))) {
      const shown = site.pages.find((entry) => entry.locale === locale && entry.view.layout === layout);
      if (shown && shown.path !== page?.path) pages.push([`${locale} ${layout} page`, shown.path]);
    }
    pages.push([`${locale} tag index`, tagIndexPath(locale)]);
    // A tag with posts, where there is one: a tag whose posts are all gone shows no date (date-modified.spec.ts).
    const tag = tagsIn(locale).find((candidate) => candidate.posts.length > 0) ?? tagsIn(locale)[0];
    if (tag) pages.push([`${locale} tag page`, tagPath(locale, tag.slug)]);
    const untranslated = postsIn(otherLocale(locale)).find((post) => !post.translationPath);
    if (untranslated) pages.push([`${locale} untranslated notice`, untranslatedPath(locale, untranslated.path)]);
    application([`${locale} search`, searchPath(locale)]);
    pages.push([`${locale} search results`, searchPath(locale, sampleQuery(locale))]);
    application([`${locale} search without result`, searchPath(locale, "zzqxj")]);
  }
  application(["bilingual 404", "/nope/"]);
  return pages;
}
