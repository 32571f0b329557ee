import { expect, test, type APIRequestContext } from "@playwright/test";
import sharp from "sharp";
import { otherLocale } from "@/i18n/routing";
import { absoluteUrl, foldSlug, hugoSlug } from "@/lib/urls";
import { expectLandsOn, fetchPage, hreflangs, meta, visibleText } from "./html";
import {
  entries,
  expectedMutualTranslation,
  expectedToggle,
  expectedTranslation,
  site,
  sourceFrontMatter,
  sourceText,
} from "./site";
import { hugoFileName, sameText, tree, treeEntry } from "./tree";

const remotePictures = site.posts
  .flatMap((post) => [post.image?.src, post.thumb?.src])
  .filter((src) => src !== undefined);

// Every post and page of the built tree, as served: status, language, title,
// toggle, images, head for search engines and link previews, and the other
// spellings and old URLs that must lead to it.

async function expectImage(request: APIRequestContext, src: string, size?: { width: number; height: number }) {
  const response = await request.get(src);
  expect(response.status(), src).toBe(200);
  expect(response.headers()["content-type"], src).toMatch(/^image\//);
  if (size) expect(await sharp(await response.body()).metadata(), src).toMatchObject(size);
}

/** Whether an old-domain link names a post of the tree: by its date and its slug, in either spelling of names. */
function namesTreePost(href: string): boolean {
  const [, date, slug] = /^\/(\d{4}\/\d{2}\/\d{2})\/([^/]+)/.exec(new URL(href).pathname) ?? [];
  if (!slug) return false;
  const slugs = [foldSlug(decodeURIComponent(slug)), hugoSlug(decodeURIComponent(slug))];
  return tree.some(
    (entry) => entry.kind === "post" && slugs.some((candidate) => entry.path.endsWith(`/${date}/${candidate}/`)),
  );
}

test("every file the tree publishes is built, and nothing else", () => {
  expect(tree.length, "files read from the tree").toBeGreaterThan(0);
  expect(
    entries()
      .map((entry) => entry.source)
      .sort(),
  ).toEqual(tree.map((entry) => entry.source).sort());
});

for (const entry of entries()) {
  test(`${entry.source} serves at ${entry.path}`, async ({ request }) => {
    const source = treeEntry(entry.source);
    expect(source, "the file, read from the tree").toBeDefined();
    expect(entry.path, "the URL its name, date or permalink give it").toBe(source?.path);
    expect(entry.translationPath, "its translation, as the tree names it").toBe(expectedTranslation(entry));
    const { status, headers, document } = await fetchPage(request, entry.path);
    expect(status).toBe(200);
    expect(headers["set-cookie"]).toBeUndefined();
    expect(document.querySelector("html")?.getAttribute("lang")).toBe(entry.locale);
    expect(sameText(visibleText(document.querySelector("h1"))), "the title its front matter gives").toBe(source?.title);

    const other = otherLocale(entry.locale);
    const toggle = document.querySelector(`header a[hreflang="${other}"]`);
    expect(toggle?.getAttribute("lang")).toBe(other);
    expect(toggle?.getAttribute("href")).toBe(expectedToggle(entry));
    const landing = await fetchPage(request, expectedToggle(entry));
    expect(landing.status).toBe(200);

    // Pictures on the department's image host cannot be fetched from here; they must be exactly those the content names.
    const sources = new Set(document.querySelectorAll("img").map((image) => image.getAttribute("src") ?? ""));
    const sourceWritten = sourceText(entry);
    for (const src of sources) {
      if (/^https:\/\//.test(src))
        expect(
          remotePictures.includes(src) ||
            sourceWritten.includes(src) ||
            sourceWritten.includes(src.replaceAll("&", "&amp;")),
          `${src}: named by the post's front matter or body`,
        ).toBe(true);
      // A bundle's own picture (`picture.jpg`) is written beside its page, as a browser reads it.
      else
        await expectImage(request, src.startsWith("/") ? src : new URL(src, `http://localhost${entry.path}`).pathname);
    }

    const url = absoluteUrl(entry.path);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(url);
    expect(visibleText(document.querySelector("title"))).toMatch(
      / - (Canadian Digital Service|Service numérique canadien)$/,
    );
    // A page with no description and no text of its own (a list of cards) has no description to give.
    expect(meta(document, "description") ?? "").toBe(entry.summary);
    const alternates = hreflangs(document);
    expect(alternates["x-default"]).toBe(absoluteUrl("/"));
    // Only a pair whose files name each other is told to search engines; the toggle follows any translation.
    const mutual = expectedMutualTranslation(entry);
    if (mutual) {
      expect(alternates[`${entry.locale}-CA`]).toBe(url);
      expect(alternates[`${other}-CA`]).toBe(absoluteUrl(mutual));
      expect(hreflangs(landing.document)[`${entry.locale}-CA`]).toBe(url);
      expect(meta(document, "og:locale:alternate")).toBe(`${other}_CA`);
    } else {
      expect(Object.keys(alternates)).toEqual(["x-default"]);
    }
    expect(meta(document, "og:type")).toBe(entry.kind === "post" ? "article" : "website");
    expect(meta(document, "og:url")).toBe(url);
    expect(meta(document, "og:title")).toBe(entry.title);
    expect(meta(document, "og:description") ?? "").toBe(entry.summary);
    expect(meta(document, "og:site_name")).toBeTruthy();
    expect(meta(document, "og:locale")).toBe(`${entry.locale}_CA`);
    expect(meta(document, "og:image:alt")).toBeTruthy();
    expect(meta(document, "twitter:card")).toBe("summary_large_image");
    const image = meta(document, "og:image") ?? "";
    expect(image).toMatch(/^https?:\/\//);
    const remoteHero =
      entry.kind === "post" && entry.image && /^https:/.test(entry.image.src) ? entry.image : undefined;
    if (remoteHero) {
      // The link preview shows the post's own picture, described by its own alt text.
      expect(image).toBe(remoteHero.src);
      expect(meta(document, "og:image:alt")).toBe(remoteHero.alt || entry.title);
    } else {
      expect([meta(document, "og:image:width"), meta(document, "og:image:height")]).toEqual(["1200", "630"]);
      await expectImage(request, new URL(image).pathname, { width: 1200, height: 630 });
    }
    if (image.includes("/og-cards/")) expect(meta(document, "og:image:alt")).toMatch(/^(Preview card|Carte d’aperçu)/);

    if (entry.locale === "fr") {
      // French spacing: no ordinary space before : ; ! ? » or after «, outside code.
      const prose = document.querySelector(".prose");
      for (const code of prose?.querySelectorAll("code, pre") ?? []) code.remove();
      expect(prose?.text ?? "").not.toMatch(/ [:;!?»]|« /);
    }

    if (entry.kind !== "post") return;
    expect(meta(document, "article:published_time")).toBe(entry.date.iso);
    const posting = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.text ?? "{}");
    expect(posting).toMatchObject({
      "@type": "BlogPosting",
      datePublished: entry.date.iso,
      url,
      inLanguage: `${entry.locale}-CA`,
    });
    const oldDomainPostLinks = document
      .querySelectorAll(".prose a")
      .map((link) => link.getAttribute("href") ?? "")
      .filter((href) => /^https?:\/\/(digital|numerique)\.canada\.ca\/\d{4}\//.test(href))
      // A link naming no post of the tree stays as written: the build warns about it (content:check).
      .filter(namesTreePost);
    expect(oldDomainPostLinks).toEqual([]);

    // The file name's spelling under the locale, or in capitals when it is already canonical. A Jekyll post is
    // named by what follows its file name's date; a Hugo post by its whole name (`:filename`), date and all.
    const written = hugoFileName(entry.source);
    const jekyll = entry.source.split("/").includes("_posts");
    const [, year, month, day, datedSlug] = (jekyll && /^(\d{4})-(\d{2})-(\d{2})-(.+)$/.exec(written)) || [];
    const fileSlug = datedSlug ?? written;
    const spelling = fileSlug === entry.slug ? fileSlug.toUpperCase() : fileSlug;
    const { year: y, month: m, day: d } = entry.date;
    await expectLandsOn(request, `/${entry.locale}/${y}/${m}/${d}/${encodeURIComponent(spelling)}/`, entry.path);
    // The old sites' un-prefixed URL, with the file name's date and spelling (Jekyll trees name files by date).
    if (datedSlug)
      await expectLandsOn(request, `/${year}/${month}/${day}/${encodeURIComponent(datedSlug)}/`, entry.path);
    // The spelling its translation's trans_url uses.
    const namer = entries().find((candidate) => candidate.translationPath === entry.path);
    const transUrl = namer && sourceFrontMatter(namer).trans_url;
    if (typeof transUrl === "string" && transUrl.startsWith("/")) {
      await expectLandsOn(
        request,
        transUrl.replace(/\/?$/, "/").split("/").map(encodeURIComponent).join("/"),
        entry.path,
      );
    }
  });
}
