// Writes a synthetic Jekyll tree (bench/synthetic.ts) to disk: what the
// benchmark builds, at sizes the real trees do not reach.
import fs from "node:fs";
import path from "node:path";
import type { Post, Rendered } from "@/lib/content/model";
import { syntheticPosts } from "./synthetic";

function frontMatter(post: Rendered<Post>): string {
  const translation = post.translationPath?.replace(/^\/(en|fr)/, "");
  return [
    "---",
    `title: ${JSON.stringify(post.title)}`,
    `description: ${JSON.stringify(post.description ?? "")}`,
    `author: ${JSON.stringify(post.author ?? "")}`,
    `date: ${post.date.year}-${post.date.month}-${post.date.day} 10:00:00 -0400`,
    `lang: ${post.locale}`,
    "layout: cds/post",
    ...(translation ? [`trans_url: ${JSON.stringify(translation)}`] : []),
    "---",
  ].join("\n");
}

/** Writes `count` posts (half in each language) under `dir`, replacing what was there. */
export function writeSyntheticTree(dir: string, count: number): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const post of syntheticPosts(count)) {
    const file = path.join(
      dir,
      "_posts",
      post.locale,
      `${post.date.year}-${post.date.month}-${post.date.day}-${post.slug}.md`,
    );
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${frontMatter(post)}\n${post.bodyHtml}\n`);
  }
}
