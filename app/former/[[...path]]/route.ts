import { canonicalPathFor, formerPathTarget } from "@/lib/content";
import { notFoundResponse, permanentRedirectTo } from "@/lib/not-found-page";
import { redirectLocation, requestedLocale } from "@/lib/urls";

type Context = { params: Promise<{ path?: string[] }> };

// Paths without a language prefix that no file answers (see next.config.js):
// the old sites' URLs (posts at /yyyy/mm/dd/slug/, /blog/, /blogue/, pages'
// redirect_from) answer 308 to their page here. So does a language prefix in
// other case (`/EN/`, `/Fr/blogue/`), which routing matches only in lower case;
// under such a prefix, a path that names nothing is that language's 404.
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { path = [] } = await params;
  const locale = requestedLocale(`/${path.join("/")}`);
  const target = locale ? canonicalPathFor(locale, path.slice(1)) : formerPathTarget(path);
  return target ? permanentRedirectTo(redirectLocation(request.headers.get("host"), target)) : notFoundResponse(locale);
}

export const HEAD = GET;
