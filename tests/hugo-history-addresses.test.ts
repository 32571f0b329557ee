// What the department's Hugo trees of 2018 to 2025 taught (tests/fixtures/hugo-history), read as Hugo reads it.
// Addresses as Hugo wrote them: stubs, aliases, permalinks, names Hugo kept, two files at one address.
import { describe, expect, it } from "vitest";
import { parseRefreshContent, readRefresh } from "@/lib/build/refresh";
import { bodyAt, lines, loadChanged, loaded } from "./hugo-history";

describe("every address Hugo wrote for the department's trees", () => {
  it("reads redirect stubs in every spelling a browser follows", async () => {
    const { stubs } = await loaded;
    expect(Object.fromEntries(stubs.map((stub) => [stub.path, stub.target]))).toMatchObject({
      "/en/legal/terms/": "/en/roadmap/",
      "/en/legal/old-guides/": "/en/guides/",
      "/en/legal/a-script-stub/": "/en/",
      // A relative URL, from where Hugo copied the stub (/legal/a-relative-stub.html).
      "/en/legal/a-relative-stub/": "/en/roadmap/",
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

  it("follows a stub's relative URL as a browser does, from each address Hugo copied the stub to", async () => {
    const refresh = (url: string) => `<meta http-equiv="refresh" content="0; url=${url}">\n`;
    const { stubs, listAliases, findings } = await loadChanged("relative-stubs", {
      // Hugo copied these to /legal/…html: a browser there reads `./` as /legal/ and `../roadmap/` as /roadmap/.
      "content/en/legal/a-stub-to-its-folder.html": refresh("./"),
      "content/en/legal/a-stub-up-a-folder.html": refresh("../roadmap/"),
      "content/en/legal/a-stub-without-its-scheme.html": refresh("//digital.canada.ca/guides/"),
      "content/en/legal/a-stub-to-another-host-without-its-scheme.html": refresh("//example.com/moved/"),
      // One that names itself only reloads, in Hugo's output as in a browser.
      "content/en/legal/a-stub-to-itself.html": refresh("a-stub-to-itself.html#top"),
      // Copied below the English section (/stub-test/moved.html) and the French one's `url` (/essai/moved.html).
      "content/en/stub-test/_index.md": "---\ntitle: Stub test\n---\n",
      "content/en/stub-test/moved.html": refresh("./"),
      "content/fr/stub-test/_index.md": "---\ntitle: Essai\nurl: /essai/\n---\n",
    });
    expect(Object.fromEntries(stubs.map((stub) => [stub.path, stub.target]))).toMatchObject({
      "/en/legal/a-stub-to-its-folder/": "/en/legal/",
      "/en/legal/a-stub-up-a-folder/": "/en/roadmap/",
      "/en/legal/a-stub-without-its-scheme/": "/en/guides/",
      "/en/legal/a-stub-to-another-host-without-its-scheme/": "https://example.com/moved/",
      "/en/stub-test/moved/": "/en/stub-test/",
    });
    expect(listAliases).toMatchObject({
      "/en/stub-test/moved-html/": "/en/stub-test/",
      "/fr/essai/moved-html/": "/fr/essai/",
    });
    expect(stubs.map((stub) => stub.path)).not.toContain("/en/legal/a-stub-to-itself/");
    expect(findings).toContainEqual(
      expect.objectContaining({
        file: "content/en/legal/a-stub-to-itself.html",
        message: expect.stringMatching(/^a redirect stub names no URL but its own/),
      }),
    );
  });

  it("reads a relative link or picture in a body from where Hugo published the page", async () => {
    // At `url: /legal/a-file-address.html`, a browser read `notes.txt` as /legal/notes.txt and `../roadmap/` as /roadmap/.
    const filePage = await bodyAt("/en/legal/a-file-address-html/");
    expect(filePage).toContain('<a href="/en/legal/notes.txt">notes</a>');
    expect(filePage).toContain('<a href="/en/roadmap/">roadmap</a>');
    expect(filePage).toContain('<a href="/en/guides/">guides</a>');
    // An HTML document Hugo copied at its own name (/legal/a-page-without-front-matter.html), from its folder.
    expect(await bodyAt("/en/legal/a-page-without-front-matter/")).toContain('<a href="/en/legal/notes.txt">notes</a>');
    // A bundle's picture, from the bundle's own folder.
    const post = (await loaded).posts.find((entry) => entry.path === "/en/2020/05/05/a-bundled-post/")?.bodyHtml;
    expect(post).toContain('<img src="/en/2020/05/05/a-bundled-post/figure.svg"');
    expect(post).toContain('<a href="/en/2020/05/05/a-bundled-post/figure.svg">figure</a>');
  });

  it("names the line of a link that leads nowhere, and says how to link an email address written as a page", async () => {
    const { findings } = await loadChanged("relative-links", {
      "content/en/legal/a-page-with-an-email-link.md":
        "---\ntitle: Write to us\n---\nQuestions?\n\nWrite to [our team](team@example.ca).\n",
    });
    expect(findings.map((finding) => `${finding.file}:${finding.line}: ${finding.message}`)).toContain(
      "content/en/legal/a-page-with-an-email-link.md:6: links to team@example.ca (read from the page's address, https://digital.canada.ca/legal/a-page-with-an-email-link/team@example.ca), which no page, post, alias, stub or file of this site answers; write mailto:team@example.ca to link the email address",
    );
  });

  it("gives the address of this site's search to its search, where a page of the tree stood (the older repository's search page)", async () => {
    const { pages } = await loaded;
    expect(pages.map((page) => page.path)).not.toContain("/en/search/");
    expect(await lines()).toContain(
      "content/en/search/_index.md:1: warning: is published at /search/, where this site's own search answers instead, so its words are not shown; give it a `url` elsewhere if they must be",
    );
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
    // `dispatches: /:sections/:sections[last]/:monthname/:weekdayname/:weekday/:yearday/:slug/`, each token as Hugo
    // 0.111 wrote it: a top-level folder without an `_index` in the page's language has an empty last entry (the
    // French folder has one), and a page without a date is on Monday, 1 January, year 1.
    expect(paths).toEqual(
      expect.arrayContaining([
        "/en/dispatches/quarterly/quarterly/july/friday/5/195/the-third-quarter/",
        "/en/dispatches/january/monday/1/1/an-undated-dispatch/",
        "/fr/dispatches/dispatches/january/monday/1/1/une-depeche-sans-date/",
      ]),
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

  it("leads two posts' shared `url` to the one Hugo most often kept there, and tells the other's editor", async () => {
    const post = (title: string) =>
      `---\ntitle: ${title}\ndate: 2021-03-0${title.length % 9}\nurl: /one-url-for-two/\n---\nWords.\n`;
    const { posts, listAliases, findings } = await loadChanged("shared-url", {
      "content/en/blog/posts/an-earlier-name.md": post("A post with an earlier name"),
      "content/en/blog/posts/the-later-name.md": post("A post with the later name"),
    });
    const at = (title: string) => posts.find((each) => each.title === title)?.path;
    expect(listAliases["/en/one-url-for-two/"]).toBe(at("A post with the later name"));
    expect(findings.map((finding) => `${finding.file}:${finding.line}: ${finding.message}`)).toContain(
      `content/en/blog/posts/an-earlier-name.md:4: Hugo wrote this post and content/en/blog/posts/the-later-name.md at one address, /en/one-url-for-two/, and kept only one there; readers who ask for it reach ${at("A post with the later name")}. Give this post its own \`url\` or remove it`,
    );
  });

  it("lists job postings below the careers section, at the address Hugo gave them", async () => {
    const careers = (await loaded).pages.find((page) => page.path === "/en/careers/")?.view;
    expect(careers?.layout === "careers" && careers.postings.map((card) => card.path)).toEqual([
      "/en/careers/positions/technical-support-developer-231fd144/",
    ]);
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

  it("leads a product record's url and aliases where the record's own address leads, as Hugo's led to its page", async () => {
    const { listAliases } = await loadChanged("product-aliases", {
      "content/en/our-products/a-record.md":
        "---\ntitle: A record\nlink: /a-record/\naliases: [older-name, /a/b/c/]\n---\n",
      "content/fr/our-products/une-fiche.md":
        "---\ntitle: Une fiche\nlink: /une-fiche/\nurl: /fiches/Une Fiche/\naliases: [ancienne]\n---\n",
      "content/fr/our-products/une-autre.md": "---\ntitle: Une autre\nlink: /une-autre/\nslug: autre-nom\n---\n",
    });
    expect(listAliases).toMatchObject({
      "/en/our-products/a-record/": "/en/",
      "/en/our-products/older-name/": "/en/",
      "/en/a/b/c/": "/en/",
      "/fr/fiches/une-fiche/": "/fr/",
      "/fr/fiches/ancienne/": "/fr/",
      "/fr/our-products/autre-nom/": "/fr/",
    });
  });

  it("leads an alias two pages claim where Hugo wrote it last, in its content tree's order, and names the other", async () => {
    const { pages, posts, listAliases, findings } = await loadChanged("alias-claimed-twice", {
      "content/en/first-claim.md": "---\ntitle: First claim\naliases: [/shared-old/]\n---\nOne.\n",
      "content/en/second/claim.md": "---\ntitle: Second claim\naliases: [/shared-old/]\n---\nTwo.\n",
      "content/en/zzz-page.md": "---\ntitle: Zzz page\naliases: [/deep-old/]\n---\nThree.\n",
      "content/en/aaa/deep.md": "---\ntitle: Aaa deep\naliases: [/deep-old/]\n---\nFour.\n",
      "content/en/third.md": "---\ntitle: Third\naliases: [/post-old/]\n---\nFive.\n",
      // A folder without `_index` is no section: its pages stand among their section's own.
      "content/en/aaa/zeta.md": "---\ntitle: Zeta\naliases: [/in-folder/]\n---\nZ.\n",
      "content/en/aaa/sub/alpha.md": "---\ntitle: Alpha\naliases: [/in-folder/]\n---\nA.\n",
      "content/en/bbb/zeta.md": "---\ntitle: Zeta\naliases: [/in-section/]\n---\nZ.\n",
      "content/en/bbb/sub/alpha.md": "---\ntitle: Alpha\naliases: [/in-section/]\n---\nA.\n",
      "content/en/bbb/sub/_index.md": "---\ntitle: Sub\naliases: [/section-last/]\n---\n",
      "content/en/zzz/late.md": "---\ntitle: Late\naliases: [/section-last/]\n---\nL.\n",
      "content/en/blog/posts/a-post-claiming.md":
        "---\ntitle: A post claiming\ndate: 2020-01-01\naliases: [/post-old/]\n---\nSix.\n",
    });
    const claiming = (alias: string) =>
      pages.filter((page) => page.redirectFrom.includes(alias)).map((page) => page.path);
    // Checked with Debian's hugo: a folder's own pages before its subfolders' ("/__hb_third" before "/blog/…").
    expect(claiming("shared-old")).toEqual(["/en/second/claim/"]);
    expect(claiming("deep-old")).toEqual(["/en/aaa/deep/"]);
    expect(claiming("post-old")).toEqual([]);
    expect(claiming("in-folder")).toEqual(["/en/aaa/zeta/"]);
    expect(claiming("in-section")).toEqual(["/en/bbb/sub/alpha/"]);
    // A section's own aliases were written after every page's.
    expect(claiming("section-last")).toEqual(["/en/bbb/sub/"]);
    expect(listAliases["/en/post-old/"]).toBe(posts.find((post) => post.title === "A post claiming")?.path);
    expect(findings.map((finding) => `${finding.file}:${finding.line}: ${finding.message}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/en\/first-claim\.md:3: alias \/shared-old\/ is also an alias of content\/en\/second\/claim\.md/,
        ),
        expect.stringMatching(
          /^content\/en\/zzz-page\.md:3: alias \/deep-old\/ is also an alias of content\/en\/aaa\/deep\.md/,
        ),
        expect.stringMatching(
          /^content\/en\/third\.md:3: alias \/post-old\/ is also an alias of content\/en\/blog\/posts\/a-post-claiming\.md/,
        ),
      ]),
    );
  });

  it("answers a stub beside a section's _index where Hugo copied it: below the section's url, and in each language with that section", async () => {
    const stub = '<meta http-equiv="refresh" content="0; url=https://digital.canada.ca/legal/">\n';
    const { listAliases, findings } = await loadChanged("stubs-in-sections", {
      "content/en/a-section-at-an-odd-url/gone.html": stub,
      "content/fr/a-section-at-an-odd-url/_index.md": "---\ntitle: Section\n---\n",
      "content/en/stub-test/_index.md": "---\ntitle: Stub test\n---\n",
      "content/en/stub-test/moved.html": stub,
      "content/fr/stub-test/_index.md": "---\ntitle: Essai\nurl: /essai/\n---\n",
      "content/en/a-draft-branch/_index.md": "---\ntitle: Draft\ndraft: true\n---\n",
      "content/en/a-draft-branch/kept.html": stub,
      "content/fr/a-draft-branch/_index.md": "---\ntitle: Brouillon\n---\n",
      "content/en/plain-folder/page.md": "---\ntitle: A page\n---\nText.\n",
      "content/en/plain-folder/old.html": stub,
      "content/fr/plain-folder/page.md": "---\ntitle: Une page\n---\nTexte.\n",
      // Among the product records too, and beside a section's `url` that moved them.
      "content/en/our-products/_index.md": "---\ntitle: Products\nurl: /moved-products/\n---\n",
      "content/en/our-products/retired.html": stub,
      "content/en/our-products/a-record.md": "---\ntitle: A record\nlink: /a-record/\n---\n",
    });
    // What Debian's hugo wrote for these files, each a copy leading to the English legal page.
    expect(listAliases).toMatchObject({
      "/en/our-teams-plan/gone-html/": "/en/legal/",
      "/fr/a-section-at-an-odd-url/gone-html/": "/en/legal/",
      "/en/stub-test/moved-html/": "/en/legal/",
      "/fr/essai/moved-html/": "/en/legal/",
      "/fr/a-draft-branch/kept-html/": "/en/legal/",
      "/en/plain-folder/old-html/": "/en/legal/",
      "/en/moved-products/retired-html/": "/en/legal/",
    });
    expect(findings.map((finding) => `${finding.file}: ${finding.message}`)).not.toContainEqual(
      expect.stringMatching(/^content\/en\/our-products\/retired\.html: a product needs/),
    );
    // A stub in a folder that is no section stays in its own language, as Hugo left it.
    expect(listAliases["/fr/plain-folder/old-html/"]).toBeUndefined();
  });

  it("answers a stub where Hugo copied it with its page's files: in a bundle and its translation, below a bundle's url, and at its own place below a section", async () => {
    const stub = '<meta http-equiv="refresh" content="0; url=https://digital.canada.ca/legal/">\n';
    const { listAliases, resources, findings } = await loadChanged("stubs-in-bundles", {
      "content/en/a-translated-bundle/old.html": stub,
      "content/en/a-translated-bundle/deeper/older.html": `\n\n${stub}`,
      "content/en/a-translated-bundle/note.html": "<div><p>A note kept as a file</p></div>\n",
      "content/fr/un-paquet-ailleurs/index.md": "---\ntitle: Un paquet ailleurs\nurl: /ailleurs/paquet/\n---\nTexte.\n",
      "content/fr/un-paquet-ailleurs/ancien.htm": stub,
      "content/fr/un-paquet-ailleurs/sub/r2.pdf": "%PDF-1.4\n",
      "content/fr/stub-test/_index.md": "---\ntitle: Essai\nurl: /essai/\n---\n",
      "content/fr/stub-test/direct.pdf": "%PDF-1.4\n",
      "content/fr/stub-test/sub/deplace.html": stub,
      "content/fr/stub-test/sub/r.pdf": "%PDF-1.4\n",
    });
    // Where Debian's hugo wrote each copy; every stub's leads to the English legal page.
    expect(listAliases).toMatchObject({
      "/en/a-translated-bundle/old-html/": "/en/legal/",
      "/fr/a-translated-bundle/old-html/": "/en/legal/",
      "/en/a-translated-bundle/deeper/older-html/": "/en/legal/",
      "/fr/a-translated-bundle/deeper/older-html/": "/en/legal/",
      "/fr/ailleurs/paquet/ancien-htm/": "/en/legal/",
      "/fr/stub-test/sub/deplace-html/": "/en/legal/",
    });
    expect(listAliases["/fr/essai/sub/deplace-html/"]).toBeUndefined();
    // An HTML document that is no stub is copied as it was, as Hugo copied it; a section's url moves only its own files.
    expect(resources.map((resource) => resource.path)).toEqual(
      expect.arrayContaining([
        "/en/a-translated-bundle/note.html",
        "/fr/a-translated-bundle/note.html",
        "/fr/ailleurs/paquet/sub/r2.pdf",
        "/fr/essai/direct.pdf",
        "/fr/stub-test/sub/r.pdf",
      ]),
    );
    expect(resources.map((resource) => resource.path)).not.toContain("/fr/essai/sub/r.pdf");
    // Not a page Hugo left unpublished, as the bundle's markdown would be.
    expect(findings.map((finding) => `${finding.file}: ${finding.message}`)).not.toContainEqual(
      expect.stringMatching(/^content\/en\/a-translated-bundle\/(old|note)\.html: is inside/),
    );
  });

  it("leads a stub to the other language's home by its prefix alone, as a browser on Hugo's site went", async () => {
    const { stubs } = await loadChanged("stub-to-a-home", {
      "content/en/to-the-french-home.html": '<meta http-equiv="refresh" content="0; url=/fr/">\n',
      "content/fr/vers-l-accueil-anglais.html": '<meta http-equiv="refresh" content="0; url=/en">\n',
    });
    const targets = Object.fromEntries(stubs.map((stub) => [stub.source, stub.target]));
    expect(targets["content/en/to-the-french-home.html"]).toBe("/fr/");
    expect(targets["content/fr/vers-l-accueil-anglais.html"]).toBe("/en/");
  });

  it("reads a folder whose _index.html is a stub by its other files, as Hugo took the stub for a file", async () => {
    const stub = '<meta http-equiv="refresh" content="0; url=/en/legal/">\n';
    const { resources, pages } = await loadChanged("stub-index-beside-a-bundle", {
      // A page bundle still, with the stub and the report among its files.
      "content/fr/un-paquet/index.md": "---\ntitle: Un paquet\n---\nTexte.\n",
      "content/fr/un-paquet/_index.html": stub,
      "content/fr/un-paquet/rapport.txt": "un rapport\n",
      // A top folder with a page in it, which Hugo listed, though it wrote no page for that one.
      "content/fr/dossier/sous-dossier/index.md": "---\ntitle: Un paquet plus bas\nheadless: true\n---\nTexte.\n",
      "content/fr/dossier/sous-dossier/_index.html": stub,
    });
    expect(resources.map((resource) => resource.path)).toContain("/fr/un-paquet/rapport.txt");
    expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(["/fr/un-paquet/", "/fr/dossier/"]));
  });

  it("leads the copy Hugo made of an HTML document below its section's url to the page this site makes of it", async () => {
    const { listAliases, pages } = await loadChanged("document-in-a-moved-section", {
      "content/fr/stub-test/_index.md": "---\ntitle: Essai\nurl: /essai/\n---\n",
      "content/fr/stub-test/simple.html": "<p>Des mots sans front matter</p>\n",
    });
    const page = pages.find((each) => each.source === "content/fr/stub-test/simple.html");
    expect(page?.path).toBeDefined();
    // Debian's hugo copied it below the section's url.
    expect(listAliases["/fr/essai/simple-html/"]).toBe(page?.path);
  });

  it("keeps tags whose names hold a slash or an apostrophe", async () => {
    const { tags } = await loaded;
    expect(tags.map((tag) => `${tag.locale} ${tag.slug}`)).toEqual(
      expect.arrayContaining(["en gc-sign-in-gc-connexion", "fr generateur-d-avis-de-confidentialite"]),
    );
  });
});
