// Pictures in a rendered body, drawn as the components draw theirs
// (lib/pictures.ts): a local picture gets its WebP versions, its size and
// lazy loading; the first one, when it opens the page, loads first.
import type { Element, Root } from "hast";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { Picture } from "@/lib/content/model";
import { loadingAttributes, pictureAttributes } from "@/lib/pictures";

/** A picture this many blocks into a body or fewer is on a phone's first screen, where nothing else is larger. */
const OPENING_BLOCKS = 2;

const parser = unified().use(rehypeParse, { fragment: true });
const printer = unified().use(rehypeStringify);

/** A picture of this site (`/img/…`), not another host's. */
export function isLocalPicture(src: string): boolean {
  return src.startsWith("/") && !src.startsWith("//");
}

/** The local pictures a rendered body shows, by the address written in it. */
export function bodyPictureSources(html: string): string[] {
  if (!html.includes("<img")) return [];
  const sources: string[] = [];
  visit(parser.parse(html), "element", (node) => {
    const src = node.tagName === "img" ? node.properties.src : undefined;
    if (typeof src === "string" && isLocalPicture(src)) sources.push(src);
  });
  return sources;
}

/**
 * The body with each local picture drawn from its prepared versions.
 * `mayOpen`: the page shows no picture above its body (a hero), so a picture
 * at the body's top is the page's largest paint.
 */
export function withPreparedPictures(
  html: string,
  pictures: Readonly<Record<string, Picture>>,
  { mayOpen }: { mayOpen: boolean },
): string {
  if (!html.includes("<img")) return html;
  const tree = parser.parse(html);
  let first = mayOpen;
  const opening = new Set<Element>();
  for (const block of tree.children.slice(0, OPENING_BLOCKS)) {
    if (block.type === "element") visit(block, "element", (node) => void opening.add(node));
  }
  visit(tree, "element", (node, index, parent) => {
    const src = node.tagName === "img" ? node.properties.src : undefined;
    if (typeof src !== "string" || !parent || index === undefined) return;
    const picture = isLocalPicture(src) ? pictures[src] : undefined;
    const opens = first && opening.has(node);
    first = false;
    parent.children[index] = picture ? pictureElement(node, picture, src, opens) : withLoading(node, opens);
  });
  return printer.stringify(tree as Root);
}

function pictureElement(img: Element, picture: Picture, src: string, opens: boolean): Element {
  const { webp, img: sized } = pictureAttributes(picture, "body", src);
  // An editor's own width and height say how large to show it: theirs stay.
  const editorSized = img.properties.width !== undefined && img.properties.height !== undefined;
  const drawn = withLoading(
    {
      ...img,
      properties: {
        ...img.properties,
        src: sized.src,
        srcSet: sized.srcSet,
        sizes: sized.sizes,
        ...(editorSized ? {} : { width: sized.width, height: sized.height }),
      },
    },
    opens,
  );
  if (!webp) return drawn;
  const source: Element = {
    type: "element",
    tagName: "source",
    properties: { type: "image/webp", srcSet: webp.srcSet, sizes: webp.sizes },
    children: [],
  };
  return { type: "element", tagName: "picture", properties: {}, children: [source, drawn] };
}

function withLoading(img: Element, opens: boolean): Element {
  const { fetchPriority, ...lazy } = loadingAttributes(opens);
  // hast writes a property it does not know under its own name: the attribute is `fetchpriority`.
  return { ...img, properties: { ...img.properties, ...lazy, ...(fetchPriority && { fetchpriority: fetchPriority }) } };
}
