import { getTranslations } from "next-intl/server";
import { tagsOf, type Post } from "@/lib/content";
import { linkHref, tagPath } from "@/lib/urls";
import { HeroImage } from "./HeroImage";
import { PostDate } from "./PostDate";

/** One post in a list: image, linked title, author, date, description and its tags ("Topics", as the Hugo site listed them). */
export async function PostSummary({
  post,
  headingLevel,
  withTags = false,
}: {
  post: Post;
  headingLevel: 2 | 3;
  /** On the blog's and tags' pages; the home and related posts keep a shorter summary. */
  withTags?: boolean;
}) {
  const t = await getTranslations("Post");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const picture = post.thumb ?? post.image;
  const tags = withTags ? tagsOf(post) : [];
  return (
    <article className="post-summary">
      {/* The title link names the post; the image beside it is decoration here. */}
      <HeroImage image={picture && { ...picture, alt: "" }} sizes="(min-width: 48rem) 16rem, 100vw" />
      <div>
        <Heading className="post-summary-title">
          <a href={linkHref(post.locale, post.path)} dangerouslySetInnerHTML={{ __html: post.titleHtml }} />
        </Heading>
        <p className="post-meta">
          {post.author && <span>{t("by", { author: post.author })} · </span>}
          <PostDate date={post.date} />
        </p>
        {post.description && <p>{post.description}</p>}
        {tags.length > 0 && (
          <p className="post-summary-tags">
            {t("topics")}{" "}
            {tags.map((tag, index) => (
              <span key={tag.slug}>
                {index > 0 && ", "}
                <a href={linkHref(post.locale, tagPath(post.locale, tag.slug))}>{tag.name}</a>
              </span>
            ))}
          </p>
        )}
      </div>
    </article>
  );
}
