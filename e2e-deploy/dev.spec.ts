import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { GENERATED_CONTENT_FILE } from "@/lib/content/store-path";
import { blogPath } from "@/lib/urls";
import { rawRequest } from "../e2e/raw-http";
import { samplePost, site } from "../e2e/site";
import { waitForPort } from "./stack";

// Editors preview with `npm run dev`: it must answer pages, not 500s, and show
// drafts and posts dated in the future, marked, which a production build leaves out.

const PORT = 3400;
const QUIET_MS = 1_500;

const DRAFT_LABEL = { draft: "Draft: not published", scheduled: "Scheduled: not published before its date" };

// `npm run dev` writes its content where `npm run build` does, and the suites
// read the build's content from there (e2e/site.ts): put the build's back, so
// that a later test, or a worker restarted after a failure, sees what was built.
const generated = path.dirname(GENERATED_CONTENT_FILE);
const saved = path.join(os.tmpdir(), `cds-generated-${process.pid}`);
test.beforeAll(() => fs.cpSync(generated, saved, { recursive: true }));
test.afterAll(() => {
  fs.rmSync(generated, { recursive: true, force: true });
  fs.cpSync(saved, generated, { recursive: true });
  fs.rmSync(saved, { recursive: true, force: true });
});

/** Stops npm, the content watcher and Next's dev workers, one process group, and waits until they are gone. */
async function stop(dev: ChildProcess): Promise<void> {
  if (dev.exitCode !== null || dev.signalCode !== null) return;
  const exited = new Promise((resolve) => dev.once("exit", resolve));
  process.kill(-dev.pid!, "SIGTERM");
  await exited;
}

test("npm run dev serves the home page, a post, and an English draft or scheduled post with its label", async () => {
  test.setTimeout(180_000);
  const dev = spawn("npm", ["run", "dev", "--", "-p", String(PORT)], { stdio: "ignore", detached: true });
  try {
    await waitForPort(PORT, dev, 60_000);
    const post = samplePost("en");
    const unpublished = site.unpublished.find((candidate) => candidate.locale === "en");
    for (const [path, text] of [
      ["/en/", "<h1"],
      [post.path, post.titleHtml],
      ...(unpublished ? [[unpublished.path, DRAFT_LABEL[unpublished.reason]]] : []),
    ]) {
      // The first request of each page compiles it.
      const response = await rawRequest(path, { port: PORT, timeoutMs: 90_000 });
      expect(response.status, path).toBe(200);
      expect(response.body, path).toContain(text);
    }
  } finally {
    await stop(dev);
  }
});

test("npm run dev on a copy of the tree shows an edit within 2 s, a broken file's finding in its page, then the post again", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), "dev-tree-"));
  fs.cpSync(site.root, tree, { recursive: true });
  const post = samplePost("en");
  const other = samplePost("fr");
  const file = path.join(tree, post.source);
  const original = fs.readFileSync(file, "utf8");
  const dev = spawn("npm", ["run", "dev", "--", "-p", String(PORT + 1)], {
    env: { ...process.env, CONTENT_DIR: tree },
    stdio: "ignore",
    detached: true,
  });
  const origin = `http://localhost:${PORT + 1}`;
  try {
    await waitForPort(PORT + 1, dev, 60_000);
    // The first request of each page compiles it.
    for (const warm of [post.path, other.path]) {
      expect((await rawRequest(warm, { port: PORT + 1, timeoutMs: 90_000 })).status, warm).toBe(200);
    }
    // The page follows edits once its live-reload socket is up, which in dev
    // is a while after the page shows, and `next dev` then rebuilds the
    // page's own scripts once. An editor reads before saving: save once that
    // socket has said it is connected and has been quiet for a moment.
    let connected = false;
    let lastMessageAt = Date.now();
    page.on("websocket", (socket) =>
      socket.on("framereceived", ({ payload }) => {
        const message = String(payload);
        if (message.includes('"turbopack-connected"')) connected = true;
        if (!message.includes('"ping"')) lastMessageAt = Date.now();
      }),
    );
    await page.goto(origin + post.path);
    await expect(page.locator("h1")).toHaveText(post.title);
    await expect
      .poll(() => connected && Date.now() - lastMessageAt > QUIET_MS, { timeout: 30_000, intervals: [100] })
      .toBe(true);

    const edited = "A title changed while the preview is open";
    const savedAt = performance.now();
    fs.writeFileSync(file, original.replace(/^title: .*$/m, `title: "${edited}"`));
    // Checked in the page on every frame it paints, so that the time below is
    // when the title showed, not when a poll from the test next looked.
    await page.waitForFunction((title) => document.querySelector("h1")?.textContent === title, edited, {
      polling: "raf",
      timeout: 2_000,
    });
    // How much of the 2 s was used: the margin a slower machine has.
    console.log(`The edited title showed ${Math.round(performance.now() - savedAt)} ms after the save.`);

    fs.writeFileSync(file, original.replace(/^title: .*$/m, 'title: "an unterminated string'));
    await expect
      .poll(async () => (await rawRequest(post.path, { port: PORT + 1 })).body, { timeout: 10_000 })
      .toContain(`${post.source}:`);
    const broken = await rawRequest(post.path, { port: PORT + 1 });
    expect(broken.body).toMatch(/\.md:\d+: error: /);
    expect((await rawRequest(other.path, { port: PORT + 1 })).status, "other pages still work").toBe(200);

    fs.writeFileSync(file, original);
    await expect
      .poll(async () => (await rawRequest(post.path, { port: PORT + 1 })).body, { timeout: 10_000 })
      .toContain(post.titleHtml);

    // A new file joins the blog; once deleted, it leaves it.
    const added = path.join(tree, "_posts", "en", "2026-11-29-a-post-added-while-previewing.md");
    fs.writeFileSync(
      added,
      '---\ntitle: "A post added while previewing"\ndate: 2026-11-29 09:00:00 -0500\n---\nNew.\n',
    );
    await expect
      .poll(async () => (await rawRequest(blogPath("en"), { port: PORT + 1 })).body, { timeout: 10_000 })
      .toContain("A post added while previewing");
    fs.rmSync(added);
    await expect
      .poll(async () => (await rawRequest(blogPath("en"), { port: PORT + 1 })).body, { timeout: 10_000 })
      .not.toContain("A post added while previewing");
  } finally {
    await stop(dev);
  }
});
