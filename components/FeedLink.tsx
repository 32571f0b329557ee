import { getLocale, getTranslations } from "next-intl/server";
import { feedPath, linkHref } from "@/lib/urls";

/** A visible way to follow the blog in a feed reader (the `<link rel="alternate">` in the head stays too). */
export async function FeedLink() {
  const locale = await getLocale();
  const t = await getTranslations("Blog");
  return (
    <p className="feed-link">
      <a href={linkHref(locale, feedPath(locale))} type="application/atom+xml">
        {t("feed")}
      </a>
    </p>
  );
}
