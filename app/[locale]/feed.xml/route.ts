import { getTranslations } from "next-intl/server";
import { isLocale, routing } from "@/i18n/routing";
import { postsIn, tagsOf } from "@/lib/content";
import { atomFeed } from "@/lib/feed";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const language = isLocale(locale) ? locale : routing.defaultLocale;
  const site = await getTranslations({ locale: language, namespace: "Site" });
  return new Response(atomFeed(language, site("feedTitle"), postsIn(language), tagsOf), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
