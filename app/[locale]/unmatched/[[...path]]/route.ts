import { isLocale, routing } from "@/i18n/routing";
import { formerPathTarget } from "@/lib/content";
import { notFoundResponse, permanentRedirectTo } from "@/lib/not-found-page";
import { absoluteUrl } from "@/lib/urls";

type Context = { params: Promise<{ locale: string; path?: string[] }> };

// Every path under /en or /fr that has no prerendered page lands here (see
// next.config.js): another spelling of a real URL answers 308 to it, anything
// else the 404 page of that language.
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, path = [] } = await params;
  const language = isLocale(locale) ? locale : routing.defaultLocale;
  const target = formerPathTarget(path, language);
  return target ? permanentRedirectTo(absoluteUrl(target)) : notFoundResponse(language);
}

export const HEAD = GET;
