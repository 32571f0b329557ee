import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { HtmlDocument } from "@/components/HtmlDocument";
import { isLocale, routing } from "@/i18n/routing";

// No `dynamicParams = false` here: Next applies it to every route below, and
// app/[locale]/on-demand must render its posts on request. Each prerendered
// route below says it itself, so any other first segment is still a 404.
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
