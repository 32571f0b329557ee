import { getTranslations } from "next-intl/server";
import { tagPageCount, taggedPage, type Tag } from "@/lib/content";
import { tagPath } from "@/lib/urls";
import { PostList } from "./PostList";

/** One page of the posts carrying a tag, newest first. */
export async function TagPage({ tag, page, heading }: { tag: Tag; page: number; heading: string }) {
  const t = await getTranslations("Tags");
  return (
    <PostList
      heading={heading}
      posts={taggedPage(tag, page)}
      page={page}
      count={tagPageCount(tag)}
      base={tagPath(tag.locale, tag.slug)}
      paginationLabel={t("pagination", { tag: tag.name })}
    />
  );
}
