import { defineRouting } from "next-intl/routing";

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

/** The language tag of a locale in hreflang, feeds and structured data. */
export const LANGUAGE_TAG: Record<Locale, string> = { en: "en-CA", fr: "fr-CA" };

export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "fr" : "en";
}

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
