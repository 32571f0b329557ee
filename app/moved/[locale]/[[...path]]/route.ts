import { routing } from "@/i18n/routing";
import { canonicalPathFor } from "@/lib/content";
import { notFoundResponse, permanentRedirectTo } from "@/lib/not-found-page";
import { redirectLocation, requestedLocale } from "@/lib/urls";

type Context = { params: Promise<{ locale: string; path?: string[] }> };

// With a domain per language, a path written with its prefix (`/fr/x/` on
// either domain) is rewritten here (next.config.js) and answers 308 to the
// page it names, without the prefix, on its language's domain; a path that
// names nothing is that language's 404.
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale, path = [] } = await params;
  const language = requestedLocale(`/${locale}`) ?? routing.defaultLocale;
  const target = canonicalPathFor(language, path);
  return target
    ? permanentRedirectTo(redirectLocation(request.headers.get("host"), target))
    : notFoundResponse(language);
}

export const HEAD = GET;
