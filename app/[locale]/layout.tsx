import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { HtmlDocument } from "@/components/HtmlDocument";
import { isLocale, routing } from "@/i18n/routing";

// Any other first segment is a 404 rendered from the prerendered app/not-found.tsx.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <HtmlDocument lang={locale}>{children}</HtmlDocument>;
}
