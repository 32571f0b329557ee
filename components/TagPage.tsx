import { getTranslations } from "next-intl/server";
import { pageAt, tagPageCount, taggedPage, type Tag } from "@/lib/content";
import { linkHref, tagPath } from "@/lib/urls";
import { PostList } from "./PostList";

/** One page of the posts carrying a tag, newest first; first, the pages a Hugo tree tags with it, as Hugo listed them. */
export async function TagPage({ tag, page, heading }: { tag: Tag; page: number; heading: string }) {
  const t = await getTranslations("Tags");
  const pages = tag.pages.flatMap((path) => pageAt(path) ?? []);
  const taggedPages = pages.length > 0 && (
    <section aria-labelledby="tagged-pages">
      <h2 id="tagged-pages">{t("taggedPages", { tag: tag.name })}</h2>
      <ul>
        {pages.map((tagged) => (
          <li key={tagged.path}>
            <a href={linkHref(tagged.locale, tagged.path)}>{tagged.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <PostList
      heading={heading}
      intro={taggedPages}
      posts={taggedPage(tag, page)}
      page={page}
      count={tagPageCount(tag)}
      base={tagPath(tag.locale, tag.slug)}
      paginationLabel={t("pagination", { tag: tag.name })}
    />
  );
}
