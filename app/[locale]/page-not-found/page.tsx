import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/NotFoundContent";
import { PageShell } from "@/components/PageShell";
import { isLocale, otherLocale, routing } from "@/i18n/routing";
import { latestModifiedIn } from "@/lib/content";
import { homePath } from "@/lib/urls";

// The 404 page of one language, prerendered as an ordinary page: Next sends an
// empty shell for a not-found boundary on paths it did not prerender
// (vercel/next.js#62228), so app/[locale]/unmatched serves this HTML with status 404.
type Props = { params: Promise<{ locale: string }> };

// Only the languages of the layout's generateStaticParams.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const site = await getTranslations({ locale: isLocale(locale) ? locale : routing.defaultLocale, namespace: "Site" });
  const t = await getTranslations({ locale: isLocale(locale) ? locale : routing.defaultLocale, namespace: "NotFound" });
  return { title: site("titleTemplate", { title: t("title") }), robots: { index: false } };
}

export default async function LocaleNotFoundPage({ params }: Props) {
  const { locale } = await params;
  const language = isLocale(locale) ? locale : routing.defaultLocale;
  setRequestLocale(language);
  return (
    <PageShell toggleHref={homePath(otherLocale(language))} modified={latestModifiedIn(language)}>
      <NotFoundContent locale={language} />
    </PageShell>
  );
}
