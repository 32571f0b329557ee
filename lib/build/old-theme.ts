// The CDS Hugo pages were written for an old theme: Bootstrap/GCWeb grid
// wrappers, inline styles, and GC Design System custom elements that only
// render with that system's JavaScript. Before sanitizing, each is turned into
// the plain HTML it stands for, so the page reads right in this site's design
// without JavaScript.
import type { Element, ElementContent, Root } from "hast";
import type { Plugin } from "unified";
import { visit, SKIP } from "unist-util-visit";

/** Classes that only placed a block on the old theme's grid, or styled it there. */
const LAYOUT_CLASS =
  /^(?:container(?:-fluid)?|row|col(?:-[a-z]+)*(?:-\d+)?|section|homepage--.*|header|mrgn-.*|pull-.*)$/;

/** The class this site's stylesheet gives a link that looks like a button. */
export const LINK_BUTTON_CLASS = "button-link";

export const oldThemeToHtml: Plugin<[], Root> = () => (tree) => {
  visit(tree, "element", (node: Element, index, parent) => {
    delete node.properties.style;
    const classes = node.properties.className;
    if (Array.isArray(classes)) {
      const kept = classes.filter((name) => !LAYOUT_CLASS.test(String(name)));
      if (kept.length > 0) node.properties.className = kept;
      else delete node.properties.className;
    }
    if (!node.tagName.startsWith("gcds-") || !parent || index === undefined) return;
    const replacement = plainElement(node);
    parent.children.splice(index, 1, ...replacement);
    return [SKIP, index];
  });
};

/** What a GC Design System element stands for: a heading, a paragraph, a link; an icon is decoration. */
function plainElement(node: Element): ElementContent[] {
  const { properties, children } = node;
  switch (node.tagName) {
    case "gcds-heading": {
      const tag = String(properties.tag ?? "h2");
      return [element(/^h[1-6]$/.test(tag) ? tag : "h2", { id: properties.id }, children)];
    }
    case "gcds-text":
      return [element("p", {}, children)];
    case "gcds-link":
      return [element("a", { href: properties.href }, children)];
    case "gcds-button":
      return typeof properties.href === "string"
        ? [element("a", { href: properties.href, className: [LINK_BUTTON_CLASS] }, children)]
        : children;
    case "gcds-icon":
      return [];
    default:
      return children;
  }
}

function element(tagName: string, properties: Element["properties"], children: ElementContent[]): Element {
  const defined = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined));
  return { type: "element", tagName, properties: defined, children };
}
