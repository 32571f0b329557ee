import { getLocale, getTranslations } from "next-intl/server";
import { tagsIn } from "@/lib/content";
import { blogPath, homePath, linkHref, tagPath } from "@/lib/urls";
import { Breadcrumbs } from "./Breadcrumbs";
import { FeedLink } from "./FeedLink";

/** Every tag of a language, by name, with how many posts carry it. */
export async function TagIndex() {
  const locale = await getLocale();
  const t = await getTranslations("Tags");
  const crumbs = await getTranslations("Breadcrumbs");
  const tags = tagsIn(locale);
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: crumbs("home"), href: homePath(locale) },
          { label: crumbs("blog"), href: blogPath(locale) },
        ]}
        current={t("title")}
      />
      <h1>{t("title")}</h1>
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
