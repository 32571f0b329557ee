// Hugo shortcodes in a body (`{{% roadmap/div class="x" %}}…{{% /roadmap/div %}}`,
// `{{< name >}}`) are never shown to readers as code. A shortcode whose
// template in the tree's `layouts/shortcodes/` is one element around `.Inner`
// becomes that element, its `{{ .Get "name" }}` attributes filled in; any other
// is left out, its inner content kept, and the editor is told.
import fs from "node:fs";
import path from "node:path";
import { escapeHtml } from "@/lib/html";

/** A shortcode this site can draw: the element its template wraps `.Inner` in. */
export type ShortcodeTemplate = { tagName: string; attributes: string };

const WRAPPER = /^<([a-z][a-z0-9-]*)(\s[^>]*)?>\s*\{\{-?\s*\.Inner\s*-?\}\}\s*<\/\1>$/i;

/** The tree's shortcode templates that are one element around `.Inner`, by name (`roadmap/div`). */
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
    if (match) templates.set(name, { tagName: match[1], attributes: match[2] ?? "" });
  }
  return templates;
}

const SHORTCODE = /\{\{([%<])\s*(\/?)\s*([\w./-]+)((?:[^%>}]|%(?!\}\})|>(?!\}\}))*?)\s*(\/?)\s*[%>]\}\}/g;

/** Named (`class="x"`) and positional (`"x"`) parameters of a shortcode, as Hugo reads them. */
function readParameters(text: string): { named: Map<string, string>; positional: string[] } {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const match of text.matchAll(/(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|([^\s"`]+))/g)) {
    const value = match[2] ?? match[3] ?? match[4] ?? "";
    if (match[1]) named.set(match[1], value);
    else positional.push(value);
  }
  return { named, positional };
}

function openingTag(template: ShortcodeTemplate, parameters: string): string {
  const { named, positional } = readParameters(parameters);
  const attributes = template.attributes.replace(
    /\{\{-?\s*\.Get\s+(?:"([^"]+)"|(\d+))\s*-?\}\}/g,
    (_, name: string | undefined, index: string | undefined) =>
      escapeHtml((name !== undefined ? named.get(name) : positional[Number(index)]) ?? ""),
  );
  return `<${template.tagName}${attributes}>`;
}

/**
 * `body` with every shortcode replaced: a known wrapper by its element (blank
 * lines around it, so markdown inside stays markdown), any other by nothing.
 * `onUnknown` hears each other shortcode once, with its line in the body.
 */
export function expandShortcodes(
  body: string,
  templates: ReadonlyMap<string, ShortcodeTemplate>,
  onUnknown: (name: string, line: number) => void,
): string {
  if (!body.includes("{{")) return body;
  const reported = new Set<string>();
  return body.replace(
    SHORTCODE,
    (
      whole,
      _delimiter: string,
      closing: string,
      name: string,
      parameters: string,
      selfClosing: string,
      offset: number,
    ) => {
      const template = templates.get(name);
      if (!template) {
        if (!reported.has(name)) {
          reported.add(name);
          onUnknown(name, body.slice(0, offset).split("\n").length);
        }
        return "";
      }
      if (closing) return `\n\n</${template.tagName}>\n\n`;
      const open = openingTag(template, parameters);
      return selfClosing ? `${open}</${template.tagName}>` : `\n\n${open}\n\n`;
    },
  );
}
