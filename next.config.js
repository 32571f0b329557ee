import createNextIntlPlugin from "next-intl/plugin";
import { buildTimeEnv, servedOverHttps, siteOrigins } from "./lib/config.js";
import fs from "node:fs";
import { IMAGE_ORIGINS_FILE } from "./lib/content/store-path.js";
import { cacheHeaders, securityHeaders } from "./lib/http-headers.js";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
const origins = siteOrigins();

/** @returns {string[]} the remote image origins of the content tree, written by `npm run content:build`. */
function contentImageOrigins() {
  return fs.existsSync(IMAGE_ORIGINS_FILE) ? JSON.parse(fs.readFileSync(IMAGE_ORIGINS_FILE, "utf8")) : [];
}

/** Files and generated routes that are the same on every domain. */
const SHARED =
  "_next/|assets/|og/|og-cards/|en/|fr/|moved/|healthz|sitemap\\.xml|robots\\.txt|favicon\\.ico|icon\\.svg|apple-icon\\.png";

/**
 * With a domain per language, each domain serves its language without the
 * prefix: `https://numerique.canada.ca/x/` is the page built at `/fr/x/`.
 * @param {"en" | "fr"} locale
 * @param {string} origin
 */
function domainRewrite(locale, origin) {
  return {
    source: `/:path((?!${SHARED}).*)`,
    has: [{ type: "host", value: new URL(origin).hostname }],
    destination: `/${locale}/:path`,
  };
}

/**
 * On a language's domain, a path written with a prefix answers 308 to the
 * unprefixed one on the domain of its language (app/moved). A rewrite to a
 * route handler rather than a `redirects()` entry: Next's own redirects carry
 * none of the headers below.
 * @param {string} origin
 */
function domainPrefixedRewrite(origin) {
  return {
    // Not the 404 pages proxy.ts rewrites to.
    source: "/:locale(en|fr)/:path((?!unmatched/|on-demand/).*)",
    has: [{ type: /** @type {const} */ ("host"), value: new URL(origin).hostname }],
    destination: "/moved/:locale/:path",
  };
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Post URLs end with a slash, as they did on the Jekyll site; the other form answers 308.
  trailingSlash: true,
  // The slash is added by proxy.ts instead, so that its 308 carries the headers below.
  skipTrailingSlashRedirect: true,
  // npm start runs what a deployment runs: .next/standalone/server.js (scripts/standalone.sh).
  output: "standalone",
  poweredByHeader: false,
  // The test command type-checks first (npm run typecheck); doing it again in every build costs time and memory.
  typescript: { ignoreBuildErrors: true },
  env: buildTimeEnv(),
  images: {
    // Post images live in the content tree and are copied to /assets at build time.
    localPatterns: [{ pathname: "/assets/**" }],
    formats: ["image/webp"],
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: securityHeaders({
          imageOrigins: contentImageOrigins(),
          https: servedOverHttps(),
          development: process.env.NODE_ENV === "development",
        }),
      },
      ...cacheHeaders({ domains: origins.kind === "domains" }),
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
        ...(origins.kind === "domains"
          ? [
              ...Object.values(origins.origins).map(domainPrefixedRewrite),
              domainRewrite("en", origins.origins.en),
              domainRewrite("fr", origins.origins.fr),
            ]
          : []),
        // The French search page's own name (app/[locale]/search serves both languages).
        { source: "/fr/recherche/", destination: "/fr/search/" },
        // The 404 page is only ever served with status 404.
        { source: "/:locale(en|fr)/page-not-found/", destination: "/:locale/unmatched/page-not-found/" },
      ],
      afterFiles: [],
      fallback: [
        // Paths under a locale that no page was prerendered for: other spellings of a URL, or nothing.
        { source: "/:locale(en|fr)/:path*", destination: "/:locale/unmatched/:path*" },
        // Old URLs without a language prefix, from the Jekyll sites.
        { source: "/:path*", destination: "/former/:path*" },
      ],
    };
  },
};

export default withNextIntl(nextConfig);
