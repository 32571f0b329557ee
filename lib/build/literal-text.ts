// Text that markdown must not read. Hugo put a `{{< … >}}` shortcode's output
// into the page after rendering its markdown, so a `*`, a `[…](…)`, `--` or a
// bare address in a `{{< param >}}` value showed as written. Shortcodes are
// expanded here before the markdown is read: such text travels in an element
// of its own, which the body renderer turns back into that text alone.
import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { escapeHtml } from "@/lib/html";

const CARRIER = "cds-literal-text";

/** `value` as HTML that markdown passes through untouched, and the body renderer shows as text. */
export function literalText(value: string): string {
  return `<${CARRIER} data-text="${escapeHtml(value)}"></${CARRIER}>`;
}

export const literalTexts: Plugin<[], Root> = () => (tree) => {
  visit(tree, "element", (carrier: Element, index, parent) => {
    if (carrier.tagName !== CARRIER || !parent || index === undefined) return;
    parent.children.splice(index, 1, { type: "text", value: String(carrier.properties.dataText ?? "") });
    return index;
  });
};
