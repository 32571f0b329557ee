import { expect, test, type Browser } from "@playwright/test";
import autocannon from "autocannon";
import net from "node:net";
import { parse } from "node-html-parser";
import { otherLocale, type Locale } from "@/i18n/routing";
import { blogPath, homePath, searchPath } from "@/lib/urls";
import { rawRequest } from "../e2e/raw-http";
import { pagesOfEachKind, samplePage, samplePost, site } from "../e2e/site";
import en from "@/messages/en.json" with { type: "json" };
import fr from "@/messages/fr.json" with { type: "json" };
import { searchLocaleOf } from "@/lib/search/admission";
import { SEARCH_LIMIT, startInstance, startProxy, stopInstance, stopProxy, type Instance, type Proxy } from "./stack";

const BUSY_TITLE: Record<Locale, string> = { en: en.Search.busyTitle, fr: fr.Search.busyTitle };

// Two instances behind nginx configured as deploy/nginx.conf: caching by the
// site's own headers never hands a browser an RSC payload, readers navigate
// correctly through it, losing an instance under load fails no request, and
// with every instance down the cache still answers.

test.describe.configure({ mode: "serial" });

const INSTANCES = [3101, 3102];
const PROXY = 3100;
/** A cache that keys on the URL alone and ignores Vary, as some CDNs do. */
const URL_ONLY_PROXY = 3110;
/** nginx with production's search limit; the two above let the tests' one client search freely. */
const LIMITING_PROXY = 3120;
const UNLIMITED = { rate: 10_000, burst: 10_000 };

let instances: Instance[] = [];
let proxies: Proxy[] = [];
/** Each page as the first instance answers it, to compare with what the proxy serves. */
const origin = new Map<string, { status: number; body: string }>();

test.beforeAll(async () => {
  instances = await Promise.all(INSTANCES.map((port) => startInstance(port)));
  proxies = [
    await startProxy(PROXY, INSTANCES, { searchLimit: UNLIMITED }),
    await startProxy(URL_ONLY_PROXY, INSTANCES, { urlOnly: true, searchLimit: UNLIMITED }),
    await startProxy(LIMITING_PROXY, INSTANCES),
  ];
  for (const [, path] of pagesOfEachKind()) {
    const { status, body } = await rawRequest(path, { port: INSTANCES[0] });
    origin.set(path, { status, body });
  }
});

test.afterAll(async () => {
  await Promise.all(instances.map((instance) => stopInstance(instance)));
  await Promise.all(proxies.map(stopProxy));
});

/** Router requests a browser would never send as a document: missing, stale or garbage `_rsc` and state. */
const FORGED_RSC: Array<[string, Record<string, string>]> = [
  ["", { RSC: "1" }],
  ["?_rsc=1a2b3", { RSC: "1", "Next-Router-Prefetch": "1" }],
  ["?_rsc=", { RSC: "1", "Next-Router-State-Tree": "%5B%22%22%2C%7B%7D%5D" }],
  ["", { RSC: "1", "Next-Router-State-Tree": "garbage", "Next-Router-Segment-Prefetch": "/_tree" }],
];

/** An RSC request as Next's router makes it: Next answers a missing `_rsc` with a redirect to the right one. */
async function fetchRscPayload(port: number, path: string): Promise<string | undefined> {
  const first = await rawRequest(path, { port, headers: { RSC: "1" } });
  const location = first.headers.location;
  if (first.status !== 307 || !location) return first.headers["content-type"];
  return (await rawRequest(location, { port, headers: { RSC: "1" } })).headers["content-type"];
}

for (const port of [PROXY, URL_ONLY_PROXY]) {
  const cache = port === PROXY ? "URL and Vary" : "URL alone";

  test(`cache keyed by ${cache}: after real and forged RSC requests, a plain request of every page gets its HTML`, async () => {
    const payloads: Array<string | undefined> = [];
    for (const [what, path] of pagesOfEachKind()) {
      payloads.push(await fetchRscPayload(port, path));
      for (const [query, headers] of FORGED_RSC) await rawRequest(path + query, { port, headers });
      for (let attempt = 0; attempt < 2; attempt++) {
        const plain = await rawRequest(path, { port, headers: { Accept: "*/*" } });
        expect(plain.headers["content-type"], `${what} ${path}`).toMatch(/^text\/html/);
        expect(plain.status, `${what} ${path}`).toBe(origin.get(path)?.status);
        expect(plain.body, `${what} ${path}`).toBe(origin.get(path)?.body);
      }
    }
    expect(payloads, "RSC payloads really went through the cache").toContain("text/x-component");
  });

  test(`cache keyed by ${cache}: a reader with JavaScript moves between pages by links and the toggle`, async ({
    browser,
  }) => {
    // Twice: the second tour is served from what the first one cached.
    for (let tour = 0; tour < 2; tour++) await readerTour(browser, `http://127.0.0.1:${port}`);
  });
}

/** Home, blog, a post, its translation, a page and back, by links and the toggle. */
async function readerTour(browser: Browser, base: string) {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  const documents: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "document") documents.push(`${response.headers()["content-type"]}`);
  });
  const expectOn = async (path: string, title: string) => {
    await expect(page).toHaveURL(base + path);
    await expect(page.locator("h1")).toHaveText(title);
    expect(await page.evaluate(() => document.contentType)).toBe("text/html");
  };
  const post = samplePost("en");
  const translation = post.translationPath
    ? site.posts.find((candidate) => candidate.path === post.translationPath)
    : undefined;
  const aboutPage = samplePage("en");

  await page.goto(homePath("en"));
  await page.locator(".site-bar a.site-nav-link").click();
  await expect(page).toHaveURL(base + blogPath("en"));
  await page.locator(`main a[href="${post.path}"]`).first().click();
  await expectOn(post.path, post.title);
  if (translation) {
    await page.locator("header .language-toggle").click();
    await expectOn(translation.path, translation.title);
    await page.locator("header .language-toggle").click();
    await expectOn(post.path, post.title);
  }
  if (aboutPage) {
    await page.locator(`footer a[href="${aboutPage.path}"]`).click();
    await expectOn(aboutPage.path, aboutPage.title);
  }
  await page.locator(".site-bar a.site-name").click();
  await expect(page).toHaveURL(base + homePath("en"));
  await page.locator("header .language-toggle").click();
  await expect(page).toHaveURL(base + homePath(otherLocale("en")));
  await page.reload();
  expect(await page.evaluate(() => document.contentType)).toBe("text/html");
  expect(
    documents.every((type) => type.startsWith("text/html")),
    documents.join(", "),
  ).toBe(true);
  await context.close();
}

test("nginx limits each client's searches: a flood gets 429s, another client's search and every page get 200", async () => {
  const flooder = { port: LIMITING_PROXY, localAddress: "127.0.0.2" };
  const flood = await Promise.all(
    Array.from({ length: 40 }, (_, index) => rawRequest(`${searchPath("en")}?q=flood+${index}`, flooder)),
  );
  const statuses = flood.map((response) => response.status);
  console.log(`40 searches at once from one client through nginx: ${JSON.stringify(tally(statuses))}`);
  // At most the burst and the one the rate allows pass; an instance may also refuse one for load.
  expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(40 - SEARCH_LIMIT.burst - 2);
  expect(statuses.filter((status) => ![200, 429, 503].includes(status))).toEqual([]);
  const limited = flood.find((response) => response.status === 429)!;
  expect(limited.headers["retry-after"]).toBe("5");
  expect(limited.headers["cache-control"]).toBe("no-store");
  expect(limited.body).toContain("Trop de recherches");
  // Every name a search page answers at is limited, the route's own name too.
  const byRouteName = await Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      rawRequest(`/fr/search/?q=nom+${index}`, { port: LIMITING_PROXY, localAddress: "127.0.0.4" }),
    ),
  );
  expect(byRouteName.filter((response) => response.status === 429).length).toBeGreaterThanOrEqual(
    20 - SEARCH_LIMIT.burst - 2,
  );

  const other = await rawRequest(`${searchPath("fr")}?q=autre+client`, {
    port: LIMITING_PROXY,
    localAddress: "127.0.0.3",
  });
  expect(other.status, "another client's search").toBe(200);
  for (const [, path] of pagesOfEachKind().filter(([, path]) => !searchLocaleOf("localhost", path))) {
    expect((await rawRequest(path, flooder)).status, `${path} for the flooding client`).toBe(origin.get(path)?.status);
  }
});

test("an instance refuses the searches beyond its bound with 503 and the busy page in their language, and answers pages", async () => {
  const bounded = await startInstance(INSTANCES[1] + 10, { SEARCH_CONCURRENCY: "1" });
  try {
    // Next answers its first request only once it has started, admission with it (instrumentation.ts).
    expect((await rawRequest(samplePost("fr").path, { port: bounded.port })).status, "the first answer").toBe(200);
    // Pipelined in one write: the instance reads them all before the first is rendered.
    const locales: Locale[] = Array.from({ length: 12 }, (_, index) => (index % 2 ? "fr" : "en"));
    const answers = await burst(
      bounded.port,
      locales.map((locale, index) => `${searchPath(locale)}?q=mot+${index}`),
    );
    expect((await rawRequest(samplePost("en").path, { port: bounded.port })).status, "a post").toBe(200);
    console.log(`12 searches at once, bound 1: ${JSON.stringify(tally(answers.map(({ status }) => status)))}`);
    expect(answers.length, "an answer to each search").toBe(locales.length);
    expect(answers.filter(({ status }) => status === 200).length, "searches admitted").toBeGreaterThanOrEqual(1);
    expect(answers.filter(({ status }) => status === 503).length, "searches refused").toBeGreaterThanOrEqual(1);
    answers.forEach(({ status, head, body }, index) => {
      expect([200, 503]).toContain(status);
      if (status !== 503) return;
      expect(head).toMatch(/^retry-after: 5$/im);
      expect(head).toMatch(/^cache-control: no-store$/im);
      expect(head).toMatch(/^content-security-policy: /im);
      expect(body).toContain(`<html lang="${locales[index]}"`);
      expect(body).toContain(BUSY_TITLE[locales[index]]);
    });
  } finally {
    await stopInstance(bounded);
  }
});

/**
 * GETs `paths` pipelined on one connection, written in one go; each answer's
 * status, head and body, in order. The instance parses them all in one read,
 * so they are under way at once whatever the machine's load. Sent on a
 * connection each, a fast search could end before the next was read on this
 * shared machine, and none was refused (seen once in CI).
 */
async function burst(port: number, paths: string[]): Promise<Array<{ status: number; head: string; body: string }>> {
  const socket = net.connect(port, "127.0.0.1");
  const chunks: Buffer[] = [];
  socket.on("data", (chunk: Buffer) => chunks.push(chunk));
  const closed = new Promise((resolve, reject) => {
    socket.once("close", resolve);
    socket.once("error", reject);
  });
  socket.write(
    paths
      .map((path, index) => {
        const connection = index === paths.length - 1 ? "close" : "keep-alive";
        return `GET ${encodeURI(path)} HTTP/1.1\r\nHost: localhost\r\nConnection: ${connection}\r\n\r\n`;
      })
      .join(""),
  );
  await closed;
  return splitAnswers(Buffer.concat(chunks));
}

/** Answers one after another on one connection, each with its Content-Length (searches and refusals both have one). */
function splitAnswers(bytes: Buffer): Array<{ status: number; head: string; body: string }> {
  const answers: Array<{ status: number; head: string; body: string }> = [];
  for (let at = 0; at < bytes.length;) {
    const split = bytes.indexOf("\r\n\r\n", at);
    if (split < 0) throw new Error(`an answer cut short after ${answers.length} whole ones`);
    const head = bytes.toString("latin1", at, split);
    const length = Number(/^content-length: (\d+)$/im.exec(head)?.[1] ?? NaN);
    if (!Number.isInteger(length)) throw new Error(`answer ${answers.length + 1} has no Content-Length:\n${head}`);
    const body = bytes.toString("utf8", split + 4, split + 4 + length);
    answers.push({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body });
    at = split + 4 + length;
  }
  return answers;
}

/** The statuses a load got, searches apart: a search may be refused for load (503), a page never. */
/** Each answer's status, and, for a search answered neither 200 nor 503, which search it was. */
type Answers = { pages: number[]; searches: number[]; unexpected: string[] };

/** Every page kind, half of the requests with a query no cache has seen, so that they reach the instances. */
function loadRequests(answers: Answers): autocannon.Request[] {
  let unique = 0;
  return pagesOfEachKind().flatMap(([, path]) => {
    const isSearch = searchLocaleOf("localhost", path) !== undefined;
    const answered = isSearch ? answers.searches : answers.pages;
    // When an instance dies mid-load, autocannon can hand a response to the callback of the request
    // next to it in the list (seen once in CI: 404 page kinds' answers reported as searches'), so an
    // answer is judged by what it is: the 404 page is a page's answer, whichever request it is filed under.
    const onResponse = (status: number, body?: string) => {
      answered.push(status);
      const notFoundPage = status === 404 && (body ?? "").includes('class="not-found"');
      if (isSearch && status !== 200 && status !== 503 && !notFoundPage) answers.unexpected.push(`${status} ${path}`);
    };
    return [
      { method: "GET", path, onResponse },
      {
        method: "GET",
        path,
        onResponse,
        setupRequest: (request) => ({ ...request, path: `${path}?load=${++unique}` }),
      },
    ];
  });
}

async function load(port: number, seconds: number): Promise<autocannon.Result & Answers> {
  const answers: Answers = { pages: [], searches: [], unexpected: [] };
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 20,
    duration: seconds,
    requests: loadRequests(answers),
  });
  return Object.assign(result, answers);
}

/** No page failed, and a search was answered or refused for load, nothing else. */
function expectNoFailure(result: autocannon.Result & Answers): void {
  expect(result.errors + result.timeouts).toBe(0);
  expect(result.pages.filter((status) => status >= 500)).toEqual([]);
  expect(result.unexpected, "searches answered neither 200 nor 503").toEqual([]);
}

test("throughput through the proxy, next to one instance alone, in this run", async () => {
  const alone = await load(INSTANCES[0], 4);
  const proxied = await load(PROXY, 4);
  const row = (name: string, result: autocannon.Result) =>
    `${name.padEnd(28)} ${String(Math.round(result.requests.average)).padStart(7)} req/s  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(4)} ms`;
  console.log(
    [
      "Throughput, 20 connections, every page kind:",
      row("one instance alone", alone),
      row("nginx in front of two", proxied),
    ].join("\n"),
  );
  for (const result of [alone, proxied]) expectNoFailure(result);
});

test("under load, killing one instance fails no request", async () => {
  const running = load(PROXY, 8);
  await new Promise((resolve) => setTimeout(resolve, 2500));
  await stopInstance(instances[0], "SIGKILL");
  const result = await running;
  const busy = result.searches.filter((status) => status === 503).length;
  console.log(
    `Load with one instance killed: ${result.requests.total} requests, ${result["2xx"]} 2xx, ${result["4xx"]} 4xx (404 pages), ${result["5xx"]} 5xx (${busy} searches refused for load), ${result.errors} errors, ${result.timeouts} timeouts`,
  );
  // The load ran, before and after the kill; how much of it a busy machine gets through is the benchmark's to say.
  expect(result.requests.total).toBeGreaterThan(20);
  expectNoFailure(result);
  expect(result.pages.filter((status) => status >= 300 && status !== 404)).toEqual([]);
});

test("with both instances down, cached pages still answer with their right body", async () => {
  await stopInstance(instances[1], "SIGTERM");
  for (const [what, path] of pagesOfEachKind()) {
    const response = await rawRequest(path, { port: PROXY });
    expect(response.status, `${what} ${path}`).toBe(origin.get(path)?.status);
    expect(response.body, `${what} ${path}`).toBe(origin.get(path)?.body);
    expect(parse(response.body).querySelector("main"), `${what} ${path}`).not.toBeNull();
  }
});

function tally(statuses: number[]): Record<number, number> {
  return statuses.reduce<Record<number, number>>(
    (counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }),
    {},
  );
}
