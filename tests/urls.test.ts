import { describe, expect, it } from "vitest";
import {
  aliasBeside,
  blogPageNumber,
  blogPath,
  expandPermalink,
  foldRequestPath,
  foldSlug,
  hugo111Sanitize,
  hugoSanitize,
  hugoSlug,
  pagePath,
  parseSiteLink,
  postPath,
  relativeAliasBase,
  withoutLanguagePrefix,
} from "@/lib/urls";

describe("Hugo's aliases and urls", () => {
  it("spells a name as Hugo 0.111 did, hyphens as written, and as later Hugo does", () => {
    expect(hugo111Sanitize("a--b Plan’s (draft)")).toBe("a--b-Plans-draft");
    expect(hugo111Sanitize("-old-form")).toBe("-old-form");
    expect(hugoSanitize("a--b Plan’s (draft)")).toBe("a-b-Plans-draft");
  });

  it("puts an alias without a leading slash beside its page, and keeps others as written", () => {
    expect(aliasBeside("old-name", "/legal/terms/")).toBe("/legal/old-name/");
    expect(aliasBeside("../elsewhere/x", "/legal/terms/")).toBe("/elsewhere/x/");
    expect(aliasBeside("old-post", "/2021/05/05/a-post/")).toBe("/2021/05/05/old-post/");
    expect(aliasBeside("/kept/", "/legal/terms/")).toBe("/kept/");
  });

  it("resolves the relative aliases of a page whose url names a file from the folder that file is written in", () => {
    expect(relativeAliasBase("/legal/terms-html/", "/legal/terms.html")).toBe("/legal/");
    expect(relativeAliasBase("/v1-2/notes/", "/v1.2/notes")).toBe("/v1.2/");
    expect(relativeAliasBase("/notes-html/", "notes.html")).toBe("/");
    expect(relativeAliasBase("/legal/dir-d/", "/legal/dir.d/")).toBe("/legal/dir.d/");
    // A post's `url` is where Hugo wrote it, and its aliases stand beside that, not beside its date.
    expect(relativeAliasBase("/2021/05/05/a-post/", "/our-post")).toBe("/our-post/");
    expect(aliasBeside("older", relativeAliasBase("/2021/05/05/a-post/", "/our-post"))).toBe("/older/");
    expect(relativeAliasBase("/legal/terms/", undefined)).toBe("/legal/terms/");
    expect(aliasBeside("old-name", relativeAliasBase("/legal/terms-html/", "/legal/terms.html"))).toBe("/old-name/");
  });

  it("reads a url that names its own language within it, and leaves the other language's alone", () => {
    expect(withoutLanguagePrefix("/en/about/", "en")).toBe("/about/");
    expect(withoutLanguagePrefix("/en", "en")).toBe("/");
    expect(withoutLanguagePrefix("/english/", "en")).toBe("/english/");
    expect(withoutLanguagePrefix("/fr/a-propos/", "en")).toBe("/fr/a-propos/");
  });
});

describe("foldSlug", () => {
  it.each([
    ["parlons-de-l’expérience-utilisateur", "parlons-de-l-experience-utilisateur"],
    ["donner-aux-utilisateurs-les-moyens-de-réussir", "donner-aux-utilisateurs-les-moyens-de-reussir"],
    ["setting-users-up for-success-with-content-design", "setting-users-up-for-success-with-content-design"],
    ["Le-SNC-accueille-son-premier-dirigeant-principal", "le-snc-accueille-son-premier-dirigeant-principal"],
    ["Œuvre d’Æsope", "oeuvre-d-aesope"],
    ["--Qu’est-ce que c’est ?--", "qu-est-ce-que-c-est"],
    ["ÉTÉ 2018: «bilan»", "ete-2018-bilan"],
  ])("folds %s to %s", (written, folded) => {
    expect(foldSlug(written)).toBe(folded);
  });

  it("gives the same slug for NFC and NFD spellings", () => {
    expect(foldSlug("réussir".normalize("NFD"))).toBe(foldSlug("réussir".normalize("NFC")));
  });
});

describe("Hugo's post addresses", () => {
  // Hugo keeps `#@+~` in a file's address; a request spells them percent-encoded.
  it.each(["what-we-learned-#8211-part-1", "c++-and-more", "email@canada", "tilde~name"])(
    "a request for Hugo's address of %s folds to the post's slug",
    (fileName) => {
      const requested = foldRequestPath("en", ["2019", "01", "02", encodeURIComponent(hugoSanitize(fileName))]);
      expect(requested).toBe(`/en/2019/01/02/${hugoSlug(fileName)}/`);
    },
  );
});

describe("permalinks", () => {
  it("builds post, page and blog paths with a trailing slash", () => {
    expect(postPath("fr", { year: "2017", month: "08", day: "03" }, "pourquoi")).toBe("/fr/2017/08/03/pourquoi/");
    expect(pagePath("fr", "/À propos/")).toBe("/fr/a-propos/");
    expect(blogPath("en")).toBe("/en/blog/");
    expect(blogPath("fr", 3)).toBe("/fr/blogue/page/3/");
  });

  it("folds a requested path, percent-encoded or not, to its canonical form", () => {
    expect(foldRequestPath("fr", ["2018", "06", "14", "parlons-de-l%E2%80%99exp%C3%A9rience-utilisateur"])).toBe(
      "/fr/2018/06/14/parlons-de-l-experience-utilisateur/",
    );
    expect(foldRequestPath("en", ["Blog", "Page", "2"])).toBe("/en/blog/page/2/");
    expect(foldRequestPath("en", ["%E0%A4%A"])).toBe("/en/e0-a4-a/");
  });

  it("reads blog page numbers only from that language's blog", () => {
    expect(blogPageNumber("fr", ["blogue"])).toBe(1);
    expect(blogPageNumber("fr", ["blogue", "page", "4"])).toBe(4);
    expect(blogPageNumber("fr", ["Blogue", "PAGE", "4"])).toBe(4);
    expect(blogPageNumber("fr", ["blog", "page", "4"])).toBeUndefined();
    // Not a positive whole number as written: no page, by one rule.
    for (const written of ["0", "-1", "abc", "1.5", "%2D1"])
      expect(blogPageNumber("fr", ["blogue", "page", written])).toBe(0);
  });
});

describe("Hugo's permalink patterns", () => {
  // Each case as Debian's hugo 0.111 wrote it for a page in `blog/deep/er/` (both folders with an `_index`) and one
  // in `blog/posts/` (no `_index` there or in `blog/`, whose entries Hugo then ends with an empty one).
  const nested = { title: "Deep One", slug: "deep", filename: "deep", sections: ["blog", "deep", "er"] };
  const top = { title: "Hello There", filename: "hello", sections: ["blog", ""] };
  it.each([
    ["/:sections/:slug/", "/blog/deep/er/deep/", "/blog/Hello-There/"],
    ["/:sections[0]/", "/blog/", "/blog/"],
    ["/:sections[1]/", "/deep/", "//"],
    ["/:sections[last]/", "/er/", "//"],
    ["/:sections[LAST]/", "/er/", "//"],
    ["/:sections[1:]/", "/deep/er/", "//"],
    ["/:sections[:last]/", "/blog/deep/", "/blog/"],
    ["/:sections[last:]/", "/er/", "//"],
    ["/:sections[1:last]/", "/deep/", "//"],
    ["/:sections[5:]/", "//", "//"],
    ["/:sections[-1]/", "/blog/", "/blog/"],
    ["/:sections[a]/", "/blog/", "/blog/"],
    ["/:section/", "/blog/", "/blog/"],
  ])("expands %s", (pattern, nestedAddress, topAddress) => {
    expect(expandPermalink(pattern, nested)).toBe(nestedAddress);
    expect(expandPermalink(pattern, top)).toBe(topAddress);
  });

  it("cuts a top-level section with an `_index` as one entry", () => {
    const inBlog = { title: "Top", filename: "top", sections: ["blog"] };
    expect(expandPermalink("/:sections[last]/:sections[:last]/:filename/", inBlog)).toBe("/blog//top/");
  });

  it("names a date's month and weekday in English, its weekday from Sunday as 0, and its day of the year", () => {
    const parts = { ...top, date: { year: "2021", month: "12", day: "31" } };
    expect(expandPermalink("/:monthname/:weekdayname/:weekday/:yearday/:year-:month-:day/", parts)).toBe(
      "/December/Friday/5/365/2021-12-31/",
    );
    // Go's zero date, a page's without one, was a Monday.
    expect(expandPermalink("/:year/:monthname/:weekdayname/:weekday/:yearday/", top)).toBe("/1/January/Monday/1/1/");
  });
});

describe("parseSiteLink", () => {
  it("reads a trans_url with or without domain, locale, trailing slash", () => {
    for (const link of [
      "/2017/08/03/why-canada-needs-a-digital-service/",
      "/2017/08/03/why-canada-needs-a-digital-service",
      "/en/2017/08/03/why-canada-needs-a-digital-service/",
      "https://digital.canada.ca/2017/08/03/Why-Canada-needs-a-digital-service",
    ]) {
      expect(parseSiteLink(link)).toMatchObject({
        kind: "post",
        date: { year: "2017", month: "08", day: "03" },
        slug: "why-canada-needs-a-digital-service",
      });
    }
    expect(parseSiteLink("/fr/2017/08/03/x/")).toMatchObject({ locale: "fr" });
  });

  it("reads the address Hugo gives an undated post, in year 1", () => {
    expect(parseSiteLink("/1/01/01/a-post-with-no-date/")).toMatchObject({
      kind: "post",
      date: { year: "1", month: "01", day: "01" },
      slug: "a-post-with-no-date",
    });
  });

  it("reads a page permalink", () => {
    expect(parseSiteLink("/a-propos/")).toEqual({ kind: "page", locale: undefined, permalink: "a-propos" });
    expect(parseSiteLink("")).toBeUndefined();
  });
});
