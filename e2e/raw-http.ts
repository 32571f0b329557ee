// Requests exactly as written: no URL normalizing, any method, any header.
// Browsers and Playwright's request context fix up what hostile clients send;
// node:http sends the path's bytes as they are.
import http from "node:http";

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

export type RawRequest = {
  method?: string;
  headers?: Record<string, string>;
  port?: number;
  timeoutMs?: number;
  /** The loopback address to send from (127.0.0.2, …), to stand for another client. */
  localAddress?: string;
};

export function rawRequest(
  path: string,
  { method = "GET", headers = {}, port = 3000, timeoutMs = 15_000, localAddress }: RawRequest = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path, method, headers, localAddress }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      response.on("error", reject);
    });
    request.setTimeout(timeoutMs, () =>
      request.destroy(new Error(`${method} ${path.slice(0, 80)}: no answer in ${timeoutMs / 1000} s`)),
    );
    request.on("error", reject);
    request.end();
  });
}
