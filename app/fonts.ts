// GC Design System fonts, self-hosted from @gcds-core/fonts (no CDN).
import localFont from "next/font/local";

const notoSans = localFont({
  src: [
    {
      path: "../node_modules/@gcds-core/fonts/fonts/noto-sans/gcds-noto-sans-regular.woff2",
      weight: "400",
      style: "normal",
    },
    {
      path: "../node_modules/@gcds-core/fonts/fonts/noto-sans/gcds-noto-sans-regular-italic.woff2",
      weight: "400",
      style: "italic",
    },
    {
      path: "../node_modules/@gcds-core/fonts/fonts/noto-sans/gcds-noto-sans-bold.woff2",
      weight: "700",
      style: "normal",
    },
  ],
  variable: "--font-body",
  display: "swap",
});

const lato = localFont({
  src: [{ path: "../node_modules/@gcds-core/fonts/fonts/lato/gcds-lato.woff2", weight: "700", style: "normal" }],
  variable: "--font-heading",
  display: "swap",
});

export const fontVariables = `${notoSans.variable} ${lato.variable}`;
