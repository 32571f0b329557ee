// Hugo shortcodes in a body (`{{% roadmap/div class="x" %}}…{{% /roadmap/div %}}`,
// `{{< name >}}`) are never shown to readers as code. A shortcode whose
// template in the tree's `layouts/shortcodes/` is one element around `.Inner`
// becomes that element, its `{{ .Get "name" }}` attributes filled in; one that
// computes what it shows is run as far as lib/build/shortcode-templates.ts
// reads it; any other is left out, its inner content kept, and the editor is
// told. An inline
// shortcode (`{{< cards.inline >}}{{ range … }}{{< /cards.inline >}}`) holds
// template code, not content: it is left out whole. Hugo's own shortcodes
// (`figure`, `youtube`, `ref`…) are drawn as Hugo drew them
// (lib/build/hugo-builtin-shortcodes.ts), unless the tree has its own template.
import fs from "node:fs";
import path from "node:path";
import { escapeHtml } from "@/lib/html";
import {
  BUILTIN_SHORTCODES,
  THIRD_PARTY_BUILTINS,
  drawBuiltin,
  withHighlightBlocks,
  type ShortcodePage,
} from "./hugo-builtin-shortcodes";
import { runShortcodeTemplate } from "./shortcode-templates";

/**
 * A shortcode template of the tree: the element it wraps `.Inner` in, `.Inner`
 * alone, or one that computes what it shows (its text, run where it can be).
 */
export type ShortcodeTemplate =
  { kind: "wrapper"; tagName: string; attributes: string } | { kind: "inner" } | { kind: "computed"; source: string };

const WRAPPER = /^<([a-z][a-z0-9-]*)(\s[^>]*)?>\s*\{\{-?\s*\.Inner\s*-?\}\}\s*<\/\1>$/i;
const INNER_ALONE = /^\{\{-?\s*\.Inner\s*-?\}\}$/;

/** The tree's shortcode templates by name (`roadmap/div`). */
export function readShortcodeTemplates(siteRoot: string | undefined): Map<string, ShortcodeTemplate> {
  const templates = new Map<string, ShortcodeTemplate>();
  const dir = siteRoot && path.join(siteRoot, "layouts", "shortcodes");
  if (!dir || !fs.existsSync(dir)) return templates;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const name = path
      .relative(dir, file)
      .split(path.sep)
      .join("/")
      .replace(/\.html$/, "");
    // Hugo's own settings (`{{ $_hugo_config := … }}`) and comments are not output.
    const text = fs
      .readFileSync(file, "utf8")
      .replace(/\{\{-?\s*(?:\$_hugo_config\s*:=|\/\*)[\s\S]*?\}\}/g, "")
      .trim();
    const match = WRAPPER.exec(text);
    if (match) templates.set(name, { kind: "wrapper", tagName: match[1], attributes: match[2] ?? "" });
    else templates.set(name, INNER_ALONE.test(text) ? { kind: "inner" } : { kind: "computed", source: text });
  }
  return templates;
}

const SHORTCODE = /\{\{([%<])(?!\/\*)\s*(\/?)\s*([\w./-]+)((?:[^%>}]|%(?!\}\})|>(?!\}\}))*?)\s*(\/?)\s*[%>]\}\}/g;

/** Named (`class="x"`) and positional (`"x"`) parameters of a shortcode, as Hugo reads them. */
export type ShortcodeParameters = { named: Map<string, string>; positional: string[] };

function readParameters(text: string): ShortcodeParameters {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const match of text.matchAll(/(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|([^\s"`]+))/g)) {
    const value = match[2] ?? match[3] ?? match[4] ?? "";
    if (match[1]) named.set(match[1], value);
    else positional.push(value);
  }
  return { named, positional };
}

function openingTag(template: Extract<ShortcodeTemplate, { kind: "wrapper" }>, parameters: string): string {
  const { named, positional } = readParameters(parameters);
  const attributes = template.attributes.replace(
    /\{\{-?\s*\.Get\s+(?:"([^"]+)"|(\d+))\s*-?\}\}/g,
    (_, name: string | undefined, index: string | undefined) =>
      escapeHtml((name !== undefined ? named.get(name) : positional[Number(index)]) ?? ""),
  );
  return `<${template.tagName}${attributes}>`;
}

/**
 * Why a shortcode is not drawn: no template, a template that computes, an inline one's
 * template code, a built-in of Hugo's this site does not draw, or a built-in
 * that names nothing (a `ref` to no page).
 */
export type SkippedShortcode = "unknown" | "computed" | "inline" | "builtin" | "unresolved";

/** What the editor is told of a shortcode not drawn, and what to do instead. */
export function skippedShortcodeMessage(name: string, why: SkippedShortcode): string {
  switch (why) {
    case "inline":
      return `the inline shortcode ${name} runs Hugo template code, which this site does not run; it is left out: write what it showed as HTML or markdown`;
    case "builtin":
      return `Hugo's shortcode ${name} loads another site's script or player, which this site's pages do not; it is left out: link to what it showed`;
    case "computed":
      return `the shortcode ${name} runs Hugo template code (layouts/shortcodes/${name}.html), which this site does not run; what it showed is left out and its content kept: write it as HTML or markdown`;
    case "unresolved":
      return `the shortcode ${name} names no page or value this site has, so it is left out: check what it names`;
    default:
      return `the shortcode ${name} has no template this site can draw (one element around .Inner in layouts/shortcodes/); its content is shown without it: write it as HTML or markdown`;
  }
}

const INLINE_BLOCK =
  /\{\{([<%])\s*([\w./-]+\.inline)\b(?:[^%>}]|%(?!\}\})|>(?!\}\}))*?(?<!\/\s*)[%>]\}\}[\s\S]*?\{\{[<%]\s*\/\s*\2\s*[%>]\}\}/g;

/**
 * `body` with every shortcode replaced: a known wrapper by its element (blank
 * lines around it, so markdown inside stays markdown), a built-in or a
 * computing template by what it draws, an inline one with what it holds by
 * nothing, any other by nothing. `onSkipped` hears each shortcode not drawn
 * once, with its line in the body.
 */
export function expandShortcodes(
  body: string,
  templates: ReadonlyMap<string, ShortcodeTemplate>,
  onSkipped: (name: string, line: number, why: SkippedShortcode) => void,
  page: ShortcodePage,
): string {
  if (!body.includes("{{")) return body;
  const reported = new Set<string>();
  const report = (name: string, offset: number, text: string, why: SkippedShortcode) => {
    if (reported.has(name)) return;
    reported.add(name);
    onSkipped(name, text.slice(0, offset).split("\n").length, why);
  };
  // Its line is counted in the body as written; newlines are kept so later lines keep theirs.
  const withoutInline = body.replace(
    INLINE_BLOCK,
    (block: string, _delimiter: string, name: string, offset: number) => {
      report(name, offset, body, "inline");
      return "\n".repeat(block.split("\n").length - 1);
    },
  );
  // The tree's own template of a built-in's name is the one Hugo used.
  const written = templates.has("highlight") ? withoutInline : withHighlightBlocks(withoutInline);
  const expanded = written.replace(
    SHORTCODE,
    (
      whole,
      delimiter: string,
      closing: string,
      name: string,
      parameters: string,
      selfClosing: string,
      offset: number,
    ) => {
      const template = templates.get(name);
      if (!template && BUILTIN_SHORTCODES.has(name) && !closing) {
        const drawn = drawBuiltin(name, readParameters(parameters), page, delimiter === "%");
        if (drawn === undefined) report(name, offset, written, "unresolved");
        return drawn ?? "";
      }
      if (template?.kind === "inner") return "";
      if (template?.kind === "computed" && !closing) {
        const { named, positional } = readParameters(parameters);
        const drawn = runShortcodeTemplate(template.source, {
          named,
          positional,
          page: page.self,
          pages: page.pages(),
        });
        if (drawn !== undefined) return drawn;
      }
      if (template?.kind !== "wrapper") {
        const why = template
          ? "computed"
          : name.endsWith(".inline")
            ? "inline"
            : THIRD_PARTY_BUILTINS.has(name)
              ? "builtin"
              : "unknown";
        report(name, offset, written, why);
        return "";
      }
      if (closing) return `\n\n</${template.tagName}>\n\n`;
      const open = openingTag(template, parameters);
      return selfClosing ? `${open}</${template.tagName}>` : `\n\n${open}\n\n`;
    },
  );
  // Hugo's way to show a shortcode as text: `{{</* name */>}}` is written `{{< name >}}`.
  return expanded.replace(/\{\{([<%])\/\*/g, "{{$1").replace(/\*\/([>%])\}\}/g, "$1}}");
}
