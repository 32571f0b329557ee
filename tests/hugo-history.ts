// The history fixture (tests/fixtures/hugo-history), loaded once per test file, and
// what its tests ask of it: a page's body, the findings as lines, the tree with a change.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent } from "@/lib/build/load";

export const tree = path.join(import.meta.dirname, "fixtures", "hugo-history");
export const loaded = loadContent(tree);
/**
 * The fixture loaded with some of its files changed for one test, in a copy, so
 * that the shared tree stays as written: each file by its path in the tree is
 * given its new text, or made from its text (empty where it is new), or removed.
 */
export async function loadChanged(name: string, changes: Record<string, string | ((text: string) => string) | null>) {
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`)), "site");
  fs.cpSync(tree, copy, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const target = path.join(copy, file);
    if (change === null) {
      fs.rmSync(target);
      continue;
    }
    const text = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, typeof change === "string" ? change : change(text));
  }
  return loadContent(copy);
}
/** The rendered body of the page at `at`, empty when there is none. */
export const bodyAt = async (at: string) => (await loaded).pages.find((page) => page.path === at)?.bodyHtml ?? "";
export const lines = async () =>
  (await loaded).findings.map((finding) => `${finding.file}:${finding.line}: ${finding.severity}: ${finding.message}`);
