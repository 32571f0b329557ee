import { getLocale, getTranslations } from "next-intl/server";
import { blogPage, blogPageCount } from "@/lib/content";
import { homePath } from "@/lib/urls";
import { Breadcrumbs } from "./Breadcrumbs";
import { Pagination } from "./Pagination";
import { PostSummary } from "./PostSummary";

/** One page of the blog: that language's posts, newest first. */
export async function BlogIndex({ page }: { page: number }) {
  const locale = await getLocale();
  const t = await getTranslations("Blog");
  const crumbs = await getTranslations("Breadcrumbs");
  const posts = blogPage(locale, page);
  const count = blogPageCount(locale);
  return (
    <>
      <Breadcrumbs trail={[{ label: crumbs("home"), href: homePath(locale) }]} current={t("title")} />
      <h1>{page > 1 ? t("pageTitle", { page, count }) : t("title")}</h1>
      {posts.length === 0 && <p>{t("empty")}</p>}
      <div className="post-list">
        {posts.map((post) => (
          <PostSummary key={post.path} post={post} headingLevel={2} />
        ))}
      </div>
      <Pagination page={page} count={count} />
    </>
  );
}
