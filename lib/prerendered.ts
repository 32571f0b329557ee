// The HTML of pages Next prerendered at build time, read once from the build
// output and kept: what the 404 answers, the busy page and the search page's
// shell are made of. None in `next dev`, which prerenders nothing.
import fs from "node:fs";
import path from "node:path";

const pages = new Map<string, string | undefined>();

/** The prerendered page at `file` under .next/server/app (`en/search-busy.html`), or undefined where there is none. */
export function prerenderedHtml(file: string): string | undefined {
  if (pages.has(file)) return pages.get(file);
  const full = path.join(process.cwd(), ".next/server/app", file);
  const html = fs.existsSync(full) ? fs.readFileSync(full, "utf8") : undefined;
  pages.set(file, html);
  return html;
}

const SCRIPTS = [/<script\b[^>]*>[\s\S]*?<\/script>/g, /<link\b[^>]*\bas="script"[^>]*\/?>/g];

/**
 * A prerendered page without Next's scripts, for the pages that are served
 * other than as Next rendered them (the busy page, the search page): they need
 * none, and Next's would hydrate a filled-in page back to the page it rendered.
 */
export function withoutScripts(html: string): string {
  const stripped = SCRIPTS.reduce((page, script) => page.replace(script, ""), html);
  if (stripped.includes("<script")) throw new Error("A prerendered page kept a script: see lib/prerendered.ts");
  return stripped;
}
