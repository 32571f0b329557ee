// Some of the department's pages held their words in their Hugo template, not
// in content: the 2022 strategy (`layout: cds-strategy`), the inclusive
// language lexicon, the merit criteria and every job posting's "Our hiring
// process", each a file of `layouts/section/` that is mostly HTML. Hugo showed
// those words; so does this site, where the page's own template is HTML around
// no more than its title, description, front matter values (`.Params.x`),
// `i18n` strings, partials (left out: the site's chrome), `if` and `with` on
// conditions (lib/build/template-conditions.ts), and its body. A template that
// computes anything else (`range`, variables, other functions) is not run, and
// the page shows its body, as before.
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "@/i18n/routing";
import { escapeHtml } from "@/lib/html";
import type { Draft } from "./drafts";
import type { FindingList } from "./findings";
import { translatedString } from "./hugo-site";
import { summarize, visibleText } from "./render";
import type { RenderedBody } from "./render-cache";
import { KNOWN_LAYOUTS } from "./schema";
import { isSectionIndex } from "./tree";
import { FIELD, evaluateCondition, isTruthy, parseCondition, type Condition } from "./template-conditions";

/** What a template shows of one page. */
export type TemplatePage = { title: string; description?: string; fields: Record<string, unknown> };

/** A page's template, ready to show: where it is, and its `main` block around a body. */
export type PageTemplate = {
  /** Relative to the site's root, as findings print it. */
  file: string;
  /** The file line the `main` block starts on. */
  line: number;
  /** Whether it shows the page's body (`{{ .Content }}`); Hugo left the body out where it did not. */
  showsBody: boolean;
  /** The block as HTML for one page, `BODY_MARKER` where its body goes. */
  frame: (page: TemplatePage) => string;
};

const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
/** A heading that only repeats the title: this site's page already has it as its heading. */
const TITLE_HEADING = /<h1\b[^>]*>\s*\{\{-?\s*\.(?:Title|Params\.title)\s*-?\}\}\s*<\/h1>/gi;
const OPENS_BLOCK = /^(if|with|range|block|define)\b/;
/** Where the body goes: a word no template holds, which rendering keeps as it is. */
const BODY_MARKER = "cdspagetemplatebodygoeshere";

type Token =
  | { kind: "text"; text: string }
  | { kind: "value"; field: string; raw: boolean }
  | { kind: "translated"; text: string; raw: boolean }
  | { kind: "open"; how: "if" | "with"; condition: Condition }
  | { kind: "else" }
  | { kind: "end" };

/** One action as a token, or undefined where this site does not run it. */
function tokenOf(action: string, i18n: (key: string) => string): Token | undefined {
  if (action.startsWith("/*")) return { kind: "text", text: "" };
  if (/^partial\s/.test(action)) return { kind: "text", text: "" };
  if (action === "end") return { kind: "end" };
  if (action === "else") return { kind: "else" };
  const opened = /^(if|with)\s+([\s\S]+)$/.exec(action);
  if (opened) {
    const condition = parseCondition(opened[2]);
    return condition && { kind: "open", how: opened[1] === "if" ? "if" : "with", condition };
  }
  const [expression, ...pipes] = action.split("|").map((part) => part.trim());
  if (pipes.some((pipe) => pipe !== "safeHTML")) return undefined;
  const raw = pipes.length > 0;
  const translated = /^i18n\s+"([^"]+)"$/.exec(expression);
  if (translated) return { kind: "translated", text: i18n(translated[1]), raw };
  if (FIELD.test(expression)) return { kind: "value", field: expression, raw };
  return undefined;
}

/** The tokens of the `main` block, or undefined where it holds an action this site does not run. */
function mainBlockOf(text: string, i18n: (key: string) => string): { tokens: Token[]; line: number } | undefined {
  // The heading goes, its lines kept, so that line numbers still name the file's lines.
  const source = text.replace(TITLE_HEADING, (heading) => heading.replace(/[^\n]/g, ""));
  const actions = [...source.matchAll(ACTION)];
  const start = actions.findIndex((match) => /^define\s+"main"$/.test(match[1].trim()));
  if (start < 0) return undefined;
  const tokens: Token[] = [];
  let depth = 0;
  for (let index = start + 1; index < actions.length; index += 1) {
    const previous = actions[index - 1];
    const current = actions[index];
    const between = source.slice((previous.index ?? 0) + previous[0].length, current.index);
    if (between) tokens.push({ kind: "text", text: between });
    const action = current[1].trim();
    if (action === "end" && depth === 0) {
      return { tokens, line: source.slice(0, actions[start].index).split("\n").length };
    }
    if (OPENS_BLOCK.test(action)) depth += 1;
    if (action === "end") depth -= 1;
    const token = tokenOf(action, i18n);
    if (!token) return undefined;
    tokens.push(token);
  }
  return undefined;
}

/** A front matter value as Hugo's `.Params` reads it: by its key in any case. */
function paramOf(fields: Record<string, unknown>, key: string): unknown {
  const lower = key.toLowerCase();
  return Object.entries(fields).find(([name]) => name.toLowerCase() === lower)?.[1];
}

/** What a value prints: text and numbers as they are; lists and groups, which Go prints as code, nothing. */
const printable = (value: unknown) =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";

function evaluate(tokens: readonly Token[], page: TemplatePage): string {
  const valueOf = (field: string, dot: unknown): unknown => {
    if (field === ".") return dot;
    if (field === ".Title") return page.title;
    if (field === ".Description") return page.description;
    if (field === ".Content") return BODY_MARKER;
    return paramOf(page.fields, field.slice(".Params.".length));
  };
  const stack: Array<{ shown: boolean; dot: unknown; outer: unknown }> = [];
  const showing = () => stack.every((frame) => frame.shown);
  const dot = () => stack.at(-1)?.dot;
  let output = "";
  for (const token of tokens) {
    if (token.kind === "open") {
      const value = evaluateCondition(token.condition, (field) => valueOf(field, dot()));
      stack.push({ shown: isTruthy(value), dot: token.how === "with" ? value : dot(), outer: dot() });
    } else if (token.kind === "else") {
      // `{{ with x }}…{{ else }}…`: the else branch sees the dot from outside.
      const frame = stack.at(-1);
      if (frame) Object.assign(frame, { shown: !frame.shown, dot: frame.outer });
    } else if (token.kind === "end") {
      stack.pop();
    } else if (!showing()) {
      continue;
    } else if (token.kind === "text") {
      output += token.text;
    } else if (token.kind === "translated") {
      output += token.raw ? token.text : escapeHtml(token.text);
    } else {
      const value = valueOf(token.field, dot());
      output += value === BODY_MARKER || token.raw ? printable(value) : escapeHtml(printable(value));
    }
  }
  return output;
}

/**
 * A page's rendered template with its rendered body in its place. Each is
 * rendered on its own, so that what is wrong in either names its own file.
 */
export function inFrame(frame: RenderedBody, body: RenderedBody | undefined): RenderedBody {
  const html = frame.html.split(BODY_MARKER).join(body?.html ?? "");
  return { html, text: visibleText(html), summary: body?.summary || summarize(html) };
}

/**
 * The template Hugo 0.111 picks for a page, folder by folder (its type's, for
 * a section `layouts/section/`, then `_default/`) and in each its `layout`,
 * then (for a section) its section's name, `section` and `list`, or (for a
 * page) `single`, each in the page's language first. Only a template named
 * for the page (its layout, or its section: the lexicon's, whose file had no
 * front matter) is the page's own; a generic one draws a list or a page, as
 * this site does.
 */
function ownTemplateFile(siteRoot: string, draft: Pick<Draft, "meta" | "file" | "locale">): string | undefined {
  const { layout } = draft.meta;
  const treePath = draft.file.treePath ?? "";
  const type = hugoTypeOf(draft);
  // A top section's own `_index` (`lexicon/_index.html`); a nested section's name Hugo reads otherwise.
  const section = treePath.split("/").length === 2 && isSectionIndex(treePath) ? treePath.split("/")[0] : undefined;
  const own = [layout, section].filter((name) => name !== undefined);
  const names = [...own, ...(section ? ["section", "list"] : ["single"])];
  const folders = [...new Set([type, ...(section ? ["section"] : []), "_default"])];
  const found = folders
    .flatMap((folder) =>
      names.flatMap((name) =>
        [`${name}.${draft.locale}.html`, `${name}.html`].map((file) => ({ name, file: `layouts/${folder}/${file}` })),
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
export function pageTemplateReader(siteRoot: string | undefined, findings: FindingList) {
  const read = new Map<string, PageTemplate | undefined>();
  const drawnHere: readonly string[] = KNOWN_LAYOUTS;
  return (draft: Pick<Draft, "meta" | "file" | "locale">): PageTemplate | undefined => {
    const { layout } = draft.meta;
    if (!siteRoot || (layout && drawnHere.includes(layout)) || draft.meta.type === "toolkit") return undefined;
    const file = ownTemplateFile(siteRoot, draft);
    if (!file) return undefined;
    const key = `${file} ${draft.locale}`;
    if (!read.has(key)) read.set(key, readTemplate(siteRoot, file, draft.locale, findings));
    return read.get(key);
  };
}

function readTemplate(siteRoot: string, file: string, locale: Locale, findings: FindingList): PageTemplate | undefined {
  const text = fs.readFileSync(path.join(siteRoot, file), "utf8");
  const main = mainBlockOf(text, (key) => translatedString(siteRoot, locale, key, findings) ?? "");
  if (!main) return undefined;
  // Only a template with words of its own is worth showing: one that wraps the body in a `<div>` adds nothing.
  const ownText = main.tokens.flatMap((token) => (token.kind === "text" ? [token.text] : [])).join(" ");
  if (!/\p{L}/u.test(ownText.replace(/<[^>]*>/g, " "))) return undefined;
  return {
    file,
    line: main.line,
    showsBody: main.tokens.some((token) => token.kind === "value" && token.field === ".Content"),
    frame: (page) => evaluate(main.tokens, page),
  };
}
