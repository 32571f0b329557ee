// Hugo's markdown (Goldmark, `typographer` on by default) printed `It's` as
// `It’s`, `"so"` as `“so”`, `--` as `–`, `---` as `—` and `...` as `…`:
// readers of the department's site saw the curly forms, whatever the editor
// typed; Jekyll's kramdown did the same (its rules differ only in corners).
// This pass gives markdown the same, by Goldmark's rules: a quote opens or
// closes by the characters around it in the source, the quotes left open
// counted over the whole page (Hugo 0.111's Goldmark never reset the count
// between blocks), so an unmatched `"` stays straight as it did there. Code,
// HTML bodies and addresses are not text, and are left as written.
import type { Nodes, PhrasingContent, Root, Text } from "mdast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";

const BLOCKS = new Set(["paragraph", "heading", "tableCell"]);
const SUBSTITUTES: ReadonlyArray<[string, string]> = [
  ["---", "—"],
  ["...", "…"],
  ["<<", "«"],
  [">>", "»"],
  ["--", "–"],
];

const isSpace = (char: string) => char === "" || /\s/u.test(char);
const isPunct = (char: string) => /[\p{P}\p{S}]/u.test(char);
const isUnicodePunct = (char: string) => /\p{P}/u.test(char);
const isLetter = (char: string) => /\p{L}/u.test(char);
const isDigit = (char: string) => /\p{Nd}/u.test(char);
const leftFlanking = (before: string, after: string) =>
  !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
const rightFlanking = (before: string, after: string) =>
  !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));

type Unclosed = { single: number; double: number };

/** The characters that may start a substitution: every other one is copied as it is. */
const TRIGGERS = new Set(["'", '"', "-", ".", "<", ">"]);

const lineEnd = (text: string, from: number) => {
  const newline = text.indexOf("\n", from);
  return newline < 0 ? text.length : newline;
};

export const typographer: Plugin<[], Root> = () => (tree, file) => {
  const source = String(file.value);
  const unclosed: Unclosed = { single: 0, double: 0 };
  visit(tree, (node: Nodes) => {
    if (!BLOCKS.has(node.type) || !("children" in node)) return;
    visit(node, (inline: Nodes) => {
      if ("children" in inline) guillemetsOverTags(inline.children, source);
    });
    // Goldmark reads a block's last line without its line break, and a table cell's without its padding and `|`.
    const contentEnd = node.children.at(-1)?.position?.end.offset;
    visit(node, "text", (text: Text) => {
      text.value = typeset(text, source, unclosed, contentEnd);
    });
    return SKIP;
  });
};

/**
 * Goldmark reads `<<` as a guillemet before it looks for a tag, pairing the
 * `<`s from the left: in `<<b>>` the `<b>` that CommonMark reads as HTML is
 * text, and `«b»` is shown. So too here, wherever an odd run of unescaped `<`
 * comes right before a tag; the text around it is joined, to be typeset whole.
 */
function guillemetsOverTags(children: Nodes[], source: string): void {
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index];
    const start = child.position?.start.offset;
    if (child.type === "html" && start !== undefined && openRunBefore(source, start) % 2 === 1) {
      children[index] = { type: "text", value: child.value, position: child.position };
    }
    const previous = children[index - 1];
    const current = children[index];
    if (previous?.type === "text" && current.type === "text" && adjacent(previous, current)) {
      children.splice(index - 1, 2, joined(previous, current));
      index -= 1;
    }
  }
}

/** How many `<` stand right before `offset` in the source, less one written escaped (`\<`). */
function openRunBefore(source: string, offset: number): number {
  let run = 0;
  while (source[offset - run - 1] === "<") run += 1;
  let backslashes = 0;
  while (source[offset - run - backslashes - 1] === "\\") backslashes += 1;
  return run > 0 && backslashes % 2 === 1 ? run - 1 : run;
}

const adjacent = (first: PhrasingContent, second: PhrasingContent) =>
  first.position !== undefined && first.position.end.offset === second.position?.start.offset;

function joined(first: Text, second: Text): Text {
  const position = first.position && second.position && { start: first.position.start, end: second.position.end };
  return { type: "text", value: first.value + second.value, position };
}

/** One text node's value with Goldmark's substitutions, its neighbours read from the source around it. */
function typeset(text: Text, source: string, unclosed: Unclosed, contentEnd: number | undefined): string {
  const { value } = text;
  const start = text.position?.start.offset;
  const end = text.position?.end.offset;
  const before = start === undefined ? "\n" : (source[start - 1] ?? "\n");
  const stop = end === undefined ? undefined : Math.min(lineEnd(source, end), contentEnd ?? Infinity);
  const following = end === undefined ? "" : source.slice(end, stop);
  const onLastLine = stop !== undefined && contentEnd !== undefined && stop >= contentEnd;
  const escaped = start === undefined || end === undefined ? new Set<number>() : escapedIn(source.slice(start, end));
  let out = "";
  for (let index = 0; index < value.length;) {
    if (!TRIGGERS.has(value[index])) {
      out += value[index];
      index += 1;
      continue;
    }
    // The rest of the line from here, as Goldmark reads ahead: the source's once the value ends.
    const rest = value.slice(index, lineEnd(value, index));
    const reachesEnd = index + rest.length === value.length;
    const line = `${rest}${reachesEnd ? following : ""}${reachesEnd && onLastLine ? "" : "\n"}`;
    // A character written escaped (`\-\-`) or as an entity is text to Goldmark, never part of a substitution.
    const unescaped = (length: number) => Array.from({ length }, (_, at) => index + at).every((at) => !escaped.has(at));
    const substitute = SUBSTITUTES.find(([from]) => line.startsWith(from) && unescaped(from.length));
    if (substitute) {
      out += substitute[1];
      index += substitute[0].length;
      continue;
    }
    const char = value[index];
    const quote =
      (char === "'" || char === '"') && !escaped.has(index)
        ? curled(char, index > 0 ? value[index - 1] : before, line, unclosed)
        : undefined;
    out += quote ?? char;
    index += 1;
  }
  return out;
}

/**
 * The places in a text node's value of characters written escaped (`\\"`)
 * or as an entity (`&quot;`), which Goldmark and kramdown left as written:
 * the value is its source less each escape's backslash, each entity read as
 * one character and each line's indentation.
 */
function escapedIn(written: string): Set<number> {
  const escaped = new Set<number>();
  let index = 0;
  for (let at = 0; at < written.length; index += 1) {
    const entity = /^&(?:#\d+|#x[\da-f]+|\w+);/i.exec(written.slice(at, at + 40));
    if (written[at] === "\\" && /[!-/:-@[-`{-~]/.test(written[at + 1] ?? "")) {
      escaped.add(index);
      at += 2;
    } else if (entity) {
      escaped.add(index);
      at += entity[0].length;
    } else if (written[at] === "\n") {
      at += 1;
      while (written[at] === " " || written[at] === "\t") at += 1;
    } else {
      at += 1;
    }
  }
  return escaped;
}

/** Goldmark's reading of one straight quote, `line` the rest of its line from it: its curly form, or undefined. */
function curled(quote: "'" | '"', before: string, line: string, unclosed: Unclosed): string | undefined {
  const after = line.length < 2 || line[1] === "\n" ? " " : line[1];
  const canOpen = leftFlanking(before, after);
  const canClose = rightFlanking(before, after);
  if (!canOpen && !canClose) return undefined;
  const maybeClose =
    canClose && canOpen && isUnicodePunct(after) && (line.length === 2 || isPunct(line[2]) || isSpace(line[2]));
  if (quote === '"') {
    if (canOpen && !canClose) {
      unclosed.double += 1;
      return "“";
    }
    if (unclosed.double > 0 && ((canClose && !canOpen) || maybeClose)) {
      if (line[1] === '"' && isDigit(before)) return undefined;
      unclosed.double -= 1;
      return "”";
    }
    return undefined;
  }
  // A decade (`'90s`), `'twas`, `'em`, `'n'`, and a quote between a letter or digit and a letter are apostrophes.
  if (canOpen && !canClose && /^'\d\ds(?:$|[\s\p{P}\p{S}])/u.test(line)) return "’";
  if ((isUnicodePunct(before) || isSpace(before)) && /^'[tenl]/.test(line)) return "’";
  if ((isDigit(before) || isLetter(before)) && isLetter(after)) return "’";
  if (canOpen && !canClose) {
    // `'s`, `'m`, `'t`, `'d`, `'ve`, `'ll`, `'re` ending a word close rather than open.
    if (/^'(?:[smtd]|ve|ll|re)(?:$|[\s!-/:-@[-`{-~])/.test(line)) return "’";
    unclosed.single += 1;
    return "‘";
  }
  // Goldmark's own rule reads: any other quote with two characters after it, the next no digit (`Smiths'`, `doin'`).
  if (line.length > 2 && !isDigit(line[1])) return "’";
  if (unclosed.single > 0 && ((canClose && !canOpen) || maybeClose)) {
    unclosed.single -= 1;
    return "’";
  }
  return undefined;
}
