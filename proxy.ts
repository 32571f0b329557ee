import { NextResponse, type NextRequest } from "next/server";
import { CACHE_CONTROL } from "@/lib/http-headers";
import { notFoundResponse } from "@/lib/not-found-page";
import { redirectLocation, requestedLocale } from "@/lib/urls";

// Runs only for paths that are not canonical (see `matcher`), never for a page:
// - A path Next cannot decode (invalid percent-encoding) makes Next answer 500
//   (vercel/next.js#94278), and one with control characters its own bilingual
//   not-found; a rewrite does not help, the route it reaches decodes the
//   original path again. Such a path names nothing here: answer the 404 page
//   of the language its prefix names, from here.
// - A path without its trailing slash answers 308 to it. Next would do this
//   itself, but its redirects carry none of the headers of next.config.js
//   (security headers, Cache-Control), so `skipTrailingSlashRedirect` is on
//   and the redirect is made here, where they are kept.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!decodesToText(pathname)) return notFoundResponse(requestedLocale(pathname));
  if (pathname.endsWith("/")) return NextResponse.next();
  // With a domain per language, `/fr` goes straight to the French domain's `/`.
  const location = redirectLocation(request.headers.get("host"), `${pathname}/`);
  const target = new URL(location + request.nextUrl.search, request.url);
  return NextResponse.redirect(target, { status: 308, headers: { "Cache-Control": CACHE_CONTROL.redirect } });
}

/**
 * Whether a path decodes, and to no control character: Next matches no route
 * for one that does (it renders its own uncacheable, bilingual not-found), and
 * no URL of this site has one.
 */
function decodesToText(pathname: string): boolean {
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

export const config = {
  // Paths with `%`, and paths without a trailing slash that are neither a file
  // (a last segment with an extension) nor Next's own or the health check.
  matcher: ["/(.*%.*)", "/((?!_next/|healthz$)(?:.*/)?[^/.]+)"],
};
