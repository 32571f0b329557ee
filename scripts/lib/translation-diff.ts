// What changed in an original since the version a translation was stamped
// from: git's history of the file is searched for the commit whose content has
// the stamped hash, and the text of that version and of the file now are
// compared block by block, as the hash reads them (lib/build/translation-hash.ts).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { FindingList } from "@/lib/build/findings";
import { splitFrontMatter } from "@/lib/build/frontmatter";
import { normalizedLines, originalHash, type OriginalText } from "@/lib/build/translation-hash";
import { originalTextOfFile } from "@/lib/build/translation-status";

export type ChangedText = { commit: string; lines: string[] };

/** The lines removed (`- `) and added (`+ `) since the version with hash `stamped`; undefined when git lacks it. */
export function changedSinceStamp(root: string, source: string, stamped: string): ChangedText | undefined {
  const git = (...args: string[]) =>
    execFileSync("git", ["-C", root, ...args], {
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    }).toString();
  let commits: string[];
  try {
    commits = git("log", "--format=%H", "--", source).split("\n").filter(Boolean);
  } catch {
    return undefined;
  }
  const now = textOf(source, fs.readFileSync(path.join(root, source), "utf8"));
  if (!now) return undefined;
  for (const commit of commits) {
    const then = textOf(source, git("show", `${commit}:./${source}`));
    if (then && originalHash(then) === stamped)
      return { commit, lines: lineDiff(normalizedLines(then), normalizedLines(now)) };
  }
  return undefined;
}

function textOf(source: string, text: string): OriginalText | undefined {
  const raw = splitFrontMatter(source, text, new FindingList(), "hugo");
  return raw && originalTextOfFile(source, raw);
}

/** The lines only in `before` as `- …` and only in `after` as `+ …`, in order, from their longest common run. */
export function lineDiff(before: readonly string[], after: readonly string[]): string[] {
  const common: number[][] = Array.from({ length: before.length + 1 }, () =>
    new Array<number>(after.length + 1).fill(0),
  );
  for (let i = before.length - 1; i >= 0; i--)
    for (let j = after.length - 1; j >= 0; j--)
      common[i][j] = before[i] === after[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
  const lines: string[] = [];
  let [i, j] = [0, 0];
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) [i, j] = [i + 1, j + 1];
    else if (i < before.length && (j === after.length || common[i + 1][j] >= common[i][j + 1]))
      lines.push(`- ${before[i++]}`);
    else lines.push(`+ ${after[j++]}`);
  }
  return lines;
}
