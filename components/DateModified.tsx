import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { Modified } from "@/lib/content";

/**
 * "Date modified: 2018-06-12" at the end of the main content, as on every
 * Canada.ca page. `locale` is given on the pages that speak both languages,
 * where each line carries its own `lang`; elsewhere the page's language is used.
 */
export async function DateModified({ modified, locale }: { modified?: Modified; locale?: Locale }) {
  if (!modified) return null;
  const t = await getTranslations({ locale: locale ?? (await getLocale()), namespace: "DateModified" });
  return (
    <dl className="date-modified" lang={locale}>
      <dt>{t("label")}</dt>
      <dd>
        <time dateTime={modified.iso}>{modified.day}</time>
      </dd>
    </dl>
  );
}
