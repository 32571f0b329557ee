import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Post } from "@/lib/content/model";
import { summarize } from "@/lib/build/render";
import { atomFeed } from "@/lib/feed";

const post: Post & { bodyHtml: string } = {
  kind: "post",
  locale: "fr",
  slug: "ete",
  path: "/fr/2018/06/14/ete/",
  source: "_posts/fr/2018-06-14-ete.md",
  title: "« L’été » & <b>les</b> “défis”",
  titleHtml: "« L’été » &amp; &lt;b&gt;les&lt;/b&gt; “défis”",
  summary: 'Un résumé avec <em>du HTML</em> & des "guillemets"',
  bodyHtml: '<p>Corps <a href="/fr/blogue/">blogue</a></p>',
  date: { year: "2018", month: "06", day: "14", iso: "2018-06-14T09:00:00-04:00", instant: 0 },
  author: "Équipe & cie",
  modified: { iso: "2018-07-02T10:00:00-04:00", day: "2018-07-02", source: "front matter" },
  tags: ["r-d"],
};

describe("Atom feed", () => {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(
    atomFeed("fr", "Blogue « SNC »", [post], () => [
      { locale: "fr", slug: "r-d", name: "R&D", posts: [post.path], pages: [] },
    ]),
  );

  it("keeps French quotes, ampersands and HTML as text", () => {
    expect(parsed.feed.title["#text"]).toBe("Blogue « SNC »");
    expect(parsed.feed.entry.title["#text"]).toBe(post.title);
    expect(parsed.feed.entry.summary["#text"]).toBe(post.summary);
    expect(parsed.feed.entry.author.name).toBe("Équipe & cie");
  });

  it("declares its language and links absolutely", () => {
    expect(parsed.feed["@xml:lang"]).toBe("fr-CA");
    expect(parsed.feed.entry.link["@href"]).toBe("http://localhost:3000/fr/2018/06/14/ete/");
    expect(parsed.feed.entry.published).toBe("2018-06-14T09:00:00-04:00");
  });

  it("names each post's tags as categories", () => {
    expect(parsed.feed.entry.category).toEqual({ "@term": "r-d", "@label": "R&D" });
  });
});

describe("summarize", () => {
  it("takes the first paragraph, cut at a word near 160 characters", () => {
    const long = "Mot ".repeat(60).trim();
    const summary = summarize(`<h2>Titre</h2><p>${long}</p><p>Second</p>`);
    expect(summary.length).toBeLessThanOrEqual(161);
    expect(summary).toMatch(/^Mot( Mot)+…$/);
    expect(summarize("<p>Court &amp; <em>net</em>.</p>")).toBe("Court & net.");
  });
});
