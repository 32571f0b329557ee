// Which pages a build renders, and which wait for their first request: a
// build's cost then stays the same as the archive grows, while the pages
// readers open most (the newest posts, the first pages of each list) are
// ready before anyone asks.
import { perLocale, routing, type Locale } from "@/i18n/routing";
import { blogPath, tagPath } from "@/lib/urls";

/** Posts on each page of the blog. */
export const POSTS_PER_PAGE = 10;

/**
 * Posts on each page of a tag. The department's tag pages showed all their
 * posts on one page (its largest tag holds 13); a tag pages on only beyond
 * this many, so that a page stays light on a phone.
 */
export const TAGGED_POSTS_PER_PAGE = 30;

/** How many pages a list of `total` posts takes, at least one. */
export function pageCount(total: number, perPage = POSTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** How many pages a tag's list takes. */
export function tagPageCount(tag: { posts: readonly string[] }): number {
  return pageCount(tag.posts.length, TAGGED_POSTS_PER_PAGE);
}

type Listed = { locale: Locale; path: string };
type Tagged = { locale: Locale; slug: string; posts: readonly string[] };

/**
 * The paths rendered on their first request: each language's posts but the
 * newest `posts`, and the pages of the blog and of each tag after the first
 * `listPages`. `postsNewestFirst` is sorted.
 */
export function onDemandPaths(
  postsNewestFirst: readonly Listed[],
  tags: readonly Tagged[],
  keep: { posts: number; listPages: number },
): string[] {
  const seen = perLocale(() => 0);
  const olderPosts = postsNewestFirst.filter((post) => ++seen[post.locale] > keep.posts).map((post) => post.path);
  const laterPages = (count: number, path: (page: number) => string) =>
    Array.from({ length: Math.max(0, count - keep.listPages) }, (_, index) => path(keep.listPages + index + 1));
  return [
    ...olderPosts,
    ...routing.locales.flatMap((locale) => laterPages(pageCount(seen[locale]), (page) => blogPath(locale, page))),
    ...tags.flatMap((tag) => laterPages(tagPageCount(tag), (page) => tagPath(tag.locale, tag.slug, page))),
  ];
}
