import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ShownPageFrame } from "@/components/ShownPageFrame";
import { isLocale } from "@/i18n/routing";
import { searchBusyPage } from "@/lib/page-kinds/search-busy";

// Prerendered for lib/search/admission.ts, which serves it with status 503;
// next.config.ts sends a reader's request for this path to the 404.
type Props = { params: Promise<{ locale: string }> };

export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? searchBusyPage(locale).metadata() : {};
}

export default async function SearchBusyPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <ShownPageFrame shown={searchBusyPage(locale)} />;
}
