// A blog post: `/en/2017/08/03/why-canada-needs-a-digital-service/`.
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PostArticle } from "@/components/PostArticle";
import { otherLocale } from "@/i18n/routing";
import { mutualTranslationOf, postAt, postsIn, type Post } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { untranslatedPath } from "@/lib/urls";
import { trailTo } from "./crumbs";
import type { PageKind, ShownPage } from "./kind";

export const postKind: PageKind = {
  indexable: true,
  find: ({ canonical }) => {
    const post = postAt(canonical);
    return post && shownPost(post);
  },
  paths: (locale) => postsIn(locale).map((post) => post.path),
};

function shownPost(post: Post): ShownPage {
  const { locale, path, translationPath } = post;
  return {
    locale,
    path,
    translation: mutualTranslationOf(post),
    // Without a translation, the other language's notice says so and links back.
    toggle: translationPath ?? untranslatedPath(otherLocale(locale), path),
    modified: post.modified,
    metadata: () =>
      pageMetadata({
        locale,
        path,
        title: post.title,
        description: post.summary,
        translationPath: mutualTranslationOf(post),
        imageAlt: post.image?.alt,
        article: { publishedTime: post.date.iso, author: post.author },
      }),
    content: async () => (
      <>
        <Breadcrumbs trail={await trailTo(locale, "blog")} current={post.title} />
        <PostArticle post={post} />
      </>
    ),
  };
}
