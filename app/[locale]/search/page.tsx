import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ShownPageFrame } from "@/components/ShownPageFrame";
import { isLocale } from "@/i18n/routing";
import { searchPage } from "@/lib/page-kinds/search";
import { readSearch } from "@/lib/search/request";

// Rendered for each request from the index built with the site, at each
// language's own name for search (lib/site.ts; next.config.ts rewrites it here).
type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? searchPage(locale, readSearch(await searchParams)).metadata() : {};
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <ShownPageFrame shown={searchPage(locale, readSearch(await searchParams))} />;
}
