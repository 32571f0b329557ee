// In production, searches are answered on the HTTP server itself, in front of
// Next, as their refusals are (lib/search/admission.ts): filling the search
// page costs about 2 ms, and Next's handling of a request cost twice that
// again, the difference between a flood that gets answers and one that mostly
// gets 503s. What Next would add is added here: the headers every page has
// (lib/http-headers.ts, the same function next.config.ts calls), the search
// pages' Cache-Control, and gzip where the reader accepts it. `next dev`
// prerenders no shell, so there searches go on to Next (app/[locale]/search).
import type http from "node:http";
import zlib from "node:zlib";
import type { Locale } from "@/i18n/routing";
import { servedOverHttps, siteOrigins } from "@/lib/config";
import { readStoredImageOrigins } from "@/lib/content/stored";
import { CACHE_CONTROL, securityHeaders } from "@/lib/http-headers";
import { localeOf } from "@/lib/urls";
import { hasPrerenderedShell } from "./shell";

let pageHeaders: Record<string, string> | undefined;
/** With a domain per language, a prefixed search path is Next's to answer, with a 308 (read once: it is the build's). */
const prefixedGoesToNext = siteOrigins().kind === "domains";

/** The security headers next.config.ts sends with every page, for the answers made here. */
export function serverPageHeaders(): Record<string, string> {
  pageHeaders ??= Object.fromEntries(
    securityHeaders({ imageOrigins: readStoredImageOrigins(), https: servedOverHttps() }).map(({ key, value }) => [
      key,
      value,
    ]),
  );
  return pageHeaders;
}

/**
 * Answers the search `request` asks for, or hands it on to Next (`next`): where
 * there is no prerendered shell, and, with a domain per language, for a
 * prefixed path, which Next answers with a 308 to the language's own domain.
 */
export function serveSearch(
  locale: Locale,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  next: () => void,
): void {
  if ((prefixedGoesToNext && localeOf(request.url ?? "") !== undefined) || !hasPrerenderedShell(locale)) return next();
  answer(locale, request, response).catch((error: unknown) => {
    console.error(`search ${request.url}:`, error);
    if (!response.headersSent) response.writeHead(500, { ...serverPageHeaders(), "Cache-Control": CACHE_CONTROL.none });
    response.end();
  });
}

async function answer(locale: Locale, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  // Imported by the first search, not at start: the index takes a moment to read.
  const { searchPageHtml } = await import("./page");
  const html = await searchPageHtml(locale, new URL(request.url ?? "/", "http://localhost"));
  const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  const body = gzip ? zlib.gzipSync(html) : Buffer.from(html);
  response.writeHead(200, {
    ...serverPageHeaders(),
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": CACHE_CONTROL.search,
    Vary: "Accept-Encoding",
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
    "Content-Length": String(body.length),
  });
  response.end(request.method === "HEAD" ? undefined : body);
}
