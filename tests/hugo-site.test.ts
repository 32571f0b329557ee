import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/build/load";

const site = path.join(import.meta.dirname, "fixtures", "hugo-site");
const loaded = loadContent(site);

describe("the whole CDS Hugo site (tests/fixtures/hugo-site)", () => {
  it("builds with no error, and says which listed products are missing", async () => {
    const { findings } = await loaded;
    expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
    expect(findings.map((finding) => `${finding.file}:${finding.line}: ${finding.message}`)).toContain(
      "content/en/service-digital-toolkit/_index.md:14: `tools` lists no-such-tool, but no our-products/no-such-tool.md exists in en; add it or remove the entry",
    );
  });

  it("reads a link to a folder's `index.html` as a link to what answers at the folder, as a server did", async () => {
    const { pages, findings } = await loaded;
    const page = pages.find((entry) => entry.path === "/en/open-by-default/");
    // The folder holds a stub to an archived copy: the link leads there, as the stub does.
    expect(page?.bodyHtml).toContain('href="https://web.archive.org/web/2024/https://digital.canada.ca/roadmap-2025/"');
    expect(findings.filter((finding) => finding.file === "content/en/working-in-the-open.md")).toEqual([]);
  });

  it("gives every page its address and its translation, by key or by path", async () => {
    const { pages } = await loaded;
    const pairs = Object.fromEntries(
      pages.filter((page) => page.locale === "en").map((page) => [page.path, page.translationPath]),
    );
    expect(pairs).toMatchObject({
      "/en/about/": "/fr/a-propos/",
      "/en/partners/": "/fr/partenaires/",
      "/en/privacy/": "/fr/confidentialite/",
      "/en/terms/": "/fr/avis/",
      "/en/jobs/": "/fr/emplois/",
      "/en/thank-you/": "/fr/merci/",
      "/en/service-digital-toolkit/": "/fr/les-outils-du-numeriques-et-de-services/",
      "/en/service-digital-toolkit/accessibility/testing-approach/":
        "/fr/les-outils-du-numeriques-et-de-services/accessibilite/approche-des-tests/",
    });
    expect(
      pages
        .filter((page) => page.inFooter)
        .map((page) => page.path)
        .sort(),
    ).toEqual(["/en/privacy/", "/en/terms/", "/fr/avis/", "/fr/confidentialite/"]);
  });

  it("shows the home's sections without missing products, and drops a section left empty", async () => {
    const home = (await loaded).homes.find((page) => page.path === "/en/");
    expect(
      home?.view.layout === "home" && home.view.sections.map((section) => [section.title, section.products.length]),
    ).toEqual([
      ["Sending and receiving information", 2],
      ["Designing digital products", 1],
    ]);
  });

  it("renders the old theme's HTML as plain HTML, and points its links at this site", async () => {
    const about = (await loaded).pages.find((page) => page.path === "/en/about/");
    const html = about?.bodyHtml ?? "";
    expect(html).toContain('<h2 id="what-we-do">What we do</h2>');
    expect(html).toContain('<a href="/en/jobs/" class="button-link">See our jobs</a>');
    expect(html).toContain('<a href="/en/partners/">work with us</a>');
    expect(html).toContain('href="/reports/strategy-2024.pdf"');
    expect(html).not.toMatch(/gcds-|col-md|container|style=/);
  });

  it("sends each stub where it points, a page here or an outside address as written", async () => {
    const { stubs } = await loaded;
    expect(stubs.map((stub) => [stub.path, stub.target])).toEqual([
      ["/en/meet-the-team/", "/en/about/"],
      ["/en/roadmap-2025/", "https://web.archive.org/web/2024/https://digital.canada.ca/roadmap-2025/"],
      ["/fr/rencontrez-lequipe/", "/fr/a-propos/"],
    ]);
  });

  it("pairs tags by their files' keys and names them by their titles", async () => {
    const { tags } = await loaded;
    const pair = (locale: string, slug: string) => tags.find((tag) => tag.locale === locale && tag.slug === slug);
    expect(pair("en", "testing")?.translationSlug).toBe("tests");
    expect(pair("en", "security")?.translationSlug).toBe("securite");
    expect(pair("fr", "securite")?.name).toBe("Sécurité");
  });

  it("reads each language's menu in weight order, its links resolved", async () => {
    const { menus } = await loaded;
    expect(menus.en?.map((item) => `${item.name} ${item.path}`)).toEqual([
      "Products /en/",
      "About /en/about/",
      "Blog /en/blog/",
      "Jobs at CDS /en/jobs/",
    ]);
    expect(menus.fr?.map((item) => item.path)).toEqual(["/fr/", "/fr/a-propos/", "/fr/blogue/", "/fr/emplois/"]);
  });
});

describe("content checks on a Hugo tree", () => {
  it("publishes a file of the blog's folder below the blog, and with the other language's blog, as Hugo does", async () => {
    const { resources } = await loaded;
    expect(resources.map((resource) => resource.path)).toEqual(
      expect.arrayContaining(["/fr/blogue/un-mot-du-blogue.txt", "/en/blog/un-mot-du-blogue.txt"]),
    );
  });

  it("names a body link that nothing answers, and an alias that is another page's address", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "hugo-check-"));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write("content/en/blog/_index.md", "---\ntitle: Blog\n---\n");
    write("content/en/a.md", "---\ntitle: A\naliases: [/b/]\n---\nSee [the team](/no-such-page/).\n");
    write("content/en/b.md", "---\ntitle: B\n---\nB.\n");
    const lines = (await loadContent(root)).findings.map(
      (finding) => `${finding.file}:${finding.line}: ${finding.message}`,
    );
    expect(lines).toContain(
      "content/en/a.md:3: alias /b/ is also the address of content/en/b.md, whose page wins; remove the alias or move that page",
    );
    expect(lines).toContain(
      "content/en/a.md:5: links to /no-such-page/, which no page, post, alias, stub or file of this site answers; fix or remove the link",
    );
  });
});

describe("the blog's own words (blog/_index.md)", () => {
  it("reads a relative link from the blog's address, where Hugo published those words", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "hugo-blog-intro-"));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    // With no permalink pattern Hugo wrote the post at /blog/posts/a-first-post/, beside the blog's /blog/, and the
    // blog's files (`notes.txt` beside its `_index`) in /blog/ too.
    write(
      "content/en/blog/_index.md",
      "---\ntitle: Blog\n---\nStart with [the first post](posts/a-first-post/) and [a note](notes.txt).\n",
    );
    write("content/en/blog/notes.txt", "A note.\n");
    write("content/en/blog/posts/a-first-post.md", "---\ntitle: A first post\ndate: 2020-01-02\n---\nHello.\n");
    const { sections, findings } = await loadContent(root);
    expect(sections.find((section) => section.locale === "en")?.bodyHtml).toContain('href="/en/blog/notes.txt"');
    expect(findings.map((finding) => finding.message).join("\n")).not.toContain("links to");
  });
});

describe("content:report on a Hugo site", () => {
  it("counts pages and redirect stubs per language", () => {
    const report = JSON.parse(
      execFileSync("npx", ["tsx", "scripts/content-report.ts", site, "--json"], { encoding: "utf8" }),
    );
    expect(report.languages.en).toMatchObject({ pages: 14, stubs: 2 });
    expect(report.languages.fr).toMatchObject({ pages: 14, stubs: 1 });
  });
});
