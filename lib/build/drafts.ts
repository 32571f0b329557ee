// A content file read into a draft: its front matter validated, its URL
// worked out from its folder, name and front matter. Every finding about a
// single file's front matter is made here.
import fs from "node:fs";
import path from "node:path";
import type { Linkable, Resolution } from "@/lib/content/links";
import type { Locale } from "@/i18n/routing";
import {
  aliasBeside,
  blogPath,
  foldPermalink,
  foldSlug,
  hugoSlug,
  pagePath,
  postPath,
  relativeAliasBase,
  searchPagePaths,
  withinLanguage,
  withoutLocale,
} from "@/lib/urls";
import { withAliasClaimsSettled } from "./alias-claims";
import type { FindingList } from "./findings";
import { HUGO_DEFAULT_DATES } from "./hugo-config";
import type { HugoSite } from "./hugo-site";
import {
  hugoFileName,
  hugoPageAddress,
  hugoPagePath,
  hugoWrittenAddress,
  NO_PERMALINKS,
  type HugoPermalinks,
} from "./hugo-addresses";
import { splitFrontMatter, type RawFile } from "./frontmatter";
import type { Generator } from "./yaml";
import { readMeta } from "./meta";
import { datedFileName, fileNameDate, postDate } from "./post-dates";
import { JEKYLL_LAYOUTS, KNOWN_LAYOUTS, KNOWN_TYPES, type FrontMatter, type WrittenDate } from "./schema";
import { isHugoFile, isInLanguageFolder, isSectionIndex, type SourceFile } from "./tree";

export type Draft = Linkable & {
  file: SourceFile;
  raw: RawFile;
  meta: FrontMatter;
  date?: WrittenDate;
  translation?: Resolution<Draft>;
  pairedByOtherSide?: boolean;
  /**
   * Where Hugo wrote a post, as it wrote it (`/blog/name`): its `url`, else the blog's permalink pattern, else its
   * place in the tree. This site keeps the post at its date and name, and answers Hugo's address with a redirect.
   */
  hugoAddress?: string;
};

/** Reads every file of the tree into a draft, leaving out (with findings) those that cannot be one. */
export function readDrafts(
  files: readonly SourceFile[],
  findings: FindingList,
  site: Pick<HugoSite, "permalinks" | "sectionsDisabled" | "dateSources"> = {
    permalinks: {},
    sectionsDisabled: false,
    dateSources: [HUGO_DEFAULT_DATES],
  },
): Draft[] {
  const { permalinks } = site;
  const unknownLayouts = new Set<string>();
  const drafts = files.flatMap((file) =>
    file.kind === "stub"
      ? []
      : [readDraft(file, findings, unknownLayouts, permalinks[file.locale] ?? NO_PERMALINKS, site.dateSources)]
          .flatMap((draft) => draft ?? [])
          .map(withRelativeAliasesResolved),
  );
  return withAliasClaimsSettled(withoutDuplicateUrls(drafts, findings, !site.sectionsDisabled), files, findings);
}

/**
 * The URL a file's name gives it, before its front matter is read: where an
 * editor previewing it looks for it when the front matter is broken.
 */
export function pathFromFileName(file: SourceFile): string | undefined {
  const base = path.basename(file.relative);
  if (file.treePath !== undefined) return hugoPagePath(file.locale, hugoPageAddress(file.treePath));
  if (file.kind === "page") return pagePath(file.locale, foldPermalink(base.replace(/\.[^.]+$/, "")));
  // A Hugo post's address needs its date from the front matter (unless the config says otherwise).
  const name = isHugoFile(file) ? undefined : datedFileName(file);
  return name ? postPath(file.locale, fileNameDate(name), foldSlug(name[4])) : undefined;
}

/**
 * Hugo reads an alias written without a leading `/` (`old-name`) beside the
 * page's own address: `/legal/old-name/` for the page at `/legal/terms/`
 * (and `/old-name/` for a page whose `url` names a file, `/legal/terms.html`).
 */
function withRelativeAliasesResolved(draft: Draft): Draft {
  if (!isHugoFile(draft.file) || !draft.meta.aliases?.some((alias) => !alias.startsWith("/"))) return draft;
  const base = publishedAddress(draft);
  const aliases = draft.meta.aliases.map((alias) => aliasBeside(alias, base));
  return { ...draft, meta: { ...draft.meta, aliases } };
}

/** An HTML file without front matter, which Hugo copied as it was (this site publishes it as a page). */
export const isCopiedAsFile = (file: SourceFile, raw: RawFile) => raw.bodyLine === 1 && /\.html?$/i.test(file.relative);

/**
 * Where the page's generator published it, on its language's domain: the base its relative aliases, links and
 * pictures were read from. A Hugo page's `url` (the folder of a file it names: `/legal/` for `/legal/terms.html`), a
 * Hugo post's address, else the page's own address here, without its language.
 */
export function publishedAddress(draft: Draft): string {
  if (!isHugoFile(draft.file)) return withoutLocale(draft.path);
  // An HTML document Hugo copied stood at its own name, and a browser read its links from the folder holding it.
  const { treePath } = draft.file;
  if (treePath !== undefined && isCopiedAsFile(draft.file, draft.raw)) return `/${treePath}`;
  const address = draft.hugoAddress === undefined ? withoutLocale(draft.path) : `/${trimSlashes(draft.hugoAddress)}/`;
  return relativeAliasBase(address, draft.meta.url);
}

/**
 * Hugo reads a `url` or an alias that starts with the page's own language
 * (`url: /en/about/` in `content/en/`) within that language's site: it writes
 * `/about/` on the English domain, not `/en/about/`. So does this site. One
 * that names an index file is read as its folder, which is where readers find it.
 */
function withinItsLanguage(meta: FrontMatter, locale: Locale): FrontMatter {
  return {
    ...meta,
    url: meta.url && withinLanguage(meta.url, locale),
    aliases: meta.aliases?.map((alias) => withinLanguage(alias, locale)),
  };
}

/**
 * `tags` or `categories` written as one string: Hugo makes the whole string
 * one term, Jekyll splits it at spaces. Said when the string looks like a list.
 */
function withTermsAsGeneratorReadsThem(file: SourceFile, raw: RawFile, findings: FindingList): RawFile {
  const fields = { ...raw.fields };
  for (const key of ["tags", "categories"]) {
    const terms = fields[key];
    if (typeof terms !== "string" || terms.trim() === "") continue;
    if (!isHugoFile(file)) {
      fields[key] = terms.trim().split(/\s+/);
      continue;
    }
    if (terms.includes(","))
      findings.warning(
        file.relative,
        raw.keyLine(key),
        `\`${key}: ${terms}\` is one string, so it is one ${key === "tags" ? "tag" : "category"}, as Hugo read it; write a list such as \`${key}: [${terms
          .split(",")
          .map((term) => term.trim())
          .join(", ")}]\` for several`,
      );
    fields[key] = [terms];
  }
  return { ...raw, fields };
}

/**
 * Hugo's `_build: {list: never}` (or `local`) kept a page it wrote out of its lists; this site lists every page it
 * publishes, so the editor is told, once where the option is written.
 */
function reportUnlisted(file: SourceFile, raw: RawFile, meta: FrontMatter, findings: FindingList): void {
  for (const [key, list] of [
    ["_build", meta._build?.list],
    ["cascade", meta.cascade?._build?.list],
  ] as const) {
    if (!list || list === "always") continue;
    findings.warning(
      file.relative,
      raw.keyLine(key),
      `\`_build: {list: ${list}}\` kept ${key === "cascade" ? "these pages" : "this page"} out of Hugo's lists, but this site lists every page it publishes; to keep a page off the site, write \`render: never\``,
    );
  }
}

/** Hugo reads front-matter keys in any case; Jekyll as written. */
export const generatorOf = (file: Pick<SourceFile, "pairing">): Generator => (isHugoFile(file) ? "hugo" : "jekyll");

/** A file read into a draft, or nothing (with a finding) where its generator published nothing of it. */
function readDraft(
  file: SourceFile,
  findings: FindingList,
  unknownLayouts: Set<string>,
  permalinks: HugoPermalinks,
  dateSources: readonly string[],
): Draft | undefined {
  const raw = splitFrontMatter(file.relative, fs.readFileSync(file.absolute, "utf8"), findings, generatorOf(file));
  if (!raw) return undefined;
  const read = readMeta(
    file.relative,
    withTermsAsGeneratorReadsThem(file, raw, findings),
    findings,
    isHugoFile(file) ? "as-hugo" : "stop",
  );
  const meta = isHugoFile(file) ? withinItsLanguage(read.meta, file.locale) : read.meta;
  const published = reportMetaMistakes(file, raw, meta, findings, unknownLayouts);
  const draft =
    file.kind === "page"
      ? pageDraft(file, raw, meta, permalinks, findings)
      : postDraft(file, raw, meta, permalinks, dateSources, findings);
  return read.ok && published ? draft : undefined;
}

/**
 * What an editor should fix in a file's front matter that its generator let pass: unknown layouts and types,
 * empty descriptions and alt text, a missing title (one is made from the file's name), a `lang` that disagrees
 * with the folder. False where the file cannot be published (a Jekyll file in the other language's folder).
 */
function reportMetaMistakes(
  file: SourceFile,
  raw: RawFile,
  meta: FrontMatter,
  findings: FindingList,
  unknownLayouts: Set<string>,
): boolean {
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
  const layouts: readonly string[] = isHugoFile(file) ? KNOWN_LAYOUTS : JEKYLL_LAYOUTS;
  if (meta.layout && !layouts.includes(meta.layout) && !unknownLayouts.has(meta.layout)) {
    // Reported once per value: a whole tree written for another site's layouts says so once, not per file.
    unknownLayouts.add(meta.layout);
    findings.warning(
      file.relative,
      raw.keyLine("layout"),
      `\`layout: ${meta.layout}\` is not a layout this site knows (${layouts.join(", ")}); files with it are shown as ${file.kind}s, as the folder says`,
    );
  }
  reportUnlisted(file, raw, meta, findings);
  const treePath = file.treePath ?? file.postTreePath;
  if (meta.cascade && treePath !== undefined && !isSectionIndex(treePath)) {
    findings.warning(
      file.relative,
      raw.keyLine("cascade"),
      "`cascade` reaches the pages below a section, and this page is no section (not an `_index`), so Hugo applied it to nothing, and neither does this site; write these keys without `cascade`, or move it to the section's `_index`",
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
  if (!isHugoFile(file) && !meta.lang && !isInLanguageFolder(file)) {
    findings.warning(
      file.relative,
      1,
      `has no \`lang\` and is in no language's folder, so it is published in ${file.locale}; add \`lang: en\` or \`lang: fr\`, or move it into the folder of its language`,
    );
  }
  if (meta.lang && meta.lang !== file.locale) {
    // Hugo takes a page's language from its folder alone; Jekyll has no rule, so the disagreement stops the build.
    const disagreement = `\`lang: ${meta.lang}\` disagrees with the folder \`${file.locale}\``;
    if (isHugoFile(file)) {
      findings.warning(
        file.relative,
        raw.keyLine("lang"),
        `${disagreement}; the page is published in ${file.locale}, as Hugo did. Move the file or fix \`lang\``,
      );
    } else {
      findings.error(file.relative, raw.keyLine("lang"), `${disagreement}; move the file or fix \`lang\``);
      return false;
    }
  }
  return true;
}

/** A page: at its `url`, its section's permalink or its place in the tree (Hugo); at its `permalink` or name (Jekyll). */
function pageDraft(
  file: SourceFile,
  raw: RawFile,
  meta: FrontMatter,
  permalinks: HugoPermalinks,
  findings: FindingList,
): Draft | undefined {
  // A Hugo page is at its `url`, else its place in the tree, and a language's `_index` is its home;
  // a Jekyll page at its `permalink`, else its file name. An HTML file without front matter Hugo copied as
  // it was, at its place, where no section's permalink moves it.
  const hugo = file.treePath !== undefined;
  const written =
    file.treePath !== undefined
      ? isCopiedAsFile(file, raw)
        ? hugoPageAddress(file.treePath)
        : hugoWrittenAddress(file.treePath, meta, permalinks)
      : (meta.permalink ?? path.basename(file.relative).replace(/\.[^.]+$/, ""));
  const slug = foldPermalink(written);
  // A Jekyll page at the home's or the blog's address (`permalink: /blog/`) drew, with Liquid, what
  // this site's own home and blog show there.
  if (!hugo && (!slug || pagePath(file.locale, slug) === blogPath(file.locale))) {
    findings.warning(
      file.relative,
      raw.keyLine("permalink"),
      `\`permalink: ${meta.permalink ?? ""}\` is the address of this site's own ${slug ? "blog" : "home"}, which is shown there instead of this page; give the page another permalink if its text must be published`,
    );
    return undefined;
  }
  const address = hugo ? hugoPagePath(file.locale, written) : pagePath(file.locale, slug);
  // This site's own search answers at its address. The search page of the department's older repository
  // (`content/en/search/_index.md`) held a title alone: its template drew a search over the old theme's index.
  if (searchPagePaths(file.locale).includes(address)) {
    findings.warning(
      file.relative,
      raw.keyLine(hugo ? "url" : "permalink"),
      `is published at ${withoutLocale(address)}, where this site's own search answers instead, so its words are not shown; give it a \`url\` elsewhere if they must be`,
    );
    return undefined;
  }
  return { kind: "page", locale: file.locale, file, raw, meta, slug, writtenSlug: written, path: address };
}

/** A post: dated as its generator dated it, at its date and its file's name. */
function postDraft(
  file: SourceFile,
  raw: RawFile,
  meta: FrontMatter,
  permalinks: HugoPermalinks,
  dateSources: readonly string[],
  findings: FindingList,
): Draft | undefined {
  const hugo = isHugoFile(file);
  const name = datedFileName(file);
  // Hugo's `:filename` is the whole name, date and all; Jekyll's slug is the name after its date.
  const writtenSlug = !hugo && name ? name[4] : hugoFileName(file.relative);
  if (!hugo && !name) {
    // Jekyll reads a file of `_posts` as a post only by a name that starts with its date; it skips any other.
    findings.warning(
      file.relative,
      1,
      "is in _posts, but its name is not a date and a name (YYYY-MM-DD-name.md), so Jekyll did not publish it, and neither does this site; rename it so to publish it",
    );
    return undefined;
  }
  const date = postDate(file, raw, meta, dateSources, findings);
  if (!date) return undefined;
  // Hugo published a post at its file name as its sanitizer wrote it; Jekyll at the name folded.
  let slug = hugo ? hugoSlug(writtenSlug) : foldSlug(writtenSlug);
  const titleSlug = meta.title ? hugoSlug(meta.title) : "";
  if (!slug && hugo && titleSlug) {
    // Hugo built on, at an address of punctuation alone; a reader is better served by the title's words.
    slug = titleSlug;
    findings.warning(
      file.relative,
      1,
      `the file name has no letters or digits, so the post is published at ${postPath(file.locale, date, slug)}, from its title; rename the file to the address it should keep`,
    );
  }
  if (!slug) {
    findings.error(file.relative, 1, "the file name has no letters or digits to make a URL from; rename the file");
    return undefined;
  }
  return {
    kind: "post",
    locale: file.locale,
    file,
    raw,
    meta,
    date,
    slug,
    writtenSlug,
    path: postPath(file.locale, date, slug),
    hugoAddress:
      file.postTreePath === undefined ? undefined : hugoWrittenAddress(file.postTreePath, meta, permalinks, date),
  };
}

const trimSlashes = (address: string) => address.replace(/^\/+|\/+$/g, "");

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

/**
 * Of two Hugo files written at one address, the one Hugo's writers most often left there: the later in the tree's
 * order (`réunions.md` after `réunions .md`). Theirs is a race, settled either way from one build to the next.
 */
export const laterFile = (a: Draft, b: Draft): Draft => (a.file.relative > b.file.relative ? a : b);

/**
 * Two files at one URL. In a Jekyll tree only this site's folding of names can
 * bring two posts together, and one would be lost: an error. In a Hugo tree
 * (its posts too: the department's CMS once wrote a post's name with a trailing
 * space, `réunions .md` beside `réunions.md`) Hugo writes the address twice and publishes one (a section's own `_index`
 * over a page, as its lists render last; between pages, whichever of its
 * writers finished last, most often the later file): a warning, and the
 * section's file, else the later file, is kept here. Where the config disables
 * section pages (the department's did until 2019), Hugo writes no section's
 * `_index`, and the page keeps the address.
 */
function withoutDuplicateUrls(drafts: Draft[], findings: FindingList, sectionsPublished: boolean): Draft[] {
  const owner = new Map<string, Draft>();
  // Hugo still wrote the aliases of a page it did not publish, and they led to the address both files claimed.
  const aliasesOfLost = new Map<string, string[]>();
  for (const draft of drafts) {
    const first = owner.get(draft.path);
    if (!first) {
      owner.set(draft.path, draft);
    } else if (!isHugoFile(draft.file)) {
      findings.error(
        draft.file.relative,
        1,
        `has the same URL ${draft.path} as ${first.file.relative}; rename one of them`,
      );
    } else {
      // A section's `_index` outranks a page where Hugo writes section pages, and yields to it where it does not.
      const rank = (each: Draft) => {
        const treePath = each.file.treePath ?? "";
        if (!isSectionIndex(treePath) || !treePath.includes("/")) return 1;
        return sectionsPublished ? 2 : 0;
      };
      const kept = rank(draft) === rank(first) ? laterFile(draft, first) : rank(draft) > rank(first) ? draft : first;
      const lost = kept === draft ? first : draft;
      owner.set(draft.path, kept);
      aliasesOfLost.set(draft.path, [...(aliasesOfLost.get(draft.path) ?? []), ...(lost.meta.aliases ?? [])]);
      findings.warning(
        lost.file.relative,
        1,
        `has the same URL ${draft.path} as ${kept.file.relative}, and only one page can be published there, as in Hugo; the other is kept. Give this one its own \`url\` or remove it`,
      );
    }
  }
  return drafts.flatMap((draft) => {
    if (!isHugoFile(draft.file)) return [draft];
    if (owner.get(draft.path) !== draft) return [];
    const inherited = aliasesOfLost.get(draft.path) ?? [];
    if (inherited.length === 0) return [draft];
    return [{ ...draft, meta: { ...draft.meta, aliases: [...(draft.meta.aliases ?? []), ...inherited] } }];
  });
}
