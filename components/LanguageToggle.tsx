import { getLocale, getTranslations } from "next-intl/server";
import { otherLocale } from "@/i18n/routing";
import { linkHref } from "@/lib/urls";

/** A plain link to this page in the other language (`path`, internal): works without JavaScript. */
export async function LanguageToggle({ path }: { path: string }) {
  const t = await getTranslations("Header");
  const locale = await getLocale();
  const other = otherLocale(locale);
  return (
    <a className="language-toggle" href={linkHref(locale, path)} lang={other} hrefLang={other}>
      {t("otherLanguage")}
    </a>
  );
}
