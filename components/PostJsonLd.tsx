import { LANGUAGE_TAG, type Locale } from "@/i18n/routing";
import type { Post } from "@/lib/content";
import { entryAt, shareImageOf, tagsOf } from "@/lib/content";
import { absoluteUrl } from "@/lib/urls";

/** How a post names its other-language version: the department writes in English first, and translates. */
const TRANSLATION_PROPERTY: Record<Locale, string> = { en: "workTranslation", fr: "translationOfWork" };

/** schema.org BlogPosting for search engines, with the post's translation. */
export function PostJsonLd({ post }: { post: Post }) {
  const translation = post.translationPath ? entryAt(post.translationPath) : undefined;
  const posting = {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.summary,
    datePublished: post.date.iso,
    dateModified: post.modified.iso,
    author: post.author ? { "@type": "Person", name: post.author } : undefined,
    image: shareImageOf(post.path).url,
    keywords: post.tags.length > 0 ? tagsOf(post).map((tag) => tag.name) : undefined,
    inLanguage: LANGUAGE_TAG[post.locale],
    url: absoluteUrl(post.path),
    mainEntityOfPage: absoluteUrl(post.path),
    ...(translation && {
      [TRANSLATION_PROPERTY[post.locale]]: {
        "@type": "BlogPosting",
        headline: translation.title,
        inLanguage: LANGUAGE_TAG[translation.locale],
        url: absoluteUrl(translation.path),
      },
    }),
  };
  // `<` is escaped so that no title can close the script element.
  const json = JSON.stringify(posting).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
