// Some of the department's pages held their words in their Hugo template, not
// in content: the 2022 strategy (`layout: cds-strategy`), the inclusive
// language lexicon, the merit criteria of job postings, each a file of
// `layouts/section/` that is plain HTML. Hugo showed those words; so does this
// site, where the page's own template is only HTML, its title, its `i18n`
// strings, its partials (left out: the site's chrome) and its body. A template
// that computes anything else (`range`, `if`, `.Params`) is not run, and the
// page shows its body, as before.
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "@/i18n/routing";
import { escapeHtml } from "@/lib/html";
import type { Draft } from "./drafts";
import type { FindingList } from "./findings";
import { translatedString } from "./hugo-site";
import { KNOWN_LAYOUTS } from "./schema";

/** A page's template, ready to show: where it is, and its `main` block around a body. */
export type PageTemplate = {
  /** Relative to the site's root, as findings print it. */
  file: string;
  /** The file line the `main` block starts on. */
  line: number;
  /** Whether it shows the page's body (`{{ .Content }}`), which Hugo leaves out where it does not. */
  showsBody: boolean;
  /** The block as HTML, with the page's title and its body (HTML) in their places. */
  around: (title: string, bodyHtml: string) => string;
};

const MAIN_BLOCK = /\{\{-?\s*define\s+"main"\s*-?\}\}([\s\S]*?)\{\{-?\s*end\s*-?\}\}/;
const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
/** A heading that only repeats the title: this site's page already has it as its heading. */
const TITLE_HEADING = /<h1\b[^>]*>\s*\{\{-?\s*\.Title\s*-?\}\}\s*<\/h1>/gi;
const CONTENT = "\u0000content\u0000";
const TITLE = "\u0000title\u0000";

/** What one action of a template prints, or undefined where this site does not run it. */
function printed(action: string, i18n: (key: string) => string): string | undefined {
  if (action.startsWith("/*")) return "";
  if (action === ".Content") return CONTENT;
  if (action === ".Title") return TITLE;
  if (/^partial\s/.test(action)) return "";
  const translated = /^i18n\s+"([^"]+)"\s*(\|\s*safeHTML)?$/.exec(action);
  if (translated) return translated[2] ? i18n(translated[1]) : escapeHtml(i18n(translated[1]));
  return undefined;
}

/**
 * The template Hugo 0.111 picks for a page whose front matter names its
 * `layout` and (or by its folder) its `type`: `layouts/{type}/{layout}.{lang}.html`,
 * then without the language; `layouts/_default/` only where no `layouts/{type}/` exists.
 */
function templateFile(siteRoot: string, type: string, layout: string, locale: Locale): string | undefined {
  const folders = fs.existsSync(path.join(siteRoot, "layouts", type)) ? [type] : ["_default"];
  return folders
    .flatMap((folder) => [`${layout}.${locale}.html`, `${layout}.html`].map((name) => `layouts/${folder}/${name}`))
    .find((file) => fs.statSync(path.join(siteRoot, file), { throwIfNoEntry: false })?.isFile());
}

/** Hugo's type of a page: as written, else its top folder's name, else `page`. */
function hugoTypeOf(draft: Pick<Draft, "meta" | "file">): string {
  const folders = draft.file.treePath?.split("/").slice(0, -1) ?? [];
  return draft.meta.type ?? folders[0] ?? "page";
}

/**
 * Reads, once each, the templates that hold a page's words as HTML: of a Hugo
 * page whose `layout` this site does not draw itself (lib/build/hugo-pages.ts).
 */
export function pageTemplateReader(siteRoot: string | undefined, findings: FindingList) {
  const read = new Map<string, PageTemplate | undefined>();
  const drawnHere: readonly string[] = KNOWN_LAYOUTS;
  return (draft: Pick<Draft, "meta" | "file" | "locale">): PageTemplate | undefined => {
    const { layout } = draft.meta;
    if (!siteRoot || !layout || drawnHere.includes(layout) || draft.meta.type === "toolkit") return undefined;
    const file = templateFile(siteRoot, hugoTypeOf(draft), layout, draft.locale);
    if (!file) return undefined;
    const key = `${file} ${draft.locale}`;
    if (!read.has(key)) read.set(key, readTemplate(siteRoot, file, draft.locale, findings));
    return read.get(key);
  };
}

function readTemplate(siteRoot: string, file: string, locale: Locale, findings: FindingList): PageTemplate | undefined {
  const text = fs.readFileSync(path.join(siteRoot, file), "utf8");
  const main = MAIN_BLOCK.exec(text);
  if (!main) return undefined;
  const i18n = (key: string) => translatedString(siteRoot, locale, key, findings) ?? "";
  let runnable = true;
  const html = main[1].replace(TITLE_HEADING, "").replace(ACTION, (_, action: string) => {
    const output = printed(action.trim(), i18n);
    if (output === undefined) runnable = false;
    return output ?? "";
  });
  // Only a template with words of its own is worth showing: one that wraps the body in a `<div>` adds nothing.
  const words = html.replace(/<[^>]*>/g, " ").replace(new RegExp(`${CONTENT}|${TITLE}`, "g"), " ");
  if (!runnable || !/\p{L}/u.test(words)) return undefined;
  const line = text.slice(0, main.index).split("\n").length;
  return {
    file,
    line,
    showsBody: html.includes(CONTENT),
    around: (title, bodyHtml) => html.split(TITLE).join(escapeHtml(title)).split(CONTENT).join(bodyHtml),
  };
}
