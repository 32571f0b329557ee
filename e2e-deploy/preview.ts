// An editor's preview (`npm run dev`) on a copy of a tree, and how long an
// edit takes to show in the open page: shared by the dev test, which only
// catches a hang, and `npm run bench`, which measures it against its target.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { rawRequest } from "../e2e/raw-http";
import { waitForPort } from "./stack";

/** An editor reads before saving: the page's live-reload socket has been quiet this long. */
const QUIET_MS = 1_500;

export type Preview = { dev: ChildProcess; tree: string; port: number; origin: string };

/** `npm run dev` on a fresh copy of `root`, once it answers on `port`. */
export async function startPreview(root: string, port: number): Promise<Preview> {
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), "dev-tree-"));
  fs.cpSync(root, tree, { recursive: true });
  const dev = spawn("npm", ["run", "dev", "--", "-p", String(port)], {
    env: { ...process.env, CONTENT_DIR: tree },
    stdio: "ignore",
    detached: true,
  });
  await waitForPort(port, dev, 60_000);
  return { dev, tree, port, origin: `http://localhost:${port}` };
}

/** Stops npm, the content watcher and Next's dev workers, one process group, and waits until they are gone. */
export async function stopPreview(dev: ChildProcess): Promise<void> {
  if (dev.exitCode !== null || dev.signalCode !== null) return;
  const exited = new Promise((resolve) => dev.once("exit", resolve));
  process.kill(-dev.pid!, "SIGTERM");
  await exited;
}

/** The first request of each page compiles it: ask once, generously. */
export async function warm(preview: Preview, paths: readonly string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const pagePath of paths)
    statuses.push((await rawRequest(pagePath, { port: preview.port, timeoutMs: 90_000 })).status);
  return statuses;
}

/**
 * Opens `pagePath`, waits as an editor would, rewrites the title of the tree's
 * file `source` to `title`, and gives the milliseconds until the page showed
 * it; it fails after `ceilingMs`.
 */
export async function editShownAfter(
  page: Page,
  preview: Preview,
  { pagePath, source, title, ceilingMs }: { pagePath: string; source: string; title: string; ceilingMs: number },
): Promise<number> {
  // The page follows edits once its live-reload socket is up, which in dev
  // is a while after the page shows, and `next dev` then rebuilds the
  // page's own scripts once: save once that socket has said it is
  // connected and has been quiet for a moment.
  let connected = false;
  let lastMessageAt = Date.now();
  page.on("websocket", (socket) =>
    socket.on("framereceived", ({ payload }) => {
      const message = String(payload);
      if (message.includes('"turbopack-connected"')) connected = true;
      if (!message.includes('"ping"')) lastMessageAt = Date.now();
    }),
  );
  await page.goto(preview.origin + pagePath);
  await page.waitForFunction(() => document.querySelector("h1") !== null);
  const settledBy = Date.now() + 30_000;
  while (!(connected && Date.now() - lastMessageAt > QUIET_MS)) {
    if (Date.now() > settledBy) throw new Error(`the preview of ${pagePath} never settled`);
    await page.waitForTimeout(100);
  }
  const file = path.join(preview.tree, source);
  const savedAt = performance.now();
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^title: .*$/m, `title: "${title}"`));
  // Checked in the page on every frame it paints, so that the time is when
  // the title showed, not when a poll next looked.
  await page.waitForFunction((expected) => document.querySelector("h1")?.textContent === expected, title, {
    polling: "raf",
    timeout: ceilingMs,
  });
  return Math.round(performance.now() - savedAt);
}
