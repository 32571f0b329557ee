import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const fixture = (name: string) => path.join("tests", "fixtures", name);
const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync("npx", ["tsx", script, ...args], { encoding: "utf8", env: { ...process.env, ...env }, timeout: 30_000 });

// Each test starts tsx: seconds each, more on a loaded machine.
describe("content:check and the build on broken content", { timeout: 30_000 }, () => {
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

  it("names each kind of finding on its own line, in file order", () => {
    const result = run("scripts/content-check.ts", [fixture("findings")]);
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split("\n").slice(0, -1)).toEqual([
      '_posts/en/2021-01-01-no-title.md:1: warning: `title` is missing, so the page is titled "No title" from its file name; add `title: "…"` to the front matter',
      "_posts/en/2021-01-02-bad-date.md:3: error: `date: 2021-02-30 09:00:00 -0500` is not a real date; write YYYY-MM-DD HH:MM:SS -0400",
      "_posts/en/2021-01-03-wrong-lang.md:3: error: `lang: fr` disagrees with the folder `en`; move the file or fix `lang`",
      "_posts/en/2021-01-04-empty-description.md:3: warning: `description` is empty; write one or two sentences for search results and link previews",
      "_posts/en/2021-01-05-no-alt.md:3: warning: `image-alt` is empty; describe the image for people who cannot see it",
      '_posts/en/2021-01-05-no-alt.md:5: warning: image /assets/img/cds/post-images/square.svg has no alt text; describe it, or write alt="" if it is decoration',
      "_posts/en/2021-01-06-points-elsewhere.md:3: warning: _posts/fr/2021-01-06-pointe-ailleurs.md is its translation but names _posts/en/2021-01-07-other.md; make the pair name each other",
      "_posts/en/2021-01-07-other.md:3: warning: trans_url /2021/01/09/nowhere/ names no fr post or page; fix it or remove it",
    ]);
  });

  it("content:check passes a clean tree, and lists its drafts, scheduled posts and translations behind", () => {
    const result = run("scripts/content-check.ts", ["content"]);
    expect(result.status).toBe(0);
    // The sample content keeps one translation behind its original in each direction (README, "Both languages").
    expect(result.stdout).toMatch(/3 left out, 0 error\(s\), 2 warning\(s\)/);
    expect(result.stdout).toMatch(
      /^_pages\/fr\/confidentialite\.md:\d+: warning: translates an older version of _pages\/en\/privacy\.md, which changed on \d{4}-\d{2}-\d{2}; bring this translation up to date, then run npm run translations:stamp -- content\/_pages\/fr\/confidentialite\.md$/m,
    );
    expect(result.stdout).toMatch(
      /^_pages\/en\/terms\.md:\d+: warning: translates an older version of _pages\/fr\/avis\.md/m,
    );
    expect(result.stdout.split("\n")).toEqual(
      expect.arrayContaining([
        "_posts/en/2026-11-20-plain-language-checklist.md: draft: left out of a production build (npm run dev shows it)",
        "_posts/en/2099-01-15-our-plans-for-the-next-century.md: dated in the future: left out of a production build (npm run dev shows it)",
      ]),
    );
  });
});
