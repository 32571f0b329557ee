// Two standalone instances behind nginx on loopback ports, as deploy/nginx.conf
// describes a deployment: started and stopped by the deploy suite itself.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { routing } from "@/i18n/routing";
import { searchPagePaths, withoutLocale } from "@/lib/urls";

const ROOT = path.resolve(import.meta.dirname, "..");
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => fs.existsSync(candidate)) ?? "nginx";

export type Instance = { port: number; process: ChildProcess };

/** Waits until `child` accepts connections on `port`, for at most `ms`. */
export async function waitForPort(port: number, child?: ChildProcess, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the process for port ${port} exited with ${child.exitCode}`);
    if (await accepts(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${ms} ms`);
}

export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** `npm start`'s command, run without npm so that the process is the server itself and SIGKILL reaches it. */
const START = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts.start as string;

/** One instance of what `npm start` runs, on its own port. */
export async function startInstance(port: number, env: Record<string, string> = {}): Promise<Instance> {
  if (!START.startsWith("exec "))
    throw new Error('package.json "start" must exec the server, so that signals reach it');
  const child = spawn("sh", ["-c", START], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOSTNAME: "localhost" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForPort(port, child);
  return { port, process: child };
}

export async function stopInstance(instance: Instance, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (instance.process.exitCode !== null || instance.process.signalCode !== null) return;
  const exited = new Promise((resolve) => instance.process.once("exit", resolve));
  instance.process.kill(signal);
  await exited;
}

export type Proxy = { port: number; process: ChildProcess; dir: string };

/** What deploy/nginx.conf lets one client address search: per second, and in a burst (README "Deploying"). */
export const SEARCH_LIMIT = { rate: 2, burst: 10 };

/** The search pages' paths, each language's, prefixed and not, as nginx's `location ~` reads them. */
export function searchPathsPattern(): string {
  const prefixed = routing.locales.flatMap(searchPagePaths).map((path) => path.replace(/\/$/, ""));
  const paths = [...new Set([...prefixed, ...prefixed.map(withoutLocale)])];
  return `(?:${paths.join("|")})`;
}

/**
 * nginx with deploy/nginx.conf in front of `upstreams`. `urlOnly` makes it a
 * cache that keys on the URL alone and ignores Vary, as some CDNs do;
 * `searchLimit` sets what one client address may search (production's by default).
 */
export async function startProxy(
  port: number,
  upstreams: number[],
  { urlOnly = false, searchLimit = SEARCH_LIMIT } = {},
): Promise<Proxy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cds-nginx-${port}-`));
  // nginx's workers drop root and must still write the cache here.
  fs.chmodSync(dir, 0o777);
  const config = fs
    .readFileSync(path.join(ROOT, "deploy/nginx.conf"), "utf8")
    .replaceAll("{{RUN_DIR}}", dir)
    .replaceAll("{{LISTEN}}", `127.0.0.1:${port}`)
    .replaceAll(
      "{{UPSTREAMS}}",
      upstreams.map((upstream) => `server 127.0.0.1:${upstream} max_fails=1 fail_timeout=10s;`).join("\n    "),
    )
    .replaceAll("{{CACHE_KEYING}}", urlOnly ? "proxy_ignore_headers Vary;" : "")
    .replaceAll("{{SEARCH_PATHS}}", searchPathsPattern())
    .replaceAll("{{SEARCH_RATE}}", String(searchLimit.rate))
    .replaceAll("{{SEARCH_BURST}}", String(searchLimit.burst));
  const file = path.join(dir, "nginx.conf");
  fs.writeFileSync(file, config);
  const child = spawn(NGINX, ["-c", file, "-p", dir, "-e", path.join(dir, "error.log"), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForPort(port, child);
  return { port, process: child, dir };
}

export async function stopProxy(proxy: Proxy): Promise<void> {
  if (proxy.process.exitCode === null && proxy.process.signalCode === null) {
    const exited = new Promise((resolve) => proxy.process.once("exit", resolve));
    proxy.process.kill("SIGQUIT");
    await exited;
  }
  fs.rmSync(proxy.dir, { recursive: true, force: true });
}
