// The CDS Hugo pages were written for an old theme: Bootstrap/GCWeb grid
// wrappers, inline styles, and GC Design System custom elements that only
// render with that system's JavaScript. Before sanitizing, each is turned into
// the plain HTML it stands for, so the page reads right in this site's design
// without JavaScript. A picture its lazy-loading script swapped in is shown
// itself, and HTML 4's named anchors (`<a name="partnering">`) are ids.
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
    if (node.tagName === "img") showLazyPicture(node);
    if (node.tagName === "a") nameAsId(node);
    if (!node.tagName.startsWith("gcds-") || !parent || index === undefined) return;
    const replacement = plainElement(node);
    parent.children.splice(index, 1, ...replacement);
    return [SKIP, index];
  });
};

/**
 * The old theme's script loaded a picture from `data-src` over its `src`, a
 * loading placeholder: readers saw that picture, and see it here without a script.
 */
function showLazyPicture(node: Element): void {
  const picture = node.properties.dataSrc;
  if (typeof picture !== "string" || picture.trim() === "") return;
  node.properties.src = picture.trim();
  delete node.properties.dataSrc;
  delete node.properties.dataSrcset;
}

/**
 * A place marked `<a name="partnering">`, where links to `…/#partnering` land.
 * Sanitizing prefixes a `name` (it could shadow the document's own
 * properties), and keeps an id as written.
 */
function nameAsId(node: Element): void {
  const { name, id } = node.properties;
  if (typeof name !== "string" || name.trim() === "" || id !== undefined) return;
  node.properties.id = name.trim();
  delete node.properties.name;
}

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
    case "gcds-card":
      return card(properties, children);
    case "gcds-details":
      return [element("details", {}, [element("summary", {}, textOf(properties["details-title"])), ...children])];
    case "gcds-notice":
      return [titleOf(textOf(properties["notice-title"]), properties["notice-title-tag"]), ...children].filter(
        isPresent,
      );
    default:
      return children;
  }
}

/**
 * A card's words are its attributes: its title (a link where it has `href`), its
 * description and its picture, which its script drew; here they are HTML.
 */
function card(properties: Element["properties"], children: ElementContent[]): ElementContent[] {
  const title = textOf(properties["card-title"]);
  const linked =
    typeof properties.href === "string" && title.length > 0 ? [element("a", { href: properties.href }, title)] : title;
  const source = properties["img-src"];
  const picture =
    typeof source === "string"
      ? element("img", { src: source, alt: typeof properties["img-alt"] === "string" ? properties["img-alt"] : "" }, [])
      : undefined;
  const description = textOf(properties.description);
  return [
    picture,
    titleOf(linked, properties["card-title-tag"]),
    description.length > 0 ? element("p", {}, description) : undefined,
    ...children,
  ].filter(isPresent);
}

/** A title as the heading its tag names (`h3`), else a paragraph in bold, which adds no heading to the outline. */
function titleOf(children: ElementContent[], tag: unknown): Element | undefined {
  if (children.length === 0) return undefined;
  return typeof tag === "string" && /^h[2-6]$/.test(tag)
    ? element(tag, {}, children)
    : element("p", {}, [element("strong", {}, children)]);
}

const textOf = (value: unknown): ElementContent[] =>
  typeof value === "string" && value.trim() !== "" ? [{ type: "text", value }] : [];

const isPresent = <Value>(value: Value | undefined): value is Value => value !== undefined;

function element(tagName: string, properties: Element["properties"], children: ElementContent[]): Element {
  const defined = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined));
  return { type: "element", tagName, properties: defined, children };
}
