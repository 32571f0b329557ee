// A footnote's address as the generator that published the page gave it, so
// that a link to `…/#fn:1` shared since still lands on the note: Hugo's
// Goldmark numbered notes in the order they are first cited (`fn:1`,
// `fnref:1`, `fnref1:1` for a second citation), Jekyll's kramdown named them
// (`fn:source`, `fnref:source`, `fnref:source:1`). remark-rehype names them
// `user-content-fn-source` instead.
import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import type { MarkdownDialect } from "./heading-ids";

const NOTE = "user-content-fn-";
const REFERENCE = "user-content-fnref-";

export const footnoteIds: Plugin<[MarkdownDialect], Root> = (dialect) => (tree) => {
  const names = new Map<string, string>();
  visit(tree, "element", (note: Element) => {
    const id = note.properties.id;
    if (note.tagName !== "li" || typeof id !== "string" || !id.startsWith(NOTE)) return;
    const label = id.slice(NOTE.length);
    names.set(label, dialect === "goldmark" ? String(names.size + 1) : label);
  });
  if (names.size === 0) return;
  const renamed = (id: string): string => {
    if (id.startsWith(NOTE)) return `fn:${names.get(id.slice(NOTE.length)) ?? id.slice(NOTE.length)}`;
    if (!id.startsWith(REFERENCE)) return id;
    const cited = id.slice(REFERENCE.length);
    const first = names.get(cited);
    if (first !== undefined) return `fnref:${first}`;
    // remark-rehype counts a note's citations from 2 (`-2`); Goldmark and kramdown counted the second as 1.
    const again = /^(.*)-(\d+)$/.exec(cited);
    const name = again ? names.get(again[1]) : undefined;
    if (!again || name === undefined) return id;
    const count = Number(again[2]) - 1;
    return dialect === "goldmark" ? `fnref${count}:${name}` : `fnref:${name}:${count}`;
  };
  visit(tree, "element", (element: Element) => {
    const { id, href } = element.properties;
    if (typeof id === "string") element.properties.id = renamed(id);
    if (typeof href === "string" && href.startsWith("#")) element.properties.href = `#${renamed(href.slice(1))}`;
  });
};
