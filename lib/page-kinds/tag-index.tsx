// Every tag of a language: `/en/blog/tags/`, and the same in French.
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TagIndex } from "@/components/TagIndex";
import { otherLocale, type Locale } from "@/i18n/routing";
import { latestModifiedIn } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { tagIndexPath } from "@/lib/urls";
import { trailTo } from "./crumbs";
import type { PageKind, ShownPage } from "./kind";

export const tagIndexKind: PageKind = {
  indexable: true,
  find: ({ locale, canonical }) => (canonical === tagIndexPath(locale) ? shownTagIndex(locale) : undefined),
  paths: (locale) => [tagIndexPath(locale)],
};

function shownTagIndex(locale: Locale): ShownPage {
  const path = tagIndexPath(locale);
  const translation = tagIndexPath(otherLocale(locale));
  const tags = () => getTranslations({ locale, namespace: "Tags" });
  return {
    locale,
    path,
    translation,
    toggle: translation,
    modified: latestModifiedIn(locale),
    metadata: async () => {
      const t = await tags();
      return pageMetadata({ locale, path, title: t("title"), description: t("browse"), translationPath: translation });
    },
    content: async () => {
      const t = await tags();
      return (
        <>
          <Breadcrumbs trail={await trailTo(locale, "blog")} current={t("title")} />
          <TagIndex heading={t("title")} />
        </>
      );
    },
  };
}
