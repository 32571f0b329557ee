// How Next maps a reader's URL onto the app/ folders, derived from the site's
// tables (i18n/routing.ts, lib/site.ts) rather than written out: a new
// language or a renamed segment changes these rules with it.
import { LOCALE_ALTERNATIVES, routing, type Locale } from "../i18n/routing";
import type { SiteOrigins } from "./config";
import { INTERNAL_SEGMENTS, PREPARED_PICTURES_ROOT, PREVIEW_IMAGE, TRANSLATED_SEGMENTS } from "./site";
import { localeOf, routeSourceLiteral, segmentSpellings } from "./urls";

type Rewrite = { source: string; destination: string; has?: Array<{ type: "host"; value: string }> };

const { onDemand, unmatched, pageNotFound, searchBusy, searchShell, moved, former, search, staticFile } =
  INTERNAL_SEGMENTS;
const LOCALE_PARAM = `:locale(${LOCALE_ALTERNATIVES})`;
const folder = (path: string) => path.replace(/^\/|\/$/g, "");

/** Folders and routes of this site's own at the root of every domain, never under a language. */
const SHARED_FOLDERS = [
  "_next",
  "assets",
  folder(PREVIEW_IMAGE.cutsRoot),
  folder(PREVIEW_IMAGE.cardsRoot),
  folder(PREPARED_PICTURES_ROOT),
  moved,
  staticFile,
] as const;

/**
 * First segments of a page's address (after its language) that this site keeps
 * for its own routes: a page of the content there cannot be reached on one
 * domain or another (lib/build/reserved-addresses.ts says so).
 */
export const RESERVED_FIRST_SEGMENTS: readonly string[] = [
  ...SHARED_FOLDERS,
  "healthz",
  onDemand,
  unmatched,
  pageNotFound,
  searchBusy,
  searchShell,
];

/** Files and generated routes that are the same on every domain, never under a language. */
const SHARED_ROUTES = [
  ...SHARED_FOLDERS.map((name) => `${name}/`),
  ...routing.locales.map((locale) => `${locale}/`),
  "healthz",
  "sitemap\\.xml",
  "robots\\.txt",
  "favicon\\.ico",
  "icon\\.svg",
  "apple-icon\\.png",
];

const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The same, with a Hugo tree's static files (served at the root of every domain). */
function sharedPaths(staticRoots: readonly string[]): string {
  // A file (it has an extension) by its name; a folder by its name and `/`, but for an address that ends with `/`,
  // the folder's own among them: a page there (`url: /reports/annual-report/` beside `static/reports/`, or the list
  // of `content/en/reports/`) is its language's, as Hugo wrote both.
  const names = staticRoots.flatMap((name) =>
    segmentSpellings(name).map((spelling) =>
      name.includes(".") ? escaped(spelling) : `${escaped(spelling)}/(?=.*[^/]$)`,
    ),
  );
  return [...SHARED_ROUTES, ...names].join("|");
}

const onHost = (origin: string) => [{ type: "host" as const, value: new URL(origin).hostname }];

/**
 * With a domain per language, each domain serves its language without the
 * prefix (`https://numerique.canada.ca/x/` is the page built at `/fr/x/`), and
 * a path written with a prefix answers 308 to the unprefixed one on its
 * language's domain (app/moved): a rewrite to a route handler rather than a
 * `redirects()` entry, since Next's own redirects carry none of the site's headers.
 */
function domainRewrites(
  origins: Record<Locale, string>,
  staticRoots: readonly string[],
  prefixShapedPaths: readonly string[],
): Rewrite[] {
  const shared = sharedPaths(staticRoots);
  const prefixShaped = routing.locales.map((locale) => ({
    locale,
    addresses: prefixShapedPaths
      .filter((path) => localeOf(path) === locale)
      .map((path) => path.slice(locale.length + 1)),
  }));
  return [
    // An address of this domain's language that starts with a prefix (`/fr/x/` on the English domain, where Hugo
    // wrote an English page) is that language's, not a prefixed path: the rule after this one leaves it alone,
    // so a page answers and an alias reaches app/[locale]/unmatched, which finds it.
    ...prefixShaped.flatMap(({ locale, addresses }) =>
      addresses.flatMap((address) =>
        pathSpellings(address).map((spelling) => ({
          source: routeSourceLiteral(spelling),
          has: onHost(origins[locale]),
          destination: encodedPath(`/${locale}${address}`),
        })),
      ),
    ),
    ...prefixShaped.map(({ locale, addresses }) => {
      const kept = [unmatched, onDemand].map((segment) => `${segment}/`);
      for (const address of addresses) kept.push(...pathSpellings(address.slice(1)).map(escaped));
      return {
        // Not the 404 pages proxy.ts rewrites to, nor the addresses above.
        source: `/${LOCALE_PARAM}/:path((?!${kept.join("|")}).*)`,
        has: onHost(origins[locale]),
        destination: `/${moved}/:locale/:path`,
      };
    }),
    ...routing.locales.map((locale) => ({
      source: `/:path((?!${shared}).*)`,
      has: onHost(origins[locale]),
      destination: `/${locale}/:path`,
    })),
  ];
}

/** A path as a browser sends it: each segment percent-encoded. */
const encodedPath = (path: string) => path.split("/").map(encodeURIComponent).join("/");

/** The ways a path may arrive: as written, and encoded. */
const pathSpellings = (path: string) => [...new Set([path, encodedPath(path)])];

/**
 * A static file named with a leading dot (`img/.DS_Store`) goes to the route
 * that serves it: Next's own file serving answers 500 for such a name. Each
 * segment as written and as a browser encodes it.
 */
function dotfileRewrites(dotfiles: readonly string[]): Rewrite[] {
  return dotfiles.flatMap((file) =>
    pathSpellings(file).map((spelling) => ({
      source: `/${routeSourceLiteral(spelling)}`,
      destination: `/${staticFile}/${encodedPath(file)}`,
    })),
  );
}

/** What the content build stored that routing depends on (lib/content/stored.ts). */
export type StoredRouting = {
  staticRoots: readonly string[];
  staticDotfiles: readonly string[];
  prefixShapedPaths: readonly string[];
};

export function siteRewrites(
  origins: SiteOrigins,
  { staticRoots, staticDotfiles, prefixShapedPaths }: StoredRouting,
  development = false,
) {
  return {
    beforeFiles: [
      ...dotfileRewrites(staticDotfiles),
      ...(origins.kind === "domains" ? domainRewrites(origins.origins, staticRoots, prefixShapedPaths) : []),
      // The search page's name in each language (app/[locale]/search serves both).
      ...routing.locales
        .filter((locale) => TRANSLATED_SEGMENTS.search[locale] !== search)
        .map((locale) => ({
          source: `/${locale}/${TRANSLATED_SEGMENTS.search[locale]}/`,
          destination: `/${locale}/${search}/`,
        })),
      // The 404 and search-busy pages are only ever served with their status, 404 and 503, and the
      // search shell only filled in; `next dev` asks itself for the shell (lib/search/shell.ts).
      ...[pageNotFound, searchBusy, ...(development ? [] : [searchShell])].map((page) => ({
        source: `/${LOCALE_PARAM}/${page}/`,
        destination: `/:locale/${unmatched}/${page}/`,
      })),
    ],
    afterFiles: [],
    fallback: [
      // Paths under a locale that no page was prerendered for: other spellings of a URL, or nothing.
      { source: `/${LOCALE_PARAM}/:path*`, destination: `/:locale/${unmatched}/:path*` },
      // Old URLs without a language prefix, from the Jekyll sites.
      { source: "/:path*", destination: `/${former}/:path*` },
    ],
  };
}
