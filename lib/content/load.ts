// Reads a content tree from disk into SiteContent: every file parsed,
// validated, paired with its translation and rendered. Used at build time
// (scripts/build-content.ts) and by content checks; the site never calls it.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { otherLocale, type Locale } from "@/i18n/routing";
import {
  OLD_SITE_ORIGIN,
  foldPermalink,
  foldSlug,
  linkHref,
  localeOf,
  pagePath,
  parseSiteLink,
  postPath,
} from "@/lib/urls";
import { FindingList, type Finding } from "./findings";
import { splitFrontMatter, type RawFile } from "./frontmatter";
import { lastCommitDates } from "./git-dates";
import type { Modified, Page, Post, Rendered, SiteContent, Unpublished } from "./model";
import { plainText, renderTitle, type RenderContext } from "./render";
import { renderOnce, type RenderCache } from "./render-cache";
import { KNOWN_LAYOUTS, frontMatterSchema, readWrittenDate, type FrontMatter, type WrittenDate } from "./schema";
import { findPost, resolveTransUrl, type Linkable, type Resolution } from "./translations";
import { collectTags, tagSlugsOf } from "./tags";
import { assetsDir, findSectionFiles, findSourceFiles, type SourceFile } from "./tree";

/** How one post or page was paired with its translation, for the translation report. */
export type Pairing = {
  kind: "post" | "page";
  locale: Locale;
  source: string;
  translation?: string;
  /** How `trans_url` found it: as written, once folded, by slug alone, or only through the other side. */
  match?: "exact" | "folded" | "slug" | "other-side";
  reciprocal: boolean;
};

export type LoadOptions = {
  /** Reuses bodies rendered by an earlier build where nothing they depend on changed. */
  cache?: RenderCache;
  /** A preview (`npm run dev`): drafts and posts dated in the future are kept, marked. */
  preview?: boolean;
  /** What "in the future" is measured from; now unless a test says otherwise. */
  now?: number;
};

export type LoadedContent = Omit<SiteContent, "root" | "posts" | "pages"> & {
  posts: Array<Rendered<Post>>;
  pages: Array<Rendered<Page>>;
  findings: Finding[];
  pairings: Pairing[];
  /** The remote origins (`https://host`) of every hero and body image, sorted, for the security policy. */
  imageOrigins: string[];
};

type Draft = Linkable & {
  file: SourceFile;
  raw: RawFile;
  meta: FrontMatter;
  date?: WrittenDate;
  translation?: Resolution<Draft>;
  pairedByOtherSide?: boolean;
};

const POST_FILE_NAME = /^(\d{4})-(\d{2})-(\d{2})-(.+)\.(?:md|markdown|html)$/i;
const POST_IMAGE_DIR = "/assets/img/cds/post-images/";

export async function loadContent(
  root: string,
  { cache, preview = false, now = Date.now() }: LoadOptions = {},
): Promise<LoadedContent> {
  const findings = new FindingList();
  const unknownLayouts = new Set<string>();
  const drafts = findSourceFiles(root).flatMap((file) => {
    const draft = readDraft(file, findings, unknownLayouts);
    return draft ? [draft] : [];
  });
  reportDuplicateUrls(drafts, findings);
  pairTranslations(drafts, findings);

  const exists = (sitePath: string) => isFile(path.join(root, sitePath));
  const imageOrigins = new Set<string>();
  const noteRemoteImage = (src: string) => {
    const origin = remoteOrigin(src);
    if (origin) imageOrigins.add(origin);
  };
  const render = (file: { relative: string }, raw: RawFile, locale: Locale, from: Draft | undefined) => {
    const source = { body: raw.body, format: /\.html$/i.test(file.relative) ? ("html" as const) : ("markdown" as const), locale };
    const context: RenderContext = {
      locale,
      onSanitized: (removed) =>
        findings.warning(file.relative, raw.bodyLine, `sanitizing removed ${removed.join(", ")}; remove it from the body`),
      onImageWithoutAlt: (src) =>
        findings.warning(file.relative, raw.bodyLine, `image ${src} has no alt text; describe it, or write alt="" if it is decoration`),
      rewriteHref: (href) => siteHref(drafts, from ?? { locale }, href),
      assetExists: exists,
      onRemoteImage: noteRemoteImage,
      onMissingImage: (src) =>
        findings.warning(file.relative, raw.bodyLine, `image ${src} is missing; add the file or remove the image`),
    };
    return cache ? cache.render(source, context) : renderOnce(source, context);
  };
  const commitDates = lastCommitDates(root);
  const posts: Array<Rendered<Post>> = [];
  const pages: Array<Rendered<Page>> = [];
  const tagNames = new Map<string, string[]>();
  for (const draft of drafts) {
    const body = render(draft.file, draft.raw, draft.locale, draft);
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
      modified: modifiedOf(draft, commitDates.get(draft.file.relative)),
    };
    if (draft.kind === "page") {
      pages.push({
        ...common,
        kind: "page",
        permalink: draft.slug,
        navOrder: draft.meta.nav_order,
        redirectFrom: (draft.meta.redirect_from ?? []).map(foldPermalink).filter(Boolean),
      });
    } else if (draft.date) {
      const image = await postImage(root, draft, "image", findings);
      const thumb = await postImage(root, draft, "thumb", findings);
      for (const picture of [image, thumb]) if (picture) noteRemoteImage(picture.src);
      const tags = tagSlugsOf(draft.meta.tags ?? []);
      tagNames.set(draft.path, draft.meta.tags ?? []);
      const unpublished = draft.meta.draft ? "draft" : draft.date.instant > now ? "scheduled" : undefined;
      posts.push({ ...common, kind: "post", slug: draft.slug, date: draft.date, author: draft.meta.author, image, thumb, tags, unpublished });
    }
  }
  const { shown, unpublished } = publish(posts, preview);
  posts.splice(0, posts.length, ...shown);
  posts.sort((a, b) => b.date.instant - a.date.instant || b.source.localeCompare(a.source));
  const tags = collectTags(posts.map((post) => ({ ...post, tagNames: tagNames.get(post.path) ?? [] })));
  const sections = findSectionFiles(root).flatMap((file) => {
    const raw = splitFrontMatter(file.relative, fs.readFileSync(file.absolute, "utf8"), findings);
    const meta = raw && frontMatterSchema.safeParse(raw.fields);
    if (!raw || !meta?.success) return [];
    const description = meta.data.description && plainText(meta.data.description);
    return [{ locale: file.locale, source: file.relative, description, bodyHtml: render(file, raw, file.locale, undefined).html }];
  });
  const findingsInFileOrder = findings.all.toSorted((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    posts,
    pages,
    tags,
    sections,
    unpublished,
    findings: findingsInFileOrder,
    pairings: drafts.map(pairingOf),
    imageOrigins: [...imageOrigins].sort(),
  };
}

/**
 * A production build leaves drafts and posts dated in the future out, and a
 * post whose translation is left out is shown as untranslated until it is
 * published. A preview shows them all, marked.
 */
function publish(posts: Array<Rendered<Post>>, preview: boolean): { shown: Array<Rendered<Post>>; unpublished: Unpublished[] } {
  if (preview) return { shown: posts, unpublished: [] };
  const left = posts.filter((post) => post.unpublished);
  const leftOut = new Set(left.map((post) => post.path));
  const shown = posts
    .filter((post) => !post.unpublished)
    .map((post) => (post.translationPath && leftOut.has(post.translationPath) ? { ...post, translationPath: undefined } : post));
  const unpublished = left.map(({ locale, path: postPath, source, unpublished: reason = "draft" }) => ({ locale, path: postPath, source, reason }));
  return { shown, unpublished };
}

/**
 * When a file last changed: as its front matter says (`lastmod`,
 * `last_modified_at`, `updated`), else its last commit, else its publication
 * date, else (a page outside git) the file's own time. Never before it was published.
 */
function modifiedOf(draft: Draft, lastCommit: string | undefined): Modified {
  const written = draft.meta.lastmod ?? draft.meta.last_modified_at ?? draft.meta.updated;
  const fromMatter = written ? readWrittenDate(written) : undefined;
  const candidate: Modified | undefined = fromMatter
    ? { iso: fromMatter.iso, day: dayOf(fromMatter), source: "front matter" }
    : lastCommit
      ? { iso: lastCommit, day: lastCommit.slice(0, 10), source: "git" }
      : undefined;
  if (candidate && (!draft.date || Date.parse(candidate.iso) >= draft.date.instant)) return candidate;
  if (draft.date) return { iso: draft.date.iso, day: dayOf(draft.date), source: "published" };
  const changed = fs.statSync(draft.file.absolute).mtime.toISOString();
  return { iso: changed, day: changed.slice(0, 10), source: "file" };
}

function dayOf(date: WrittenDate): string {
  return `${date.year}-${date.month}-${date.day}`;
}

/**
 * The URL a file's name gives it, before its front matter is read: where an
 * editor previewing it looks for it when the front matter is broken.
 */
export function pathFromFileName(file: SourceFile): string | undefined {
  const base = path.basename(file.relative);
  if (file.kind === "page") return pagePath(file.locale, foldPermalink(base.replace(/\.[^.]+$/, "")));
  const name = POST_FILE_NAME.exec(base);
  return name ? postPath(file.locale, { year: name[1], month: name[2], day: name[3] }, foldSlug(name[4])) : undefined;
}

function readDraft(file: SourceFile, findings: FindingList, unknownLayouts: Set<string>): Draft | undefined {
  const raw = splitFrontMatter(file.relative, fs.readFileSync(file.absolute, "utf8"), findings);
  if (!raw) return undefined;
  const parsed = frontMatterSchema.safeParse(raw.fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "");
      findings.error(file.relative, raw.keyLine(key), `\`${key}\` ${issue.message}`);
    }
    return undefined;
  }
  const meta = parsed.data;
  let ok = true;
  if (meta.layout && !(KNOWN_LAYOUTS as readonly string[]).includes(meta.layout) && !unknownLayouts.has(meta.layout)) {
    // Reported once per value: a whole tree written for another site's layouts says so once, not per file.
    unknownLayouts.add(meta.layout);
    findings.warning(file.relative, raw.keyLine("layout"), `\`layout: ${meta.layout}\` is not a layout this site knows (${KNOWN_LAYOUTS.join(", ")}); files with it are shown as ${file.kind}s, as the folder says`);
  }
  if ("description" in raw.fields && !meta.description) {
    findings.warning(file.relative, raw.keyLine("description"), "`description` is empty; write one or two sentences for search results and link previews");
  }
  if (meta.image && !meta["image-alt"]) {
    findings.warning(file.relative, raw.keyLine("image-alt") > 1 ? raw.keyLine("image-alt") : raw.keyLine("image"), "`image-alt` is empty; describe the image for people who cannot see it");
  }
  if (!meta.title) {
    findings.error(file.relative, 1, "`title` is missing; add `title: \"…\"` to the front matter");
    ok = false;
  }
  if (meta.lang && meta.lang !== file.locale) {
    findings.error(file.relative, raw.keyLine("lang"), `\`lang: ${meta.lang}\` disagrees with the folder \`${file.locale}\`; move the file or fix \`lang\``);
    ok = false;
  }
  if (file.kind === "page") {
    const written = meta.permalink ?? path.basename(file.relative).replace(/\.[^.]+$/, "");
    const slug = foldPermalink(written);
    if (!slug) {
      findings.error(file.relative, raw.keyLine("permalink"), "`permalink` is empty once folded; give the page a permalink such as `/about/`");
      return undefined;
    }
    return ok ? { kind: "page", locale: file.locale, file, raw, meta, slug, writtenSlug: written, path: pagePath(file.locale, slug) } : undefined;
  }

  const name = POST_FILE_NAME.exec(path.basename(file.relative));
  const writtenSlug = name ? name[4] : path.basename(file.relative).replace(/\.[^.]+$/, "");
  const date = meta.date ? readWrittenDate(meta.date) : name ? readWrittenDate(`${name[1]}-${name[2]}-${name[3]}`) : undefined;
  if (!date) {
    const line = meta.date ? raw.keyLine("date") : 1;
    findings.error(file.relative, line, meta.date ? `\`date: ${meta.date}\` is not a real date; write YYYY-MM-DD HH:MM:SS -0400` : "`date` is missing; add `date: YYYY-MM-DD HH:MM:SS -0400` or start the file name with YYYY-MM-DD-");
    return undefined;
  }
  const slug = foldSlug(writtenSlug);
  if (!slug) {
    findings.error(file.relative, 1, "the file name has no letters or digits to make a URL from; rename the file");
    return undefined;
  }
  return ok ? { kind: "post", locale: file.locale, file, raw, meta, date, slug, writtenSlug, path: postPath(file.locale, date, slug) } : undefined;
}

function reportDuplicateUrls(drafts: Draft[], findings: FindingList): void {
  const owner = new Map<string, Draft>();
  for (const draft of drafts) {
    const first = owner.get(draft.path);
    if (first) {
      findings.error(draft.file.relative, 1, `has the same URL ${draft.path} as ${first.file.relative}; rename one of them`);
    } else {
      owner.set(draft.path, draft);
    }
  }
}

function pairingOf(draft: Draft): Pairing {
  const partner = draft.translation?.target;
  return {
    kind: draft.kind,
    locale: draft.locale,
    source: draft.file.relative,
    translation: partner?.file.relative,
    match: draft.pairedByOtherSide ? "other-side" : draft.translation?.match,
    reciprocal: !partner || partner.translation?.target === draft,
  };
}

function pairTranslations(drafts: Draft[], findings: FindingList): void {
  for (const draft of drafts) {
    const key = draft.file.pairing === "translationKey" ? draft.meta.translationKey : undefined;
    const partner = key && drafts.find((other) => other.locale !== draft.locale && other.meta.translationKey === key);
    if (partner) draft.translation = { target: partner, match: "exact" };
  }
  for (const draft of drafts) {
    const transUrl = draft.file.pairing === "trans_url" ? draft.meta.trans_url : undefined;
    if (!transUrl) continue;
    draft.translation = resolveTransUrl(drafts, draft, transUrl);
    const line = draft.raw.keyLine("trans_url");
    if (!draft.translation) {
      findings.warning(draft.file.relative, line, `trans_url ${transUrl} names no ${otherLocale(draft.locale)} post or page; fix it or remove it`);
    } else if (draft.translation.match !== "exact") {
      const how = draft.translation.match === "folded" ? "only once its spelling is folded" : "only by its slug (the date differs)";
      findings.warning(draft.file.relative, line, `trans_url ${transUrl} finds ${draft.translation.target.file.relative} ${how}; write ${draft.translation.target.path.replace(/^\/(en|fr)/, "")}`);
    }
  }
  // A post whose own trans_url is missing or broken still pairs with the post that names it.
  for (const draft of drafts) {
    if (draft.translation) continue;
    const namer = drafts.find((other) => other.translation?.target === draft);
    if (namer) {
      draft.translation = { target: namer, match: namer.translation?.match ?? "exact" };
      draft.pairedByOtherSide = true;
    }
  }
  for (const draft of drafts) {
    const partner = draft.translation?.target;
    if (partner?.translation && partner.translation.target !== draft) {
      findings.warning(draft.file.relative, draft.raw.keyLine("trans_url"), `${partner.file.relative} is its translation but names ${partner.translation.target.file.relative}; make the pair name each other`);
    }
  }
}

/** This site's URL for a link written in a body, when it names a post that exists here. */
function siteHref(drafts: Draft[], from: { locale: Locale }, href: string): string | undefined {
  if (localeOf(href)) return linkHref(from.locale, href);
  const oldSite = OLD_SITE_ORIGIN.exec(href);
  if (!oldSite && !/^\/\d{4}\//.test(href)) return undefined;
  const target = parseSiteLink(href);
  if (target?.kind !== "post") return undefined;
  const domainLocale: Locale | undefined = oldSite ? (oldSite[1].toLowerCase() === "digital" ? "en" : "fr") : undefined;
  const first = target.locale ?? domainLocale ?? from.locale;
  const found = findPost(drafts, target, first) ?? findPost(drafts, target, otherLocale(first));
  const hash = href.includes("#") ? href.slice(href.indexOf("#")) : "";
  return found ? linkHref(from.locale, found.target.path) + hash : undefined;
}

/** A post's `image` or `thumb`: a remote URL as written, a local file with its size, or nothing when it is missing. */
async function postImage(root: string, draft: Draft, key: "image" | "thumb", findings: FindingList): Promise<Post["image"]> {
  const written = draft.meta[key];
  if (!written) return undefined;
  const alt = draft.meta["image-alt"] ?? "";
  const src = /^[a-z]+:\/\//i.test(written) ? written.replace(OLD_SITE_ORIGIN, "") : written.startsWith("/") ? written : POST_IMAGE_DIR + written;
  if (/^[a-z]+:\/\//i.test(src)) return { src, alt };
  const file = path.join(root, decodeURI(src));
  if (!isFile(file)) {
    findings.warning(draft.file.relative, draft.raw.keyLine(key), `${key} ${written} is missing (looked for ${src}); add the file or fix \`${key}\``);
    return undefined;
  }
  const { width, height } = await imageSize(file);
  return { src, alt, width, height };
}

// Many posts share a picture (a pair of translations at least): each version of a file is measured once.
const imageSizes = new Map<string, Promise<{ width?: number; height?: number }>>();
function imageSize(file: string): Promise<{ width?: number; height?: number }> {
  const { size, mtimeMs } = fs.statSync(file);
  const key = `${file}\0${size}\0${mtimeMs}`;
  const known = imageSizes.get(key);
  if (known) return known;
  const measured = sharp(file).metadata();
  imageSizes.set(key, measured);
  return measured;
}

/** The origin of an absolute http(s) URL; undefined for a site path or anything else. */
function remoteOrigin(src: string): string | undefined {
  if (!/^https?:\/\//i.test(src)) return undefined;
  try {
    return new URL(src).origin;
  } catch {
    return undefined;
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export { assetsDir, findSourceFiles };
