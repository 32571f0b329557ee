import { getLocale, getTranslations } from "next-intl/server";
import { linkHref, searchPath } from "@/lib/urls";

/** A plain GET form: it searches with or without JavaScript. */
export async function SearchForm({ query = "" }: { query?: string }) {
  const locale = await getLocale();
  const t = await getTranslations("Search");
  return (
    <form className="search-form" role="search" action={linkHref(locale, searchPath(locale))} method="get">
      {/* Named for screen readers; sighted readers see the button and the box where search boxes are. */}
      <label htmlFor="site-search" className="visually-hidden">
        {t("field")}
      </label>
      <div className="search-form-row">
        <input id="site-search" name="q" type="search" defaultValue={query} maxLength={200} autoComplete="off" />
        <button type="submit">{t("submit")}</button>
      </div>
    </form>
  );
}
