import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { blogPath, homePath, linkHref } from "@/lib/urls";

/** The body of a 404 page in one language, with ways back into the site. */
export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return (
    <section lang={locale} className="not-found">
      <h1>{t("title")}</h1>
      <p className="not-found-code">{t("error")}</p>
      <p>{t("body")}</p>
      <ul>
        <li>
          <a href={linkHref(locale, homePath(locale))}>{t("home")}</a>
        </li>
        <li>
          <a href={linkHref(locale, blogPath(locale))}>{t("blog")}</a>
        </li>
      </ul>
    </section>
  );
}
