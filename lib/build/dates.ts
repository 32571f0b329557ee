// When a page or post is published and when it last changed: what a
// production build leaves out (drafts, files dated in the future, whole
// Hugo sections so held back), and the date modified every page shows.
import path from "node:path";
import type { Modified, Post, Rendered, Unpublished } from "@/lib/content/model";
import { isCopiedAsFile, type Draft } from "./drafts";
import type { FindingList } from "./findings";
import { readWrittenDate, type FrontMatter, type WrittenDate } from "./schema";
import { isHugoFile, isSectionIndex } from "./tree";

/** The front matter that decides whether a file is published, which a Hugo `cascade` can also give. */
type Publishing = Pick<FrontMatter, "draft" | "published" | "publishDate" | "pubdate" | "expiryDate" | "unpublishdate">;
const PUBLISHING_KEYS = ["draft", "published", "publishDate", "pubdate", "expiryDate", "unpublishdate"] as const;

/**
 * Why a file is not published yet or any more, as Hugo and Jekyll decide it;
 * undefined when it is. Hugo also leaves out every page below a section it
 * does not publish, and a section's `cascade` of these keys reaches the
 * section and every page below it that does not set them itself.
 * `sectionsAbove` are the section files above the draft, nearest first.
 */
export function unpublishedReasonOf(draft: Draft, sectionsAbove: readonly Draft[], now: number): Post["unpublished"] {
  // From the furthest section down, so that a nearer cascade wins over one further up, and a file's own keys over both.
  let cascaded: Publishing = {};
  const reasons = [draft, ...sectionsAbove].toReversed().map((node) => {
    cascaded = { ...cascaded, ...publishingOf(cascadeOf(node)) };
    // Hugo's publish date falls back to `date`: a page dated in the future is not published yet, as a post is not.
    const written = isHugoFile(node.file) ? (node.date ?? readWrittenDate(node.meta.date ?? "")) : node.date;
    return reasonOf({ ...cascaded, ...publishingOf(node.meta) }, written, now);
  });
  // The file's own reason first, then its nearest section's.
  return reasons.toReversed().find(Boolean) ?? (isWritten(draft, sectionsAbove) ? undefined : "unrendered");
}

/**
 * Whether Hugo wrote a page for the file: not for a headless bundle (`name/index.md`; elsewhere Hugo ignores the
 * key), nor where its `_build` says `render: never` or `link`. Unlike a draft section, a section so built still has
 * its pages written.
 */
function isWritten(draft: Draft, sectionsAbove: readonly Draft[]): boolean {
  if (isHugoFile(draft.file) && draft.meta.headless && /^index\.[^.]+$/i.test(path.basename(draft.file.relative))) {
    return false;
  }
  const options = buildOptionsOf(draft, sectionsAbove);
  return !options?.render || options.render === "always";
}

/** A file's `_build`: its own, else the nearest `cascade` of one, a section's own cascade included. */
function buildOptionsOf(draft: Draft, sectionsAbove: readonly Draft[]) {
  let options = draft.meta._build;
  for (const node of [draft, ...sectionsAbove]) options ??= cascadeOf(node)._build;
  return options;
}

/**
 * What a file's `cascade` passes down: a section's (an `_index`, the home's among them) reaches the section itself
 * and every page below it; a page that is no section has none below it, and Hugo 0.111 did not apply it to the
 * page itself either (checked with Debian's hugo).
 */
function cascadeOf(node: Draft): NonNullable<Draft["meta"]["cascade"]> {
  const treePath = node.file.treePath;
  return treePath !== undefined && isSectionIndex(treePath) ? (node.meta.cascade ?? {}) : {};
}

/**
 * Whether Hugo published the files of the file's folder (a bundle's `report.pdf`): wherever it built the page,
 * even one it wrote no page for (headless, `render: never`; checked with Debian's hugo), unless its `_build` says
 * `publishResources: false`. Not for a draft, nor one dated later or expired: Hugo built no page for those.
 */
export function publishesFiles(draft: Draft, sectionsAbove: readonly Draft[], reason: Post["unpublished"]): boolean {
  if (reason && reason !== "unrendered") return false;
  return buildOptionsOf(draft, sectionsAbove)?.publishresources !== false;
}

function publishingOf(fields: Record<string, unknown>): Publishing {
  return Object.fromEntries(PUBLISHING_KEYS.flatMap((key) => (fields[key] === undefined ? [] : [[key, fields[key]]])));
}

function reasonOf(fields: Publishing, date: WrittenDate | undefined, now: number): Post["unpublished"] {
  const instant = (written: string | undefined) => (written ? readWrittenDate(written)?.instant : undefined);
  const publishedDate = typeof fields.published === "string" ? fields.published : undefined;
  const publishAt = instant(fields.publishDate ?? fields.pubdate ?? publishedDate) ?? date?.instant;
  const expiresAt = instant(fields.expiryDate ?? fields.unpublishdate);
  if (fields.draft === true || fields.published === false) return "draft";
  if (publishAt !== undefined && publishAt > now) return "scheduled";
  if (expiresAt !== undefined && expiresAt <= now) return "expired";
  return undefined;
}

const HELD_SECTION = { draft: "is a draft", scheduled: "is not published yet", expired: "has expired" } as const;

/**
 * Hugo 0.111 read no file below a section it left out (a draft, dated later,
 * expired), so a file there that cannot be read stopped no build of Hugo's:
 * its errors are warnings here, saying until when.
 */
export function excuseBelowHeldSections(
  findings: FindingList,
  drafts: readonly Draft[],
  unpublishedReason: (draft: Draft) => Post["unpublished"],
): void {
  const held = drafts.flatMap((draft) => {
    const reason = unpublishedReason(draft);
    const treePath = draft.file.treePath;
    // The home's own file holds no section back here (sectionsAboveOf), so it excuses nothing either.
    if (treePath === undefined || !isSectionIndex(treePath) || path.posix.dirname(treePath) === ".") return [];
    if (!reason || reason === "unrendered") return [];
    return [
      { file: draft.file.relative, folder: `${path.posix.dirname(draft.file.relative)}/`, state: HELD_SECTION[reason] },
    ];
  });
  // The outermost first: Hugo read nothing below it.
  held.sort((a, b) => a.folder.length - b.folder.length);
  findings.soften((finding) => {
    const section = held.find(({ file, folder }) => finding.file !== file && finding.file.startsWith(folder));
    return section
      ? `the build goes on while ${section.file} ${section.state}, as Hugo read nothing below it; fix it before that section is published`
      : undefined;
  });
}

/** For each draft, the section files above it (`a/b/_index.md`, then `a/_index.md`), nearest first. */
export function sectionsAboveOf(drafts: readonly Draft[]): (draft: Draft) => Draft[] {
  const sections = new Map(
    drafts.flatMap((draft) => {
      const treePath = draft.file.treePath;
      return treePath !== undefined && isSectionIndex(treePath)
        ? [[`${draft.locale}/${path.posix.dirname(treePath)}`, draft] as const]
        : [];
    }),
  );
  return (draft) => {
    const above: Draft[] = [];
    const treePath = draft.file.treePath;
    if (treePath === undefined) return above;
    // A section's own file stands for its folder: the sections above it start one folder up.
    let folder = path.posix.dirname(isSectionIndex(treePath) ? path.posix.dirname(treePath) : treePath);
    for (; folder !== "."; folder = path.posix.dirname(folder)) {
      const section = sections.get(`${draft.locale}/${folder}`);
      if (section) above.push(section);
    }
    // Hugo copied an HTML document without front matter as a file, and held it back only with the section whose
    // folder holds it: one in a folder below (`section/sub/doc.html`) it published at its place all the same
    // (checked with Debian's hugo, below a draft section and below one its own cascade made a draft).
    const nearest = above[0]?.file.treePath;
    const copied = isCopiedAsFile(draft.file, draft.raw) && !isSectionIndex(treePath);
    if (copied && nearest !== undefined && path.posix.dirname(nearest) !== path.posix.dirname(treePath)) return [];
    return above;
  };
}

/**
 * A production build leaves drafts and posts dated in the future out, and a
 * post whose translation is left out is shown as untranslated until it is
 * published. A preview shows them all, marked.
 */
export function publish(
  posts: Array<Rendered<Post>>,
  preview: boolean,
): { shown: Array<Rendered<Post>>; unpublished: Unpublished[] } {
  if (preview) return { shown: posts, unpublished: [] };
  const left = posts.filter((post) => post.unpublished);
  const leftOut = new Set(left.map((post) => post.path));
  const shown = posts
    .filter((post) => !post.unpublished)
    .map((post) =>
      post.translationPath && leftOut.has(post.translationPath) ? { ...post, translationPath: undefined } : post,
    );
  const unpublished = left.map(({ locale, path: postPath, source, unpublished: reason = "draft" }) => ({
    locale,
    path: postPath,
    source,
    reason,
  }));
  return { shown, unpublished };
}

/**
 * When a file last changed: as its front matter says (`lastmod`, `modified`,
 * `last_modified_at`, `updated`), else its last commit where git knows it,
 * else its publication date, as Hugo does without git. Never before it was
 * published. Undefined for a page with none of these: no date is shown rather
 * than the day the tree was copied or built (a file's own time is that).
 */
export function modifiedOf(draft: Draft, lastCommit: string | undefined): Modified | undefined {
  const written = draft.meta.lastmod ?? draft.meta.modified ?? draft.meta.last_modified_at ?? draft.meta.updated;
  const fromMatter = written ? readWrittenDate(written) : undefined;
  const candidate: Modified | undefined = fromMatter
    ? { iso: fromMatter.iso, day: dayOf(fromMatter), source: "front matter" }
    : lastCommit
      ? { iso: lastCommit, day: lastCommit.slice(0, 10), source: "git" }
      : undefined;
  if (candidate && (!draft.date || Date.parse(candidate.iso) >= draft.date.instant)) return candidate;
  return draft.date && publishedOn(draft.date);
}

/** A post's date modified when nothing says it changed after it was published. */
export function publishedOn(date: WrittenDate): Modified {
  return { iso: date.iso, day: dayOf(date), source: "published" };
}

/** YYYY-MM-DD, the year in four digits: Hugo's undated post is of year `1` in its address, 0001 here. */
function dayOf(date: WrittenDate): string {
  return `${date.year.padStart(4, "0")}-${date.month}-${date.day}`;
}
