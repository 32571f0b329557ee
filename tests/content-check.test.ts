import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const fixture = (name: string) => path.join("tests", "fixtures", name);
const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync("npx", ["tsx", script, ...args], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 30_000 });

describe("content:check and the build on broken content", () => {
  it("content:check prints one line per finding and fails on errors", () => {
    const result = run("scripts/content-check.ts", [fixture("duplicate-url")]);
    expect(result.status).toBe(1);
    expect(result.stdout.split("\n")).toContain(
      "_posts/en/2020-01-01-same post.md:1: error: has the same URL /en/2020/01/01/same-post/ as _posts/en/2020-01-01-Same-Post.md; rename one of them",
    );
  });

  it("the build stops on broken YAML with file, line and reason, and no stack trace", () => {
    const result = run("scripts/build-content.ts", [], { CONTENT_DIR: fixture("broken-yaml") });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^_posts\/en\/2020-01-01-broken\.md:\d+: error: front matter is not valid YAML: .+/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("content:check passes a clean tree", () => {
    const result = run("scripts/content-check.ts", ["content"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/0 error\(s\), 0 warning\(s\)/);
  });
});
