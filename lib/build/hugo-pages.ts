// What each Hugo page shows beyond its body, by its layout, as the CDS Hugo
// site's templates did: the home's product sections, About's contact details,
// the jobs section's postings, and the toolkit's cards, tools, posts and
// navigation. Every name a page lists that names nothing is a finding.
import path from "node:path";
import type { Locale } from "@/i18n/routing";
import type { Card, PageView, Product } from "@/lib/content/model";
import { compactSlug, decodeSegment, foldSlug, readerHref } from "@/lib/urls";
import type { Draft } from "./drafts";
import type { FindingList } from "./findings";
import type { HugoSite, ProductRecord } from "./hugo-site";
import type { FrontMatter } from "./schema";
import { TEAM_LAYOUTS, teamView } from "./team";
import { isSectionIndex } from "./tree";

const isTeamLayout = (layout: string | undefined) => TEAM_LAYOUTS.some((team) => team === layout);

/** What a page's view is built from: every page drafted, and what the site knows of each. */
export type ViewContext = {
  site: HugoSite;
  pages: readonly Draft[];
  posts: ReadonlyArray<{ locale: Locale; slug: string; path: string; title: string; description?: string }>;
  titleOf: (draft: Draft) => string;
  renderMarkdown: (text: string, from: Draft) => string;
  /** A link written in front matter as readers follow it here: a page of this site at its address, else as written. */
  hrefOf: (written: string | undefined, locale: Locale) => string | undefined;
  findings: FindingList;
};

/** What a card needs to know beyond its page: titles as published, and where written links lead. */
export type CardContext = Pick<ViewContext, "titleOf" | "hrefOf">;

const TOOLKIT_LAYOUTS = ["landing", "list", "sub-list", "single"] as const;

export function hugoPageView(draft: Draft, bodyHtml: string, context: ViewContext): PageView {
  const { meta } = draft;
  const treePath = draft.file.treePath ?? "";
  if (isIndexFile(treePath) && !treePath.includes("/")) {
    return { layout: "home", sections: homeSections(draft, context), latestPosts: meta.sections === undefined };
  }
  const landing = toolkitLandingOf(draft, context.pages);
  if (landing) return toolkitView(draft, landing, bodyHtml, context);
  if (meta.layout === "about-us") return { layout: "about-us", contact: context.site.contact[draft.locale] };
  if (isTeamLayout(meta.layout) && context.site.team) return teamView(context.site.team, draft.locale);
  if (meta.layout === "careers") {
    // Postings stand anywhere below the section (`careers/positions/x.md`), as Hugo's `.RegularPagesRecursive`.
    const postings = pagesBelow(folderOf(draft), draft.locale, context.pages).filter(
      (child) => child.meta.linkHidden !== true && !isIndexFile(child.file.treePath ?? ""),
    );
    return { layout: "careers", postings: postings.map((child) => cardOf(child, context)) };
  }
  const recordFolder = meta.layout && RECORD_LISTS[meta.layout];
  if (recordFolder) {
    const records = inHugoOrder(pagesInFolder(recordFolder, draft.locale, context.pages));
    if (records.length > 0) return { layout: "section", children: records.map((record) => cardOf(record, context)) };
  }
  // A section of a layout this site does not draw lists its pages after its body, as Hugo's list template does.
  const children = isSectionIndex(treePath) ? sectionMembers(folderOf(draft), draft.locale, context.pages) : [];
  if (children.length > 0)
    return { layout: "section", children: inHugoOrder(children).map((child) => cardOf(child, context)) };
  return { layout: "body" };
}

/** Hugo's default order of a list: by `weight` (unweighted last), then newest `date` first, then title. */
export function inHugoOrder(pages: readonly Draft[]): Draft[] {
  const weight = (page: Draft) => page.meta.weight || Number.POSITIVE_INFINITY;
  return pages.toSorted(
    (a, b) =>
      weight(a) - weight(b) ||
      (b.meta.date ?? "").localeCompare(a.meta.date ?? "") ||
      (a.meta.title ?? "").localeCompare(b.meta.title ?? ""),
  );
}

function homeSections(draft: Draft, context: ViewContext) {
  return (draft.meta.sections ?? []).flatMap((section) => {
    const products = productsNamed(draft, section.products ?? [], "sections", context);
    return section.title && products.length > 0 ? [{ title: section.title, products }] : [];
  });
}

/** The product records `names` lists, in its order; a name with no record is skipped, and said. */
function productsNamed(
  draft: Draft,
  names: readonly string[],
  key: keyof FrontMatter,
  context: ViewContext,
): Product[] {
  return names.flatMap((name) => {
    const record = context.site.products.find((product) => product.locale === draft.locale && product.name === name);
    if (!record) {
      context.findings.warning(
        draft.file.relative,
        draft.raw.keyLine(key),
        `\`${key}\` lists ${name}, but no our-products/${name}.md exists in ${draft.locale}; add it or remove the entry`,
      );
      return [];
    }
    return [productCard(record)];
  });
}

function productCard({ title, description, image, link }: ProductRecord): Product {
  return { title, description, image, link };
}

export function cardOf(draft: Draft, context: CardContext): Card {
  const image = draft.meta.img_url ? { src: draft.meta.img_url, alt: "" } : undefined;
  const card = { title: context.titleOf(draft), description: draft.meta.description, image, path: draft.path };
  return { ...card, record: recordOf(draft.meta, (written) => context.hrefOf(written, draft.locale)) };
}

/** What an older product record holds beyond its title and description, if it holds anything. */
function recordOf(meta: FrontMatter, hrefOf: (written: string | undefined) => string | undefined): Card["record"] {
  const { contact = [], partners = [], links = [], subtitle, secondDescription: more, buttonText } = meta;
  const productUrl = hrefOf(meta["product-url"]);
  const actionHref = hrefOf(meta.linkToProductSuite ?? meta.linkToGuide);
  const action = buttonText && actionHref ? { name: buttonText, href: actionHref } : undefined;
  if (!productUrl && !subtitle && !more && !action && contact.length + partners.length + links.length === 0)
    return undefined;
  return {
    productUrl,
    subtitle,
    more,
    action,
    contacts: contact.map(({ name, email }) => ({ name, href: email ? readerHref(`mailto:${email}`) : undefined })),
    partners: partners.map(({ name, url }) => ({ name, href: hrefOf(url) })),
    links: links.map(({ name, url }) => ({ name, href: hrefOf(url) })),
  };
}

/**
 * Layouts whose Hugo template listed the product records of a folder other
 * than their own (`where .Site.Pages ".File.Dir" "==" "products/products/"`).
 */
const RECORD_LISTS: Readonly<Record<string, string>> = {
  "past-projects": "products/products",
  partnerships: "products/products",
};

/** Whether a file is its folder's own page (`_index.md`, `index.html`): a section, a topic, a home. */
function isIndexFile(treePath: string): boolean {
  return /^_?index\./.test(path.posix.basename(treePath));
}

/** The folder a page's own file stands for: `a/_index.md` and `a/index.md` stand for `a`, `a/b.md` for `a/b`. */
function folderOf(draft: Draft): string {
  const treePath = draft.file.treePath ?? "";
  return isIndexFile(treePath) ? path.posix.dirname(treePath) : treePath.replace(/\.[^./]+$/, "");
}

function pagesBelow(folder: string, locale: Locale, pages: readonly Draft[]): Draft[] {
  return pages.filter((page) => page.locale === locale && folderOf(page).startsWith(`${folder}/`));
}

/**
 * What Hugo lists for the section at `folder`: the pages whose nearest
 * section is this one (a folder without `_index` is no section, so its pages
 * belong to the one above), and the sections directly below it.
 */
export function sectionMembers(folder: string, locale: Locale, pages: readonly Draft[]): Draft[] {
  const inLocale = pages.filter((page) => page.locale === locale);
  const sections = new Set(inLocale.filter((page) => isSectionIndex(page.file.treePath ?? "")).map(folderOf));
  const sectionAbove = (page: Draft) => {
    let dir = path.posix.dirname(folderOf(page));
    while (dir !== folder && dir !== "." && !sections.has(dir)) dir = path.posix.dirname(dir);
    return dir;
  };
  return inLocale.filter((page) => folderOf(page).startsWith(`${folder}/`) && sectionAbove(page) === folder);
}

function pagesInFolder(folder: string, locale: Locale, pages: readonly Draft[], depth = 1): Draft[] {
  return pages.filter((page) => {
    if (page.locale !== locale) return false;
    const own = folderOf(page);
    return own.startsWith(`${folder}/`) && own.slice(folder.length + 1).split("/").length === depth;
  });
}

/**
 * A toolkit's landing: its cascade says so, or its layout; or, as the 2025
 * prototype wrote it, a section's own `layout: home` with a hero, whose
 * template drew the hero, the topics below it and its tools, as the landing does.
 */
function isToolkitLanding(page: Draft): boolean {
  const { cascade, layout, hero_title } = page.meta;
  if (cascade?.type === "toolkit" || layout === "landing") return true;
  const treePath = page.file.treePath ?? "";
  return layout === "home" && hero_title !== undefined && isSectionIndex(treePath) && treePath.includes("/");
}

/** The toolkit landing a page belongs to: the page itself, or the section above it that cascades `type: toolkit`. */
function toolkitLandingOf(draft: Draft, pages: readonly Draft[]): Draft | undefined {
  if (isToolkitLanding(draft)) return draft;
  // Only pages below a landing's folder inherit its cascade.
  const own = folderOf(draft);
  return pages.find(
    (page) => page.locale === draft.locale && isToolkitLanding(page) && own.startsWith(`${folderOf(page)}/`),
  );
}

function toolkitView(draft: Draft, landing: Draft, bodyHtml: string, context: ViewContext): PageView {
  const { meta } = draft;
  const written = meta.layout;
  // The prototype's landing wrote `home` where the toolkit writes `landing`.
  const known = written === "home" ? "landing" : written;
  const treePath = draft.file.treePath ?? "";
  // Hugo looks a layout it has no template for up by kind: a section's `toolkit/list.html`, a page's `single.html`.
  const byKind = isSectionIndex(treePath) && draft !== landing ? "list" : "single";
  const layout = TOOLKIT_LAYOUTS.find((name) => name === known) ?? byKind;
  // The landing's template shows the sections whose parent section is the landing's, and a topic's its `.Pages`.
  const membersOf = (section: Draft) => inHugoOrder(sectionMembers(folderOf(section), section.locale, context.pages));
  const topics = membersOf(landing).filter((page) => isSectionIndex(page.file.treePath ?? ""));
  const topic = topics.find(
    (candidate) => candidate !== draft && folderOf(draft).startsWith(`${folderOf(candidate)}/`),
  );
  const hero =
    layout === "landing" && meta.hero_title
      ? {
          title: meta.hero_title,
          html: meta.hero_text ? context.renderMarkdown(meta.hero_text, draft) : "",
          image: meta.hero_image ? { src: meta.hero_image, alt: meta.hero_image_alt ?? "" } : undefined,
        }
      : undefined;
  const cards = layout === "landing" ? topics : layout === "list" && isSectionIndex(treePath) ? membersOf(draft) : [];
  return {
    layout,
    date: meta.date?.slice(0, 10),
    landing: draft === landing ? undefined : cardOf(landing, context),
    topic: topic && cardOf(topic, context),
    hero,
    lead: written === "sub-topic" ? meta.description : undefined,
    cards: cards.map((page) => cardOf(page, context)),
    tools: productsNamed(draft, meta.tools ?? [], "tools", context),
    posts: postsNamed(draft, context),
    topics: layout === "list" ? topics.map((page) => cardOf(page, context)) : [],
    contents: layout === "sub-list" ? headingsOf(bodyHtml) : [],
  };
}

/**
 * `blog_posts`: posts by the last segment of the address Hugo published them
 * at (percent-encoded or not, in any Hugo version's spelling of the file
 * name), in the page's language, as the tree's own template finds them.
 */
function postsNamed(draft: Draft, context: ViewContext): Card[] {
  return (draft.meta.blog_posts ?? []).flatMap((written) => {
    const slug = foldSlug(decodeSegment(written.replace(/^.*\/posts\//, "").replace(/\/$/, "")));
    const mine = context.posts.filter((post) => post.locale === draft.locale);
    const post =
      mine.find((candidate) => candidate.slug === slug) ??
      mine.find((candidate) => compactSlug(candidate.slug) === compactSlug(slug));
    if (!post) {
      context.findings.warning(
        draft.file.relative,
        draft.raw.keyLine("blog_posts"),
        `\`blog_posts\` lists ${written}, but no ${draft.locale} post has that slug; write the slug of its address or remove it`,
      );
      return [];
    }
    return [{ title: post.title, description: post.description, path: post.path }];
  });
}

/** A sub-list's own h2 and h3, for its "On this page". */
function headingsOf(html: string): Array<{ id: string; text: string; level: number }> {
  return [...html.matchAll(/<h([23]) id="([^"]+)">([\s\S]*?)<\/h\1>/g)].map(([, level, id, inner]) => ({
    id,
    text: inner.replace(/<[^>]+>/g, "").trim(),
    level: Number(level),
  }));
}
