// What the department's Hugo trees of 2018 to 2025 taught (tests/fixtures/hugo-history), read as Hugo reads it.
// The site config as Hugo read it: its directory, values it cannot use, menus.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lines, loadChanged, loaded, tree } from "./hugo-history";

describe("the department's site config, read as Hugo read it", () => {
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

  it("names each config option that has Hugo publish other files than this site does, and builds on", async () => {
    const { findings, pages } = await loadChanged("unfollowed-publishing", {
      "config.yaml": (config) =>
        `${config}buildDrafts: true\nbuildFuture: "true"\nbuildExpired: true\nignoreFiles: ["notes\\\\.md$"]\n`,
    });
    const said = findings.filter((finding) => finding.file === "config.yaml").map((finding) => finding.message);
    expect(said).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^`buildDrafts` is not followed here: drafts stay unpublished/),
        expect.stringMatching(/^`buildFuture` is not followed here: a page dated later waits for its day/),
        expect.stringMatching(/^`buildExpired` is not followed here: a page past its `expiryDate` is not published/),
        expect.stringMatching(/^`ignoreFiles` is not followed here: the content files it names are published/),
      ]),
    );
    expect(pages.length).toBe((await loaded).pages.length);
  });

  it("names each source of dates in `frontmatter` that this site does not read, at its line, and builds on", async () => {
    const { findings, posts } = await loadChanged("unread-date-sources", {
      "config.yaml": (config) =>
        `${config}frontmatter:\n  date: [":fileModTime", ":default"]\n  publishDate: ":git"\n  lastmod: [":git", "lastmod"]\n`,
    });
    const said = findings
      .filter((finding) => finding.file === "config.yaml" && finding.message.startsWith("`frontmatter"))
      .map((finding) => `${finding.line}: ${finding.message}`);
    const lines = (await fs.promises.readFile(path.join(tree, "config.yaml"), "utf8")).split("\n").length;
    expect(said).toEqual([
      `${lines + 1}: \`frontmatter.date\` lists \`:fileModTime\`, which this site does not read as a date: a file's time on the disk is when it was copied or checked out, not when it was written; a page so dated takes the next source's date, so write its \`date\` in its front matter`,
      `${lines + 2}: \`frontmatter.publishDate\` lists \`:git\`, which this site does not read as a publishDate: it is each page's last commit, which Hugo read only with \`enableGitInfo\`; a page so dated takes the next source's date, so write its \`publishDate\` in its front matter`,
    ]);
    expect(posts.length).toBe((await loaded).posts.length);
  });

  it("reads a menu entry by its pageRef, and leaves out one with no link, as Hugo builds on", async () => {
    const { menus } = await loaded;
    expect(menus.en?.map((item) => [item.name, item.path])).toEqual([
      ["Careers", "/en/careers/"],
      ["Blog", "/en/blog/"],
    ]);
    expect(await lines()).toContain(
      "config.yaml:16: warning: the en menu's More has no `url` or `pageRef` to link; it is left out of the header, give it one",
    );
  });

  it("names the file and line of a menu entry that links nowhere, in the config or its directory", async () => {
    const said = (findings: ReadonlyArray<{ file: string; line: number; message: string }>) =>
      findings.filter((finding) => finding.message.includes("menu's")).map((f) => `${f.file}:${f.line}: ${f.message}`);
    const inConfig = await loadChanged("menu-nowhere", {
      "config.yaml": (config) => config.replace("url: /careers/", "url: /nowhere/"),
    });
    expect(said(inConfig.findings)).toContain(
      "config.yaml:19: the en menu's Careers links to /nowhere/, which names no page; fix its url",
    );
    const inDirectory = await loadChanged("menu-file", {
      "config/_default/menus.fr.yaml": "main:\n  - name: Ailleurs\n    url: /nulle-part/\n",
    });
    expect(said(inDirectory.findings)).toContain(
      "config/_default/menus.fr.yaml:3: the fr menu's Ailleurs links to /nulle-part/, which names no page; fix its url",
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
});
