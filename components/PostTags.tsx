import { getTranslations } from "next-intl/server";
import { tagsOf, type Post } from "@/lib/content";
import { linkHref, tagPath } from "@/lib/urls";

/** A post's tags, each a link to the posts that share it. */
export async function PostTags({ post }: { post: Post }) {
  const t = await getTranslations("Tags");
  const tags = tagsOf(post);
  if (tags.length === 0) return null;
  return (
    <section className="post-tags" aria-labelledby="post-tags-title">
      <h2 id="post-tags-title" className="post-tags-title">
        {t("title")}
      </h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={linkHref(post.locale, tagPath(post.locale, tag.slug))}>{tag.name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
