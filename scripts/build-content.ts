// `npm run content:build [--preview]`: the content step before `next build`.
// Prints what editors must fix and stops on errors. `--preview` (npm run dev)
// keeps drafts and posts dated in the future, marked.
import fs from "node:fs";
import path from "node:path";
import { contentDir } from "@/lib/config";
import { formatFinding } from "@/lib/build/findings";
import { buildContent } from "./lib/content-build";

const root = path.resolve(contentDir());
if (!fs.existsSync(root)) {
  console.error(`${root}: error: content tree not found; set CONTENT_DIR to a folder with _posts/en and _posts/fr`);
  process.exit(1);
}
const { findings, errors, summary } = await buildContent(root, { preview: process.argv.includes("--preview") });
for (const finding of findings) console.error(formatFinding(finding));
if (errors > 0) {
  console.error(`${summary}: fix them and build again.`);
  process.exit(1);
}
console.log(summary);
