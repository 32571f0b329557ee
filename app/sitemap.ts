import type { MetadataRoute } from "next";
import { LANGUAGE_TAG, otherLocale, routing } from "@/i18n/routing";
import { allEntries, canonicalPathsIn, entryAt } from "@/lib/content";
import { absoluteUrl, blogPath, homePath, localeOf } from "@/lib/urls";

/** Every page of both languages, with its translation; pages without a date carry the newest post's. */
export default function sitemap(): MetadataRoute.Sitemap {
  const newest = allEntries().reduce(
    (latest, entry) => (entry.kind === "post" && entry.date.instant > latest ? entry.date.instant : latest),
    0,
  );
  return routing.locales.flatMap((locale) =>
    [homePath(locale), ...canonicalPathsIn(locale)].map((path) => {
      const entry = entryAt(path);
      const translation = entry ? entry.translationPath : translatedSectionPath(path);
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

/** Home and blog pages have their counterpart in the other language. */
function translatedSectionPath(path: string): string | undefined {
  const locale = localeOf(path);
  if (!locale) return undefined;
  if (path === homePath(locale)) return homePath(otherLocale(locale));
  if (path === blogPath(locale)) return blogPath(otherLocale(locale));
  return undefined;
}
