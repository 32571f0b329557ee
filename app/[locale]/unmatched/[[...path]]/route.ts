import { routing } from "@/i18n/routing";
import { canonicalPathFor, formerPathTarget } from "@/lib/content";
import { notFoundResponse, permanentRedirectTo } from "@/lib/not-found-page";
import { redirectLocation, requestedLocale } from "@/lib/urls";

type Context = { params: Promise<{ locale: string; path?: string[] }> };

// Every path under /en or /fr that has no prerendered page lands here (see
// next.config.js): another spelling of a real URL answers 308 to it, anything
// else the 404 page of that language. Routing matches the prefix in any case:
// `/EN/` names the English home.
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale, path = [] } = await params;
  const language = requestedLocale(`/${locale}`) ?? routing.defaultLocale;
  const target = locale === language ? formerPathTarget(path, language) : canonicalPathFor(language, path);
  return target
    ? permanentRedirectTo(redirectLocation(request.headers.get("host"), target))
    : notFoundResponse(language);
}

export const HEAD = GET;
