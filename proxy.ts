import { NextResponse, type NextRequest } from "next/server";

// Next answers 500 to a path whose percent-encoding is not valid UTF-8
// (vercel/next.js#94278). Such a path names nothing here: show the 404 page.
// Canonical URLs never contain `%`, so prerendered pages never pass through here.
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL("/_not-found", request.url), { status: 404 });
  }
}

export const config = {
  matcher: ["/(.*%.*)"],
};
