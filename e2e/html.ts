// Pages as a crawler or a browser without JavaScript gets them: fetched over
// HTTP and parsed, which is much faster than opening a browser page per URL.
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { parse, type HTMLElement } from "node-html-parser";

export type FetchedPage = { status: number; headers: Record<string, string>; document: HTMLElement };

export async function fetchPage(request: APIRequestContext, path: string): Promise<FetchedPage> {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), headers: response.headers(), document: parse(await response.text()) };
}

/**
 * What a reader who follows a link of this site ends on: its redirects followed, up to `hops` of them, but not one
 * that leads off the site (a stub to an archived copy), whose URL is `offsite`: this machine may have no network.
 */
export async function followOnSite(
  request: APIRequestContext,
  path: string,
  hops = 5,
): Promise<{ response: APIResponse; offsite?: string }> {
  for (let address = path, hop = 0; ; hop += 1) {
    const response = await request.get(address, { maxRedirects: 0 });
    const location = response.headers().location;
    if (response.status() < 300 || response.status() >= 400 || !location || hop === hops) return { response };
    const here = new URL(response.url());
    const next = new URL(location, here);
    if (next.origin !== here.origin) return { response, offsite: next.href };
    address = next.pathname + next.search;
  }
}

/** Text as a reader sees it: entities decoded, runs of ordinary white space as one space. */
export function visibleText(element: HTMLElement | null): string {
  return (element?.text ?? "").replace(/[ \t\r\n]+/g, " ").trim();
}

export function meta(document: HTMLElement, name: string): string | undefined {
  return (
    document.querySelector(`meta[property="${name}"]`)?.getAttribute("content") ??
    document.querySelector(`meta[name="${name}"]`)?.getAttribute("content")
  );
}

export function hreflangs(document: HTMLElement): Record<string, string | undefined> {
  return Object.fromEntries(
    document
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")]),
  );
}

/** `from` answers 308, and its Location is `to`. */
export async function expectLandsOn(request: APIRequestContext, from: string, to: string) {
  const response = await request.get(from, { maxRedirects: 0 });
  expect(response.status(), from).toBe(308);
  expect(new URL(response.headers().location, "http://localhost").pathname, from).toBe(to);
}
