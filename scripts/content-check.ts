// `npm run content:check [DIR]`: every problem in a content tree, one line
// each (`path:line: error|warning: …`), in file order. Exits 1 on errors.
import path from "node:path";
import { contentDir } from "@/lib/config";
import { formatFinding } from "@/lib/content/findings";
import { loadContent } from "@/lib/content/load";

const root = path.resolve(process.argv[2] ?? contentDir());
const { findings, posts, pages } = await loadContent(root);
for (const finding of findings) console.log(formatFinding(finding));
const errors = findings.filter((finding) => finding.severity === "error").length;
console.log(
  `${root}: ${posts.length} posts, ${pages.length} pages, ${errors} error(s), ${findings.length - errors} warning(s)`,
);
process.exit(errors > 0 ? 1 : 0);
