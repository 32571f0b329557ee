import type { ReactNode } from "react";
import "@gcds-core/tokens/build/web/css/tokens.css";
import "@/app/globals.css";
import { fontVariables } from "@/app/fonts";

/** The `<html>` of every page: its language, GC fonts and styles. */
export function HtmlDocument({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <html lang={lang} className={fontVariables}>
      <body>{children}</body>
    </html>
  );
}
