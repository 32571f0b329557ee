// What pages ask about content. The content was read, checked and rendered at
// build time (lib/content/load.ts); here it is only looked up, never read from disk.
import { otherLocale, routing, type Locale } from "@/i18n/routing";
import {
  blogPageNumber,
  blogPath,
  blogSegment,
  decodeSegment,
  foldPermalink,
  foldRequestPath,
  homePath,
  parseSiteLink,
  requestPath,
  shareCardPath,
} from "@/lib/urls";
import generated from "./generated/site.json";
import { siteContentSchema, type Page, type Post } from "./model";
import { findPost } from "./translations";

export type { Page, Post } from "./model";

const content = siteContentSchema.parse(generated);

export const POSTS_PER_PAGE = 10;

export function postsIn(locale: Locale): Post[] {
  return content.posts.filter((post) => post.locale === locale);
}

export function pagesIn(locale: Locale): Page[] {
  return content.pages.filter((page) => page.locale === locale);
}

export function allEntries(): Array<Post | Page> {
  return [...content.posts, ...content.pages];
}

export function blogPageCount(locale: Locale): number {
  return Math.max(1, Math.ceil(postsIn(locale).length / POSTS_PER_PAGE));
}

export function blogPage(locale: Locale, page: number): Post[] {
  return postsIn(locale).slice((page - 1) * POSTS_PER_PAGE, page * POSTS_PER_PAGE);
}

/** The newer and older posts next to `post` in its own language. */
export function neighbours(post: Post): { newer?: Post; older?: Post } {
  const posts = postsIn(post.locale);
  const index = posts.findIndex((candidate) => candidate.path === post.path);
  return { newer: posts[index - 1], older: posts[index + 1] };
}

/** Where the language toggle of an entry goes: its translation, else the other language's blog or home. */
export function toggleTarget(entry: Post | Page): string {
  if (entry.translationPath) return entry.translationPath;
  const locale = otherLocale(entry.locale);
  return entry.kind === "post" ? blogPath(locale) : homePath(locale);
}

export function entryAt(path: string): Post | Page | undefined {
  return allEntries().find((entry) => entry.path === path);
}

export type Route =
  | { kind: "entry"; entry: Post | Page }
  | { kind: "blog"; page: number }
  | { kind: "redirect"; to: string };

/** What a path under a locale shows: an entry, a blog page, a redirect to its canonical spelling, or nothing. */
export function routeFor(locale: Locale, segments: readonly string[]): Route | undefined {
  const canonical = foldRequestPath(locale, segments);
  const exact = canonical === requestPath(locale, segments);
  const entry = entryAt(canonical);
  const blog = blogPageNumber(locale, segments);
  const found: Route | undefined = entry
    ? { kind: "entry", entry }
    : blog !== undefined && blog >= 1 && blog <= blogPageCount(locale)
      ? { kind: "blog", page: blog }
      : undefined;
  if (!found) return undefined;
  if (found.kind === "blog") {
    const blogPage = blogPath(locale, found.page);
    return requestPath(locale, segments) === blogPage ? found : { kind: "redirect", to: blogPage };
  }
  return exact ? found : { kind: "redirect", to: canonical };
}

/** Every URL under `locale` that has a page of its own: posts, static pages and blog pages. */
export function canonicalPathsIn(locale: Locale): string[] {
  const blogPages = Array.from({ length: blogPageCount(locale) }, (_, index) => blogPath(locale, index + 1));
  return [...blogPages, ...allEntries().filter((entry) => entry.locale === locale).map((entry) => entry.path)];
}

/** The link-preview image of a page: a post's own picture, else a card generated at build time. */
export function shareImageOf(path: string): string {
  const entry = entryAt(path);
  return (entry?.kind === "post" && entry.shareImage) || shareCardPath(path);
}

/** Every page that gets a generated preview card: those without a picture of their own. */
export function pathsWithCards(): string[] {
  const pages = routing.locales.flatMap((locale) => [homePath(locale), ...canonicalPathsIn(locale)]);
  return ["/", ...pages].filter((path) => shareImageOf(path) === shareCardPath(path));
}

/** The canonical URL a path under `locale` names in any spelling, if it names one. */
export function canonicalPathFor(locale: Locale, segments: readonly string[]): string | undefined {
  if (segments.every((segment) => !segment)) return homePath(locale);
  const route = routeFor(locale, segments);
  if (route?.kind === "redirect") return route.to;
  if (route?.kind === "entry") return route.entry.path;
  if (route?.kind === "blog") return blogPath(locale, route.page);
  return formerPathTarget(segments, locale);
}

/**
 * Where an old or misspelt path leads, if anywhere: the same path folded under
 * `preferred`, a post by date and slug (or slug alone) in either language, a
 * page's `redirect_from`, or the old blog sections. Used for paths without a
 * prerendered page, so none of this runs for a canonical URL.
 */
export function formerPathTarget(segments: readonly string[], preferred?: Locale): string | undefined {
  const route = preferred ? routeFor(preferred, segments) : undefined;
  if (route?.kind === "redirect") return route.to;
  const languages = preferred ? [preferred, otherLocale(preferred)] : routing.locales;
  const written = segments.map(decodeSegment).join("/");
  const link = parseSiteLink(`/${written}`);
  if (link?.kind === "post") {
    return languages.map((locale) => findPost(content.posts, link, locale)).find(Boolean)?.target.path;
  }
  const folded = foldPermalink(link?.kind === "page" ? link.permalink : written);
  const legacySection = routing.locales.find((locale) => folded === blogSegment(locale));
  if (legacySection) return blogPath(legacySection);
  for (const locale of languages) {
    const page = pagesIn(locale).find((candidate) => candidate.permalink === folded || candidate.redirectFrom.includes(folded));
    if (page) return page.path;
  }
  return undefined;
}
