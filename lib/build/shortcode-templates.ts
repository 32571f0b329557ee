// A shortcode template that computes what it shows from the page's front matter
// or the site's pages (the 2024 toolkit prototype's `toolkit/resources` listed
// the page's `resources`, its `toolkit/topics` the pages of a topic), run as far
// as the department wrote Hugo's template language in them: text, values,
// `$variables` (`:=`, `=`), `if`, `with` and `range` with `else` and `end`
// (conditions as lib/build/template-conditions.ts reads them), and `where
// .Site.RegularPages ".Params.key" value`. Values: the shortcode's `.Get "x"`
// and `.Params.x`, the page's `$.Page.Params.x`, `.Title` and `.Description`,
// a listed page's `.Title`, `.Description`, `.Permalink` and `.Params.x`, an
// entry's `.field`. A template that writes anything else, or its own `.Inner`,
// is not run: the caller says so, as before.
import { escapeHtml } from "@/lib/html";
import { isRecord } from "./frontmatter";
import { evaluateCondition, isTruthy, parseCondition, sameKey, type Condition } from "./template-conditions";

/** A page as a template lists it. */
export type ListedPage = { title: string; description?: string; path: string; fields: Record<string, unknown> };

/** What a shortcode's template may read: its own parameters, its page, and the language's regular pages in Hugo's order. */
export type ShortcodeScope = {
  named: ReadonlyMap<string, string>;
  positional: readonly string[];
  page: ListedPage;
  pages: readonly ListedPage[];
};

type Source = { kind: "value"; value: Condition } | { kind: "where"; key: string; value: Condition };
type Node =
  | { kind: "text"; text: string }
  | { kind: "output"; value: Condition; raw: boolean }
  | { kind: "assign"; name: string; value: Condition }
  | { kind: "block"; how: "if" | "with"; test: Condition; body: Node[]; otherwise: Node[] }
  | { kind: "range"; source: Source; body: Node[]; otherwise: Node[] };

const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
/** A value: a path from `.`, from `$` (the shortcode), or from a variable. */
const VALUE = /^(\.|(\$\w*)?(\.[\w-]+)+|\$\w+)$/;

/** Thrown where a template reads what this site does not: the template is then not run. */
class NotRead extends Error {}

/** The template's output for one use, on one line, or undefined where it is not run. */
export function runShortcodeTemplate(template: string, scope: ShortcodeScope): string | undefined {
  if (/\.Inner\b/.test(template)) return undefined;
  try {
    const root = shortcodeRoot(scope);
    const html = render(parse(template), { dot: root, root, variables: new Map() });
    // One line, in a block of its own: markdown leaves it as HTML, and the lines below keep their numbers.
    return `<div>${html.replace(/\s*\n\s*/g, " ").trim()}</div>`;
  } catch (error) {
    if (error instanceof NotRead) return undefined;
    throw error;
  }
}

function parse(template: string): Node[] {
  const root: Node[] = [];
  const stack: Array<{ body: Node[]; otherwise: Node[]; inElse: boolean }> = [
    { body: root, otherwise: [], inElse: false },
  ];
  const current = () => {
    const top = stack[stack.length - 1];
    return top.inElse ? top.otherwise : top.body;
  };
  let last = 0;
  for (const match of template.matchAll(ACTION)) {
    current().push({ kind: "text", text: template.slice(last, match.index) });
    last = match.index + match[0].length;
    const action = match[1].replace(/\.Get\s+"([\w-]+)"/g, ".Params.$1").replace(/\.Get\s+(\d+)/g, ".Positional.$1");
    if (action.startsWith("/*")) continue;
    if (action === "end" || action === "else") {
      const top = stack.pop();
      if (!top || stack.length === 0) throw new NotRead();
      if (action === "else") stack.push({ ...top, inElse: true });
      continue;
    }
    const opened = /^(if|with|range)\s+([\s\S]+)$/.exec(action);
    const assigned = /^\$(\w+)\s*:?=\s*([\s\S]+)$/.exec(action);
    if (opened) {
      const block = { body: [] as Node[], otherwise: [] as Node[] };
      const how = opened[1];
      current().push(
        how === "range"
          ? { kind: "range", source: sourceOf(opened[2]), ...block }
          : { kind: "block", how: how === "if" ? "if" : "with", test: conditionOf(opened[2]), ...block },
      );
      stack.push({ ...block, inElse: false });
    } else if (assigned) {
      current().push({ kind: "assign", name: assigned[1], value: conditionOf(assigned[2]) });
    } else {
      const [value, ...pipes] = action.split("|").map((part) => part.trim());
      if (pipes.some((pipe) => pipe !== "safeHTML")) throw new NotRead();
      current().push({ kind: "output", value: conditionOf(value), raw: pipes.length > 0 });
    }
  }
  if (stack.length !== 1) throw new NotRead();
  root.push({ kind: "text", text: template.slice(last) });
  return root;
}

function conditionOf(text: string): Condition {
  const condition = parseCondition(text, (word) => VALUE.test(word));
  if (!condition) throw new NotRead();
  return condition;
}

function sourceOf(text: string): Source {
  const where = /^where\s+\.Site\.RegularPages\s+"\.?Params\.([\w-]+)"\s+(.+)$/.exec(text);
  if (where) return { kind: "where", key: where[1], value: conditionOf(where[2]) };
  return { kind: "value", value: conditionOf(text) };
}

type Context = { dot: unknown; root: unknown; variables: Map<string, unknown> };

function render(nodes: readonly Node[], context: Context): string {
  let html = "";
  for (const node of nodes) {
    if (node.kind === "text") html += node.text;
    else if (node.kind === "output") html += printed(valueOf(node.value, context), node.raw);
    else if (node.kind === "assign") context.variables.set(node.name, valueOf(node.value, context));
    else if (node.kind === "block") {
      const value = valueOf(node.test, context);
      const inner = node.how === "with" && isTruthy(value) ? { ...context, dot: value } : context;
      html += render(isTruthy(value) ? node.body : node.otherwise, inner);
    } else {
      const items = itemsOf(node.source, context);
      html +=
        items.length > 0
          ? items.map((item) => render(node.body, { ...context, dot: item })).join("")
          : render(node.otherwise, context);
    }
  }
  return html;
}

function itemsOf(source: Source, context: Context): unknown[] {
  if (source.kind === "value") {
    const value = valueOf(source.value, context);
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new NotRead();
    return value;
  }
  const wanted = valueOf(source.value, context);
  if (wanted === undefined || wanted === null) return [];
  const pages = lookUp(context.root, ["Site", "RegularPages"]);
  if (!Array.isArray(pages)) throw new NotRead();
  return pages.filter((page) => isRecord(page) && lookUp(page, ["Params", source.key]) === wanted);
}

function valueOf(condition: Condition, context: Context): unknown {
  return evaluateCondition(condition, (name) => {
    if (name === ".") return context.dot;
    const [head, ...path] = name.split(".");
    if (head === "") return lookUp(context.dot, path);
    if (head === "$") return lookUp(context.root, path);
    const variable = head.slice(1);
    if (!context.variables.has(variable)) throw new NotRead();
    return lookUp(context.variables.get(variable), path);
  });
}

/** A path in a value: an entry's keys in any case, as Hugo reads front matter. */
function lookUp(value: unknown, path: readonly string[]): unknown {
  let found = value;
  for (const name of path) {
    if (!isRecord(found)) throw new NotRead();
    const key = Object.keys(found).find((each) => sameKey(each, name));
    found = key === undefined ? undefined : found[key];
  }
  return found;
}

function printed(value: unknown, raw: boolean): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") throw new NotRead();
  return raw ? String(value) : escapeHtml(String(value));
}

/** A page as its template reads it: `.Title`, `.Description`, `.Permalink`, `.RelPermalink`, `.Params`. */
const pageValue = (page: ListedPage) => ({
  Title: page.title,
  Description: page.description,
  Permalink: page.path,
  RelPermalink: page.path,
  Params: page.fields,
});

/** The shortcode as its template reads it: its parameters, its page, and the site's regular pages. */
const shortcodeRoot = (scope: ShortcodeScope) => ({
  Params: Object.fromEntries(scope.named),
  Positional: Object.fromEntries(scope.positional.map((value, index) => [String(index), value])),
  Page: pageValue(scope.page),
  Site: { RegularPages: scope.pages.map(pageValue) },
});
