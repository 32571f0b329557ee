import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Post } from "@/lib/content";
import { pagedPath } from "@/lib/urls";
import { FeedLink } from "./FeedLink";
import { Pagination } from "./Pagination";
import { PostSummary } from "./PostSummary";
import { TagLinks } from "./TagLinks";

type Props = {
  /** The page's `<h1>`, which says the page number after the first. */
  heading: string;
  intro?: ReactNode;
  posts: Post[];
  page: number;
  count: number;
  /** The list's first page, for pagination. */
  base: string;
  paginationLabel: string;
};

/** One page of a list of posts (the blog, a tag), with the blog's look, then every tag of the language. */
export async function PostList({ heading, intro, posts, page, count, base, paginationLabel }: Props) {
  const t = await getTranslations("Blog");
  return (
    <>
      <h1>{heading}</h1>
      {page === 1 && intro}
      {posts.length === 0 && <p>{t("empty")}</p>}
      <div className="post-list">
        {posts.map((post) => (
          <PostSummary key={post.path} post={post} headingLevel={2} withTags />
        ))}
      </div>
      <Pagination page={page} count={count} label={paginationLabel} pathOf={(number) => pagedPath(base, number)} />
      <TagLinks />
      <FeedLink />
    </>
  );
}
