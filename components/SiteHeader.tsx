import { StaticImage } from "./StaticImage";
import { getLocale, getTranslations } from "next-intl/server";
import signatureEn from "@gcds-core/components/dist/collection/components/gcds-signature/assets/sig-blk-en.svg";
import signatureFr from "@gcds-core/components/dist/collection/components/gcds-signature/assets/sig-blk-fr.svg";
import { blogPath, homePath, linkHref } from "@/lib/urls";
import { LanguageToggle } from "./LanguageToggle";
import { SearchForm } from "./SearchForm";

const SIGNATURE = { en: signatureEn, fr: signatureFr };
/** The signature files' viewBox: they declare no width or height, and `next dev` refuses an image without them. */
export const SIGNATURE_SIZE = { width: 819, height: 78 };

export async function SiteHeader({ toggleHref, query }: { toggleHref: string; query?: string }) {
  const locale = await getLocale();
  const t = await getTranslations("Header");
  const site = await getTranslations("Site");
  const blog = await getTranslations("Blog");
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
          <a className="site-nav-link" href={linkHref(locale, blogPath(locale))}>
            {blog("title")}
          </a>
          <SearchForm query={query} />
        </div>
      </div>
    </header>
  );
}
