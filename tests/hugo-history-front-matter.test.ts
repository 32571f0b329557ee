// What the department's Hugo trees of 2018 to 2025 taught (tests/fixtures/hugo-history), read as Hugo reads it.
// Front matter as Hugo read it: keys in any case, TOML and JSON, YAML 1.1, where its lexer found the delimiters.
import { describe, expect, it } from "vitest";
import { FindingList } from "@/lib/build/findings";
import { splitFrontMatter } from "@/lib/build/frontmatter";
import { readMeta } from "@/lib/build/meta";
import { lines, loaded } from "./hugo-history";

describe("front matter as the department's editors wrote it, read as Hugo read it", () => {
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

  it("reads front matter that an HTML comment opening the file hides, and the body from the comment's end, as Hugo did", async () => {
    const { pages } = await loaded;
    const byPath = new Map(pages.map((page) => [page.path, page]));
    const markdown = byPath.get("/en/legal/a-page-with-front-matter-in-a-comment/");
    expect(markdown?.title).toBe("Front matter in a comment");
    expect(markdown?.description).toBe("Hugo read front matter that an HTML comment opening the file hides.");
    expect(markdown?.bodyHtml).toBe("<p>Its words follow the comment.</p>");
    const html = byPath.get("/en/legal/an-html-page-with-front-matter-in-a-comment/");
    expect(html?.title).toBe("An HTML page whose front matter is in a comment");
    expect(html?.bodyHtml).not.toContain("which ends here");
    expect(html?.bodyHtml).toContain("Its words follow the comment too.");
  });

  it("leaves out what Hugo skipped after a comment that opens a file, up to the next `-->`, and says so", async () => {
    const { pages } = await loaded;
    const page = pages.find((entry) => entry.path === "/en/legal/a-page-opening-with-a-comment/");
    expect(page?.bodyHtml).toBe("<p>Hugo published these words.</p>");
    expect(await lines()).toContain(
      "content/en/legal/a-page-opening-with-a-comment.md:2: warning: the file opens with `<!--`, so Hugo skipped everything up to the next `-->`, on line 4: lines 2 to 4 are not published, here either; move the comment below the first paragraph, or delete it",
    );
  });

  it("publishes a file whose opening comment Hugo found no end for as written, and says Hugo stopped there", () => {
    const findings = new FindingList();
    const raw = splitFrontMatter("page.md", "<!-- a note -->\nWords.\n", findings, "hugo");
    expect(raw?.body).toBe("<!-- a note -->\nWords.\n");
    expect(findings.all.map((finding) => `${finding.line}: ${finding.message}`)).toEqual([
      "1: the file opens with `<!--`, and Hugo found no `-->` after that line, so it stopped building; this site publishes the file as written: move the comment below the first paragraph, or delete it",
    ]);
  });

  it("publishes a page whose `url` is a list at its place, and says what to fix", async () => {
    const { pages } = await loaded;
    expect(pages.map((page) => page.path)).toContain("/en/roadmap/");
    expect(await lines()).toContain(
      "content/en/roadmap/_index.md:3: warning: `url` must be one value on one line, not a list or a group of keys; this value is ignored until it is fixed",
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
