// The <head> of every page: title, description, canonical URL, translations
// (hreflang), feed, and the link preview (Open Graph, Twitter), all absolute.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LANGUAGE_TAG, OPEN_GRAPH_LOCALE, otherLocale, type Locale } from "@/i18n/routing";
import { shareImageOf } from "@/lib/content";
import { PREVIEW_IMAGE } from "@/lib/site";
import { absoluteUrl, feedPath } from "@/lib/urls";

export type PageFacts = {
  locale: Locale;
  /** Canonical internal path. */
  path: string;
  /** The page's own title; the home page has none and is titled with the site's name. */
  title?: string;
  description: string;
  translationPath?: string;
  /** The alt text of the post's own picture, used when the preview shows it. */
  imageAlt?: string;
  /** `noindex`: pages that only point elsewhere (search results, the untranslated notice). */
  noindex?: boolean;
  article?: { publishedTime: string; author?: string };
};

export async function pageMetadata(page: PageFacts): Promise<Metadata> {
  const site = await getTranslations({ locale: page.locale, namespace: "Site" });
  const other = otherLocale(page.locale);
  const title = page.title ?? site("name");
  const url = absoluteUrl(page.path);
  const preview = shareImageOf(page.path);
  // A generated card is described as the card it is, never with a photo's alt text.
  const alt = preview.kind === "card" ? site("cardAlt", { title }) : page.imageAlt || title;
  const size = preview.kind === "remote" ? {} : { width: PREVIEW_IMAGE.width, height: PREVIEW_IMAGE.height };
  const image = { url: preview.url, ...size, alt };
  const translations = page.translationPath
    ? { [LANGUAGE_TAG[page.locale]]: url, [LANGUAGE_TAG[other]]: absoluteUrl(page.translationPath) }
    : {};
  const openGraph = {
    title,
    description: page.description,
    url,
    siteName: site("name"),
    locale: OPEN_GRAPH_LOCALE[page.locale],
    alternateLocale: page.translationPath ? [OPEN_GRAPH_LOCALE[other]] : undefined,
    images: [image],
  };
  return {
    title: { absolute: page.title ? site("titleTemplate", { title: page.title }) : site("name") },
    description: page.description,
    alternates: {
      canonical: url,
      languages: { ...translations, "x-default": absoluteUrl("/") },
      types: { "application/atom+xml": [{ url: absoluteUrl(feedPath(page.locale)), title: site("feedTitle") }] },
    },
    openGraph: page.article
      ? {
          ...openGraph,
          type: "article",
          publishedTime: page.article.publishedTime,
          authors: page.article.author ? [page.article.author] : undefined,
        }
      : { ...openGraph, type: "website" },
    twitter: { card: "summary_large_image", title, description: page.description, images: [image] },
    robots: page.noindex ? { index: false, follow: true } : undefined,
  };
}
