import { CACHE_CONTROL } from "@/lib/http-headers";

// For a load balancer to poll: answers as soon as the server can answer,
// reads no content and is never cached.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": CACHE_CONTROL.none } });
}

export const HEAD = GET;
