// The one place that knows what this site's URLs look like: folding a slug,
// building permalinks and reading the Jekyll-style paths editors write in
// `trans_url`. Everything else asks this module.
import { isLocale, otherLocale, routing, type Locale } from "../i18n/routing";
import { siteOrigins } from "./config";
import { INTERNAL_SEGMENTS, OLD_SITE_HOSTS, PREPARED_PICTURES_ROOT, PREVIEW_IMAGE, TRANSLATED_SEGMENTS } from "./site";

export type PostDate = { year: string; month: string; day: string };

const {
  blog: BLOG_SEGMENT,
  tags: TAGS_SEGMENT,
  untranslated: UNTRANSLATED_SEGMENT,
  search: SEARCH_SEGMENT,
} = TRANSLATED_SEGMENTS;

/** A path's language prefix, in any case: `/en`, `/FR` (followed by `/` or nothing). */
const LOCALE_PREFIX = /^\/([a-z]{2})(?=\/|$)/i;

/**
 * Folds any spelling of a slug to its canonical form: accents and case
 * dropped, every run of other characters turned into one hyphen.
 */
export function foldSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * A name as Hugo (0.123 and later, `paths.Sanitize`) writes it into a URL:
 * letters, digits, marks and `/._~+#@-` stay, a run of spaces and hyphens
 * becomes one hyphen, and every other character (’ ' : ( “ & …) is dropped.
 * A percent-escape stays too, and Hugo wrote the file at what it encodes
 * (`crème-%C3%A0` at `crème-à`). The CDS Hugo site published its posts at these names.
 */
export function hugoSanitize(name: string): string {
  return decodeSegment(
    hugoKeptCharacters(name)
      .trim()
      .replace(/[\s-]+/g, "-")
      .replace(/^-+/, ""),
  );
}

/** The characters of a name either Hugo keeps: letters, digits, marks, `/._~+#@`, spaces, hyphens and percent-escapes. */
function hugoKeptCharacters(name: string): string {
  const chars = [...name];
  const isEscape = (index: number) => /^%[0-9a-f]{2}$/i.test(chars.slice(index, index + 3).join(""));
  return chars
    .filter((char, index) => /[\p{L}\p{N}\p{M}/._~+#@\s-]/u.test(char) || (char === "%" && isEscape(index)))
    .join("");
}

/**
 * A name as Hugo 0.111 (`UnicodeSanitize`, the oracle's version) wrote it:
 * the same characters kept, but each space a hyphen and hyphens as written
 * (`a--b`, `-old-form`), where later Hugo made one of a run and dropped a leading one.
 */
export function hugo111Sanitize(name: string): string {
  return decodeSegment(hugoKeptCharacters(name).replace(/\s/g, "-"));
}

/** A Hugo post's slug: its file name as Hugo published it, folded like every slug here. */
export function hugoSlug(fileName: string): string {
  return foldSlug(hugoSanitize(fileName));
}

/**
 * A slug with nothing but its letters and digits, to recognise one spelling of
 * another: this site's `what-s-new` and Hugo's `whats-new` are the same post.
 */
export function compactSlug(slug: string): string {
  return foldSlug(slug).replace(/-/g, "");
}

/** A path as a literal in a Next route's `source`: `+`, `?`, `(` and the like are pattern syntax there. */
export function routeSourceLiteral(path: string): string {
  return path.replace(/[:*?+(){}\\]/g, "\\$&");
}

/** The ways a path segment may arrive: as written, and percent-encoded as a browser sends it (`a b` and `a%20b`). */
export function segmentSpellings(segment: string): string[] {
  return [...new Set([segment, encodeURIComponent(segment)])];
}

/** Decodes a URL path segment, keeping it as written when it is not valid percent-encoding. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function homePath(locale: Locale): string {
  return `/${locale}/`;
}

/** Whether a canonical path is a language's home. */
export function isHomePath(path: string): boolean {
  const locale = localeOf(path);
  return locale !== undefined && path === homePath(locale);
}

export function blogSegment(locale: Locale): string {
  return BLOG_SEGMENT[locale];
}

/** Page `page` of a paged list whose first page is `base` (the blog, a tag). */
export function pagedPath(base: string, page = 1): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

export function blogPath(locale: Locale, page = 1): string {
  return pagedPath(`/${locale}/${BLOG_SEGMENT[locale]}/`, page);
}

export function tagIndexPath(locale: Locale): string {
  return `${blogPath(locale)}${TAGS_SEGMENT[locale]}/`;
}

/** A tag's page: its slug is its name folded like a post's (`GC Notify` → `gc-notify`). */
export function tagPath(locale: Locale, slug: string, page = 1): string {
  return pagedPath(`${tagIndexPath(locale)}${slug}/`, page);
}

/** The tag slug a folded path under `locale` names, if it is a tag's page or one of its later pages. */
export function tagSlugIn(locale: Locale, foldedPath: string): string | undefined {
  const index = tagIndexPath(locale);
  return foldedPath.startsWith(index) ? foldedPath.slice(index.length).split("/")[0] || undefined : undefined;
}

/** The page in `locale` that says a post of the other language has no translation: `/en/blog/not-translated/2019/07/08/seul/`. */
export function untranslatedPath(locale: Locale, postPathname: string): string {
  return `${blogPath(locale)}${UNTRANSLATED_SEGMENT[locale]}${withoutLocale(postPathname)}`;
}

/** The post path (of the other language) an untranslated notice path under `locale` names, if it is one. */
export function untranslatedPostPath(locale: Locale, foldedPath: string): string | undefined {
  const prefix = `${blogPath(locale)}${UNTRANSLATED_SEGMENT[locale]}/`;
  return foldedPath.startsWith(prefix) ? `/${otherLocale(locale)}/${foldedPath.slice(prefix.length)}` : undefined;
}

export function searchPath(locale: Locale, query?: string, page = 1): string {
  const base = `/${locale}/${SEARCH_SEGMENT[locale]}/`;
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

/**
 * Every path a language's search page answers at: its own name (`searchPath`)
 * and the name of the route that serves both languages, which a reader can
 * also write. Cache rules, search admission and the edge limit all need each one.
 */
export function searchPagePaths(locale: Locale): string[] {
  return [...new Set([searchPath(locale), `/${locale}/${INTERNAL_SEGMENTS.search}/`])];
}

export function feedPath(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

/** Where Hugo wrote a language's error page, which a static host served by name. */
export function errorPagePath(locale: Locale): string {
  return `/${locale}/404.html`;
}

export function postPath(locale: Locale, date: PostDate, slug: string): string {
  return `/${locale}/${date.year}/${date.month}/${date.day}/${slug}/`;
}

/**
 * What a Hugo permalink pattern's tokens stand for on one page; `sections` are Hugo's entries for its nearest section
 * (`["blog", "deep"]` for `blog/deep/x.md` where `blog/deep/` has an `_index`), the first its top-level one.
 */
export type PermalinkParts = {
  title: string;
  slug?: string;
  filename: string;
  sections: readonly string[];
  date?: PostDate;
};

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * A page's address from its section's Hugo permalink pattern
 * (`work-with-us: /:title`): each token replaced as Hugo replaces it, a name
 * written as Hugo's sanitizer keeps it (`What's next?` is `whats-next`).
 */
export function expandPermalink(pattern: string, parts: PermalinkParts): string {
  const [title, filename] = [hugoSanitize(parts.title), hugoSanitize(parts.filename)];
  const slug = parts.slug === undefined ? undefined : hugoSanitize(parts.slug);
  // A page without a date has Go's zero date, which Hugo wrote as year 1, January 1 (a Monday).
  const { year, month, day } = parts.date ?? { year: "1", month: "01", day: "01" };
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  const newYear = new Date(0);
  newYear.setUTCFullYear(Number(year), 0, 1);
  const tokens: Record<string, string> = {
    year,
    month,
    day,
    monthname: MONTH_NAMES[date.getUTCMonth()],
    weekday: String(date.getUTCDay()),
    weekdayname: WEEKDAY_NAMES[date.getUTCDay()],
    yearday: String(Math.round((date.getTime() - newYear.getTime()) / 86_400_000) + 1),
    title,
    slug: slug ?? title,
    slugorfilename: slug ?? filename,
    filename,
    contentbasename: filename,
    section: parts.sections[0] ?? "",
  };
  return pattern.replace(/:(\w+)(?:\[([^\]]*)\])?/g, (token, name: string, cut?: string) =>
    name.toLowerCase() === "sections" ? hugoSectionsCut(parts.sections, cut) : (tokens[name.toLowerCase()] ?? token),
  );
}

/** `:sections` or a cut of them (`[1:]`, `[last]`, `[0]`), as Hugo 0.111 wrote it: a number past the end stops at it, one it cannot read is 0. */
function hugoSectionsCut(entries: readonly string[], cut: string | undefined): string {
  const index = (written: string, missing: number) => {
    const lower = written.trim().toLowerCase();
    if (lower === "") return missing;
    if (lower === "last") return entries.length - 1;
    return Math.min(/^[+-]?\d+$/.test(lower) ? Math.max(Number(lower), 0) : 0, entries.length);
  };
  if (cut === undefined) return entries.filter(Boolean).join("/");
  const [from, to] = cut.split(":");
  const chosen =
    to === undefined ? [entries[index(from, 0)]] : entries.slice(index(from, 0), index(to, entries.length));
  return chosen.filter(Boolean).join("/");
}

/** A static page's permalink folded segment by segment, so `/À propos/` is `a-propos`. */
export function foldPermalink(permalink: string): string {
  return permalink.split("/").map(decodeSegment).map(foldSlug).filter(Boolean).join("/");
}

export function pagePath(locale: Locale, permalink: string): string {
  return `/${locale}/${foldPermalink(permalink)}/`;
}

/** The origins of the old Jekyll sites, whose links the build points at this site. */
export const OLD_SITE_ORIGIN = new RegExp(
  `^https?://(${Object.values(OLD_SITE_HOSTS)
    .map((host) => host.replace(/\./g, "\\."))
    .join("|")})(?=/|$)`,
  "i",
);

/** The language of the old site a link names by its origin (`https://numerique.canada.ca/…` is French). */
export function oldSiteLocale(href: string): Locale | undefined {
  const host = OLD_SITE_ORIGIN.exec(href)?.[1]?.toLowerCase();
  return routing.locales.find((locale) => OLD_SITE_HOSTS[locale] === host);
}

/** A link's scheme as written (`https`, `mailto`, `javascript`), where it names one: then it is no path of a site. */
export const schemeOf = (link: string): string | undefined => /^([a-z][a-z0-9+.-]*):/i.exec(link)?.[1];

/** A URL without its scheme and host (`https://digital.canada.ca/about/` is `/about/`); a path as written. */
export const withoutOrigin = (href: string): string => href.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, "");

/**
 * A link as a browser reads it on the old site's page at `documentPath` (`/legal/old.html` on `locale`'s domain): a
 * relative one (`./`, `../roadmap/`, `figure.png`) or one without its scheme (`//digital.canada.ca/x/`, https there)
 * as the absolute URL it names there; any other as written, and so a link within the page (`#goals`, `?page=2`),
 * which names the same place on any site.
 */
export function resolvedOnOldSite(link: string, locale: Locale, documentPath: string): string {
  if (link === "" || /^([#?]|\/(?!\/))/.test(link) || schemeOf(link)) return link;
  return new URL(link, `https://${OLD_SITE_HOSTS[locale]}${documentPath}`).href;
}

/** What a site-relative or absolute link written by an editor points at. */
export type LinkTarget =
  | { kind: "post"; locale?: Locale; date: PostDate; slug: string; rawSlug: string }
  | { kind: "page"; locale?: Locale; permalink: string };

/**
 * Reads a link the way a forgiving editor means it: with or without domain,
 * locale prefix or trailing slash. Returns undefined for an empty link.
 */
export function parseSiteLink(link: string): LinkTarget | undefined {
  const path = withoutOrigin(link.trim()).replace(/[?#].*$/, "");
  const segments = path.split("/").filter(Boolean).map(decodeSegment);
  if (segments.length === 0) return undefined;
  let locale: Locale | undefined;
  const first = segments[0].toLowerCase();
  if (isLocale(first)) {
    locale = first;
    segments.shift();
  }
  const [year, month, day, ...rest] = segments;
  // Hugo writes an undated post's year unpadded: `/1/01/01/name/`.
  if (rest.length > 0 && /^\d{1,4}$/.test(year) && /^\d{1,2}$/.test(month) && /^\d{1,2}$/.test(day)) {
    const rawSlug = rest.join("/");
    return {
      kind: "post",
      locale,
      date: { year, month: month.padStart(2, "0"), day: day.padStart(2, "0") },
      slug: foldSlug(rawSlug),
      rawSlug,
    };
  }
  if (segments.length === 0) return undefined;
  return { kind: "page", locale, permalink: segments.join("/") };
}

/**
 * The canonical path that a requested path under `locale` folds to: every
 * segment decoded and folded, so any spelling of a URL finds its page.
 */
export function foldRequestPath(locale: Locale, segments: readonly string[]): string {
  const folded = segments.map(decodeSegment).map(foldSlug).filter(Boolean);
  return folded.length === 0 ? homePath(locale) : `/${locale}/${folded.join("/")}/`;
}

/** The path as requested, decoded, for comparing with its canonical form. */
export function requestPath(locale: Locale, segments: readonly string[]): string {
  return segments.length === 0 ? homePath(locale) : `/${locale}/${segments.map(decodeSegment).join("/")}/`;
}

/**
 * The blog page a requested path names under `locale`: 1 for the blog itself,
 * the number after `page/` when it is a whole number as written (`-1` folds to
 * `1`, so the written segment is read), 0 for any other page segment, which no
 * blog has; undefined when the path is not a blog path.
 */
export function blogPageNumber(locale: Locale, segments: readonly string[]): number | undefined {
  return listPageNumber(blogPath(locale), locale, segments);
}

/** The same, for any paged list whose first page is `base`. */
export function listPageNumber(base: string, locale: Locale, segments: readonly string[]): number | undefined {
  const folded = foldRequestPath(locale, segments);
  if (folded === base) return 1;
  if (!folded.startsWith(base) || !/^page\/[^/]+\/$/.test(folded.slice(base.length))) return undefined;
  const written = decodeSegment(segments.filter(Boolean).at(-1) ?? "").trim();
  return /^\d+$/.test(written) ? Number(written) : 0;
}

/** Where a hero image, cut to the preview size for link previews, is served: named by a hash of the image. */
export function shareImagePath(imageKey: string): string {
  return `${PREVIEW_IMAGE.cutsRoot}${imageKey}.jpg`;
}

/**
 * The file a site path names, relative to where the site's files are served
 * from: `/img/a%20b.png` is `img/a b.png`. Query and fragment dropped; a stray
 * `%` kept as written rather than thrown on; `%2F` left encoded, so that a
 * path never climbs out of its folder by decoding.
 */
export function sitePathFile(sitePath: string): string {
  const pathOnly = sitePath.split(/[?#]/)[0] ?? sitePath;
  try {
    return decodeURI(pathOnly);
  } catch {
    return pathOnly;
  }
}

/** Where the build serves a version of a prepared picture: named by its source's bytes and its width. */
export function picturePath(key: string, width: number, extension: string): string {
  return `${PREPARED_PICTURES_ROOT}${key}-${width}.${extension}`;
}

/** Where the generated preview card of a page without an image is served. */
export function shareCardPath(pathname: string): string {
  return `${PREVIEW_IMAGE.cardsRoot.slice(0, -1)}${pathname}${PREVIEW_IMAGE.cardFile}`;
}

/** The absolute URL of an internal path (`/en/…`, `/fr/…`, `/assets/…`, `/`), on the origin that serves it. */
export function absoluteUrl(path: string): string {
  const origins = siteOrigins();
  if (origins.kind === "prefixed") return origins.origin + path;
  const locale = localeOf(path);
  return locale ? origins.origins[locale] + withoutLocale(path) : origins.origins.en + path;
}

/**
 * How a page in language `from` links to an internal path: as it is on one
 * origin; without the prefix, or absolute to the other domain, when each
 * language has its own domain.
 */
export function linkHref(from: Locale, path: string): string {
  const origins = siteOrigins();
  const locale = localeOf(path);
  if (origins.kind === "prefixed" || !locale) return path;
  return locale === from ? withoutLocale(path) : absoluteUrl(path);
}

/**
 * A link an editor wrote in front matter, as a reader may follow it: a web
 * or mail address, or a path of the site. Anything else (`javascript:`) is no link.
 */
export function readerHref(written: string | undefined): string | undefined {
  const href = written?.trim();
  return href && /^(https?:\/\/|mailto:|\/)/i.test(href) ? href : undefined;
}

/** The language a requested path's prefix names, in any case (`/EN/`, `/Fr/x/`). */
export function requestedLocale(pathname: string): Locale | undefined {
  const first = LOCALE_PREFIX.exec(pathname)?.[1]?.toLowerCase();
  return first && isLocale(first) ? first : undefined;
}

/**
 * The `Location` of a redirect to an internal path, answered to a request for
 * `requestHost`: relative, so a server on any host or port keeps the reader on
 * it; absolute only when the path lives on another language's domain.
 */
export function redirectLocation(requestHost: string | null, path: string): string {
  const origins = siteOrigins();
  if (origins.kind === "prefixed" || !localeOf(path)) return path;
  const target = new URL(absoluteUrl(path));
  return target.host === requestHost ? target.pathname : target.href;
}

// The internal routes that render a page, or its preview card, on its first
// request (app/[locale]/on-demand, app/og-cards/on-demand). proxy.ts
// rewrites a reader's URL to them; no link names them.
const ON_DEMAND_SEGMENT = INTERNAL_SEGMENTS.onDemand;
const CARD_ROOT = PREVIEW_IMAGE.cardsRoot;

/** `/en/2017/…/` → `/en/on-demand/2017/…/`. */
export function onDemandPagePath(path: string): string {
  const locale = localeOf(path);
  return locale ? `/${locale}/${ON_DEMAND_SEGMENT}${withoutLocale(path)}` : path;
}

/** The page a preview card URL (shareCardPath) belongs to, if it is one. */
export function cardPagePath(cardPath: string): string | undefined {
  const page = cardPath.slice(CARD_ROOT.length - 1);
  return cardPath.startsWith(CARD_ROOT) && page.endsWith(`/${PREVIEW_IMAGE.cardFile}`)
    ? page.slice(0, -PREVIEW_IMAGE.cardFile.length)
    : undefined;
}

/** A page's preview card URL → the on-demand route that draws it. */
export function onDemandCardPath(pagePath: string): string {
  return `${CARD_ROOT}${ON_DEMAND_SEGMENT}${shareCardPath(pagePath).slice(CARD_ROOT.length - 1)}`;
}

/** Whether a requested path names an on-demand route itself, under a prefix, a domain or the cards. */
export function namesOnDemandRoute(pathname: string): boolean {
  return new RegExp(`^/(?:[a-z]{2}/|${CARD_ROOT.slice(1)})?${ON_DEMAND_SEGMENT}(?:/|$)`, "i").test(pathname);
}

/**
 * The internal path a request names: the path itself with one origin, the
 * path under its domain's language when each language has its own domain.
 */
export function sitePathOf(requestHost: string | null, pathname: string): string {
  if (localeOf(pathname)) return pathname;
  const locale = domainLocaleOf(requestHost);
  return locale ? `/${locale}${pathname}` : pathname;
}

/** The language whose domain `requestHost` is, when each language has its own. */
export function domainLocaleOf(requestHost: string | null): Locale | undefined {
  const origins = siteOrigins();
  if (origins.kind === "prefixed") return undefined;
  const locale = Object.entries(origins.origins).find(([, origin]) => new URL(origin).host === requestHost)?.[0];
  return locale && isLocale(locale) ? locale : undefined;
}

/** The problem-report form's URL for the page at `path`: the form gets the page's absolute URL as `page`. */
export function feedbackHref(formUrl: string, path: string): string {
  const form = new URL(formUrl);
  form.searchParams.set("page", absoluteUrl(path));
  return form.href;
}

/** The language an internal path belongs to, from its prefix. */
export function localeOf(path: string): Locale | undefined {
  const first = LOCALE_PREFIX.exec(path)?.[1];
  return first && isLocale(first) ? first : undefined;
}

/**
 * Whether a path's address on its language's domain starts with a language
 * prefix (`/en/fr/x/`: an English page Hugo wrote at `/fr/x/` on the English
 * domain), where the rule that sends a prefixed path to its language's domain
 * must not take it.
 */
export function isPrefixShaped(path: string): boolean {
  const locale = localeOf(path);
  return locale !== undefined && localeOf(path.slice(locale.length + 1)) !== undefined;
}

/**
 * The folder Hugo wrote a page with a `url` in: the url itself, or, where it
 * names a file (a dot and no closing slash: `/legal/terms.html`, `/v1.2/notes`),
 * the folder that file is in (`/legal/`). The page's files and relative aliases
 * are placed from there.
 */
export function hugoUrlFolder(url: string): string {
  const written = `/${url}`.replace(/^\/+/, "/");
  if (url.includes(".") && !url.endsWith("/")) return written.slice(0, written.lastIndexOf("/") + 1);
  return written.endsWith("/") ? written : `${written}/`;
}

/**
 * The address whose folder holds a page's relative aliases: its `url` as Hugo
 * placed it (a post's too, which this site keeps at its date), else its own
 * address. `old-name` beside `url: /legal/terms.html` is `/old-name/`.
 */
export function relativeAliasBase(pageAddress: string, url: string | undefined): string {
  return url === undefined ? pageAddress : hugoUrlFolder(url);
}

/** An alias as Hugo reads it: one without a leading `/` (`old-name`, `../x`) stands beside the page's address. */
export function aliasBeside(alias: string, pageAddress: string): string {
  if (alias.startsWith("/") || schemeOf(alias)) return alias;
  const segments = pageAddress.split("/").filter(Boolean).slice(0, -1);
  for (const segment of alias.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment && segment !== ".") segments.push(segment);
  }
  return `/${segments.join("/")}/`;
}

/** `address` without a leading `/{locale}` of its own language (`/en/about/` in English is `/about/`). */
export function withoutLanguagePrefix(address: string, locale: Locale): string {
  const prefix = `/${locale}`;
  return address === prefix || address.startsWith(`${prefix}/`) ? address.slice(prefix.length) || "/" : address;
}

/**
 * `address` without a closing index file: Hugo writes the file a `url` or an
 * alias names (`/legal/terms/index.html`), and a server answers its folder
 * (`/legal/terms/`) with it, which is the address readers have.
 */
export function withoutIndexFile(address: string): string {
  return address.replace(/(^|\/)index\.html?$/i, "$1");
}

/** A `url` or alias as Hugo read it within its page's language: without that language's prefix or a closing index file. */
export function withinLanguage(address: string, locale: Locale): string {
  return withoutLanguagePrefix(withoutIndexFile(address), locale);
}

/** A page's `aliases` where Hugo wrote them: each within its language, a relative one beside the page (or its `url`). */
export function hugoAliasesOf(
  aliases: readonly string[],
  locale: Locale,
  pageAddress: string,
  url: string | undefined,
): string[] {
  const base = relativeAliasBase(pageAddress, url);
  return aliases.map((alias) => aliasBeside(withinLanguage(alias, locale), base));
}

/** An internal path without its language prefix: `/en/blog/` → `/blog/`. */
export function withoutLocale(path: string): string {
  return localeOf(path) ? path.replace(LOCALE_PREFIX, "") || "/" : path;
}
