// When each file of a content tree last changed, according to git: one
// `git log` for the whole tree, read newest first, so the first date seen
// for a file is its last change. Empty when the tree is not a git checkout.
import { execFileSync } from "node:child_process";
import path from "node:path";

// Git writes %x00 as a NUL byte, which no file name contains.
const COMMIT = "\u0000commit ";

/** Path relative to `root` → ISO date of the last commit that touched it. */
export function lastCommitDates(root: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    const top = execFileSync("git", ["-C", root, "rev-parse", "--show-toplevel"], {
      stdio: ["ignore", "pipe", "ignore"],
    })
      .toString()
      .trim();
    log = execFileSync(
      "git",
      ["-C", top, "log", "--format=%x00commit %cI", "--name-only", "--no-renames", "--", path.resolve(root)],
      {
        stdio: ["ignore", "pipe", "ignore"],
        maxBuffer: 256 * 1024 * 1024,
      },
    ).toString();
    const prefix = path.relative(top, path.resolve(root));
    for (const commit of log.split(COMMIT).slice(1)) {
      const [date, ...files] = commit.split("\n").filter(Boolean);
      for (const file of files) {
        const relative = prefix ? path.relative(prefix, file) : file;
        if (!dates.has(relative)) dates.set(relative, date);
      }
    }
  } catch {
    // Not a git checkout, or git is not installed: the callers fall back to other dates.
  }
  return dates;
}
