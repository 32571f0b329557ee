import { StaticImage } from "./StaticImage";
import { getLocale, getTranslations } from "next-intl/server";
import signatureEn from "@gcds-core/components/dist/collection/components/gcds-signature/assets/sig-blk-en.svg";
import signatureFr from "@gcds-core/components/dist/collection/components/gcds-signature/assets/sig-blk-fr.svg";
import { menuIn } from "@/lib/content";
import type { Locale } from "@/i18n/routing";
import { blogPath, homePath, linkHref, localeOf, parseSiteLink } from "@/lib/urls";
import { LanguageToggle } from "./LanguageToggle";
import { SearchForm } from "./SearchForm";

const SIGNATURE = { en: signatureEn, fr: signatureFr };
/** The signature files' viewBox: they declare no width or height, and `next dev` refuses an image without them. */
export const SIGNATURE_SIZE = { width: 819, height: 78 };

export async function SiteHeader({
  toggleHref,
  query,
  currentPath,
}: {
  toggleHref: string;
  query?: string;
  /** The page shown, to mark its section in the menu. */
  currentPath?: string;
}) {
  const locale = await getLocale();
  const t = await getTranslations("Header");
  const site = await getTranslations("Site");
  const blog = await getTranslations("Blog");
  const pages = await getTranslations("Pages");
  const menu = menuIn(locale);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <div className="container header-top">
        <StaticImage
          className="signature"
          src={SIGNATURE[locale]}
          alt={t("signatureHome")}
          width={SIGNATURE_SIZE.width}
          height={SIGNATURE_SIZE.height}
          priority
          unoptimized
        />
        <LanguageToggle path={toggleHref} />
      </div>
      <div className="site-bar">
        <div className="container site-bar-inner">
          <a className="site-name" href={linkHref(locale, homePath(locale))}>
            {site("name")}
          </a>
          {menu ? (
            <nav className="site-menu" aria-label={pages("menu")}>
              <ul>
                {menu.map((item) => (
                  <li key={item.path}>
                    <a
                      className="site-nav-link"
                      href={linkHref(locale, item.path)}
                      aria-current={currentPath ? currentMark(locale, currentPath, item.path) : undefined}
                    >
                      {item.name}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : (
            <a className="site-nav-link" href={linkHref(locale, blogPath(locale))}>
              {blog("title")}
            </a>
          )}
          <SearchForm query={query} />
        </div>
      </div>
    </header>
  );
}

/**
 * How a menu entry is marked for screen readers: the page itself, or the
 * section the page is in (a post is in the blog; the home only holds itself).
 */
function currentMark(locale: Locale, current: string, entry: string): "page" | "true" | undefined {
  if (current === entry) return "page";
  if (entry === homePath(locale)) return undefined;
  const inBlog = entry === blogPath(locale) && localeOf(current) === locale && parseSiteLink(current)?.kind === "post";
  return current.startsWith(entry) || inBlog ? "true" : undefined;
}
