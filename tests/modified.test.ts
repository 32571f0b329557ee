import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/build/load";
import { shallowHistoryNote } from "@/lib/build/git-dates";

// "Date modified" comes from the front matter when written, else from the
// file's last commit where git knows it, else from the publication date, else
// (a page) none: never the day the tree was copied, cloned or built.

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "modified-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

const post = (extra = "") => `---\ntitle: "A post"\ndate: 2018-06-01 10:00:00 -0400\n${extra}---\nBody.\n`;

describe("date modified", () => {
  it("is the front matter's lastmod, last_modified_at or updated when written", async () => {
    for (const key of ["lastmod", "last_modified_at", "updated"]) {
      const { posts } = await loadContent(tree({ "_posts/en/2018-06-01-a.md": post(`${key}: 2018-06-12\n`) }));
      expect(posts[0].modified, key).toMatchObject({ day: "2018-06-12", source: "front matter" });
    }
  });

  it("is the file's last commit in a git checkout", async () => {
    const root = tree({ "_posts/en/2018-06-01-a.md": post(), "_posts/en/2018-06-02-b.md": post() });
    const git = (...args: string[]) =>
      execFileSync("git", ["-C", root, ...args], {
        env: {
          ...process.env,
          GIT_COMMITTER_DATE: "2019-02-03T04:05:06+00:00",
          GIT_AUTHOR_DATE: "2019-02-03T04:05:06+00:00",
        },
      });
    git("init", "-q");
    git("-c", "user.name=Editor", "-c", "user.email=editor@example.com", "add", ".");
    git("-c", "user.name=Editor", "-c", "user.email=editor@example.com", "commit", "-qm", "Posts");
    const { posts } = await loadContent(root);
    expect(posts.map((entry) => entry.modified)).toEqual([
      { iso: "2019-02-03T04:05:06+00:00", day: "2019-02-03", source: "git" },
      { iso: "2019-02-03T04:05:06+00:00", day: "2019-02-03", source: "git" },
    ]);
  });

  it("is the publication date outside git, and never before it", async () => {
    const { posts } = await loadContent(
      tree({ "_posts/en/2018-06-01-a.md": post(), "_posts/en/2018-06-02-b.md": post("lastmod: 2017-01-01\n") }),
    );
    for (const entry of posts)
      expect(entry.modified).toEqual({ iso: entry.date.iso, day: "2018-06-01", source: "published" });
  });
});

describe("date modified from a shallow clone or outside git", () => {
  const EDITOR = ["-c", "user.name=Editor", "-c", "user.email=editor@example.com"];
  /** A repository whose files are committed on the days given, oldest first. */
  function history(commits: Array<[string, Record<string, string>]>): string {
    const root = tree({});
    const git = (day: string, ...args: string[]) =>
      execFileSync("git", ["-C", root, ...EDITOR, ...args], {
        env: { ...process.env, GIT_COMMITTER_DATE: `${day}T12:00:00+00:00`, GIT_AUTHOR_DATE: `${day}T12:00:00+00:00` },
      });
    git("2000-01-01", "init", "-q");
    for (const [day, files] of commits) {
      for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        fs.writeFileSync(path.join(root, name), text);
      }
      git(day, "add", ".");
      git(day, "commit", "-qm", `Changes of ${day}`);
    }
    return root;
  }
  const clone = (origin: string, depth?: number) => {
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "clone-")), "site");
    const depthArgs = depth ? ["--depth", String(depth)] : [];
    execFileSync("git", ["clone", "-q", ...depthArgs, `file://${origin}`, target]);
    return target;
  };
  const page = `---\ntitle: "About"\npermalink: /about/\n---\nText.\n`;
  const origin = history([
    ["2020-03-04", { "_posts/en/2018-06-01-old.md": post(), "_pages/en/about.md": page }],
    ["2021-05-06", { "_posts/en/2018-06-02-été.md": post() }],
    ["2023-07-08", { "_posts/en/2018-06-03-new.md": post() }],
  ]);
  const modifiedBySource = async (root: string) => {
    const { posts, pages, gitHistory } = await loadContent(root);
    const days = Object.fromEntries(
      [...posts, ...pages].map((entry) => [
        entry.source,
        entry.modified && `${entry.modified.day} ${entry.modified.source}`,
      ]),
    );
    return { days, gitHistory };
  };

  it("cloned whole, each file shows its own last commit, an accented name too", async () => {
    const { days, gitHistory } = await modifiedBySource(clone(origin));
    expect(gitHistory.history).toBe("whole");
    expect(days).toEqual({
      "_posts/en/2018-06-01-old.md": "2020-03-04 git",
      "_posts/en/2018-06-02-été.md": "2021-05-06 git",
      "_posts/en/2018-06-03-new.md": "2023-07-08 git",
      "_pages/en/about.md": "2020-03-04 git",
    });
  });

  it("cloned with --depth 1, no file shows the clone's one commit: posts show their date, a page with none shows none", async () => {
    const { days, gitHistory } = await modifiedBySource(clone(origin, 1));
    expect(gitHistory).toEqual({ history: "shallow", undated: 4 });
    expect(days).toEqual({
      "_posts/en/2018-06-01-old.md": "2018-06-01 published",
      "_posts/en/2018-06-02-été.md": "2018-06-01 published",
      "_posts/en/2018-06-03-new.md": "2018-06-01 published",
      "_pages/en/about.md": undefined,
    });
    const note = shallowHistoryNote(gitHistory.undated);
    expect(note).toContain("git history is shallow");
    expect(note).toContain("4 file(s)");
    expect(note).toContain("fetch-depth: 0");
  });

  it("cloned with --depth 2, files changed after the clone's first commit keep their true date", async () => {
    const { days, gitHistory } = await modifiedBySource(clone(origin, 2));
    expect(gitHistory).toEqual({ history: "shallow", undated: 3 });
    expect(days["_posts/en/2018-06-03-new.md"]).toBe("2023-07-08 git");
    expect(days["_posts/en/2018-06-02-été.md"]).toBe("2018-06-01 published");
    expect(days["_pages/en/about.md"]).toBeUndefined();
  });

  it("outside git, a page with no date shows none, not the day its file was written", async () => {
    const root = tree({
      "_pages/en/about.md": page,
      "_pages/en/contact.md": page.replace("about", "contact").replace("---\nText", "lastmod: 2024-02-03\n---\nText"),
    });
    const { days, gitHistory } = await modifiedBySource(root);
    expect(gitHistory.history).toBe("none");
    expect(days).toEqual({ "_pages/en/about.md": undefined, "_pages/en/contact.md": "2024-02-03 front matter" });
  });
});

describe("drafts and posts dated in the future", () => {
  const files = {
    "_posts/en/2018-06-01-published.md": `---\ntitle: "Out"\ndate: 2018-06-01 10:00:00 -0400\ntrans_url: /2018/06/01/brouillon/\n---\nBody.\n`,
    "_posts/fr/2018-06-01-brouillon.md": `---\ntitle: "Brouillon"\ndate: 2018-06-01 10:00:00 -0400\ndraft: true\n---\nCorps.\n`,
    "_posts/en/2030-01-01-later.md": `---\ntitle: "Later"\ndate: 2030-01-01 10:00:00 -0500\n---\nBody.\n`,
  };
  const now = Date.parse("2026-11-30T00:00:00Z");

  it("are left out of a production build, listed, and their translations shown as untranslated", async () => {
    const { posts, unpublished } = await loadContent(tree(files), { now });
    expect(posts.map((post) => post.path)).toEqual(["/en/2018/06/01/published/"]);
    expect(posts[0].translationPath).toBeUndefined();
    expect(unpublished.map(({ source, reason }) => [source, reason]).sort()).toEqual([
      ["_posts/en/2030-01-01-later.md", "scheduled"],
      ["_posts/fr/2018-06-01-brouillon.md", "draft"],
    ]);
  });

  it("are shown, marked, in a preview", async () => {
    const { posts, unpublished } = await loadContent(tree(files), { now, preview: true });
    expect(unpublished).toEqual([]);
    expect(posts.map((post) => [post.path, post.unpublished])).toEqual([
      ["/en/2030/01/01/later/", "scheduled"],
      ["/fr/2018/06/01/brouillon/", "draft"],
      ["/en/2018/06/01/published/", undefined],
    ]);
    expect(posts[2].translationPath).toBe("/fr/2018/06/01/brouillon/");
  });
});
