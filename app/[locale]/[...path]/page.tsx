import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BlogIndex } from "@/components/BlogIndex";
import { PageArticle } from "@/components/PageArticle";
import { PageShell } from "@/components/PageShell";
import { PostArticle } from "@/components/PostArticle";
import { isLocale, otherLocale } from "@/i18n/routing";
import { canonicalPathsIn, routeFor, toggleTarget } from "@/lib/content";
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
  const t = await getTranslations({ locale, namespace: "Site" });
  if (route?.kind === "entry") {
    return { title: t("titleTemplate", { title: route.entry.title }), description: route.entry.description };
  }
  if (route?.kind === "blog") {
    const blog = await getTranslations({ locale, namespace: "Blog" });
    return { title: t("titleTemplate", { title: blog("title") }) };
  }
  return {};
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
