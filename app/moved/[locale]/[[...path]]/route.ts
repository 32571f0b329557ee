import { permanentRedirectTo } from "@/lib/not-found-page";
import { redirectLocation } from "@/lib/urls";

type Context = { params: Promise<{ locale: string; path?: string[] }> };

// With a domain per language, a path written with its prefix (`/fr/x/` on
// either domain) is rewritten here (next.config.js) and answers 308 to the
// same page without the prefix, on its language's domain.
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale, path = [] } = await params;
  const target = `/${[locale, ...path].join("/")}/`;
  return permanentRedirectTo(redirectLocation(request.headers.get("host"), target));
}

export const HEAD = GET;
