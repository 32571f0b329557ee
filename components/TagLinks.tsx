import { getLocale, getTranslations } from "next-intl/server";
import { tagsIn } from "@/lib/content";
import { TagList } from "./TagList";

/**
 * Every tag of the language, after a list of posts: as the department's Hugo
 * site put them beside its blog and tag pages ("View posts tagged with"), a
 * reader moves from one topic to another without going back to the index.
 * A tag no post carries yet is left out here; the index lists it, with its count.
 */
export async function TagLinks() {
  const locale = await getLocale();
  const t = await getTranslations("Tags");
  return (
    <TagList
      tags={tagsIn(locale).filter((tag) => tag.posts.length > 0)}
      locale={locale}
      title={t("browse")}
      titleId="tag-links-title"
      landmark="nav"
      className="tag-links"
    />
  );
}
