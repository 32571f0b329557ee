// Build step before `next build`: reads the content tree, prints what editors
// must fix, stops on errors, and hands the site its content and images.
import fs from "node:fs";
import path from "node:path";
import { contentDir } from "@/lib/config";
import { formatFinding } from "@/lib/content/findings";
import { assetsDir, loadContent } from "@/lib/content/load";
import { GENERATED_CONTENT_FILE } from "@/lib/content/store-path";

const root = contentDir();
if (!fs.existsSync(root)) {
  console.error(`${root}: error: content tree not found; set CONTENT_DIR to a folder with _posts/en and _posts/fr`);
  process.exit(1);
}
const { findings, ...content } = await loadContent(root);
for (const finding of findings) console.error(formatFinding(finding));
const errors = findings.filter((finding) => finding.severity === "error").length;
if (errors > 0) {
  console.error(`${errors} error(s) in ${root}: fix them and build again.`);
  process.exit(1);
}

fs.mkdirSync(path.dirname(GENERATED_CONTENT_FILE), { recursive: true });
fs.writeFileSync(GENERATED_CONTENT_FILE, JSON.stringify(content));

// Bodies link images as /assets/…, so the tree's assets are served from there.
const publicAssets = path.resolve("public/assets");
fs.rmSync(publicAssets, { recursive: true, force: true });
if (fs.existsSync(assetsDir(root))) fs.cpSync(assetsDir(root), publicAssets, { recursive: true });

console.log(
  `content: ${content.posts.length} posts, ${content.pages.length} pages from ${root} (${findings.length} warning(s))`,
);
