import { NextResponse, type NextRequest } from "next/server";
import {
  readOnDemandPaths,
  readStoredPageResources,
  readStoredPrefixShapedPaths,
  readStoredStaticRoots,
} from "@/lib/content/stored";
import { CACHE_CONTROL } from "@/lib/http-headers";
import { notFoundResponse } from "@/lib/not-found-page";
import {
  cardPagePath,
  decodeSegment,
  domainLocaleOf,
  foldPermalink,
  namesOnDemandRoute,
  onDemandCardPath,
  onDemandPagePath,
  redirectLocation,
  requestedLocale,
  sitePathOf,
  withoutIndexFile,
} from "@/lib/urls";

// Runs only for the paths of `matcher`:
// - A path Next cannot decode (invalid percent-encoding) makes Next answer 500
//   (vercel/next.js#94278), and one with control characters its own bilingual
//   not-found; a rewrite does not help, the route it reaches decodes the
//   original path again. Such a path names nothing here: answer the 404 page
//   of the language its prefix names, from here.
// - A page the build left for its first request (an older post or a later
//   list page, lib/content/prerender.ts), or its preview card, is rewritten to
//   the route that renders and keeps it.
//   Only those: that route keeps whatever it renders, so any other path sent
//   there would fill the cache without bound. The route itself is a 404.
// - A path without its trailing slash answers 308 to it. Next would do this
//   itself, but its redirects carry none of the headers of next.config.ts
//   (security headers, Cache-Control), so `skipTrailingSlashRedirect` is on
//   and the redirect is made here, where they are kept.
const onDemand = new Set(readOnDemandPaths());
const staticRoots = new Set(readStoredStaticRoots());
const pageResources = new Set(readStoredPageResources());
const prefixShaped = new Set(readStoredPrefixShapedPaths());
/** Whether a path is a prefix-shaped address of its language, as stored or in a spelling that folds to it (`/en/fr/été/`). */
const isPrefixShapedAddress = (path: string) => prefixShaped.has(path) || prefixShaped.has(`/${foldPermalink(path)}/`);

/** A post's address (`/en/2017/…`, or `/2017/…` on a language's domain), the matcher's third pattern. */
const POST_PATH = /^\/(?:[a-zA-Z]{2}\/)?\d{4}\//;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const host = request.headers.get("host");
  if (!decodesToText(pathname) || namesOnDemandRoute(pathname)) {
    return notFoundResponse(requestedLocale(sitePathOf(host, pathname)));
  }
  // A Hugo tree's static file (reached here when its name holds a `%`): served as it is.
  const root = decodeSegment(pathname.split("/")[1] ?? "");
  if (staticRoots.has(root) && /\.[a-z0-9]+$/i.test(pathname)) return NextResponse.next();
  // A file beside a Hugo page (a post's `figure.svg`, reached here by its dated path): served as it is.
  if (pageResources.has(decodeURIComponent(sitePathOf(host, pathname)))) return NextResponse.next();
  const card = cardPagePath(pathname);
  if (card) return onDemand.has(card) ? rewrite(request, onDemandCardPath(card)) : NextResponse.next();
  // A name with an extension (`moved.html`, `report.pdf`) names a file, or a name Hugo copied a stub or page
  // under, and goes on to the routes without a slash, as it does without a `%` in it (the matcher leaves those out).
  // Next's matching also lets a data route's `.json` follow any pattern: `/index.json`, the Hugo home's JSON output.
  if (/\.[^/.]+$/.test(pathname) && !POST_PATH.test(pathname)) return NextResponse.next();
  if (pathname.endsWith("/")) {
    const page = sitePathOf(host, pathname);
    return onDemand.has(page) ? rewrite(request, onDemandPagePath(page)) : NextResponse.next();
  }
  // A post's index file (`…/slug/index.html`, which the old sites served as the post) leads straight to the post.
  const folder = withoutIndexFile(pathname);
  const wanted = folder === pathname ? `${pathname}/` : folder;
  // With a domain per language, `/fr` goes straight to the French domain's `/`, but for an address of the host's
  // own language that starts so (`/fr/x/` on the English domain, where Hugo wrote an English page).
  const hostLocale = domainLocaleOf(host);
  const own = hostLocale && `/${hostLocale}${wanted}`;
  const location = redirectLocation(host, own && isPrefixShapedAddress(own) ? own : wanted);
  const target = new URL(location + request.nextUrl.search, request.url);
  return NextResponse.redirect(target, { status: 308, headers: { "Cache-Control": CACHE_CONTROL.redirect } });
}

// From nextUrl, which keeps the origin Next knows as its own: a URL built from
// request.url can name another host (localhost for 127.0.0.1), which Next
// then fetches over the network as an external rewrite.
function rewrite(request: NextRequest, path: string): NextResponse {
  const target = request.nextUrl.clone();
  target.pathname = path;
  return NextResponse.rewrite(target);
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
  matcher: [
    // Paths with `%`.
    "/(.*%.*)",
    // Paths whose last segment is not a file (has no extension), with or
    // without their trailing slash (Next's matching lets one follow), but
    // Next's own, the health check and the search pages with their slash (the
    // one page made for every request needs nothing of the proxy): every page,
    // the blog's and tags' list pages among them, whatever each language calls them.
    "/((?!_next/|healthz$|(?:[a-zA-Z]{2}/)?(?:search|recherche)/$)(?:.*/)?[^/.]+)",
    // Post URLs (`/en/2017/…`, or `/2017/…` on a language's domain), even with a dot in their last segment.
    "/((?:[a-zA-Z]{2}/)?\\d{4}/.*)",
    // Preview cards and the on-demand routes (lib/site.ts; tests/proxy-matcher.test.ts checks these against it).
    "/(og-cards/.*)",
    "/((?:[a-zA-Z]{2}/)?on-demand/.*)",
  ],
};
