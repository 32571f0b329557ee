import { tryToParsePath } from "next/dist/lib/try-to-parse-path";
import { describe, expect, it, vi } from "vitest";
import { routing } from "@/i18n/routing";
import { INTERNAL_SEGMENTS, PREVIEW_IMAGE } from "@/lib/site";
import { blogPath, postPath, searchPagePaths, shareCardPath, tagPath, withoutLocale } from "@/lib/urls";

// proxy.ts's matcher is a literal Next reads at build, so it cannot be built
// from the site's tables; this checks it against them instead. A renamed or
// added segment or language that the proxy would no longer see fails here.
vi.mock("@/lib/content/stored", () => ({
  readOnDemandPaths: () => [],
  readStoredStaticRoots: () => [],
  readStoredPageResources: () => [],
  readStoredPrefixShapedPaths: () => [],
}));
const { config } = await import("@/proxy");

const matchers = config.matcher.map((source) => {
  const { regexStr, error } = tryToParsePath(source);
  if (!regexStr || error) throw new Error(`proxy.ts matcher ${source} does not parse`);
  return new RegExp(regexStr, "i");
});
const seenByProxy = (path: string) => matchers.some((matcher) => matcher.test(path));

describe("the proxy's matcher", () => {
  const post = (locale: (typeof routing.locales)[number]) =>
    postPath(locale, { year: "2019", month: "07", day: "08" }, "a-post");

  it.each(routing.locales)(
    "sees every page in %s the build may leave for its first request, and its card",
    (locale) => {
      const paths = [post(locale), blogPath(locale, 7), tagPath(locale, "a-tag", 3), shareCardPath(post(locale))];
      // With a domain per language, the same pages without the prefix.
      const unprefixed = paths.slice(0, 3).map(withoutLocale);
      expect([...paths, ...unprefixed].filter((path) => !seenByProxy(path))).toEqual([]);
    },
  );

  it.each(routing.locales)("sees the internal on-demand route under %s, to answer it with a 404", (locale) => {
    const onDemand = INTERNAL_SEGMENTS.onDemand;
    expect(
      [`/${locale}/${onDemand}/x/`, `/${onDemand}/x/`, `${PREVIEW_IMAGE.cardsRoot}${onDemand}/x/`].filter(
        (p) => !seenByProxy(p),
      ),
    ).toEqual([]);
  });

  it("sees paths without their trailing slash and paths with percent-encoding", () => {
    expect(seenByProxy("/en/blog")).toBe(true);
    expect(seenByProxy("/fr/%C3%A0-propos/")).toBe(true);
  });

  it("leaves the search pages alone, in each language's words and on its domain, but sees them without their slash", () => {
    const searchPages = routing.locales.flatMap(searchPagePaths);
    const pages = [...searchPages, ...searchPages.map(withoutLocale)];
    expect(pages.filter(seenByProxy)).toEqual([]);
    expect(pages.map((page) => page.replace(/\/$/, "")).filter((page) => !seenByProxy(page))).toEqual([]);
    expect(seenByProxy("/en/search/page/2/")).toBe(true);
  });

  it("leaves Next's files, the content's images and the health check alone", () => {
    expect(["/_next/static/chunks/a.js", "/assets/img/a.png", "/healthz", "/favicon.ico"].filter(seenByProxy)).toEqual(
      [],
    );
  });
});
