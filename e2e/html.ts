// Pages as a crawler or a browser without JavaScript gets them: fetched over
// HTTP and parsed, which is much faster than opening a browser page per URL.
import { expect, type APIRequestContext } from "@playwright/test";
import { parse, type HTMLElement } from "node-html-parser";

export type FetchedPage = { status: number; headers: Record<string, string>; document: HTMLElement };

export async function fetchPage(request: APIRequestContext, path: string): Promise<FetchedPage> {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), headers: response.headers(), document: parse(await response.text()) };
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
