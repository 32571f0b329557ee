// Hugo's `ref` and `relref` shortcodes name a page by its file: `legal/terms.md`,
// `/roadmap`, `a-page` beside the current one, `blog/posts/x.md#part`. Hugo
// looks the path up relative to the current page, then from the language's
// content folder, with or without the extension, a folder by its `_index`, and
// last by a file name no other page has; in any case. This finds the same page
// among the drafts (or the language's home or blog, which this site draws
// itself) and gives its address here.
import path from "node:path";
import type { Locale } from "@/i18n/routing";
import { HUGO_SPECIAL_FOLDERS } from "./tree";
import { blogPath, homePath } from "@/lib/urls";
import type { Draft } from "./drafts";

/** The address of the page a `ref` names, seen from the page that holds it (if a page does), in `language`. */
export type RefResolver = (target: string, language: Locale, from?: Draft) => string | undefined;

type Index = { byPath: Map<string, Draft>; byName: Map<string, Draft | "ambiguous"> };

const withoutExtension = (file: string) => file.replace(/\.[^./]+$/, "");

/** `languageDir(locale)` is the language's content folder, which paths in a `ref` are read from. */
export function hugoRefResolver(drafts: readonly Draft[], languageDir: (locale: Locale) => string): RefResolver {
  const indexes = new Map<Locale, Index>();
  const placeOf = (draft: Draft) =>
    path.relative(languageDir(draft.locale), draft.file.absolute).split(path.sep).join("/").toLowerCase();
  for (const draft of drafts) {
    const index = indexes.get(draft.locale) ?? { byPath: new Map(), byName: new Map() };
    indexes.set(draft.locale, index);
    const place = placeOf(draft);
    const bare = withoutExtension(place);
    const folderPage = /(^|\/)_?index$/.test(bare);
    for (const key of [bare, ...(folderPage ? [path.posix.dirname(place)] : [])]) {
      if (!index.byPath.has(key)) index.byPath.set(key, draft);
    }
    if (!folderPage) {
      const name = path.posix.basename(bare);
      index.byName.set(name, index.byName.has(name) ? "ambiguous" : draft);
    }
  }
  return (target, language, from) => {
    const [written, anchor] = target.split("#", 2);
    const suffix = anchor === undefined ? "" : `#${anchor}`;
    if (written.trim() === "") return from && from.path + suffix;
    const index = indexes.get(language);
    if (!index) return undefined;
    const asked = written.trim().toLowerCase();
    const here = from ? path.posix.dirname(placeOf(from)) : ".";
    const candidates = asked.startsWith("/") ? [asked.slice(1)] : [path.posix.join(here, asked), asked];
    for (const candidate of candidates) {
      const key = path.posix.normalize(candidate).replace(/^\.\/?|\/+$/g, "") || ".";
      const bare = withoutExtension(key);
      const found = (index.byPath.get(key) ?? index.byPath.get(bare))?.path ?? ownList(bare, language);
      if (found) return found + suffix;
    }
    const byName = index.byName.get(withoutExtension(path.posix.basename(asked)));
    return byName && byName !== "ambiguous" ? byName.path + suffix : undefined;
  };
}

/** The home and the blog, which Hugo wrote from `_index` files and this site draws itself. */
function ownList(key: string, language: Locale): string | undefined {
  if (key === "." || key === "_index") return homePath(language);
  const blog = HUGO_SPECIAL_FOLDERS.blog;
  return key === blog || key === `${blog}/_index` ? blogPath(language) : undefined;
}
