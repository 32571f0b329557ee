// `npm run content:check [DIR]`: every problem in a content tree, one line
// each (`path:line: error|warning: …`), in file order. Exits 1 on errors.
import path from "node:path";
import { contentDir } from "@/lib/config";
import { formatFinding } from "@/lib/build/findings";
import { loadContent } from "@/lib/build/load";

const root = path.resolve(process.argv[2] ?? contentDir());
const { findings, posts, pages, unpublished } = await loadContent(root);
for (const finding of findings) console.log(formatFinding(finding));
for (const post of unpublished) {
  console.log(
    `${post.source}: ${post.reason === "draft" ? "draft" : "dated in the future"}: left out of a production build (npm run dev shows it)`,
  );
}
const errors = findings.filter((finding) => finding.severity === "error").length;
console.log(
  `${root}: ${posts.length} posts, ${pages.length} pages, ${unpublished.length} draft or scheduled, ${errors} error(s), ${findings.length - errors} warning(s)`,
);
process.exit(errors > 0 ? 1 : 0);
