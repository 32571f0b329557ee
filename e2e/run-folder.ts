// Every suite makes temporary trees and builds (Hugo's output of a whole site is
// 100 MB). They go in one folder per run, named by TMPDIR so that os.tmpdir() in
// every worker and child process finds it, and the folder goes when the run ends:
// repeated CI runs on one machine had left 8 GB in /tmp.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Global setup for vitest and Playwright: returns the teardown that removes the run's folder. */
export default function useRunFolder(): () => void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "cds-test-run-"));
  // mkdtemp makes it private to its owner; nginx's workers drop root (e2e-deploy/stack.ts)
  // and must still reach their cache inside it, as they reach one in /tmp.
  fs.chmodSync(folder, 0o755);
  process.env.TMPDIR = folder;
  return () => fs.rmSync(folder, { recursive: true, force: true });
}
