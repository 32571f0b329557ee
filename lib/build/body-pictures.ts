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

const LOADING = ["loading", "decoding", "fetchpriority", "fetchPriority"];

const parser = unified().use(rehypeParse, { fragment: true });
const printer = unified().use(rehypeStringify);

/** A picture of this site (`/img/…`), not another host's. */
export function isLocalPicture(src: string): boolean {
  return src.startsWith("/") && !src.startsWith("//");
}

/** A rendered body's tree, parsed once for both steps below; none when it shows no picture. */
export function parseBodyPictures(html: string): Root | undefined {
  return html.includes("<img") ? parser.parse(html) : undefined;
}

/** The local pictures a body shows, by the address written in it. */
export function bodyPictureSources(tree: Root): string[] {
  const sources: string[] = [];
  visit(tree, "element", (node) => {
    const src = node.tagName === "img" ? node.properties.src : undefined;
    if (typeof src === "string" && isLocalPicture(src)) sources.push(src);
  });
  return sources;
}

/**
 * The body's HTML with each local picture drawn from its prepared versions,
 * and every picture's loading decided here alone. `mayOpen`: the page shows no
 * picture above its body (a hero), so a picture at the body's top is the
 * page's largest paint.
 */
export function drawBodyPictures(
  tree: Root,
  pictures: Readonly<Record<string, Picture>>,
  { mayOpen }: { mayOpen: boolean },
): string {
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
  return printer.stringify(tree);
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
  // Whatever the body said of its loading before is replaced, so a picture is never both first and lazy.
  const rest = Object.fromEntries(Object.entries(img.properties).filter(([key]) => !LOADING.includes(key)));
  const { fetchPriority, ...lazy } = loadingAttributes(opens);
  // hast writes a property it does not know under its own name: the attribute is `fetchpriority`.
  return { ...img, properties: { ...rest, ...lazy, ...(fetchPriority && { fetchpriority: fetchPriority }) } };
}
