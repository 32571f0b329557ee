import { isLocale } from "@/i18n/routing";
import { CACHE_CONTROL } from "@/lib/http-headers";
import { notFoundHtml, notFoundResponse } from "@/lib/not-found-page";

// Hugo wrote each language's error page at `/404.html` (lib/urls.ts `errorPagePath`), a file that a static host
// answers with 200 to whoever asks for it by name: it still answers, with this site's 404 page, which search
// engines are told to leave out.
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return notFoundResponse();
  return new Response(notFoundHtml(locale), {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": CACHE_CONTROL.notFound,
      "X-Robots-Tag": "noindex",
    },
  });
}
