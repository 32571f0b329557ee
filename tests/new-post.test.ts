import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/build/load";

const newPost = (tree: string, args: string[]) =>
  spawnSync("npx", ["tsx", "scripts/new-post.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, CONTENT_DIR: tree },
    timeout: 30_000,
  });

// Each test starts tsx: seconds each, more on a loaded machine.
describe("new:post", { timeout: 30_000 }, () => {
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), "new-post-"));
  const args = [
    "--en",
    "Open house, again",
    "--fr",
    "Portes ouvertes : le retour",
    "--date",
    "2026-07-01",
    "--author",
    "Outreach",
  ];

  it("writes a pair that names each other and passes content:check with no finding", async () => {
    const result = newPost(tree, args);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("http://localhost:3000/en/2026/07/01/open-house-again/");
    expect(result.stdout).toContain("http://localhost:3000/fr/2026/07/01/portes-ouvertes-le-retour/");
    const { posts, findings } = await loadContent(tree);
    expect(findings).toEqual([]);
    expect(posts.map((post) => [post.path, post.translationPath]).sort()).toEqual([
      ["/en/2026/07/01/open-house-again/", "/fr/2026/07/01/portes-ouvertes-le-retour/"],
      ["/fr/2026/07/01/portes-ouvertes-le-retour/", "/en/2026/07/01/open-house-again/"],
    ]);
  });

  it("refuses, writing nothing, when a file or URL exists", () => {
    const before = fs.readdirSync(path.join(tree, "_posts", "fr"));
    const result = newPost(tree, ["--en", "Open house again!", "--fr", "Autre titre", "--date", "2026-07-01"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("_posts/en/2026-07-01-open-house-again.md already exists; nothing written");
    expect(fs.readdirSync(path.join(tree, "_posts", "fr"))).toEqual(before);
  });
});
