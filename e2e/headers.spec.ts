import { expect, test } from "@playwright/test";
import { servedOverHttps } from "@/lib/config";
import { blogPath, feedPath, homePath, searchPath } from "@/lib/urls";
import { rawRequest, type RawResponse } from "./raw-http";
import { expectSecurityHeaders } from "./security-headers";
import { locales, samplePage, samplePost, site } from "./site";

// Every kind of response the site gives, in both languages: the security
// headers, no cookie or version, and a Cache-Control a CDN can act on.

type Kind = "page" | "search" | "not found" | "redirect" | "document" | "image" | "asset" | "health";

const https = servedOverHttps();
const responses: Array<[Kind, string, string]> = [["page", "language selection", "/"]];
for (const locale of locales) {
  const post = samplePost(locale);
  const page = samplePage(locale);
  responses.push(
    ["page", `${locale} home`, homePath(locale)],
    ["page", `${locale} blog`, blogPath(locale)],
    ["page", `${locale} post`, post.path],
    ...(page ? [["page", `${locale} page`, page.path] as [Kind, string, string]] : []),
    ["not found", `${locale} 404`, `/${locale}/nope/`],
    ["not found", `${locale} 404 of a path Next cannot decode`, `/${locale}/%E0%A4%A`],
    ["redirect", `${locale} path without its slash`, blogPath(locale).slice(0, -1)],
    ["redirect", `${locale} prefix in capitals`, `/${locale.toUpperCase()}/`],
    ["redirect", `${locale} post in other case`, post.path.toUpperCase().replace(/^\/(EN|FR)/, `/${locale}`)],
    ["redirect", `${locale} post's old URL`, post.path.replace(/^\/(en|fr)/, "")],
    ["document", `${locale} feed`, feedPath(locale)],
    ["search", `${locale} search`, searchPath(locale, "service")],
  );
}
responses.push(
  ["not found", "bilingual 404", "/nope/"],
  ["redirect", "old feed", "/feed.xml"],
  ["document", "sitemap", "/sitemap.xml"],
  ["document", "robots.txt", "/robots.txt"],
  ["document", "generated preview card", "/og-cards/en/card.png"],
  // Browsers ask for it on every site: a 404 here is an error in every console.
  ["image", "favicon", "/favicon.ico"],
  ["health", "health check", "/healthz"],
);
const shareImage = site.posts.find((post) => post.shareImage)?.shareImage;
if (shareImage) responses.push(["document", "hero cut for link previews", shareImage]);
const heroImage = site.posts.find((post) => post.image?.src.startsWith("/"))?.image?.src;
if (heroImage) responses.push(["image", "post image", encodeURI(heroImage)]);

const expectedStatus: Record<Kind, number> = {
  page: 200,
  search: 200,
  "not found": 404,
  redirect: 308,
  document: 200,
  image: 200,
  asset: 200,
  health: 200,
};

function expectCacheControl(kind: Kind, response: RawResponse, what: string) {
  const cacheControl = String(response.headers["cache-control"] ?? "");
  const maxAge = Number(/(?:^|[ ,])max-age=(\d+)/.exec(cacheControl)?.[1] ?? 0);
  const sharedMaxAge = Number(/s-maxage=(\d+)/.exec(cacheControl)?.[1] ?? maxAge);
  switch (kind) {
    case "page":
    case "document":
      // Kept by shared caches until a deploy purges them; browsers revalidate (README, "Deploying").
      expect(cacheControl, what).not.toMatch(/private|no-store|no-cache/);
      expect(sharedMaxAge, `${what}: ${cacheControl}`).toBeGreaterThanOrEqual(3600);
      expect(maxAge, `${what}: browsers revalidate`).toBe(0);
      break;
    case "search":
      // Rendered per request, the same for everyone: shared caches keep it a few minutes.
      expect(cacheControl, what).toMatch(/public/);
      expect(sharedMaxAge, `${what}: ${cacheControl}`).toBeGreaterThanOrEqual(60);
      expect(sharedMaxAge, `${what}: ${cacheControl}`).toBeLessThanOrEqual(3600);
      expect(maxAge, `${what}: browsers revalidate`).toBe(0);
      break;
    case "image":
      expect(cacheControl, what).toMatch(/public/);
      expect(sharedMaxAge, `${what}: ${cacheControl}`).toBeGreaterThanOrEqual(3600);
      break;
    case "not found":
      expect(cacheControl, what).toMatch(/public/);
      expect(sharedMaxAge, `${what}: ${cacheControl}`).toBe(60);
      break;
    case "redirect":
      expect(cacheControl, what).toMatch(/public/);
      expect(maxAge, `${what}: ${cacheControl}`).toBeGreaterThan(0);
      expect(response.headers.location, `${what}: same-origin redirects are relative`).toMatch(/^\/(?!\/)/);
      break;
    case "asset":
      expect(cacheControl, what).toBe("public, max-age=31536000, immutable");
      break;
    case "health":
      expect(cacheControl, what).toBe("no-store");
  }
}

for (const [kind, what, path] of responses) {
  test(`${what} (${kind}): security headers and caching`, async () => {
    const response = await rawRequest(path);
    expect(response.status, path).toBe(expectedStatus[kind]);
    expectSecurityHeaders(response.headers, what, { https });
    expectCacheControl(kind, response, what);
  });
}

test("hashed assets (scripts, styles, fonts, images) are immutable and carry the headers", async ({ request }) => {
  const html = await (await request.get(samplePost("en").path)).text();
  const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((match) => match[1]))];
  for (const kind of [/\.js$/, /\.css$/, /\.woff2$/, /\.svg$/]) {
    expect(
      assets.some((asset) => kind.test(asset)),
      `a ${kind} asset on the page`,
    ).toBe(true);
  }
  for (const asset of assets) {
    const response = await rawRequest(asset);
    expect(response.status, asset).toBe(200);
    expectSecurityHeaders(response.headers, asset, { https });
    expectCacheControl("asset", response, asset);
  }
});
