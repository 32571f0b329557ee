import { getTranslations } from "next-intl/server";
import { neighbours, type Post } from "@/lib/content";
import { blogPath, homePath, linkHref } from "@/lib/urls";
import { Breadcrumbs } from "./Breadcrumbs";
import { HeroImage } from "./HeroImage";
import { PostDate } from "./PostDate";
import { PostJsonLd } from "./PostJsonLd";
import { ShareLinks } from "./ShareLinks";

export async function PostArticle({ post }: { post: Post }) {
  const t = await getTranslations("Post");
  const crumbs = await getTranslations("Breadcrumbs");
  const { newer, older } = neighbours(post);
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: crumbs("home"), href: homePath(post.locale) },
          { label: crumbs("blog"), href: blogPath(post.locale) },
        ]}
        current={post.title}
      />
      <article className="post">
        <h1 dangerouslySetInnerHTML={{ __html: post.titleHtml }} />
        <p className="post-meta">
          {t("publishedOn")} <PostDate date={post.date} />
          {post.author && <span className="post-author">{t("by", { author: post.author })}</span>}
        </p>
        <HeroImage image={post.image} sizes="(min-width: 62rem) 62rem, 100vw" priority />
        <div className="prose" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
        <ShareLinks post={post} />
      </article>
      <PostJsonLd post={post} />
      {(newer || older) && (
        <nav className="post-neighbours" aria-label={t("around")}>
          <ul>
            {newer && (
              <li>
                <span className="post-neighbour-label">{t("newer")}</span>
                <a
                  href={linkHref(post.locale, newer.path)}
                  rel="next"
                  dangerouslySetInnerHTML={{ __html: newer.titleHtml }}
                />
              </li>
            )}
            {older && (
              <li>
                <span className="post-neighbour-label">{t("older")}</span>
                <a
                  href={linkHref(post.locale, older.path)}
                  rel="prev"
                  dangerouslySetInnerHTML={{ __html: older.titleHtml }}
                />
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
