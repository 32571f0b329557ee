// `npm run translations:stamp -- <file>…`: records in each translation the
// version of its original it now reflects (scripts/lib/stamp.ts).
import path from "node:path";
import { contentDir } from "@/lib/config";
import { stampTranslations } from "./lib/stamp";

const files = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
if (files.length === 0) {
  console.error("Name the translation to stamp: npm run translations:stamp -- content/_posts/fr/2024-01-02-billet.md");
  process.exit(1);
}
const { stamped, problems } = await stampTranslations(path.resolve(contentDir()), files);
for (const line of stamped) console.log(line);
for (const line of problems) console.error(line);
process.exit(problems.length > 0 ? 1 : 0);
