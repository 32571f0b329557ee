// Where a link written in a body leads on this site: a link to a post, a page
// (by its address or an alias), a redirect stub or a static file, in any
// spelling, on the old domains or without a prefix, becomes that thing's
// address here, as the reader's page links it (lib/urls.ts linkHref).
import { otherLocale, type Locale } from "@/i18n/routing";
import { findPost } from "@/lib/content/links";
import {
  OLD_SITE_ORIGIN,
  decodeSegment,
  foldPermalink,
  homePath,
  linkHref,
  localeOf,
  oldSiteLocale,
  parseSiteLink,
  requestedLocale,
  schemeOf,
  withoutIndexFile,
} from "@/lib/urls";
import type { Draft } from "./drafts";

/** What a link can name besides posts and pages: stubs, list pages' old addresses, and static files. */
export type LinkIndex = {
  drafts: readonly Draft[];
  /** Every page's address and old addresses, folded with the language prefix → its path (pageAddressesOf). */
  pageAddresses: ReadonlyMap<string, string>;
  /** Folded paths with language prefix → where they lead. */
  redirects: ReadonlyMap<string, string>;
  /** Stubs of `redirects` (by their folded path with prefix) whose refresh names nothing the build knows of. */
  deadEndStubs: ReadonlySet<string>;
  /** Whether a root-relative path is a file the site serves as it is (`/reports/x.pdf`). */
  isFile: (sitePath: string) => boolean;
  /** Files beside pages, by their path with language prefix (`/en/legal/notes.txt`), decoded. */
  pageResources?: ReadonlySet<string>;
};

const LOCAL_LINK = /^\/(?!\/)/;

/** This site's URL for a link written in a body, when it names something that exists here. */
export function siteHref(index: LinkIndex, from: { locale: Locale }, href: string): string | undefined {
  const target = siteTarget(index, from.locale, href);
  if (target === undefined) return localeOf(href) ? linkHref(from.locale, href) : undefined;
  const hash = href.includes("#") ? href.slice(href.indexOf("#")) : "";
  return schemeOf(target) || !localeOf(target) ? target : linkHref(from.locale, target) + hash;
}

/** Whether a link names this site: written without a domain, or on one of the old domains. */
export function namesThisSite(href: string): boolean {
  return LOCAL_LINK.test(href) || OLD_SITE_ORIGIN.test(href);
}

/** The path of a file beside a page (`/legal/notes.txt`, as Hugo published it) in the first of `languages` that has one. */
export function pageFileAt(index: LinkIndex, languages: readonly Locale[], sitePath: string): string | undefined {
  const decoded = sitePath.split("/").map(decodeSegment).join("/");
  const locale = languages.find((each) => index.pageResources?.has(`/${each}${decoded}`));
  return locale && `/${locale}${sitePath}`;
}

/**
 * The path (or outside URL, for a stub) of what a link of this site names, in
 * the language it says, else `preferred`, else the other; undefined when it
 * names nothing, or is not a link of this site.
 */
export function siteTarget(index: LinkIndex, preferred: Locale, href: string): string | undefined {
  if (!namesThisSite(href)) return undefined;
  const sitePath = href.replace(OLD_SITE_ORIGIN, "").replace(/[?#].*$/, "") || "/";
  if (index.isFile(sitePath)) return sitePath;
  // A server answered a folder's `index.html` with what stands at the folder (`/legal/terms/index.html`).
  const target = parseSiteLink(withoutIndexFile(sitePath));
  // `/fr/` alone names no page (parseSiteLink), but still the French home.
  const first = target?.locale ?? requestedLocale(sitePath) ?? oldSiteLocale(href) ?? preferred;
  const languages = [first, otherLocale(first)];
  const resource = pageFileAt(index, languages, sitePath);
  if (resource) return resource;
  if (!target) return homePath(first);
  if (target.kind === "post") {
    return languages.map((locale) => findPost(index.drafts, target, locale)).find(Boolean)?.target.path;
  }
  const folded = foldPermalink(target.permalink);
  for (const locale of languages) {
    const page = index.pageAddresses.get(`/${locale}/${folded}/`);
    if (page) return page;
    const address = `/${locale}/${folded}/`;
    const redirect = index.redirects.get(address);
    // Such a stub's target would be an address of this site that answers 404: the link names the stub, as written,
    // and leads where the stub does, as on Hugo's site.
    if (redirect) return index.deadEndStubs.has(address) ? sitePath : redirect;
  }
  return undefined;
}

/**
 * Each page's address, then its old addresses, folded under its language
 * prefix, to the page's path: made once, asked for every link of every body.
 * An old address that is another page's address stays that page's.
 */
export function pageAddressesOf(drafts: readonly Draft[]): Map<string, string> {
  const pages = drafts.filter((draft) => draft.kind === "page");
  const addresses = new Map(pages.map((page) => [`/${page.locale}/${page.slug}/`, page.path]));
  for (const page of pages) {
    for (const old of oldAddressesOf(page)) {
      const address = `/${page.locale}/${old}/`;
      if (!addresses.has(address)) addresses.set(address, page.path);
    }
  }
  return addresses;
}

/** A page's old addresses, folded: Jekyll's `redirect_from`, Hugo's `aliases`. */
export function oldAddressesOf(draft: Draft): string[] {
  return [...(draft.meta.redirect_from ?? []), ...(draft.meta.aliases ?? [])].map(foldPermalink).filter(Boolean);
}
