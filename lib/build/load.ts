// Reads a content tree from disk into SiteContent: every file read into a
// draft (drafts.ts), paired with its translation (translations.ts), rendered
// (render.ts, with links rewritten by body-links.ts), its pictures measured
// (images.ts) and dated (dates.ts). Used at build time (scripts/build-content.ts)
// and by content checks; the site never calls it.
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "@/i18n/routing";
import { strictTranslations } from "@/lib/config";
import {
  latestModified,
  type Modified,
  type Page,
  type Post,
  type Rendered,
  type SiteContent,
} from "@/lib/content/model";
import { HUGO_FOOTER_PAGES, HUGO_TAGS_SEGMENT } from "@/lib/site";
import { foldPermalink, homePath, hugoSanitize, pagePath, readerHref, tagPath, withoutLocale } from "@/lib/urls";
import { oldAddressesOf, siteHref, siteTarget } from "./body-links";
import {
  excuseBelowHeldSections,
  modifiedOf,
  publish,
  publishedOn,
  sectionsAboveOf,
  publishesFiles,
  unpublishedReasonOf,
} from "./dates";
import { laterFile, readDrafts, type Draft } from "./drafts";
import { FindingList, type Finding } from "./findings";
import { splitFrontMatter } from "./frontmatter";
import { lastCommitDates, type CommitDates } from "./git-dates";
import { behindMessage, reportOf, translationPairs, type TranslationReport } from "./translation-status";
import { DAMAGED, imageSrc, localImage } from "./images";
import { plainText, renderTitle } from "./render";
import type { RenderCache } from "./render-cache";
import { readMeta } from "./meta";
import { hugoPageView, type ViewContext } from "./hugo-pages";
import { hugoAddressesOf, NO_PERMALINKS } from "./hugo-addresses";
import { readHugoSite } from "./hugo-site";
import { folderListPages } from "./hugo-sections";
import { resolveMenus, type SectionFile } from "./hugo-lists";
import { pageRenderer, type PageRenderer } from "./page-renderer";
import { hugoPageResources, type PageResource } from "./resources";
import { reportReservedAddresses } from "./reserved-addresses";
import { readSiteAddresses } from "./site-addresses";
import {
  collectTags,
  tagFileAddresses,
  tagFilesElsewhere,
  tagFilesWithTags,
  tagSlugsOf,
  type Tag,
  type TagFile,
} from "./tags";
import { pairTranslations, pairingOf, type Pairing } from "./translations";
import {
  findSectionFiles,
  hugoIgnoredContentFiles,
  findSourceFiles,
  hugoBundledFiles,
  isHugoFile,
  listFiles,
} from "./tree";

export type { Pairing };
export { pathFromFileName } from "./drafts";
export { assetsDir, findSourceFiles } from "./tree";

export type LoadOptions = {
  /** Reuses bodies rendered by an earlier build where nothing they depend on changed. */
  cache?: RenderCache;
  /** A preview (`npm run dev`): drafts and posts dated in the future are kept, marked. */
  preview?: boolean;
  /** What "in the future" is measured from; now unless a test says otherwise. */
  now?: number;
};

export type LoadedContent = Omit<SiteContent, "root" | "posts" | "pages" | "homes" | "pictures"> & {
  posts: Array<Rendered<Post>>;
  pages: Array<Rendered<Page>>;
  homes: Array<Rendered<Page>>;
  findings: Finding[];
  pairings: Pairing[];
  /** The remote origins (`https://host`) of every hero and body image, sorted, for the security policy. */
  imageOrigins: string[];
  /** What git's history could date: `undated` files a shallow clone cannot (lib/build/git-dates.ts). */
  gitHistory: Omit<CommitDates, "dates">;
  /** Every pair and untranslated file, with whether the translation reflects its original now (npm run translations). */
  translations: TranslationReport[];
  /** Files of a Hugo tree's content folders that are not content, each at the address Hugo published it. */
  resources: PageResource[];
};

export async function loadContent(
  root: string,
  { cache, preview = false, now = Date.now() }: LoadOptions = {},
): Promise<LoadedContent> {
  const findings = new FindingList();
  const { site, files, drafts } = readPairedDrafts(root, findings);
  reportAliasClaims(drafts, findings);
  const sectionFiles = readSectionFiles(root, findings);
  const sectionsAbove = sectionsAboveOf(drafts);
  const unpublishedReasons = new Map(
    drafts.map((draft) => [draft, unpublishedReasonOf(draft, sectionsAbove(draft), now)]),
  );
  const unpublishedReason = (draft: Draft) => unpublishedReasons.get(draft);
  excuseBelowHeldSections(findings, drafts, unpublishedReason);
  // A page or post a production build leaves out is nothing a link can lead to: a link to one is a finding.
  const reachable = preview ? drafts : drafts.filter((draft) => !unpublishedReason(draft));
  // Whose folder's files (a bundle's `report.pdf`) are published: a page Hugo built but wrote no page for too.
  const withFiles = preview
    ? drafts
    : drafts.filter((draft) => publishesFiles(draft, sectionsAbove(draft), unpublishedReason(draft)));
  const addresses = readSiteAddresses(root, site, files, sectionFiles, { reachable, withFiles }, findings);
  const { linkIndex, redirects, listAliases, stubs } = addresses;
  // Only a whole Hugo site (pages or static files of its own) is checked for links nothing answers.
  const checksLinks = site.staticDir !== undefined || drafts.some((draft) => draft.file.treePath !== undefined);
  const renderer = pageRenderer(root, addresses, reachable, { cache, checksLinks, findings });
  const commitDates = lastCommitDates(root);
  const modifiedOfDraft = (draft: Draft) => modifiedOf(draft, commitDates.dates.get(draft.file.relative));
  const { posts, pages, tagNames, pageDrafts } = await renderEntries(drafts, {
    root,
    staticDir: site.staticDir,
    renderer,
    modifiedOf: modifiedOfDraft,
    unpublishedReason,
    preview,
    findings,
  });
  const translations = translationPairs(drafts, (draft) => commitDates.dates.get(draft.file.relative)).map((pair) =>
    reportOf(pair, modifiedOfDraft),
  );
  noteTranslationsBehind(translations, [...posts, ...pages], findings, drafts);
  const { shown, unpublished } = publish(posts, preview);
  posts.splice(0, posts.length, ...shown);
  // A page whose translation is not published (a draft, dated later, below a draft section) toggles as one without;
  // one whose key is a published post's in the other language toggles to that post, as Hugo's `.Translations` did.
  const shownPaths = new Set(shown.map((post) => post.path));
  for (const page of pages)
    if (page.translationPath && !pageDrafts.has(page.translationPath) && !shownPaths.has(page.translationPath))
      page.translationPath = undefined;
  // Newest first; posts of one instant in Hugo's order (by title, as its lists sort them), else by file, as before.
  const hugoTree = drafts.some((draft) => isHugoFile(draft.file));
  posts.sort(
    (a, b) =>
      b.date.instant - a.date.instant ||
      (hugoTree ? a.title.localeCompare(b.title) : 0) ||
      b.source.localeCompare(a.source),
  );
  const tags = collectTags(
    posts.map((post) => ({ ...post, tagNames: tagNames.get(post.path) ?? [] })),
    site.tagFiles,
    [...pageDrafts.values()]
      .filter((draft) => isHugoFile(draft.file))
      .map((draft) => ({ ...draft, tagNames: termsOf(draft) })),
  );
  addTagFileAliases(tags, site.tagFiles, listAliases, (from) => pageDrafts.has(from));
  const sections = sectionFiles.map((file) => ({
    locale: file.locale,
    source: file.relative,
    description: file.meta.description && plainText(file.meta.description),
    bodyHtml: renderer.render(file, file.raw, file.locale, undefined, blogAddressOf(file)).html,
  }));
  const titleByPath = new Map(pages.map((page) => [page.path, page.title]));
  const viewContext: ViewContext = {
    site,
    pages: [...pageDrafts.values()],
    posts,
    titleOf: (draft: Draft) => titleByPath.get(draft.path) ?? draft.meta.title ?? "",
    renderMarkdown: (text: string, from: Draft) =>
      renderer.render(from.file, { ...from.raw, body: text }, from.locale, from).html,
    hrefOf: (written: string | undefined, locale: Locale) => {
      const href = readerHref(written);
      return href && (siteHref(linkIndex, { locale }, href) ?? href);
    },
    findings,
  };
  showAsHugoDid(pages, pageDrafts, renderer.drawnByTemplate, viewContext);
  const answered = (locale: Locale, folder: string) => {
    const path = pagePath(locale, folder);
    const isOwnFile = (treePath = "") =>
      treePath.startsWith(`${folder}/`) && /^_?index\.[^/]+$/.test(treePath.slice(folder.length + 1));
    const hasIndex = files.some((file) => file.locale === locale && isOwnFile(file.treePath));
    // A stub named as the folder (`2019.html` beside `2019/`) does not answer for it: Hugo copied the stub under
    // its own name, which still leads where it says, and wrote the folder's list at the folder's address.
    const stubbed = stubs.some((stub) => stub.path === path);
    return hasIndex || pageDrafts.has(path) || listAliases.has(path) || (redirects.has(path) && !stubbed);
  };
  // Hugo writes no list for a folder where the config disables section pages.
  const folderLists = site.sectionsDisabled
    ? []
    : folderListPages(
        [...pageDrafts.values()],
        drafts.filter((draft) => draft.kind === "page" && unpublishedReason(draft) === "unrendered"),
        pages,
        answered,
        viewContext,
      );
  pages.push(...folderLists);
  // Such a stub gives its folder's address to the list.
  const listed = new Set(folderLists.map((list) => list.path));
  stubs.splice(0, stubs.length, ...stubs.filter((stub) => !listed.has(stub.path)));
  reportReservedAddresses(pages, findings);
  markFooterPages(pages);
  const homes = pages.filter((page) => page.view.layout === "home");
  pages.splice(0, pages.length, ...pages.filter((page) => page.view.layout !== "home"));
  // A home's own aliases (`/products/`) lead to it, as a page's do.
  for (const home of homes) for (const old of home.redirectFrom) listAliases.set(`/${home.locale}/${old}/`, home.path);
  const shownPosts = new Set(posts.map((post) => post.path));
  addPostAliases(drafts, shownPosts, listAliases, (from) => pageDrafts.has(from), findings);
  const menus = resolveMenus(
    site,
    (url, locale) => (url === "/" ? homePath(locale) : siteTarget(linkIndex, locale, url)),
    findings,
  );
  // A page publishes its folder's files at its address where Hugo did: one it built but wrote no page for too.
  const publishing = new Set(withFiles);
  const reachableSet = new Set(reachable);
  const published = (draft: Draft) =>
    publishing.has(draft) && (pageDrafts.has(draft.path) || shownPosts.has(draft.path) || !reachableSet.has(draft))
      ? draft.path
      : undefined;
  const resources = hugoPageResources(root, drafts, published, addresses.blogSections, files);
  const findingsInFileOrder = findings.all.toSorted((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    posts,
    pages,
    homes,
    tags,
    sections,
    stubs,
    listAliases: Object.fromEntries(listAliases),
    menus,
    staticRoots: site.staticDir ? fs.readdirSync(site.staticDir).sort() : [],
    staticDotfiles: listFiles(site.staticDir ?? "")
      .map((file) => file.split(path.sep).join("/"))
      .filter((file) => path.posix.basename(file).startsWith(".")),
    formerPageSize: site.pageSize,
    unpublished,
    findings: findingsInFileOrder,
    pairings: drafts.map(pairingOf),
    imageOrigins: [...renderer.imageOrigins].sort(),
    gitHistory: { history: commitDates.history, undated: commitDates.undated },
    translations,
    resources,
  };
}

/** The blog's own `_index` in each language: its words, and the `url` Hugo published the blog at. */
function readSectionFiles(root: string, findings: FindingList): SectionFile[] {
  return findSectionFiles(root).flatMap((file) => {
    const raw = splitFrontMatter(file.relative, fs.readFileSync(file.absolute, "utf8"), findings, "hugo");
    return raw ? [{ ...file, raw, meta: readMeta(file.relative, raw, findings, "as-hugo").meta }] : [];
  });
}

/** Where Hugo published the blog's list, and its own words: at its `_index`'s `url`, else at `/blog/`. */
function blogAddressOf(file: SectionFile): string {
  const [written] = hugoAddressesOf(`blog/${path.basename(file.relative)}`, file.meta, file.locale, NO_PERMALINKS);
  return `/${written.replace(/^\/+|\/+$/g, "")}/`;
}

type EntryContext = {
  root: string;
  staticDir: string | undefined;
  renderer: PageRenderer;
  modifiedOf: (draft: Draft) => Modified | undefined;
  unpublishedReason: (draft: Draft) => Post["unpublished"];
  preview: boolean;
  findings: FindingList;
};

/** Every page and post rendered, in the tree's order; posts not yet published are still here, marked. */
async function renderEntries(drafts: readonly Draft[], context: EntryContext) {
  const { root, staticDir, renderer, unpublishedReason, preview, findings } = context;
  const posts: Array<Rendered<Post>> = [];
  const pages: Array<Rendered<Page>> = [];
  const tagNames = new Map<string, string[]>();
  const pageDrafts = new Map<string, Draft>();
  for (const draft of drafts) {
    // Hugo publishes no page before its `publishDate` or after its `expiryDate`; a preview shows posts so marked.
    if (draft.kind === "page" && !preview && unpublishedReason(draft)) continue;
    const body = renderer.renderPage(draft);
    const title = renderTitle(draft.meta.title ?? "", draft.locale);
    const common = {
      locale: draft.locale,
      path: draft.path,
      source: draft.file.relative,
      title: title.text,
      titleHtml: title.html,
      description: draft.meta.description && plainText(draft.meta.description),
      summary: draft.meta.description ? plainText(draft.meta.description) : body.summary,
      bodyHtml: body.html,
      bodyText: body.text,
      translationPath: draft.translation?.target.path,
    };
    const modified = context.modifiedOf(draft);
    if (draft.kind === "page") {
      pageDrafts.set(draft.path, draft);
      pages.push({
        ...common,
        kind: "page",
        modified,
        permalink: draft.slug,
        navOrder: draft.meta.nav_order,
        redirectFrom: oldAddressesOf(draft),
        inFooter: draft.file.treePath === undefined,
        view: { layout: "body" },
      });
    } else if (draft.date) {
      const image = await postImage(root, staticDir, draft, "image", findings);
      const thumb = await postImage(root, staticDir, draft, "thumb", findings);
      for (const picture of [image, thumb]) if (picture) renderer.noteRemoteImage(picture.src);
      const terms = termsOf(draft);
      tagNames.set(draft.path, terms);
      posts.push({
        ...common,
        kind: "post",
        modified: modified ?? publishedOn(draft.date),
        slug: draft.slug,
        date: draft.date,
        author: draft.meta.author,
        image,
        thumb,
        tags: tagSlugsOf(terms),
        unpublished: unpublishedReason(draft),
      });
    }
  }
  return { posts, pages, tagNames, pageDrafts };
}

/** Each page of a Hugo tree in the view Hugo's templates gave it: a section's list, the home, a team, cards. */
function showAsHugoDid(
  pages: Array<Rendered<Page>>,
  pageDrafts: ReadonlyMap<string, Draft>,
  drawnByTemplate: ReadonlySet<string>,
  viewContext: ViewContext,
): void {
  const modifiedByPath = new Map(pages.map((page) => [page.path, page.modified]));
  for (const page of pages) {
    const draft = pageDrafts.get(page.path);
    if (draft?.file.treePath !== undefined)
      page.view = drawnByTemplate.has(page.path) ? { layout: "body" } : hugoPageView(draft, page.bodyHtml, viewContext);
    // A section with no date of its own is dated as Hugo dates a list: by the newest page it lists.
    if (!page.modified && page.view.layout === "section")
      page.modified = latestModified(
        page.view.children.flatMap(({ path: childPath }) => {
          const modified = modifiedByPath.get(childPath);
          return modified ? [{ modified }] : [];
        }),
      );
  }
}

/** The addresses Hugo gave tag lists (a tag file's folder as Hugo sanitized it, its `url`, its `aliases`) lead to the tag. */
function addTagFileAliases(
  tags: readonly Tag[],
  tagFiles: readonly TagFile[],
  listAliases: Map<string, string>,
  isPage: (path: string) => boolean,
): void {
  // Hugo's address drops what its sanitizer drops (`d’avis` is `davis`); this site's folding makes it a hyphen.
  for (const { file, tag } of tagFilesElsewhere(tags, tagFiles)) {
    for (const folder of new Set([file.folder, hugoSanitize(file.folder)])) {
      listAliases.set(`/${file.locale}/${HUGO_TAGS_SEGMENT}/${foldPermalink(folder)}/`, tagPath(tag.locale, tag.slug));
    }
  }
  // A tag file's `url` and `aliases` lead to its tag's page, unless a page stands there.
  for (const { file, tag } of tagFilesWithTags(tags, tagFiles)) {
    for (const address of tagFileAddresses(file)) {
      const from = `/${file.locale}/${foldPermalink(address)}/`;
      if (foldPermalink(address) && !isPage(from) && !listAliases.has(from))
        listAliases.set(from, tagPath(tag.locale, tag.slug));
    }
  }
}

/**
 * A post's `aliases` (Hugo) or `redirect_from` (Jekyll), and the address Hugo wrote a post at (its `url`, or the
 * blog's permalink pattern, where this site keeps it at its date and name), lead to it, unless a page or a list
 * stands there.
 */
function addPostAliases(
  drafts: readonly Draft[],
  shownPosts: ReadonlySet<string>,
  listAliases: Map<string, string>,
  isPage: (path: string) => boolean,
  findings: FindingList,
): void {
  const shown = drafts.filter((draft) => draft.kind === "post" && shownPosts.has(draft.path));
  const writtenAt = (draft: Draft) =>
    draft.hugoAddress === undefined ? undefined : `/${draft.locale}/${foldPermalink(draft.hugoAddress)}/`;
  // Two posts Hugo wrote at one address (one `url`): the one its writers most often left there keeps it, and the
  // editor of the other is told.
  const writer = new Map<string, Draft>();
  for (const draft of shown) {
    const at = writtenAt(draft);
    const first = at === undefined ? undefined : writer.get(at);
    if (at === undefined || at === draft.path) continue;
    if (first === undefined) {
      writer.set(at, draft);
      continue;
    }
    const kept = laterFile(draft, first);
    const lost = kept === draft ? first : draft;
    writer.set(at, kept);
    findings.warning(
      lost.file.relative,
      lost.raw.keyLine("url"),
      `Hugo wrote this post and ${kept.file.relative} at one address, ${at}, and kept only one there; readers who ask for it reach ${kept.path}. Give this post its own \`url\` or remove it`,
    );
  }
  for (const draft of shown) {
    const at = writtenAt(draft);
    const keepsAddress = at === undefined || (writer.get(at) ?? draft) === draft;
    const hugoAddress = draft.hugoAddress !== undefined && keepsAddress ? [foldPermalink(draft.hugoAddress)] : [];
    for (const old of [...oldAddressesOf(draft), ...hugoAddress].filter(Boolean)) {
      const from = `/${draft.locale}/${old}/`;
      if (from !== draft.path && !isPage(from) && !listAliases.has(from)) listAliases.set(from, draft.path);
    }
  }
}

/** The tree's site config, files and drafts, each paired with its translation: what loadContent and translations:stamp start from. */
export function readPairedDrafts(root: string, findings: FindingList) {
  const site = readHugoSite(root, findings);
  const files = findSourceFiles(root, { sectionsDisabled: site.sectionsDisabled });
  for (const { relative, bundle } of hugoBundledFiles(root)) {
    findings.warning(
      relative,
      1,
      `is inside ${bundle}/, a page bundle (a folder with an index file), so Hugo did not publish it as a page, and neither does this site; move it out of the folder, or rename the index _index, to publish it`,
    );
  }
  for (const relative of hugoIgnoredContentFiles(root)) {
    findings.warning(
      relative,
      1,
      "is not published: Hugo passed over a file or folder whose name starts with `.` or `#`, and so does this site; rename it to publish it",
    );
  }
  const drafts = readDrafts(files, findings, site);
  pairTranslations(drafts, findings);
  return { site, files, drafts };
}

/**
 * Each translation behind its original is a finding at its `translated_from`
 * line (an error with STRICT_TRANSLATIONS=1), and its page tells readers when
 * the other language's version was updated. A guess from git dates is neither.
 */
function noteTranslationsBehind(
  translations: readonly TranslationReport[],
  entries: ReadonlyArray<Rendered<Post> | Rendered<Page>>,
  findings: FindingList,
  drafts: readonly Draft[],
): void {
  const strict = strictTranslations();
  for (const pair of translations) {
    if (pair.state !== "behind" || !pair.translation) continue;
    const { source, path: translationPath } = pair.translation;
    const line = drafts.find((draft) => draft.file.relative === source)?.raw.keyLine("translated_from") ?? 1;
    if (strict) findings.error(source, line, behindMessage(pair));
    else findings.warning(source, line, behindMessage(pair));
    const entry = entries.find((candidate) => candidate.path === translationPath);
    const changed = pair.original.modified;
    if (entry && changed) entry.originalUpdated = { iso: changed.iso, day: changed.day };
  }
}

/** A file's tags, and in a Hugo tree its categories, shown as tags: Hugo listed both as terms. */
function termsOf(draft: Draft): string[] {
  const categories = isHugoFile(draft.file) ? (draft.meta.categories ?? []) : [];
  return [...(draft.meta.tags ?? []), ...categories];
}

/** An alias that is also another page's address: the page wins, and the editor is told. */
function reportAliasClaims(drafts: readonly Draft[], findings: FindingList): void {
  const pageAt = new Map(drafts.filter((draft) => draft.kind === "page").map((draft) => [draft.path, draft]));
  for (const draft of drafts) {
    for (const alias of draft.meta.aliases ?? []) {
      const owner = pageAt.get(`/${draft.locale}/${foldPermalink(alias)}/`);
      if (!owner || owner === draft) continue;
      findings.warning(
        draft.file.relative,
        draft.raw.keyLine("aliases"),
        `alias ${alias} is also the address of ${owner.file.relative}, whose page wins; remove the alias or move that page`,
      );
    }
  }
}

/**
 * A Hugo tree's footer links its terms and its privacy notice (lib/site.ts),
 * in each language; a Jekyll tree's footer links every page.
 */
function markFooterPages(pages: Array<Rendered<Page>>): void {
  for (const page of pages) {
    if (!HUGO_FOOTER_PAGES.includes(withoutLocale(page.path))) continue;
    page.inFooter = true;
    const translation = pages.find((other) => other.path === page.translationPath);
    if (translation) translation.inFooter = true;
  }
}

/** A post's `image` or `thumb`: a remote URL as written, a local file with its size, or nothing when it is missing. */
async function postImage(
  root: string,
  staticDir: string | undefined,
  draft: Draft,
  key: "image" | "thumb",
  findings: FindingList,
): Promise<Post["image"]> {
  const written = draft.meta[key];
  if (!written) return undefined;
  const alt = draft.meta["image-alt"] ?? "";
  const src = imageSrc(written);
  if (/^[a-z]+:\/\//i.test(src)) return { src, alt };
  // A Hugo tree serves `static/` at the site's root: `/img/x.jpg` is `static/img/x.jpg`.
  const image = (await localImage(root, src, alt)) ?? (staticDir ? await localImage(staticDir, src, alt) : undefined);
  if (image === DAMAGED) {
    findings.warning(
      draft.file.relative,
      draft.raw.keyLine(key),
      `${key} ${written} is damaged (cut short, empty, or not a picture); the post is shown without it: upload the picture again`,
    );
    return undefined;
  }
  if (!image) {
    findings.warning(
      draft.file.relative,
      draft.raw.keyLine(key),
      `${key} ${written} is missing (looked for ${src}); add the file or fix \`${key}\``,
    );
  }
  return image;
}
