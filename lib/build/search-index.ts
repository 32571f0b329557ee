// Build time only (scripts/build-content.ts): indexes every post and page once.
import MiniSearch from "minisearch";
import { perLocale, type Locale } from "@/i18n/routing";
import type { Page, Post, Rendered, Tag } from "@/lib/content/model";
import type { SearchBuild } from "@/lib/search/model";
import { indexOptions, type SearchDocument } from "@/lib/search/options";
import { storedIndexOf } from "@/lib/search/postings";
import { titleKeyOf } from "@/lib/search/titles";

/** How much of a body is kept for snippets: enough for most matches, not the whole archive in memory. */
const SNIPPET_SOURCE_LENGTH = 4000;

/** What each language's index is made of: one document per post and per page. */
export function searchDocumentsOf(
  posts: ReadonlyArray<Rendered<Post>>,
  tags: readonly Tag[],
  pages: ReadonlyArray<Rendered<Page>> = [],
): Record<Locale, SearchDocument[]> {
  const tagName = new Map(tags.map((tag) => [`${tag.locale}/${tag.slug}`, tag.name]));
  return perLocale((locale) => [
    ...posts
      .filter((post) => post.locale === locale)
      .map((post) => ({
        path: post.path,
        title: post.title,
        description: post.description ?? "",
        tags: post.tags.map((slug) => tagName.get(`${post.locale}/${slug}`) ?? slug).join(", "),
        author: post.author ?? "",
        body: post.bodyText,
      })),
    // Pages too: a reader searching "privacy" finds the notice. (A Hugo tree's homes are not pages.)
    ...pages
      .filter((page) => page.locale === locale)
      .map((page) => ({
        path: page.path,
        title: page.title,
        description: page.description ?? "",
        tags: "",
        author: "",
        body: page.bodyText,
      })),
  ]);
}

export function buildSearchIndex(
  posts: ReadonlyArray<Rendered<Post>>,
  tags: readonly Tag[],
  pages: ReadonlyArray<Rendered<Page>> = [],
): SearchBuild {
  const documents = searchDocumentsOf(posts, tags, pages);
  const indexes = perLocale((locale) => {
    const index = new MiniSearch<SearchDocument>(indexOptions(locale));
    index.addAll(documents[locale]);
    return storedIndexOf(index);
  });
  const searchable = [...posts, ...pages];
  return {
    indexes,
    titleKeys: Object.fromEntries(searchable.map((entry) => [entry.path, titleKeyOf(entry.title)])),
    texts: Object.fromEntries(searchable.map((entry) => [entry.path, entry.bodyText.slice(0, SNIPPET_SOURCE_LENGTH)])),
  };
}
