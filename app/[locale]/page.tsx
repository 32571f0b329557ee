import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/PageShell";
import { PostSummary } from "@/components/PostSummary";
import { isLocale, otherLocale } from "@/i18n/routing";
import { latestModifiedIn, postsIn } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { blogPath, homePath, linkHref } from "@/lib/urls";

type Props = { params: Promise<{ locale: string }> };

// Only the languages of the layout's generateStaticParams.
export const dynamicParams = false;

const LATEST_POSTS = 3;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    path: homePath(locale),
    description: t("description"),
    translationPath: homePath(otherLocale(locale)),
  });
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const latest = postsIn(locale).slice(0, LATEST_POSTS);
  return (
    <PageShell toggleHref={homePath(otherLocale(locale))} path={homePath(locale)} modified={latestModifiedIn(locale)}>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <h2>{t("latest")}</h2>
      <div className="post-list">
        {latest.map((post) => (
          <PostSummary key={post.path} post={post} headingLevel={3} />
        ))}
      </div>
      <p>
        <a href={linkHref(locale, blogPath(locale))}>{t("allPosts")}</a>
      </p>
    </PageShell>
  );
}
