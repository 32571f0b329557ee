import type { NextRequest } from "next/server";
import { isLocale } from "@/i18n/routing";
import { notFoundResponse } from "@/lib/not-found-page";
import { searchPageHtml } from "@/lib/search/page";

// The search page of both languages, at each language's own name for it
// (lib/site.ts; next.config.ts rewrites it here). A production server answers
// searches before they reach Next (lib/search/serve.ts); this route answers
// them in `next dev`, and any method the server leaves to Next.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string }> };

export async function GET(request: NextRequest, { params }: Context): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) return notFoundResponse();
  const page = await searchPageHtml(locale, request.nextUrl);
  return new Response(page, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}

export const HEAD = GET;
