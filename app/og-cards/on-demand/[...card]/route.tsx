// Preview cards of the posts rendered on their first request, drawn on the
// card's own first request and kept (proxy.ts sends exactly those here).
export { GET } from "../../[...card]/route";

export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}
