// The shortcodes Hugo 0.111 ships (its embedded templates), drawn as they drew
// them: `figure`, `youtube`, `ref` and `relref`, `param` and `highlight`. A
// tree's own template of the same name wins, as in Hugo. Those that load a
// third party's script (`tweet`, `instagram`, `gist`) or player (`vimeo`) are
// not drawn: this site's pages ask no other host but YouTube's no-cookie one.
import en from "@/messages/en.json" with { type: "json" };
import fr from "@/messages/fr.json" with { type: "json" };
import type { Locale } from "@/i18n/routing";
import { escapeHtml } from "@/lib/html";
import { EMBED_ORIGIN } from "@/lib/http-headers";
import { literalText } from "./literal-text";
import type { ListedPage } from "./template-runner";
import type { ShortcodeParameters } from "./shortcodes";
import { keyNamed } from "./template-conditions";

/** What a shortcode may read of the page that holds it and of the site. */
export type ShortcodePage = {
  locale: Locale;
  /** The address of the page a `ref` names (lib/build/hugo-refs.ts), in the language asked for. */
  ref: (target: string, language?: string) => string | undefined;
  /** The page itself, its front matter as written. */
  self: ListedPage;
  /** The language's regular pages, in Hugo's order, for a template that lists them. */
  pages: () => readonly ListedPage[];
};

const VIDEO_TITLE = { en: en.Content.videoTitle, fr: fr.Content.videoTitle };

/** Hugo's own shortcodes this site draws. */
export const BUILTIN_SHORTCODES = new Set(["figure", "youtube", "ref", "relref", "param", "highlight"]);

/** Hugo's other embedded shortcodes, which load a third party's script or player: left out, with a warning. */
export const THIRD_PARTY_BUILTINS = new Set([
  "tweet",
  "twitter",
  "twitter_simple",
  "instagram",
  "gist",
  "vimeo",
  "vimeo_simple",
]);

const get = (parameters: ShortcodeParameters, name: string, position?: number) =>
  parameters.named.get(name) ?? (position === undefined ? undefined : parameters.positional[position]);

/**
 * A self-closing built-in as HTML, or undefined when it cannot be drawn (a
 * `ref` to no page, a `param` the page does not have): the caller says so.
 * `asMarkdown` for the `{{% … %}}` form, whose output Hugo read as markdown.
 */
export function drawBuiltin(
  name: string,
  parameters: ShortcodeParameters,
  page: ShortcodePage,
  asMarkdown: boolean,
): string | undefined {
  switch (name) {
    case "ref":
    case "relref": {
      const target = get(parameters, "path", 0);
      return target === undefined ? undefined : page.ref(target, get(parameters, "lang"));
    }
    case "param": {
      const key = get(parameters, "name", 0);
      const value = key === undefined ? undefined : paramText(page.self.fields, key);
      if (value === undefined) return undefined;
      return asMarkdown ? escapeHtml(value) : literalText(value);
    }
    case "youtube": {
      const id = get(parameters, "id", 0);
      if (!id) return undefined;
      const title = escapeHtml(get(parameters, "title") ?? VIDEO_TITLE[page.locale]);
      const src = `${EMBED_ORIGIN}/embed/${encodeURIComponent(id)}`;
      return `<div><iframe src="${src}" title="${title}" allowfullscreen></iframe></div>`;
    }
    case "figure":
      return figure(parameters);
    default:
      return undefined;
  }
}

/** Hugo's `figure`: a picture, linked if asked, with its title, caption and attribution below it. */
function figure(parameters: ShortcodeParameters): string | undefined {
  const attribute = (key: string, value: string | undefined) => (value ? ` ${key}="${escapeHtml(value)}"` : "");
  const src = get(parameters, "src");
  if (!src) return undefined;
  const caption = get(parameters, "caption");
  const size = attribute("width", get(parameters, "width")) + attribute("height", get(parameters, "height"));
  const img = `<img src="${escapeHtml(src)}"${attribute("alt", get(parameters, "alt") ?? caption)}${size}>`;
  const link = get(parameters, "link");
  const linkAttributes = attribute("target", get(parameters, "target")) + attribute("rel", get(parameters, "rel"));
  const picture = link ? `<a href="${escapeHtml(link)}"${linkAttributes}>${img}</a>` : img;
  const title = get(parameters, "title");
  const attr = get(parameters, "attr");
  const attrLink = get(parameters, "attrlink");
  const credit =
    attr && attrLink ? `<a href="${escapeHtml(attrLink)}">${escapeHtml(attr)}</a>` : escapeHtml(attr ?? "");
  const words = [escapeHtml(caption ?? ""), credit].filter(Boolean).join(" ");
  const lines = [title ? `<strong>${escapeHtml(title)}</strong>` : "", words].filter(Boolean);
  const figcaption = lines.length > 0 ? `<figcaption>${lines.join("<br>")}</figcaption>` : "";
  // One line, as the shortcode was: a block of its own in markdown, and the lines below keep their numbers.
  return `<figure${attribute("class", get(parameters, "class"))}>${picture}${figcaption}</figure>`;
}

/** A page's front-matter value for `param`, its key in any case, as Hugo's `.Param` reads it: a value, not a list or a group. */
function paramText(fields: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const key = keyNamed(fields, name);
  const value = key === undefined ? undefined : fields[key];
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : undefined;
}

const HIGHLIGHT_BLOCK = /\{\{<\s*highlight\s*([^>]*?)\s*>\}\}\r?\n?([\s\S]*?)\{\{<\s*\/\s*highlight\s*>\}\}/g;

/** `{{< highlight go >}}…{{< /highlight >}}` as the code block it showed (its colours are the page's own). */
export function withHighlightBlocks(body: string): string {
  return body.replace(HIGHLIGHT_BLOCK, (block: string, language: string, code: string) => {
    const name = /^[\w+#.-]+/.exec(language.replace(/^["']|["']$/g, ""))?.[0];
    const className = name ? ` class="language-${escapeHtml(name)}"` : "";
    const html = `<pre><code${className}>${escapeHtml(code.replace(/\r?\n$/, ""))}</code></pre>`;
    // As many lines as the block, so a finding below it still names its own line.
    const newlines = (text: string) => text.split("\n").length - 1;
    return html + "\n".repeat(Math.max(0, newlines(block) - newlines(html)));
  });
}
