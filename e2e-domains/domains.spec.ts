import { expect, test, type APIRequestContext } from "@playwright/test";
import { otherLocale, type Locale } from "@/i18n/routing";
import { siteOrigins } from "@/lib/config";
import { absoluteUrl, blogPath, feedPath, foldPermalink, homePath, localeOf } from "@/lib/urls";
import { expectSecurityHeaders } from "../e2e/security-headers";
import { entries, locales, samplePost, site } from "../e2e/site";
import { tree } from "../e2e/tree";

const origins = siteOrigins();
if (origins.kind !== "domains") throw new Error("run with SITE_URL_EN and SITE_URL_FR set: npm run test:domains");
const domains = origins.origins;
const hostOf = (locale: Locale) => new URL(domains[locale]).host;
const unprefixed = (path: string) => path.replace(/^\/(en|fr)/, "") || "/";

async function get(request: APIRequestContext, locale: Locale, path: string) {
  return request.get(path, { headers: { host: hostOf(locale) }, maxRedirects: 0 });
}

/** The site's own pictures a page draws (a post's hero through Next's optimizer, the signature), each once. */
const picturesAsked = new Set<string>();
function newPicturesOf(locale: Locale, html: string): string[] {
  const sources = [...html.matchAll(/<img\b[^>]*?\ssrc="([^"]+)"/g)].map(([, src]) => src.replaceAll("&amp;", "&"));
  const fresh = sources.filter(
    (src) => src.startsWith("/") && !src.startsWith("//") && !picturesAsked.has(`${locale} ${src}`),
  );
  for (const src of fresh) picturesAsked.add(`${locale} ${src}`);
  return [...new Set(fresh)];
}

for (const entry of entries()) {
  test(`${entry.source} is served unprefixed on its language's domain`, async ({ request }) => {
    const response = await get(request, entry.locale, unprefixed(entry.path));
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<html lang="${entry.locale}"`);
    expect(html).toContain(`<link rel="canonical" href="${absoluteUrl(entry.path)}"/>`);
    // A post's picture that is a file of static/ (`image: /img/cds/…`, as the department's early Hugo posts wrote it).
    for (const src of newPicturesOf(entry.locale, html)) {
      const picture = await get(request, entry.locale, src);
      expect(picture.status(), src).toBe(200);
      expect(picture.headers()["content-type"], src).toMatch(/^image\//);
    }
    expect(absoluteUrl(entry.path)).toBe(domains[entry.locale] + unprefixed(entry.path));
    const toggle = /class="language-toggle" href="([^"]+)"/.exec(html)?.[1] ?? "";
    const other = otherLocale(entry.locale);
    expect(toggle.startsWith(`${domains[other]}/`), toggle).toBe(true);
    expect((await get(request, other, new URL(toggle).pathname)).status(), toggle).toBe(200);

    // On the other domain, a path that starts with a language's name (an English page Hugo put at `/fr/…`) names that
    // domain's own pages, and an undated post's (Hugo's year 1, `/1/01/01/…`) no post: neither is sent across.
    if (new RegExp(`^/(${locales.join("|")}|\\d{1,3})/`).test(unprefixed(entry.path))) return;
    const crossed = await get(request, other, unprefixed(entry.path));
    // A folder both languages name alike (`/form-submission/`) is a page on each domain.
    const twin = entries().some(
      (candidate) => candidate.locale === other && unprefixed(candidate.path) === unprefixed(entry.path),
    );
    if (twin) {
      expect(crossed.status()).toBe(200);
      return;
    }
    expect(crossed.status()).toBe(308);
    // An alias in the host's own language, a page's or a list's, or its own redirect stub there (the French
    // `join-our-team/index.html` beside an English list), wins over sending the reader to the other domain.
    const folded = foldPermalink(unprefixed(entry.path));
    const aliasOwner =
      site.pages.find((page) => page.locale === other && page.redirectFrom.includes(folded))?.path ??
      site.listAliases[`/${other}/${folded}/`];
    const stub = site.stubs.find((candidate) => candidate.path === `/${other}/${folded}/`)?.target;
    const stubLeads = (target: string) =>
      localeOf(target) === other ? unprefixed(target) : target.startsWith("/") ? absoluteUrl(target) : target;
    const expected = aliasOwner ? unprefixed(aliasOwner) : stub ? stubLeads(stub) : absoluteUrl(entry.path);
    expect(crossed.headers().location).toBe(expected);
  });
}

for (const locale of locales) {
  test(`${locale}: prefixed paths, the feed and the sitemap use the domain of their language`, async ({ request }) => {
    const prefixed = await get(request, otherLocale(locale), blogPath(locale));
    expect(prefixed.status()).toBe(308);
    expect(prefixed.headers().location).toBe(`${domains[locale]}${unprefixed(blogPath(locale))}`);
    const feed = await (await get(request, locale, "/feed.xml")).text();
    expect(feed).toContain(`<id>${absoluteUrl(feedPath(locale))}</id>`);
    expect(absoluteUrl(feedPath(locale))).toBe(`${domains[locale]}/feed.xml`);
    const sitemap = await (await get(request, locale, "/sitemap.xml")).text();
    expect(sitemap).toContain(`<loc>${domains[locale]}${unprefixed(blogPath(locale))}</loc>`);
  });
}

for (const locale of locales) {
  test(`${locale}: every kind of response on its https domain carries the headers, HSTS included`, async ({
    request,
  }) => {
    const other = otherLocale(locale);
    const responses: Array<[string, string, number]> = [
      ["home", "/", 200],
      ["post", unprefixed(samplePost(locale).path), 200],
      ["404", "/nope/", 404],
      ["path without its slash", unprefixed(blogPath(locale)).slice(0, -1), 308],
      ["prefixed path", blogPath(locale), 308],
      ["path of the other language", unprefixed(samplePost(other).path), 308],
      ["feed", "/feed.xml", 200],
      ["sitemap", "/sitemap.xml", 200],
      ["health check", "/healthz", 200],
    ];
    for (const [what, path, status] of responses) {
      const response = await get(request, locale, path);
      expect(response.status(), `${what}: ${path}`).toBe(status);
      expectSecurityHeaders(response.headers(), `${locale} ${what}`, { https: true });
    }
  });

  test(`${locale}: a redirect stays relative on its own domain, absolute only to the other`, async ({ request }) => {
    const sameDomain = await get(request, locale, blogPath(locale));
    expect(sameDomain.headers().location).toBe(unprefixed(blogPath(locale)));
    // A folder named for its language (`content/fr/fr/`) is a page at `/fr/` on its domain, as Hugo wrote it.
    const folderAtPrefix = tree.some((entry) => entry.locale === locale && unprefixed(entry.path) === homePath(locale));
    const home = await get(request, locale, homePath(locale).slice(0, -1));
    expect(home.headers().location).toBe(folderAtPrefix ? homePath(locale) : "/");
    const noSlash = await get(request, locale, unprefixed(blogPath(locale)).slice(0, -1));
    expect(noSlash.headers().location).toBe(unprefixed(blogPath(locale)));
    const crossed = await get(request, locale, unprefixed(samplePost(otherLocale(locale)).path));
    expect(crossed.headers().location).toBe(absoluteUrl(samplePost(otherLocale(locale)).path));
  });
}

test("each domain searches in its language at its own address, and the toggle crosses to the other", async ({
  request,
}) => {
  for (const [locale, path] of [
    ["en", "/search/?q=service"],
    ["fr", "/recherche/?q=service"],
  ] as const) {
    const response = await get(request, locale, path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<html lang="${locale}"`);
    const toggle = /class="language-toggle" href="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(toggle.startsWith(`${domains[otherLocale(locale)]}/`), toggle).toBe(true);
    expect(response.headers()["cache-control"], path).toMatch(/s-maxage=/);
  }
});
