// Admission for search: the one page made for every request, and so the
// cheapest way to starve an instance. At most `searchConcurrency()` searches
// are worked on at once; one more is answered at once with 503, Retry-After
// and the busy page in its language (lib/page-kinds/search-busy.tsx), never
// queued. Pages, feeds and files are never counted or refused. It sits in
// front of Next, on the HTTP server itself (instrumentation.ts), because a
// page cannot answer with its own status, and it must know when a search ends;
// the searches it admits are answered there too (lib/search/serve.ts).
import http from "node:http";
import { routing, type Locale } from "@/i18n/routing";
import { searchConcurrency } from "@/lib/config";
import { CACHE_CONTROL } from "@/lib/http-headers";
import { prerenderedHtml, withoutScripts } from "@/lib/prerendered";
import { INTERNAL_SEGMENTS } from "@/lib/site";
import { searchPagePaths, sitePathOf, withoutLocale } from "@/lib/urls";
import { serveSearch, serverPageHeaders } from "./serve";

/** How long a refused reader is asked to wait before searching again. */
export const RETRY_AFTER_SECONDS = 5;

/** Each search page's path and its language; worked out once, since every request is looked up. */
const SEARCH_PAGES = new Map(
  routing.locales.flatMap((locale) => searchPagePaths(locale).map((path) => [path, locale] as const)),
);
/** The same without their prefix, as a language's own domain serves them. */
const UNPREFIXED_SEARCH_PAGES = new Set([...SEARCH_PAGES.keys()].map(withoutLocale));

/** The language of the search a request asks for, whatever name or domain it uses; undefined for any other request. */
export function searchLocaleOf(host: string | undefined, url: string | undefined): Locale | undefined {
  const pathname = (url ?? "").split("?")[0];
  if (SEARCH_PAGES.has(pathname)) return SEARCH_PAGES.get(pathname);
  return UNPREFIXED_SEARCH_PAGES.has(pathname) ? SEARCH_PAGES.get(sitePathOf(host ?? null, pathname)) : undefined;
}

type Answer = (locale: Locale, request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void;

/**
 * Counts the searches under way on every HTTP server of this process and
 * refuses one beyond `bound` with `refuse`; a search leaves the count when its
 * response is done or its client goes away. An admitted search is answered by
 * `answer`, which may hand it on to Next (`next`), as it is by default.
 */
export function admitSearches(
  bound: number,
  refuse: (locale: Locale, response: http.ServerResponse) => void,
  answer: Answer = (_locale, _request, _response, next) => next(),
): void {
  let inFlight = 0;
  const emit: (this: http.Server, event: string, ...args: unknown[]) => boolean = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitAdmitted(this: http.Server, event: string, ...args: unknown[]) {
    const [request, response] = args;
    if (
      event !== "request" ||
      !(request instanceof http.IncomingMessage) ||
      !(response instanceof http.ServerResponse)
    ) {
      return emit.call(this, event, ...args);
    }
    // Reading is GET and HEAD; other methods are answered as before, by Next or deploy/refuse-trace.mjs.
    const reading = request.method === "GET" || request.method === "HEAD";
    const locale = reading ? searchLocaleOf(request.headers.host, request.url) : undefined;
    if (!locale) return emit.call(this, event, ...args);
    if (inFlight >= bound) {
      refuse(locale, response);
      return true;
    }
    inFlight++;
    response.once("close", () => inFlight--);
    answer(locale, request, response, () => emit.call(this, event, ...args));
    return true;
  };
}

type BusyAnswer = { headers: Record<string, string>; body: Buffer };

/**
 * The busy answer of `locale`, made once: during a flood, refusing must cost
 * next to nothing. Its page is the prerendered one (a plain one where there is
 * none, in `next dev`), with the headers every page has.
 */
const busyAnswers = new Map<Locale, BusyAnswer>();
function busyAnswer(locale: Locale): BusyAnswer {
  const known = busyAnswers.get(locale);
  if (known) return known;
  // Without Next's scripts: a third of the bytes, and during a flood every refusal counts.
  const prerendered = prerenderedHtml(`${locale}/${INTERNAL_SEGMENTS.searchBusy}.html`);
  const html = prerendered
    ? withoutScripts(prerendered)
    : `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>503</title></head><body><main><h1>503</h1></main></body></html>`;
  const answer = {
    headers: {
      ...serverPageHeaders(),
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": CACHE_CONTROL.none,
      "Retry-After": String(RETRY_AFTER_SECONDS),
    },
    body: Buffer.from(html),
  };
  busyAnswers.set(locale, answer);
  return answer;
}

/** The answer to a search refused for load: 503 and the busy page in the search's language. */
export function refuseBusy(locale: Locale, response: http.ServerResponse): void {
  const { headers, body } = busyAnswer(locale);
  response.writeHead(503, { ...headers, "Content-Length": String(body.length) });
  response.end(body);
}

/** Installs admission for this server process, with the configured bound, and answers the searches it admits. */
export function guardSearch(): void {
  admitSearches(searchConcurrency(), refuseBusy, serveSearch);
}
