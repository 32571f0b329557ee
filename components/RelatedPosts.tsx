import { getTranslations } from "next-intl/server";
import { relatedPosts, type Post } from "@/lib/content";
import { PostSummary } from "./PostSummary";

/** Up to three other posts of the same language: shared tags first, then nearest in date. */
export async function RelatedPosts({ post }: { post: Post }) {
  const t = await getTranslations("Post");
  const related = relatedPosts(post);
  if (related.length === 0) return null;
  return (
    <section className="related-posts" aria-labelledby="related-posts-title">
      <h2 id="related-posts-title">{t("related")}</h2>
      <div className="post-list">
        {related.map((other) => (
          <PostSummary key={other.path} post={other} headingLevel={3} />
        ))}
      </div>
    </section>
  );
}
