import type { Metadata } from "next";
import { StaticImage } from "@/components/StaticImage";
import { getTranslations } from "next-intl/server";
import signature from "@gcds-core/components/dist/collection/components/gcds-signature/assets/sig-blk-en.svg";
import wordmark from "@gcds-core/components/dist/collection/components/gcds-signature/assets/wmms-spl-en.svg";
import { BilingualPageEnd } from "@/components/BilingualPageEnd";
import { HtmlDocument } from "@/components/HtmlDocument";
import { WORDMARK_SIZE } from "@/components/SiteFooter";
import { SIGNATURE_SIZE } from "@/components/SiteHeader";
import { LANGUAGE_TAG, routing } from "@/i18n/routing";
import { absoluteUrl, homePath, shareCardPath } from "@/lib/urls";
import { PREVIEW_IMAGE } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const [en, fr] = await Promise.all(routing.locales.map((locale) => getTranslations({ locale, namespace: "Site" })));
  const title = `${en("name")} - ${fr("name")}`;
  const image = {
    url: absoluteUrl(shareCardPath("/")),
    width: PREVIEW_IMAGE.width,
    height: PREVIEW_IMAGE.height,
    alt: title,
  };
  return {
    title: { absolute: title },
    description: `${en("description")} / ${fr("description")}`,
    alternates: {
      canonical: absoluteUrl("/"),
      languages: {
        [LANGUAGE_TAG.en]: absoluteUrl(homePath("en")),
        [LANGUAGE_TAG.fr]: absoluteUrl(homePath("fr")),
        "x-default": absoluteUrl("/"),
      },
    },
    openGraph: { type: "website", title, url: absoluteUrl("/"), siteName: title, images: [image] },
    twitter: { card: "summary_large_image", title, images: [image] },
  };
}

/** The language selection page, in both languages at once, as Canada.ca has it. */
export default async function LanguageSelection() {
  const languages = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: "Splash" }) })),
  );
  return (
    <HtmlDocument lang="en">
      <main className="splash">
        <div className="splash-card">
          <StaticImage
            className="signature"
            src={signature}
            alt="Government of Canada / Gouvernement du Canada"
            width={SIGNATURE_SIZE.width}
            height={SIGNATURE_SIZE.height}
            unoptimized
            priority
          />
          <h1>
            {languages.map(({ locale, t }) => (
              <span key={locale} lang={locale} className="splash-title">
                {t("title")}
              </span>
            ))}
          </h1>
          <ul className="splash-choices">
            {languages.map(({ locale, t }) => (
              <li key={locale} lang={locale}>
                <p className="visually-hidden">{t("choose")}</p>
                <a className="splash-button" href={homePath(locale)} hrefLang={locale}>
                  {t("enter")}
                </a>
              </li>
            ))}
          </ul>
          <BilingualPageEnd path="/" />
          <StaticImage
            className="wordmark"
            src={wordmark}
            alt="Symbol of the Government of Canada / Symbole du gouvernement du Canada"
            width={WORDMARK_SIZE.width}
            height={WORDMARK_SIZE.height}
            unoptimized
          />
        </div>
      </main>
    </HtmlDocument>
  );
}
