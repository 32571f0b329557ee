// A translator's loop in a git repository: stamp the translation, change the
// original, see the pair behind (report with a diff, a warning at the
// translation's line, an error in strict mode, a notice for readers), stamp
// again, and all is in step. Once with English as the original, once French.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { loadContent } from "@/lib/build/load";
import { stampTranslations } from "../scripts/lib/stamp";
import { translationReportLines } from "../scripts/lib/translations-report";

const REPO = path.resolve(import.meta.dirname, "..");
// The strict build runs as a command, a few seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });
const EDITOR = ["-c", "user.name=Editor", "-c", "user.email=editor@example.com"];

function write(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
}

function commit(root: string, day: string, message: string): void {
  const env = { ...process.env, GIT_COMMITTER_DATE: `${day}T12:00:00+00:00`, GIT_AUTHOR_DATE: `${day}T12:00:00+00:00` };
  execFileSync("git", ["-C", root, ...EDITOR, "add", "."], { env });
  execFileSync("git", ["-C", root, ...EDITOR, "commit", "-qm", message], { env });
}

/** What `npm run translations` prints for `root`. */
const report = async (root: string) => (await translationReportLines(root)).join("\n");
/** `npm run translations:stamp -- file`. */
const stamp = async (root: string, file: string) => (await stampTranslations(root, [file])).problems;

/** One of the project's commands on the tree `root`, as an editor runs it. */
function run(root: string, script: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync("npx", ["tsx", script, ...args], {
    cwd: REPO,
    env: { ...process.env, CONTENT_DIR: root, ...env },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const page = (title: string, permalink: string, transUrl: string, body: string) =>
  `---\ntitle: "${title}"\npermalink: /${permalink}/\ntrans_url: "/${transUrl}/"\n---\n${body}\n`;

describe.each([
  {
    direction: "French behind English",
    original: {
      file: "_pages/en/figures.md",
      text: page("Figures", "figures", "chiffres", "We sent 12 million messages."),
    },
    translation: {
      file: "_pages/fr/chiffres.md",
      text: page("Chiffres", "chiffres", "figures", "Nous avons envoyé 12 millions de messages."),
    },
    change: ["12 million", "13 million"],
    originalPath: "/en/figures/",
  },
  {
    direction: "English behind French",
    original: {
      file: "_pages/fr/equipe.md",
      text: page("Équipe", "equipe", "team", "Notre équipe compte 40 personnes."),
    },
    translation: { file: "_pages/en/team.md", text: page("Team", "team", "equipe", "Our team has 40 people.") },
    change: ["40 personnes", "45 personnes"],
    originalPath: "/fr/equipe/",
  },
  {
    direction: "French behind English, Hugo posts paired by translationKey",
    original: {
      file: "content/en/blog/services.md",
      text: `---\nTitle: Services\nDate: 2024-01-02\nTranslationKey: services\n---\n<p>We run 3 services.</p>\n`,
    },
    translation: {
      file: "content/fr/blog/services.md",
      text: `---\ntitle: Services\ndate: 2024-01-02\ntranslationKey: services\n---\n<p>Nous gérons 3 services.</p>\n`,
    },
    change: ["3 services", "4 services"],
    originalPath: "/en/2024/01/02/services/",
  },
])("$direction", ({ original, translation, change, originalPath }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "translations-"));
  execFileSync("git", ["-C", root, "init", "-q"]);
  write(root, { [original.file]: original.text, [translation.file]: translation.text });
  commit(root, "2024-01-02", "Both languages");
  const translationFile = path.join(root, translation.file);

  it("is never stamped at first, and no reader is told anything", async () => {
    expect(await report(root)).toContain("never stamped (1)");
    const { posts, pages, findings } = await loadContent(root);
    const shownEntries = [...posts, ...pages];
    expect(shownEntries.every((entry) => !entry.originalUpdated)).toBe(true);
    expect(findings).toEqual([]);
  });

  it("is in step once stamped", async () => {
    expect(await stamp(root, translationFile)).toEqual([]);
    expect(fs.readFileSync(translationFile, "utf8")).toMatch(/^translated_from: [0-9a-f]{12}$/m);
    commit(root, "2024-01-03", "Stamp the translation");
    expect(await report(root)).toContain("in step (1)");
  });

  it("is behind once the original changes: a diff, a warning at the stamp's line, a notice with the original's date", async () => {
    write(root, { [original.file]: original.text.replace(change[0], change[1]) });
    commit(root, "2024-02-10", "Change a figure");

    const listed = await report(root);
    expect(listed).toContain("behind (1)");
    // The body's one line, as a reader reads it (tags dropped).
    const bodyLine = (original.text.split("\n").at(-2) ?? "").replace(/<[^>]+>/g, "");
    expect(listed).toContain(`- ${bodyLine}`);
    expect(listed).toContain(`+ ${bodyLine.replace(change[0], change[1])}`);

    const { posts, pages, findings } = await loadContent(root);
    const shownEntries = [...posts, ...pages];
    const stampLine =
      fs
        .readFileSync(translationFile, "utf8")
        .split("\n")
        .findIndex((line) => line.startsWith("translated_from")) + 1;
    expect(findings.map(({ file, line, severity }) => `${file}:${line}: ${severity}`)).toEqual([
      `${translation.file}:${stampLine}: warning`,
    ]);
    expect(findings[0].message).toContain(
      `translates an older version of ${original.file}, which changed on 2024-02-10`,
    );
    const shown = shownEntries.find((entry) => entry.source === translation.file);
    expect(shown?.originalUpdated?.day).toBe("2024-02-10");
    expect(shown?.translationPath).toBe(originalPath);
    expect(shownEntries.find((entry) => entry.source === original.file)?.originalUpdated).toBeUndefined();
  });

  it("stops the build with that line in strict mode", () => {
    const check = run(root, "scripts/content-check.ts", [root], { STRICT_TRANSLATIONS: "1" });
    expect(check.status).toBe(1);
    expect(check.output).toMatch(
      new RegExp(`${translation.file.replace(/[.]/g, "\\.")}:\\d+: error: translates an older version`),
    );
  });

  it("is in step again once stamped, and the notice is gone", async () => {
    expect(await stamp(root, translationFile)).toEqual([]);
    expect(await report(root)).toContain("in step (1)");
    const { posts, pages, findings } = await loadContent(root);
    const shownEntries = [...posts, ...pages];
    expect(shownEntries.every((entry) => !entry.originalUpdated)).toBe(true);
    expect(findings).toEqual([]);
  });
});
