import { getTranslations } from "next-intl/server";
import type { Post } from "@/lib/content";
import { linkHref } from "@/lib/urls";
import { HeroImage } from "./HeroImage";
import { PostDate } from "./PostDate";

/** One post in a list: image, linked title, author, date and description. */
export async function PostSummary({ post, headingLevel }: { post: Post; headingLevel: 2 | 3 }) {
  const t = await getTranslations("Post");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const picture = post.thumb ?? post.image;
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
      </div>
    </article>
  );
}
