import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Post URLs end with a slash, as they did on the Jekyll site; the other form answers 308.
  trailingSlash: true,
  poweredByHeader: false,
  images: {
    // Post images live in the content tree and are copied to /assets at build time.
    localPatterns: [{ pathname: "/assets/**" }],
    formats: ["image/webp"],
  },
  async rewrites() {
    return {
      // The 404 page is only ever served with status 404.
      beforeFiles: [{ source: "/:locale(en|fr)/page-not-found/", destination: "/:locale/unmatched/page-not-found/" }],
      afterFiles: [],
      // Paths under a locale that no page was prerendered for: other spellings of a URL, or nothing.
      fallback: [{ source: "/:locale(en|fr)/:path*", destination: "/:locale/unmatched/:path*" }],
    };
  },
};

export default withNextIntl(nextConfig);
