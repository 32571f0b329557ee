import { describe, expect, it } from "vitest";
import { formatFinding } from "@/lib/build/findings";
import { loadContent } from "@/lib/build/load";
import { CORPUS_DIR, corpusPostFiles, corpusPresent } from "./corpus";

describe.skipIf(!corpusPresent)("the CDS Jekyll corpus", async () => {
  const content = corpusPresent ? await loadContent(CORPUS_DIR) : { posts: [], pages: [], findings: [] };

  it("builds every post file, with warnings only", () => {
    expect(content.findings.filter((finding) => finding.severity === "error").map(formatFinding)).toEqual([]);
    expect(content.posts.map((post) => post.source).sort()).toEqual(corpusPostFiles().sort());
  });

  it("pairs every post with a translation that pairs back", () => {
    const byPath = new Map(content.posts.map((post) => [post.path, post]));
    for (const post of content.posts) {
      const translation = byPath.get(post.translationPath ?? "");
      expect(translation?.locale, post.source).not.toBe(post.locale);
      expect(translation?.translationPath, post.source).toBe(post.path);
    }
  });

  it("names the messes it worked around", () => {
    const lines = content.findings.map(formatFinding).join("\n");
    expect(lines).toMatch(/`description` is written twice/);
    expect(lines.match(/only once its spelling is folded/g)).toHaveLength(3);
    expect(lines.match(/image blog-hello-world-canada\.png is missing/g)).toHaveLength(2);
  });
});
