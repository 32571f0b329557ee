import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mirrorDir, writeIfChanged } from "@/scripts/lib/sync-files";

// The content step copies the tree's pictures to public/assets on every save
// in a preview: what the tree has is served, and nothing else is touched.
function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "sync-files-"));
}

describe("mirrorDir", () => {
  it("serves the tree's pictures as they are now, drops removed ones, and leaves the others alone", () => {
    const tree = tempDir();
    const served = tempDir();
    fs.mkdirSync(path.join(tree, "img"));
    fs.writeFileSync(path.join(tree, "img", "kept.png"), "kept");
    fs.writeFileSync(path.join(tree, "img", "changed.png"), "before");
    fs.writeFileSync(path.join(tree, "gone.png"), "gone");
    mirrorDir(tree, served);
    // Marks the served copy, same size and time: copied again, it would lose the mark.
    const keptCopy = path.join(served, "img", "kept.png");
    const { atime, mtime } = fs.statSync(keptCopy);
    fs.writeFileSync(keptCopy, "KEPT");
    fs.utimesSync(keptCopy, atime, mtime);

    fs.writeFileSync(path.join(tree, "img", "changed.png"), "after, longer");
    fs.rmSync(path.join(tree, "gone.png"));
    fs.writeFileSync(path.join(tree, "img", "new.png"), "new");
    mirrorDir(tree, served);

    expect(fs.readdirSync(served).sort()).toEqual(["img"]);
    expect(fs.readdirSync(path.join(served, "img")).sort()).toEqual(["changed.png", "kept.png", "new.png"]);
    expect(fs.readFileSync(path.join(served, "img", "changed.png"), "utf8")).toBe("after, longer");
    expect(fs.readFileSync(path.join(served, "img", "new.png"), "utf8")).toBe("new");
    expect(fs.readFileSync(keptCopy, "utf8"), "an unchanged picture is not copied again").toBe("KEPT");
  });
});

describe("writeIfChanged", () => {
  it("writes new text and leaves a file that already holds it untouched", () => {
    const file = path.join(tempDir(), "site.json");
    writeIfChanged(file, "one");
    const writtenAt = fs.statSync(file).mtimeMs;
    fs.utimesSync(file, 0, writtenAt / 1000 - 60);
    const backdated = fs.statSync(file).mtimeMs;
    writeIfChanged(file, "one");
    expect(fs.statSync(file).mtimeMs).toBe(backdated);
    writeIfChanged(file, "two");
    expect(fs.readFileSync(file, "utf8")).toBe("two");
  });
});
