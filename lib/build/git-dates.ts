// When each file of a content tree last changed, according to git: one
// `git log` for the whole tree, read newest first, so the first date seen
// for a file is its last change. Empty when the tree is not a git checkout.
//
// A shallow clone (`git clone --depth N`, most CI checkouts) ends at a
// boundary commit that git shows as adding every file it holds: the files
// whose last change is that commit changed then or at any time before, so
// they get no date from git (issue 25). Files changed after it are dated
// truly, as in a whole clone.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Git writes %x00 as a NUL byte, which no file name contains.
const COMMIT = "\u0000commit ";

export type CommitDates = {
  /** Path relative to the tree → ISO date of the last commit that touched it, where git knows it. */
  dates: Map<string, string>;
  /** What git's history is: whole, shallow (some files' last change is unknown), or none (not a checkout). */
  history: "whole" | "shallow" | "none";
  /** The files a shallow history cannot date. */
  undated: number;
};

export function lastCommitDates(root: string): CommitDates {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync("git", ["-C", cwd, ...args], { stdio: ["ignore", "pipe", "ignore"], maxBuffer: 256 * 1024 * 1024 })
      .toString()
      .trim();
  let top: string;
  try {
    top = git(root, "rev-parse", "--show-toplevel");
  } catch {
    // Not a git checkout, or git is not installed: the callers fall back to other dates.
    return { dates: new Map(), history: "none", undated: 0 };
  }
  const boundary = shallowBoundary(path.resolve(top, git(top, "rev-parse", "--git-path", "shallow")));
  // Names as written: git quotes a name with an accent ("l\303\251") unless told not to.
  const log = git(
    top,
    "-c",
    "core.quotePath=false",
    "log",
    "--format=%x00commit %H %cI",
    "--name-only",
    "--no-renames",
    "--",
    path.resolve(root),
  );
  const prefix = path.relative(top, path.resolve(root));
  const dates = new Map<string, string>();
  const undated = new Set<string>();
  for (const commit of log.split(COMMIT).slice(1)) {
    const [head, ...files] = commit.split("\n").filter(Boolean);
    const [hash, date] = head.split(" ");
    for (const file of files) {
      const relative = prefix ? path.relative(prefix, file) : file;
      if (dates.has(relative) || undated.has(relative)) continue;
      if (boundary.has(hash)) undated.add(relative);
      else dates.set(relative, date);
    }
  }
  return { dates, history: boundary.size > 0 ? "shallow" : "whole", undated: undated.size };
}

/** The commits a shallow clone's history stops at (git lists them in `.git/shallow`); none in a whole clone. */
function shallowBoundary(shallowFile: string): Set<string> {
  if (!fs.existsSync(shallowFile)) return new Set();
  return new Set(fs.readFileSync(shallowFile, "utf8").split("\n").filter(Boolean));
}

/** What the build's summary says of a shallow history: once, with the fix, since every page's "Date modified" depends on it. */
export function shallowHistoryNote(undated: number): string {
  return (
    `git history is shallow (a clone made with --depth): ${undated} file(s) last changed at or before its first ` +
    `commit are dated by their lastmod or date, or show no date. For true dates, build from the full history: ` +
    `git fetch --unshallow, or fetch-depth: 0 with actions/checkout.`
  );
}
