import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ShownPageFrame } from "@/components/ShownPageFrame";
import { isLocale } from "@/i18n/routing";
import { searchShellPage } from "@/lib/page-kinds/search-shell";

// Prerendered for lib/search/shell.ts, which fills it in for each search;
// next.config.ts sends a reader's request for this path to the 404.
type Props = { params: Promise<{ locale: string }> };

export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? searchShellPage(locale).metadata() : {};
}

export default async function SearchShellPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <ShownPageFrame shown={searchShellPage(locale)} />;
}
