// `npm run content:check [DIR]`: every problem in a content tree, one line
// each (`path:line: error|warning: …`), in file order. Exits 1 on errors.
import path from "node:path";
import { contentDir } from "@/lib/config";
import { formatFinding } from "@/lib/build/findings";
import { loadContent } from "@/lib/build/load";

const root = path.resolve(process.argv[2] ?? contentDir());
const { findings, posts, pages, unpublished } = await loadContent(root);
for (const finding of findings) console.log(formatFinding(finding));
const WHY_LEFT_OUT: Record<(typeof unpublished)[number]["reason"], string> = {
  draft: "draft",
  scheduled: "dated in the future",
  expired: "past its expiry date",
  unrendered: "its `_build` options write no page",
};
for (const post of unpublished) {
  console.log(`${post.source}: ${WHY_LEFT_OUT[post.reason]}: left out of a production build (npm run dev shows it)`);
}
const errors = findings.filter((finding) => finding.severity === "error").length;
console.log(
  `${root}: ${posts.length} posts, ${pages.length} pages, ${unpublished.length} left out, ${errors} error(s), ${findings.length - errors} warning(s)`,
);
process.exit(errors > 0 ? 1 : 0);
