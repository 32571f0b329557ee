// The render cache's version: a hash of every file of this repo that the
// render cache and the body renderer import, followed import by import from its entry module
// (messages and the headers module included), plus the lockfile for the
// packages it imports. No list to keep: a new import is followed as it is written.
import fs from "node:fs";
import path from "node:path";
import { contentHash } from "./render-cache";

/** The module whose import graph makes a cached body: the cache, the renderer it calls, and all they import. */
export const RENDERER_ENTRY = "lib/build/render-cache.ts";

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm;
const EXTENSIONS = ["", ".ts", ".tsx", ".js", ".mjs", ".json", "/index.ts"];

/** The repo's files `entry` imports, itself included, relative to `repo`, sorted, each with its text. */
export function importGraph(repo: string, entry = RENDERER_ENTRY, read = readText): Map<string, string> {
  const texts = new Map<string, string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (texts.has(file)) continue;
    const text = read(path.join(repo, file));
    texts.set(file, text);
    if (file.endsWith(".json")) continue;
    for (const match of text.matchAll(IMPORT)) {
      const imported = resolveImport(repo, file, match[1] ?? match[2] ?? match[3]);
      if (imported) pending.push(imported);
    }
  }
  return new Map([...texts].sort(([a], [b]) => a.localeCompare(b)));
}

/** The renderer's version: what a cached body was rendered with. */
export function rendererVersion(repo: string, read = readText): string {
  const graph = importGraph(repo, RENDERER_ENTRY, read);
  graph.set("package-lock.json", read(path.join(repo, "package-lock.json")));
  return contentHash(...[...graph].flat());
}

/** A repo file an import names (`@/lib/x`, `./x`), or undefined for a package. */
function resolveImport(repo: string, from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? path.join(path.dirname(from), specifier)
      : undefined;
  if (base === undefined) return undefined;
  const found = EXTENSIONS.map((extension) => base + extension).find((candidate) =>
    fs.statSync(path.join(repo, candidate), { throwIfNoEntry: false })?.isFile(),
  );
  if (!found) throw new Error(`${from}: imports ${specifier}, which is not a file of this repo`);
  return found;
}

function readText(file: string): string {
  return fs.readFileSync(file, "utf8");
}
