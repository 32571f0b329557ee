// What the department's Hugo trees of 2018 to 2025 taught (tests/fixtures/hugo-history):
// spellings the first fixture did not have, each read as Hugo reads it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FindingList } from "@/lib/build/findings";
import { splitFrontMatter } from "@/lib/build/frontmatter";
import { loadContent } from "@/lib/build/load";
import { CALENDAR_DAY_FORMAT, calendarDayOf } from "@/lib/post-date";
import { readMeta } from "@/lib/build/meta";
import { parseRefreshContent, readRefresh } from "@/lib/build/refresh";

const tree = path.join(import.meta.dirname, "fixtures", "hugo-history");
const loaded = loadContent(tree);
/**
 * The fixture loaded with some of its files changed for one test, in a copy, so
 * that the shared tree stays as written: each file by its path in the tree is
 * given its new text, or made from its text (empty where it is new), or removed.
 */
async function loadChanged(name: string, changes: Record<string, string | ((text: string) => string) | null>) {
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`)), "site");
  fs.cpSync(tree, copy, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const target = path.join(copy, file);
    if (change === null) {
      fs.rmSync(target);
      continue;
    }
    const text = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, typeof change === "string" ? change : change(text));
  }
  return loadContent(copy);
}
/** The rendered body of the page at `at`, empty when there is none. */
const bodyAt = async (at: string) => (await loaded).pages.find((page) => page.path === at)?.bodyHtml ?? "";
const lines = async () =>
  (await loaded).findings.map((finding) => `${finding.file}:${finding.line}: ${finding.severity}: ${finding.message}`);

describe("a Hugo tree as the department's editors wrote it over the years", () => {
  it("builds with no error", async () => {
    expect((await loaded).findings.filter((finding) => finding.severity === "error")).toEqual([]);
  });

  it("reads capitalised keys, TOML and JSON front matter", async () => {
    const { posts } = await loaded;
    const byPath = new Map(posts.map((post) => [post.path, post]));
    expect(byPath.get("/en/2021/03/04/sample-post-with-capital-keys/")?.title).toBe(
      "A post written with capitalised keys",
    );
    expect(byPath.get("/en/2021/03/04/sample-post-with-capital-keys/")?.translationPath).toBe(
      "/fr/2021/03/04/un-billet-en-toml/",
    );
    expect(byPath.get("/fr/2021/03/04/un-billet-en-toml/")?.description).toBe(
      "Hugo lit aussi le TOML entre deux lignes +++.",
    );
    expect(byPath.get("/en/2020/01/02/a-post-in-json/")?.title).toBe("A post with JSON front matter");
  });

  it("reads redirect stubs in every spelling a browser follows", async () => {
    const { stubs } = await loaded;
    expect(Object.fromEntries(stubs.map((stub) => [stub.path, stub.target]))).toMatchObject({
      "/en/legal/terms/": "/en/roadmap/",
      "/en/legal/old-guides/": "/en/guides/",
      "/en/legal/a-script-stub/": "/en/",
      // A stub among the posts is a stub, not a post; one that names another stub's address leads where that one does.
      "/en/blog/posts/a-post-that-moved/": "/en/2020/01/02/a-post-in-json/",
      "/en/legal/terms-as-first-written/": "/en/roadmap/",
      // What names no page or post, such as a tag Hugo listed, is looked up when a reader asks for the stub.
      "/en/legal/a-stub-to-a-tag/": "/en/tags/privacy-notice-generator/",
    });
    expect(await lines()).toContain(
      "content/en/legal/a-stub-to-a-tag.html:1: warning: redirects to https://digital.canada.ca/tags/privacy-notice-generator/, which names no page or post of this site; unless it is a tag, a feed, a list page or a file beside a page, readers get the page-not-found page: fix the URL",
    );
    expect(await lines()).toContain(
      "content/en/legal/a-script-stub.html:1: warning: redirects to a javascript: address, which a browser does not follow, so it leads to the home page; write the web address (https://…) of the page meant",
    );
    expect(parseRefreshContent("0; url = https://digital.canada.ca/about/")).toEqual({
      url: "https://digital.canada.ca/about/",
    });
    expect(parseRefreshContent(" 5 , URL='/a/'")).toEqual({ url: "/a/" });
    expect(readRefresh('<meta http-equiv = "refresh" content = "0; url = /x/" />')).toEqual({ url: "/x/" });
    expect(readRefresh("<p>no refresh here</p>")).toBeUndefined();
  });

  it("publishes a page whose `url` is a list at its place, and says what to fix", async () => {
    const { pages } = await loaded;
    expect(pages.map((page) => page.path)).toContain("/en/roadmap/");
    expect(await lines()).toContain(
      "content/en/roadmap/_index.md:3: warning: `url` must be one value on one line, not a list or a group of keys; this value is ignored until it is fixed",
    );
  });

  it("gives the address of this site's search to its search, where a page of the tree stood (the older repository's search page)", async () => {
    const { pages } = await loaded;
    expect(pages.map((page) => page.path)).not.toContain("/en/search/");
    expect(await lines()).toContain(
      "content/en/search/_index.md:1: warning: is published at /search/, where this site's own search answers instead, so its words are not shown; give it a `url` elsewhere if they must be",
    );
  });

  it("lists the latest posts on a home written without `sections:`, as the department's home template did", async () => {
    const { homes } = await loaded;
    expect(homes.map((home) => [home.path, home.view.layout === "home" && home.view.latestPosts])).toEqual([
      ["/en/", true],
      ["/fr/", true],
    ]);
    const withSections = await loadContent(path.join(import.meta.dirname, "fixtures", "hugo-site"));
    expect(withSections.homes.map((home) => home.view.layout === "home" && home.view.latestPosts)).toEqual([
      false,
      false,
    ]);
  });

  it("lists a folder without _index, and a section of an unknown layout, with their pages", async () => {
    const { pages } = await loaded;
    const view = (at: string) => pages.find((page) => page.path === at)?.view;
    expect(view("/en/stories/")).toEqual({
      layout: "section",
      // Newest first, as Hugo orders a list (a page with no date is the oldest), then by title.
      children: [
        expect.objectContaining({ path: "/en/stories/older/an-older-story/" }),
        expect.objectContaining({ path: "/en/stories/a-headless-page/" }),
        expect.objectContaining({ title: "A story without a section file", path: "/en/stories/a-story/" }),
      ],
    });
    const guides = view("/en/guides/");
    expect(guides?.layout === "section" && guides.children.map((card) => card.title)).toEqual([
      "Usability testing guide",
      "Interviewing guide",
      "A plain language guide",
    ]);
  });

  it("gives a guide record the button its template drew, to the guide it names (LinkToGuide)", async () => {
    const view = (await loaded).pages.find((page) => page.path === "/en/guides/")?.view;
    const record =
      view?.layout === "section" ? view.children.find((card) => card.title === "A plain language guide") : undefined;
    expect(record?.record?.action).toEqual({ name: "Read the guide", href: "/en/guides/interviewing/" });
  });

  it("names a post written as a bundle (`name/index.md`) by its folder, as Hugo's :filename does", async () => {
    expect((await loaded).posts.map((post) => post.path)).toContain("/en/2020/05/05/a-bundled-post/");
  });

  it("publishes a post written as HTML, as Hugo publishes any content file of the blog", async () => {
    const post = (await loaded).posts.find((entry) => entry.path === "/en/2020/06/07/a-post-written-in-html/");
    expect(post?.bodyHtml).toContain("<strong>HTML</strong>");
  });

  it("puts a page of a section with a permalink pattern where the config says", async () => {
    const paths = (await loaded).pages.map((page) => page.path);
    expect(paths).toContain("/en/senior-developer-role/");
    // `reports: /reports/:year/:slug/`: a page without a date is in Go's year 1, as Hugo wrote it.
    expect(paths).toEqual(
      expect.arrayContaining(["/en/reports/2022/report-2022/", "/en/reports/1/an-undated-report/"]),
    );
    // An HTML file without front matter, which Hugo copied as it was, stays at its place.
    expect(paths).toEqual(expect.arrayContaining(["/en/archive/an-archived-page/", "/en/legal-archive/a-notice/"]));
  });

  it("answers a post at the address another blog permalink pattern gave it, with its files and relative aliases", async () => {
    const { posts, listAliases, resources } = await loadChanged("blog-permalink", {
      "config.yaml": (config) =>
        config
          .replace(
            "blog: /:year/:month/:day/:filename\n      work-with-us",
            "blog: /blog/:year/:slug/\n      work-with-us",
          )
          .replace(/(fr:[\s\S]*blog: )\/:year\/:month\/:day\/:filename/, "$1/:section/:filename/"),
    });
    const at = (title: string) => posts.find((post) => post.title === title)?.path;
    // This site keeps each post at its date and name; Hugo's address leads there.
    expect(listAliases["/fr/blog/un-outil/"]).toBe("/fr/2022/02/04/un-outil/");
    // `:slug` without a `slug` is the title, and a post without a date is in Go's year 1, as Hugo wrote them.
    expect(listAliases["/en/blog/2021/a-post-with-a-relative-alias/"]).toBe(at("A post with a relative alias"));
    expect(listAliases["/en/blog/1/a-post-with-no-date/"]).toBe(at("A post with no date"));
    // A relative alias stands beside Hugo's address of the post, and a bundle's files below it.
    expect(listAliases["/en/blog/2021/its-old-name/"]).toBe(at("A post with a relative alias"));
    expect(resources.map((resource) => resource.path)).toContain("/en/blog/2020/a-post-written-as-a-bundle/figure.svg");
  });

  it("shows the jobs page as its own template drew it: its words, and the roles it lists by Hugo's `where`", async () => {
    const { pages, findings } = await loaded;
    const jobs = pages.find((page) => page.path === "/en/jobs/");
    // The template's list replaces the careers layout's, which would list every role a second time.
    expect(jobs?.view.layout).toBe("body");
    expect(jobs?.bodyText).toMatch(
      /^Work on services that help people\. Our teams build .* Openings A listed role Read about each role before you apply\. How we hire We confirm/,
    );
    // `where .Pages ".Params.linkHidden" "==" false` leaves out a role that says `true`, and one that says nothing.
    expect([...(jobs?.bodyHtml ?? "").matchAll(/href="([^"]+)"/g)].map((match) => match[1])).toEqual([
      "/en/jobs/a-listed-role/",
    ]);
    expect(jobs?.bodyHtml).toContain('<h2 id="work-on-services-that-help-people">');
    expect(findings.map((finding) => `${finding.file}:${finding.line}: ${finding.message}`)).toContain(
      "content/en/jobs/_index.md:5: its words are in layouts/section/jobs.html, its Hugo template, and are shown as Hugo showed them; move them into this file, where editors can change them",
    );
  });

  it("lists job postings below the careers section, at the address Hugo gave them", async () => {
    const careers = (await loaded).pages.find((page) => page.path === "/en/careers/")?.view;
    expect(careers?.layout === "careers" && careers.postings.map((card) => card.path)).toEqual([
      "/en/careers/positions/technical-support-developer-231fd144/",
    ]);
  });

  it("finds blog_posts written percent-encoded or in Hugo 0.111's form of the file name", async () => {
    const { pages } = await loaded;
    const posts = (at: string) => {
      const view = pages.find((page) => page.path === at)?.view;
      return view && "posts" in view ? view.posts.map((card) => card.path) : [];
    };
    expect(posts("/en/toolkit/topic/")).toEqual([
      "/en/2019/05/06/an-old-form-post-name/",
      "/en/2021/03/04/sample-post-with-capital-keys/",
    ]);
    expect(posts("/fr/outils/sujet/")).toEqual(["/fr/2022/02/03/la-mise-a-jour-de-la-declaration/"]);
  });

  it("draws the 2025 toolkit prototype (a section's own `layout: home` with a hero) as the toolkit it was", async () => {
    const { pages } = await loaded;
    const view = (at: string) => pages.find((page) => page.path === at)?.view;
    const landing = view("/en/a-toolkit-prototype/");
    expect(landing?.layout === "landing" && landing.hero?.html).toBe(
      "<p>The prototype’s hero, written in <strong>markdown</strong>.</p>",
    );
    expect(landing && "cards" in landing && landing.cards.map((card) => card.path)).toEqual([
      "/en/a-toolkit-prototype/a-topic/",
    ]);
    const topic = view("/en/a-toolkit-prototype/a-topic/");
    expect(topic?.layout).toBe("list");
    expect(topic && "posts" in topic && topic.posts.map((card) => card.path)).toEqual([
      "/en/2021/03/04/sample-post-with-capital-keys/",
    ]);
    const resource = view("/en/a-toolkit-prototype/a-topic/a-resource/");
    expect(resource?.layout === "single" && resource.lead).toBe("Read it before the accessibility review begins.");
  });

  it("draws a toolkit section with no layout as the toolkit's list of its pages, and only sections as the landing's topics", async () => {
    const { pages } = await loaded;
    const cardsAt = (at: string) => {
      const view = pages.find((page) => page.path === at)?.view;
      return view && "cards" in view ? view.cards.map((card) => card.path) : [];
    };
    expect(pages.find((page) => page.path === "/fr/outils/un-sujet-sans-gabarit/")?.view.layout).toBe("list");
    expect(cardsAt("/fr/outils/un-sujet-sans-gabarit/")).toEqual([
      "/fr/outils/un-sujet-sans-gabarit/une-fiche/",
      "/fr/outils/un-sujet-sans-gabarit/des-notes/une-note-rangee/",
    ]);
    expect(cardsAt("/fr/outils/")).toEqual(["/fr/outils/sujet/", "/fr/outils/un-sujet-sans-gabarit/"]);
    expect(pages.map((page) => page.path)).toContain("/fr/outils/un-guide-en-paquet/");
  });

  it("draws a shortcode whose template wraps .Inner (or is .Inner alone), and leaves out one that computes with a warning", async () => {
    const roadmap = await bodyAt("/en/roadmap/");
    expect(roadmap).not.toContain("{{");
    expect(roadmap).toMatch(/<div[^>]*>\s*<h2 id="what-we-will-do">What we will do<\/h2>/);
    expect(roadmap).toContain("Inner text of an unknown shortcode");
    expect(roadmap).toContain("<p>Words a shortcode passes through as they are.</p>");
    expect(await lines()).toContain(
      "content/en/roadmap/_index.md:10: warning: the shortcode unknown-widget runs Hugo template code (layouts/shortcodes/unknown-widget.html), which this site does not run; what it showed is left out and its content kept: write it as HTML or markdown",
    );
    expect((await lines()).filter((line) => line.includes("passthrough"))).toEqual([]);
  });

  it("runs a shortcode template that lists the page's front matter or the pages of a topic, as the 2024 toolkit did", async () => {
    const body = await bodyAt("/en/service-toolkit/working-in-small-steps/");
    // `range where .Site.RegularPages ".Params.Topic" .Params.topic`, in Hugo's order (weight), as design system cards.
    expect(body).toContain(
      '<h3 id="principles-for-teams"><a href="/en/service-toolkit/principles-for-teams/">Principles for teams</a></h3><p>What a team agrees on before it starts.</p> <h3 id="running-retrospectives">',
    );
    // `range $.Page.Params.resources`, with a variable an `if isset` set.
    expect(body).toContain('<h2 id="other-resources">Other resources</h2>');
    expect(body).toContain(
      '<a href="https://notify.example.ca/" rel="noopener noreferrer">A notification service</a> Send email and text messages.',
    );
    expect(body).toContain('<a href="/en/2020/07/07/a-post-with-aliases/">A post on retrospectives</a>');
    expect(body).not.toContain("{{");
    expect(
      (await lines()).filter((line) => line.includes("working-in-small-steps.md") && line.includes("shortcode")),
    ).toEqual([]);
  });

  it("draws Hugo's own shortcodes as Hugo drew them, and names the one that would load another site's player", async () => {
    const body = await bodyAt("/en/legal/a-page-with-hugo-shortcodes/");
    // `ref` and `relref` beside the page, from the language's folder, by a folder's _index, with an anchor.
    expect(body).toContain('<a href="/en/legal/a-page-linking-ahead/">the page beside this one</a>');
    expect(body).toContain('<a href="/en/roadmap/">the roadmap</a>');
    expect(body).toContain('<a href="/en/2020/07/07/a-post-with-aliases/#part">a part of a post</a>');
    expect(body).toContain('<a href="/en/blog/">the blog</a>');
    expect(body).toContain(
      '<figure><img src="/img/team/alex-sample.jpg" alt="A sample portrait"><figcaption>A portrait drawn by Hugo\'s figure shortcode</figcaption></figure>',
    );
    expect(body).toContain('<iframe src="https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc" title="Video on YouTube"');
    expect(body).toContain('<pre><code class="language-go">fmt.Println("&#x3C;a greeting>")</code></pre>');
    expect(body).toContain("<p>This page is written for every editor.</p>");
    // Hugo's escaped form is shown as the shortcode's text, as Hugo showed it; no other shortcode is.
    expect(body).toContain("<code>{{&#x3C; youtube an-id >}}</code>");
    expect(body.match(/\{\{/g)).toHaveLength(1);
    expect(await lines()).toContain(
      "content/en/legal/a-page-with-hugo-shortcodes.md:16: warning: Hugo's shortcode vimeo loads another site's script or player, which this site's pages do not; it is left out: link to what it showed",
    );
  });

  it("shows the words a design system card, details or notice held in its attributes, which its script drew", async () => {
    const body = await bodyAt("/en/legal/a-page-with-design-system-elements/");
    expect(body).toContain('<img src="/img/team/alex-sample.jpg" alt="A sample portrait">');
    expect(body).toContain(
      '<h2 id="a-forms-tool"><a href="/en/roadmap/">A forms tool</a></h2><p>Build a form in minutes.</p>',
    );
    expect(body).toContain('<p><strong><a href="https://tool.example.ca/"');
    expect(body).toContain("<details><summary>What the pilot covers</summary>");
    expect(body).toContain('<h2 id="before-you-start">Before you start</h2>');
    expect(body).not.toContain("gcds-");
  });

  it("leaves out an inline shortcode whole: its template code is never shown to readers", async () => {
    const roadmap = (await loaded).pages.find((page) => page.path === "/en/roadmap/");
    expect(roadmap?.bodyHtml).not.toContain(".Title");
    expect(roadmap?.bodyHtml).not.toContain("range");
    expect(roadmap?.bodyHtml).toContain("After the cards.");
    expect(await lines()).toContain(
      "content/en/roadmap/_index.md:12: warning: the inline shortcode cards.inline runs Hugo template code, which this site does not run; it is left out: write what it showed as HTML or markdown",
    );
  });

  it("publishes a post whose picture is damaged without it, and names the file", async () => {
    const post = (await loaded).posts.find((entry) => entry.path === "/en/2017/09/10/a-damaged-picture/");
    expect(post?.image).toBeUndefined();
    expect(await lines()).toContain(
      "content/en/blog/posts/a-damaged-picture.md:4: warning: image /img/truncated.jpg is damaged (cut short, empty, or not a picture); the post is shown without it: upload the picture again",
    );
  });

  it("publishes nothing before its publishDate, after its expiryDate, or a headless bundle, as Hugo does", async () => {
    const { posts, pages, unpublished } = await loaded;
    const paths = [...posts, ...pages].map((entry) => entry.path);
    expect(paths).not.toContain("/en/2021/05/01/a-post-for-later/");
    expect(paths).not.toContain("/en/2018/05/01/an-expired-post/");
    expect(paths).not.toContain("/en/stories/resources/");
    // Hugo reads `headless` only on a bundle's index.md.
    expect(paths).toContain("/en/stories/a-headless-page/");
    expect(unpublished.map((post) => [post.path, post.reason])).toEqual(
      expect.arrayContaining([
        ["/en/2021/05/01/a-post-for-later/", "scheduled"],
        ["/en/2018/05/01/an-expired-post/", "expired"],
      ]),
    );
  });

  it("writes no page where `_build` says `render: never`, `false` or `link`, its own or cascaded, as Hugo does", async () => {
    const { posts, pages, unpublished } = await loaded;
    const paths = [...posts, ...pages].map((entry) => entry.path);
    for (const held of [
      "/en/2018/06/01/a-post-kept-off-the-site/",
      "/en/a-page-kept-off-the-site/",
      "/en/a-section-not-written/",
      "/en/a-branch-not-written/",
      "/en/a-branch-not-written/a-page-not-written/",
    ])
      expect(paths).not.toContain(held);
    expect(unpublished).toContainEqual(
      expect.objectContaining({ path: "/en/2018/06/01/a-post-kept-off-the-site/", reason: "unrendered" }),
    );
    // A section's own `_build` is not passed down: Hugo writes its pages.
    expect(paths).toContain("/en/a-section-not-written/a-page-still-written/");
    expect(await lines()).toContain(
      "content/en/a-branch-not-written/_index.md:3: warning: `_build: {list: local}` kept these pages out of Hugo's lists, but this site lists every page it publishes; to keep a page off the site, write `render: never`",
    );
  });

  it("leaves out every page below a draft section or a cascaded draft, and a page dated later, as Hugo 0.111 does", async () => {
    const { pages } = await loaded;
    const paths = pages.map((entry) => entry.path);
    for (const held of [
      "/en/a-draft-section/",
      "/en/a-draft-section/a-page-below/",
      "/en/a-held-back-branch/",
      "/en/a-held-back-branch/deeper/a-page-far-below/",
      "/en/a-page-dated-later/",
    ])
      expect(paths).not.toContain(held);
    // Its translation is published, and toggles as a page without one until then.
    const french = pages.find((page) => page.path === "/fr/une-page-datee-plus-tard/");
    expect(french?.translationPath).toBeUndefined();
    // A link to a page left out leads nowhere yet, and its editor is told.
    expect(await lines()).toContain(
      "content/en/legal/a-page-linking-ahead.md:5: warning: links to /a-draft-section/a-page-below/, which no page, post, alias, stub or file of this site answers; fix or remove the link",
    );
  });

  it("builds on where a file below a section left out cannot be read, as Hugo read nothing there, and names it", async () => {
    const unreadable =
      "---\ntitle: A page\ndescription: The next line has lost its key.\nWaiting for its section.\n---\nBody.\n";
    const { findings } = await loadChanged("below-a-draft-section", {
      "content/en/a-draft-section/a-page-below.md": unreadable,
      "content/en/a-held-back-branch/deeper/a-page-far-below.md": unreadable,
    });
    expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
    const said = findings.map((finding) => `${finding.file}:${finding.line}: ${finding.severity}: ${finding.message}`);
    expect(said).toContain(
      "content/en/a-draft-section/a-page-below.md:4: warning: front matter is not valid YAML: this line is not `key: value`; add the colon after its key, or indent it under the key whose value it goes on with (the build goes on while content/en/a-draft-section/_index.md is a draft, as Hugo read nothing below it; fix it before that section is published)",
    );
    expect(
      said.filter((line) => line.startsWith("content/en/a-held-back-branch/deeper/a-page-far-below.md:4: warning: ")),
    ).toHaveLength(1);
    // Where the section is published, the same file stops the build, as it stopped Hugo's.
    const published = await loadChanged("below-a-published-section", { "content/en/legal/a-page.md": unreadable });
    expect(published.findings.filter((finding) => finding.severity === "error").map((finding) => finding.file)).toEqual(
      ["content/en/legal/a-page.md"],
    );
  });

  it("reads a number or true among the tags as its text, as Hugo does, rather than dropping every tag", () => {
    const findings = new FindingList();
    const raw = splitFrontMatter("page.md", "---\ntags: [2020, true, Design]\n---\nBody.\n", findings, "hugo");
    if (!raw) throw new Error("the front matter did not split");
    expect(readMeta("page.md", raw, findings).meta.tags).toEqual(["2020", "true", "Design"]);
    expect(findings.all).toEqual([]);
  });

  it("reads YAML as Hugo's parser read it: YAML 1.1's words and numbers, `\\'`, tags it did not know", async () => {
    const post = (await loaded).posts.find((each) => each.source.endsWith("a-post-read-by-yaml-1-1.md"));
    expect(post?.path).toBe("/en/2019/06/03/a-post-read-by-yaml-1-1/");
    expect(post?.title).toBe("The team's first release");
    expect(post?.description).toBe("A tag Hugo's parser did not know is only the words beneath it.");

    const findings = new FindingList();
    const text = "---\ndraft: Off\nweight: 010\ncount: 1_000\ntags: [On, y, !x Yes]\nlist: !things [a]\n---\nBody.\n";
    expect(splitFrontMatter("page.md", text, findings, "hugo")?.fields).toEqual({
      draft: false,
      weight: 8,
      count: 1000,
      tags: [true, true, "Yes"],
      list: ["a"],
    });
    // Jekyll's parser, Psych, knew no `y`, and read `oN` as true where Go's knew three spellings only.
    expect(splitFrontMatter("page.md", "---\ntags: [y, oN]\n---\n", findings, "jekyll")?.fields).toEqual({
      tags: ["y", true],
    });
    expect(findings.all).toEqual([]);
  });

  it("publishes names and dates at the addresses Hugo 0.111 gave them", async () => {
    const { posts, pages } = await loaded;
    // Its sanitizer dropped an apostrophe from a page's name, as from a post's, and wrote a percent-escape as what it encodes.
    expect(pages.map((page) => page.path)).toContain("/en/legal/editors-notes/");
    expect(posts.map((post) => post.path)).toContain("/en/2019/04/06/a-post-named-cafe/");
    // So did a `:title` permalink: `work-with-us: /:title`.
    expect(pages.map((page) => page.path)).toContain("/en/designereuse-whats-next/");
    // A section's `url` as Hugo wrote its list, sanitized and in lower case; a bundle at its `slug`, as a page is.
    expect(pages.map((page) => page.path)).toContain("/en/our-teams-plan/");
    expect(pages.map((page) => page.path)).toContain("/en/legal/a-bundle-renamed/");
    // A date without its seconds was no date to Hugo: year 1, where the editor is told what to write.
    expect(posts.map((post) => post.path)).toContain("/en/1/01/01/a-post-dated-without-seconds/");
    expect(await lines()).toContain(
      "content/en/blog/posts/a-post-dated-without-seconds.md:3: warning: `date: 2019-04-05 10:00` is not written in a form Hugo reads; Hugo read it as no date, and so does this site until it is written YYYY-MM-DD HH:MM:SS -0400",
    );
  });

  it("reads front matter whose first key is indented as Hugo did: up to the first line indented less", () => {
    const findings = new FindingList();
    const text = "---\n  title: T\n  draft: false\ndescription: d\n---\nBody.\n";
    expect(splitFrontMatter("page.md", text, findings, "hugo")?.fields).toEqual({ title: "T", draft: false });
    expect(findings.all.map(({ line, severity }) => `${line}: ${severity}`)).toEqual(["4: warning"]);
  });

  it("shows a title written `yes` as Hugo did, and tells the editor to quote it", () => {
    const findings = new FindingList();
    const raw = splitFrontMatter("page.md", "---\ntitle: Yes\n---\nBody.\n", findings, "hugo");
    if (!raw) throw new Error("the front matter did not split");
    expect(readMeta("page.md", raw, findings).meta.title).toBe("true");
    expect(findings.all.map(({ line, message }) => `${line}: ${message}`)).toEqual([
      '2: `title` is read as true, as Hugo and Jekyll read a bare yes, no, on or off; put the words in quotes (`title: "…"`) to show them',
    ]);
  });

  it("finds front matter where Hugo's page lexer found it: `---` opens it whatever follows, a line starting `---` closes it", () => {
    const findings = new FindingList();
    const opened = splitFrontMatter("page.md", "\n--- # notes\ntitle: T\n---\nBody.\n", findings, "hugo");
    expect([opened?.fields, opened?.body, opened?.bodyLine]).toEqual([{ title: "T" }, "Body.\n", 5]);
    // A `---` inside a value is indented, and closes nothing; what follows a closing `---` is the body's.
    const text = "---\ndescription: |\n  ---\n  more\ntitle: T\n--- Body.\n";
    const closed = splitFrontMatter("page.md", text, findings, "hugo");
    expect([closed?.fields, closed?.body]).toEqual([{ description: "---\nmore\n", title: "T" }, " Body.\n"]);
    expect(closed?.keyLine("title")).toBe(5);
    expect(findings.all).toEqual([]);
  });

  it("looks for front matter past spaces, tabs and blank lines only, as Hugo's lexer did: not past other white space", () => {
    const findings = new FindingList();
    const indented = splitFrontMatter("page.md", " \t\n  ---\ntitle: T\n---\nBody.\n", findings, "hugo");
    expect([indented?.fields, indented?.body]).toEqual([{ title: "T" }, "Body.\n"]);
    // A no-break space (or any other) before `---` is a character of the body: the file has no front matter.
    const text = "\u00a0---\ntitle: T: not read\n---\nBody.\n";
    const unread = splitFrontMatter("page.md", text, findings, "hugo");
    expect([unread?.fields, unread?.body]).toEqual([{}, text]);
    expect(findings.all.map(({ line, severity, message }) => `${line}: ${severity}: ${message}`)).toEqual([
      "1: warning: an invisible character (such as a no-break space) stands before `---`, so the front matter is read as text, as Hugo read it; delete everything before `---` on that line",
    ]);
  });

  it("shows front matter written without its `---` lines as text, as Hugo did, and tells the editor how to fix it", () => {
    const findings = new FindingList();
    const text = "type: section\nTitle: Inclusive Language Lexicon\naliases: [/lexique/]";
    const raw = splitFrontMatter("content/en/lexicon/_index.html", text, findings, "hugo");
    expect(raw?.fields).toEqual({});
    expect(raw?.body).toBe(text);
    expect(findings.all.map(({ line, severity, message }) => `${line}: ${severity}: ${message}`)).toEqual([
      "1: warning: the file opens with `type:` but no `---` line, so those lines are read as text, not as front matter; put a line `---` before and after them",
    ]);
    // A body that opens with words and a colon, not a front-matter key, is only a body.
    splitFrontMatter("page.md", "Note: the form closes Friday.\n", findings, "hugo");
    expect(findings.all).toHaveLength(1);
  });

  it("reads a string of tags (or categories) as one term and a page's language from its folder, as Hugo does, and says so", async () => {
    const { posts } = await loaded;
    const post = posts.find((each) => each.source.endsWith("a-post-with-its-tags-in-one-string.md"));
    expect(post?.path).toBe("/en/2021/06/01/a-post-with-its-tags-in-one-string/");
    // Its categories are terms too, shown as tags: `/categories/research-design/` leads to that tag.
    expect(post?.tags).toEqual(["gc-forms-gc-notify", "research-design"]);
    expect(await lines()).toEqual(
      expect.arrayContaining([
        "content/en/blog/posts/a-post-with-its-tags-in-one-string.md:4: warning: `tags: GC Forms, GC Notify` is one string, so it is one tag, as Hugo read it; write a list such as `tags: [GC Forms, GC Notify]` for several",
        "content/en/blog/posts/a-post-with-its-tags-in-one-string.md:6: warning: `categories: Research, Design` is one string, so it is one category, as Hugo read it; write a list such as `categories: [Research, Design]` for several",
        "content/en/blog/posts/a-post-with-its-tags-in-one-string.md:5: warning: `lang: fr` disagrees with the folder `en`; the page is published in en, as Hugo did. Move the file or fix `lang`",
      ]),
    );
  });

  it("publishes a section, not the page, where both claim one address, as Hugo does, and names the other", async () => {
    const { pages } = await loaded;
    expect(pages.filter((page) => page.path === "/en/guides/").map((page) => page.title)).toEqual(["Guides"]);
    // Hugo still wrote the other's aliases, and they led to the address both claim.
    expect(pages.find((page) => page.path === "/en/guides/")?.redirectFrom).toContain("an-older-guides-page");
    expect(await lines()).toContain(
      "content/en/guides.html:1: warning: has the same URL /en/guides/ as content/en/guides/_index.md, and only one page can be published there, as in Hugo; the other is kept. Give this one its own `url` or remove it",
    );
  });

  it("publishes one of two posts at one address, the later file as Hugo did, and names the other", async () => {
    const { posts } = await loaded;
    const twins = posts.filter((post) => post.path === "/fr/2023/09/14/des-reunions-plus-utiles/");
    expect(twins.map((post) => post.source)).toEqual(["content/fr/blog/posts/des-réunions-plus-utiles.md"]);
    expect(await lines()).toContain(
      "content/fr/blog/posts/des-réunions-plus-utiles .md:1: warning: has the same URL /fr/2023/09/14/des-reunions-plus-utiles/ as content/fr/blog/posts/des-réunions-plus-utiles.md, and only one page can be published there, as in Hugo; the other is kept. Give this one its own `url` or remove it",
    );
  });

  it("publishes the pages beside a stub named index.html, which Hugo copied and its list of the folder wrote over", async () => {
    const { pages, stubs } = await loaded;
    expect(pages.map((page) => page.path)).toEqual(
      expect.arrayContaining(["/en/service-toolkit/", "/en/service-toolkit/principles-for-teams/"]),
    );
    expect(stubs.map((stub) => stub.source)).not.toContain("content/en/service-toolkit/index.html");
  });

  it("passes over a file whose name starts with # or ., as Hugo did, and says so", async () => {
    const { pages, posts } = await loaded;
    expect(pages.map((page) => page.title)).not.toContain("A note to self");
    expect(posts.map((post) => post.title)).not.toContain("A copy a Mac left behind");
    expect(await lines()).toContain(
      "content/en/legal/#a-note-to-self.md:1: warning: is not published: Hugo passed over a file or folder whose name starts with `.` or `#`, and so does this site; rename it to publish it",
    );
  });

  it("lists in one the pages of two folders whose names fold to one address, which Hugo listed apart", async () => {
    const { pages } = await loadChanged("folded-folders", {
      "content/en/légal/a-page-in-an-accented-folder.md": "---\ntitle: A page in an accented folder\n---\nWords.\n",
    });
    const lists = pages.filter((page) => page.path === "/en/legal/");
    expect(lists).toHaveLength(1);
    const view = lists[0].view;
    const titles = view.layout === "section" ? view.children.map((child) => child.title) : [];
    expect(titles).toEqual(expect.arrayContaining(["A page in an accented folder", "Editor's notes"]));
  });

  it("publishes the page, not the section, where the config disables section pages (until 2019), as Hugo does", async () => {
    const { pages, findings } = await loadChanged("sections-disabled", {
      "config.yaml": (config) => `${config}disableKinds: [taxonomyTerm, section]\n`,
    });
    expect(pages.filter((page) => page.path === "/en/guides/").map((page) => page.title)).toEqual([
      "Guides, as an older page",
    ]);
    expect(findings.map((finding) => `${finding.file}: ${finding.message}`)).toContain(
      "content/en/guides/_index.md: has the same URL /en/guides/ as content/en/guides.html, and only one page can be published there, as in Hugo; the other is kept. Give this one its own `url` or remove it",
    );
  });

  it("keeps a stub named index.html where the config disables section pages, as Hugo wrote no list over it", async () => {
    const { pages, stubs } = await loadChanged("sections-disabled-stub", {
      "config.yaml": (config) => `${config}disableKinds: [taxonomyTerm, section]\n`,
    });
    expect(pages.map((page) => page.path)).not.toContain("/en/service-toolkit/");
    expect(pages.map((page) => page.path)).toContain("/en/service-toolkit/principles-for-teams/");
    expect(stubs.find((stub) => stub.source === "content/en/service-toolkit/index.html")).toMatchObject({
      path: "/en/service-toolkit/",
      target: "/en/toolkit/",
    });
  });

  it("shows the words a page's own Hugo template holds as HTML, in the page's language, and tells the editor", async () => {
    const { pages } = await loaded;
    const english = pages.find((page) => page.path === "/en/our-strategy/");
    expect(english?.bodyHtml).toContain('<h2 id="why-now">Why now?</h2>');
    // Its i18n string, its title and its links are filled in; the heading that repeated the title is the page's own.
    expect(english?.bodyHtml).toContain('Newsletter: <a href="/en/blog/">read the blog</a> about Our strategy.');
    expect(english?.bodyHtml).not.toContain("<h1");
    // A string in a group of keys, named by its path (`strategy.lead`).
    expect(english?.bodyText).toContain("A plan made with the people it serves.");
    // The French strings are in go-i18n's older list form; one written only in English shows in English, as in Hugo.
    const french = pages.find((page) => page.path === "/fr/notre-strategie/");
    expect(french?.bodyHtml).toContain('<h2 id="pourquoi-maintenant">Pourquoi maintenant?</h2>');
    expect(french?.bodyText).toContain("Infolettre · Openings");
    expect(await lines()).toContain(
      "content/en/our-strategy/_index.html:3: warning: its words are in layouts/section/our-strategy.html, its Hugo template, and are shown as Hugo showed them; move them into this file, where editors can change them",
    );
    // A section below it names no layout: Hugo drew it with the template named for its top section.
    const chapter = pages.find((page) => page.path === "/en/our-strategy/a-chapter/");
    expect(chapter?.bodyHtml).toContain(
      'Newsletter: <a href="/en/blog/">read the blog</a> about A chapter of the strategy.',
    );
    // A section whose file lost its front matter's lines shows the template named for the section, as Hugo did.
    const lexicon = pages.find((page) => page.path === "/en/a-lexicon/");
    expect(lexicon?.bodyText).toContain("Inclusive words at work");
    expect(lexicon?.bodyText).not.toContain("type: section");
    // A job posting's markdown body, in its place among the words every posting's template shared.
    const posting = pages.find((page) => page.source.endsWith("technical-support-developer--231fd144.md"));
    expect(posting?.bodyText).toContain("We are no longer accepting applications for this position.");
    expect(posting?.bodyHtml).toMatch(
      /<p>A job posting\.<\/p>[\s\S]*<h2 id="our-hiring-process">Our hiring process<\/h2>/,
    );
    // What sanitizing removes from those words is the template's to fix, and named so.
    expect(await lines()).toContain(
      "layouts/section/our-strategy.html:1: warning: sanitizing removed <svg>, <path>; remove it from the template",
    );
  });

  it("shows a template whose words all come from its i18n strings, as Hugo did", async () => {
    const coaching = await bodyAt("/en/coaching/");
    expect(coaching).toContain("<p>We meet with teams that serve the public.</p>");
    expect(coaching).toContain('Advice for a team, and <a href="/en/blog/">what we learned</a> from others.');
    expect(coaching).toContain('<h2 id="before-you-start"><strong>Before you start</strong></h2>');
    expect(coaching).toContain("Name the people your service is for.");
    expect(coaching).toMatch(/<a href="https:\/\/forms\.example\.gc\.ca\/en\/id\/coaching"[^>]*>Ask for coaching<\/a>/);
    expect(await lines()).toContain(
      "content/en/coaching/_index.md:1: warning: its words are in layouts/section/coaching.html, its Hugo template, and are shown as Hugo showed them; move them into this file, where editors can change them",
    );
  });

  it("tells the editor once of what is wrong in a template that many pages share", async () => {
    const { pages, findings } = await loadChanged("shared-template", {
      "content/en/our-strategy/a-second-page.html":
        "---\ntype: section\nlayout: our-strategy\ntitle: A second page\n---\n",
    });
    expect(pages.find((page) => page.path === "/en/our-strategy/a-second-page/")?.bodyText).toContain("Why now?");
    const svg = findings.filter((finding) => finding.message.startsWith("sanitizing removed <svg>"));
    expect(svg.map((finding) => `${finding.file}:${finding.line}`)).toEqual(["layouts/section/our-strategy.html:1"]);
  });

  it("runs a template's `if` and `with` on the front matter around a markdown body, and no template that reads what this site does not", async () => {
    const { pages, findings } = await loadChanged("computing-template", {
      "layouts/section/our-strategy.html":
        '{{ define "main" }}<p>Words.</p>{{ range .Paginator.Pages }}{{ .Title }}{{ end }}{{ .Summary }}{{ end }}',
      "layouts/section/our-strategy.fr.html": [
        '{{ define "main" }}<h1>{{ .Params.title }}</h1><p>{{ .Description }}</p>',
        "{{ with .Params.leverId }}<p>Poste {{ . }}</p>{{ else }}<p>Aucun poste</p>{{ end }}",
        "{{ if .Params.archived }}<p>Archivé</p>{{ end }}",
        "{{ if and (.Params.leverId) (eq .Params.archived false) }}<p>Postulez</p>{{ end }}",
        "{{ if or (not .Params.leverId) (ne .Params.weight 3) }}<p>Jamais</p>{{ end }}",
        "<section>{{ .Content }}</section>{{ end }}",
      ].join("\n"),
      "content/fr/notre-strategie/_index.html": null,
      "content/fr/notre-strategie/_index.md":
        "---\ntype: section\nlayout: our-strategy\ntitle: Notre stratégie\ndescription: Une description.\nleverId: abc-123\narchived: false\nweight: 3\ntranslationKey: our-strategy\n---\nUn corps en *markdown*.\n",
    });
    expect(pages.find((page) => page.path === "/en/our-strategy/")?.bodyText).not.toContain("Words");
    // The editor is told those words are not shown, and what stopped the template.
    expect(findings.map((finding) => `${finding.file}:${finding.line}: ${finding.message}`)).toContain(
      "content/en/our-strategy/_index.html:3: its Hugo template layouts/section/our-strategy.html holds words of its own, which are not shown: this site does not run a template that reads `.Paginator`; move those words into this file",
    );
    expect(pages.find((page) => page.path === "/fr/notre-strategie/")?.bodyHtml).toBe(
      "<p>Une description.</p>\n<p>Poste abc-123</p>\n\n<p>Postulez</p>\n\n<section><p>Un corps en <em>markdown</em>.</p></section>",
    );
  });

  it("publishes a post whose file name is punctuation alone under its title's words, where Hugo built on", async () => {
    const { posts, findings } = await loadChanged("punctuation-name", {
      "content/en/blog/posts/---.md": "---\ntitle: Punctuation only\ndate: 2020-01-01\n---\nBody.\n",
    });
    expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(posts.map((post) => post.path)).toContain("/en/2020/01/01/punctuation-only/");
    expect(findings.map((finding) => `${finding.file}: ${finding.message}`)).toContain(
      "content/en/blog/posts/---.md: the file name has no letters or digits, so the post is published at /en/2020/01/01/punctuation-only/, from its title; rename the file to the address it should keep",
    );
  });

  it("tells the editor of a page at an address this site keeps for its own routes, which readers cannot reach", async () => {
    const { pages, findings } = await loadChanged("reserved-addresses", {
      "content/en/moved/a-page.md":
        "---\ntitle: A page in a folder named moved\n---\nHugo published it at /moved/a-page/.\n",
      "content/fr/assets.md": "---\ntitle: Une page nommée assets\n---\nHugo l’a publiée à /assets/.\n",
    });
    expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(["/en/moved/a-page/", "/fr/assets/"]));
    expect(findings.map((finding) => `${finding.file}:${finding.line}: ${finding.message}`)).toEqual(
      expect.arrayContaining([
        "content/en/moved/a-page.md:1: is published at /moved/a-page/, but this site keeps /moved/ for its own use and readers cannot reach the page there; give it a `url` elsewhere, or rename `moved`",
        "content/fr/assets.md:1: is published at /assets/, but this site keeps /assets/ for its own use and readers cannot reach the page there; give it a `url` elsewhere, or rename `assets`",
      ]),
    );
  });

  it("builds on config values it cannot use, with a warning, and reads `disableKinds` written as one kind, as Hugo does", async () => {
    const { pages, findings } = await loadChanged("config-values", {
      "config.yaml": (config) =>
        `${config.replace("Paginate: 1\n    weight: 1", "Paginate: ten\n    weight: 1")}disableKinds: section\n`,
    });
    expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(findings.map((finding) => `${finding.file}:${finding.line}: ${finding.message}`)).toContain(
      "config.yaml:1: `languages.en.paginate` must be a number of posts a page; the site is built without it until it is fixed",
    );
    expect(pages.filter((page) => page.path === "/en/guides/").map((page) => page.title)).toEqual([
      "Guides, as an older page",
    ]);
  });

  it("names, at its line, each config option that moves Hugo's addresses where this site does not follow, and builds on", async () => {
    const { findings, posts } = await loadChanged("unfollowed-options", {
      "config.yaml": (config) =>
        `${config.replace("      reports: /reports/:year/:slug/", "      reports: /reports/:year/:slug/\n      tags: /topics/:slug/")}` +
        "uglyURLs: true\npaginatePath: pages\ndisablePathToLower: true\nremovePathAccents: true\n" +
        "taxonomies:\n  tag: tags\n  category: categories\n  series: series\n",
    });
    const config = (await fs.promises.readFile(path.join(tree, "config.yaml"), "utf8")).split("\n");
    // The options follow the fixture's lines (`config.length - 1`: it ends with a newline) and the `tags:` line put in.
    const after = config.length;
    const said = findings.filter((finding) => finding.file === "config.yaml").map((f) => `${f.line}: ${f.message}`);
    const line = (key: string) => said.find((finding) => finding.includes(`\`${key}\``))?.split(":")[0];
    expect(line("permalinks.tags")).toBe(String(config.findIndex((text) => text.includes("reports:")) + 2));
    expect([line("uglyURLs"), line("paginatePath"), line("disablePathToLower"), line("removePathAccents")]).toEqual(
      [1, 2, 3, 4].map((offset) => String(after + offset)),
    );
    expect(said.find((finding) => finding.includes("`taxonomies.series`"))).toBe(
      `${after + 8}: \`taxonomies.series\` names \`series\`, which this site does not list: it shows tags and categories only (as tags), so Hugo's \`/series/\` pages will not answer; move those terms into \`tags\``,
    );
    expect(said.find((finding) => finding.includes("`paginatePath`"))).toContain("where Hugo wrote `/pages/2/`");
    expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(posts.length).toBe((await loaded).posts.length);
  });

  it("dates a post as Hugo does without a date it can read: by `lastmod`, else year 1 at Hugo's address, and says what to add", async () => {
    const paths = (await loaded).posts.map((post) => post.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/en/2020/04/04/a-post-dated-by-lastmod/",
        "/en/1/01/01/a-post-with-no-date/",
        "/en/1/01/01/a-post-whose-date-cannot-be-read/",
      ]),
    );
    expect(await lines()).toContain(
      "content/en/blog/posts/a-post-whose-date-cannot-be-read.md:3: warning: `date` is not a date; write it as YYYY-MM-DD HH:MM:SS -0400; Hugo read it as no date, and so does this site until it is fixed",
    );
    expect(await lines()).toContain(
      "content/en/blog/posts/a-post-with-no-date.md:1: warning: `date` is missing, so the post is dated January 1 of year 1 and listed last, as Hugo did; add `date: YYYY-MM-DD HH:MM:SS -0400`",
    );
    // Shown as that day, never as 1901 (JavaScript's reading of a two-digit year), and "Date modified" in four digits
    // where no commit dates it (a copy outside git).
    const undated = (await loadChanged("undated", {})).posts.find(
      (post) => post.path === "/en/1/01/01/a-post-with-no-date/",
    );
    expect(undated?.modified.day).toBe("0001-01-01");
    expect(new Intl.DateTimeFormat("en", CALENDAR_DAY_FORMAT).format(calendarDayOf(undated!.date))).toBe(
      "January 1, 1",
    );
  });

  it("reads the date a post's file name starts with only where the config's root names `:filename`, as Hugo 0.111 does", async () => {
    // The department wrote `frontmatter` under each language, where Hugo ignored it: the date is the front matter's.
    expect((await loaded).posts.map((post) => post.path)).toContain(
      "/en/2020/05/06/2019-03-05-a-post-named-with-a-date/",
    );
    const { posts } = await loadChanged("dated-by-name", {
      "config.yaml": (config) => `frontmatter:\n  date: [":filename", ":default"]\n${config}`,
    });
    expect(posts.map((post) => post.path)).toContain("/en/2019/03/05/2019-03-05-a-post-named-with-a-date/");
  });

  it("reads `published` and `modified` as Hugo's other names for the publish date and lastmod, and leaves out `published: false`", async () => {
    const { posts, unpublished } = await loaded;
    const post = posts.find((each) => each.path === "/en/2021/02/03/a-post-dated-by-published/");
    expect(post?.modified.day).toBe("2021-06-07");
    expect(posts.map((each) => each.path)).not.toContain("/en/2021/02/06/a-post-held-back/");
    expect(unpublished.map((each) => [each.path, each.reason])).toContainEqual([
      "/en/2021/02/06/a-post-held-back/",
      "draft",
    ]);
  });

  it("reads a menu entry by its pageRef, and leaves out one with no link, as Hugo builds on", async () => {
    const { menus } = await loaded;
    expect(menus.en?.map((item) => [item.name, item.path])).toEqual([
      ["Careers", "/en/careers/"],
      ["Blog", "/en/blog/"],
    ]);
    expect(await lines()).toContain(
      "config.yaml:1: warning: the en menu's entry 2 has no `name` and `url` to link; it is left out of the header, give it both",
    );
  });

  it("reads menus written `menus:`, and the root's menu for a language without its own, as Hugo does", async () => {
    const { menus } = await loadChanged("menus", {
      "config.yaml": (config) =>
        `${config.replace("    menu:\n      main:", "    menus:\n      main:")}menus:\n  main:\n    - name: Racine\n      url: /\n`,
    });
    expect(menus.en?.map((item) => item.name)).toEqual(["Careers", "Blog"]);
    expect(menus.fr?.map((item) => [item.name, item.path])).toEqual([["Racine", "/fr/"]]);
  });

  it("orders a menu as Hugo did, by weight, one without a weight last, then by name; a child entry is not in the header", async () => {
    // Hugo's `.Site.Menus.main`, which the department's header drew in 2019 and in 2026, holds the top level alone.
    const entry = (name: string, more = "") => `    - name: ${name}\n      url: /\n${more}`;
    const { menus } = await loadChanged("menu-order", {
      "config.yaml": (config) =>
        `${config}menu:\n  main:\n${[
          entry("zeta"),
          entry("Beta", "      weight: 2\n"),
          entry("alpha", "      weight: 2\n      identifier: al\n"),
          entry("Gamma", "      weight: 1\n"),
          entry("un enfant", "      parent: al\n"),
        ].join("")}`,
    });
    expect(menus.fr?.map((item) => item.name)).toEqual(["Gamma", "alpha", "Beta", "zeta"]);
  });

  it("reads Hugo's configuration directory: a file per root key, and production's overrides", async () => {
    const { menus, pages } = await loadChanged("config-directory", {
      "config/_default/menus.fr.yaml": "main:\n  - name: Accueil\n    url: /\n",
      "config/production/config.yaml": "disableKinds: [section]\n",
    });
    expect(menus.fr?.map((item) => [item.name, item.path])).toEqual([["Accueil", "/fr/"]]);
    expect(pages.filter((page) => page.path === "/en/guides/").map((page) => page.title)).toEqual([
      "Guides, as an older page",
    ]);
  });

  it("lists a page tagged in a Hugo tree on its tag's page, as Hugo did", async () => {
    const { tags } = await loaded;
    const storiesOnly = tags.find((tag) => tag.locale === "en" && tag.slug === "stories-only");
    expect(storiesOnly).toMatchObject({ name: "Stories only", posts: [], pages: ["/en/stories/a-story/"] });
  });

  it("leads a tag file's url and aliases, where Hugo wrote the tag's list, to the tag's page", async () => {
    const { listAliases } = await loaded;
    expect(listAliases["/en/a-list-of-conversations/"]).toBe("/en/blog/tags/conversations/");
    expect(listAliases["/en/talks/"]).toBe("/en/blog/tags/conversations/");
    // A relative alias stands beside the list's `url`, as Hugo wrote it.
    expect(listAliases["/en/older-conversations/"]).toBe("/en/blog/tags/conversations/");
  });

  it("leads a post's aliases and its own url, where Hugo published it, to the post", async () => {
    const { listAliases } = await loaded;
    expect(listAliases["/en/an-older-post-address/"]).toBe("/en/2020/07/07/a-post-with-aliases/");
    expect(listAliases["/en/a-post-at-its-own-url/"]).toBe("/en/2020/07/07/a-post-with-aliases/");
  });

  it("reads a `url` or alias that names the page's own language within that language, as Hugo wrote it", async () => {
    const page = (await loaded).pages.find((entry) => entry.source === "content/en/prefixed.md");
    expect(page?.path).toBe("/en/a-prefixed-page/");
    expect(page?.redirectFrom).toEqual(["an-old-prefixed-address"]);
  });

  it("publishes a page whose url or alias names an index file at that file's folder, where a server answers it", async () => {
    const page = (await loaded).pages.find((entry) => entry.source === "content/en/legal/a-page-at-an-index-file.md");
    expect(page?.path).toBe("/en/legal/a-named-index/");
    expect(page?.redirectFrom).toEqual(["legal/an-old-index"]);
  });

  it("reads an alias written without a leading slash beside its page's address, as Hugo does", async () => {
    const { pages, listAliases } = await loaded;
    const page = pages.find((entry) => entry.source === "content/en/legal/a-page-with-a-relative-alias.md");
    expect(page?.redirectFrom).toEqual(["legal/an-old-relative-name"]);
    expect(listAliases["/en/2021/05/05/its-old-name/"]).toBe("/en/2021/05/05/a-post-with-a-relative-alias/");
  });

  it("reads a relative alias of a page whose url names a file from the folder above that file's, as Hugo does", async () => {
    const page = (await loaded).pages.find((entry) => entry.source === "content/en/legal/a-page-at-a-file-address.md");
    expect(page?.redirectFrom).toEqual(["an-alias-above-the-file"]);
  });

  it("reads a relative alias of a post with a url of its own beside that url, where Hugo wrote the post", async () => {
    const { listAliases } = await loaded;
    expect(listAliases["/en/its-first-name/"]).toBe("/en/2020/07/08/a-post-at-its-own-url-with-a-relative-alias/");
  });

  it("leads a folder of the blog with its own _index, a section Hugo listed, to the blog", async () => {
    const { listAliases, posts } = await loaded;
    expect(listAliases["/en/blog/posts/"]).toBe("/en/blog/");
    expect(posts.map((post) => post.path)).not.toContain(expect.stringContaining("/_index"));
  });

  it("publishes posts whose file names hold an entity, guillemets or a spaced colon, at Hugo's name folded", async () => {
    const paths = (await loaded).posts.map((post) => post.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/en/2022/03/01/a-talk-8211-with-a-colleague/",
        "/fr/2022/03/02/conjuguer-vitesse-l-agile-au-gouvernement/",
      ]),
    );
  });

  it("tells readers a form of the old site is no longer available, and its editor where it sent answers", async () => {
    const { pages } = await loaded;
    const page = pages.find((each) => each.path === "/en/research-sign-up/");
    expect(page?.bodyHtml).toContain("<p>This form is no longer available on this site.</p>");
    expect(page?.bodyHtml).not.toContain("This field is required");
    expect(await lines()).toContain(
      "content/en/research-sign-up.html:9: warning: a form that sent readers' answers to https://research.example/dev/sign-up/ is left out, and readers are told it is no longer available; link to a GC Forms form instead",
    );
  });

  it("publishes a page bundle's index alone, as Hugo does, and says why its other files are not pages", async () => {
    const paths = (await loaded).pages.map((page) => page.path);
    expect(paths).toContain("/en/toolkit/a-leaf-page/");
    expect(paths.filter((each) => each.includes("subpage"))).toEqual([]);
    expect(await lines()).toContain(
      "content/en/a-leaf-page/a-draft-subpage.html:1: warning: is inside content/en/a-leaf-page/, a page bundle (a folder with an index file), so Hugo did not publish it as a page, and neither does this site; move it out of the folder, or rename the index _index, to publish it",
    );
  });

  it("lists the people of data/team.yml on the team page, in the page's language, with their photos, as the template did until 2021", async () => {
    const { pages } = await loaded;
    const viewAt = (address: string) => pages.find((page) => page.path === address)?.view;
    expect(viewAt("/en/meet-the-team/")).toEqual({
      layout: "team",
      leadership: [
        {
          name: "Alex Sample",
          role: "Chief Executive Officer",
          links: [
            { kind: "email", href: "mailto:alex.sample@example.gc.ca" },
            { kind: "twitter", href: "https://twitter.com/alexsample" },
          ],
          photo: "/img/team/alex-sample.jpg",
        },
      ],
      roles: [
        {
          title: "Development",
          people: [
            {
              name: "Blair Example",
              role: "Development",
              links: [
                { kind: "linkedin", href: "https://www.linkedin.com/in/blair-example/" },
                { kind: "github", href: "https://github.com/blairexample" },
              ],
            },
            { name: "Dana Placeholder", role: "Development", links: [], photo: "/img/team/a-photo-never-uploaded.jpg" },
          ],
        },
      ],
    });
    const french = viewAt("/fr/rencontrez-lequipe/");
    expect(french?.layout === "team" && french.roles.map((role) => role.title)).toEqual(["Développement"]);
    expect(await lines()).toContain(
      "data/team.yml:1: warning: the team entry 4 has no `name`; it is left out, give it one",
    );
  });

  it("lists older product records with their product, partners, contacts and links, where their templates did", async () => {
    const { pages } = await loaded;
    // The products section lists its own records; past projects lists products/products/ by its path.
    for (const address of ["/en/products/", "/en/past-projects/"]) {
      const view = pages.find((page) => page.path === address)?.view;
      const cards = view?.layout === "section" ? view.children : [];
      expect(cards.map((card) => card.title)).toEqual(["A finished pilot", "A messaging service for every department"]);
      expect(cards[1]?.record).toEqual({
        productUrl: "https://messaging.example.ca/",
        contacts: [{ name: "Pat Productlead", href: "mailto:product.lead@example.gc.ca" }],
        partners: [{ name: "Department of Examples", href: "https://www.canada.ca/en/examples.html" }],
        links: [{ name: "Source code", href: "https://github.com/example/messaging" }],
      });
      expect(cards[0]?.record?.contacts).toEqual([{ name: "The pilot team", href: undefined }]);
    }
  });

  it("lists the product suite's records by weight with their subtitle, second paragraph and call to action", async () => {
    const view = (await loaded).pages.find((page) => page.path === "/en/product-suite/")?.view;
    const cards = view?.layout === "section" ? view.children : [];
    expect(cards.map((card) => [card.title, card.record?.subtitle, card.record?.action])).toEqual([
      ["Send notifications", "A notification tool", { name: "Start sending", href: "https://notify.example.ca/" }],
      ["Publish forms online", "A forms tool", { name: "Write to us", href: "https://forms.example.ca/contact" }],
    ]);
    expect(cards[1]?.record?.more).toBe("The tool is in a pilot; write to us to try it in your service.");
  });

  it("publishes a file of a page's folder that is not content below that page's address, as Hugo does", async () => {
    const { resources } = await loaded;
    expect(resources.map((resource) => resource.path).sort()).toEqual([
      "/en/2020/05/05/a-bundled-post/figure.svg",
      "/en/a-translated-bundle/chart.txt",
      // A bundle its section's permalink placed by its title: below this site's address, and Hugo's, accents and all.
      "/en/archive/un-cafe-archive/notes.txt",
      "/en/archive/un-café-archivé/notes.txt",
      // On the English domain at /fr/…/notes.txt, where Hugo wrote the English bundle at its `url`.
      "/en/fr/a-bundle-at-a-french-looking-address/notes.txt",
      // A bundle whose `url` names a file: below this site's address of it, and in that file's folder, as Hugo wrote it.
      // A bundle named with two hyphens: below this site's address, and below Hugo 0.111's spelling, which kept both.
      "/en/legal-archive/an-archived-bundle/notes.txt",
      "/en/legal/a--bundle-with-two-hyphens/bundle-two-notes.txt",
      "/en/legal/a-bundle-file-html/bundle-notes.txt",
      "/en/legal/a-bundle-with-two-hyphens/bundle-two-notes.txt",
      "/en/legal/bundle-notes.txt",
      "/en/legal/notes-with-a-capital-extension.MD",
      "/en/legal/notes.txt",
      // The leaf bundle is published at its `url`, and its files with it.
      "/en/toolkit/a-leaf-page/plan.txt",
      // Shared with the translation at the same place in the French tree, which has no file of that name.
      "/fr/a-translated-bundle/chart.txt",
      // Below this site's address of the page, and below Hugo's, which kept the folder's accent and dot.
      "/fr/outils/sujet/une-methode-v1-2/plan.txt",
      "/fr/outils/sujet/une-méthode-v1.2/plan.txt",
    ]);
    // A link to such a file leads to it, as a link to a page does, and is no broken link.
    expect(await bodyAt("/en/legal/a-bundle-file-html/")).toContain('href="/en/legal/bundle-notes.txt"');
    expect(await lines()).not.toContain(expect.stringContaining("links to /legal/bundle-notes.txt"));
  });

  it("renders every content file Hugo renders (`.htm`, `.mdown`), and copies a `.MD` as the file Hugo copied", async () => {
    const { pages } = await loaded;
    expect(await bodyAt("/en/legal/a-page-written-in-htm/")).toContain(
      "<p>Hugo renders an <em>htm</em> file as a page of HTML.</p>",
    );
    expect(await bodyAt("/en/legal/a-page-written-in-mdown/")).toContain("<strong>mdown</strong>");
    expect(pages.some((page) => page.path.includes("capital-extension"))).toBe(false);
  });

  it("pairs a translation with one page of a key two pages of its language share, and names the second", async () => {
    const { posts } = await loaded;
    const translationOf = (at: string) => posts.find((post) => post.path === at)?.translationPath;
    expect(translationOf("/en/2024/02/14/a-trial-post-from-the-cms/")).toBe("/fr/2024/02/14/un-billet-d-essai-du-cms/");
    expect(translationOf("/fr/2024/02/14/un-billet-d-essai-du-cms/")).toBe("/en/2024/02/14/a-trial-post-from-the-cms/");
    expect(await lines()).toContain(
      "content/en/blog/posts/another-trial-post-from-the-cms.md:9: warning: `translationKey: a-trial-key` is also the key of content/en/blog/posts/a-trial-post-from-the-cms.md, in the same language, so only one of them can be paired with its translation; give each its own key",
    );
  });

  it("pairs a page and a post of the other language that share a key, as Hugo's translations did", async () => {
    const { posts, pages } = await loaded;
    expect(pages.find((page) => page.path === "/en/a-page-translated-by-a-post/")?.translationPath).toBe(
      "/fr/2022/05/06/un-billet-traduit-par-une-page/",
    );
    expect(posts.find((post) => post.path === "/fr/2022/05/06/un-billet-traduit-par-une-page/")?.translationPath).toBe(
      "/en/a-page-translated-by-a-post/",
    );
  });

  it("keeps tags whose names hold a slash or an apostrophe", async () => {
    const { tags } = await loaded;
    expect(tags.map((tag) => `${tag.locale} ${tag.slug}`)).toEqual(
      expect.arrayContaining(["en gc-sign-in-gc-connexion", "fr generateur-d-avis-de-confidentialite"]),
    );
  });
});

describe("About's contact details as the department writes them", () => {
  it("makes a LinkedIn company name a link, and takes each language's newsletter from its translations, else data", async () => {
    const { pages } = await loaded;
    const about = pages.find((page) => page.path === "/en/about/");
    expect(about?.view).toEqual({
      layout: "about-us",
      contact: {
        email: "team@example.gc.ca",
        linkedin: "https://linkedin.com/company/example-digital-team",
        newsletter: "https://example.gc.ca/en/subscribe",
      },
    });
    expect(await lines()).not.toContainEqual(expect.stringMatching(/^i18n\//));
  });
});

describe("the old theme's pictures and places, as its readers found them", () => {
  it("shows the photo the old theme's script loaded over its placeholder, and reports no missing picture", async () => {
    expect(await bodyAt("/en/about/")).toMatch(
      /<img [^>]*src="\/img\/team\/alex-sample\.jpg"[^>]*alt="The team at work"/,
    );
    expect(await lines()).not.toContainEqual(expect.stringContaining("placeholder.gif"));
  });

  it("keeps a place marked with a named anchor as an id, where links to /about/#partnering land", async () => {
    expect(await bodyAt("/en/about/")).toContain('<a id="partnering"></a>');
  });
});

describe("front-matter findings say what to fix, never 'Invalid input'", () => {
  const values: Array<[string, string]> = [
    ["title", "[a, b]"],
    ["description", "{a: 1}"],
    ["tags", "{a: 1}"],
    ["tags", "[[a]]"],
    ["categories", "[{a: 1}]"],
    ["draft", "maybe"],
    ["weight", "ten"],
    ["nav_order", "first"],
    ["lang", "de"],
    ["cascade", "toolkit"],
    ["sections", "home"],
    ["sections", "[5]"],
    ["sections", "[{title: Tools, products: {a: 1}}]"],
    ["aliases", "{a: 1}"],
    ["aliases", "[[/a/]]"],
    ["redirect_from", "{a: 1}"],
    ["redirect_from", "[5]"],
    ["tools", "[{a: 1}]"],
    ["blog_posts", "[5, [x]]"],
    ["url", "[/a/]"],
    ["date", "someday"],
    ["lastmod", "[2020]"],
    ["publishDate", "soon"],
    ["linkHidden", "perhaps"],
    ["headless", "[x]"],
    ["published", "soon"],
    ["modified", "[2020]"],
    ["contact", "someone@example.ca"],
    ["partners", "[[a]]"],
    ["links", "{a: 1}"],
  ];
  for (const [key, value] of values) {
    it(`\`${key}: ${value}\``, () => {
      const findings = new FindingList();
      const raw = splitFrontMatter("page.md", `---\n${key}: ${value}\n---\nBody.\n`, findings, "hugo");
      if (!raw) throw new Error("the front matter did not split");
      readMeta("page.md", raw, findings);
      expect(findings.all.length).toBeGreaterThan(0);
      for (const finding of findings.all) {
        expect(finding.message).not.toMatch(/invalid input/i);
        expect(finding.message).toContain(`\`${key}\``);
        expect(finding.line).toBe(2);
      }
    });
  }
});
