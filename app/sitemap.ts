import type { MetadataRoute } from "next";
import { LANGUAGE_TAG, otherLocale, routing } from "@/i18n/routing";
import { latestModifiedIn, modifiedAt, routeAt, indexablePathsIn, translationOf } from "@/lib/content";
import { absoluteUrl, homePath, localeOf } from "@/lib/urls";

/** Every page a search engine should list, in both languages, with its translation and the date modified it shows. */
export default function sitemap(): MetadataRoute.Sitemap {
  return routing.locales.flatMap((locale) =>
    [homePath(locale), ...indexablePathsIn(locale)].map((path) => {
      const route = routeAt(path);
      const translation =
        path === homePath(locale) ? homePath(otherLocale(locale)) : route && translationOf(locale, route);
      return {
        url: absoluteUrl(path),
        lastModified: (route ? modifiedAt(locale, route) : latestModifiedIn(locale))?.iso,
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
