// Runs a command the way the benchmark times it: wall seconds, and the peak
// of the resident memory of the command and every process it started,
// sampled from /proc (a build's workers count, not just its first process).
import { spawn } from "node:child_process";
import fs from "node:fs";

const PAGE_BYTES = 4096;
const SAMPLE_MS = 200;

export type Timed = { seconds: number; peakRssMb: number };

/** The resident memory, in MB, of `root` and all its descendants. */
export function treeRssMb(root: number): number {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let current: number | undefined = pid; current; current = parentOf.get(current))
      if (current === root) return true;
    return false;
  };
  let pages = 0;
  for (const pid of parentOf.keys()) {
    if (!inTree(pid)) continue;
    try {
      pages += Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
    } catch {
      // Ended meanwhile.
    }
  }
  return Math.round((pages * PAGE_BYTES) / 1e6);
}

export function timed(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; log: string },
): Promise<Timed> {
  const started = Date.now();
  const out = fs.openSync(options.log, "w");
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", out, out],
  });
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRssMb(child.pid));
  }, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => {
      clearInterval(sampler);
      fs.closeSync(out);
      if (code === 0) resolve({ seconds: (Date.now() - started) / 1000, peakRssMb: peak });
      else reject(new Error(`${command} ${args.join(" ")} failed (exit ${code}); see ${options.log}`));
    });
  });
}

/** The size of a folder on disk, in MB. */
export function folderMb(dir: string): number {
  let bytes = 0;
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = `${at}/${entry.name}`;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) bytes += fs.statSync(full).size;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return Math.round(bytes / 1e6);
}
