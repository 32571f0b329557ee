import type { NextRequest } from "next/server";
import { isLocale, otherLocale } from "@/i18n/routing";
import { notFoundResponse } from "@/lib/not-found-page";
import { searchPosts } from "@/lib/search";
import { readSearch } from "@/lib/search/request";
import { searchTurn } from "@/lib/search/turns";
import { searchResultsHtml, searchTitle } from "@/lib/search/results-html";
import { filledSearchPage } from "@/lib/search/shell";
import { linkHref, searchPath } from "@/lib/urls";

// The search page of both languages, at each language's own name for it
// (lib/site.ts; next.config.ts rewrites it here): the prerendered shell
// filled in with this search (lib/search/shell.ts), for every request.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string }> };

export async function GET(request: NextRequest, { params }: Context): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) return notFoundResponse();
  const { searchParams } = request.nextUrl;
  const search = readSearch(Object.fromEntries([...searchParams.keys()].map((key) => [key, searchParams.getAll(key)])));
  await searchTurn();
  const outcome = search.query && !search.problem ? searchPosts(locale, search.query, search.page) : undefined;
  const page = await filledSearchPage(locale, request.nextUrl.origin, {
    title: searchTitle(locale, search),
    toggleHref: linkHref(locale, searchPath(otherLocale(locale), search.query)),
    query: search.query,
    results: searchResultsHtml(locale, search, outcome),
  });
  return new Response(page, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}

export const HEAD = GET;
