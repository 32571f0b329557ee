// A content file read into a draft: its front matter validated, its URL
// worked out from its folder, name and front matter. Every finding about a
// single file's front matter is made here.
import fs from "node:fs";
import path from "node:path";
import type { Linkable, Resolution } from "@/lib/content/links";
import type { Locale } from "@/i18n/routing";
import { expandPermalink, foldPermalink, foldSlug, homePath, hugoSlug, pagePath, postPath } from "@/lib/urls";
import type { FindingList } from "./findings";
import { splitFrontMatter, type KeyCase, type RawFile } from "./frontmatter";
import { readMeta } from "./meta";
import {
  JEKYLL_LAYOUTS,
  KNOWN_LAYOUTS,
  KNOWN_TYPES,
  readWrittenDate,
  type FrontMatter,
  type WrittenDate,
} from "./schema";
import type { SourceFile } from "./tree";

export type Draft = Linkable & {
  file: SourceFile;
  raw: RawFile;
  meta: FrontMatter;
  date?: WrittenDate;
  translation?: Resolution<Draft>;
  pairedByOtherSide?: boolean;
};

const POST_FILE_NAME = /^(\d{4})-(\d{2})-(\d{2})-(.+)\.(?:md|markdown|html)$/i;

/** Reads every file of the tree into a draft, leaving out (with findings) those that cannot be one. */
export function readDrafts(
  files: readonly SourceFile[],
  findings: FindingList,
  permalinks: Partial<Record<Locale, Record<string, string>>> = {},
): Draft[] {
  const unknownLayouts = new Set<string>();
  const drafts = files.flatMap((file) =>
    file.kind === "stub" ? [] : (readDraft(file, findings, unknownLayouts, permalinks[file.locale] ?? {}) ?? []),
  );
  reportDuplicateUrls(drafts, findings);
  return drafts;
}

/**
 * The URL a file's name gives it, before its front matter is read: where an
 * editor previewing it looks for it when the front matter is broken.
 */
export function pathFromFileName(file: SourceFile): string | undefined {
  const base = path.basename(file.relative);
  if (file.treePath !== undefined) return hugoPagePath(file.locale, hugoPageAddress(file.treePath));
  if (file.kind === "page") return pagePath(file.locale, foldPermalink(base.replace(/\.[^.]+$/, "")));
  const name = POST_FILE_NAME.exec(base);
  return name ? postPath(file.locale, { year: name[1], month: name[2], day: name[3] }, foldSlug(name[4])) : undefined;
}

/** Hugo reads front-matter keys in any case; Jekyll as written. */
export const keyCaseOf = (file: Pick<SourceFile, "pairing">): KeyCase =>
  file.pairing === "translationKey" ? "any-case" : "as-written";

function readDraft(
  file: SourceFile,
  findings: FindingList,
  unknownLayouts: Set<string>,
  permalinks: Record<string, string>,
): Draft | undefined {
  const raw = splitFrontMatter(file.relative, fs.readFileSync(file.absolute, "utf8"), findings, keyCaseOf(file));
  if (!raw) return undefined;
  const read = readMeta(file.relative, raw, findings);
  const meta = read.meta;
  // Hugo renders no page of its own for a headless file (a bundle of resources).
  if (meta.headless) return undefined;
  let ok = read.ok;
  const types: readonly string[] = KNOWN_TYPES;
  if (meta.type && file.treePath !== undefined && !types.includes(meta.type)) {
    if (!unknownLayouts.has(`type ${meta.type}`)) {
      unknownLayouts.add(`type ${meta.type}`);
      findings.warning(
        file.relative,
        raw.keyLine("type"),
        `\`type: ${meta.type}\` is not a type this site knows (${KNOWN_TYPES.join(", ")}); files with it show their body`,
      );
    }
  }
  const layouts: readonly string[] = file.pairing === "translationKey" ? KNOWN_LAYOUTS : JEKYLL_LAYOUTS;
  if (meta.layout && !layouts.includes(meta.layout) && !unknownLayouts.has(meta.layout)) {
    // Reported once per value: a whole tree written for another site's layouts says so once, not per file.
    unknownLayouts.add(meta.layout);
    findings.warning(
      file.relative,
      raw.keyLine("layout"),
      `\`layout: ${meta.layout}\` is not a layout this site knows (${layouts.join(", ")}); files with it are shown as ${file.kind}s, as the folder says`,
    );
  }
  if ("description" in raw.fields && !meta.description) {
    findings.warning(
      file.relative,
      raw.keyLine("description"),
      "`description` is empty; write one or two sentences for search results and link previews",
    );
  }
  if (meta.image && !meta["image-alt"]) {
    findings.warning(
      file.relative,
      raw.keyLine("image-alt") > 1 ? raw.keyLine("image-alt") : raw.keyLine("image"),
      "`image-alt` is empty; describe the image for people who cannot see it",
    );
  }
  if (!meta.title) {
    // Hugo and Jekyll publish a file without a title; so does this site, under a title made from its name.
    meta.title = titleFromFileName(file);
    findings.warning(
      file.relative,
      raw.keyLine("title"),
      `\`title\` is missing, so the page is titled "${meta.title}" from its file name; add \`title: "…"\` to the front matter`,
    );
  }
  if (meta.lang && meta.lang !== file.locale) {
    findings.error(
      file.relative,
      raw.keyLine("lang"),
      `\`lang: ${meta.lang}\` disagrees with the folder \`${file.locale}\`; move the file or fix \`lang\``,
    );
    ok = false;
  }
  if (file.kind === "page") {
    // A Hugo page is at its `url`, else its place in the tree, and a language's `_index` is its home;
    // a Jekyll page at its `permalink`, else its file name.
    const hugo = file.treePath !== undefined;
    const written =
      file.treePath !== undefined
        ? (meta.url ?? sectionPermalink(file.treePath, meta, permalinks) ?? hugoPageAddress(file.treePath, meta.slug))
        : (meta.permalink ?? path.basename(file.relative).replace(/\.[^.]+$/, ""));
    const slug = foldPermalink(written);
    if (!slug && !hugo) {
      findings.error(
        file.relative,
        raw.keyLine("permalink"),
        "`permalink` is empty once folded; give the page a permalink such as `/about/`",
      );
      return undefined;
    }
    return ok
      ? {
          kind: "page",
          locale: file.locale,
          file,
          raw,
          meta,
          slug,
          writtenSlug: written,
          path: hugo ? hugoPagePath(file.locale, written) : pagePath(file.locale, slug),
        }
      : undefined;
  }

  const name = POST_FILE_NAME.exec(path.basename(file.relative));
  const writtenSlug = name ? name[4] : path.basename(file.relative).replace(/\.[^.]+$/, "");
  const date = meta.date
    ? readWrittenDate(meta.date)
    : name
      ? readWrittenDate(`${name[1]}-${name[2]}-${name[3]}`)
      : undefined;
  if (!date) {
    const line = meta.date ? raw.keyLine("date") : 1;
    findings.error(
      file.relative,
      line,
      meta.date
        ? `\`date: ${meta.date}\` is not a real date; write YYYY-MM-DD HH:MM:SS -0400`
        : "`date` is missing; add `date: YYYY-MM-DD HH:MM:SS -0400` or start the file name with YYYY-MM-DD-",
    );
    return undefined;
  }
  // Hugo published a post at its file name as its sanitizer wrote it; Jekyll at the name folded.
  const slug = file.pairing === "translationKey" ? hugoSlug(writtenSlug) : foldSlug(writtenSlug);
  if (!slug) {
    findings.error(file.relative, 1, "the file name has no letters or digits to make a URL from; rename the file");
    return undefined;
  }
  return ok
    ? {
        kind: "post",
        locale: file.locale,
        file,
        raw,
        meta,
        date,
        slug,
        writtenSlug,
        path: postPath(file.locale, date, slug),
      }
    : undefined;
}

/** A page's address from its section's permalink pattern in the config, for a page (not a section's own file). */
function sectionPermalink(treePath: string, meta: FrontMatter, permalinks: Record<string, string>): string | undefined {
  const [section, ...below] = treePath.split("/");
  const pattern = permalinks[section];
  const filename = path.posix.basename(treePath).replace(/\.[^.]+$/, "");
  if (!pattern || below.length === 0 || /^_?index$/i.test(filename)) return undefined;
  const date = meta.date ? readWrittenDate(meta.date) : undefined;
  return expandPermalink(pattern, { title: meta.title ?? filename, slug: meta.slug, filename, section, date });
}

/** `2017-08-03-why-we-build.md` is "Why we build"; a folder's own `_index.md` is named by its folder. */
function titleFromFileName(file: SourceFile): string {
  const base = path.basename(file.relative).replace(/\.[^.]+$/, "");
  const name = /^_?index$/i.test(base) ? path.basename(path.dirname(file.relative)) : base;
  return titleFromName(name.replace(/^\d{4}-\d{2}-\d{2}-/, ""));
}

/** A file's or folder's name as a title: `form-submission` is "Form submission". */
export function titleFromName(name: string): string {
  const words = name.replace(/[-_\s]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A Hugo page's address from its place in the tree: `jobs/_index.html` and `jobs/index.md` are `jobs`, `a/b.md` is `a/b`. */
export function hugoPageAddress(treePath: string, slug?: string): string {
  const withoutExtension = treePath.replace(/\.[^./]+$/, "");
  const address = withoutExtension.replace(/(?:^|\/)_?index$/, "");
  // `slug` names the last segment of a page, not of a section's own file.
  const named = slug && address === withoutExtension ? address.replace(/[^/]*$/, slug) : address;
  return named.toLowerCase();
}

/** A Hugo page's canonical path: its address folded, the home for the language's own `_index`. */
function hugoPagePath(locale: Locale, address: string): string {
  return foldPermalink(address) ? pagePath(locale, address) : homePath(locale);
}

function reportDuplicateUrls(drafts: Draft[], findings: FindingList): void {
  const owner = new Map<string, Draft>();
  for (const draft of drafts) {
    const first = owner.get(draft.path);
    if (first) {
      findings.error(
        draft.file.relative,
        1,
        `has the same URL ${draft.path} as ${first.file.relative}; rename one of them`,
      );
    } else {
      owner.set(draft.path, draft);
    }
  }
}
