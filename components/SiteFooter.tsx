import { StaticImage } from "./StaticImage";
import { getLocale, getTranslations } from "next-intl/server";
import wordmarkEn from "@gcds-core/components/dist/collection/components/gcds-signature/assets/wmms-spl-en.svg";
import wordmarkFr from "@gcds-core/components/dist/collection/components/gcds-signature/assets/wmms-spl-fr.svg";
import { footerPagesIn, menuIn } from "@/lib/content";
import { linkHref } from "@/lib/urls";

const WORDMARK = { en: wordmarkEn, fr: wordmarkFr };
const CANADA_CA = { en: "https://www.canada.ca/en.html", fr: "https://www.canada.ca/fr.html" };
/** The size the Canada wordmark is shown at, here and on the language selection page. */
export const WORDMARK_SIZE = { width: 143, height: 34 };

export async function SiteFooter() {
  const locale = await getLocale();
  const t = await getTranslations("Footer");
  const pages = footerPagesIn(locale);
  const site = await getTranslations("Pages");
  // A Hugo tree (one with a menu) links Canada.ca too, as the department's site did.
  const canada = menuIn(locale) ? CANADA_CA[locale] : undefined;
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
              {canada && (
                <li>
                  <a href={canada}>{site("canada")}</a>
                </li>
              )}
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
