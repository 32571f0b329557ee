import { getLocale, getTranslations } from "next-intl/server";
import { postsIn } from "@/lib/content";
import { blogPath, linkHref } from "@/lib/urls";
import { PostSummary } from "./PostSummary";

const LATEST_POSTS = 3;

/** A language's home: what the site is, and its latest posts. */
export async function HomeContent() {
  const t = await getTranslations("Home");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <LatestPosts />
    </>
  );
}

/** The newest posts of the page's language, and a link to the blog. */
export async function LatestPosts() {
  const locale = await getLocale();
  const t = await getTranslations("Home");
  const latest = postsIn(locale).slice(0, LATEST_POSTS);
  return (
    <>
      <h2>{t("latest")}</h2>
      <div className="post-list">
        {latest.map((post) => (
          <PostSummary key={post.path} post={post} headingLevel={3} />
        ))}
      </div>
      <p>
        <a href={linkHref(locale, blogPath(locale))}>{t("allPosts")}</a>
      </p>
    </>
  );
}
