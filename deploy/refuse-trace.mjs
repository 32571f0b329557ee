// Preloaded into the server (`node --import`, see package.json "start").
// Next turns every request into a WHATWG Request, which refuses the TRACE and
// TRACK methods: Next then answers 500 and logs a stack trace. Nothing on this
// site answers them, so they get 405 here, before Next sees them.
import http from "node:http";

const REFUSED = new Set(["TRACE", "TRACK"]);
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitUnlessRefused(event, request, response, ...rest) {
  if (event !== "request" || !REFUSED.has(request.method)) return emit.call(this, event, request, response, ...rest);
  response.writeHead(405, {
    Allow: "GET, HEAD",
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
  });
  response.end();
  return true;
};
