import { getTranslations } from "next-intl/server";
import { bodyOf, neighbours, type Post } from "@/lib/content";
import { linkHref } from "@/lib/urls";
import { HeroImage } from "./HeroImage";
import { PostDate } from "./PostDate";
import { PostJsonLd } from "./PostJsonLd";
import { PostTags } from "./PostTags";
import { RelatedPosts } from "./RelatedPosts";
import { ShareLinks } from "./ShareLinks";
import { TranslationNotice } from "./TranslationNotice";

export async function PostArticle({ post }: { post: Post }) {
  const t = await getTranslations("Post");
  const { newer, older } = neighbours(post);
  return (
    <>
      <article className="post">
        {post.unpublished && <p className="unpublished-label">{t(post.unpublished)}</p>}
        <TranslationNotice entry={post} />
        <h1 dangerouslySetInnerHTML={{ __html: post.titleHtml }} />
        <p className="post-meta">
          {t("publishedOn")} <PostDate date={post.date} />
          {post.author && <span className="post-author">{t("by", { author: post.author })}</span>}
        </p>
        <HeroImage image={post.image} sizes="(min-width: 62rem) 62rem, 100vw" priority />
        <div className="prose" dangerouslySetInnerHTML={{ __html: bodyOf(post) }} />
        <PostTags post={post} />
        <ShareLinks post={post} />
      </article>
      <PostJsonLd post={post} />
      <RelatedPosts post={post} />
      {(newer || older) && (
        <nav className="post-neighbours" aria-label={t("around")}>
          <ul>
            {newer && <NeighbourLink label={t("newer")} post={newer} rel="next" />}
            {older && <NeighbourLink label={t("older")} post={older} rel="prev" />}
          </ul>
        </nav>
      )}
    </>
  );
}

function NeighbourLink({ label, post, rel }: { label: string; post: Post; rel: "next" | "prev" }) {
  return (
    <li>
      <span className="post-neighbour-label">{label}</span>
      <a href={linkHref(post.locale, post.path)} rel={rel} dangerouslySetInnerHTML={{ __html: post.titleHtml }} />
    </li>
  );
}
