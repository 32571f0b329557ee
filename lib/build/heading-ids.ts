// A markdown heading's id, as the generator that published it gave it, so that
// links to `…/#contact` written anywhere since still land on it.
// - `## Contact us {#contact}`: attributes in braces at a heading's end, which
//   Hugo's Goldmark (parser.attribute.title, on by default) and Jekyll's
//   kramdown both read: the heading shows without them, at that id.
// - Otherwise each made one from the heading's source as written, markup and
//   all (`help _your_ users` is `help-_your_-users` to Goldmark, a link's
//   address is in it, `&nbsp;` gives `nbsp`), each by its own rule, and a
//   second heading of the same id gained `-1`, `-2`.
import type { Heading, Root } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

export type MarkdownDialect = "goldmark" | "kramdown";

const ATTRIBUTE = String.raw`(?:[#.][\p{L}\p{N}_:-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}]+))`;
/** `{#id .class key=value}` at the end of a heading's text, as Goldmark reads it; anything else in braces stays text. */
const TRAILING_ATTRIBUTES = new RegExp(String.raw`\s*\{\s*(${ATTRIBUTE}(?:\s+${ATTRIBUTE})*)\s*\}\s*$`, "u");

/** Hugo 0.111's `github` ids: a space or hyphen is a hyphen, a letter, digit or `_` is kept lower-cased, the rest dropped. */
function goldmarkId(source: string): string {
  const id = [...source.trim()]
    .map((char) => (char === " " || char === "-" ? "-" : /[\p{L}\p{N}_]/u.test(char) ? char.toLowerCase() : ""))
    .join("");
  return id || "heading";
}

/** kramdown's `auto_ids`: ASCII letters, digits, spaces and hyphens, from the first letter on; spaces made hyphens. */
function kramdownId(source: string): string {
  const id = source
    .replace(/^[^a-zA-Z]+/, "")
    .replace(/[^a-zA-Z0-9 -]/g, "")
    .replace(/ /g, "-")
    .toLowerCase();
  return id || "section";
}

const ID_OF: Record<MarkdownDialect, (source: string) => string> = { goldmark: goldmarkId, kramdown: kramdownId };

export const headingIds: Plugin<[MarkdownDialect], Root> = (rule) => (tree, file) => {
  const source = String(file.value);
  const used = new Set<string>();
  visit(tree, "heading", (heading: Heading) => {
    const written = writtenAttributes(heading);
    const line = lastLineOf(heading, source).replace(TRAILING_ATTRIBUTES, "");
    const id = written?.id ?? unique(ID_OF[rule](line), used);
    heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
  });
};

/**
 * The attributes in braces a heading ends with, which it then shows without:
 * its `#id` (the last one wins, as in Goldmark); classes and other keys had the old theme's meaning only.
 */
function writtenAttributes(heading: Heading): { id?: string } | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== "text") return undefined;
  const written = TRAILING_ATTRIBUTES.exec(last.value);
  if (!written) return undefined;
  last.value = last.value.slice(0, written.index);
  const ids = written[1].split(/\s+/).filter((attribute) => attribute.startsWith("#"));
  return { id: ids.at(-1)?.slice(1) };
}

/** The last line of the heading's text as written (a setext heading may take several), which both parsers made the id of. */
function lastLineOf(heading: Heading, source: string): string {
  const start = heading.children[0]?.position?.start.offset;
  const end = heading.children.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined) return "";
  return source.slice(start, end).split(/\r?\n/).at(-1) ?? "";
}

function unique(id: string, used: Set<string>): string {
  let candidate = id;
  for (let count = 1; used.has(candidate); count += 1) candidate = `${id}-${count}`;
  used.add(candidate);
  return candidate;
}
