// Which page a path under /en or /fr shows, every canonical path there is,
// and where other spellings and old URLs lead.
import { otherLocale, routing, type Locale } from "@/i18n/routing";
import {
  blogPageNumber,
  blogPath,
  blogSegment,
  decodeSegment,
  foldPermalink,
  foldRequestPath,
  homePath,
  listPageNumber,
  localeOf,
  parseSiteLink,
  requestPath,
  tagIndexPath,
  tagPath,
  tagSlugIn,
  untranslatedPath,
  untranslatedPostPath,
} from "@/lib/urls";
import type { Modified, Page, Post, Tag } from "./model";
import {
  blogPage,
  blogPageCount,
  content,
  entryAt,
  latestModified,
  latestModifiedIn,
  onePage,
  pageCount,
  pagesIn,
  postAt,
  postsTagged,
  shareImageOf,
  tagAt,
  tagsIn,
  untranslatedInto,
} from "./store";
import { readDevFindings, readOnDemandPaths } from "./stored";
import { findPost } from "./translations";

export type Route =
  | { kind: "entry"; entry: Post | Page }
  | { kind: "blog"; page: number }
  | { kind: "tagIndex" }
  | { kind: "tag"; tag: Tag; page: number }
  | { kind: "untranslated"; post: Post }
  | { kind: "redirect"; to: string };

/** What a path under a locale shows: a page, or a redirect to its canonical spelling, or nothing. */
export function routeFor(locale: Locale, segments: readonly string[]): Route | undefined {
  const canonical = foldRequestPath(locale, segments);
  const found = pageAt(locale, canonical, segments);
  if (!found) return undefined;
  const path = canonicalPathOf(locale, found);
  return requestPath(locale, segments) === path ? found : { kind: "redirect", to: path };
}

export type PageRoute = Exclude<Route, { kind: "redirect" }>;

function pageAt(locale: Locale, canonical: string, segments: readonly string[]): PageRoute | undefined {
  const entry = entryAt(canonical);
  if (entry) return { kind: "entry", entry };
  const blog = blogPageNumber(locale, segments);
  if (blog !== undefined) return blog >= 1 && blog <= blogPageCount(locale) ? { kind: "blog", page: blog } : undefined;
  if (canonical === tagIndexPath(locale)) return { kind: "tagIndex" };
  const slug = tagSlugIn(locale, canonical);
  const tag = slug ? tagAt(locale, slug) : undefined;
  if (tag) {
    const page = listPageNumber(tagPath(locale, tag.slug), locale, segments);
    return page && page <= pageCount(tag.posts.length) ? { kind: "tag", tag, page } : undefined;
  }
  const postPath = untranslatedPostPath(locale, canonical);
  const post = postPath ? postAt(postPath) : undefined;
  return post && !post.translationPath ? { kind: "untranslated", post } : undefined;
}

/**
 * In a preview (`npm run dev`) only: the findings of a file in error that
 * would be at this path, shown in place of its page while the editor fixes it.
 */
export function devFindingsAt(locale: Locale, segments: readonly string[]): string[] {
  return process.env.NODE_ENV === "development" ? readDevFindings(requestPath(locale, segments)) : [];
}

/** The canonical URL path of the page a route shows. */
export function canonicalPathOf(locale: Locale, route: PageRoute): string {
  switch (route.kind) {
    case "entry":
      return route.entry.path;
    case "blog":
      return blogPath(locale, route.page);
    case "tagIndex":
      return tagIndexPath(locale);
    case "tag":
      return tagPath(locale, route.tag.slug, route.page);
    case "untranslated":
      return untranslatedPath(locale, route.post.path);
  }
}

/** Every URL under `locale` that has a page of its own, all prerendered. */
export function canonicalPathsIn(locale: Locale): string[] {
  const pages = (count: number, path: (page: number) => string) => Array.from({ length: count }, (_, i) => path(i + 1));
  return [
    ...pages(blogPageCount(locale), (page) => blogPath(locale, page)),
    ...content.posts.filter((post) => post.locale === locale).map((post) => post.path),
    ...pagesIn(locale).map((page) => page.path),
    tagIndexPath(locale),
    ...tagsIn(locale).flatMap((tag) => pages(pageCount(tag.posts.length), (page) => tagPath(locale, tag.slug, page))),
    ...untranslatedInto(locale).map((post) => untranslatedPath(locale, post.path)),
  ];
}

// Older posts and later list pages are rendered on their first request
// (app/[locale]/on-demand, reached through proxy.ts; lib/content/prerender.ts).
const onDemand = new Set(readOnDemandPaths());

/** The canonical paths under `locale` that the build renders: all but older posts and later list pages. */
export function prerenderedPathsIn(locale: Locale): string[] {
  return canonicalPathsIn(locale).filter((path) => !onDemand.has(path));
}

/** The canonical URL a path under `locale` names in any spelling, if it names one. */
export function canonicalPathFor(locale: Locale, segments: readonly string[]): string | undefined {
  if (segments.every((segment) => !segment)) return homePath(locale);
  const route = routeFor(locale, segments);
  if (route?.kind === "redirect") return route.to;
  if (route) return canonicalPathOf(locale, route);
  return formerPathTarget(segments, locale);
}

const HUGO_TAGS = "tags";

/**
 * Where an old or misspelt path leads, if anywhere: the same path folded under
 * `preferred`, a post by date and slug (or slug alone) in either language, a
 * page's `redirect_from`, the old blog sections, or the Hugo site's `/tags/…/`.
 * Used for paths without a prerendered page, so none of this runs for a canonical URL.
 */
export function formerPathTarget(segments: readonly string[], preferred?: Locale): string | undefined {
  const route = preferred ? routeFor(preferred, segments) : undefined;
  if (route?.kind === "redirect") return route.to;
  const languages = preferred ? [preferred, otherLocale(preferred)] : routing.locales;
  // A `?` written in a file name reaches here decoded (Hugo linked it as %3F): it is part of the name, not a query.
  const written = segments.map(decodeSegment).map((segment) => segment.replace(/[?#]/g, encodeURIComponent)).join("/");
  const link = parseSiteLink(`/${written}`);
  if (link?.kind === "post") {
    return languages.map((locale) => findPost(content.posts, link, locale)).find(Boolean)?.target.path;
  }
  const folded = foldPermalink(link?.kind === "page" ? link.permalink : written);
  const legacySection = routing.locales.find((locale) => folded === blogSegment(locale));
  if (legacySection) return blogPath(legacySection);
  const [first, tagSlug, ...rest] = folded.split("/");
  if (first === HUGO_TAGS && tagSlug && rest.length === 0) {
    const tag = languages.map((locale) => tagAt(locale, tagSlug)).find(Boolean);
    return tag ? tagPath(tag.locale, tag.slug) : undefined;
  }
  for (const locale of languages) {
    const page = pagesIn(locale).find((candidate) => candidate.permalink === folded || candidate.redirectFrom.includes(folded));
    if (page) return page.path;
  }
  return undefined;
}

/** Every page that gets a generated preview card: those without a picture of their own. */
/** The pages whose preview card the build draws: the others' are drawn on their first request. */
export function prerenderedPathsWithCards(): string[] {
  const pages = routing.locales.flatMap((locale) => [homePath(locale), ...prerenderedPathsIn(locale)]);
  return ["/", ...pages].filter((path) => shareImageOf(path).kind === "card");
}

/** When the page at `route` last changed: its own date modified, or for a list the latest of the posts it shows. */
export function modifiedAt(locale: Locale, route: PageRoute): Modified | undefined {
  switch (route.kind) {
    case "entry":
      return route.entry.modified;
    case "untranslated":
      return route.post.modified;
    case "blog":
      return latestModified(blogPage(locale, route.page));
    case "tag":
      return latestModified(onePage(postsTagged(route.tag), route.page));
    case "tagIndex":
      return latestModifiedIn(locale);
  }
}

/** The same page in the other language, where there is one: for hreflang, the sitemap and the toggle. */
export function translationOf(locale: Locale, route: PageRoute): string | undefined {
  const other = otherLocale(locale);
  switch (route.kind) {
    case "entry":
      return route.entry.translationPath;
    case "blog":
      return blogPath(other);
    case "tagIndex":
      return tagIndexPath(other);
    case "tag": {
      const paired = route.tag.translationSlug ? tagAt(other, route.tag.translationSlug) : undefined;
      return paired && tagPath(other, paired.slug, Math.min(route.page, pageCount(paired.posts.length)));
    }
    case "untranslated":
      return undefined;
  }
}

/** Where the language toggle of a page goes: its translation, else the nearest page the other language has. */
export function toggleOf(locale: Locale, route: PageRoute): string {
  const other = otherLocale(locale);
  const translation = translationOf(locale, route);
  if (translation) return translation;
  switch (route.kind) {
    case "entry":
      return route.entry.kind === "post" ? untranslatedPath(other, route.entry.path) : homePath(other);
    case "untranslated":
      return route.post.path;
    default:
      return blogPath(other);
  }
}

/** The pages a search engine should list: every canonical page but the notices that only point elsewhere. */
export function indexablePathsIn(locale: Locale): string[] {
  const notices = new Set(untranslatedInto(locale).map((post) => untranslatedPath(locale, post.path)));
  return canonicalPathsIn(locale).filter((path) => !notices.has(path));
}

/** The route of a canonical path, for pages that list paths (the sitemap). */
export function routeAt(path: string): PageRoute | undefined {
  const locale = localeOf(path);
  const route = locale ? routeFor(locale, path.split("/").filter(Boolean).slice(1)) : undefined;
  return route?.kind === "redirect" ? undefined : route;
}
