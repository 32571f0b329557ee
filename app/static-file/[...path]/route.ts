import { readPublishedStaticFile, readStoredStaticDotfiles } from "@/lib/content/stored";
import { CACHE_CONTROL } from "@/lib/http-headers";
import { notFoundResponse } from "@/lib/not-found-page";

type Context = { params: Promise<{ path: string[] }> };

// A Hugo tree's static file named with a leading dot (`img/.DS_Store`), which
// Hugo published and Next's own file serving answers 500 for: served here,
// byte for byte. Only the files the build listed; any other path is a 404.
const dotfiles = new Set(readStoredStaticDotfiles());

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const file = (await params).path.join("/");
  if (!dotfiles.has(file)) return notFoundResponse();
  return new Response(new Uint8Array(readPublishedStaticFile(file)), {
    headers: { "Content-Type": "application/octet-stream", "Cache-Control": CACHE_CONTROL.contentImage },
  });
}

export const HEAD = GET;
