import createNextIntlPlugin from "next-intl/plugin";
import { buildTimeEnv, siteOrigins } from "./lib/config.js";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
const origins = siteOrigins();

/** Files and generated routes that are the same on every domain. */
const SHARED = "_next/|assets/|og/|og-cards/|en/|fr/|sitemap\\.xml|robots\\.txt|favicon";

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
 * On a language's domain, a prefixed path answers 308 to the unprefixed one, on the domain of its language.
 * @param {Record<"en" | "fr", string>} byLocale
 */
function domainRedirects(byLocale) {
  return Object.values(byLocale).flatMap((origin) =>
    Object.entries(byLocale).flatMap(([locale, target]) => {
      const has = [{ type: /** @type {const} */ ("host"), value: new URL(origin).hostname }];
      return [
        { source: `/${locale}/`, has, destination: `${target}/`, permanent: true },
        { source: `/${locale}/:path+/`, has, destination: `${target}/:path+/`, permanent: true },
      ];
    }),
  );
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Post URLs end with a slash, as they did on the Jekyll site; the other form answers 308.
  trailingSlash: true,
  poweredByHeader: false,
  env: buildTimeEnv(),
  images: {
    // Post images live in the content tree and are copied to /assets at build time.
    localPatterns: [{ pathname: "/assets/**" }],
    formats: ["image/webp"],
  },
  async redirects() {
    if (origins.kind === "domains") return domainRedirects(origins.origins);
    // The old site's feed.
    return [{ source: "/feed.xml", destination: "/en/feed.xml", permanent: true }];
  },
  async rewrites() {
    return {
      beforeFiles: [
        ...(origins.kind === "domains"
          ? [domainRewrite("en", origins.origins.en), domainRewrite("fr", origins.origins.fr)]
          : []),
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
