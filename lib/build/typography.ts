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

/**
 * Applies French spacing to the text of a French tree, skipping code; English is left as written.
 * Also across inline elements: editors' HTML splits `<strong> </strong><strong>: </strong>`, so a
 * text that starts with the mark gets the no-break space in place of the space the text before ended with.
 */
export const frenchTypography: Plugin<[Locale], Root> = (locale) => (tree) => {
  if (locale !== "fr") return;
  let before: Text | undefined;
  visit(tree, (node) => {
    if (node.type === "element" && LITERAL.has((node as Element).tagName)) {
      before = undefined;
      return SKIP;
    }
    if (node.type !== "text") return;
    const text = node as Text;
    text.value = frenchSpacing(text.value);
    const mark = /^[:;!?»]/.exec(text.value)?.[0];
    if (before && mark && / $/.test(before.value))
      before.value = before.value.replace(/ $/, mark === ":" || mark === "»" ? "\u00a0" : "\u202f");
    if (before && /«\u00a0?$/.test(before.value) && /^[ \u00a0\u202f]/.test(text.value)) {
      before.value = before.value.replace(/«\u00a0?$/, "«\u00a0");
      text.value = text.value.replace(/^[ \u00a0\u202f]+/, "");
    }
    before = text;
  });
};
