import { getLocale, getTranslations } from "next-intl/server";
import { tagsIn } from "@/lib/content";
import { linkHref, tagPath } from "@/lib/urls";
import { FeedLink } from "./FeedLink";

/** Every tag of a language, by name, with how many posts carry it. */
export async function TagIndex({ heading }: { heading: string }) {
  const locale = await getLocale();
  const t = await getTranslations("Tags");
  const tags = tagsIn(locale);
  return (
    <>
      <h1>{heading}</h1>
      {tags.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="tag-index">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <a href={linkHref(locale, tagPath(locale, tag.slug))}>{tag.name}</a>{" "}
              <span className="tag-count">{t("count", { count: tag.posts.length })}</span>
            </li>
          ))}
        </ul>
      )}
      <FeedLink />
    </>
  );
}
