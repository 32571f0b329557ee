import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BlogIndex } from "@/components/BlogIndex";
import { PageArticle } from "@/components/PageArticle";
import { PageShell } from "@/components/PageShell";
import { PostArticle } from "@/components/PostArticle";
import { isLocale, otherLocale } from "@/i18n/routing";
import { blogPageCount, canonicalPathsIn, routeFor, toggleTarget } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { blogPath } from "@/lib/urls";

type Props = { params: Promise<{ locale: string; path: string[] }> };

// Only canonical URLs have a page; every other path under a locale falls
// through to app/[locale]/unmatched (see next.config.js).
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  if (!isLocale(params.locale)) return [];
  return canonicalPathsIn(params.locale).map((path) => ({ path: path.split("/").filter(Boolean).slice(1) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, path } = await params;
  if (!isLocale(locale)) return {};
  const route = routeFor(locale, path);
  if (route?.kind === "blog") {
    const blog = await getTranslations({ locale, namespace: "Blog" });
    const site = await getTranslations({ locale, namespace: "Site" });
    const count = blogPageCount(locale);
    return pageMetadata({
      locale,
      path: blogPath(locale, route.page),
      title: route.page > 1 ? blog("pageTitle", { page: route.page, count }) : blog("title"),
      description: site("description"),
      translationPath: blogPath(otherLocale(locale)),
    });
  }
  if (route?.kind !== "entry") return {};
  const { entry } = route;
  return pageMetadata({
    locale,
    path: entry.path,
    title: entry.title,
    description: entry.summary,
    translationPath: entry.translationPath,
    imageAlt: entry.kind === "post" ? entry.image?.alt : undefined,
    article: entry.kind === "post" ? { publishedTime: entry.date.iso, author: entry.author } : undefined,
  });
}

export default async function ContentPage({ params }: Props) {
  const { locale, path } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const route = routeFor(locale, path);
  if (!route || route.kind === "redirect") notFound();
  if (route.kind === "blog") {
    return (
      <PageShell toggleHref={blogPath(otherLocale(locale))}>
        <BlogIndex page={route.page} />
      </PageShell>
    );
  }
  const { entry } = route;
  return (
    <PageShell toggleHref={toggleTarget(entry)}>
      {entry.kind === "post" ? <PostArticle post={entry} /> : <PageArticle page={entry} />}
    </PageShell>
  );
}
