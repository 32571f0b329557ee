// The posts a build leaves for their first request (lib/content/prerender.ts).
// proxy.ts rewrites exactly their URLs here, so the page is the same one
// app/[locale]/[...path] prerenders, rendered once, then kept and served by
// Next like a prerendered page. No other path reaches it: any other
// parameter would be rendered and kept too, without bound.
export { default, generateMetadata } from "../../[...path]/page";

export const dynamicParams = true;

// None at build; each on its first request, kept until the next build.
export function generateStaticParams() {
  return [];
}
