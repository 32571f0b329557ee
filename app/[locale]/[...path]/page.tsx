import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BlogIndex } from "@/components/BlogIndex";
import { DevFindings } from "@/components/DevFindings";
import { PageArticle } from "@/components/PageArticle";
import { PageShell } from "@/components/PageShell";
import { PostArticle } from "@/components/PostArticle";
import { TagIndex } from "@/components/TagIndex";
import { TagPage } from "@/components/TagPage";
import { UntranslatedNotice } from "@/components/UntranslatedNotice";
import { isLocale, type Locale } from "@/i18n/routing";
import {
  blogPageCount,
  canonicalPathOf,
  devFindingsAt,
  modifiedAt,
  pageCount,
  prerenderedPathsIn,
  routeFor,
  sectionIn,
  toggleOf,
  translationOf,
  type PageRoute,
} from "@/lib/content";
import { pageMetadata, type PageFacts } from "@/lib/metadata";
import { blogPath, tagIndexPath, tagPath, untranslatedPath } from "@/lib/urls";

type Props = { params: Promise<{ locale: string; path: string[] }> };
type Shown = PageRoute;

// Only canonical URLs have a page; every other path under a locale falls
// through to app/[locale]/unmatched (see next.config.js). Older posts are
// rendered on their first request by app/[locale]/on-demand instead.
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  if (!isLocale(params.locale)) return [];
  return prerenderedPathsIn(params.locale).map((path) => ({ path: path.split("/").filter(Boolean).slice(1) }));
}

async function shownAt(params: Props["params"]): Promise<{ locale: Locale; route: Shown } | undefined> {
  const { locale, path } = await params;
  if (!isLocale(locale)) return undefined;
  const route = routeFor(locale, path);
  return route && route.kind !== "redirect" ? { locale, route } : undefined;
}

/** What the head says of each kind of page: title, description, translation. */
async function factsOf(locale: Locale, route: Shown): Promise<PageFacts> {
  const site = await getTranslations({ locale, namespace: "Site" });
  switch (route.kind) {
    case "entry": {
      const { entry } = route;
      return {
        locale,
        path: entry.path,
        title: entry.title,
        description: entry.summary,
        translationPath: translationOf(locale, route),
        imageAlt: entry.kind === "post" ? entry.image?.alt : undefined,
        article: entry.kind === "post" ? { publishedTime: entry.date.iso, author: entry.author } : undefined,
      };
    }
    case "blog": {
      const blog = await getTranslations({ locale, namespace: "Blog" });
      const count = blogPageCount(locale);
      return {
        locale,
        path: blogPath(locale, route.page),
        title: route.page > 1 ? blog("pageTitle", { page: route.page, count }) : blog("title"),
        description: sectionIn(locale)?.description ?? site("description"),
        translationPath: translationOf(locale, route),
      };
    }
    case "tagIndex": {
      const tags = await getTranslations({ locale, namespace: "Tags" });
      return {
        locale,
        path: tagIndexPath(locale),
        title: tags("title"),
        description: tags("browse"),
        translationPath: translationOf(locale, route),
      };
    }
    case "tag": {
      const tags = await getTranslations({ locale, namespace: "Tags" });
      const { tag, page } = route;
      const count = pageCount(tag.posts.length);
      return {
        locale,
        path: tagPath(locale, tag.slug, page),
        title: page > 1 ? tags("pageTitle", { tag: tag.name, page, count }) : tags("tagTitle", { tag: tag.name }),
        description: tags("tagTitle", { tag: tag.name }),
        translationPath: translationOf(locale, route),
      };
    }
    case "untranslated": {
      const notice = await getTranslations({ locale, namespace: "Untranslated" });
      const title = notice("title", { language: route.post.locale });
      return { locale, path: untranslatedPath(locale, route.post.path), title, description: title, noindex: true };
    }
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shown = await shownAt(params);
  return shown ? pageMetadata(await factsOf(shown.locale, shown.route)) : {};
}

export default async function ContentPage({ params }: Props) {
  const shown = await shownAt(params);
  if (!shown) {
    const { locale, path } = await params;
    const findings = isLocale(locale) ? devFindingsAt(locale, path) : [];
    if (isLocale(locale) && findings.length > 0) return <DevFindings locale={locale} findings={findings} />;
    notFound();
  }
  const { locale, route } = shown;
  setRequestLocale(locale);
  return (
    <PageShell
      toggleHref={toggleOf(locale, route)}
      path={canonicalPathOf(locale, route)}
      modified={modifiedAt(locale, route)}
    >
      {route.kind === "entry" &&
        (route.entry.kind === "post" ? <PostArticle post={route.entry} /> : <PageArticle page={route.entry} />)}
      {route.kind === "blog" && <BlogIndex page={route.page} />}
      {route.kind === "tagIndex" && <TagIndex />}
      {route.kind === "tag" && <TagPage tag={route.tag} page={route.page} />}
      {route.kind === "untranslated" && <UntranslatedNotice post={route.post} />}
    </PageShell>
  );
}
