// Answers for paths that have no page of their own: a 308 to the page they
// name (another spelling, an old URL), else the 404 page. Kept apart from
// lib/not-found-page.ts, which proxy.ts uses and which must not bring the
// content into the proxy's bundle.
import { otherLocale, routing, type Locale } from "@/i18n/routing";
import {
  POSTS_PER_PAGE,
  blogPageCount,
  content,
  formerListOrStubTarget,
  isListAlias,
  pagesIn,
  postsIn,
  tagSpelled,
} from "@/lib/content";
import { findPost } from "@/lib/content/links";
import { readStoredPageResources, readStoredPrefixShapedPaths } from "@/lib/content/stored";
import { notFoundResponse, permanentRedirectTo } from "@/lib/not-found-page";
import { lookUp } from "@/lib/page-kinds/registry";
import { HUGO_CATEGORIES_SEGMENT, HUGO_TAGS_SEGMENT } from "@/lib/site";
import {
  blogPath,
  blogSegment,
  decodeSegment,
  domainLocaleOf,
  errorPagePath,
  feedPath,
  foldPermalink,
  hugoSanitize,
  localeOf,
  parseSiteLink,
  redirectLocation,
  requestedLocale,
  searchPath,
  tagPath,
  withoutIndexFile,
} from "@/lib/urls";

// What the build stored of the site: addresses of a language that start with a prefix, and files beside pages.
const prefixShapedPaths = new Set(readStoredPrefixShapedPaths());
const pageResources = new Set(readStoredPageResources());

/** The canonical URL a path under `locale` names in any spelling, if it names one. */
export function canonicalPathFor(locale: Locale, segments: readonly string[]): string | undefined {
  const found = lookUp(locale, segments);
  if (found) return "shown" in found ? found.shown.path : found.redirect;
  return formerPathTarget(segments, locale);
}

/**
 * Where an old path leads, if anywhere, once no page of `preferred` answers
 * it (canonicalPathFor asks first): a post by date and slug (or slug alone) in
 * either language, `preferred` first, a page's `redirect_from`, the old blog
 * sections, or the Hugo site's `/tags/…/`. Used for paths without a
 * prerendered page, so none of this runs for a canonical URL.
 */
export function formerPathTarget(segments: readonly string[], preferred?: Locale): string | undefined {
  // Jekyll and Hugo wrote every page as its folder's `index.html`, and servers answered that name too.
  const last = segments.at(-1);
  if (last !== undefined && withoutIndexFile(decodeSegment(last)) === "") {
    const folder = segments.slice(0, -1);
    return preferred ? canonicalPathFor(preferred, folder) : formerPathTarget(folder);
  }
  // Hugo copied an HTML file with no front matter under its own name (`legal/notice.html`), where this site
  // publishes a page: that name leads to it, as a page's or post's name with `.html` after it does.
  const languages = preferred ? [preferred, otherLocale(preferred)] : routing.locales;
  const decoded = segments.map(decodeSegment).join("/");
  const named = last === undefined ? null : /^(.+)\.html?$/i.exec(decodeSegment(last));
  // A stub Hugo copied under its own name (`about.html`) leads where it does, though a page or a page's alias took
  // its folder's address (`/about/`).
  const ownName = named
    ? languages.map((locale) => `/${locale}/${foldPermalink(decoded)}/`).find(isListAlias)
    : undefined;
  if (ownName) return stubOrListTarget(ownName);
  const withoutExtension = named && formerPathTarget([...segments.slice(0, -1), named[1]], preferred);
  if (withoutExtension) return withoutExtension;
  // A `?` written in a file name reaches here decoded (Hugo linked it as %3F): it is part of the name, not a query.
  const written = segments
    .map(decodeSegment)
    .map((segment) => segment.replace(/[?#]/g, encodeURIComponent))
    .join("/");
  const link = parseSiteLink(`/${written}`);
  if (link?.kind === "post") {
    const post = languages.map((locale) => findPost(content.posts, link, locale)).find(Boolean)?.target.path;
    // A dated address no post holds may still be one a post's or page's alias names (`aliases: [old-name]`).
    if (post || !preferred) return post;
  }
  // Below a language, a first segment that looks like a prefix is part of the address (`/en/fr/old/`, an alias Hugo
  // wrote at `/fr/old/` on the English domain), not another language.
  const folded = foldPermalink(link?.kind === "page" && !link.locale ? link.permalink : written);
  // A language's own page or blog at this address; else what its stubs, lists' old addresses (a Hugo tree's)
  // and pages' old permalinks name.
  const ownAddress = (locale: Locale) =>
    folded === blogSegment(locale)
      ? blogPath(locale)
      : pagesIn(locale).find((candidate) => candidate.permalink === folded)?.path;
  const formerAddress = (locale: Locale) =>
    stubOrListTarget(`/${locale}/${folded}/`) ??
    pagesIn(locale).find((candidate) => candidate.redirectFrom.includes(folded))?.path;
  // The language asked for first; asked in none (an unprefixed path), a page's own address before
  // another language's alias: `/blogue/` is the French blog, though the English one lists it as an alias.
  const order = preferred
    ? [
        () => ownAddress(preferred),
        () => formerAddress(preferred),
        ...languages.slice(1).flatMap((other) => [() => ownAddress(other), () => formerAddress(other)]),
      ]
    : [
        ...languages.map((locale) => () => ownAddress(locale)),
        ...languages.map((locale) => () => formerAddress(locale)),
      ];
  for (const find of order) {
    const target = find();
    if (target) return target;
  }
  const hugo = hugoAddressTarget(folded, languages);
  if (hugo) return hugo;
  const [first, ...tagName] = folded.split("/");
  if ((first === HUGO_TAGS_SEGMENT || first === HUGO_CATEGORIES_SEGMENT) && tagName.length > 0) {
    const tag = languages.map((locale) => tagSpelled(locale, tagName.join("/"))).find(Boolean);
    if (tag) return tagPath(tag.locale, tag.slug);
  }
  // A file's own name as Hugo copied it (`legal/the-team's-old-page.html`), where this site knows the file by the
  // name Hugo's sanitizer made of it (`the-teams-old-page`).
  // Each retry drops or decodes a character, or is the same path, where this ends.
  const sanitized = hugoSanitize(decoded);
  return sanitized !== decoded && sanitized !== "" ? formerPathTarget(sanitized.split("/"), preferred) : undefined;
}

// Whether a stub's target is being looked up: a lookup that comes back to a stub (one that names itself by
// another spelling) finds nothing, rather than going round.
let lookingUpStub = false;

/**
 * Where a stub's or a list's old address leads. A stub whose target names no
 * page or post the build knew (a tag, a feed, a list's page N, a file beside a
 * page) is looked up as a request for it would be; where that finds nothing,
 * the stub's address is a 404, as the build warned.
 */
function stubOrListTarget(foldedPath: string): string | undefined {
  const target = formerListOrStubTarget(foldedPath);
  const locale = target === undefined ? undefined : localeOf(target);
  if (target === undefined || locale === undefined) return target;
  if (lookingUpStub) return undefined;
  lookingUpStub = true;
  try {
    return (
      canonicalPathFor(locale, target.split("/").filter(Boolean).slice(1)) ??
      (pageResources.has(target) ? target : undefined)
    );
  } finally {
    lookingUpStub = false;
  }
}

/**
 * What else an address the Hugo site published leads to here: a feed (`…/index.xml`, whatever it listed,
 * is the language's feed now), the home's JSON index of every page (`/index.json`, which the old theme's
 * search read: this site's search answers the reader now), its error page (`/404.html`), a page of its blog, which held `formerPageSize` posts where this one holds
 * POSTS_PER_PAGE, or a page of another list it paginated (a tag's), which is that list here.
 */
function hugoAddressTarget(folded: string, languages: readonly Locale[]): string | undefined {
  const [language] = languages;
  if (folded === "index-xml" || folded.endsWith("/index-xml")) return feedPath(language);
  if (folded === "index-json" || folded.endsWith("/index-json")) return searchPath(language);
  if (folded === "404-html") return errorPagePath(language);
  const formerPage = /^(.+)\/page\/(\d+)$/.exec(folded);
  const pageSize = content.formerPageSize;
  // Hugo writes no page 0.
  if (!formerPage || !pageSize || Number(formerPage[2]) < 1) return undefined;
  const list = formerListOrStubTarget(`/${language}/${formerPage[1]}/`) ?? `/${language}/${formerPage[1]}/`;
  // Another list Hugo paginated (a tag, a section) is the list here, which holds what Hugo spread over pages.
  if (list !== blogPath(language)) return formerPathTarget(formerPage[1].split("/"), language);
  const formerNumber = Number(formerPage[2]);
  // Hugo's page 1 is a redirect it wrote to the list itself.
  if (formerNumber === 1) return list;
  // A page Hugo wrote (its `paginate` was smaller) beyond this blog's last leads to the last page; one it never wrote is a 404.
  if (formerNumber > Math.ceil(postsIn(language).length / pageSize)) return undefined;
  const firstPost = (formerNumber - 1) * pageSize;
  const page = Math.min(Math.floor(firstPost / POSTS_PER_PAGE) + 1, blogPageCount(language));
  return blogPath(language, page);
}

/** A path with no page of its own: 308 to the page it names (relative where it can be), else the 404 page. */
export function redirectOrNotFound(request: Request, target: string | undefined, locale?: Locale): Response {
  return target ? permanentRedirectTo(redirectLocation(request.headers.get("host"), target)) : notFoundResponse(locale);
}

/**
 * A path under a language prefix that has no page: app/[locale]/unmatched (any
 * path routing matched under /en or /fr, in any case) and, with a domain per
 * language, app/moved (a prefixed path on a domain). Another spelling of a page,
 * or an old URL, answers 308 to it; anything else is that language's 404.
 */
export async function answerPrefixedPath(
  request: Request,
  { params }: { params: Promise<{ locale: string; path?: string[] }> },
): Promise<Response> {
  const { locale, path = [] } = await params;
  const language = requestedLocale(`/${locale}`) ?? routing.defaultLocale;
  const target = ownPrefixShapedPage(request, [locale, ...path]) ?? canonicalPathFor(language, path);
  return redirectOrNotFound(request, target, language);
}

/**
 * An address of the host's own language that starts with the other's prefix,
 * spelled otherwise than this site stores it: `/fr/été/` on the English domain,
 * where Hugo wrote an English page (or alias) this site keeps at `/en/fr/ete/`.
 * The rewrites take the stored spelling to the page; any other arrives here.
 */
function ownPrefixShapedPage(request: Request, segments: readonly string[]): string | undefined {
  const own = domainLocaleOf(request.headers.get("host"));
  if (!own || !prefixShapedPaths.has(`/${own}/${foldPermalink(segments.join("/"))}/`)) return undefined;
  const target = canonicalPathFor(own, segments);
  return target && localeOf(target) === own ? target : undefined;
}
