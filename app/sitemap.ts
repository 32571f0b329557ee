import type { MetadataRoute } from "next";
import { LANGUAGE_TAG, otherLocale, routing } from "@/i18n/routing";
import { allEntries, entryAt, indexablePathsIn, routeAt, translationOf } from "@/lib/content";
import { absoluteUrl, homePath, localeOf } from "@/lib/urls";

/** Every page a search engine should list, in both languages, with its translation; pages without a date carry the newest post's. */
export default function sitemap(): MetadataRoute.Sitemap {
  const newest = allEntries().reduce(
    (latest, entry) => (entry.kind === "post" && entry.date.instant > latest ? entry.date.instant : latest),
    0,
  );
  return routing.locales.flatMap((locale) =>
    [homePath(locale), ...indexablePathsIn(locale)].map((path) => {
      const entry = entryAt(path);
      const route = routeAt(path);
      const translation =
        path === homePath(locale) ? homePath(otherLocale(locale)) : route && translationOf(locale, route);
      return {
        url: absoluteUrl(path),
        lastModified: entry?.kind === "post" ? entry.date.iso : new Date(newest || Date.now()).toISOString(),
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
