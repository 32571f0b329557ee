import { getLocale, getTranslations } from "next-intl/server";
import { otherLocale } from "@/i18n/routing";

/** A plain link to this page in the other language: works without JavaScript. */
export async function LanguageToggle({ href }: { href: string }) {
  const t = await getTranslations("Header");
  const other = otherLocale(await getLocale());
  return (
    <a className="language-toggle" href={href} lang={other} hrefLang={other}>
      {t("otherLanguage")}
    </a>
  );
}
