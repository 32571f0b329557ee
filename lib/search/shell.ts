// The search page is the one page rendered for every request, and rendering
// it through React cost most of what a search cost. So React renders it once,
// at build time, as a shell: the header, toggle, breadcrumb and footer around
// an empty slot, with a stand-in query (app/[locale]/search-shell). A search
// fills that shell with its title, toggle link, query and results
// (lib/search/results-html.ts), and nothing else is rendered per request.
// The shell carries no script: Next's would hydrate the page back to the empty
// shell, and the search page needs none (it works without JavaScript, like every page).
import { otherLocale, type Locale } from "@/i18n/routing";
import { escapeHtml, type Markup } from "@/lib/html";
import { prerenderedHtml, withoutScripts } from "@/lib/prerendered";
import { INTERNAL_SEGMENTS } from "@/lib/site";
import { linkHref, searchPath } from "@/lib/urls";

/** The shell's stand-in query: letters only, so it is written alike in a URL and in HTML. */
export const QUERY_SLOT = "cdsSearchQuerySlot";
/** The element results take the place of. */
export const RESULTS_SLOT_ID = "search-results-slot";

type Filling = { title: string; toggleHref: string; query: string; results: Markup };

/** The shell cut at each slot, in the order they come. */
function cut(locale: Locale, html: string): (filling: Filling) => string {
  const page = withoutScripts(html);
  const title = /<title>[^<]*<\/title>/.exec(page)?.[0] ?? "<title></title>";
  const slots: Array<[string, (filling: Filling) => string]> = [
    [title, ({ title }) => `<title>${escapeHtml(title)}</title>`],
    [
      `href="${escapeHtml(linkHref(locale, searchPath(otherLocale(locale), QUERY_SLOT)))}"`,
      ({ toggleHref }) => `href="${escapeHtml(toggleHref)}"`,
    ],
    [`value="${QUERY_SLOT}"`, ({ query }) => `value="${escapeHtml(query)}"`],
    [`<div id="${RESULTS_SLOT_ID}"></div>`, ({ results }) => results.html],
  ];
  const found = slots
    .map(([marker, fill]) => {
      const at = page.indexOf(marker);
      if (at < 0 || page.indexOf(marker, at + 1) >= 0)
        throw new Error(`The search shell (${locale}) must hold ${marker} exactly once: see lib/search/shell.ts`);
      return { at, marker, fill };
    })
    .sort((a, b) => a.at - b.at);
  // The page between one slot and the next.
  const parts = found.map(({ at }, index) =>
    page.slice(index === 0 ? 0 : found[index - 1].at + found[index - 1].marker.length, at),
  );
  const last = found[found.length - 1];
  const tail = page.slice(last.at + last.marker.length);
  if ([...parts, tail].some((part) => part.includes(QUERY_SLOT)))
    throw new Error(`The search shell (${locale}) has a stand-in query left: see lib/search/shell.ts`);
  return (filling) => parts.map((part, index) => part + found[index].fill(filling)).join("") + tail;
}

const shells = new Map<Locale, (filling: Filling) => string>();

const prerenderedShell = (locale: Locale) => prerenderedHtml(`${locale}/${INTERNAL_SEGMENTS.searchShell}.html`);

/** Whether the build prerendered the shell of `locale`: in `next dev` it did not. */
export const hasPrerenderedShell = (locale: Locale): boolean => prerenderedShell(locale) !== undefined;

/**
 * The search page of `locale` filled in. The shell is the prerendered one; in
 * `next dev`, which prerenders nothing, it is asked of the dev server at
 * `origin` each time, so that an edit to the header shows at once.
 */
export async function filledSearchPage(locale: Locale, origin: string, filling: Filling): Promise<string> {
  const known = shells.get(locale);
  if (known) return known(filling);
  const prerendered = prerenderedShell(locale);
  if (prerendered) {
    const shell = cut(locale, prerendered);
    shells.set(locale, shell);
    return shell(filling);
  }
  if (process.env.NODE_ENV !== "development") throw new Error("The build made no search shell: run npm run build");
  const response = await fetch(`${origin}/${locale}/${INTERNAL_SEGMENTS.searchShell}/`);
  return cut(locale, await response.text())(filling);
}
