import { getLocale, getTranslations } from "next-intl/server";
import { linkHref } from "@/lib/urls";

type Props = { page: number; count: number; label: string; pathOf: (page: number) => string };

/**
 * Previous, next, the first and last pages and those around this one, with a
 * gap between (the GC Design System's pattern): every page is reachable
 * without JavaScript, and the list stays short however long the archive.
 * On a phone only the neighbours show, between arrows whose words are kept
 * for screen readers, so the whole line fits.
 */
export async function Pagination({ page, count, label, pathOf }: Props) {
  const locale = await getLocale();
  const t = await getTranslations("Blog");
  if (count <= 1) return null;
  const shown = [...new Set([1, page - 1, page, page + 1, count])].filter((number) => number >= 1 && number <= count);
  const href = (number: number) => linkHref(locale, pathOf(number));
  const far = (number: number) => Math.abs(number - page) > 1;
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
        {shown.map((number, index) => {
          const [previous, next] = [shown[index - 1], shown[index + 1]];
          // The gap goes with the far page, so the phone layout hides both.
          const gapBefore = previous !== undefined && number - previous > 1 && !far(previous);
          const gapAfter = next !== undefined && next - number > 1 && far(number);
          return (
            <li key={number} className={far(number) ? "pagination-far" : undefined}>
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
          );
        })}
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
