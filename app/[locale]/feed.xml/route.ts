import { getTranslations } from "next-intl/server";
import { isLocale, routing } from "@/i18n/routing";
import { bodyOf, postsIn, tagsOf } from "@/lib/content";
import { feedEntries } from "@/lib/config";
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
  // The newest posts only: a reader's app has the older ones, and the feed stays the same size as the archive grows.
  const posts = postsIn(language)
    .slice(0, feedEntries())
    .map((post) => ({ ...post, bodyHtml: bodyOf(post) }));
  return new Response(atomFeed(language, site("feedTitle"), posts, tagsOf), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
