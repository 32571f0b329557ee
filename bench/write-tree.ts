// Writes a synthetic Jekyll tree (bench/synthetic.ts) to disk: what the
// benchmark builds, at sizes the real trees do not reach. Bodies are markdown
// with headings, lists, links and an image; every pair of posts has a hero
// image, drawn from a pool of distinct JPEG files as editors reuse pictures.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import type { Post, Rendered } from "@/lib/content/model";
import { syntheticPosts } from "./synthetic";

export const HERO_IMAGES = 200;
const IMAGE_DIR = "assets/img/cds/post-images";

const heroOf = (pair: number) => `bench-${pair % HERO_IMAGES}.jpg`;

function frontMatter(post: Rendered<Post>, pair: number): string {
  const translation = post.translationPath?.replace(/^\/(en|fr)/, "");
  return [
    "---",
    `title: ${JSON.stringify(post.title)}`,
    `description: ${JSON.stringify(post.description ?? "")}`,
    `author: ${JSON.stringify(post.author ?? "")}`,
    `date: ${post.date.year}-${post.date.month}-${post.date.day} 10:00:00 -0400`,
    `image: ${heroOf(pair)}`,
    `image-alt: ${JSON.stringify(post.title)}`,
    `lang: ${post.locale}`,
    "layout: cds/post",
    ...(translation ? [`trans_url: ${JSON.stringify(translation)}`] : []),
    "---",
  ].join("\n");
}

/** The post's text as an editor writes it: a heading, paragraphs, a list, a link to an older post, a picture. */
function markdownBody(post: Rendered<Post>, older: Rendered<Post> | undefined, pair: number): string {
  const heading = /<h2>(.*?)<\/h2>/.exec(post.bodyHtml)?.[1] ?? post.title;
  const paragraphs = [...post.bodyHtml.matchAll(/<p>(.*?)<\/p>/g)].map((match) => match[1]);
  const items = paragraphs.slice(0, 4).map((text) => `- ${text.split(" ").slice(0, 8).join(" ")}`);
  const link = older
    ? `[${older.title}](${older.path.replace(/^\/(en|fr)/, "")})`
    : "[Canada.ca](https://www.canada.ca/)";
  return [
    `## ${heading}`,
    paragraphs.slice(0, 3).join("\n\n"),
    items.join("\n"),
    `Read ${link} too.`,
    `![${post.title}](/${IMAGE_DIR}/${heroOf(pair + 1)})`,
    paragraphs.slice(3).join("\n\n"),
  ].join("\n\n");
}

/** A photo-sized JPEG with grain, drawn once per machine and copied into every tree. */
async function heroImage(index: number): Promise<string> {
  const file = path.join(os.tmpdir(), "cds-bench-images", `bench-${index}.jpg`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const mean = (index * 47) % 255;
  await sharp({
    create: {
      width: 1600,
      height: 900,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean, sigma: 18 },
    },
  })
    .jpeg({ quality: 72 })
    .toFile(file);
  return file;
}

/** Writes `count` posts (half in each language) and their images under `dir`, replacing what was there. */
export async function writeSyntheticTree(dir: string, count: number): Promise<void> {
  fs.rmSync(dir, { recursive: true, force: true });
  const posts = syntheticPosts(count);
  const byLocale = {
    en: posts.filter((post) => post.locale === "en"),
    fr: posts.filter((post) => post.locale === "fr"),
  };
  for (const post of posts) {
    const sameLanguage = byLocale[post.locale];
    const index = sameLanguage.indexOf(post);
    const pair = sameLanguage.length - index;
    const file = path.join(
      dir,
      "_posts",
      post.locale,
      `${post.date.year}-${post.date.month}-${post.date.day}-${post.slug}.md`,
    );
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${frontMatter(post, pair)}\n${markdownBody(post, sameLanguage[index + 1], pair)}\n`);
  }
  fs.mkdirSync(path.join(dir, IMAGE_DIR), { recursive: true });
  for (let index = 0; index < Math.min(HERO_IMAGES, count / 2 + 2); index++) {
    fs.copyFileSync(await heroImage(index), path.join(dir, IMAGE_DIR, `bench-${index}.jpg`));
  }
}

/** Changes one post's title, as an editor's fix would: what a rebuild after one edit starts from. */
export function editOnePost(dir: string): void {
  const folder = path.join(dir, "_posts", "en");
  const file = path.join(folder, fs.readdirSync(folder).sort()[0]);
  const text = fs.readFileSync(file, "utf8");
  fs.writeFileSync(file, text.replace(/^title: "(.*)"$/m, 'title: "$1 (updated)"'));
}
