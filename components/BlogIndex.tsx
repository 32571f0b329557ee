import { getLocale, getTranslations } from "next-intl/server";
import { blogPage, blogPageCount, sectionIn } from "@/lib/content";
import { blogPath, homePath, linkHref, tagIndexPath } from "@/lib/urls";
import { PostList } from "./PostList";

/** One page of the blog: that language's posts, newest first, with the section's own text first. */
export async function BlogIndex({ page }: { page: number }) {
  const locale = await getLocale();
  const t = await getTranslations("Blog");
  const tags = await getTranslations("Tags");
  const crumbs = await getTranslations("Breadcrumbs");
  const section = sectionIn(locale);
  const count = blogPageCount(locale);
  return (
    <PostList
      trail={[{ label: crumbs("home"), href: homePath(locale) }]}
      title={t("title")}
      heading={page > 1 ? t("pageTitle", { page, count }) : t("title")}
      intro={
        <>
          {section?.bodyHtml && <div className="prose lead" dangerouslySetInnerHTML={{ __html: section.bodyHtml }} />}
          <p>
            <a href={linkHref(locale, tagIndexPath(locale))}>{tags("browse")}</a>
          </p>
        </>
      }
      posts={blogPage(locale, page)}
      page={page}
      count={count}
      base={blogPath(locale)}
      paginationLabel={t("pagination")}
    />
  );
}
