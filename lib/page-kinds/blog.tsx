// The blog, page by page: `/en/blog/`, `/en/blog/page/2/`, and the same in French.
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { BlogIndex } from "@/components/BlogIndex";
import { otherLocale, type Locale } from "@/i18n/routing";
import { blogPage, blogPageCount, latestModified, sectionIn } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { blogPageNumber, blogPath } from "@/lib/urls";
import { trailTo } from "./crumbs";
import type { PageKind, ShownPage } from "./kind";

export const blogKind: PageKind = {
  indexable: true,
  find: ({ locale, segments }) => {
    const page = blogPageNumber(locale, segments);
    return page !== undefined && page >= 1 && page <= blogPageCount(locale) ? shownBlog(locale, page) : undefined;
  },
  paths: (locale) => Array.from({ length: blogPageCount(locale) }, (_, index) => blogPath(locale, index + 1)),
};

/** The blog's name, and the heading of its page `page`, which says the page number after the first. */
async function titles(locale: Locale, page: number) {
  const blog = await getTranslations({ locale, namespace: "Blog" });
  const title = blog("title");
  return { title, heading: page > 1 ? blog("pageTitle", { page, count: blogPageCount(locale) }) : title };
}

function shownBlog(locale: Locale, page: number): ShownPage {
  const path = blogPath(locale, page);
  const translation = blogPath(otherLocale(locale));
  return {
    locale,
    path,
    translation,
    toggle: translation,
    modified: latestModified(blogPage(locale, page)),
    metadata: async () => {
      const site = await getTranslations({ locale, namespace: "Site" });
      const { heading } = await titles(locale, page);
      const description = sectionIn(locale)?.description ?? site("description");
      return pageMetadata({ locale, path, title: heading, description, translationPath: translation });
    },
    content: async () => {
      const { title, heading } = await titles(locale, page);
      return (
        <>
          <Breadcrumbs trail={await trailTo(locale, "home")} current={title} />
          <BlogIndex page={page} heading={heading} />
        </>
      );
    },
  };
}
