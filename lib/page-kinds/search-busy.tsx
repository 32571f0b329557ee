// The page a search refused for load gets (lib/search/admission.ts), in the
// query's language: prerendered at `/en/search-busy/` and `/fr/search-busy/`,
// and only ever served with status 503 (the path itself is a 404).
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { otherLocale, type Locale } from "@/i18n/routing";
import { latestModifiedIn } from "@/lib/content";
import { blogPath, linkHref, searchPath } from "@/lib/urls";
import { trailTo } from "./crumbs";
import type { ShownPage } from "./kind";

export function searchBusyPage(locale: Locale): ShownPage {
  const t = () => getTranslations({ locale, namespace: "Search" });
  return {
    locale,
    path: searchPath(locale),
    toggle: searchPath(otherLocale(locale)),
    modified: latestModifiedIn(locale),
    metadata: async () => {
      const site = await getTranslations({ locale, namespace: "Site" });
      return {
        title: { absolute: site("titleTemplate", { title: (await t())("busyTitle") }) },
        robots: { index: false },
      };
    },
    content: async () => {
      const search = await t();
      return (
        <>
          <Breadcrumbs trail={await trailTo(locale, "home")} current={search("title")} />
          <h1>{search("busyTitle")}</h1>
          <p>{search("busy")}</p>
          <ul>
            <li>
              <a href={linkHref(locale, searchPath(locale))}>{search("busyAgain")}</a>
            </li>
            <li>
              <a href={linkHref(locale, blogPath(locale))}>{search("blog")}</a>
            </li>
          </ul>
        </>
      );
    },
  };
}
