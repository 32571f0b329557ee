// Answers for paths that have no page of their own: a 308 to the page they
// name, else the 404 page. Kept apart from lib/not-found-page.ts, which proxy.ts
// uses and which must not bring the content into the proxy's bundle.
import { routing, type Locale } from "@/i18n/routing";
import { canonicalPathFor } from "@/lib/content";
import { notFoundResponse, permanentRedirectTo } from "@/lib/not-found-page";
import { redirectLocation, requestedLocale } from "@/lib/urls";

/** A path with no page of its own: 308 to the page it names (relative where it can be), else the 404 page. */
export function redirectOrNotFound(request: Request, target: string | undefined, locale?: Locale): Response {
  return target ? permanentRedirectTo(redirectLocation(request.headers.get("host"), target)) : notFoundResponse(locale);
}

/**
 * A path under a language prefix that has no page: app/[locale]/unmatched (any
 * path routing matched under /en or /fr, in any case) and, with a domain per
 * language, app/moved (a prefixed path on a domain). Another spelling of a page,
 * or an old URL, answers 308 to it; anything else is that language's 404.
 */
export async function answerPrefixedPath(
  request: Request,
  { params }: { params: Promise<{ locale: string; path?: string[] }> },
): Promise<Response> {
  const { locale, path = [] } = await params;
  const language = requestedLocale(`/${locale}`) ?? routing.defaultLocale;
  return redirectOrNotFound(request, canonicalPathFor(language, path), language);
}
