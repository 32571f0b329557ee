// Every environment variable the site reads, in one place (see .env.example).
// Plain JavaScript so that next.config.js can read it too; next.config.js
// inlines the SITE_URL* values at build time, so prerendered pages and the
// running server always agree.
/** The content tree to build from, relative to the working directory: the repo's own `content/` unless CONTENT_DIR names another. */
export function contentDir() {
  return process.env.CONTENT_DIR || "content";
}

/**
 * Where the site is served: one origin with /en and /fr, or (with SITE_URL_EN
 * and SITE_URL_FR) one origin per language without the prefix, as the old sites were.
 * @returns {{ kind: "prefixed", origin: string } | { kind: "domains", origins: { en: string, fr: string } }}
 */
export function siteOrigins() {
  const en = origin(process.env.SITE_URL_EN);
  const fr = origin(process.env.SITE_URL_FR);
  if (en && fr) return { kind: "domains", origins: { en, fr } };
  return { kind: "prefixed", origin: origin(process.env.SITE_URL) ?? "http://localhost:3000" };
}

/** Whether every origin the site is served from is https: then browsers are told to never use http (HSTS). */
export function servedOverHttps() {
  const origins = siteOrigins();
  const all = origins.kind === "domains" ? Object.values(origins.origins) : [origins.origin];
  return all.every((url) => url.startsWith("https:"));
}

/** How many of the newest posts each language's feed carries (FEED_ENTRIES, default 20). Read at build time. */
export function feedEntries() {
  return positiveInteger("FEED_ENTRIES", 20);
}

/**
 * How many of the newest posts of each language are rendered at build time
 * (PRERENDER_POSTS, default 100); older ones are rendered on their first
 * request and kept like prerendered pages. Read at build time.
 */
export function prerenderedPostsPerLanguage() {
  return positiveInteger("PRERENDER_POSTS", 100, 0);
}

/**
 * How many pages of the blog and of each tag are rendered at build time
 * (PRERENDER_LIST_PAGES, default 5); later pages on their first request.
 * Read at build time.
 */
export function prerenderedListPages() {
  return positiveInteger("PRERENDER_LIST_PAGES", 5);
}

/**
 * @param {string} name
 * @param {number} fallback
 * @param {number} [least]
 */
function positiveInteger(name, fallback, least = 1) {
  const written = process.env[name];
  if (!written) return fallback;
  const value = Number(written);
  if (!Number.isInteger(value) || value < least)
    throw new Error(`${name}=${written}: write a whole number of at least ${least}`);
  return value;
}

/**
 * Where "Report a problem on this page" leads (FEEDBACK_URL, e.g. a GC Forms
 * form), or undefined for no such link. Read at build time.
 */
export function feedbackUrl() {
  const written = process.env.FEEDBACK_URL;
  if (!written) return undefined;
  if (!/^https?:\/\//.test(written)) throw new Error(`FEEDBACK_URL=${written}: write an absolute http(s) URL`);
  return written;
}

/** The variables next.config.js inlines into the server bundles. */
export function buildTimeEnv() {
  return {
    FEEDBACK_URL: process.env.FEEDBACK_URL ?? "",
    SITE_URL: process.env.SITE_URL ?? "",
    SITE_URL_EN: process.env.SITE_URL_EN ?? "",
    SITE_URL_FR: process.env.SITE_URL_FR ?? "",
  };
}

/** @param {string | undefined} url */
function origin(url) {
  return url ? new URL(url).origin : undefined;
}
