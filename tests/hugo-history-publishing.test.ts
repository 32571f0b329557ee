// What the department's Hugo trees of 2018 to 2025 taught (tests/fixtures/hugo-history), read as Hugo reads it.
// What Hugo published and when: drafts, dates, `_build`, bundles, damaged pictures, translations.
import { describe, expect, it } from "vitest";
import { CALENDAR_DAY_FORMAT, calendarDayOf } from "@/lib/post-date";
import { bodyAt, lines, loadChanged, loaded } from "./hugo-history";

describe("what Hugo published of the department's trees, and when", () => {
  it("builds with no error", async () => {
    expect((await loaded).findings.filter((finding) => finding.severity === "error")).toEqual([]);
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
    // `list: never` keeps a page out of Hugo's lists, not off its site.
    expect(paths).toContain("/en/2018/06/02/a-post-kept-off-the-lists/");
    expect(await lines()).toContain(
      "content/en/blog/posts/a-post-kept-off-the-lists.md:4: warning: `_build: {list: never}` kept this page out of Hugo's lists, but this site lists every page it publishes; to keep a page off the site, write `render: never`",
    );
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
      // A cascaded `expiryDate` holds back the section that writes it too.
      "/en/an-expired-branch/",
      "/en/an-expired-branch/a-page-expired-by-cascade/",
      "/en/a-page-dated-later/",
      "/en/a-draft-section/held-with-it/",
    ])
      expect(paths).not.toContain(held);
    // Hugo copied an HTML document in a folder below it as a file, at its place, draft section or not.
    expect(paths).toContain("/en/a-draft-section/notes/a-plain-document/");
    // Its translation is published, and toggles as a page without one until then.
    const french = pages.find((page) => page.path === "/fr/une-page-datee-plus-tard/");
    expect(french?.translationPath).toBeUndefined();
    // A link to a page left out leads nowhere yet, and its editor is told.
    expect(await lines()).toContain(
      "content/en/legal/a-page-linking-ahead.md:5: warning: links to /a-draft-section/a-page-below/, which no page, post, alias, stub or file of this site answers; fix or remove the link",
    );
  });

  it("keeps a link to a stub whose page is not written as the editor wrote it, not as an address of this site that answers 404", async () => {
    const body = await bodyAt("/en/legal/a-page-linking-ahead/");
    expect(body).toContain('href="/legal/a-stub-to-a-page-kept-off/"');
    expect(body).not.toContain("/a-page-kept-off-the-site/");
    // The stub itself is what to fix, and its editor is told.
    expect(await lines()).toContain(
      "content/en/legal/a-stub-to-a-page-kept-off.html:1: warning: redirects to https://digital.canada.ca/a-page-kept-off-the-site/, which names no page or post of this site; unless it is a tag, a feed, a list page or a file beside a page, readers get the page-not-found page: fix the URL",
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

  it("publishes a page bundle's index alone, as Hugo does, and says why its other files are not pages", async () => {
    const paths = (await loaded).pages.map((page) => page.path);
    expect(paths).toContain("/en/toolkit/a-leaf-page/");
    expect(paths.filter((each) => each.includes("subpage"))).toEqual([]);
    expect(await lines()).toContain(
      "content/en/a-leaf-page/a-draft-subpage.html:1: warning: is inside content/en/a-leaf-page/, a page bundle (a folder with an index file), so Hugo did not publish it as a page, and neither does this site; move it out of the folder, or rename the index _index, to publish it",
    );
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
      // A headless bundle's file: Hugo wrote no page for the bundle, but published its files.
      "/en/stories/resources/checklist.txt",
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

  it("shares a page's files with its translation where Hugo did: from a draft, and into a bundle the other tree lacks", async () => {
    const page = (title: string, more = "") => `---\ntitle: ${title}\n${more}---\nText.\n`;
    const { resources } = await loadChanged("shared-files", {
      "content/en/a-draft-section/_index.md": page("Draft", "draft: true\n"),
      "content/en/a-draft-section/k.pdf": "%PDF-1.4\n",
      "content/fr/a-draft-section/_index.md": page("Brouillon"),
      "content/en/a-draft-leaf/index.md": page("Draft leaf", "draft: true\n"),
      "content/en/a-draft-leaf/k2.pdf": "%PDF-1.4\n",
      "content/fr/a-draft-leaf/index.md": page("Paquet"),
      "content/en/no-english-page/k5.pdf": "%PDF-1.4\n",
      "content/fr/no-english-page/index.md": page("Paquet seul"),
      "content/en/no-english-section/k4.pdf": "%PDF-1.4\n",
      "content/fr/no-english-section/_index.md": page("Section seule"),
    });
    const paths = resources.map((resource) => resource.path);
    // What Debian's hugo wrote for these files.
    expect(paths).toEqual(
      expect.arrayContaining([
        "/fr/a-draft-section/k.pdf",
        "/fr/a-draft-leaf/k2.pdf",
        "/fr/no-english-page/k5.pdf",
        "/en/no-english-section/k4.pdf",
      ]),
    );
    expect(paths.filter((each) => /\/(a-draft-section|a-draft-leaf)\//.test(each) && each.startsWith("/en/"))).toEqual(
      [],
    );
    expect(paths).not.toContain("/fr/no-english-section/k4.pdf");
  });

  it("publishes the files of a bundle Hugo built but wrote no page for, unless it says publishResources: false", async () => {
    const bundle = (title: string, more: string) => `---\ntitle: ${title}\n${more}---\nText.\n`;
    const { resources, pages } = await loadChanged("unwritten-bundles", {
      "content/en/a-headless-bundle/index.md": bundle("Headless", "headless: true\n"),
      "content/en/a-headless-bundle/f.txt": "a file\n",
      "content/en/a-headless-bundle-elsewhere/index.md": bundle("Elsewhere", "headless: true\nurl: /elsewhere/hb/\n"),
      "content/en/a-headless-bundle-elsewhere/f.txt": "a file\n",
      "content/en/a-bundle-never-rendered/index.md": bundle("Never rendered", "_build:\n  render: never\n"),
      "content/en/a-bundle-never-rendered/f.txt": "a file\n",
      "content/en/a-bundle-keeping-its-files/index.md": bundle("Kept", "_build:\n  publishResources: false\n"),
      "content/en/a-bundle-keeping-its-files/f.txt": "a file\n",
      "content/en/a-draft-bundle/index.md": bundle("Draft", "draft: true\n"),
      "content/en/a-draft-bundle/f.txt": "a file\n",
      "content/en/a-bundle-for-later/index.md": bundle("Later", "publishDate: 2999-01-01\n"),
      "content/en/a-bundle-for-later/f.txt": "a file\n",
      // A French bundle Hugo wrote no page for takes an English file below its folder, as Debian's hugo wrote it.
      "content/fr/un-paquet-sans-tete/index.md": bundle("Sans tête", "headless: true\n"),
      "content/en/un-paquet-sans-tete/sub/report.txt": "a report\n",
    });
    const paths = resources.map((resource) => resource.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/en/a-headless-bundle/f.txt",
        "/en/elsewhere/hb/f.txt",
        "/en/a-bundle-never-rendered/f.txt",
        "/fr/un-paquet-sans-tete/sub/report.txt",
      ]),
    );
    for (const left of ["a-bundle-keeping-its-files", "a-draft-bundle", "a-bundle-for-later"])
      expect(paths).not.toContain(`/en/${left}/f.txt`);
    expect(pages.map((page) => page.path)).not.toContain("/en/a-headless-bundle/");
  });

  it("reads a folder as a section in every language where one language gives it an _index, as Hugo did", async () => {
    const page = (title: string, more = "") => `---\ntitle: ${title}\n${more}---\nText.\n`;
    const { resources, pages } = await loadChanged("section-in-one-language", {
      "content/en/one-folder/_index.md": page("A section"),
      "content/fr/one-folder/index.md": page("Pas un paquet", "url: /ailleurs/\n"),
      "content/fr/one-folder/une-autre.md": page("Une autre page"),
      "content/fr/one-folder/f.txt": "un fichier\n",
    });
    // What Debian's hugo wrote: the French page beside the index is a page, and the file stays at its place.
    expect(pages.map((each) => each.path)).toContain("/fr/one-folder/une-autre/");
    const paths = resources.map((resource) => resource.path);
    expect(paths).toContain("/fr/one-folder/f.txt");
    expect(paths).not.toContain("/fr/ailleurs/f.txt");
  });

  it("applies a `cascade` only from a section, as Hugo 0.111 did, and tells the editor where one reaches nothing", async () => {
    const cascadeDraft = "cascade:\n  draft: true\n";
    const { pages, findings } = await loadChanged("cascade-on-a-page", {
      "content/en/a-cascading-bundle/index.md": `---\ntitle: A cascading bundle\n${cascadeDraft}---\nText.\n`,
      "content/en/legal/a-cascading-page.md": `---\ntitle: A cascading page\n${cascadeDraft}---\nText.\n`,
    });
    // What Debian's hugo wrote: both pages, as if the key were not there.
    expect(pages.map((page) => page.path)).toEqual(
      expect.arrayContaining(["/en/a-cascading-bundle/", "/en/legal/a-cascading-page/"]),
    );
    expect(findings.map((finding) => `${finding.file}:${finding.line}: ${finding.message}`)).toContainEqual(
      expect.stringMatching(
        /^content\/en\/legal\/a-cascading-page\.md:3: `cascade` reaches the pages below a section, and this page is no section/,
      ),
    );
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
});
