// A language's home: `/en/`, `/fr/` (app/[locale]/page.tsx).
import { getTranslations } from "next-intl/server";
import { HomeContent } from "@/components/HomeContent";
import { otherLocale, type Locale } from "@/i18n/routing";
import { HomeSections } from "@/components/pages/HomeSections";
import { homePageIn, latestModifiedIn } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { homePath } from "@/lib/urls";
import type { PageKind, ShownPage } from "./kind";

export const homeKind: PageKind = {
  indexable: true,
  find: ({ locale, segments }) => (segments.every((segment) => !segment) ? homePage(locale) : undefined),
  paths: (locale) => [homePath(locale)],
};

export function homePage(locale: Locale): ShownPage {
  const path = homePath(locale);
  const translation = homePath(otherLocale(locale));
  const own = homePageIn(locale);
  return {
    locale,
    path,
    translation,
    toggle: translation,
    // As Hugo dates a list page with no date of its own: by the newest of what it lists.
    modified: own?.modified ?? latestModifiedIn(locale),
    metadata: async () => {
      const site = await getTranslations({ locale, namespace: "Site" });
      // Titled with the site's name alone.
      return pageMetadata({
        locale,
        path,
        description: own?.description ?? site("description"),
        translationPath: translation,
      });
    },
    content: async () => (own?.view.layout === "home" ? <HomeSections page={own} view={own.view} /> : <HomeContent />),
  };
}
