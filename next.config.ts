import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { buildTimeEnv, servedOverHttps, siteOrigins } from "./lib/config";
import {
  readStoredImageOrigins,
  readStoredPrefixShapedPaths,
  readStoredStaticDotfiles,
  readStoredStaticRoots,
} from "./lib/content/stored";
import { cacheHeaders, securityHeaders } from "./lib/http-headers";
import { optimizedPicturePatterns } from "./lib/image-optimizer";
import { siteRewrites } from "./lib/rewrites";

// next.config.ts and the modules it imports (lib/config, lib/http-headers, lib/image-optimizer,
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
  // Rendered pages are kept on disk, and in memory only the most asked for (10 MB of entries, not
  // Next's 50 MB, which is several times that in heap): after a crawl of every page at 8,000
  // posts an instance holds 359 MB, not 681. None at all (0) is smaller still, but then a post
  // read from disk waits behind a search flood (npm run bench:search measured 17 % of its
  // throughput alone, against 90 % with 10 MB).
  cacheMaxMemorySize: 10 * 1024 * 1024,
  // The test command type-checks first (npm run typecheck); doing it again in every build costs time and memory.
  typescript: { ignoreBuildErrors: true },
  env: buildTimeEnv(),
  images: {
    localPatterns: optimizedPicturePatterns(readStoredStaticRoots()),
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
    return siteRewrites(
      origins,
      {
        staticRoots: readStoredStaticRoots(),
        staticDotfiles: readStoredStaticDotfiles(),
        prefixShapedPaths: readStoredPrefixShapedPaths(),
      },
      process.env.NODE_ENV === "development",
    );
  },
};

export default withNextIntl(nextConfig);
