import type { MetadataRoute } from "next";
import { LANGUAGE_TAG, routing } from "@/i18n/routing";
import { indexablePathsIn, shownAt } from "@/lib/page-kinds/registry";
import { absoluteUrl, localeOf } from "@/lib/urls";

/** Every page a search engine should list, in both languages, with its translation and the date modified it shows. */
export default function sitemap(): MetadataRoute.Sitemap {
  return routing.locales.flatMap((locale) =>
    indexablePathsIn(locale).map((path) => {
      const shown = shownAt(path);
      const translation = shown?.translation;
      return {
        url: absoluteUrl(path),
        lastModified: shown?.modified?.iso,
        alternates: translation
          ? {
              languages: {
                [LANGUAGE_TAG[locale]]: absoluteUrl(path),
                [LANGUAGE_TAG[localeOf(translation) ?? locale]]: absoluteUrl(translation),
              },
            }
          : undefined,
      };
    }),
  );
}
