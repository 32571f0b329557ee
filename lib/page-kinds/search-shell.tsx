// The search page around an empty slot, with a stand-in query: prerendered at
// `/en/search-shell/` and `/fr/search-shell/`, and only ever served filled in
// by a search (lib/search/shell.ts; the path itself is a 404).
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { otherLocale, type Locale } from "@/i18n/routing";
import { latestModifiedIn } from "@/lib/content";
import { QUERY_SLOT, RESULTS_SLOT_ID } from "@/lib/search/shell";
import { searchPath } from "@/lib/urls";
import { trailTo } from "./crumbs";
import type { ShownPage } from "./kind";

export function searchShellPage(locale: Locale): ShownPage {
  const t = () => getTranslations({ locale, namespace: "Search" });
  return {
    locale,
    path: searchPath(locale),
    toggle: searchPath(otherLocale(locale), QUERY_SLOT),
    modified: latestModifiedIn(locale),
    query: QUERY_SLOT,
    // Results are per query: no canonical URL, no preview, and not for search engines. The title is each search's.
    metadata: async () => ({ title: (await t())("title"), robots: { index: false, follow: true } }),
    content: async () => (
      <>
        <Breadcrumbs trail={await trailTo(locale, "home")} current={(await t())("title")} />
        <div id={RESULTS_SLOT_ID} />
      </>
    ),
  };
}
