// Finds the content files of a tree in either layout the CDS editors used:
// Jekyll (`_posts/{en,fr}/YYYY-MM-DD-slug.md|.html`, static pages under
// `_pages/{en,fr}/`, or either folder itself with the language in `lang:`, images under `assets/`), or Hugo (`content/{en,fr}/blog/**.md`,
// the date in front matter, translations paired by `translationKey`).
import fs from "node:fs";
import path from "node:path";
import { isLocale, routing, type Locale } from "@/i18n/routing";
import { hasFrontMatter } from "./frontmatter";
import { readRefresh } from "./refresh";

export type SourceFile = {
  /** A stub is a Hugo file with no front matter that only redirects (`<meta http-equiv="refresh">`). */
  kind: "post" | "page" | "stub";
  locale: Locale;
  /** Absolute path on disk. */
  absolute: string;
  /** Path relative to the tree's root, as findings print it. */
  relative: string;
  /** How the file names its translation. */
  pairing: "trans_url" | "translationKey";
  /** Hugo: the path below the language's folder (`jobs/_index.html`), by which pages without a key pair. */
  treePath?: string;
  /** A Hugo post's path below the language's folder (`blog/posts/name.md`), from which Hugo's permalink is made. */
  postTreePath?: string;
};

/** Whether a file is read by Hugo's rules (a Hugo tree, paired by `translationKey`) rather than Jekyll's. */
export const isHugoFile = (file: Pick<SourceFile, "pairing">) => file.pairing === "translationKey";

/** Whether a Hugo file is a section's own `_index` (at any depth), not a page of the section. */
export const isSectionIndex = (treePath: string) => /^_index\./i.test(path.posix.basename(treePath));

/** The Hugo folders of a language that are not pages: posts, tags' own files, and product records. */
export const HUGO_SPECIAL_FOLDERS = { blog: "blog", tags: "tags", products: "our-products" } as const;

/**
 * The content files Hugo 0.111 renders itself (hugofs/files' list): markdown
 * and HTML, their extensions in lower case as written; it copies `page.MD` as
 * a file. Jekyll reads markdown and HTML in any case.
 */
const HUGO_CONTENT_FILE = /\.(md|mdown|markdown|html|htm)$/;
const JEKYLL_CONTENT_FILE = /\.(md|markdown|html)$/i;
/** Whether Hugo reads a file as content (markdown or HTML), wherever it stands: posts, products and tags' files too. */
export const isHugoContentFile = (treePath: string) => HUGO_CONTENT_FILE.test(treePath);

/**
 * What Hugo passes over in a content folder, as if it were not there: a file or
 * folder whose name starts with `.` or `#` (macOS's `._post.md`, an editor's
 * lock file) and a file whose name ends with `~` (a backup).
 */
export const isIgnoredByHugo = (treePath: string) => /(^|[\\/])[.#]|~$/.test(treePath);

/** The content files under `dir` that Hugo read (not passed over for their names), relative to it. */
export const hugoContentFilesIn = (dir: string) =>
  listFiles(dir).filter((file) => isHugoContentFile(file) && !isIgnoredByHugo(file));

/**
 * `sectionsDisabled`: the config disables Hugo's section pages (`disableKinds: [section]`, the department's until
 * 2019), so Hugo wrote no list over a folder's redirect stub named `index.html`.
 */
export function findSourceFiles(root: string, { sectionsDisabled = false } = {}): SourceFile[] {
  const hugoContent = hugoContentDir(root);
  return hugoContent ? findHugoFiles(root, hugoContent, sectionsDisabled) : findJekyllFiles(root);
}

/** The Hugo blog sections' own pages (`{locale}/blog/_index.md` or `.html`, `type: section`): none in a Jekyll tree. */
export function findSectionFiles(root: string): Array<{ locale: Locale; absolute: string; relative: string }> {
  const content = hugoContentDir(root);
  if (!content) return [];
  return routing.locales.flatMap((locale) => {
    const blog = path.join(content, locale, "blog");
    const own = fs.existsSync(blog)
      ? fs
          .readdirSync(blog)
          .filter((name) => isSectionIndex(name) && isHugoContentFile(name))
          .sort()
      : [];
    if (own.length === 0) return [];
    const absolute = path.join(blog, own[0]);
    return [{ locale, absolute, relative: path.relative(root, absolute) }];
  });
}

export function hugoContentDir(root: string): string | undefined {
  return [path.join(root, "content"), root].find((dir) =>
    routing.locales.some((locale) => fs.existsSync(path.join(dir, locale, "blog"))),
  );
}

/**
 * Hugo: every page under `{locale}/blog/` is a post, but `_index.md` (a
 * section page) and a redirect stub; every other file of the language's folder
 * is a page (or a redirect stub), but tags' own files and product records.
 */
function findHugoFiles(root: string, content: string, sectionsDisabled: boolean): SourceFile[] {
  return routing.locales.flatMap((locale) => {
    const dir = path.join(content, locale);
    const treePaths = listFiles(dir).filter((treePath) => !isIgnoredByHugo(treePath));
    const bundles = leafBundles(dir, treePaths);
    const listed = sectionsDisabled ? new Set(["."]) : listedFolders(dir, treePaths);
    return treePaths.flatMap((treePath): SourceFile[] => {
      const [top, ...below] = treePath.split(path.sep);
      const absolute = path.join(dir, treePath);
      const file = { locale, absolute, relative: path.relative(root, absolute), pairing: "translationKey" as const };
      const posixPath = treePath.split(path.sep).join("/");
      if (bundleHolding(treePath, bundles)) {
        // Hugo copied a stub among a page's files with them (resources.ts): it is a stub here, as anywhere.
        return isHugoPlainHtml(absolute) && isRedirectStub(absolute)
          ? [{ ...file, kind: "stub", treePath: posixPath }]
          : [];
      }
      // A stub named `index.html` where Hugo wrote a list (the home, a section) was written over by that list.
      if (/^index\.html?$/i.test(path.basename(treePath)) && listed.has(path.dirname(treePath))) {
        if (isRedirectStub(absolute)) return [];
      }
      if (top === HUGO_SPECIAL_FOLDERS.blog) {
        if (!isHugoContentFile(treePath) || isSectionIndex(treePath)) return [];
        // An HTML redirect stub among the posts is a stub, as anywhere: Hugo copied it at its own name. (A markdown
        // file it rendered as a post, so the posts' markdown is not read here a second time.)
        const isStub = /\.html?$/i.test(treePath) && isRedirectStub(absolute);
        return [
          isStub ? { ...file, kind: "stub", treePath: posixPath } : { ...file, kind: "post", postTreePath: posixPath },
        ];
      }
      if (top === HUGO_SPECIAL_FOLDERS.tags || !isHugoContentFile(treePath)) return [];
      if (top === HUGO_SPECIAL_FOLDERS.products && below.length > 0 && !/^_?index\./.test(path.basename(treePath))) {
        // The records are cards (hugo-site.ts); a redirect stub among them is a stub, as anywhere.
        return isRedirectStub(absolute) ? [{ ...file, kind: "stub", treePath: posixPath }] : [];
      }
      return [{ ...file, kind: isRedirectStub(absolute) ? "stub" : "page", treePath: posixPath }];
    });
  });
}

/**
 * A folder with an `index` file and no `_index` is a leaf bundle to Hugo: the
 * other content files in it, at any depth, are files of that one page, and
 * Hugo publishes none of them as a page. Hugo reads the languages' folders as
 * one tree: an `_index` in any language's folder makes it a section in every
 * language (checked with Debian's hugo).
 */
function leafBundles(languageDir: string, treePaths: readonly string[]): Set<string> {
  const sections = hugoSectionFolders(path.dirname(languageDir));
  const withIndex = new Set<string>();
  for (const treePath of treePaths) {
    const dir = path.dirname(treePath);
    if (dir === "." || !isHugoContentFile(treePath)) continue;
    if (/^index\./i.test(path.basename(treePath)) && isHugoPage(path.join(languageDir, treePath))) withIndex.add(dir);
  }
  return new Set([...withIndex].filter((dir) => !sections.has(dir.split(path.sep).join("/"))));
}

/** The folders (`legal/notices`) where any of `locales` in a Hugo content folder has an `_index` page, draft or not. */
export function hugoSectionFolders(content: string, locales: readonly Locale[] = routing.locales): Set<string> {
  return new Set(
    locales.flatMap((locale) => {
      const languageDir = path.join(content, locale);
      return listFiles(languageDir)
        .filter((treePath) => !isIgnoredByHugo(treePath) && isHugoContentFile(treePath) && isSectionIndex(treePath))
        .filter((treePath) => isHugoPage(path.join(languageDir, treePath)))
        .map((treePath) => path.dirname(treePath).split(path.sep).join("/"));
    }),
  );
}

/** The leaf bundle whose page a content file belongs to (it is not that bundle's `index`), if any. */
function bundleHolding(treePath: string, bundles: ReadonlySet<string>): string | undefined {
  if (!isHugoContentFile(treePath)) return undefined;
  const dir = path.dirname(treePath);
  // A bundle's own index is its page; it is a file of another page only inside an enclosing bundle.
  for (let folder = /^index\./i.test(path.basename(treePath)) ? path.dirname(dir) : dir; folder !== ".";) {
    if (bundles.has(folder)) return folder;
    folder = path.dirname(folder);
  }
  return undefined;
}

/** Content files Hugo passed over for their names (`#draft.md`, macOS's `._post.md`), for a warning. */
export function hugoIgnoredContentFiles(root: string): string[] {
  const content = hugoContentDir(root);
  if (!content) return [];
  return routing.locales.flatMap((locale) => {
    const dir = path.join(content, locale);
    return listFiles(dir)
      .filter((treePath) => isIgnoredByHugo(treePath) && isHugoContentFile(treePath))
      .map((treePath) => path.relative(root, path.join(dir, treePath)));
  });
}

/** Content files Hugo read as files of a leaf bundle's page, not as pages: each with its bundle's folder, for a warning. */
export function hugoBundledFiles(root: string): Array<{ relative: string; bundle: string }> {
  const content = hugoContentDir(root);
  if (!content) return [];
  return routing.locales.flatMap((locale) => {
    const dir = path.join(content, locale);
    const treePaths = listFiles(dir).filter((treePath) => !isIgnoredByHugo(treePath));
    const bundles = leafBundles(dir, treePaths);
    return treePaths.flatMap((treePath) => {
      // An HTML document Hugo copied as a file, a stub's among them, was published with the page's files.
      const bundle = isHugoPlainHtml(path.join(dir, treePath)) ? undefined : bundleHolding(treePath, bundles);
      return bundle
        ? [
            {
              relative: path.relative(root, path.join(dir, treePath)),
              bundle: path.relative(root, path.join(dir, bundle)),
            },
          ]
        : [];
    });
  });
}

/**
 * The folders Hugo wrote a list for, at the folder's own address: the
 * language's home, a folder with an `_index`, and a top-level folder holding
 * a page.
 */
function listedFolders(languageDir: string, treePaths: readonly string[]): Set<string> {
  const listed = new Set(["."]);
  for (const treePath of treePaths) {
    if (!isHugoContentFile(treePath)) continue;
    if (isSectionIndex(treePath) && isHugoPage(path.join(languageDir, treePath))) listed.add(path.dirname(treePath));
    const [top, ...below] = treePath.split(path.sep);
    // One page is enough: the folder's other HTML files need not be read for their front matter.
    if (below.length > 0 && !listed.has(top) && isHugoPage(path.join(languageDir, treePath))) listed.add(top);
  }
  return listed;
}

/**
 * Whether Hugo 0.111 rendered a content file as a page: not an HTML file it
 * copied as it was (isHugoPlainHtml). Such an `index.html` makes no bundle of
 * its folder, and such an `_index.html` no section.
 */
function isHugoPage(absolute: string): boolean {
  return !isHugoPlainHtml(absolute);
}

/** Go's unicode.IsSpace, which Hugo skips before an HTML file's first character; not a byte order mark. */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/**
 * Whether Hugo 0.111 took a content file for an HTML document and copied it as
 * a file, as it copies a PDF, not as a page (hugofs/files' classifier): an
 * `.html` or `.htm` file whose first character after white space is `<` but
 * not an HTML comment's `<!--` (which may hide front matter), or that is empty.
 * A redirect stub is such a file, whatever its name (`_index.html` too).
 */
export function isHugoPlainHtml(absolute: string): boolean {
  if (!/\.html?$/.test(absolute)) return false;
  const text = fs.readFileSync(absolute, "utf8");
  let start = 0;
  while (start < text.length && GO_SPACE.test(text[start])) start += 1;
  if (start === text.length) return true;
  return text[start] === "<" && !text.startsWith("<!--", start);
}

/**
 * A file with no front matter that holds a `<meta http-equiv="refresh">`, in any spelling a browser follows. (Hugo
 * rendered one whose words come before the tag as a page, whose readers the tag sent on: a stub here too.)
 */
export function isRedirectStub(absolute: string): boolean {
  const text = fs.readFileSync(absolute, "utf8");
  return !hasFrontMatter(text) && /http-equiv/i.test(text) && readRefresh(text) !== undefined;
}

/** The root of a Hugo site (holding `content/`, `config/`, `data/`, `static/`), if `root` is or holds one. */
export function hugoSiteRoot(root: string): string | undefined {
  const content = hugoContentDir(root);
  return content && path.basename(content) === "content" ? path.dirname(content) : undefined;
}

export function hugoLanguageDir(root: string, locale: Locale): string | undefined {
  const content = hugoContentDir(root);
  return content && path.join(content, locale);
}

function findJekyllFiles(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const [kind, folder] of [
    ["post", "_posts"],
    ["page", "_pages"],
  ] as const) {
    const dir = path.join(root, folder);
    for (const relativeToDir of listFiles(dir)) {
      if (!JEKYLL_CONTENT_FILE.test(relativeToDir)) continue;
      const absolute = path.join(dir, relativeToDir);
      const relative = path.relative(root, absolute);
      const folder = relative.split(path.sep)[1] ?? "";
      const locale = isLocale(folder) ? folder : jekyllLocaleOf(absolute);
      files.push({ kind, locale, absolute, relative, pairing: "trans_url" });
    }
  }
  return files;
}

/** Whether a Jekyll file sits in its language's folder (`_posts/fr/…`), which then says its language. */
export const isInLanguageFolder = (file: Pick<SourceFile, "relative">) =>
  isLocale(file.relative.split(path.sep)[1] ?? "");

/**
 * The language of a Jekyll file outside `en/` and `fr/` (the department's
 * first posts and pages, July 2017, sat in `_posts/` and `_pages/`): Jekyll read
 * every file of those folders, and its `lang:` said its language; English without one.
 */
function jekyllLocaleOf(absolute: string): Locale {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(absolute, "utf8"))?.[1] ?? "";
  const lang = /^lang:[ \t]*["']?([a-z]+)/m.exec(frontMatter)?.[1];
  return lang !== undefined && isLocale(lang) ? lang : routing.defaultLocale;
}

/** Every file below `dir`, relative to it, sorted so findings come in a stable order. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

export function assetsDir(root: string): string {
  return path.join(root, "assets");
}

/** A Hugo site's `static/`, served at the site's root, if it has one. */
export function hugoStaticDir(root: string): string | undefined {
  const siteRoot = hugoSiteRoot(root);
  const dir = siteRoot && path.join(siteRoot, "static");
  return dir && fs.existsSync(dir) ? dir : undefined;
}
