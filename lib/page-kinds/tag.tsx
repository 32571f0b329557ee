// The posts carrying one tag, page by page: `/en/blog/tags/gc-notify/page/2/`.
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TagPage } from "@/components/TagPage";
import { otherLocale } from "@/i18n/routing";
import { latestModified, tagAt, tagPageCount, taggedPage, tagsIn, type Tag } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { blogPath, listPageNumber, tagIndexPath, tagPath, tagSlugIn } from "@/lib/urls";
import { trailTo } from "./crumbs";
import type { PageKind, ShownPage } from "./kind";

export const tagKind: PageKind = {
  indexable: true,
  find: ({ locale, canonical, segments }) => {
    const slug = tagSlugIn(locale, canonical);
    const tag = slug ? tagAt(locale, slug) : undefined;
    const page = tag && listPageNumber(tagPath(locale, tag.slug), locale, segments);
    return tag && page && page <= tagPageCount(tag) ? shownTag(tag, page) : undefined;
  },
  paths: (locale) =>
    tagsIn(locale).flatMap((tag) =>
      Array.from({ length: tagPageCount(tag) }, (_, index) => tagPath(locale, tag.slug, index + 1)),
    ),
};

/** The same tag in the other language, at the same page where it has that many. */
function translationOf(tag: Tag, page: number): string | undefined {
  const other = otherLocale(tag.locale);
  const paired = tag.translationSlug ? tagAt(other, tag.translationSlug) : undefined;
  return paired && tagPath(other, paired.slug, Math.min(page, tagPageCount(paired)));
}

function shownTag(tag: Tag, page: number): ShownPage {
  const { locale } = tag;
  const path = tagPath(locale, tag.slug, page);
  const translation = translationOf(tag, page);
  const titles = async () => {
    const t = await getTranslations({ locale, namespace: "Tags" });
    const count = tagPageCount(tag);
    const title = t("tagTitle", { tag: tag.name });
    return { t, title, heading: page > 1 ? t("pageTitle", { tag: tag.name, page, count }) : title };
  };
  return {
    locale,
    path,
    translation,
    toggle: translation ?? blogPath(otherLocale(locale)),
    modified: latestModified(taggedPage(tag, page)),
    metadata: async () => {
      const { title, heading } = await titles();
      return pageMetadata({ locale, path, title: heading, description: title, translationPath: translation });
    },
    content: async () => {
      const { t, heading } = await titles();
      const trail = [...(await trailTo(locale, "blog")), { label: t("title"), href: tagIndexPath(locale) }];
      return (
        <>
          <Breadcrumbs trail={trail} current={tag.name} />
          <TagPage tag={tag} page={page} heading={heading} />
        </>
      );
    },
  };
}
