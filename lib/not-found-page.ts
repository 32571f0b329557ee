// The HTML of the prerendered 404 pages, read once from the build output and
// kept in memory: a language's (app/[locale]/page-not-found) or, outside
// /en and /fr, the bilingual one (app/not-found.tsx).
import type { Locale } from "@/i18n/routing";
import { CACHE_CONTROL } from "@/lib/http-headers";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { prerenderedHtml } from "./prerendered";

const TITLES: Record<Locale, string> = { en: en.NotFound.title, fr: fr.NotFound.title };

export function notFoundHtml(locale?: Locale): string {
  const file = locale ? `${locale}/page-not-found.html` : "_not-found.html";
  const html = prerenderedHtml(file);
  if (html) return html;
  if (process.env.NODE_ENV !== "development") throw new Error(`The build made no ${file}: run npm run build`);
  // `next dev` prerenders nothing: a preview answers a plain page with the same words.
  const languages = locale
    ? [{ locale, title: TITLES[locale] }]
    : Object.entries(TITLES).map(([code, title]) => ({ locale: code, title }));
  return `<!doctype html><html lang="${locale ?? "en"}"><head><meta charset="utf-8"><title>404</title></head><body><main>${languages
    .map((language) => `<h1 lang="${language.locale}">${language.title}</h1>`)
    .join("")}</main></body></html>`;
}

export function notFoundResponse(locale?: Locale): Response {
  return new Response(notFoundHtml(locale), {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": CACHE_CONTROL.notFound },
  });
}

/** A 308 to `location`, which lib/urls.ts `redirectLocation` makes relative wherever it can. */
export function permanentRedirectTo(location: string): Response {
  return new Response(null, { status: 308, headers: { Location: location, "Cache-Control": CACHE_CONTROL.redirect } });
}
