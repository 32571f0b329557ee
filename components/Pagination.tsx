import { getLocale, getTranslations } from "next-intl/server";
import { pageLinks } from "@/lib/pagination";
import { linkHref } from "@/lib/urls";

type Props = { page: number; count: number; label: string; pathOf: (page: number) => string };

/**
 * Previous, next, and the page links lib/pagination.ts picks: every page is
 * reachable without JavaScript, and the list stays short however long the archive.
 * On a phone only the neighbours show, between arrows whose words are kept
 * for screen readers, so the whole line fits.
 */
export async function Pagination({ page, count, label, pathOf }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Blog");
  if (count <= 1) return null;
  const href = (number: number) => linkHref(locale, pathOf(number));
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              <span aria-hidden="true">‹ </span>
              <span className="pagination-label">{t("previous")}</span>
            </a>
          </li>
        )}
        {pageLinks(page, count).map(({ number, far, gapBefore, gapAfter }) => (
          <li key={number} className={far ? "pagination-far" : undefined}>
            {gapBefore && <Gap />}
            <a
              href={href(number)}
              aria-current={number === page ? "page" : undefined}
              aria-label={t(number === page ? "currentPage" : "page", { page: number })}
            >
              {number}
            </a>
            {gapAfter && <Gap />}
          </li>
        ))}
        {page < count && (
          <li>
            <a href={href(page + 1)} rel="next">
              <span className="pagination-label">{t("next")}</span>
              <span aria-hidden="true"> ›</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

function Gap() {
  return (
    <span className="pagination-gap" aria-hidden="true">
      …
    </span>
  );
}
