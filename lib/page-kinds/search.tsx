// The search page: `/en/search/?q=…` and its French twin, rendered for each
// request (app/[locale]/search/page.tsx). No path of the catch-all reaches it,
// so it is looked up by its route, not found by the registry.
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { SearchResults } from "@/components/SearchResults";
import { otherLocale, type Locale } from "@/i18n/routing";
import { latestModifiedIn } from "@/lib/content";
import type { SearchRequest } from "@/lib/search/request";
import { searchPath } from "@/lib/urls";
import { trailTo } from "./crumbs";
import type { ShownPage } from "./kind";

export function searchPage(locale: Locale, search: SearchRequest): ShownPage {
  const { query } = search;
  const t = () => getTranslations({ locale, namespace: "Search" });
  return {
    locale,
    path: searchPath(locale),
    // The same search in the other language.
    translation: searchPath(otherLocale(locale), query),
    toggle: searchPath(otherLocale(locale), query),
    modified: latestModifiedIn(locale),
    query,
    // Results are per query: no canonical URL, no preview, and not for search engines.
    metadata: async () => {
      const site = await getTranslations({ locale, namespace: "Site" });
      const title = query ? (await t())("resultsTitle", { query }) : (await t())("title");
      return { title: { absolute: site("titleTemplate", { title }) }, robots: { index: false, follow: true } };
    },
    content: async () => (
      <>
        <Breadcrumbs trail={await trailTo(locale, "home")} current={(await t())("title")} />
        <SearchResults search={search} />
      </>
    ),
  };
}
