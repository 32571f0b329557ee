import { getTranslations } from "next-intl/server";
import { onePage, pageCount, postsTagged, type Tag } from "@/lib/content";
import { tagPath } from "@/lib/urls";
import { PostList } from "./PostList";

/** One page of the posts carrying a tag, newest first. */
export async function TagPage({ tag, page, heading }: { tag: Tag; page: number; heading: string }) {
  const t = await getTranslations("Tags");
  const posts = postsTagged(tag);
  return (
    <PostList
      heading={heading}
      posts={onePage(posts, page)}
      page={page}
      count={pageCount(posts.length)}
      base={tagPath(tag.locale, tag.slug)}
      paginationLabel={t("pagination", { tag: tag.name })}
    />
  );
}
