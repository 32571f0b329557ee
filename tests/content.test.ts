import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatFinding } from "@/lib/build/findings";
import { loadContent } from "@/lib/build/load";

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

describe("a messy Jekyll tree", async () => {
  const content = await loadContent(fixture("messy"));
  const post = (source: string) => {
    const found = content.posts.find((candidate) => candidate.source === source);
    if (!found) throw new Error(`no post from ${source}`);
    return found;
  };
  const hello = post("_posts/en/2020-01-02-hello-world.md");
  const bonjour = post("_posts/fr/2020-01-03-bonjour-le-monde.html");
  const lines = content.findings.map(formatFinding);

  it("dates a post by its front matter, in its own offset", () => {
    expect(hello.path).toBe("/en/2020/01/03/hello-world/");
    expect(hello.date.iso).toBe("2020-01-03T23:30:00-08:00");
  });

  it("never shows Liquid as code: a page's own values filled in, loops and unknown tags left out and said", () => {
    const about = content.pages.find((page) => page.path === "/en/about/");
    expect(about?.bodyText).toContain("The About page, at the blog.");
    expect(about?.bodyHtml).toContain('<a href="/en/blog/">the blog</a>');
    expect(about?.bodyText).toContain("Write {{ page.title }} to show a title.");
    expect(about?.bodyHtml).not.toMatch(/\{%|nobody reads/);
    expect(lines).toEqual(
      expect.arrayContaining([
        "_pages/en/about.md:9: warning: the Liquid tag `{% include %}` (what it wraps is kept) is left out: this site does not run Jekyll's Liquid; write what it showed as HTML or markdown",
        "_pages/en/about.md:8: warning: the Liquid tag `{% if %}` (what it wraps is kept) is left out: this site does not run Jekyll's Liquid; write what it showed as HTML or markdown",
      ]),
    );
  });

  it("shows its own blog where a page's permalink is the blog's, and says the page is not published", () => {
    expect(content.pages.map((page) => page.path)).not.toContain("/en/blog/");
    expect(lines).toContain(
      "_pages/en/blog.html:3: warning: `permalink: /blog/` is the address of this site's own blog, which is shown there instead of this page; give the page another permalink if its text must be published",
    );
  });

  it("leaves out a post whose front matter says `published: false`, as Jekyll does", () => {
    expect(content.posts.map((each) => each.source)).not.toContain("_posts/en/2020-06-01-held-back.md");
    expect(content.unpublished.map((each) => [each.path, each.reason])).toContainEqual([
      "/en/2020/06/01/held-back/",
      "draft",
    ]);
  });

  it("splits a string of tags at its spaces, as Jekyll does", () => {
    expect(post("_posts/en/2020-03-01-by-slug.md").tags).toEqual(["design", "research"]);
  });

  it("keeps the last value of a key written twice, and says so", () => {
    expect(hello.description).toBe("Second description");
    expect(lines).toContain(
      "_posts/en/2020-01-02-hello-world.md:3: warning: `description` is written twice (again on line 4); the last value is used, delete this one",
    );
  });

  it("pairs translations by folded spelling, by the other side's trans_url, and by slug alone", () => {
    expect(hello.translationPath).toBe(bonjour.path);
    expect(bonjour.translationPath).toBe(hello.path);
    expect(post("_posts/en/2020-03-01-by-slug.md").translationPath).toBe("/fr/2020/03/02/par-slug/");
    expect(post("_posts/fr/2020-03-02-par-slug.md").translationPath).toBe("/en/2020/03/01/by-slug/");
    expect(post("_posts/en/2020-02-01-untranslated.md").translationPath).toBeUndefined();
    expect(content.pages.find((page) => page.source === "_pages/en/about.md")?.translationPath).toBe("/fr/a-propos/");
  });

  it("sanitizes bodies and keeps what editors use", () => {
    expect(hello.bodyHtml).not.toMatch(/<script|javascript:|onclick/i);
    expect(hello.bodyHtml).toContain("<table>");
    expect(bonjour.bodyHtml).toContain('<h2 id="une-partie">Une partie</h2>');
  });

  it("points old-site and un-prefixed links at this site's canonical URLs", () => {
    expect(hello.bodyHtml).toContain('href="/en/2020/01/03/hello-world/"');
    expect(hello.bodyHtml).toContain('href="/fr/2020/01/03/bonjour-le-monde/#part"');
  });

  it("renders no image whose file is missing, and warns with the file", () => {
    expect(hello.bodyHtml).not.toContain("nope.png");
    expect(bonjour.image).toBeUndefined();
    expect(hello.image).toEqual({
      src: "/assets/img/cds/post-images/square.svg",
      alt: "A blue rectangle",
      width: 40,
      height: 20,
    });
    expect(lines).toContain(
      "_posts/fr/2020-01-03-bonjour-le-monde.html:4: warning: image missing-hero.jpg is missing (looked for /assets/img/cds/post-images/missing-hero.jpg); add the file or fix `image`",
    );
  });

  it("keeps a title's inline HTML for headings and its plain text elsewhere", () => {
    expect(hello.titleHtml).toBe("Hello <em>world</em>\u00a0!");
    expect(hello.title).toBe("Hello world\u00a0!");
  });

  it("reads _posts by Jekyll's name rule: a one-digit month, a day carried past the month's end, no undated name", () => {
    expect(post("_posts/en/2020-1-5-one-digit-month.md").path).toBe("/en/2020/01/05/one-digit-month/");
    expect(post("_posts/en/2020-04-31-past-the-month.md").path).toBe("/en/2020/05/01/past-the-month/");
    expect(content.posts.map((each) => each.source)).not.toContain("_posts/en/README.md");
    expect(lines).toContain(
      "_posts/en/README.md:1: warning: is in _posts, but its name is not a date and a name (YYYY-MM-DD-name.md), so Jekyll did not publish it, and neither does this site; rename it so to publish it",
    );
    expect(lines).toContain(
      "_posts/en/2020-04-31-past-the-month.md:1: warning: the file name's date 2020-04-31 is not a real day, so the post is dated 2020-05-01, as Jekyll dated it; rename the file with the day meant",
    );
  });

  it("reads posts and pages outside the language folders, as Jekyll did, each in the language its `lang:` says", () => {
    expect(post("_posts/2017-07-17-a-post-before-language-folders.md").path).toBe(
      "/fr/2017/07/17/a-post-before-language-folders/",
    );
    const pageAt = (source: string) => content.pages.find((page) => page.source === source)?.path;
    expect(pageAt("_pages/engagement-report/a-page-before-language-folders.html")).toBe(
      "/en/a-page-before-language-folders/",
    );
    expect(pageAt("_pages/contact.md")).toBe("/en/contact/");
    expect(lines).toContain(
      "_pages/contact.md:1: warning: has no `lang` and is in no language's folder, so it is published in en; add `lang: en` or `lang: fr`, or move it into the folder of its language",
    );
    expect(lines.filter((line) => line.includes("language-folders") && line.includes("no `lang`"))).toEqual([]);
  });

  it("orders posts newest first", () => {
    expect(content.posts.filter((p) => p.locale === "en").map((p) => p.path)).toEqual([
      "/en/2020/05/01/past-the-month/",
      "/en/2020/03/01/by-slug/",
      "/en/2020/02/01/untranslated/",
      "/en/2020/01/05/one-digit-month/",
      "/en/2020/01/03/hello-world/",
    ]);
  });

  it("gives the same URLs whatever the server's time zone", async () => {
    const saved = process.env.TZ;
    const pathsIn = async (zone: string) => {
      process.env.TZ = zone;
      return (await loadContent(fixture("messy"))).posts.map((p) => p.path);
    };
    try {
      expect(await pathsIn("Pacific/Kiritimati")).toEqual(await pathsIn("America/Los_Angeles"));
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe("content with errors", () => {
  it("names the file and line of broken YAML", async () => {
    const { findings } = await loadContent(fixture("broken-yaml"));
    expect(findings.map(formatFinding)).toEqual([
      expect.stringMatching(/^_posts\/en\/2020-01-01-broken\.md:\d+: error: front matter is not valid YAML: .+/),
    ]);
  });

  it("names both files that fold to the same URL, and each bad field", async () => {
    const lines = (await loadContent(fixture("duplicate-url"))).findings.map(formatFinding);
    expect(lines).toContain(
      "_posts/en/2020-01-01-same post.md:1: error: has the same URL /en/2020/01/01/same-post/ as _posts/en/2020-01-01-Same-Post.md; rename one of them",
    );
    expect(lines).toContain(
      "_posts/fr/2020-01-01-bad-lang.md:4: warning: `layout: cds/unknown` is not a layout this site knows (cds/post, post, blog, cds/page, page); files with it are shown as posts, as the folder says",
    );
  });
});
