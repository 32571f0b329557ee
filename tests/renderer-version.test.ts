import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importGraph, rendererVersion } from "@/lib/build/renderer-version";

// The render cache's version follows what the renderer imports. A label from
// the messages, or the embed host from the headers module, is part of a body:
// changing either must render every body again, with no list to keep up to date.
const repo = process.cwd();

describe("the renderer's version", () => {
  it("covers the messages and the headers module that bodies are made with", () => {
    const graph = [...importGraph(repo).keys()];
    expect(graph).toEqual(
      expect.arrayContaining([
        "lib/build/render-cache.ts",
        "lib/build/render.ts",
        "lib/build/safety.ts",
        "lib/http-headers.ts",
        "messages/en.json",
        "messages/fr.json",
      ]),
    );
    expect(graph.filter((file) => file.startsWith("app/") || file.startsWith("components/"))).toEqual([]);
  });

  it("changes when any file of that graph changes, and only then", () => {
    const read = (edited: string) => (file: string) =>
      fs.readFileSync(file, "utf8") + (file === path.join(repo, edited) ? "\n" : "");
    const today = rendererVersion(repo);
    expect(rendererVersion(repo, read("messages/en.json"))).not.toBe(today);
    expect(rendererVersion(repo, read("lib/http-headers.ts"))).not.toBe(today);
    expect(rendererVersion(repo, read("package-lock.json"))).not.toBe(today);
    expect(rendererVersion(repo, read("components/SiteHeader.tsx"))).toBe(today);
  });
});

describe("a rebuild after the new-window label changes", () => {
  // A copy of the repo's code whose node_modules links each of the repo's
  // packages, so that they resolve while its render cache (node_modules/.cache) is its own.
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "renderer-test-"));
  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));
  fs.mkdirSync(path.join(copy, "node_modules"));
  for (const name of fs.readdirSync(path.join(repo, "node_modules"))) {
    if (name !== ".cache") fs.symlinkSync(path.join(repo, "node_modules", name), path.join(copy, "node_modules", name));
  }
  for (const entry of ["lib", "i18n", "messages", "scripts", "tsconfig.json", "package.json", "package-lock.json"]) {
    fs.cpSync(path.join(repo, entry), path.join(copy, entry), {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}generated${path.sep}`),
    });
  }
  const tree = path.join(copy, "tree");
  const post = (name: string, body: string) => {
    fs.mkdirSync(path.join(tree, "_posts/en"), { recursive: true });
    fs.writeFileSync(
      path.join(tree, "_posts/en", name),
      `---\ntitle: ${name}\ndescription: A test post.\n---\n\n${body}\n`,
    );
  };
  post("2020-01-01-new-window.md", '<a href="https://example.com/" target="_blank">Example</a> in a new window.');
  post("2020-01-02-same-window.md", "[Example](https://example.com/) in the same window.");
  fs.mkdirSync(path.join(tree, "_posts/fr"), { recursive: true });

  const build = () =>
    execFileSync(process.execPath, [path.join(repo, "node_modules/tsx/dist/cli.mjs"), "scripts/build-content.ts"], {
      cwd: copy,
      env: { ...process.env, CONTENT_DIR: tree },
      encoding: "utf8",
    });
  const bodies = () => {
    const dir = path.join(copy, "lib/content/generated/bodies");
    return fs.readdirSync(dir).map((file) => fs.readFileSync(path.join(dir, file), "utf8"));
  };
  const setLabel = (label: string) => {
    const file = path.join(copy, "messages/en.json");
    const messages = JSON.parse(fs.readFileSync(file, "utf8"));
    messages.Content.newWindow = label;
    fs.writeFileSync(file, JSON.stringify(messages, null, 2));
  };

  it("renders the bodies again, and the new-window link says the new label", () => {
    expect(build()).toContain("0 bodies reused, 2 rendered");
    expect(build()).toContain("2 bodies reused, 0 rendered");
    setLabel("opens in another tab");
    expect(build()).toContain("0 bodies reused, 2 rendered");
    const linked = bodies().filter((body) => body.includes('target="_blank"'));
    expect(linked).toHaveLength(1);
    expect(linked[0]).toContain("(opens in another tab)");
  }, 60_000);
});
