import { isLocale, routing } from "@/i18n/routing";
import { routeFor } from "@/lib/content";
import { notFoundHtml } from "@/lib/not-found-page";

type Context = { params: Promise<{ locale: string; path?: string[] }> };

// Every path under /en or /fr that has no prerendered page lands here (see
// next.config.js): another spelling of a real URL answers 308 to it, anything
// else the 404 page of that language.
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, path = [] } = await params;
  const language = isLocale(locale) ? locale : routing.defaultLocale;
  const route = routeFor(language, path);
  if (route?.kind === "redirect") return new Response(null, { status: 308, headers: { Location: route.to } });
  return new Response(notFoundHtml(language), {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const HEAD = GET;
