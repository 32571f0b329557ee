import { permanentRedirectTo } from "@/lib/not-found-page";
import { feedPath } from "@/lib/urls";

// The old site's feed, which feed readers still poll: the English feed now.
export function GET(): Response {
  return permanentRedirectTo(feedPath("en"));
}

export const HEAD = GET;
