import { getLocale, getTranslations } from "next-intl/server";
import type { Post } from "@/lib/content";
import { blogPath, linkHref } from "@/lib/urls";

/** Says, in this page's language, that `post` exists only in its own language, and where to go from here. */
export async function UntranslatedNotice({ post, heading }: { post: Post; heading: string }) {
  const locale = await getLocale();
  const t = await getTranslations("Untranslated");
  return (
    <>
      <h1>{heading}</h1>
      <p>{t("body", { language: post.locale })}</p>
      <ul>
        <li>
          <a href={linkHref(locale, post.path)} hrefLang={post.locale}>
            {t("read", { language: post.locale })}
            {": "}
            <span lang={post.locale} dangerouslySetInnerHTML={{ __html: post.titleHtml }} />
          </a>
        </li>
        <li>
          <a href={linkHref(locale, blogPath(locale))}>{t("blog")}</a>
        </li>
      </ul>
    </>
  );
}
