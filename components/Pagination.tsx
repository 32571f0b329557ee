import { getLocale, getTranslations } from "next-intl/server";
import { linkHref } from "@/lib/urls";

type Props = { page: number; count: number; label: string; pathOf: (page: number) => string };

/** Links to every page of a list (`pathOf` names each), so every item is reachable without JavaScript. */
export async function Pagination({ page, count, label, pathOf }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Blog");
  if (count <= 1) return null;
  const pages = Array.from({ length: count }, (_, index) => index + 1);
  const href = (number: number) => linkHref(locale, pathOf(number));
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t("previous")}
            </a>
          </li>
        )}
        {pages.map((number) => (
          <li key={number}>
            <a
              href={href(number)}
              aria-current={number === page ? "page" : undefined}
              aria-label={t(number === page ? "currentPage" : "page", { page: number })}
            >
              {number}
            </a>
          </li>
        ))}
        {page < count && (
          <li>
            <a href={href(page + 1)} rel="next">
              {t("next")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
