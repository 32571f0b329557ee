// What Hugo shows a reader, this site shows: for each page Debian's `hugo`
// wrote for the tree, the words of its <main>, the pages its <main> links to
// and the ids of its headings are on this site's page at that address. The templates' own words
// (labels, dates, text only a template holds) are left out, as each function
// below says; README, "What Hugo showed, page by page".
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import type { Element, Nodes, Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { routing } from "@/i18n/routing";
import { FindingList } from "@/lib/build/findings";
import { i18nReader } from "@/lib/build/hugo-i18n";
import { refreshIn } from "@/lib/build/refresh";
import { treeRoot } from "../e2e/tree";
import {
  NO_HUGO_REASON,
  decodePath,
  encodePath,
  hasHugo,
  hostOf,
  hugoAddresses,
  isHugoSite,
  land,
  origins,
  pageHugoMeant,
} from "./hugo";

/**
 * Whether Hugo wrote this page over an editor's redirect stub: a folder whose `_index.html` is a stub, with a page
 * below it, gets Hugo's list template ("Sorry, we can't find the page") beside the copied stub; this site keeps the
 * stub's redirect there (README), and where it leads off the site there is no page here to compare.
 */
function overAStub(file: string): boolean {
  const copy = path.join(path.dirname(file), "_index.html");
  return fs.existsSync(copy) && refreshIn(parseHtml(fs.readFileSync(copy, "utf8"))) !== undefined;
}

/**
 * Text that Hugo writes and no content file holds: README, "Text that lives
 * only in Hugo's templates". Hugo names its taxonomy list "Tags" in every language.
 */
const TEMPLATE_ONLY_TEXT: readonly string[] = ["Tags"];

/**
 * The labels of the tree's own templates, from its translations files: this
 * site says "Read more", "Tagged" or "Stay in touch" in its own words (messages/).
 */
const TEMPLATE_LABEL_KEYS = ["read-more", "load-more", "tagged-with", "view-tags", "contact-cds"];

function templateLabelText(): string[] {
  // The build reports what is wrong in the tree's i18n files; here they are only read, each once, as Hugo's
  // templates printed them (a label French lacks in English).
  const labelIn = i18nReader(treeRoot, new FindingList());
  return routing.locales.flatMap((locale) => TEMPLATE_LABEL_KEYS.map((key) => labelIn(locale, key)).filter(Boolean));
}

// Hugo's pages are parsed as a browser parses them: the lenient parser the
// other specs use lost the <main> of most of Hugo's pages (an unquoted
// `src=https://…` before it), which left every post out of this measure.
const parseHtml = (html: string): Root => unified().use(rehypeParse).parse(html);

function find(node: Nodes, tagName: string): Element | undefined {
  if (node.type === "element" && node.tagName === tagName) return node;
  if (!("children" in node)) return undefined;
  for (const child of node.children) {
    const found = find(child, tagName);
    if (found) return found;
  }
  return undefined;
}

/**
 * The words a reader reads, each text node on its own (`</li><li>` is a word
 * break). Left out: scripts and styles, dates, which each site writes in
 * its own format (Hugo's templates print English month names on French pages),
 * and forms, whose labels ask for answers this site does not collect (a
 * sentence says the form is no longer available: lib/build/safety.ts).
 */
function textOf(node: Nodes): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element" && node.type !== "root") return "";
  if (node.type === "element" && ["script", "style", "time", "template", "form"].includes(node.tagName)) return "";
  return node.children.map(textOf).join(" ");
}

/**
 * Hugo's templates print some titles and descriptions escaped twice
 * (`&amp;rsquo;`, `&lt;span class=…&gt;`): readers see the entity's name and
 * the markup as text. The words meant are the entity's character, without the markup.
 */
const meantText = (text: string) =>
  unified().use(rehypeParse, { fragment: true }).parse(text.replace(/</g, " <")).children.map(textOf).join(" ");

const wordsOf = (text: string) =>
  new Set(
    text
      .normalize("NFC")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 1),
  );

/** The links a reader can follow: `<a href>` and the design system's linking elements (a `<span href>` is none). */
function linksOf(node: Nodes): string[] {
  if (node.type !== "element" && node.type !== "root") return [];
  const linking = node.type === "element" && (node.tagName === "a" || node.tagName.startsWith("gcds-"));
  const own = linking && typeof node.properties.href === "string" ? [node.properties.href] : [];
  return [...own, ...node.children.flatMap(linksOf)];
}

test("every page Hugo wrote is whole here: the words, links and heading ids of its <main>", async ({ request }) => {
  test.skip(!isHugoSite, "this tree is not a whole Hugo site (no content/ beside a config Hugo reads)");
  test.skip(!hasHugo, NO_HUGO_REASON);
  test.skip(origins.kind !== "domains", "run with SITE_URL_EN and SITE_URL_FR: npm run test:domains");
  if (origins.kind !== "domains") return;
  const domains = origins.origins;
  test.setTimeout(600_000);
  const pages = hugoAddresses().flatMap((page) => {
    if (!page.address.endsWith("/")) return [];
    const document = parseHtml(fs.readFileSync(page.file, "utf8"));
    const main = find(document, "main");
    return main && !refreshIn(document) ? [{ ...page, main, words: wordsOf(meantText(textOf(main))) }] : [];
  });
  expect(pages.length, "pages Hugo wrote").toBeGreaterThan(20);
  const templateWordsOf = templateLabels(pages);
  const templateText = templateVocabulary();

  const ownHosts = Object.values(domains).map(hostOf);
  const landings = new Map<string, Promise<string>>();
  /** Where a link written on the page at `address` of `host` leads here: a page's host and path, or the outside URL. */
  const landingOf = (host: string, address: string, href: string) => {
    // A relative link (`notes.txt`, `../roadmap/`) is read from the page's own address, as a browser reads it.
    const url = new URL(href, `https://${host}${encodePath(address)}`);
    const ours = ownHosts.includes(url.host);
    if (!ours) return Promise.resolve(url.href.replace(/#.*$/, ""));
    const key = `${url.host}${url.pathname}`;
    if (!landings.has(key)) {
      landings.set(
        key,
        land(request, url.host, decodePath(url.pathname)).then((landed) => {
          if (landed.outside) return landed.outside;
          // Every address that answers nothing is one place to a reader, Hugo's dead link and ours alike (an address
          // Hugo wrote that answers 404 here fails the oracle's own check).
          if (landed.status === 404) return "not found";
          // A file (not a page) is the same file wherever it is served: on either language's domain, or below a
          // page's address as Hugo 0.111 spelt it (`a--b/`) and as this site does (`a-b/`).
          return landed.status === 200 && landed.fileDigest
            ? `file ${landed.fileDigest}`
            : `${landed.host}${landed.path}`;
        }),
      );
    }
    return landings.get(key) ?? Promise.resolve(key);
  };

  const broken: string[] = [];
  const templateOnly: string[] = [];
  for (const page of pages) {
    const host = hostOf(domains[page.locale]);
    const landed = await land(request, host, page.address);
    const ours = landed.body ? find(parseHtml(landed.body), "main") : undefined;
    if (landed.status !== 200 || !ours) {
      if (landed.outside && overAStub(page.file)) continue;
      broken.push(`${host}${page.address}: no page (${landed.status})`);
      continue;
    }
    const have = wordsOf(textOf(ours));
    // A list with no file of its own is titled by Hugo from its folder's name, made plural
    // (`/our-products/` is "Our Products", `/blog/` "Blogs": Hugo 0.111's pluralizeListTitles).
    const addressWords = [...wordsOf(page.address)];
    // Hugo made the whole name plural, so a last word too short to count alone gains its `s` (`dossier-é`, "Dossier-és").
    const pluralNames = [...wordsOf(page.address.replace(/([^/])\//g, "$1s/"))];
    const labels = new Set([
      ...templateWordsOf(page),
      ...addressWords,
      ...addressWords.map((word) => `${word}s`),
      ...pluralNames,
    ]);
    const missing = [...page.words].filter((word) => !labels.has(word) && !have.has(word));
    const fromTemplates = missing.length > 0 && missing.every((word) => templateText.has(word));
    const missingWords = fromTemplates ? [] : missing;
    if (fromTemplates) templateOnly.push(`${host}${page.address}: ${missing.length} of ${page.words.size} words`);
    const linked = new Set(
      await Promise.all(
        linksOf(ours)
          .filter(isPageLink)
          .map((href) => landingOf(landed.host, landed.path, href)),
      ),
    );
    const missingLinks: string[] = [];
    for (const href of new Set(linksOf(page.main).filter(isPageLink))) {
      const meant = withoutUnbalancedParenthesis(pageHugoMeant(href, ownHosts));
      if (!linked.has(await landingOf(host, page.address, meant))) missingLinks.push(href);
    }
    // A link to a place in the page (`…/#objectif-1`, `…/#fn:1`), shared since, lands on the same heading or note here.
    const ourIds = new Set(idsOf(ours));
    const missingIds = idsOf(page.main, true).filter((id) => !ourIds.has(id));
    if (missingWords.length > 0 || missingLinks.length > 0 || missingIds.length > 0) {
      broken.push(
        `${host}${page.address}: ${missingWords.length} of ${page.words.size} words missing (${missingWords.slice(0, 8).join(" ")}); ` +
          `links missing: ${missingLinks.slice(0, 8).join(" ")}; ids missing: ${missingIds.slice(0, 8).join(" ")}`,
      );
    }
  }
  console.log(
    `${pages.length - broken.length} of ${pages.length} pages whole, ${templateOnly.length} of them less text of Hugo's templates`,
  );
  // README, "Text that lives only in Hugo's templates": a department moving must put it in content.
  if (templateOnly.length > 0)
    console.log(`Text only Hugo's templates hold, not shown here:\n  ${templateOnly.join("\n  ")}`);
  expect(broken).toEqual([]);
});

/**
 * Every word of the tree's templates and translations files. A page whose
 * missing words are all among them lost only text that lives in Hugo's
 * templates (the jobs page, the home's "Built by government" list, Hugo's 404
 * text), which this site, reading content, cannot show: it is listed, not
 * counted as lost. One word that no template holds makes the page not whole.
 */
function templateVocabulary(): Set<string> {
  const wordsUnder = (folder: string) => {
    const words = new Set<string>();
    const dir = path.join(treeRoot, folder);
    if (!fs.existsSync(dir)) return words;
    for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(html|ya?ml|toml|json|md)$/i.test(entry.name)) continue;
      for (const word of wordsOf(meantText(fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8")))) {
        words.add(word);
      }
    }
    return words;
  };
  return new Set([...wordsUnder("layouts"), ...wordsUnder("i18n")]);
}

type WordedPage = { locale: string; address: string; words: Set<string> };

/**
 * The words of Hugo's templates on a page: those on more than a fifth of all
 * its pages (menus, banners, "Date modified"), those on more than half the
 * pages of its section (a list template's "Tagged with", "Read full post",
 * "Load more"), and TEMPLATE_ONLY_TEXT. This site says such labels in its own words.
 */
function templateLabels(pages: readonly WordedPage[]): (page: WordedPage) => Set<string> {
  const sectionOf = (page: WordedPage) => `${page.locale}/${page.address.split("/")[1] ?? ""}`;
  const common = (group: readonly WordedPage[], share: number) => {
    const count = new Map<string, number>();
    for (const page of group) for (const word of page.words) count.set(word, (count.get(word) ?? 0) + 1);
    return new Set([...count].filter(([, pagesWith]) => pagesWith > group.length * share).map(([word]) => word));
  };
  const everywhere = common(pages, 1 / 5);
  for (const text of [...TEMPLATE_ONLY_TEXT, ...templateLabelText()])
    for (const word of wordsOf(text)) everywhere.add(word);
  const sections = new Map<string, WordedPage[]>();
  for (const page of pages) sections.set(sectionOf(page), [...(sections.get(sectionOf(page)) ?? []), page]);
  const bySection = new Map(
    [...sections].map(([section, group]) => [section, group.length >= 4 ? common(group, 1 / 2) : new Set<string>()]),
  );
  return (page) => new Set([...everywhere, ...(bySection.get(sectionOf(page)) ?? [])]);
}

/**
 * Hugo's linkify keeps a `)` that closes the parentheses around a bare URL
 * (`(https://x/y)` links `https://x/y)`, which is not found, on another site
 * or on this one); GFM, which this site follows, leaves an unbalanced closing
 * parenthesis out of the link.
 */
function withoutUnbalancedParenthesis(href: string): string {
  const count = (char: string) => href.split(char).length - 1;
  return href.endsWith(")") && count(")") > count("(") ? href.slice(0, -1) : href;
}

/** A link to a page of a site (not an anchor on the same page, an e-mail address or a phone number). */
function isPageLink(href: string): boolean {
  return href !== "" && !href.startsWith("#") && !/^(mailto|tel|javascript):/i.test(href);
}

/** The ids in a page's part (its headings' and footnotes' alone with `headingsOnly`): the places a link can name. */
function idsOf(node: Nodes, headingsOnly = false): string[] {
  if (node.type !== "element" && node.type !== "root") return [];
  const isPlace = (element: Element) =>
    /^h[1-6]$/.test(element.tagName) || (element.tagName === "li" && String(element.properties.id).startsWith("fn:"));
  const counts = node.type === "element" && (!headingsOnly || isPlace(node));
  const own = counts && typeof node.properties.id === "string" ? [node.properties.id] : [];
  return [...own, ...node.children.flatMap((child) => idsOf(child, headingsOnly))];
}
