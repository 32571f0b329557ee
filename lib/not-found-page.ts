// The HTML of each language's prerendered 404 page (app/[locale]/page-not-found),
// read once from the build output and kept in memory.
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "@/i18n/routing";

const pages = new Map<Locale, string>();

export function notFoundHtml(locale: Locale): string {
  const cached = pages.get(locale);
  if (cached) return cached;
  const html = fs.readFileSync(path.join(process.cwd(), ".next/server/app", locale, "page-not-found.html"), "utf8");
  pages.set(locale, html);
  return html;
}
