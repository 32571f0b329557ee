// GC Design System fonts, self-hosted from @gcds-core/fonts (no CDN). Only the
// heading face is preloaded: preloading all four made every page fetch 93 KB
// of fonts before anything else, ahead of its own CSS and images; the body
// faces load with the stylesheet and swap in, sized like their fallback.
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
  preload: false,
});

const lato = localFont({
  src: [{ path: "../node_modules/@gcds-core/fonts/fonts/lato/gcds-lato.woff2", weight: "700", style: "normal" }],
  variable: "--font-heading",
  display: "swap",
});

export const fontVariables = `${notoSans.variable} ${lato.variable}`;
