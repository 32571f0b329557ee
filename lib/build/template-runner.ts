// Hugo's template language, run as far as the department wrote it in the
// templates whose words or lists a reader saw: a shortcode's (the 2024 toolkit
// prototype's `toolkit/resources` listed the page's `resources`) and a page's
// own (the jobs page listed its postings between paragraphs of its own). Read:
// text, values, `$variables` (`:=`, `=`), `if`, `with` and `range` (`$i, $v :=`
// too) with `else`, `else if` and `end`, the expressions of
// lib/build/template-conditions.ts, `i18n "key"`, and `safeHTML`. An HTML
// comment shows nothing (Hugo's html/template drops them), nor, in a page's
// template, does a partial outside a list: the site's chrome (menu, mailing
// list), which this site draws. A partial that draws each page of a list, or
// one in a shortcode, draws content this site cannot run. A template that
// writes anything else is not run, and its caller says so.
import { escapeHtml } from "@/lib/html";
import { isRecord } from "./frontmatter";
import { evaluateCondition, isTruthy, keyNamed, parseCondition, type Condition } from "./template-conditions";

/** A page as a template lists it; `section` is its top folder, Hugo's `.Section`. */
export type ListedPage = {
  title: string;
  description?: string;
  path: string;
  section?: string;
  fields: Record<string, unknown>;
};

/**
 * Values of Hugo's own making (a page, the site), whose every key this site
 * knows: a key it lacks is one Hugo has and this site does not read (`.Summary`,
 * `.Paginator`), so the template is not run. A front-matter map is open: a key
 * it lacks is nothing, as in Hugo.
 */
const hugoValues = new WeakSet<object>();
export function hugoValue<T extends object>(value: T): T {
  hugoValues.add(value);
  return value;
}

type Block = { body: Node[]; otherwise: Node[] };
type Node =
  | { kind: "text"; text: string }
  | { kind: "output"; value: Condition; raw: boolean }
  | { kind: "assign"; name: string; value: Condition }
  | ({ kind: "block"; how: "if" | "with"; test: Condition } & Block)
  | ({ kind: "range"; source: Condition; index?: string; item?: string } & Block);

const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
/** A value: a path from `.`, from `$` (the template's root), or from a variable. */
const VALUE = /^(\.|(\$\w*)?(\.[\w-]+)+|\$\w+)$/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;

/** Thrown where a template reads what this site does not (`what`, once known): the template is then not run. */
class NotRead extends Error {
  constructor(readonly what?: string) {
    super(what);
  }
}

/**
 * How a template is run: with the language's `i18n` strings, whether a partial
 * outside a list is chrome, and who is told what stopped a template not run.
 */
export type RunOptions = {
  translate?: (key: string) => string;
  chromePartials?: boolean;
  onNotRead?: (what: string) => void;
};

/** The template's output with `root` as its dot and `$`, or undefined where it is not run. */
export function runTemplate(
  template: string,
  root: Record<string, unknown>,
  options: RunOptions = {},
): string | undefined {
  try {
    return render(parse(template.replace(HTML_COMMENT, ""), options), { dot: root, root, variables: new Map() });
  } catch (error) {
    if (!(error instanceof NotRead)) throw error;
    options.onNotRead?.(error.what ?? "what this site does not read");
    return undefined;
  }
}

/** A page as a template reads it: `.Title`, `.Description`, `.Permalink`, `.RelPermalink`, `.Section`, `.Params`. */
export const pageValue = (page: ListedPage) =>
  hugoValue({
    Title: page.title,
    Description: page.description,
    Permalink: page.path,
    RelPermalink: page.path,
    Section: page.section ?? "",
    Params: page.fields,
  });

type Frame = Block & { inElse: boolean; chained: boolean; inList: boolean };

function parse(template: string, { translate, chromePartials = false }: RunOptions): Node[] {
  const root: Node[] = [];
  const stack: Frame[] = [{ body: root, otherwise: [], inElse: false, chained: false, inList: false }];
  const current = () => {
    const top = stack[stack.length - 1];
    return top.inElse ? top.otherwise : top.body;
  };
  const open = (how: string, rest: string, chained: boolean) => {
    const block: Block = { body: [], otherwise: [] };
    const ranged = /^(?:\$(\w+)\s*(?:,\s*\$(\w+)\s*)?:=\s*)?([\s\S]+)$/.exec(rest);
    if (how === "range" && ranged) {
      const [, first, second, source] = ranged;
      current().push({
        kind: "range",
        source: conditionOf(source),
        index: second ? first : undefined,
        item: second ?? first,
        ...block,
      });
    } else {
      current().push({ kind: "block", how: how === "if" ? "if" : "with", test: conditionOf(rest), ...block });
    }
    stack.push({ ...block, inElse: false, chained, inList: how === "range" || stack[stack.length - 1].inList });
  };
  let last = 0;
  const parseAction = (match: RegExpExecArray) => {
    current().push({ kind: "text", text: template.slice(last, match.index) });
    last = match.index + match[0].length;
    const action = translated(
      match[1].replace(/\.Get\s+"([\w-]+)"/g, ".Params.$1").replace(/\.Get\s+(\d+)/g, ".Positional.$1"),
      translate,
    );
    if (action.startsWith("/*")) return;
    if (/^partial\s/.test(action)) {
      if (!chromePartials || stack[stack.length - 1].inList) throw new NotRead();
      return;
    }
    const elseOpens = /^else\s+(if|with)\s+([\s\S]+)$/.exec(action);
    if (action === "end") {
      // `{{ if a }}…{{ else if b }}…{{ end }}`: one end closes the chain.
      let top = stack.pop();
      while (top?.chained) top = stack.pop();
      if (!top || stack.length === 0) throw new NotRead();
      return;
    }
    if (action === "else" || elseOpens) {
      const top = stack.pop();
      if (!top || stack.length === 0 || top.inElse) throw new NotRead();
      stack.push({ ...top, inElse: true });
      if (elseOpens) open(elseOpens[1], elseOpens[2], true);
      return;
    }
    const opened = /^(if|with|range)\s+([\s\S]+)$/.exec(action);
    const assigned = /^\$(\w+)\s*:?=\s*([\s\S]+)$/.exec(action);
    if (opened) {
      open(opened[1], opened[2], false);
    } else if (assigned) {
      current().push({ kind: "assign", name: assigned[1], value: conditionOf(assigned[2]) });
    } else {
      const [value, ...pipes] = splitPipes(action);
      // `{{ }}` is no action Go reads; Hugo stops on it.
      if (value === undefined || pipes.some((pipe) => pipe !== "safeHTML")) throw new NotRead();
      current().push({ kind: "output", value: conditionOf(value), raw: pipes.length > 0 });
    }
  };
  for (const match of template.matchAll(ACTION)) {
    try {
      parseAction(match);
    } catch (error) {
      // What stopped it, as the template wrote it, for the warning that says the template is not run.
      throw error instanceof NotRead && error.what === undefined ? new NotRead(`\`{{ ${match[1].trim()} }}\``) : error;
    }
  }
  if (stack.length !== 1) throw new NotRead("an `if`, `with` or `range` with no `{{ end }}`");
  root.push({ kind: "text", text: template.slice(last) });
  return root;
}

/** A call of `i18n "key"` (or `T "key"`) in an action: what comes before it, and its key. */
export const I18N_CALL = /(^|[\s(])(?:i18n|T)\s+"([^"]+)"/g;

/** `i18n "key"` (or `T "key"`) as the language's string, a literal. */
function translated(action: string, translate: ((key: string) => string) | undefined): string {
  return action.replace(I18N_CALL, (_, before: string, key: string) => {
    if (!translate) throw new NotRead();
    return `${before}"${translate(key).replace(/[\\"]/g, "\\$&")}"`;
  });
}

/** An action's pipeline, split at each `|` outside a quoted text. */
function splitPipes(action: string): string[] {
  return (action.match(/(?:"(?:[^"\\]|\\.)*"|[^|"])+/g) ?? []).map((part) => part.trim());
}

function conditionOf(text: string): Condition {
  const condition = parseCondition(text, (word) => VALUE.test(word));
  if (!condition) throw new NotRead();
  return condition;
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
      const items = itemsOf(valueOf(node.source, context));
      html +=
        items.length > 0
          ? items.map((item, index) => render(node.body, withItem(context, node, item, index))).join("")
          : render(node.otherwise, context);
    }
  }
  return html;
}

function withItem(context: Context, node: Extract<Node, { kind: "range" }>, item: unknown, index: number): Context {
  const variables = new Map(context.variables);
  if (node.index) variables.set(node.index, index);
  if (node.item) variables.set(node.item, item);
  return { ...context, dot: item, variables };
}

function itemsOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new NotRead("a `range` over what is not a list");
  return value;
}

function valueOf(condition: Condition, context: Context): unknown {
  return evaluateCondition(condition, (name) => {
    if (name === ".") return context.dot;
    const [head, ...path] = name.split(".");
    if (head === "") return lookUp(context.dot, path);
    if (head === "$") return lookUp(context.root, path);
    const variable = head.slice(1);
    if (!context.variables.has(variable)) throw new NotRead(`\`$${variable}\`, which it never set`);
    return lookUp(context.variables.get(variable), path);
  });
}

/** A path in a value: an entry's keys in any case, as Hugo reads front matter. */
function lookUp(value: unknown, path: readonly string[]): unknown {
  let found = value;
  for (const name of path) {
    if (!isRecord(found)) throw new NotRead(`\`.${path.join(".")}\``);
    const key = keyNamed(found, name);
    if (key === undefined && hugoValues.has(found)) throw new NotRead(`\`.${name}\``);
    found = key === undefined ? undefined : found[key];
  }
  return found;
}

/** What a value prints: text and numbers as they are; a list or a map, which Go prints as code (`[a b]`), nothing. */
function printed(value: unknown, raw: boolean): string {
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return "";
  return raw ? String(value) : escapeHtml(String(value));
}
