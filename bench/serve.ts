// What readers feel of a built site: throughput and latency of each kind of
// page next to a static file served by the same process, the first answer
// after a start, and the server's memory once every page has been asked for.
import fs from "node:fs";
import autocannon from "autocannon";
import { startInstance, stopInstance, type Instance } from "../e2e-deploy/stack";

export const CONNECTIONS = 50;
/**
 * The readers of a page during a search flood: a few at a time, as the issue
 * measured them (a post at 494 req/s with p50 8 ms is about four requests
 * under way). At 50 connections a post's p99 is queueing alone, flood or not.
 */
export const READERS = 10;
const SECONDS = 10;
const CRAWLERS = 4;

export type Throughput = {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** The share of answers that were 503, searches refused for load. */
  refused: number;
};

/** `connections` clients asking for `pathOf(n)`, the n-th request's path, for SECONDS. */
export async function throughput(
  port: number,
  name: string,
  pathOf: (n: number) => string,
  connections = CONNECTIONS,
): Promise<Throughput> {
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: SECONDS,
    requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: pathOf(next++) }) }],
  });
  const refused = result.statusCodeStats?.["503"]?.count ?? 0;
  return {
    name,
    path: pathOf(0),
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx - refused,
    refused: result.requests.total ? Number((refused / result.requests.total).toFixed(3)) : 0,
  };
}

/** `measured`, by READERS, while `load` runs alongside it at CONNECTIONS, both for SECONDS: what a reader feels during a flood. */
export async function throughputDuring(
  port: number,
  measured: { name: string; pathOf: (n: number) => string },
  load: (n: number) => string,
): Promise<{ measured: Throughput; load: Throughput }> {
  const [during, flood] = await Promise.all([
    throughput(port, measured.name, measured.pathOf, READERS),
    throughput(port, "the load alongside", load),
  ]);
  return { measured: during, load: flood };
}

/** Starts the server and times its first answer, for `path`, counted from the moment it accepts connections. */
export async function firstAnswer(port: number, path: string): Promise<{ instance: Instance; ms: number }> {
  const instance = await startInstance(port);
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${path}: ${response.status} on the first request`);
  return { instance, ms: Math.round(performance.now() - started) };
}

/** Every page the sitemap lists, asked for once, a few at a time: what a crawler does after a deploy. */
export async function crawlSitemap(port: number): Promise<{ pages: number; seconds: number; failures: number }> {
  const sitemap = await (await fetch(`http://127.0.0.1:${port}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  const started = performance.now();
  let failures = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: CRAWLERS }, async () => {
      while (next < paths.length) {
        const response = await fetch(`http://127.0.0.1:${port}${paths[next++]}`);
        await response.arrayBuffer();
        if (!response.ok) failures++;
      }
    }),
  );
  return { pages: paths.length, seconds: Math.round((performance.now() - started) / 1000), failures };
}

/** The resident memory of a server process, in MB. */
export function serverRssMb(instance: Instance): number {
  const status = fs.readFileSync(`/proc/${instance.process.pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1000);
}

export { stopInstance };
