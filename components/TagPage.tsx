import { getTranslations } from "next-intl/server";
import { onePage, pageCount, postsTagged, type Tag } from "@/lib/content";
import { blogPath, homePath, tagIndexPath, tagPath } from "@/lib/urls";
import { PostList } from "./PostList";

/** One page of the posts carrying a tag, newest first. */
export async function TagPage({ tag, page }: { tag: Tag; page: number }) {
  const t = await getTranslations("Tags");
  const crumbs = await getTranslations("Breadcrumbs");
  const posts = postsTagged(tag);
  const count = pageCount(posts.length);
  return (
    <PostList
      trail={[
        { label: crumbs("home"), href: homePath(tag.locale) },
        { label: crumbs("blog"), href: blogPath(tag.locale) },
        { label: t("title"), href: tagIndexPath(tag.locale) },
      ]}
      title={tag.name}
      heading={page > 1 ? t("pageTitle", { tag: tag.name, page, count }) : t("tagTitle", { tag: tag.name })}
      posts={onePage(posts, page)}
      page={page}
      count={count}
      base={tagPath(tag.locale, tag.slug)}
      paginationLabel={t("pagination", { tag: tag.name })}
    />
  );
}
