import { getTranslations } from "next-intl/server";
import { tagsOf, type Post } from "@/lib/content";
import { TagList } from "./TagList";

/** A post's tags, each a link to the posts that share it. */
export async function PostTags({ post }: { post: Post }) {
  const t = await getTranslations("Tags");
  return (
    <TagList
      tags={tagsOf(post)}
      locale={post.locale}
      title={t("title")}
      titleId="post-tags-title"
      landmark="section"
      className="post-tags"
    />
  );
}
