import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ShownPageFrame } from "@/components/ShownPageFrame";
import { isLocale } from "@/i18n/routing";
import { homePage } from "@/lib/page-kinds/home";

type Props = { params: Promise<{ locale: string }> };

// Only the languages of the layout's generateStaticParams.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? homePage(locale).metadata() : {};
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <ShownPageFrame shown={homePage(locale)} />;
}
