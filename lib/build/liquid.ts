// Liquid in a Jekyll body (`{{ page.title }}`, `{% for post in site.posts %}`)
// is never shown to readers as code. Jekyll ran it against its own layouts and
// data, which this site does not have, so:
// - `{{ page.key }}` is the file's own front-matter value, and `{{ site.url }}`
//   and `{{ site.baseurl }}` are nothing, so links stay on this site;
// - a `for` loop or a `capture` is left out whole: it drew a list (the blog's,
//   the products') that this site draws its own way;
// - a `comment` is left out, a `raw` block keeps its text as written;
// - any other tag (`if`, `include`, `assign`, …) is left out, what it wraps kept.
// The editor hears of each kind of tag left out once per file, with its line.
import { escapeHtml } from "@/lib/html";

const LIQUID = new RegExp(
  [
    /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/.source,
    // Group 2 is the block's name, which its end tag repeats (`\2`, once joined after the `raw` group).
    String.raw`\{%-?\s*(for|capture|comment)\b[\s\S]*?%\}[\s\S]*?\{%-?\s*end\2\s*-?%\}`,
    /\{\{-?([\s\S]*?)-?\}\}/.source,
    /\{%-?\s*(\w+)[\s\S]*?%\}/.source,
  ].join("|"),
  "g",
);

/** Variables with one meaning on this site: the site's own root. */
const SITE_ROOT_VARIABLES = new Set(["site.url", "site.baseurl"]);

/**
 * `body` with its Liquid run as far as this site can (above). `onLeftOut`
 * hears each kind of tag left out once, with what to call it and its line in the body.
 */
export function withoutLiquid(
  body: string,
  fields: Readonly<Record<string, unknown>>,
  onLeftOut: (tag: string, line: number) => void,
): string {
  if (!body.includes("{{") && !body.includes("{%")) return body;
  const reported = new Set<string>();
  const leftOut = (tag: string, offset: number) => {
    if (reported.has(tag)) return;
    reported.add(tag);
    onLeftOut(tag, body.slice(0, offset).split("\n").length);
  };
  return body.replace(
    LIQUID,
    (
      whole,
      rawText: string | undefined,
      block: string | undefined,
      output: string | undefined,
      tag: string | undefined,
      offset: number,
    ) => {
      if (rawText !== undefined) return rawText;
      if (block === "comment") return "";
      if (block) {
        leftOut(`the Liquid ${block === "for" ? "loop" : "block"} \`{% ${block} %}\``, offset);
        return "";
      }
      if (output !== undefined) {
        const variable = output.split("|")[0].trim();
        if (SITE_ROOT_VARIABLES.has(variable)) return "";
        const value = variable.startsWith("page.") ? fields[variable.slice("page.".length)] : undefined;
        if (typeof value === "string" || typeof value === "number") return escapeHtml(String(value));
        leftOut(`\`{{ ${variable} }}\``, offset);
        return "";
      }
      // A block's closing and middle tags (`endif`, `else`) go with its opening, said once.
      if (!tag || !/^(end\w*|else|elsif|when)$/.test(tag))
        leftOut(`the Liquid tag \`{% ${tag ?? whole} %}\` (what it wraps is kept)`, offset);
      return "";
    },
  );
}
