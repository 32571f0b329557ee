// A page of its own, outside the blog: `/en/about/`, `/fr/a-propos/`.
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageArticle } from "@/components/PageArticle";
import { otherLocale } from "@/i18n/routing";
import { mutualTranslationOf, pageAt, pagesIn, type Page } from "@/lib/content";
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

/** Home, then, for a toolkit page, the toolkit and the topic it is in. */
async function pageTrail(page: Page) {
  const home = await trailTo(page.locale, "home");
  if (!("landing" in page.view)) return home;
  const { landing, topic } = page.view;
  return [...home, ...[landing, topic].flatMap((card) => (card ? [{ label: card.title, href: card.path }] : []))];
}

function shownPage(page: Page): ShownPage {
  const { locale, path, translationPath } = page;
  return {
    locale,
    path,
    translation: mutualTranslationOf(page),
    toggle: translationPath ?? homePath(otherLocale(locale)),
    modified: page.modified,
    metadata: () =>
      pageMetadata({
        locale,
        path,
        title: page.title,
        description: page.summary,
        translationPath: mutualTranslationOf(page),
      }),
    content: async () => (
      <>
        <Breadcrumbs trail={await pageTrail(page)} current={page.title} />
        <PageArticle page={page} />
      </>
    ),
  };
}
