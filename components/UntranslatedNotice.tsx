import { getLocale, getTranslations } from "next-intl/server";
import type { Post } from "@/lib/content";
import { blogPath, homePath, linkHref } from "@/lib/urls";
import { Breadcrumbs } from "./Breadcrumbs";

/** Says, in this page's language, that `post` exists only in its own language, and where to go from here. */
export async function UntranslatedNotice({ post }: { post: Post }) {
  const locale = await getLocale();
  const t = await getTranslations("Untranslated");
  const crumbs = await getTranslations("Breadcrumbs");
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: crumbs("home"), href: homePath(locale) },
          { label: crumbs("blog"), href: blogPath(locale) },
        ]}
        current={t("title", { language: post.locale })}
      />
      <h1>{t("title", { language: post.locale })}</h1>
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
