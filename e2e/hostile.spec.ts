import { expect, test } from "@playwright/test";
import { requestedLocale } from "@/lib/urls";
import { rawRequest, type RawRequest, type RawResponse } from "./raw-http";
import { seededRandom } from "../bench/synthetic";
import { APPLICATION_ONLY, isOwnContent, pagesOfEachKind, samplePost } from "./site";
import { searchLocaleOf } from "@/lib/search/admission";

// What a hostile or broken client sends, a few thousand requests from a fixed
// seed: no 5xx, nothing that leaks how the server is built, no file outside
// the site, and 404s in the language of the path's prefix.
test.skip(!isOwnContent, APPLICATION_ONLY);

const SEED = 20261130;
const REQUESTS_PER_KIND = 1500;

const next = seededRandom(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
const byte = () =>
  Math.floor(next() * 256)
    .toString(16)
    .toUpperCase()
    .padStart(2, "0");

const PREFIXES = [
  "",
  "/en",
  "/fr",
  "/EN",
  "/Fr",
  "/en/blog",
  "/fr/blogue/page",
  "/_next",
  "/_next/static",
  "/_next/image",
  "/assets",
  "/og",
  "/og-cards/en",
  "/former",
  "/moved/fr",
  "/static-file",
  "/en/unmatched",
  "/healthz",
  "/2017/08/03",
];
const SEGMENTS = [
  () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => `%${byte()}`).join(""),
  () => pick(["%C3%28", "%E0%A4%A", "%FF%FE", "%ED%A0%80", "%F0%28%8C%BC", "%C0%AF", "%", "%%", "%G1", "%2"]),
  () => pick(["..", "%2e%2e", "%2E%2E%2F", "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e%5c", ".%00.", "..;"]),
  () => pick(["%00", "a%00.md", "%0d%0aSet-Cookie:%20x=1", "%0a", "%09"]),
  () => pick(["\\..\\..\\windows\\win.ini", "..\\..\\package.json", "\\\\server\\share"]),
  () =>
    pick(["еn", "ｅｎ", "%EF%BC%8F", "\u0435\u043d".normalize(), "%E2%80%AE", "%E2%80%8B", "%CC%81"].map(encodeURI)),
  () =>
    pick([
      "package.json",
      ".env",
      ".git/config",
      "next.config.js",
      "next.config.ts",
      "server.js",
      ".next/BUILD_ID",
      "lib/content/generated/site.json",
    ]),
  () => pick(["blog", "blogue", "page", "0", "-1", "99999999999999999999", "1e3", "NaN"]),
];
const QUERIES = [
  "",
  "?__proto__[polluted]=1",
  "?constructor[prototype][x]=1",
  "?q=%3Cscript%3Ealert(1)%3C/script%3E",
  "?_rsc=garbage",
  `?x=${"A".repeat(4000)}`,
  "?a=%ZZ&b=%",
  "?%00=%00",
  "?url=http://169.254.169.254/&w=64&q=75",
  "?url=/assets/../../../etc/passwd&w=64&q=75",
];

function hostilePath(): string {
  const shape = next();
  if (shape < 0.05) return `/${"a".repeat(8 * 1024)}/`;
  if (shape < 0.1) return `${pick(PREFIXES)}/${Array.from({ length: 200 }, (_, i) => `s${i}`).join("/")}/`;
  const segments = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(SEGMENTS)());
  return `${pick(PREFIXES)}/${segments.join("/")}${next() < 0.6 ? "/" : ""}${pick(QUERIES)}`;
}

const pages = pagesOfEachKind().map(([, path]) => path);
const ROUTE_KINDS = [
  ...pages,
  "/en/blog",
  "/feed.xml",
  "/en/feed.xml",
  "/sitemap.xml",
  "/robots.txt",
  "/healthz",
  "/og-cards/en/card.png",
  "/blog/",
  samplePost("en").path.replace(/^\/en/, ""),
];
const METHODS = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD"];
const HOSTILE_HEADERS: Array<() => Record<string, string>> = [
  () => ({ Host: "h".repeat(4000) + ".example" }),
  () => ({ Host: "evil.example" }),
  () => ({ "Accept-Language": pick(["*;q=garbage", "xx-YY-ZZ,,,;;;", "fr;q=1e999", "\u00ff".repeat(300)]) }),
  () => ({ RSC: "1" }),
  () => ({
    RSC: "1",
    "Next-Router-State-Tree": pick(["garbage", "%5B%5D%5D", "[".repeat(500), "%7B%22__proto__%22%3A1%7D"]),
  }),
  () => ({ "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" }),
  () => ({ "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" }),
  () => ({
    "Next-Action": pick(["garbage", "0".repeat(40), "x".repeat(42)]),
    "Content-Type": "text/plain;charset=UTF-8",
  }),
  () => ({ "x-forwarded-host": "evil.example", "x-forwarded-proto": "javascript" }),
  () => ({ "x-invoke-path": "/etc/passwd", "x-invoke-status": "500", "x-matched-path": "/../../package.json" }),
];

type Sent = { path: string } & RawRequest;

function requests(): Sent[] {
  const sent: Sent[] = [];
  for (let i = 0; i < REQUESTS_PER_KIND; i++) sent.push({ path: hostilePath() });
  for (const path of ROUTE_KINDS) for (const method of METHODS) sent.push({ path, method });
  for (let i = 0; i < REQUESTS_PER_KIND; i++) {
    const method = next() < 0.3 ? pick(["POST", "HEAD"]) : "GET";
    sent.push({ path: next() < 0.5 ? pick(ROUTE_KINDS) : hostilePath(), method, headers: pick(HOSTILE_HEADERS)() });
  }
  return sent;
}

const cwd = process.cwd();
const LEAKS: Array<[string, RegExp]> = [
  ["a stack trace", /^\s+at .+\(?.*:\d+:\d+\)?$/m],
  ["an error message", /TypeError|ReferenceError|DecodeError|URIError|ENOENT/],
  ["a file-system path", new RegExp(`${cwd.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}|/node_modules/|\\.next/server`)],
  // A bare "16.6.1" may be content (a post names GCWeb's version): a version leaks with its software's name.
  ["a version", /Next\.js \d|next-server|node\/v?\d|\b(?:next|node)(?:\.js)?[ @/]v?(?:16|20)\.\d+\.\d+\b/i],
];
/** What the files a traversal would reach contain; looked for in bodies, since headers echo the path asked for. */
const FILE_CONTENTS =
  /root:x:0:0|"name": "cds-bilingual-site"|\[core\]\s+repositoryformatversion|\bSITE_URL=|"posts":\[\{/;

function problemsWith(sent: Sent, response: RawResponse): string[] {
  const what = `${sent.method ?? "GET"} ${sent.path.slice(0, 120)}${sent.headers ? ` ${JSON.stringify(sent.headers).slice(0, 80)}` : ""}`;
  const problems: string[] = [];
  // A search beyond what the instance works on at once is refused for load, saying when to come back; nothing else is a 5xx.
  const refusedForLoad =
    response.status === 503 &&
    response.headers["retry-after"] &&
    searchLocaleOf(sent.headers?.Host ?? "localhost", sent.path);
  if (response.status >= 500 && !refusedForLoad) problems.push(`${what}: ${response.status}`);
  const exposed = response.body + JSON.stringify(response.headers);
  for (const [leak, pattern] of LEAKS) if (pattern.test(exposed)) problems.push(`${what}: shows ${leak}`);
  if (FILE_CONTENTS.test(response.body)) problems.push(`${what}: serves a file outside the site`);
  const locale = requestedLocale(sent.path);
  const plainPrefix = !/\.\.|%2e|\\|%5c/i.test(sent.path);
  if (response.status === 404 && locale && plainPrefix && (sent.method ?? "GET") === "GET" && !sent.headers) {
    if (!response.body.includes(`<html lang="${locale}"`)) problems.push(`${what}: 404 not in ${locale}`);
  }
  return problems;
}

test(`hostile requests from seed ${SEED}: no 5xx, no leak, 404s in the prefix's language`, async () => {
  test.setTimeout(120_000);
  const queue = requests();
  const total = queue.length;
  const problems: string[] = [];
  const statuses = new Map<number, number>();
  const worker = async () => {
    for (let sent = queue.shift(); sent; sent = queue.shift()) {
      const response = await rawRequest(sent.path, sent).catch((error: Error) => ({
        status: 599,
        headers: {},
        body: `no answer: ${error.message}`,
      }));
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      problems.push(...problemsWith(sent, response));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  console.log(`${total} hostile requests, by status: ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect(total).toBeGreaterThan(3000);
  expect(problems.slice(0, 40)).toEqual([]);
});
