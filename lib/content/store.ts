// The content as the build left it (lib/content/stored.ts), and the
// questions pages ask about it.
import { otherLocale, type Locale } from "@/i18n/routing";
import { absoluteUrl, compactSlug, foldSlug, shareCardPath } from "@/lib/urls";
import {
  latestModified,
  siteContentSchema,
  type Modified,
  type Page,
  type Picture,
  type Post,
  type Section,
  type Tag,
} from "./model";
import { POSTS_PER_PAGE, TAGGED_POSTS_PER_PAGE, pageCount } from "./prerender";
import { readStoredBody, readStoredContent } from "./stored";
import stamp from "./generated/stamp.json";

export type { Card, Modified, Page, PageView, Picture, Post, Product, Section, Tag } from "./model";
export { latestModified } from "./model";
export { POSTS_PER_PAGE, pageCount, tagPageCount } from "./prerender";

export const content = siteContentSchema.parse(readStoredContent());

/**
 * When the content read above was built. Imported rather than read so that
 * `next dev` reloads this module, and so the content, each time the content
 * step runs again (scripts/dev.ts).
 */
export const contentBuiltAt: number = stamp.built;

/** The rendered HTML of a post's or page's body, read when that page is rendered. */
export function bodyOf(entry: Post | Page): string {
  return readStoredBody(entry.path);
}

/** A picture of the tree as the build prepared it, by the address a page writes it at; none for another host's. */
export function pictureOf(src: string): Picture | undefined {
  return Object.hasOwn(content.pictures, src) ? content.pictures[src] : undefined;
}

const RELATED_POSTS = 3;

const postByPath = new Map(content.posts.map((post) => [post.path, post]));
const entryByPath = new Map<string, Post | Page>([
  ...postByPath,
  ...content.pages.map((page) => [page.path, page] as const),
]);

// Asked by every page: sorted once, newest first, per language.
const postsByLocale = new Map<Locale, Post[]>();

export function postsIn(locale: Locale): Post[] {
  const known = postsByLocale.get(locale);
  if (known) return known;
  const posts = content.posts.filter((post) => post.locale === locale);
  postsByLocale.set(locale, posts);
  return posts;
}

export function pagesIn(locale: Locale): Page[] {
  return content.pages.filter((page) => page.locale === locale);
}

/** A Hugo tree's own home page (`content/{locale}/_index.html`), which the language's home shows; none in a Jekyll tree. */
export function homePageIn(locale: Locale): Page | undefined {
  return content.homes.find((home) => home.locale === locale);
}

/** The pages the footer links, in their order. */
export function footerPagesIn(locale: Locale): Page[] {
  return pagesIn(locale)
    .filter((page) => page.inFooter)
    .toSorted((a, b) => (a.navOrder ?? 99) - (b.navOrder ?? 99));
}

/** The main menu of `locale`, where the tree has one. */
export function menuIn(locale: Locale) {
  return content.menus[locale];
}

const stubByPath = new Map(content.stubs.map((stub) => [stub.path, stub]));

/**
 * Where a redirect stub's address, or an old address of a list, leads: a path
 * of this site or an outside URL. Hugo also wrote a stub at its own file name
 * (`a11y/_index.html`, `legal/terms.html`), and that name leads there too.
 */
export function formerListOrStubTarget(foldedPath: string): string | undefined {
  const target = (path: string) => stubByPath.get(path)?.target ?? content.listAliases[path];
  return target(foldedPath) ?? target(foldedPath.replace(/(?:\/_?index)?-html\/$/, "/"));
}

/** Whether a folded path is one of the old addresses the build resolved (a list's, a stub's own file name). */
export function isListAlias(foldedPath: string): boolean {
  return Object.hasOwn(content.listAliases, foldedPath);
}

export function allEntries(): Array<Post | Page> {
  return [...content.posts, ...content.pages];
}

export function entryAt(path: string): Post | Page | undefined {
  return entryByPath.get(path);
}

/**
 * An entry's translation as search engines are told it (hreflang, the
 * sitemap): only one that names the entry back, as hreflang must be mutual.
 * Where two files of a language share a key, the toggle still leads to the
 * translation; the tags do not claim a pair that is not one.
 */
export function mutualTranslationOf(entry: Post | Page): string | undefined {
  const partner = entry.translationPath ? entryByPath.get(entry.translationPath) : undefined;
  return partner?.translationPath === entry.path ? entry.translationPath : undefined;
}

export function postAt(path: string): Post | undefined {
  return postByPath.get(path);
}

export function pageAt(path: string): Page | undefined {
  const entry = entryByPath.get(path);
  return entry?.kind === "page" ? entry : undefined;
}

export function onePage<T>(items: readonly T[], page: number, perPage = POSTS_PER_PAGE): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** The posts on one page of a tag's list, newest first. */
export function taggedPage(tag: Tag, page: number): Post[] {
  return onePage(postsTagged(tag), page, TAGGED_POSTS_PER_PAGE);
}

export function blogPageCount(locale: Locale): number {
  return pageCount(postsIn(locale).length);
}

export function blogPage(locale: Locale, page: number): Post[] {
  return onePage(postsIn(locale), page);
}

/** The blog section's own text in `locale`, in a Hugo tree. */
export function sectionIn(locale: Locale): Section | undefined {
  return content.sections.find((section) => section.locale === locale);
}

/** The newer and older posts next to `post` in its own language. */
export function neighbours(post: Post): { newer?: Post; older?: Post } {
  const posts = postsIn(post.locale);
  const index = posts.findIndex((candidate) => candidate.path === post.path);
  return { newer: posts[index - 1], older: posts[index + 1] };
}

/** Up to three posts in the same language: most shared tags first, then nearest in date. */
export function relatedPosts(post: Post): Post[] {
  const shared = (other: Post) => other.tags.filter((tag) => post.tags.includes(tag)).length;
  const better = (a: { shared: number; distance: number }, b: { shared: number; distance: number }) =>
    a.shared - b.shared || b.distance - a.distance;
  // One pass keeping the best three: every post page asks, and sorting the whole language each time adds up.
  const best: Array<{ other: Post; shared: number; distance: number }> = [];
  for (const other of postsIn(post.locale)) {
    if (other.path === post.path) continue;
    const candidate = { other, shared: shared(other), distance: Math.abs(other.date.instant - post.date.instant) };
    if (best.length === RELATED_POSTS && better(candidate, best[RELATED_POSTS - 1]) <= 0) continue;
    best.splice(RELATED_POSTS - 1, 1, candidate);
    best.sort((a, b) => better(b, a));
  }
  return best.map(({ other }) => other);
}

/** Posts of the other language that have no translation into `locale`: each gets a notice page in `locale`. */
export function untranslatedInto(locale: Locale): Post[] {
  return postsIn(otherLocale(locale)).filter((post) => !post.translationPath);
}

/** Whether a post or a page carries the tag: Hugo listed such a term among the site's tags. */
export const isCarried = (tag: Pick<Tag, "posts" | "pages">) => tag.posts.length > 0 || tag.pages.length > 0;

export function tagsIn(locale: Locale): Tag[] {
  return content.tags.filter((tag) => tag.locale === locale);
}

export function tagAt(locale: Locale, slug: string): Tag | undefined {
  return content.tags.find((tag) => tag.locale === locale && tag.slug === slug);
}

/**
 * The tag a Hugo tag address names, in Hugo's spelling of its name: Hugo kept
 * a `/` and dropped an apostrophe (`gc-sign-in-/-gc-connexion`,
 * `générateur-davis-…`) where this site's slug has hyphens.
 */
export function tagSpelled(locale: Locale, written: string): Tag | undefined {
  const compact = compactSlug(written);
  return tagAt(locale, foldSlug(written)) ?? content.tags.find((tag) => tag.locale === locale && compactSlug(tag.slug) === compact);
}

export function tagsOf(post: Post): Tag[] {
  return post.tags.flatMap((slug) => tagAt(post.locale, slug) ?? []);
}

export function postsTagged(tag: Tag): Post[] {
  return tag.posts.flatMap((path) => postAt(path) ?? []);
}

export type ShareImage = { url: string; kind: "cut" | "remote" | "card" };

/**
 * The link-preview image of a page, absolute: a post's hero cut to the preview size
 * at build, else its remote picture as it is, else a card generated for it.
 */
export function shareImageOf(path: string): ShareImage {
  const entry = entryAt(path);
  if (entry?.kind === "post") {
    if (entry.shareImage) return { url: absoluteUrl(entry.shareImage), kind: "cut" };
    if (entry.image && /^https:\/\//.test(entry.image.src)) return { url: entry.image.src, kind: "remote" };
  }
  return { url: absoluteUrl(shareCardPath(path)), kind: "card" };
}

const modifiedByLanguage = new Map<Locale | "both", Modified | undefined>();

/**
 * When a language's site last changed, the latest date modified of its posts:
 * what its home, search, tag index and 404 show. Without `locale`, either
 * language's: for the pages in both. Reckoned once, not on every search.
 */
export function latestModifiedIn(locale?: Locale): Modified | undefined {
  const key = locale ?? "both";
  if (!modifiedByLanguage.has(key)) modifiedByLanguage.set(key, latestModified(locale ? postsIn(locale) : content.posts));
  return modifiedByLanguage.get(key);
}
