// The content step runs on every save in a preview. `next dev` watches public/
// and lib/content/generated/, and each file the step rewrites is a change it
// reacts to: write only what differs, so a save touches only what it changed.
import fs from "node:fs";
import path from "node:path";

/** Writes `text` to `file` unless the file already holds it. */
export function writeIfChanged(file: string, text: string): void {
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return;
  fs.writeFileSync(file, text);
}

// utimes takes seconds as a float, which does not keep every microsecond of a
// time: times within a millisecond are the same time.
const same = (a: fs.Stats, b: fs.Stats) => a.size === b.size && Math.abs(a.mtimeMs - b.mtimeMs) < 1;

/** Makes `to` a copy of `from`: copies new and changed files (by size and time), removes the ones gone. */
export function mirrorDir(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  const wanted = new Set(fs.readdirSync(from));
  removeOthers(to, wanted);
  for (const name of wanted) {
    const source = path.join(from, name);
    const target = path.join(to, name);
    const stats = fs.statSync(source);
    let existing = fs.statSync(target, { throwIfNoEntry: false });
    if (existing && existing.isDirectory() !== stats.isDirectory()) {
      fs.rmSync(target, { recursive: true, force: true });
      existing = undefined;
    }
    if (stats.isDirectory()) mirrorDir(source, target);
    else if (!existing || !same(stats, existing)) {
      fs.copyFileSync(source, target);
      fs.utimesSync(target, stats.atimeMs / 1000, stats.mtimeMs / 1000);
    }
  }
}

/** Removes the files of `dir` not named in `kept`. */
export function removeOthers(dir: string, kept: ReadonlySet<string>): void {
  for (const name of fs.readdirSync(dir)) {
    if (!kept.has(name)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}
