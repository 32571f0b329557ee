import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { buildTimeEnv, servedOverHttps, siteOrigins } from "./lib/config";
import { readStoredImageOrigins, readStoredStaticRoots } from "./lib/content/stored";
import { cacheHeaders, securityHeaders } from "./lib/http-headers";
import { siteRewrites } from "./lib/rewrites";

// next.config.ts and the modules it imports (lib/config, lib/http-headers,
// lib/rewrites, lib/urls, lib/site, lib/content/stored, i18n/routing) import each other by
// relative path: Next compiles them for the config, and resolves `@/` only here.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
const origins = siteOrigins();

const nextConfig: NextConfig = {
  // Post URLs end with a slash, as they did on the Jekyll site; the other form answers 308.
  trailingSlash: true,
  // The slash is added by proxy.ts instead, so that its 308 carries the headers below.
  skipTrailingSlashRedirect: true,
  // npm start runs what a deployment runs: .next/standalone/server.js (scripts/standalone.sh).
  output: "standalone",
  poweredByHeader: false,
  // Rendered pages are kept on disk only, not also in each instance's memory (50 MB of entries by
  // default, several times that in heap): the kernel keeps hot files in memory outside the
  // process, and an instance stays small after a crawl of every page.
  cacheMaxMemorySize: 0,
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
          imageOrigins: readStoredImageOrigins(),
          https: servedOverHttps(),
          development: process.env.NODE_ENV === "development",
        }),
      },
      ...cacheHeaders({ domains: origins.kind === "domains", staticRoots: readStoredStaticRoots() }),
    ];
  },
  async rewrites() {
    return siteRewrites(origins, readStoredStaticRoots());
  },
};

export default withNextIntl(nextConfig);
