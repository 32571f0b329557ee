// Build step before `next build`: reads the content tree, prints what editors
// must fix, stops on errors, and hands the site its content and images.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { contentDir, prerenderedPostsPerLanguage } from "@/lib/config";
import { formatFinding } from "@/lib/content/findings";
import { assetsDir, loadContent } from "@/lib/content/load";
import type { Post, Rendered } from "@/lib/content/model";
import { storeBodies } from "@/lib/content/stored";
import { onDemandPostPaths } from "@/lib/content/prerender";
import {
  GENERATED_CONTENT_FILE,
  IMAGE_ORIGINS_FILE,
  ON_DEMAND_FILE,
  SEARCH_INDEX_FILE,
} from "@/lib/content/store-path";
import { buildSearchIndex } from "@/lib/search/build";
import { shareImagePath } from "@/lib/urls";

const SHARE_IMAGE = { width: 1200, height: 630 };

const root = path.resolve(contentDir());
if (!fs.existsSync(root)) {
  console.error(`${root}: error: content tree not found; set CONTENT_DIR to a folder with _posts/en and _posts/fr`);
  process.exit(1);
}
const { findings, imageOrigins, ...content } = await loadContent(root);
for (const finding of findings) console.error(formatFinding(finding));
const errors = findings.filter((finding) => finding.severity === "error").length;
if (errors > 0) {
  console.error(`${errors} error(s) in ${root}: fix them and build again.`);
  process.exit(1);
}

// Bodies link images as /assets/…, so the tree's assets are served from there.
const publicDir = path.resolve("public");
for (const generated of ["assets", "og"]) fs.rmSync(path.join(publicDir, generated), { recursive: true, force: true });
if (fs.existsSync(assetsDir(root))) fs.cpSync(assetsDir(root), path.join(publicDir, "assets"), { recursive: true });
fs.mkdirSync(path.join(publicDir, "og"), { recursive: true });

/** Link previews want 1200×630: each local hero image is cut to that once, here. */
async function withShareImage(post: Rendered<Post>): Promise<Rendered<Post>> {
  if (!post.image?.width) return post;
  const shareImage = shareImagePath(post.path);
  await sharp(path.join(publicDir, decodeURI(post.image.src)))
    .resize({ ...SHARE_IMAGE, fit: "cover" })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(path.join(publicDir, shareImage));
  return { ...post, shareImage };
}
const posts: Array<Rendered<Post>> = [];
for (const post of content.posts) posts.push(await withShareImage(post));

fs.mkdirSync(path.dirname(GENERATED_CONTENT_FILE), { recursive: true });
storeBodies([...posts, ...content.pages]);
const withoutBody = <Entry extends { bodyHtml?: string }>(entry: Entry) => ({ ...entry, bodyHtml: undefined });
fs.writeFileSync(
  GENERATED_CONTENT_FILE,
  JSON.stringify({ root, ...content, posts: posts.map(withoutBody), pages: content.pages.map(withoutBody) }),
);
fs.writeFileSync(IMAGE_ORIGINS_FILE, JSON.stringify(imageOrigins));
fs.writeFileSync(ON_DEMAND_FILE, JSON.stringify(onDemandPostPaths(posts, prerenderedPostsPerLanguage())));
fs.writeFileSync(SEARCH_INDEX_FILE, JSON.stringify(buildSearchIndex(posts, content.tags)));
console.log(
  `content: ${posts.length} posts, ${content.pages.length} pages from ${root} (${findings.length} warning(s))`,
);
