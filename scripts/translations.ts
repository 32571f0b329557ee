// `npm run translations [DIR]`: how each translation stands against its original (scripts/lib/translations-report.ts).
import path from "node:path";
import { contentDir } from "@/lib/config";
import { translationReportLines } from "./lib/translations-report";

const root = path.resolve(process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? contentDir());
for (const line of await translationReportLines(root)) console.log(line);
