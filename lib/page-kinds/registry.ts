// Every kind of page the catch-all route and the homes serve, in the order a
// requested path is tried against them, and the questions asked of all of
// them at once: which page a path shows, every canonical path, which the
// build renders. Adding a kind of page is adding its module here.
import { routing, type Locale } from "@/i18n/routing";
import { shareImageOf } from "@/lib/content";
import { readDevFindings, readOnDemandPaths } from "@/lib/content/stored";
import { foldRequestPath, localeOf, requestPath } from "@/lib/urls";
import { blogKind } from "./blog";
import { homeKind } from "./home";
import type { PageKind, ShownPage } from "./kind";
import { pageKind } from "./page";
import { postKind } from "./post";
import { tagKind } from "./tag";
import { tagIndexKind } from "./tag-index";
import { untranslatedKind } from "./untranslated";

export type { PageKind, ShownPage } from "./kind";

export const PAGE_KINDS: readonly PageKind[] = [
  homeKind,
  postKind,
  pageKind,
  blogKind,
  tagIndexKind,
  tagKind,
  untranslatedKind,
];

/** What a path under a language names: a page, or the canonical spelling to redirect to. */
export type Lookup = { shown: ShownPage } | { redirect: string };

export function lookUp(locale: Locale, segments: readonly string[]): Lookup | undefined {
  const request = { locale, segments, canonical: foldRequestPath(locale, segments) };
  for (const kind of PAGE_KINDS) {
    const shown = kind.find(request);
    if (shown) return requestPath(locale, segments) === shown.path ? { shown } : { redirect: shown.path };
  }
  return undefined;
}

/** The page at a canonical path, for pages that list paths (the sitemap). */
export function shownAt(path: string): ShownPage | undefined {
  const locale = localeOf(path);
  const found = locale ? lookUp(locale, path.split("/").filter(Boolean).slice(1)) : undefined;
  return found && "shown" in found ? found.shown : undefined;
}

/** Every URL under `locale` that has a page of its own. */
export function canonicalPathsIn(locale: Locale): string[] {
  return PAGE_KINDS.flatMap((kind) => kind.paths(locale));
}

// Older posts and later list pages are rendered on their first request
// (app/[locale]/on-demand, reached through proxy.ts; lib/content/prerender.ts).
const onDemand = new Set(readOnDemandPaths());

/** The canonical paths under `locale` that the build renders: all but older posts and later list pages. */
export function prerenderedPathsIn(locale: Locale): string[] {
  return canonicalPathsIn(locale).filter((path) => !onDemand.has(path));
}

/** The pages a search engine should list: every canonical page but the notices that only point elsewhere. */
export function indexablePathsIn(locale: Locale): string[] {
  return PAGE_KINDS.filter((kind) => kind.indexable).flatMap((kind) => kind.paths(locale));
}

/** The pages whose preview card the build draws, those without a picture of their own: the others' on their first request. */
export function prerenderedPathsWithCards(): string[] {
  return ["/", ...routing.locales.flatMap(prerenderedPathsIn)].filter((path) => shareImageOf(path).kind === "card");
}

/**
 * In a preview (`npm run dev`) only: the findings of a file in error that
 * would be at this path, shown in place of its page while the editor fixes it.
 */
export function devFindingsAt(locale: Locale, segments: readonly string[]): string[] {
  return process.env.NODE_ENV === "development" ? readDevFindings(requestPath(locale, segments)) : [];
}
