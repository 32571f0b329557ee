import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { rawRequest } from "../e2e/raw-http";
import { samplePost } from "../e2e/site";
import { waitForPort } from "./stack";

// Editors preview with `npm run dev`: it must answer pages, not 500s.

const PORT = 3400;

test("npm run dev serves the home page and a post", async () => {
  test.setTimeout(180_000);
  const dev = spawn("npm", ["run", "dev", "--", "-p", String(PORT)], { stdio: "ignore", detached: true });
  try {
    await waitForPort(PORT, dev, 60_000);
    const post = samplePost("en");
    for (const [path, text] of [
      ["/en/", "<h1"],
      [post.path, post.titleHtml],
    ]) {
      // The first request of each page compiles it.
      const response = await rawRequest(path, { port: PORT, timeoutMs: 90_000 });
      expect(response.status, path).toBe(200);
      expect(response.body, path).toContain(text);
    }
  } finally {
    // npm, the shell and Next's dev workers form one process group: stop them all.
    process.kill(-dev.pid!, "SIGTERM");
  }
});
