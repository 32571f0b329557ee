import { getLocale, getTranslations } from "next-intl/server";
import { blogPath, linkHref } from "@/lib/urls";

/** Links to every page of the blog, so each post is reachable without JavaScript. */
export async function Pagination({ page, count }: { page: number; count: number }) {
  const locale = await getLocale();
  const t = await getTranslations("Blog");
  if (count <= 1) return null;
  const pages = Array.from({ length: count }, (_, index) => index + 1);
  return (
    <nav className="pagination" aria-label={t("pagination")}>
      <ul>
        {page > 1 && (
          <li>
            <a href={linkHref(locale, blogPath(locale, page - 1))} rel="prev">
              {t("previous")}
            </a>
          </li>
        )}
        {pages.map((number) => (
          <li key={number}>
            {number === page ? (
              <a
                href={linkHref(locale, blogPath(locale, number))}
                aria-current="page"
                aria-label={t("currentPage", { page: number })}
              >
                {number}
              </a>
            ) : (
              <a href={linkHref(locale, blogPath(locale, number))} aria-label={t("page", { page: number })}>
                {number}
              </a>
            )}
          </li>
        ))}
        {page < count && (
          <li>
            <a href={linkHref(locale, blogPath(locale, page + 1))} rel="next">
              {t("next")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
