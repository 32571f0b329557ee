import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RETRY_AFTER_SECONDS, admitSearches, refuseBusy, searchLocaleOf } from "@/lib/search/admission";
import { searchPath } from "@/lib/urls";

// Admission in front of a stand-in for Next whose searches wait until the
// test lets them finish: with the bound at 1 and one search held, the next
// search is refused at once, in its language, and a post is still answered.
const held: Array<() => void> = [];
let server: http.Server;
let origin = "";

beforeAll(async () => {
  admitSearches(1, refuseBusy);
  server = http.createServer((request, response) => {
    const answer = () => response.end(`answered ${request.url}`);
    if (searchLocaleOf(request.headers.host, request.url)) held.push(answer);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = async (path: string) => {
  const response = await fetch(origin + path);
  return { status: response.status, headers: response.headers, body: await response.text() };
};

describe("search admission", () => {
  it("knows a search by each language's name for it, with or without its prefix on a language's domain", () => {
    expect(searchLocaleOf("localhost", `${searchPath("en")}?q=forms`)).toBe("en");
    expect(searchLocaleOf("localhost", `${searchPath("fr")}?q=formulaires`)).toBe("fr");
    expect(searchLocaleOf("localhost", "/en/blog/")).toBeUndefined();
    expect(searchLocaleOf("localhost", "/en/search/page/2/")).toBeUndefined();
  });

  it("refuses a second search while one is under way, with 503 and the busy page in its language; a post still answers", async () => {
    const first = fetch(`${origin}${searchPath("en")}?q=accessibility`);
    await expect.poll(() => held.length).toBe(1);

    const refused = await get(`${searchPath("fr")}?q=accessibilité`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(refused.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(refused.body).toContain('<html lang="fr"');

    const post = await get("/en/2026/01/15/welcome-to-our-new-website/");
    expect(post.status).toBe(200);

    held.shift()?.();
    expect((await first).status).toBe(200);
    // The held search has left the count: the next one is admitted.
    const next = fetch(`${origin}${searchPath("fr")}?q=formulaires`);
    await expect.poll(() => held.length).toBe(1);
    held.shift()?.();
    expect((await next).status).toBe(200);
  });
});
