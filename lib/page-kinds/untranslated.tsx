// The notice that a post of the other language has no translation into this
// one, under the blog's untranslated segment (lib/site.ts). Where that post's toggle leads.
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { UntranslatedNotice } from "@/components/UntranslatedNotice";
import type { Locale } from "@/i18n/routing";
import { postAt, untranslatedInto, type Post } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { untranslatedPath, untranslatedPostPath } from "@/lib/urls";
import { trailTo } from "./crumbs";
import type { PageKind, ShownPage } from "./kind";

export const untranslatedKind: PageKind = {
  // It only points elsewhere.
  indexable: false,
  find: ({ locale, canonical }) => {
    const postPath = untranslatedPostPath(locale, canonical);
    const post = postPath ? postAt(postPath) : undefined;
    return post && !post.translationPath ? shownNotice(locale, post) : undefined;
  },
  paths: (locale) => untranslatedInto(locale).map((post) => untranslatedPath(locale, post.path)),
};

function shownNotice(locale: Locale, post: Post): ShownPage {
  const path = untranslatedPath(locale, post.path);
  const title = async () => {
    const notice = await getTranslations({ locale, namespace: "Untranslated" });
    return notice("title", { language: post.locale });
  };
  return {
    locale,
    path,
    toggle: post.path,
    modified: post.modified,
    metadata: async () => {
      const heading = await title();
      return pageMetadata({ locale, path, title: heading, description: heading, noindex: true });
    },
    content: async () => {
      const heading = await title();
      return (
        <>
          <Breadcrumbs trail={await trailTo(locale, "blog")} current={heading} />
          <UntranslatedNotice post={post} heading={heading} />
        </>
      );
    },
  };
}
