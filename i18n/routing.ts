import { defineRouting } from "next-intl/routing";

// The site's languages, declared here and nowhere else: schemas, routes,
// rewrites and tables keyed by language all derive from this list.
export const routing = defineRouting({
  locales: ["en", "fr"],
  defaultLocale: "en",
  localePrefix: "always",
  // next-intl would announce the same path in both languages; our slugs are
  // translated, so alternates come from the translation pairs instead.
  alternateLinks: false,
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];

/** A table with one value per language: `perLocale((locale) => …)`. */
export function perLocale<T>(valueOf: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(routing.locales.map((locale) => [locale, valueOf(locale)])) as Record<Locale, T>;
}

/** The language tag of a locale in hreflang, feeds and structured data (`en-CA`). */
export const LANGUAGE_TAG = perLocale((locale) => `${locale}-CA`);

/** The same, as Open Graph writes it (`en_CA`). */
export const OPEN_GRAPH_LOCALE = perLocale((locale) => `${locale}_CA`);

/** The other of the two languages. */
export function otherLocale(locale: Locale): Locale {
  return routing.locales.find((candidate) => candidate !== locale) ?? locale;
}

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}

/** `en|fr`: the locale list as a regular-expression or path-pattern alternative. */
export const LOCALE_ALTERNATIVES = routing.locales.join("|");
