// Where a link written in a body leads on this site: a link to a post, in
// any spelling, on the old domains or without a prefix, becomes the post's
// address here, as the reader's page links it (lib/urls.ts linkHref).
import { otherLocale, type Locale } from "@/i18n/routing";
import { findPost } from "@/lib/content/links";
import { OLD_SITE_ORIGIN, linkHref, localeOf, oldSiteLocale, parseSiteLink } from "@/lib/urls";
import type { Draft } from "./drafts";

/** This site's URL for a link written in a body, when it names a post that exists here. */
export function siteHref(drafts: readonly Draft[], from: { locale: Locale }, href: string): string | undefined {
  if (localeOf(href)) return linkHref(from.locale, href);
  if (!OLD_SITE_ORIGIN.test(href) && !/^\/\d{4}\//.test(href)) return undefined;
  const target = parseSiteLink(href);
  if (target?.kind !== "post") return undefined;
  const first = target.locale ?? oldSiteLocale(href) ?? from.locale;
  const found = findPost(drafts, target, first) ?? findPost(drafts, target, otherLocale(first));
  const hash = href.includes("#") ? href.slice(href.indexOf("#")) : "";
  return found ? linkHref(from.locale, found.target.path) + hash : undefined;
}
