// Redirect stubs are HTML, so they are read as a browser reads them: parsed
// by the HTML parser (spaces around `=`, any quotes, any case), and the
// refresh `content` read by the HTML standard's "shared declarative refresh
// steps", so that every spelling a browser follows is a redirect here.
import type { Element, Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

const parser = unified().use(rehypeParse);

/** What a `<meta http-equiv="refresh">` names: its URL as written, or none (a refresh of the page itself). */
export type Refresh = { url?: string };

/** The first refresh a browser would follow in `html`, or undefined when it holds none. */
export function readRefresh(html: string): Refresh | undefined {
  return refreshIn(parser.parse(html));
}

/** The first refresh a browser would follow in a page already parsed. */
export function refreshIn(tree: Root): Refresh | undefined {
  let found: Refresh | undefined;
  visit(tree, "element", (node: Element) => {
    if (found || node.tagName !== "meta") return;
    const equiv = node.properties.httpEquiv;
    const names = (Array.isArray(equiv) ? equiv : [equiv]).map((name) => String(name ?? "").toLowerCase());
    if (!names.includes("refresh") || typeof node.properties.content !== "string") return;
    found = parseRefreshContent(node.properties.content);
  });
  return found;
}

const isSpace = (char: string | undefined) => char !== undefined && /[\t\n\f\r ]/.test(char);

/** The HTML standard's parsing of a refresh `content` (`0; url=…`); undefined when a browser ignores it. */
export function parseRefreshContent(input: string): Refresh | undefined {
  let position = 0;
  const skipSpaces = () => {
    while (isSpace(input[position])) position += 1;
  };
  skipSpaces();
  const start = position;
  while (/[0-9]/.test(input[position] ?? "")) position += 1;
  if (position === start && input[position] !== ".") return undefined;
  while (/[0-9.]/.test(input[position] ?? "")) position += 1;
  skipSpaces();
  if (input[position] === ";" || input[position] === ",") position += 1;
  skipSpaces();
  if (position >= input.length) return {};
  const urlStart = position;
  if (input.slice(position, position + 3).toLowerCase() === "url") {
    position += 3;
    skipSpaces();
    if (input[position] === "=") {
      position += 1;
      skipSpaces();
    } else {
      position = urlStart;
    }
  }
  const quote = input[position] === "'" || input[position] === '"' ? input[position] : undefined;
  if (quote) position += 1;
  let url = input.slice(position);
  if (quote && url.includes(quote)) url = url.slice(0, url.indexOf(quote));
  url = url.trim();
  return url ? { url } : {};
}
