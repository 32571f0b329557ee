// Which version of its original a translation reflects (`translated_from`):
// a short hash of the original's words and link targets, with markup and
// white space folded away, so that reformatting is not a change and a changed
// word, number or link target is. The same blocks of text, one per line, are
// what a translator reads in the report's diff (lib/build/translation-status.ts).
import { createHash } from "node:crypto";
import type { Element, Root as HastRoot, RootContent as HastNode } from "hast";
import type { Root as MdastRoot, RootContent as MdastNode } from "mdast";
import rehypeParse from "rehype-parse";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** What a translation is made from: the original's title, description and body, as written. */
export type OriginalText = { title: string; description?: string; body: string; format: "markdown" | "html" };

/** How many hex digits of the hash a file records: enough that two versions never share one by chance. */
const HASH_LENGTH = 12;

/** The hash a translation records in `translated_from`. */
export function originalHash(original: OriginalText): string {
  return createHash("sha256").update(normalizedLines(original).join("\n")).digest("hex").slice(0, HASH_LENGTH);
}

/** The original's text as its hash reads it: title, description, then each block of the body on a line of its own. */
export function normalizedLines({ title, description, body, format }: OriginalText): string[] {
  const lines = [`# ${title}`, ...(description ? [description] : [])];
  lines.push(...(format === "html" ? htmlBlocks(body) : markdownBlocks(body)));
  return lines.map(foldSpaces).filter(Boolean);
}

// No-break spaces (French typography) and line breaks inside a block are layout, not words.
const foldSpaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();

const MARKDOWN_BLOCKS = new Set([
  "paragraph",
  "heading",
  "blockquote",
  "listItem",
  "code",
  "tableCell",
  "thematicBreak",
  "definition",
  "footnoteDefinition",
]);

function markdownBlocks(body: string): string[] {
  const tree: MdastRoot = unified().use(remarkParse).use(remarkGfm).parse(body);
  const { lines, add, flush } = blockLines();
  const walk = (node: MdastNode) => {
    const block = MARKDOWN_BLOCKS.has(node.type);
    if (block) flush();
    // Text as written, so `word**s**` and `words` read alike; a link's or picture's target after it.
    if (node.type === "text" || node.type === "inlineCode" || node.type === "code") add(node.value);
    else if (node.type === "html") {
      flush();
      lines.push(...htmlBlocks(node.value));
    } else if (node.type === "image") add(` ${node.alt ?? ""} <${node.url}> `);
    else if (node.type === "definition") add(` [${node.identifier}] <${node.url}> `);
    if ("children" in node) for (const child of node.children) walk(child);
    if (node.type === "link") add(` <${node.url}> `);
    if (block) flush();
  };
  for (const node of tree.children) walk(node);
  flush();
  return lines;
}

const HTML_BLOCKS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "dt",
  "dd",
  "blockquote",
  "figcaption",
  "pre",
  "td",
  "th",
  "div",
  "section",
  "br",
  "hr",
]);

function htmlBlocks(html: string): string[] {
  const tree: HastRoot = unified().use(rehypeParse, { fragment: true }).parse(html);
  const { lines, add, flush } = blockLines();
  const walk = (node: HastNode) => {
    if (node.type === "text") add(node.value);
    if (node.type !== "element") return;
    const element: Element = node;
    if (["script", "style"].includes(element.tagName)) return;
    const block = HTML_BLOCKS.has(element.tagName);
    if (block) flush();
    if (element.tagName === "img")
      add(` ${String(element.properties.alt ?? "")} <${String(element.properties.src ?? "")}> `);
    for (const child of element.children) walk(child);
    if (element.tagName === "a" && element.properties.href !== undefined) add(` <${String(element.properties.href)}> `);
    if (block) flush();
  };
  for (const node of tree.children) walk(node);
  flush();
  return lines;
}

/** Text gathered into the line of the block being read; `flush` ends the block. */
function blockLines(): { lines: string[]; add: (text: string) => void; flush: () => void } {
  const lines: string[] = [];
  let line = "";
  return {
    lines,
    add: (text) => {
      line += text;
    },
    flush: () => {
      lines.push(line);
      line = "";
    },
  };
}
