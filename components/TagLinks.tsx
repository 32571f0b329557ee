import { getLocale, getTranslations } from "next-intl/server";
import { isCarried, tagsIn } from "@/lib/content";
import { TagList } from "./TagList";

/**
 * Every tag of the language, after a list of posts: as the department's Hugo
 * site put them beside its blog and tag pages ("View posts tagged with"), a
 * reader moves from one topic to another without going back to the index.
 * A tag that only a page carries is here too, as Hugo listed every term with
 * something in it; one nothing carries yet (a tag's own file alone) is left
 * out, and the index lists it, with its count.
 */
export async function TagLinks() {
  const locale = await getLocale();
  const t = await getTranslations("Tags");
  return (
    <TagList
      tags={tagsIn(locale).filter(isCarried)}
      locale={locale}
      title={t("browse")}
      titleId="tag-links-title"
      landmark="nav"
      className="tag-links"
    />
  );
}
