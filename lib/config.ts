// Every environment variable the site reads, in one place (see .env.example).
// next.config.ts inlines the SITE_URL* values at build time, so prerendered
// pages and the running server always agree.
import { perLocale, routing, type Locale } from "../i18n/routing";

export type SiteOrigins = { kind: "prefixed"; origin: string } | { kind: "domains"; origins: Record<Locale, string> };

/**
 * Each language's own origin, when set. Written out name by name: Next inlines
 * `process.env.NAME` into server bundles only where the name is literal.
 */
function languageOrigins(): Record<Locale, string | undefined> {
  return { en: origin(process.env.SITE_URL_EN), fr: origin(process.env.SITE_URL_FR) };
}

/** The content tree to build from, relative to the working directory: the repo's own `content/` unless CONTENT_DIR names another. */
export function contentDir(): string {
  return process.env.CONTENT_DIR || "content";
}

/**
 * Where the site is served: one origin with /en and /fr, or (with SITE_URL_EN
 * and SITE_URL_FR) one origin per language without the prefix, as the old sites were.
 */
export function siteOrigins(): SiteOrigins {
  const origins = languageOrigins();
  if (routing.locales.every((locale) => origins[locale])) {
    return { kind: "domains", origins: perLocale((locale) => origins[locale] ?? "") };
  }
  return { kind: "prefixed", origin: origin(process.env.SITE_URL) ?? "http://localhost:3000" };
}

/** Whether every origin the site is served from is https: then browsers are told to never use http (HSTS). */
export function servedOverHttps(): boolean {
  const origins = siteOrigins();
  const all = origins.kind === "domains" ? Object.values(origins.origins) : [origins.origin];
  return all.every((url) => url.startsWith("https:"));
}

/** How many of the newest posts each language's feed carries (FEED_ENTRIES, default 20). Read at build time. */
export function feedEntries(): number {
  return positiveInteger("FEED_ENTRIES", 20);
}

/**
 * How many of the newest posts of each language are rendered at build time
 * (PRERENDER_POSTS, default 100); older ones are rendered on their first
 * request and kept like prerendered pages. Read at build time.
 */
export function prerenderedPostsPerLanguage(): number {
  return positiveInteger("PRERENDER_POSTS", 100, 0);
}

/**
 * How many pages of the blog and of each tag are rendered at build time
 * (PRERENDER_LIST_PAGES, default 5); later pages on their first request.
 * Read at build time.
 */
export function prerenderedListPages(): number {
  return positiveInteger("PRERENDER_LIST_PAGES", 5);
}

function positiveInteger(name: string, fallback: number, least = 1): number {
  const written = process.env[name];
  if (!written) return fallback;
  const value = Number(written);
  if (!Number.isInteger(value) || value < least)
    throw new Error(`${name}=${written}: write a whole number of at least ${least}`);
  return value;
}

/**
 * How many searches one instance works on at once (SEARCH_CONCURRENCY,
 * default 4, one per core and a little more: a search keeps a core busy for
 * tens of milliseconds at most). A search beyond that is answered at once with
 * 503 and the busy page, never queued. Read when the server starts.
 */
export function searchConcurrency(): number {
  return positiveInteger("SEARCH_CONCURRENCY", 4);
}

/**
 * Where "Report a problem on this page" leads (FEEDBACK_URL, e.g. a GC Forms
 * form), or undefined for no such link. Read at build time.
 */
export function feedbackUrl(): string | undefined {
  const written = process.env.FEEDBACK_URL;
  if (!written) return undefined;
  if (!/^https?:\/\//.test(written)) throw new Error(`FEEDBACK_URL=${written}: write an absolute http(s) URL`);
  return written;
}

/**
 * Whether a translation behind its original stops the build (STRICT_TRANSLATIONS=1), so that
 * both languages are published together; otherwise it is a warning. Read at build time.
 */
export function strictTranslations(): boolean {
  const written = process.env.STRICT_TRANSLATIONS ?? "";
  if (!["", "0", "1"].includes(written)) throw new Error(`STRICT_TRANSLATIONS=${written}: write 1, 0 or nothing`);
  return written === "1";
}

/** The variables next.config.ts inlines into the server bundles. */
export function buildTimeEnv(): Record<string, string> {
  return {
    FEEDBACK_URL: process.env.FEEDBACK_URL ?? "",
    SITE_URL: process.env.SITE_URL ?? "",
    SITE_URL_EN: process.env.SITE_URL_EN ?? "",
    SITE_URL_FR: process.env.SITE_URL_FR ?? "",
  };
}

function origin(url: string | undefined): string | undefined {
  return url ? new URL(url).origin : undefined;
}
