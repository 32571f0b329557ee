import { getLocale, getTranslations } from "next-intl/server";
import type { Page, Post } from "@/lib/content";
import { localeOf, linkHref } from "@/lib/urls";

/**
 * Above a translation whose original changed after the version it reflects
 * (lib/build/translation-status.ts): in the page's language, when the other
 * language's version was updated, and a link to it. Gone once the translation
 * is stamped again.
 */
export async function TranslationNotice({ entry }: { entry: Post | Page }) {
  const { originalUpdated, translationPath } = entry;
  const original = translationPath && localeOf(translationPath);
  if (!originalUpdated || !translationPath || !original) return null;
  const locale = await getLocale();
  const t = await getTranslations("TranslationNotice");
  return (
    <div className="translation-notice" role="status">
      <p>
        {t("updated", { language: original })} <time dateTime={originalUpdated.iso}>{originalUpdated.day}</time>
        {t("end")}{" "}
        <a href={linkHref(locale, translationPath)} hrefLang={original} lang={original}>
          {t("read", { language: original })}
        </a>
      </p>
    </div>
  );
}
