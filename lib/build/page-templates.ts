// Some of the department's pages held their words in their Hugo template, not
// in content: the 2022 strategy (`layout: cds-strategy`), the inclusive
// language lexicon, the merit criteria, every job posting's "Our hiring
// process", and the jobs page, whose template listed the postings between
// paragraphs of its own. Each is a file of `layouts/section/` that is mostly
// HTML. Hugo showed those words; so does this site, where it can run the
// template's `main` block (lib/build/template-runner.ts: values, `i18n`
// strings, `if`, `with`, `range` over the section's pages, and the body in its
// place; partials, the site's chrome, show nothing). A template that writes
// anything else is not run, and the page shows its body, as before.
import fs from "node:fs";
import path from "node:path";
import type { Draft } from "./drafts";
import type { FindingList } from "./findings";
import { i18nReader } from "./hugo-i18n";
import { summarize, visibleText } from "./render";
import type { RenderedBody } from "./render-cache";
import { KNOWN_LAYOUTS } from "./schema";
import { hugoValue, I18N_CALL, pageValue, runTemplate, type ListedPage } from "./template-runner";
import { isSectionIndex } from "./tree";

/** What a template reads of one page: its title, description and front matter, and the pages it may list. */
export type TemplatePage = {
  title: string;
  description?: string;
  fields: Record<string, unknown>;
  /** Hugo's `.Pages`: a section's pages and sections, in Hugo's order; nothing for a single page. */
  pages: readonly ListedPage[];
  /** Hugo's `.Site.RegularPages` of the page's language. */
  regularPages: () => readonly ListedPage[];
};

/** A page's template, ready to show: where it is, and its `main` block around a body. */
export type PageTemplate = {
  /** Relative to the site's root, as findings print it. */
  file: string;
  /** The file line the `main` block starts on. */
  line: number;
  /** Whether it shows the page's body (`{{ .Content }}`); Hugo left the body out where it did not. */
  showsBody: boolean;
  /**
   * The block as HTML for one page, `BODY_MARKER` where its body goes; undefined where it is not run, and
   * `onNotRead` is told what stopped it.
   */
  frame: (page: TemplatePage, onNotRead?: (what: string) => void) => string | undefined;
};

/**
 * Layouts this site draws that a tree's own template may draw instead: the
 * jobs page's template showed its postings with words of its own, where this
 * site's `careers` layout shows the postings alone.
 */
const LAYOUTS_A_TEMPLATE_MAY_DRAW: readonly string[] = ["careers"];

const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
/** A heading that only repeats the title: this site's page already has it as its heading. */
const TITLE_HEADING = /<h1\b[^>]*>\s*\{\{-?\s*\.(?:Title|Params\.title)\s*-?\}\}\s*<\/h1>/gi;
const OPENS_BLOCK = /^(if|with|range|block|define)\b/;
/** Where the body goes: a word no template holds, which rendering keeps as it is. */
const BODY_MARKER = "cdspagetemplatebodygoeshere";

/** The text of the `main` block and the line it starts on, or undefined where there is none. */
function mainBlockOf(text: string): { text: string; line: number } | undefined {
  // The heading goes, its lines kept, so that line numbers still name the file's lines.
  const source = text.replace(TITLE_HEADING, (heading) => heading.replace(/[^\n]/g, ""));
  const actions = [...source.matchAll(ACTION)];
  const start = actions.findIndex((match) => /^define\s+"main"$/.test(match[1].trim()));
  if (start < 0) return undefined;
  let depth = 0;
  for (const action of actions.slice(start + 1)) {
    const name = action[1].trim();
    if (name === "end" && depth === 0) {
      const from = actions[start].index + actions[start][0].length;
      return { text: source.slice(from, action.index), line: source.slice(0, actions[start].index).split("\n").length };
    }
    if (OPENS_BLOCK.test(name)) depth += 1;
    if (name === "end") depth -= 1;
  }
  return undefined;
}

/** The page as its template reads it, its body at `.Content`. */
const pageRoot = (page: TemplatePage) =>
  hugoValue({
    Title: page.title,
    Description: page.description,
    Params: page.fields,
    Content: BODY_MARKER,
    Pages: page.pages.map(pageValue),
    // Listed only where a template reads them: most templates list their section's pages, if any.
    Site: hugoValue({
      get RegularPages() {
        return page.regularPages().map(pageValue);
      },
    }),
  });

/**
 * A page's rendered template with its rendered body in its place. Each is
 * rendered on its own, so that what is wrong in either names its own file.
 */
export function inFrame(frame: RenderedBody, body: RenderedBody | undefined): RenderedBody {
  const html = frame.html.split(BODY_MARKER).join(body?.html ?? "");
  return { html, text: visibleText(html), summary: body?.summary || summarize(html) };
}

/**
 * The template Hugo 0.111 picks for a page (its `resolvePageTemplate`): folder
 * by folder (the page's type; for a section also its top section's name and
 * `section`; then `_default`), in each the page's language before none, and
 * names in order: its `layout`, then for a section its top section's name,
 * `section` and `list`, for a page `single`. Only a template named for the
 * page (its layout, or for a section its top section: the lexicon's, whose
 * file had no front matter) is the page's own; a generic one draws a list or a
 * page, as this site does.
 */
function ownTemplateFile(siteRoot: string, draft: Pick<Draft, "meta" | "file" | "locale">): string | undefined {
  const { layout } = draft.meta;
  const treePath = draft.file.treePath ?? "";
  const type = hugoTypeOf(draft);
  // Every section below the top one is looked up by its top section's name too, as Hugo reads `.Section`.
  const section = isSectionIndex(treePath) && treePath.includes("/") ? treePath.split("/")[0] : undefined;
  const own = [layout, section].filter((name) => name !== undefined);
  const names = [...own, ...(section ? ["section", "list"] : ["single"])];
  const folders = [...new Set([type, ...(section ? [section, "section"] : []), "_default"])];
  const variations = [`${draft.locale}.html`, "html", draft.locale, ""];
  const found = folders
    .flatMap((folder) =>
      variations.flatMap((variation) =>
        names.map((name) => ({
          name,
          file: `layouts/${folder}/${[name, variation, "html"].filter(Boolean).join(".")}`,
        })),
      ),
    )
    .find(({ file }) => fs.statSync(path.join(siteRoot, file), { throwIfNoEntry: false })?.isFile());
  return found && own.includes(found.name) ? found.file : undefined;
}

/** Hugo's type of a page: as written, else its top folder's name, else `page`. */
function hugoTypeOf(draft: Pick<Draft, "meta" | "file">): string {
  const folders = draft.file.treePath?.split("/").slice(0, -1) ?? [];
  return draft.meta.type ?? folders[0] ?? "page";
}

/**
 * Reads, once each, the templates that hold a page's words: of a Hugo page
 * whose `layout` this site does not draw itself (lib/build/hugo-pages.ts).
 */
export function pageTemplateReader(
  siteRoot: string | undefined,
  findings: FindingList,
): (draft: Pick<Draft, "meta" | "file" | "locale">) => PageTemplate | undefined {
  if (!siteRoot) return () => undefined;
  const read = new Map<string, PageTemplate | undefined>();
  const i18n = i18nReader(siteRoot, findings);
  const drawnHere: readonly string[] = KNOWN_LAYOUTS;
  return (draft) => {
    const { layout } = draft.meta;
    const drawnHereOnly = layout && drawnHere.includes(layout) && !LAYOUTS_A_TEMPLATE_MAY_DRAW.includes(layout);
    if (drawnHereOnly || draft.meta.type === "toolkit") return undefined;
    const file = ownTemplateFile(siteRoot, draft);
    if (!file) return undefined;
    const key = `${file} ${draft.locale}`;
    const translate = (name: string) => i18n(draft.locale, name);
    if (!read.has(key)) read.set(key, readTemplate(siteRoot, file, translate));
    return read.get(key);
  };
}

/** A template of the tree, read once for a language: `translate` gives that language's `i18n` strings. */
function readTemplate(siteRoot: string, file: string, translate: (key: string) => string): PageTemplate | undefined {
  const main = mainBlockOf(fs.readFileSync(path.join(siteRoot, file), "utf8"));
  if (!main) return undefined;
  // Only a template with words of its own is worth showing: one that wraps the body in a `<div>` adds nothing.
  // The strings it shows from `i18n/` are its words too: the coaching-and-advice page's template held no others.
  const ownText = main.text
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(
      ACTION,
      (_, action: string) => [...action.matchAll(I18N_CALL)].map((call) => translate(call[2])).join(" ") || " ",
    )
    .replace(/<[^>]*>/g, " ");
  if (!/\p{L}/u.test(ownText)) return undefined;
  return {
    file,
    line: main.line,
    showsBody: /\{\{-?\s*\.Content\b/.test(main.text),
    frame: (page, onNotRead) => runTemplate(main.text, pageRoot(page), { translate, chromePartials: true, onNotRead }),
  };
}
