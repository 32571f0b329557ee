import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/PageShell";
import { SearchResults } from "@/components/SearchResults";
import { isLocale, otherLocale } from "@/i18n/routing";
import { latestModifiedIn } from "@/lib/content";
import { readSearch } from "@/lib/search/request";
import { searchPath } from "@/lib/urls";

// Rendered for each request from the index built with the site: `/en/search/?q=…`,
// `/fr/recherche/?q=…` (next.config.js rewrites the French path here).
type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "Search" });
  const site = await getTranslations({ locale, namespace: "Site" });
  const { query } = readSearch(await searchParams);
  const title = query ? t("resultsTitle", { query }) : t("title");
  return { title: { absolute: site("titleTemplate", { title }) }, robots: { index: false, follow: true } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const search = readSearch(await searchParams);
  return (
    <PageShell
      toggleHref={searchPath(otherLocale(locale), search.query)}
      query={search.query}
      path={searchPath(locale)}
      modified={latestModifiedIn(locale)}
    >
      <SearchResults search={search} />
    </PageShell>
  );
}
