// French typography: the space before « » : ; ! ? must not break a line.
// U+00A0 (no-break space) before `:` and inside guillemets, U+202F (narrow
// no-break space) before `;`, `!`, `?`; outside code, where spacing is literal.
import type { Element, Root, Text } from "hast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import type { Locale } from "@/i18n/routing";

const LITERAL = new Set(["code", "pre", "kbd", "samp", "script", "style"]);

export function frenchSpacing(text: string): string {
  return text
    .replace(/«[ \u00a0\u202f]*/g, "«\u00a0")
    .replace(/[ \u00a0\u202f]*»/g, "\u00a0»")
    .replace(/ :/g, "\u00a0:")
    .replace(/[ \u00a0]([;!?])/g, "\u202f$1");
}

/** Applies French spacing to the text of a French tree, skipping code; English is left as written. */
export const frenchTypography: Plugin<[Locale], Root> = (locale) => (tree) => {
  if (locale !== "fr") return;
  visit(tree, (node) => {
    if (node.type === "element" && LITERAL.has((node as Element).tagName)) return SKIP;
    if (node.type === "text") (node as Text).value = frenchSpacing((node as Text).value);
  });
};
