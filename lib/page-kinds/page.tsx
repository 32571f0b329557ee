// A page of its own, outside the blog: `/en/about/`, `/fr/a-propos/`.
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageArticle } from "@/components/PageArticle";
import { otherLocale } from "@/i18n/routing";
import { pageAt, pagesIn, type Page } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { homePath } from "@/lib/urls";
import { trailTo } from "./crumbs";
import type { PageKind, ShownPage } from "./kind";

export const pageKind: PageKind = {
  indexable: true,
  find: ({ canonical }) => {
    const page = pageAt(canonical);
    return page && shownPage(page);
  },
  paths: (locale) => pagesIn(locale).map((page) => page.path),
};

function shownPage(page: Page): ShownPage {
  const { locale, path, translationPath } = page;
  return {
    locale,
    path,
    translation: translationPath,
    toggle: translationPath ?? homePath(otherLocale(locale)),
    modified: page.modified,
    metadata: () => pageMetadata({ locale, path, title: page.title, description: page.summary, translationPath }),
    content: async () => (
      <>
        <Breadcrumbs trail={await trailTo(locale, "home")} current={page.title} />
        <PageArticle page={page} />
      </>
    ),
  };
}
