import { getLocale, getTranslations } from "next-intl/server";
import { blogPage, blogPageCount, sectionIn } from "@/lib/content";
import { blogPath, linkHref, tagIndexPath } from "@/lib/urls";
import { PostList } from "./PostList";

/** One page of the blog: that language's posts, newest first, with the section's own text first. */
export async function BlogIndex({ page, heading }: { page: number; heading: string }) {
  const locale = await getLocale();
  const t = await getTranslations("Blog");
  const tags = await getTranslations("Tags");
  const section = sectionIn(locale);
  return (
    <PostList
      heading={heading}
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
      count={blogPageCount(locale)}
      base={blogPath(locale)}
      paginationLabel={t("pagination")}
    />
  );
}
