import { canonicalPathFor, formerPathTarget, redirectOrNotFound } from "@/lib/redirects";
import { requestedLocale } from "@/lib/urls";

type Context = { params: Promise<{ path?: string[] }> };

// Paths without a language prefix that no file answers (see next.config.ts):
// the old sites' URLs (posts at /yyyy/mm/dd/slug/, each language's blog, pages'
// redirect_from) answer 308 to their page here; anything else is a 404.
// Paths under /en or /fr whose segments routing will not match (control
// characters) land here too: they are answered in their prefix's language.
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { path = [] } = await params;
  const locale = requestedLocale(`/${path.join("/")}`);
  return redirectOrNotFound(request, locale ? canonicalPathFor(locale, path.slice(1)) : formerPathTarget(path), locale);
}

export const HEAD = GET;
