// One unified pipeline turns a post or page body (markdown with HTML, or
// HTML) into safe HTML: sanitized, headings with ids, links and images
// pointed at what this site really serves.
import GithubSlugger from "github-slugger";
import type { Element, Nodes, Root, Text } from "hast";
import { toString } from "hast-util-to-string";
import rehypeParse from "rehype-parse";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type Plugin } from "unified";
import { visit, SKIP } from "unist-util-visit";
import type { Locale } from "@/i18n/routing";
import en from "@/messages/en.json" with { type: "json" };
import fr from "@/messages/fr.json" with { type: "json" };
import { OLD_SITE_ORIGIN, schemeOf } from "@/lib/urls";
import { footnoteIds } from "./footnotes";
import { headingIds } from "./heading-ids";
import { literalTexts } from "./literal-text";
import { wwwLinksOverHttps } from "./linkify";
import { typographer } from "./typographer";
import { LINK_BUTTON_CLASS, oldThemeToHtml } from "./old-theme";
import { formsAsNotice, reportUnsafe, safeEmbedsAndLinks } from "./safety";
import { frenchTypography } from "./typography";

/** HTML, or markdown as Hugo's Goldmark (`markdown`) or Jekyll's kramdown read it. */
export type BodyFormat = "markdown" | "kramdown" | "html";

export type RenderContext = {
  locale: Locale;
  /** Called with what sanitizing removed from the editor's HTML, when it removed anything. */
  onSanitized: (removed: string[]) => void;
  /** The site's own URL for a link an editor wrote, or undefined to leave it as written. */
  rewriteHref: (href: string) => string | undefined;
  /**
   * Where this site serves a picture of its own that a body shows (`/img/x.png`, or `figure.png` beside its page): a
   * file of the tree or of `static/`, or a page's own file; undefined when no file is there.
   */
  servedPicture: (src: string) => string | undefined;
  /** Called for each body image left out because its file is missing. */
  onMissingImage: (src: string) => void;
  /** Called for each body image written without an `alt` attribute. */
  onImageWithoutAlt: (src: string) => void;
  /** Called for each body image served from another host, which the security policy must allow. */
  onRemoteImage: (src: string) => void;
  /** Called for each form left out of a body, with the address it sent its answers to and its line in the body. */
  onForm: (action: string, line: number) => void;
};

const bodySchema: SanitizeSchema = {
  ...defaultSchema,
  // Ids stay as the editor wrote them, as Hugo and Jekyll kept them, so that links to `…/#our-vision` still land
  // (and a footnote's, which remark-rehype prefixes, are not prefixed twice). A `name` is still prefixed: on an
  // image or a form it could shadow the document's own properties.
  clobber: ["name"],
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption", "abbr", "cite", "caption", "iframe"],
  attributes: {
    ...defaultSchema.attributes,
    // One className entry per element is read: the footnotes' and the old theme's link-buttons' together.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((entry) => !(Array.isArray(entry) && entry[0] === "className")),
      ["className", "data-footnote-backref", LINK_BUTTON_CLASS],
      ["target", "_blank"],
    ],
    img: [...(defaultSchema.attributes?.img ?? []), "alt", "width", "height"],
    abbr: ["title"],
    iframe: ["src", "title", "width", "height", "allow", "allowFullScreen"],
  },
  // A `tel:` link calls the number on a phone, as it did on Hugo's pages.
  protocols: {
    ...defaultSchema.protocols,
    href: [...(defaultSchema.protocols?.href ?? []), "tel"],
    src: ["https", "http"],
  },
};

const titleSchema: SanitizeSchema = {
  tagNames: ["strong", "em", "b", "i", "s", "del", "strike", "sup", "sub", "code", "abbr"],
  attributes: { abbr: ["title"] },
  strip: ["script", "style"],
};

/** Points links and images at this site, and drops images whose file is missing. */
const siteLinks: Plugin<[RenderContext], Root> = (context) => (tree) => {
  visit(tree, "element", (node: Element, index, parent) => {
    if (node.tagName === "a" && typeof node.properties.href === "string") {
      node.properties.href = context.rewriteHref(node.properties.href) ?? node.properties.href;
    }
    if (node.tagName !== "img" || typeof node.properties.src !== "string") return;
    if (node.properties.alt === undefined) context.onImageWithoutAlt(node.properties.src);
    const src = node.properties.src.replace(OLD_SITE_ORIGIN, "");
    if (schemeOf(src) || src.startsWith("//")) {
      context.onRemoteImage(src);
      return;
    }
    // How it loads is decided with the page's other pictures (lib/build/body-pictures.ts).
    const served = context.servedPicture(src);
    if (served) {
      node.properties.src = served;
    } else if (parent && index !== undefined) {
      context.onMissingImage(node.properties.src);
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
};

/**
 * A heading written across lines in HTML (a Hugo template's) as a browser
 * shows it, on one line with no space at its ends, so that its anchor is made
 * of its words, not a trail of hyphens. Only the heading's own ends are
 * trimmed: the space after a picture it starts with, or before a line break
 * it ends with, stays, as Hugo kept it. A markdown heading is one line
 * already, and keeps the anchor Hugo gave it.
 */
const headingsAsShown: Plugin<[], Root> = () => (tree) => {
  visit(tree, "element", (heading: Element) => {
    if (!/^h[1-6]$/.test(heading.tagName)) return;
    const shown: Array<Text | Element> = [];
    visit(heading, (node: Nodes) => {
      if (node.type === "text") {
        node.value = node.value.replace(/[ \t\f\r]*\n[ \t\n\f\r]*/g, " ");
        shown.push(node);
      } else if (node.type === "element" && node !== heading && node.children.length === 0) {
        shown.push(node);
      }
    });
    const first = shown.at(0);
    const last = shown.at(-1);
    if (first?.type === "text") first.value = first.value.replace(/^[ \t\f\r]+/, "");
    if (last?.type === "text") last.value = last.value.replace(/[ \t\f\r]+$/, "");
    return SKIP;
  });
};

/**
 * An id for each heading that has none (one written in HTML), made of its
 * words as GitHub makes one, less the spaces at its ends, so that a heading
 * that starts with a picture is `#our-team`, not `#-our-team`.
 */
const headingSlugs: Plugin<[], Root> = () => (tree) => {
  const slugs = new GithubSlugger();
  visit(tree, "element", (heading: Element) => {
    if (/^h[1-6]$/.test(heading.tagName) && !heading.properties.id) {
      heading.properties.id = slugs.slug(toString(heading).trim());
    }
  });
};

export function renderBody(body: string, format: BodyFormat, context: RenderContext): string {
  const pipeline = unified()
    .use(literalTexts)
    .use(oldThemeToHtml)
    .use(formsAsNotice, context.locale, context.onForm)
    // Before a missing picture is left out, so the editor hears of what it held that was unsafe too.
    .use(reportUnsafe, bodySchema, context.onSanitized)
    .use(siteLinks, context)
    .use(rehypeSanitize, bodySchema)
    .use(safeEmbedsAndLinks, context.locale)
    .use(frenchTypography, context.locale)
    .use(headingsAsShown)
    .use(headingSlugs)
    .use(rehypeStringify);
  return pipeline.stringify(pipeline.runSync(toHast(body, format, context.locale)));
}

/** The footnotes' heading and back links, which only a screen reader hears, in the page's language. */
const FOOTNOTE_WORDS = {
  en: { label: en.Content.footnotes, back: en.Content.footnoteBack },
  fr: { label: fr.Content.footnotes, back: fr.Content.footnoteBack },
};

function toHast(body: string, format: BodyFormat, locale: Locale): Root {
  if (format === "html") return unified().use(rehypeParse, { fragment: true }).parse(body);
  const words = FOOTNOTE_WORDS[locale];
  const dialect = format === "kramdown" ? "kramdown" : "goldmark";
  const markdown = unified()
    .use(remarkParse)
    // Goldmark and kramdown struck words between two tildes only: `~approx~` stays as written.
    .use(remarkGfm, { singleTilde: false })
    .use(wwwLinksOverHttps)
    .use(headingIds, dialect)
    .use(typographer)
    .use(remarkRehype, {
      allowDangerousHtml: true,
      footnoteLabel: words.label,
      footnoteBackLabel: (reference: number, again: number) =>
        words.back.replace("{reference}", `${reference + 1}${again > 1 ? `-${again}` : ""}`),
    })
    .use(rehypeRaw)
    .use(footnoteIds, dialect);
  // The body is the file the plugins read: headings' ids are made of their source.
  return markdown.runSync(markdown.parse(body), body);
}

/** A title may carry a little inline HTML (`<em>`, `&nbsp;`): keep it for headings, and its plain text for everything else. */
export function renderTitle(title: string, locale: Locale): { html: string; text: string } {
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeSanitize, titleSchema)
    .use(frenchTypography, locale);
  const tree = processor.runSync(processor.parse(title));
  const html = unified().use(rehypeStringify).stringify(tree);
  return { html, text: plainText(html) };
}

/** Elements that end a run of words: their text never runs into the next element's. */
const BLOCKS = new Set(
  "address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul".split(
    " ",
  ),
);

/**
 * The text a reader sees in a body, for search and its snippets: what only a
 * screen reader hears (`visually-hidden`, such as a link's "opens in a new
 * window") left out, and a space wherever blocks or line breaks part words.
 */
export function visibleText(html: string): string {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  visit(tree, "element", (node: Element, index, parent) => {
    const classes = node.properties.className;
    if (Array.isArray(classes) && classes.includes("visually-hidden") && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (BLOCKS.has(node.tagName)) node.children.push({ type: "text", value: " " });
  });
  // French spacing's no-break spaces stay: the snippet shows them.
  return toString(tree)
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
}

/** The text of an HTML fragment, tags dropped and entities decoded, on one line. */
export function plainText(html: string): string {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  return toString(tree)
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
}

const SUMMARY_LENGTH = 160;

/** A body's first paragraph as plain text, cut at a word near 160 characters: the description of a post that has none. */
export function summarize(html: string): string {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  let text = "";
  visit(tree, "element", (node: Element) => {
    if (text || node.tagName !== "p") return;
    text = toString(node)
      .replace(/[ \t\r\n]+/g, " ")
      .trim();
    return SKIP;
  });
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.slice(0, SUMMARY_LENGTH + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${cut.slice(0, lastSpace > SUMMARY_LENGTH / 2 ? lastSpace : SUMMARY_LENGTH).replace(/[\s,;:.–—-]+$/, "")}…`;
}
