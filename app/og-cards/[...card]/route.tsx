import fs from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { drawableText } from "@/lib/card-text";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { entryAt } from "@/lib/content";
import { prerenderedPathsWithCards } from "@/lib/page-kinds/registry";
import { PREVIEW_IMAGE } from "@/lib/site";
import { localeOf } from "@/lib/urls";

// Link-preview cards for pages without a picture, in the page's own language
// with the GC look: drawn at build for the pages the build renders, and on
// their first request for the others (app/og-cards/on-demand).
export const dynamic = "force-static";
export const dynamicParams = false;

const { width, height, cardFile } = PREVIEW_IMAGE;

export function generateStaticParams() {
  return prerenderedPathsWithCards().map((pagePath) => ({ card: [...pagePath.split("/").filter(Boolean), cardFile] }));
}

const fonts = () =>
  [
    ["Lato", "lato/gcds-lato.woff", 700],
    ["Noto Sans", "noto-sans/gcds-noto-sans-regular.woff", 400],
  ].map(([name, file, weight]) => ({
    name: String(name),
    data: fs.readFileSync(path.join(process.cwd(), "node_modules/@gcds-core/fonts/fonts", String(file))),
    weight: weight === 700 ? (700 as const) : (400 as const),
  }));

export async function GET(_request: Request, { params }: { params: Promise<{ card: string[] }> }) {
  const { card } = await params;
  const pagePath = `/${card.slice(0, -1).join("/")}/`.replace(/^\/\/$/, "/");
  const locale = localeOf(pagePath) ?? routing.defaultLocale;
  const site = await getTranslations({ locale, namespace: "Site" });
  const title = drawableText(entryAt(pagePath)?.title ?? "") || site("name");
  return new ImageResponse(
    <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: "#ffffff" }}>
      <div style={{ display: "flex", height: 24, background: "#af3c43" }} />
      <div
        style={{
          display: "flex",
          flex: 1,
          alignItems: "center",
          padding: "0 80px",
          fontFamily: "Lato",
          fontSize: title.length > 80 ? 56 : 72,
          color: "#333333",
          lineHeight: 1.2,
        }}
      >
        {title}
      </div>
      <div
        style={{
          display: "flex",
          padding: "36px 80px",
          background: "#26374a",
          color: "#ffffff",
          fontFamily: "Noto Sans",
          fontSize: 36,
        }}
      >
        {site("name")}
      </div>
    </div>,
    { width, height, fonts: fonts() },
  );
}
