import { StaticImage } from "./StaticImage";
import { getLocale, getTranslations } from "next-intl/server";
import wordmarkEn from "@gcds-core/components/dist/collection/components/gcds-signature/assets/wmms-spl-en.svg";
import wordmarkFr from "@gcds-core/components/dist/collection/components/gcds-signature/assets/wmms-spl-fr.svg";
import { pagesIn } from "@/lib/content";
import { linkHref } from "@/lib/urls";

const WORDMARK = { en: wordmarkEn, fr: wordmarkFr };
/** The size the Canada wordmark is shown at, here and on the language selection page. */
export const WORDMARK_SIZE = { width: 143, height: 34 };

export async function SiteFooter() {
  const locale = await getLocale();
  const t = await getTranslations("Footer");
  const pages = pagesIn(locale).toSorted((a, b) => (a.navOrder ?? 99) - (b.navOrder ?? 99));
  return (
    <footer className="site-footer">
      {pages.length > 0 && (
        <nav className="footer-links" aria-label={t("aboutSite")}>
          <div className="container">
            <ul>
              {pages.map((page) => (
                <li key={page.path}>
                  <a href={linkHref(locale, page.path)}>{page.title}</a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      )}
      <div className="footer-bottom">
        <div className="container">
          <StaticImage
            className="wordmark"
            src={WORDMARK[locale]}
            alt={t("wordmark")}
            width={WORDMARK_SIZE.width}
            height={WORDMARK_SIZE.height}
            unoptimized
          />
        </div>
      </div>
    </footer>
  );
}
