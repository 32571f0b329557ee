// `npm run dev [-- -p PORT]`: what editors preview with. Builds the content
// with drafts and scheduled posts, starts `next dev`, and watches the tree:
// each save rebuilds the content (only the changed files are rendered again,
// lib/content/render-cache.ts) and `next dev` reloads it in the open browser.
// Each time, the findings of the changed files are printed. A file in error
// never stops the preview: it is left out, and its URL shows its findings.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { contentDir } from "@/lib/config";
import { formatFinding } from "@/lib/build/findings";
import { findSourceFiles, pathFromFileName } from "@/lib/build/load";
import { buildContent, storeDevFindings } from "./lib/content-build";

const SETTLE_MS = 30;
const root = path.resolve(contentDir());

async function rebuild(changed: ReadonlySet<string> | "all"): Promise<void> {
  const started = performance.now();
  const { findings, summary } = await buildContent(root, { preview: true, keepGoing: true });
  const files = new Map(findSourceFiles(root).map((file) => [file.relative, file]));
  const inError = new Map<string, string[]>();
  for (const finding of findings) {
    if (finding.severity !== "error") continue;
    const file = files.get(finding.file);
    const at = file && pathFromFileName(file);
    if (at) inError.set(at, [...(inError.get(at) ?? []), formatFinding(finding)]);
  }
  storeDevFindings([...inError].map(([at, lines]) => ({ path: at, lines })));
  const shown = changed === "all" ? findings : findings.filter((finding) => changed.has(finding.file));
  for (const finding of shown) console.error(formatFinding(finding));
  const what = changed === "all" ? "" : ` after ${[...changed].join(", ")}`;
  console.log(`${summary}${what}, in ${Math.round(performance.now() - started)} ms`);
}

await rebuild("all");
const next = spawn(
  process.execPath,
  [path.resolve("node_modules/next/dist/bin/next"), "dev", ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
next.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));

// Saves come in bursts (an editor's save can write, rename and touch): wait for
// them to settle, and never run two content steps at once.
let pending = new Set<string>();
let timer: NodeJS.Timeout | undefined;
let running: Promise<void> = Promise.resolve();
fs.watch(root, { recursive: true }, (_event, file) => {
  if (!file) return;
  pending.add(file.toString());
  clearTimeout(timer);
  timer = setTimeout(() => {
    const changed = pending;
    pending = new Set();
    running = running.then(() => rebuild(changed)).catch((error: unknown) => console.error(String(error)));
  }, SETTLE_MS);
});
