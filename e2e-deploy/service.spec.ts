import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { blogPath } from "@/lib/urls";
import { rawRequest } from "../e2e/raw-http";
import { samplePost } from "../e2e/site";
import { accepts, startInstance, stopInstance, waitForPort } from "./stack";

// `npm start` as an operator runs it: on the port it is given, redirecting to
// itself, and gone, with nothing left behind, once told to stop.

const PORT = 4000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function childrenOf(pid: number): Promise<number[]> {
  return new Promise((resolve) => {
    const ps = spawn("ps", ["-o", "pid=", "--ppid", String(pid)]);
    let out = "";
    ps.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    ps.on("close", () => resolve(out.split(/\s+/).filter(Boolean).map(Number)));
  });
}

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  test(`PORT=${PORT} npm start listens there, redirects to itself, and ${signal} leaves no process behind`, async () => {
    expect(await accepts(PORT), `port ${PORT} is free before the test`).toBe(false);
    const npm = spawn("npm", ["start"], { env: { ...process.env, PORT: String(PORT) }, stdio: "ignore" });
    try {
      await waitForPort(PORT, npm);

      const noSlash = await rawRequest(blogPath("en").slice(0, -1), { port: PORT });
      expect(noSlash.status).toBe(308);
      expect(noSlash.headers.location).toBe(blogPath("en"));
      const oldUrl = await rawRequest(samplePost("en").path.replace(/^\/en/, ""), { port: PORT });
      expect(oldUrl.status).toBe(308);
      expect(oldUrl.headers.location).toBe(samplePost("en").path);
      expect((await rawRequest(blogPath("en"), { port: PORT })).status).toBe(200);

      const servers = await childrenOf(npm.pid!);
      expect(servers.length).toBeGreaterThan(0);
      const exited = new Promise((resolve) => npm.once("exit", resolve));
      npm.kill(signal);
      await exited;
      await expect.poll(() => servers.filter(isRunning), { timeout: 10_000 }).toEqual([]);
      expect(await accepts(PORT)).toBe(false);
    } finally {
      // A failed check must not leave the server holding the port for the next test.
      if (npm.exitCode === null && npm.signalCode === null) npm.kill("SIGTERM");
    }
  });
}

test("SIGTERM under load: every request the server began answering gets its whole answer", async () => {
  const instance = await startInstance(PORT);
  const path = samplePost("fr").path;
  const expected = (await rawRequest(path, { port: PORT })).body;
  const outcomes: string[] = [];
  let stopping = false;
  const one = () =>
    new Promise<string>((resolve) => {
      // A new connection each time: a request racing a keep-alive socket's
      // close is the client's retry to make, not a request cut short.
      const request = http.get({ host: "127.0.0.1", port: PORT, path, agent: false }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () =>
          resolve(response.statusCode === 200 && body === expected ? "complete" : `incomplete ${response.statusCode}`),
        );
        response.on("error", (error: NodeJS.ErrnoException) => resolve(`cut short: ${error.code ?? error.message}`));
      });
      // Refused, or reset before a byte of answer: the server had not read the
      // request (it was still in the listen queue); a proxy retries it elsewhere.
      request.on("error", (error: NodeJS.ErrnoException) => resolve(`not taken: ${error.code ?? error.message}`));
    });
  const client = async () => {
    while (true) {
      const outcome = await one();
      outcomes.push(outcome);
      if (stopping && outcome.startsWith("not taken")) return;
    }
  };
  const clients = Array.from({ length: 16 }, client);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  stopping = true;
  await stopInstance(instance, "SIGTERM");
  await Promise.all(clients);
  const counts = outcomes.reduce<Record<string, number>>(
    (tally, outcome) => ({ ...tally, [outcome]: (tally[outcome] ?? 0) + 1 }),
    {},
  );
  console.log(`SIGTERM under load: ${JSON.stringify(counts)}`);
  // Each of the 16 clients had requests answered before the stop; how many is the benchmark's to say.
  expect(counts.complete).toBeGreaterThan(16);
  expect(outcomes.filter((outcome) => outcome !== "complete" && !outcome.startsWith("not taken"))).toEqual([]);
});

test("npm start refuses a loopback IP as HOSTNAME, and says to write localhost", async () => {
  const npm = spawn("npm", ["start"], {
    env: { ...process.env, PORT: String(PORT), HOSTNAME: "127.0.0.1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  npm.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise((resolve) => npm.on("exit", resolve));
  expect(code).not.toBe(0);
  expect(stderr).toContain("HOSTNAME=127.0.0.1: write HOSTNAME=localhost");
  expect(await accepts(PORT)).toBe(false);
});

test("behind HOSTNAME=localhost, a post rendered on its first request answers 200", async () => {
  // The list the standalone server itself reads.
  const paths: unknown = JSON.parse(fs.readFileSync(".next/standalone/lib/content/generated/on-demand.json", "utf8"));
  const older = Array.isArray(paths) ? String(paths.at(-1) ?? "") : "";
  test.skip(!older, "every post of this build is prerendered (PRERENDER_POSTS)");
  const instance = await startInstance(PORT);
  try {
    expect((await rawRequest(older, { port: PORT })).status).toBe(200);
  } finally {
    await stopInstance(instance);
  }
});
