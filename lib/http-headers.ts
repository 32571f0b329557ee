// The response headers of this site, defined once. next.config.ts applies the
// security headers to every path; the route handlers that build their own
// responses (404s, redirects, health, search) take their Cache-Control from here.
import { routing } from "../i18n/routing";
import { PREPARED_PICTURES_ROOT } from "./site";
import { routeSourceLiteral, searchPagePaths, segmentSpellings, withoutLocale } from "./urls";

export type Header = { key: string; value: string };
export type SiteHeaders = {
  /** The remote origins the content's images come from (computed at build). */
  imageOrigins: readonly string[];
  /** Whether the site is served over https (HSTS and upgrading requests). */
  https: boolean;
  /** `next dev`, whose React needs eval for its error overlay. */
  development?: boolean;
};

/** The only host whose frames sanitizing lets into a body (lib/build/safety.ts). */
export const EMBED_ORIGIN = "https://www.youtube-nocookie.com";

/** How long each kind of response may be kept, and by whom. */
export const CACHE_CONTROL = {
  /**
   * Pages, feeds, sitemap, link-preview images: kept by shared caches until a
   * deploy purges them, revalidated by browsers (what Next sends for prerendered pages).
   */
  document: "public, max-age=0, s-maxage=31536000",
  /** Search results: rendered per request, the same for everyone; shared caches absorb repeated queries. */
  search: "public, max-age=0, s-maxage=300",
  /** The content tree's images: their names rarely change meaning; browsers may keep them a day. */
  contentImage: "public, max-age=86400, s-maxage=31536000",
  /** Prepared pictures (lib/build/pictures.ts): named by their source's bytes, so a name never changes meaning. */
  preparedPicture: "public, max-age=31536000, immutable",
  /** 404s: briefly, so a flood of bad URLs is absorbed by the cache without hiding a new page for long. */
  notFound: "public, max-age=60, s-maxage=60",
  /** 308s to a canonical URL: they do not change between deploys. */
  redirect: "public, max-age=3600, s-maxage=86400",
  /** Health checks and anything per request. */
  none: "no-store",
} as const;

export function contentSecurityPolicy({ imageOrigins, https, development = false }: SiteHeaders): string {
  const directives = [
    "default-src 'self'",
    // Next's prerendered pages bootstrap with inline scripts that differ per page and
    // cannot carry a per-request nonce without rendering on every request (README).
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    // next/image and next/font write style attributes; bodies lose theirs to sanitizing.
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self'", ...imageOrigins].join(" "),
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    `frame-src ${EMBED_ORIGIN}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Features this site never uses, turned off for it and for anything it embeds. */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "ambient-light-sensor=()",
  "autoplay=()",
  "battery=()",
  "bluetooth=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
  `fullscreen=(self "${EMBED_ORIGIN}")`,
].join(", ");

export type HeaderRule = { source: string; missing: Array<{ type: "header"; key: string }>; headers: Header[] };

/**
 * Cache-Control for the files Next serves as plain files or metadata routes,
 * which it would otherwise mark for revalidation on every request, even by CDNs.
 * `domains`: each language has its own domain, so its paths are also served unprefixed.
 */
export function cacheHeaders({
  domains,
  staticRoots = [],
}: {
  domains: boolean;
  /** A Hugo tree's static files, cached like the content's images. */
  staticRoots?: readonly string[];
}): HeaderRule[] {
  // Never on a request of Next's router (`RSC: 1`): Next answers it with a 307 to an `_rsc=` URL,
  // which a shared cache must not keep under the page's own URL and hand to a browser.
  const rule = (source: string, value: string): HeaderRule => ({
    source,
    missing: [{ type: "header", key: "rsc" }],
    headers: [{ key: "Cache-Control", value }],
  });
  // The search pages' paths, and (two-domain mode) the same without their prefix.
  const prefixed = routing.locales.flatMap(searchPagePaths);
  const searchPaths = [...new Set([...prefixed, ...(domains ? prefixed.map(withoutLocale) : [])])];
  return [
    rule("/sitemap.xml", CACHE_CONTROL.document),
    rule("/robots.txt", CACHE_CONTROL.document),
    rule("/og/:path*", CACHE_CONTROL.document),
    rule("/og-cards/:path*", CACHE_CONTROL.document),
    rule("/assets/:path*", CACHE_CONTROL.contentImage),
    rule(`${PREPARED_PICTURES_ROOT}:path*`, CACHE_CONTROL.preparedPicture),
    // A file of a folder of static/, not an address ending in `/`: a page may stand in that folder, or be its
    // list (lib/rewrites.ts), and is revalidated as every page is. Next lets any source end with an optional
    // `/`, so the lookahead, not the pattern's last character, keeps such addresses out; for the same reason
    // only a file at the root of static/ (it has an extension, as lib/rewrites.ts tells them) has its own rule.
    ...staticRoots
      .flatMap(segmentSpellings)
      .map((name) => rule(`/${routeSourceLiteral(name)}/:path((?!.*/$).+)`, CACHE_CONTROL.contentImage)),
    ...staticRoots
      .filter((name) => name.includes("."))
      .flatMap(segmentSpellings)
      .map((name) => rule(`/${routeSourceLiteral(name)}`, CACHE_CONTROL.contentImage)),
    // The icons change only with the GC packages they are cut from (scripts/icons.ts).
    rule("/favicon.ico", CACHE_CONTROL.contentImage),
    ...searchPaths.map((path) => rule(path, CACHE_CONTROL.search)),
  ];
}

/** The headers every response carries, whatever its kind. */
export function securityHeaders(site: SiteHeaders): Header[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(site) },
    ...(site.https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
}
