// What defines this site's addresses, declared once: the path segments each
// language translates, the internal route segments no reader sees, and the
// link-preview size. lib/urls.ts builds paths from these tables; next.config.ts
// derives its rewrites and cache rules from them, and a test checks proxy.ts's
// matcher (which Next reads as a literal) against them.
import type { Locale } from "../i18n/routing";

/** The segments each language writes in its own words: `/en/blog/`, `/fr/blogue/`. */
export const TRANSLATED_SEGMENTS = {
  blog: { en: "blog", fr: "blogue" },
  tags: { en: "tags", fr: "etiquettes" },
  untranslated: { en: "not-translated", fr: "non-traduit" },
  search: { en: "search", fr: "recherche" },
} as const satisfies Record<string, Record<Locale, string>>;

export type TranslatedSegment = keyof typeof TRANSLATED_SEGMENTS;

/**
 * The folders of app/ that serve what a reader's URL does not name: next.config.ts
 * and proxy.ts rewrite to them. Each must match its folder's name.
 */
export const INTERNAL_SEGMENTS = {
  /** app/[locale]/on-demand, app/og-cards/on-demand: pages and cards rendered on their first request. */
  onDemand: "on-demand",
  /** app/[locale]/unmatched: a path under a language with no page of its own. */
  unmatched: "unmatched",
  /** app/[locale]/page-not-found: the 404 page, only ever served with status 404. */
  pageNotFound: "page-not-found",
  /** app/[locale]/search-busy: the page a search refused for load gets, only ever served with status 503. */
  searchBusy: "search-busy",
  /** app/[locale]/search-shell: the search page around an empty slot, which each search fills (lib/search/shell.ts). */
  searchShell: "search-shell",
  /** app/moved: with a domain per language, a prefixed path answers 308 to its own domain. */
  moved: "moved",
  /** app/static-file: a static file named with a leading dot, which Next's own file serving refuses. */
  staticFile: "static-file",
  /** app/former: old URLs without a language prefix. */
  former: "former",
  /** app/[locale]/search: the search page of both languages, whatever its translated name. */
  search: "search",
} as const;

/** Where the build's versions of the content's pictures are served (lib/build/pictures.ts). */
export const PREPARED_PICTURES_ROOT = "/pictures/";

/** Link-preview images: a hero image cut, or a card drawn for a page without one. */
export const PREVIEW_IMAGE = {
  width: 1200,
  height: 630,
  /** Where cuts of hero images are served, named by their content. */
  cutsRoot: "/og/",
  /** Where generated cards are served: `/og-cards/en/…/card.png`. */
  cardsRoot: "/og-cards/",
  cardFile: "card.png",
} as const;

/** The old Jekyll sites, one host per language: links to them are links to this site. */
export const OLD_SITE_HOSTS = { en: "digital.canada.ca", fr: "numerique.canada.ca" } as const satisfies Record<
  Locale,
  string
>;

/** The Hugo site's tag pages, `/tags/{tag}/` in both languages: old links to them lead to this site's tag pages. */
export const HUGO_TAGS_SEGMENT = "tags";

/** Hugo's other taxonomy, `/categories/{term}/`: its terms are this site's tags, its list the tag index. */
export const HUGO_CATEGORIES_SEGMENT = "categories";

/** The pages a Hugo tree's footer links, by their English address, with their translations: the notices a GC site must have. */
export const HUGO_FOOTER_PAGES: readonly string[] = ["/terms/", "/privacy/"];
