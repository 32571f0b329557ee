// npm run bench:lighthouse: Lighthouse 12's mobile profile, three runs per
// page, median, on each kind of page the last build holds (home in both
// languages, About, the blog, a post with a picture, the toolkit's landing
// and a topic, search), served by `npm start` with Debian's Chromium
// (CHROMIUM_PATH or /usr/bin/chromium). Prints each target as holds / does
// not, with the metric or audit that missed, and the bytes the home sends.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { routing } from "@/i18n/routing";
import { siteContentSchema } from "@/lib/content/model";
import { GENERATED_CONTENT_FILE } from "@/lib/content/store-path";
import { blogPath, homePath, searchPath } from "@/lib/urls";
import { startInstance, stopInstance } from "../e2e-deploy/stack";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/chromium";

const PORT = 3302;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
// Issue 23's audits: every picture sized, in a modern format, at the size shown, and lazy below the fold.
const PICTURE_AUDITS = ["uses-responsive-images", "modern-image-formats", "unsized-images", "offscreen-images"];
const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
];
const HOME_BUDGET_KB = 200;

const content = siteContentSchema.parse(JSON.parse(fs.readFileSync(GENERATED_CONTENT_FILE, "utf8")));
const [en] = routing.locales;
const pageOf = (layout: string) =>
  content.pages.find((page) => page.locale === en && page.view.layout === layout)?.path;
const newestWithPicture = content.posts.find((post) => post.locale === en && post.image);
const pages = (
  [
    ...routing.locales.map((locale) => [`${locale} home`, homePath(locale)]),
    ["about", pageOf("about-us")],
    ["blog", blogPath(en)],
    ["post with a picture", newestWithPicture?.path],
    ["toolkit landing", pageOf("landing")],
    ["toolkit topic", pageOf("list")],
    ["search", searchPath(en, "design")],
  ] as Array<[string, string | undefined]>
).filter((entry): entry is [string, string] => {
  if (!entry[1]) console.log(`(${entry[0]}: this tree has none)`);
  return entry[1] !== undefined;
});

type Run = { scores: Record<string, number>; metrics: Record<string, number>; failing: string[]; bytes: number };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const instance = await startInstance(PORT);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});
const rows: Array<{ page: string; path: string; runs: Run[] }> = [];
try {
  for (const [page, pagePath] of pages) {
    const runs: Run[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(`http://127.0.0.1:${PORT}${pagePath}`, {
        port: chrome.port,
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`${pagePath}: Lighthouse gave no result`);
      const { categories, audits } = result.lhr;
      runs.push({
        scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])),
        metrics: Object.fromEntries(METRICS.map((id) => [id, audits[id]?.numericValue ?? 0])),
        // What keeps a category under 100: each weighed audit below 0.9, and the picture audits below 1.
        failing: Object.values(audits)
          .filter(
            (audit) =>
              audit.score !== null &&
              audit.scoreDisplayMode !== "informative" &&
              (audit.score < 0.9 || (PICTURE_AUDITS.includes(audit.id) && audit.score < 1)),
          )
          .map((audit) => audit.id),
        bytes: audits["total-byte-weight"]?.numericValue ?? 0,
      });
    }
    rows.push({ page, path: pagePath, runs });
    console.log(
      `${page} ${pagePath}: ${runs.map((run) => CATEGORIES.map((id) => run.scores[id]).join("/")).join(", ")}`,
    );
  }
} finally {
  chrome.kill();
  await stopInstance(instance);
}

console.log(`\nMobile profile, median of ${RUNS} run(s):\n`);
console.log("| page | perf | a11y | best practices | SEO | LCP ms | TBT ms | KB | target | what missed |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
let held = 0;
for (const row of rows) {
  const scores = CATEGORIES.map((id) => median(row.runs.map((run) => run.scores[id] ?? 0)));
  const metric = (id: string) => Math.round(median(row.runs.map((run) => run.metrics[id] ?? 0)));
  const kb = Math.round(median(row.runs.map((run) => run.bytes)) / 1024);
  // An audit that missed in most runs, not once by noise.
  const missed = [...new Set(row.runs.flatMap((run) => run.failing))].filter(
    (id) => row.runs.filter((run) => run.failing.includes(id)).length * 2 > row.runs.length,
  );
  const overBudget = row.page.endsWith("home") && kb > HOME_BUDGET_KB ? [`${kb} KB > ${HOME_BUDGET_KB} KB`] : [];
  const holds = scores.every((score) => score === 100) && overBudget.length === 0;
  if (holds) held += 1;
  const noise = !holds && missed.length === 0 ? ["no audit missed in most runs: noise on this machine"] : [];
  console.log(
    `| ${row.page} | ${scores.join(" | ")} | ${metric("largest-contentful-paint")} | ${metric("total-blocking-time")} | ${kb} | ${holds ? "holds" : "does not"} | ${[...overBudget, ...missed, ...noise].join(", ") || "–"} |`,
  );
}
console.log(`\n${held} of ${rows.length} pages hold 100 in every category.`);

const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim();
const file = path.join("bench", "results", `${new Date().toISOString().slice(0, 10)}-${commit}-lighthouse.json`);
fs.writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), commit, root: content.root, rows }, null, 2)}\n`,
);
console.log(`Written to ${file}`);
