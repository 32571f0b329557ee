// What the tree's own files say, read here apart from what the build made of
// them (lib/content/generated/site.json): each file's URL, title and
// translation. The suite checks the served site against these, so a build that
// pairs, titles or drops a file wrongly cannot also set what the tests expect.
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { parse } from "node-html-parser";
import { parse as parseToml } from "smol-toml";
import { otherLocale, routing, type Locale } from "@/i18n/routing";
import { contentDir } from "@/lib/config";
import { hasFrontMatter, isRecord } from "@/lib/build/frontmatter";
import { isHugoContentFile, isIgnoredByHugo } from "@/lib/build/tree";
import { readYamlText } from "@/lib/build/yaml";
import { readRefresh } from "@/lib/build/refresh";
import { hugoConfig, isHugoSiteRoot, sectionsDisabled } from "./hugo-config";
import { hugoListing, listedDay } from "./hugo-list";
import {
  blogPath,
  foldPermalink,
  foldSlug,
  hugoSanitize,
  hugoSlug,
  pagePath,
  postPath,
  searchPagePaths,
  withoutIndexFile,
} from "@/lib/urls";

export type SourceEntry = {
  /** The file, relative to the tree's root. */
  source: string;
  kind: "post" | "page";
  locale: Locale;
  /** The URL its folder, name, date or permalink give it. */
  path: string;
  /** Its title as written, tags dropped and spacing folded: compare with `sameText`. */
  title: string;
  /** The source of the file it is the translation of, when the tree names one. */
  translation?: string;
};

type Read = SourceEntry & { slug: string; day?: string; transUrl?: string; translationKey?: string; treePath?: string };

export const treeRoot = path.resolve(contentDir());
const POST_NAME = /^(\d{4})-(\d{2})-(\d{2})-(.+)\.(?:md|markdown|html)$/i;
// Jekyll's: a month or day of one digit too; a file of `_posts` named otherwise is no post to Jekyll.
const JEKYLL_POST_NAME = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.+)\.(?:md|markdown|html)$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Two texts are the same once read as HTML (tags dropped, entities decoded) with every run of spaces, no-break ones too, one space. */
export function sameText(text: string): string {
  return parse(text)
    .textContent.replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

/** A Hugo tree's content folder (`content/`, or the root where languages' folders stand there); none in a Jekyll tree. */
const hugoContent = [path.join(treeRoot, "content"), treeRoot].find((dir) =>
  routing.locales.some((locale) => fs.existsSync(path.join(dir, locale, "blog"))),
);

/** The content files below `dir`: Hugo's markdown and HTML (`.mdown`, `.htm` too), or Jekyll's. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const isContent = hugoContent ? isHugoContentFile : (name: string) => /\.(md|markdown|html)$/i.test(name);
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && isContent(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Hugo's own listing of a whole Hugo site's pages and posts, where hugo is installed (hugo-list.ts). */
const listing = isHugoSiteRoot(treeRoot) ? hugoListing(treeRoot) : undefined;
const listed = (file: string) => listing?.get(path.relative(treeRoot, file).split(path.sep).join("/"));

/**
 * A content file's front matter, as the editor wrote it and its generator read it: Jekyll's YAML with keys as
 * written; Hugo's YAML (as its parser read `title: "CDS\\'s"`), TOML between `+++` lines or a JSON object, with
 * keys in any case (`Title:`, `TranslationKey:`), given here in the spelling this suite asks for.
 */
export function frontMatterOf(file: string): Record<string, unknown> {
  const source = fs.readFileSync(file, "utf8");
  if (!hugoContent || !file.startsWith(hugoContent + path.sep)) return yamlFrontMatter(source);
  const written = pastOpeningComment(source);
  const fields = /^\+\+\+[ \t]*\r?\n/.test(written)
    ? tomlFrontMatter(written)
    : written.startsWith("{")
      ? jsonFrontMatter(written)
      : yamlFrontMatter(written);
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [HUGO_KEY_SPELLING[key.toLowerCase()] ?? key.toLowerCase(), value]),
  );
}

/** Hugo read front matter past the first line of a file that opens with `<!--`, which hides it from readers. */
const pastOpeningComment = (source: string) => source.replace(/^\s*<!--[^\n]*\n[ \t\r\n\uFEFF]*/, "");

/** The front matter of a file, or undefined where it cannot be read. */
function readableFrontMatterOf(file: string): Record<string, unknown> | undefined {
  try {
    return frontMatterOf(file);
  } catch {
    return undefined;
  }
}

/** The keys this suite reads in camel case; every other in lower case. */
const HUGO_KEY_SPELLING: Record<string, string> = { translationkey: "translationKey" };

function yamlFrontMatter(written: string): Record<string, unknown> {
  // Hugo opens front matter at `---` whatever follows on its line (`--- # notes`), where gray-matter reads a language.
  return matter(written.replace(/^(\s*---)[^\r\n]*/, "$1"), {
    engines: {
      yaml: (text: string) => {
        const fields = readYamlText(text, "hugo");
        return isRecord(fields) ? fields : {};
      },
    },
  }).data;
}

/** TOML front matter; a date is kept as written (`2021-03-04`), as YAML's is. */
function tomlFrontMatter(written: string): Record<string, unknown> {
  const [, toml = ""] = /^\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+/.exec(written) ?? [];
  return Object.fromEntries(
    Object.entries(parseToml(toml)).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  );
}

/** JSON front matter: the object the file starts with, up to the first closing brace that ends it. */
function jsonFrontMatter(written: string): Record<string, unknown> {
  for (let end = written.indexOf("}"); end >= 0; end = written.indexOf("}", end + 1)) {
    try {
      const fields: unknown = JSON.parse(written.slice(0, end + 1));
      return isRecord(fields) ? fields : {};
    } catch {
      // Not yet the object's end.
    }
  }
  return {};
}

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** A post that is a draft or dated in the future has no page in a production build. */
function unpublished(meta: Record<string, unknown>, day: string | undefined): boolean {
  return (
    meta.draft === true || meta.draft === "true" || (day !== undefined && day > new Date().toISOString().slice(0, 10))
  );
}

function readTree(): Read[] {
  const read: Read[] = [];
  for (const locale of routing.locales) {
    const postFiles = hugoContent
      ? filesUnder(path.join(hugoContent, locale, "blog")).filter(
          (file) => !/^_index\./i.test(path.basename(file)) && !isIgnoredByHugo(path.relative(hugoContent, file)),
        )
      : filesUnder(path.join(treeRoot, "_posts", locale)).filter((file) => JEKYLL_POST_NAME.test(path.basename(file)));
    const posts: Read[] = [];
    for (const file of postFiles) {
      const meta = frontMatterOf(file);
      const name = (hugoContent ? POST_NAME : JEKYLL_POST_NAME).exec(path.basename(file));
      const named = name && `${name[1]}-${name[2].padStart(2, "0")}-${name[3].padStart(2, "0")}`;
      // Hugo lists every post it reads, with its date and whether it is published; a file it does not list (a
      // redirect stub among the posts) is no post.
      const hugo = listed(file);
      const readAlone =
        hugoContent !== undefined &&
        hugo === undefined &&
        writtenUnlisted(
          path.join(hugoContent, locale),
          path.relative(path.join(hugoContent, locale), file).split(path.sep).join("/"),
          meta,
        );
      if (listing && !hugo?.published && !readAlone) continue;
      const [, year, month, day] = DATE.exec(text(meta.date)?.trim() ?? named ?? "") ?? [];
      const date = hugo ? listedDay(hugo.date) : year ? { year, month, day } : undefined;
      // Hugo published a post at its whole file name (`:filename`, date and all; a bundle's folder) as its sanitizer
      // wrote it, Jekyll at the name after its date (tests/hugo-oracle.test.ts holds the site to Hugo).
      const slug = hugoContent ? hugoSlug(hugoFileName(file)) : foldSlug(name?.[4] ?? "");
      if (!date || (!hugo && unpublished(meta, `${year}-${month}-${day}`))) continue;
      posts.push({
        source: path.relative(treeRoot, file),
        kind: "post",
        locale,
        path: postPath(locale, date, slug),
        title: sameText(text(meta.title) ?? ""),
        slug,
        day: `${date.year}/${date.month}/${date.day}`,
        transUrl: text(meta.trans_url),
        translationKey: hugoContent ? text(meta.translationKey) : undefined,
      });
    }
    if (hugoContent) {
      // Two posts of one day whose names differ only by what Hugo's sanitizer kept: the later file is published.
      read.push(...onePerAddress(posts), ...onePerAddress(hugoPages(path.join(hugoContent, locale), locale)));
      continue;
    }
    read.push(...posts);
    for (const file of filesUnder(path.join(treeRoot, "_pages", locale))) {
      const meta = frontMatterOf(file);
      const slug = foldPermalink(text(meta.permalink) ?? path.basename(file).replace(/\.[^.]+$/, ""));
      // Where the site's own home, blog and search stand, a Jekyll page (a Liquid list of posts) is not published.
      if (!slug || [blogPath(locale), ...searchPagePaths(locale)].includes(pagePath(locale, slug))) continue;
      read.push({
        source: path.relative(treeRoot, file),
        kind: "page",
        locale,
        path: pagePath(locale, slug),
        title: sameText(text(meta.title) ?? ""),
        slug,
        transUrl: text(meta.trans_url),
      });
    }
  }
  return read;
}

/**
 * A Hugo language folder's pages, read as Hugo does: every content file but
 * posts, tags' and products' files, redirect stubs (no front matter) and the
 * home; at its `url`, else at its place in the folder. Its title, for the
 * suite, is the heading a reader sees: its body's own h1 where it has one.
 */
function hugoPages(languageDir: string, locale: Locale): Read[] {
  const { pages, unwrittenPageFolders } = hugoPageFiles(languageDir, locale);
  return [...pages, ...folderLists(languageDir, locale, pages, unwrittenPageFolders)];
}

const disablesSections = sectionsDisabled(hugoConfig(treeRoot));

/**
 * One page at each address, as Hugo left one file there: a section's list (an `_index` below the top) over a
 * page, where the config has Hugo write section pages, and under it where it does not; else the later file.
 */
function onePerAddress(pages: readonly Read[]): Read[] {
  const rank = (page: Read) =>
    !page.treePath || !/\/_index\.[a-z]+$/.test(page.treePath) ? 1 : disablesSections ? 0 : 2;
  const outranks = (page: Read, other: Read) =>
    rank(page) === rank(other) ? page.source > other.source : rank(page) > rank(other);
  const kept = new Map<string, Read>();
  for (const page of pages) {
    const other = kept.get(page.path);
    if (!other || outranks(page, other)) kept.set(page.path, page);
  }
  return pages.filter((page) => kept.get(page.path) === page);
}

/**
 * The list Hugo makes for a top folder that holds pages but no `_index` (or
 * `index`) file of its own, nor a page at its address: titled by its name. A
 * stub named `index` is no page, and the list stands over it; a stub named
 * `_index` keeps its redirect here, where Hugo wrote a list (README).
 */
function folderLists(
  languageDir: string,
  locale: Locale,
  pages: readonly Read[],
  unwrittenPageFolders: ReadonlySet<string>,
): Read[] {
  // Where the config disables section pages, Hugo lists no folder, and a stub named `index` is copied as it was.
  if (disablesSections) return [];
  const folders = new Set([
    ...pages.flatMap((page) => (page.treePath?.includes("/") ? [page.treePath.split("/")[0]] : [])),
    ...unwrittenPageFolders,
  ]);
  return [...folders]
    .filter(
      (folder) =>
        !fs
          .readdirSync(path.join(languageDir, folder))
          .some(
            (name) =>
              /^_index\.[a-z]+$/.test(name) ||
              (/^index\.[a-z]+$/.test(name) &&
                !isRedirectStub(fs.readFileSync(path.join(languageDir, folder, name), "utf8"))),
          ) && !pages.some((page) => page.slug === folder),
    )
    .map((folder) => {
      return {
        source: `${path.relative(treeRoot, path.join(languageDir, folder))}/`,
        kind: "page" as const,
        locale,
        path: pagePath(locale, folder),
        title: titleFromName(folder),
        slug: folder,
        treePath: `${folder}/`,
      };
    });
}

/** A title made of a file's or folder's name, as Hugo titled a list it made: `service-toolkit` is "Service toolkit". */
function titleFromName(name: string): string {
  const words = name.replace(/[-_\s]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Whether a file's text is a redirect stub's: no front matter, and a refresh a browser follows. */
const isRedirectStub = (source: string) => !hasFrontMatter(source) && Boolean(readRefresh(source)?.url);

/** Whether a folder holding the file (its own, unless it is that folder's `index`) is a leaf bundle: an `index` file, no `_index`. */
function insideLeafBundle(languageDir: string, treePath: string): boolean {
  const folders = treePath.split("/").slice(0, -1);
  const last = /(^|\/)index\.[a-z]+$/.test(treePath) ? folders.length - 1 : folders.length;
  return Array.from({ length: last }, (_, depth) => folders.slice(0, depth + 1).join("/")).some((folder) => {
    const names = fs.readdirSync(path.join(languageDir, folder));
    // An `index.html` without front matter (a redirect stub) Hugo copied as it was: it makes no bundle.
    const isPageIndex = (name: string) =>
      /^index\.(md|markdown)$/i.test(name) ||
      (/^index\.html?$/i.test(name) && hasFrontMatter(fs.readFileSync(path.join(languageDir, folder, name), "utf8")));
    return names.some(isPageIndex) && !names.some((name) => /^_index\./i.test(name));
  });
}

/**
 * Whether Hugo holds a file back as not published (yet, or any more): by its own keys or a section's above it. An
 * HTML document it copied as a file (`copied`) only a section whose own folder holds it held back.
 */
function heldBack(languageDir: string, treePath: string, meta: Record<string, unknown>, copied: boolean): boolean {
  const folders = treePath.split("/").slice(0, -1);
  if (copied && !sectionIndexIn(path.join(languageDir, ...folders))) return false;
  if (isHeldUnpublished(treePath, meta, sectionsAbove(languageDir, treePath))) return true;
  return rendersNot(buildOptionsOf(languageDir, treePath, meta));
}

/** A file's `_build` options: its own, else the nearest cascade of them (a section's own first). */
function buildOptionsOf(
  languageDir: string,
  treePath: string,
  meta: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const sections = sectionsAbove(languageDir, treePath);
  const cascades = [...ownCascade(treePath, meta), ...sections.toReversed()].map((fields) => cascaded(fields)._build);
  return [meta._build, ...cascades].find(isRecord);
}

/** One of `_build`'s options, its key in any case (`Render: never`), as Hugo reads it. */
const buildOption = (build: Record<string, unknown> | undefined, key: string) =>
  String(Object.entries(build ?? {}).find(([written]) => written.toLowerCase() === key)?.[1]).toLowerCase();

/** Hugo writes no page where `_build` says `render: never`. */
const rendersNot = (build: Record<string, unknown> | undefined) =>
  ["never", "link", "false"].includes(buildOption(build, "render"));

/**
 * A page Hugo writes but keeps out of its lists (`_build: {list: local}`): `hugo list` leaves it out too, so the
 * suite reads the file alone, as where hugo is not installed.
 */
function writtenUnlisted(languageDir: string, treePath: string, meta: Record<string, unknown>): boolean {
  const build = buildOptionsOf(languageDir, treePath, meta);
  return ["never", "local", "false"].includes(buildOption(build, "list")) && !rendersNot(build);
}

const sectionIndexIn = (folder: string) =>
  fs.readdirSync(folder).find((name) => /^_index\./i.test(name) && isHugoContentFile(name));

/** A section's `cascade`, its keys in lower case as a page's own are read (`expiryDate` is `expirydate`). */
const cascaded = (fields: Record<string, unknown>) =>
  isRecord(fields.cascade)
    ? Object.fromEntries(Object.entries(fields.cascade).map(([key, value]) => [key.toLowerCase(), value]))
    : {};

/** The front matter of the sections above a file (their `_index` files, the top one first), not its own. */
function sectionsAbove(languageDir: string, treePath: string): Array<Record<string, unknown>> {
  const folders = treePath.split("/").slice(0, -1);
  return folders.flatMap((_, depth) => {
    const folder = path.join(languageDir, ...folders.slice(0, depth + 1));
    const index = sectionIndexIn(folder);
    return index && path.join(folder, index) !== path.join(languageDir, treePath)
      ? [frontMatterOf(path.join(folder, index))]
      : [];
  });
}

/** A file's own `cascade`, where it reaches the file: a section's `_index` only (on a page it reaches nothing). */
const ownCascade = (treePath: string, meta: Record<string, unknown>) =>
  /(^|\/)_index\.[^/]+$/i.test(treePath) ? [meta] : [];

/** Whether a page, or a section above it (by itself or its `cascade`), is a draft, dated later or expired. */
function isHeldUnpublished(
  treePath: string,
  meta: Record<string, unknown>,
  sections: ReadonlyArray<Record<string, unknown>>,
): boolean {
  const cascades = [...ownCascade(treePath, meta), ...sections].map(cascaded);
  return [meta, ...sections, ...cascades].some(isUnpublished);
}

/** Hugo's reasons not to publish: a draft, a publish date (or date) to come, an expiry date past. */
function isUnpublished(fields: Record<string, unknown>): boolean {
  const when = (...keys: string[]) => keys.map((key) => fields[key]).find((value) => value !== undefined);
  const instant = (value: unknown) =>
    typeof value === "string" || value instanceof Date ? Date.parse(String(value)) : NaN;
  const now = Date.now();
  return (
    fields.draft === true ||
    fields.draft === "true" ||
    instant(when("publishdate", "pubdate", "published", "date")) > now ||
    instant(when("expirydate", "unpublishdate")) <= now
  );
}

/** Hugo's `:filename`: a file's name without extension, a bundle's (`name/index.md`) its folder's. */
export function hugoFileName(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, "");
  return base === "index" ? path.basename(path.dirname(file)) : base;
}

/**
 * A language folder's pages, and the top folders of pages Hugo read but wrote no page for, which its listing leaves
 * out (a headless bundle, a page whose `_build` says `render: never`): Hugo 0.111 still made such a folder's list, as
 * for a published page, though not for a draft or a page dated later or expired (checked with Debian's hugo).
 */
function hugoPageFiles(languageDir: string, locale: Locale): { pages: Read[]; unwrittenPageFolders: Set<string> } {
  const unwrittenPageFolders = new Set<string>();
  const pages = filesUnder(languageDir).flatMap((file) => {
    const treePath = path.relative(languageDir, file).split(path.sep).join("/");
    if (isIgnoredByHugo(treePath)) return [];
    const [top] = treePath.split("/");
    const isIndex = /(^|\/)_?index\.[a-z]+$/.test(treePath);
    if (["blog", "tags"].includes(top) || (top === "our-products" && !isIndex) || /^_?index\./.test(treePath))
      return [];
    if (insideLeafBundle(languageDir, treePath)) return [];
    const source = fs.readFileSync(file, "utf8");
    // A redirect stub (HTML without front matter that a browser's refresh leads on) is no page. Any other file
    // without front matter is one at its place, as Hugo rendered an `_index` and copied an HTML file there.
    const opensWithFrontMatter = hasFrontMatter(pastOpeningComment(source));
    if (isRedirectStub(source)) return [];
    const isSection = /(^|\/)_index\.[a-z]+$/.test(treePath);
    // Hugo lists each regular page (not a section's `_index`) with its address and whether it is published.
    const hugo = listed(file);
    // (An HTML file without front matter Hugo copied as a file: it lists it not.)
    const readAlone = hugo === undefined && writtenUnlisted(languageDir, treePath, readableFrontMatterOf(file) ?? {});
    if (listing && opensWithFrontMatter && !isSection && !hugo?.published && !readAlone) {
      const unwritten = hugo === undefined && treePath.includes("/") && isHugoContentFile(treePath);
      const meta = unwritten ? readableFrontMatterOf(file) : undefined;
      if (meta && !isHeldUnpublished(treePath, meta, sectionsAbove(languageDir, treePath)))
        unwrittenPageFolders.add(top);
      return [];
    }
    const meta = opensWithFrontMatter ? readableFrontMatterOf(file) : {};
    // Front matter no parser reads stops the build, but below a section left out, where Hugo read nothing.
    if (!meta) return [];
    const copied = !opensWithFrontMatter && /\.html?$/i.test(treePath) && !isSection;
    if (heldBack(languageDir, treePath, meta, copied)) return [];
    // Hugo wrote a file's and its folders' names as its sanitizer kept them (`l'équipe` is `léquipe`).
    const fromPath = treePath.replace(/\.[a-z]+$/, "").replace(/(^|\/)_?index$/, "");
    // A page's `slug` names its last segment, a bundle's too; not a section's own `_index`.
    const writtenSlug = isSection ? undefined : text(meta.slug);
    const slugged = writtenSlug ? fromPath.replace(/[^/]*$/, writtenSlug) : fromPath;
    // At its `url` or place as Hugo's sanitizer wrote it, an index file's folder, without a prefix Hugo added.
    const written = hugo?.address ?? hugoSanitize(text(meta.url) ?? slugged);
    const address = foldPermalink(withoutIndexFile(written.replace(/\/$/, "")).toLowerCase());
    // Hugo drops a page's own language from the start of its `url` (`url: /en/x/` is `/x/` on the English domain),
    // though its listing still shows it; a folder named like a language (`content/fr/fr/`) stays in the address.
    const slug = text(meta.url) !== undefined ? address.replace(new RegExp(`^${locale}(/|$)`), "") : address;
    // This site's own search stands at its address (the older repository's search page held a title alone).
    if (searchPagePaths(locale).includes(pagePath(locale, slug))) return [];
    const bodyHeading = /<(?:h1|gcds-heading[^>]*tag="h1")[^>]*>([\s\S]*?)<\//.exec(matter(source).content)?.[1];
    // A file without a title is named by its file, a section's `_index` by its folder.
    const named = titleFromName(path.basename(isSection ? path.dirname(file) : hugoFileName(file)));
    return [
      {
        source: path.relative(treeRoot, file),
        kind: "page" as const,
        locale,
        path: pagePath(locale, slug),
        title: sameText(text(meta.hero_title) ?? bodyHeading ?? text(meta.title) ?? named),
        slug,
        transUrl: undefined,
        translationKey: text(meta.translationKey),
        treePath,
      },
    ];
  });
  return { pages, unwrittenPageFolders };
}

/**
 * The file a `trans_url` names in the other language, read as an editor means
 * it: any origin, prefix, case or accents; a post by date and slug, else by
 * its slug alone when only one post has it.
 */
function named(entries: readonly Read[], from: Read, transUrl: string): Read | undefined {
  const segments = transUrl
    .replace(/^[a-z]+:\/\/[^/]+/i, "")
    .replace(/[?#].*$/, "")
    .split("/")
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment));
  if (segments[0] && routing.locales.some((locale) => locale === segments[0].toLowerCase())) segments.shift();
  const candidates = entries.filter((entry) => entry.locale === otherLocale(from.locale));
  const [year, month, day, ...rest] = segments;
  if (rest.length > 0 && /^\d{4}$/.test(year)) {
    const slug = foldSlug(rest.join("/"));
    const sameSlug = candidates.filter((entry) => entry.kind === "post" && entry.slug === slug);
    const date = `${year}/${month.padStart(2, "0")}/${day.padStart(2, "0")}`;
    return sameSlug.find((entry) => entry.day === date) ?? (sameSlug.length === 1 ? sameSlug[0] : undefined);
  }
  const slug = foldPermalink(segments.join("/"));
  return candidates.find((entry) => entry.kind === "page" && entry.slug === slug);
}

function pairAll(entries: Read[]): SourceEntry[] {
  const partner = new Map<Read, Read>();
  for (const entry of entries) {
    const found = entry.translationKey
      ? entries.find((other) => other.locale !== entry.locale && other.translationKey === entry.translationKey)
      : entry.transUrl
        ? named(entries, entry, entry.transUrl)
        : undefined;
    if (found) partner.set(entry, found);
  }
  // A Hugo page without a key is the translation of the page at the same place in the other folder.
  for (const entry of entries) {
    if (partner.has(entry) || !entry.treePath) continue;
    const found = entries.find(
      (other) => other.locale !== entry.locale && other.treePath === entry.treePath && !other.translationKey,
    );
    if (found) partner.set(entry, found);
  }
  // A file whose own trans_url names nothing still pairs with the file that names it.
  for (const entry of entries) {
    const namer = entries.find((other) => partner.get(other) === entry);
    if (!partner.has(entry) && namer) partner.set(entry, namer);
  }
  return entries.map(({ source, kind, locale, path: entryPath, title }, index) => ({
    source,
    kind,
    locale,
    path: entryPath,
    title,
    translation: partner.get(entries[index])?.source,
  }));
}

/** Every file of the tree that a production build publishes, with what its front matter and name say. */
export const tree: readonly SourceEntry[] = pairAll(readTree());

let contentTexts: string[] | undefined;

/**
 * Whether a content file of the tree holds `address` as written: a link an editor wrote with a language prefix
 * (`/fr/emplois/index.html`) that names no page of the tree leads nowhere on Hugo's site too.
 */
export function isWrittenInTree(address: string): boolean {
  contentTexts ??= filesUnder(hugoContent ?? treeRoot).map((file) => fs.readFileSync(file, "utf8"));
  const spellings = [address, decodedAddress(address)];
  return contentTexts.some((text) => spellings.some((spelling) => text.includes(spelling)));
}

function decodedAddress(address: string): string {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}

export function treeEntry(source: string): SourceEntry | undefined {
  return tree.find((entry) => entry.source === source);
}
