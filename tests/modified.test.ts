import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/build/load";

// "Date modified" comes from the front matter when written, else from the
// file's last commit, else from the publication date.

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
