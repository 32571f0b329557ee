// Reads a content tree from disk into SiteContent: every file read into a
// draft (drafts.ts), paired with its translation (translations.ts), rendered
// (render.ts, with links rewritten by body-links.ts), its pictures measured
// (images.ts) and dated (dates.ts). Used at build time (scripts/build-content.ts)
// and by content checks; the site never calls it.
import fs from "node:fs";
import path from "node:path";
import { isLocale, type Locale } from "@/i18n/routing";
import { strictTranslations } from "@/lib/config";
import { latestModified, type Page, type Post, type Rendered, type SiteContent, type Stub } from "@/lib/content/model";
import { HUGO_FOOTER_PAGES, HUGO_TAGS_SEGMENT } from "@/lib/site";
import {
  foldPermalink,
  homePath,
  hugoSanitize,
  pagePath,
  readerHref,
  sitePathFile,
  tagPath,
  withoutLocale,
} from "@/lib/urls";
import { namesThisSite, oldAddressesOf, pageAddressesOf, siteHref, siteTarget, type LinkIndex } from "./body-links";
import {
  excuseBelowHeldSections,
  modifiedOf,
  publish,
  publishedOn,
  sectionsAboveOf,
  unpublishedReasonOf,
} from "./dates";
import { readDrafts, type Draft } from "./drafts";
import { FindingList, type Finding } from "./findings";
import { splitFrontMatter, type RawFile } from "./frontmatter";
import { lastCommitDates, type CommitDates } from "./git-dates";
import { behindMessage, reportOf, translationPairs, type TranslationReport } from "./translation-status";
import { DAMAGED, imageSrc, isFile, localImage, remoteOrigin } from "./images";
import { plainText, renderTitle, type BodyFormat, type RenderContext } from "./render";
import { renderOnce, type RenderCache } from "./render-cache";
import { readMeta } from "./meta";
import { hugoPageView, inHugoOrder, sectionMembers } from "./hugo-pages";
import { readHugoSite } from "./hugo-site";
import { folderListPages } from "./hugo-sections";
import { hugoListAliases, isListPath, knownListPaths, resolveMenus } from "./hugo-lists";
import { withoutLiquid } from "./liquid";
import { hugoRefResolver } from "./hugo-refs";
import type { ListedPage } from "./template-runner";
import { expandShortcodes, readShortcodeTemplates, skippedShortcodeMessage } from "./shortcodes";
import { inFrame, pageTemplateReader } from "./page-templates";
import { hugoPageResources, type PageResource } from "./resources";
import { reportReservedAddresses } from "./reserved-addresses";
import { readStaticIndexes, readStubs } from "./stubs";
import { collectTags, tagFileAddresses, tagFilesElsewhere, tagFilesWithTags, tagSlugsOf } from "./tags";
import { pairTranslations, pairingOf, type Pairing } from "./translations";
import {
  findSectionFiles,
  hugoIgnoredContentFiles,
  findSourceFiles,
  hugoBundledFiles,
  hugoLanguageDir,
  hugoSiteRoot,
  isHugoFile,
  isSectionIndex,
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

  const { staticDir } = site;
  const isStatic = (sitePath: string) =>
    staticDir !== undefined && /\.[a-z0-9]+$/i.test(sitePath) && isFile(path.join(staticDir, sitePathFile(sitePath)));
  const exists = (sitePath: string) => isFile(path.join(root, sitePath)) || isStatic(sitePath);
  const sectionFiles = findSectionFiles(root).flatMap((file) => {
    const raw = splitFrontMatter(file.relative, fs.readFileSync(file.absolute, "utf8"), findings, "hugo");
    return raw ? [{ ...file, raw, meta: readMeta(file.relative, raw, findings, "as-hugo").meta }] : [];
  });
  const listAliases = hugoListAliases(root, site, sectionFiles);
  const blogSections = sectionFiles.map((file) => ({ locale: file.locale, url: file.meta.url }));
  const redirects = new Map([...knownListPaths(), ...listAliases]);
  const sectionsAbove = sectionsAboveOf(drafts);
  const unpublishedReasons = new Map(
    drafts.map((draft) => [draft, unpublishedReasonOf(draft, sectionsAbove(draft), now)]),
  );
  const unpublishedReason = (draft: Draft) => unpublishedReasons.get(draft);
  excuseBelowHeldSections(findings, drafts, unpublishedReason);
  // A page or post a production build leaves out is nothing a link can lead to: a link to one is a finding.
  const reachable = preview ? drafts : drafts.filter((draft) => !unpublishedReason(draft));
  const linkIndex: LinkIndex = {
    drafts: reachable,
    pageAddresses: pageAddressesOf(reachable),
    redirects,
    isFile: isStatic,
    // Where the files beside pages stand, so that a link to one (`/legal/notes.txt`) leads there.
    pageResources: new Set(
      hugoPageResources(root, reachable, (draft) => draft.path, blogSections).map((resource) => resource.path),
    ),
  };
  const sitePathOf = (href: string, locale: Locale) => siteTarget(linkIndex, locale, href);
  // A page's alias at a stub's address (`products/_index.html` beside `aliases: [/products/]`): Hugo wrote the alias's
  // redirect at the address, beside the stub it had copied under its own name, so the alias is what answers there,
  // and the stub only at its name (`/products/_index.html`, below), here too.
  const aliasWritesOver = (stub: Stub) => {
    const page = linkIndex.pageAddresses.get(stub.path);
    if (!page || page === stub.path) return false;
    if (redirects.get(stub.path) === stub.target) redirects.delete(stub.path);
    if (stub.target !== page)
      findings.warning(
        stub.source,
        1,
        `leads to ${stub.target}, but the \`aliases\` of ${page} name this address too, and Hugo wrote that page's redirect over this file, so readers go to ${page}; remove the alias or this file`,
      );
    return true;
  };
  const contentStubs = readStubs(files, sitePathOf, findings, (stub) => redirects.set(stub.path, stub.target));
  // Hugo copied each stub under its own name (`about.html`, `a11y/_index.html`), and that name leads where the stub
  // does, even where a page or a page's alias took its folder's address.
  for (const stub of contentStubs) {
    const ownName = stub.treePath && `/${stub.locale}/${foldPermalink(stub.treePath)}/`;
    if (ownName && !listAliases.has(ownName)) listAliases.set(ownName, stub.target);
  }
  const stubs = contentStubs.filter((stub) => !aliasWritesOver(stub));
  // A page of the tree wins over a static folder at the same address.
  stubs.push(...readStaticIndexes(staticDir, sitePathOf).filter((stub) => !linkIndex.pageAddresses.has(stub.path)));
  for (const stub of stubs) redirects.set(stub.path, stub.target);
  // Only a whole Hugo site (pages or static files of its own) is checked for links nothing answers.
  const checksLinks = staticDir !== undefined || drafts.some((draft) => draft.file.treePath !== undefined);
  const reportedLinks = new Set<string>();
  const reportBrokenLink = (file: { relative: string }, line: number, locale: Locale, href: string) => {
    if (!checksLinks) return;
    if (!namesThisSite(href) || isListPath(href) || siteTarget(linkIndex, locale, href) !== undefined) return;
    if (reportedLinks.has(`${file.relative} ${href}`)) return;
    reportedLinks.add(`${file.relative} ${href}`);
    findings.warning(
      file.relative,
      line,
      `links to ${href}, which no page, post, alias, stub or file of this site answers; fix or remove the link`,
    );
  };
  const imageOrigins = new Set<string>();
  const noteRemoteImage = (src: string) => {
    const origin = remoteOrigin(src);
    if (origin) imageOrigins.add(origin);
  };
  const shortcodes = readShortcodeTemplates(hugoSiteRoot(root));
  const refs = hugoRefResolver(reachable, (locale) => hugoLanguageDir(root, locale) ?? root);
  const listedOf = (draft: Draft): ListedPage => ({
    title: draft.meta.title ?? "",
    description: draft.meta.description,
    path: draft.path,
    section: draft.file.treePath?.includes("/") ? draft.file.treePath.split("/")[0] : "",
    fields: draft.raw.fields,
  });
  // Hugo's `.Site.RegularPages`: every page and post of a language but its sections' own files, in Hugo's order;
  // sorted once, where a shortcode's template first lists them.
  const regularPages = new Map<Locale, ListedPage[]>();
  const regularPagesIn = (locale: Locale) => {
    const listed =
      regularPages.get(locale) ??
      inHugoOrder(
        reachable.filter((draft) => draft.locale === locale && !isSectionIndex(draft.file.treePath ?? "")),
      ).map(listedOf);
    regularPages.set(locale, listed);
    return listed;
  };
  const templateOf = pageTemplateReader(hugoSiteRoot(root), findings);
  // What the editor is told of what a render finds names the file it is in: a content file, or a page's template.
  const contextAt = (
    at: { relative: string; line: number; part: string },
    locale: Locale,
    from: Draft | undefined,
  ): RenderContext => ({
    locale,
    onSanitized: (removed) =>
      findings.warning(at.relative, at.line, `sanitizing removed ${removed.join(", ")}; remove it from the ${at.part}`),
    onImageWithoutAlt: (src) =>
      findings.warning(
        at.relative,
        at.line,
        `image ${src} has no alt text; describe it, or write alt="" if it is decoration`,
      ),
    rewriteHref: (href) => {
      reportBrokenLink(at, at.line, locale, href);
      return siteHref(linkIndex, from ?? { locale }, href);
    },
    assetExists: exists,
    onRemoteImage: noteRemoteImage,
    onMissingImage: (src) =>
      findings.warning(at.relative, at.line, `image ${src} is missing; add the file or remove the image`),
    onForm: (action, line) =>
      findings.warning(
        at.relative,
        at.line + line - 1,
        `a form that sent readers' answers to ${action || "this page"} is left out, and readers are told it is no longer available; link to a GC Forms form instead`,
      ),
  });
  const renderSource = (source: { body: string; format: BodyFormat; locale: Locale }, context: RenderContext) =>
    cache ? cache.render(source, context) : renderOnce(source, context);
  const render = (file: { relative: string }, raw: RawFile, locale: Locale, from: Draft | undefined) => {
    // Jekyll ran Liquid in every body; Hugo, its shortcodes.
    const body =
      from && !isHugoFile(from.file)
        ? withoutLiquid(raw.body, raw.fields, (tag, line) =>
            findings.warning(
              file.relative,
              raw.bodyLine + line - 1,
              `${tag} is left out: this site does not run Jekyll's Liquid; write what it showed as HTML or markdown`,
            ),
          )
        : expandShortcodes(
            raw.body,
            shortcodes,
            (name, line, why) =>
              findings.warning(file.relative, raw.bodyLine + line - 1, skippedShortcodeMessage(name, why)),
            {
              locale,
              ref: (target, language) => refs(target, language && isLocale(language) ? language : locale, from),
              self: from ? listedOf(from) : { title: "", path: "", fields: raw.fields },
              pages: () => regularPagesIn(locale),
            },
          );
    const format: BodyFormat = /\.html?$/i.test(file.relative)
      ? "html"
      : from && !isHugoFile(from.file)
        ? "kramdown"
        : "markdown";
    return renderSource(
      { body, format, locale },
      contextAt({ relative: file.relative, line: raw.bodyLine, part: "body" }, locale, from),
    );
  };
  // Pages whose Hugo template drew all Hugo showed of them, lists included: this site's layout adds nothing.
  const drawnByTemplate = new Set<string>();
  /** A page's body; where its words are in its Hugo template (lib/build/page-templates.ts), they, the body in its place. */
  const renderPage = (draft: Draft) => {
    const template = isHugoFile(draft.file) ? templateOf(draft) : undefined;
    const body = () => render(draft.file, draft.raw, draft.locale, draft);
    const { meta, raw, locale } = draft;
    const treePath = draft.file.treePath ?? "";
    let notRead = "";
    const framed = template?.frame(
      {
        title: meta.title ?? "",
        description: meta.description,
        fields: raw.fields,
        pages: isSectionIndex(treePath)
          ? inHugoOrder(sectionMembers(path.posix.dirname(treePath), locale, reachable)).map(listedOf)
          : [],
        regularPages: () => regularPagesIn(locale),
      },
      (what) => (notRead = what),
    );
    if (!template) return body();
    if (framed === undefined) {
      findings.warning(
        draft.file.relative,
        draft.raw.keyLine("layout"),
        `its Hugo template ${template.file} holds words of its own, which are not shown: this site does not run a template that reads ${notRead}; move those words into this file`,
      );
      return body();
    }
    drawnByTemplate.add(draft.path);
    findings.warning(
      draft.file.relative,
      draft.raw.keyLine("layout"),
      `its words are in ${template.file}, its Hugo template, and are shown as Hugo showed them; move them into this file, where editors can change them`,
    );
    const frame = renderSource(
      {
        body: framed,
        format: "html",
        locale,
      },
      contextAt({ relative: template.file, line: template.line, part: "template" }, locale, draft),
    );
    return inFrame(frame, template.showsBody ? body() : undefined);
  };
  const commitDates = lastCommitDates(root);
  const modifiedOfDraft = (draft: Draft) => modifiedOf(draft, commitDates.dates.get(draft.file.relative));
  const posts: Array<Rendered<Post>> = [];
  const pages: Array<Rendered<Page>> = [];
  const tagNames = new Map<string, string[]>();
  const pageDrafts = new Map<string, Draft>();
  for (const draft of drafts) {
    // Hugo publishes no page before its `publishDate` or after its `expiryDate`; a preview shows posts so marked.
    if (draft.kind === "page" && !preview && unpublishedReason(draft)) continue;
    const body = renderPage(draft);
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
    const modified = modifiedOfDraft(draft);
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
      const image = await postImage(root, site.staticDir, draft, "image", findings);
      const thumb = await postImage(root, site.staticDir, draft, "thumb", findings);
      for (const picture of [image, thumb]) if (picture) noteRemoteImage(picture.src);
      const terms = termsOf(draft);
      const tags = tagSlugsOf(terms);
      tagNames.set(draft.path, terms);
      const unpublished = unpublishedReason(draft);
      posts.push({
        ...common,
        kind: "post",
        modified: modified ?? publishedOn(draft.date),
        slug: draft.slug,
        date: draft.date,
        author: draft.meta.author,
        image,
        thumb,
        tags,
        unpublished,
      });
    }
  }
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
  // Hugo's address drops what its sanitizer drops (`d’avis` is `davis`); this site's folding makes it a hyphen.
  for (const { file, tag } of tagFilesElsewhere(tags, site.tagFiles)) {
    for (const folder of new Set([file.folder, hugoSanitize(file.folder)])) {
      listAliases.set(`/${file.locale}/${HUGO_TAGS_SEGMENT}/${foldPermalink(folder)}/`, tagPath(tag.locale, tag.slug));
    }
  }
  // A tag file's `url` and `aliases` lead to its tag's page, unless a page stands there.
  for (const { file, tag } of tagFilesWithTags(tags, site.tagFiles)) {
    for (const address of tagFileAddresses(file)) {
      const from = `/${file.locale}/${foldPermalink(address)}/`;
      if (foldPermalink(address) && !pageDrafts.has(from) && !listAliases.has(from))
        listAliases.set(from, tagPath(tag.locale, tag.slug));
    }
  }
  const sections = sectionFiles.map((file) => ({
    locale: file.locale,
    source: file.relative,
    description: file.meta.description && plainText(file.meta.description),
    bodyHtml: render(file, file.raw, file.locale, undefined).html,
  }));
  const titleByPath = new Map(pages.map((page) => [page.path, page.title]));
  const viewContext = {
    site,
    pages: [...pageDrafts.values()],
    posts,
    titleOf: (draft: Draft) => titleByPath.get(draft.path) ?? draft.meta.title ?? "",
    renderMarkdown: (text: string, from: Draft) =>
      render(from.file, { ...from.raw, body: text }, from.locale, from).html,
    hrefOf: (written: string | undefined, locale: Locale) => {
      const href = readerHref(written);
      return href && (siteHref(linkIndex, { locale }, href) ?? href);
    },
    findings,
  };
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
    : folderListPages([...pageDrafts.values()], pages, answered, viewContext);
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
  // A post's `aliases` (Hugo) or `redirect_from` (Jekyll), and the address Hugo wrote a post at (its `url`, or
  // the blog's permalink pattern, where this site keeps it at its date and name), lead to it, unless a page or a
  // list stands there.
  const shownPosts = new Set(posts.map((post) => post.path));
  for (const draft of drafts) {
    if (draft.kind !== "post" || !shownPosts.has(draft.path)) continue;
    const hugoAddress = draft.hugoAddress === undefined ? [] : [foldPermalink(draft.hugoAddress)];
    for (const old of [...oldAddressesOf(draft), ...hugoAddress].filter(Boolean)) {
      const from = `/${draft.locale}/${old}/`;
      if (from !== draft.path && !pageDrafts.has(from) && !listAliases.has(from)) listAliases.set(from, draft.path);
    }
  }
  const menus = resolveMenus(
    site,
    (url, locale) => (url === "/" ? homePath(locale) : siteTarget(linkIndex, locale, url)),
    findings,
  );
  const published = (draft: Draft) =>
    pageDrafts.has(draft.path) || shownPosts.has(draft.path) ? draft.path : undefined;
  const resources = hugoPageResources(root, drafts, published, blogSections);
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
    staticRoots: staticDir ? fs.readdirSync(staticDir).sort() : [],
    staticDotfiles: listFiles(staticDir ?? "")
      .map((file) => file.split(path.sep).join("/"))
      .filter((file) => path.posix.basename(file).startsWith(".")),
    formerPageSize: site.pageSize,
    unpublished,
    findings: findingsInFileOrder,
    pairings: drafts.map(pairingOf),
    imageOrigins: [...imageOrigins].sort(),
    gitHistory: { history: commitDates.history, undated: commitDates.undated },
    translations,
    resources,
  };
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
