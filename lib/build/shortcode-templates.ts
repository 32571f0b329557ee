// A shortcode template that computes what it shows from the page's front matter
// or the site's pages (the 2024 toolkit prototype's `toolkit/resources` listed
// the page's `resources`, its `toolkit/topics` the pages of a topic), run by
// lib/build/template-runner.ts. Values: the shortcode's `.Get "x"` and
// `.Params.x`, the page's `$.Page.Params.x`, `.Title` and `.Description`, and
// `.Site.RegularPages`. A template that writes its own `.Inner`, or calls a
// partial, is not run here.
import { hugoValue, pageValue, runTemplate, type ListedPage } from "./template-runner";

/** What a shortcode's template may read: its own parameters, its page, and the language's regular pages in Hugo's order. */
export type ShortcodeScope = {
  named: ReadonlyMap<string, string>;
  positional: readonly string[];
  page: ListedPage;
  pages: readonly ListedPage[];
};

/** The template's output for one use, on one line, or undefined where it is not run. */
export function runShortcodeTemplate(template: string, scope: ShortcodeScope): string | undefined {
  if (/\.Inner\b/.test(template)) return undefined;
  const html = runTemplate(template, shortcodeRoot(scope));
  // One line, in a block of its own: markdown leaves it as HTML, and the lines below keep their numbers.
  return html === undefined ? undefined : `<div>${html.replace(/\s*\n\s*/g, " ").trim()}</div>`;
}

/** The shortcode as its template reads it: its parameters, its page, and the site's regular pages. */
const shortcodeRoot = (scope: ShortcodeScope) =>
  hugoValue({
    Params: Object.fromEntries(scope.named),
    Positional: Object.fromEntries(scope.positional.map((value, index) => [String(index), value])),
    Page: pageValue(scope.page),
    Site: hugoValue({ RegularPages: scope.pages.map(pageValue) }),
  });
