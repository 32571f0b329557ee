// npm run bench:lighthouse: Lighthouse (mobile and desktop presets) on the
// splash, home, blog and newest post of each language, served by `npm start`
// from the last build, with Debian's Chromium (CHROMIUM_PATH or
// /usr/bin/chromium; Lighthouse's own search for Chrome where that is absent).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { routing } from "@/i18n/routing";
import { siteContentSchema } from "@/lib/content/model";
import { GENERATED_CONTENT_FILE } from "@/lib/content/store-path";
import { blogPath, homePath } from "@/lib/urls";
import { startInstance, stopInstance } from "../e2e-deploy/stack";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/chromium";

const PORT = 3302;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const content = siteContentSchema.parse(JSON.parse(fs.readFileSync(GENERATED_CONTENT_FILE, "utf8")));
const pages: Array<[string, string]> = [["splash", "/"]];
for (const locale of routing.locales) {
  const newest = content.posts.find((post) => post.locale === locale);
  pages.push([`${locale} home`, homePath(locale)], [`${locale} blog`, blogPath(locale)]);
  if (newest) pages.push([`${locale} post`, newest.path]);
}

const instance = await startInstance(PORT);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});
const rows: Array<{ page: string; preset: string; scores: Record<string, number>; failing: string[] }> = [];
try {
  for (const [page, pagePath] of pages) {
    for (const preset of ["mobile", "desktop"] as const) {
      const result = await lighthouse(
        `http://127.0.0.1:${PORT}${pagePath}`,
        { port: chrome.port, logLevel: "error", onlyCategories: [...CATEGORIES] },
        preset === "desktop" ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`${pagePath}: Lighthouse gave no result`);
      const { categories, audits } = result.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
      // What keeps a category under 100: each audit that scored below 0.9 and weighs on a score.
      const failing = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
        .map((audit) => audit.id);
      rows.push({ page, preset, scores, failing });
      console.log(`${page} (${preset}): ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join(", ")}`);
    }
  }
} finally {
  chrome.kill();
  await stopInstance(instance);
}

console.log(
  "\n| page | preset | performance | accessibility | best practices | SEO | below 0.9 |\n|---|---|---|---|---|---|---|",
);
for (const row of rows) {
  console.log(
    `| ${row.page} | ${row.preset} | ${CATEGORIES.map((id) => row.scores[id]).join(" | ")} | ${row.failing.join(", ") || "–"} |`,
  );
}
const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim();
const file = path.join("bench", "results", `${new Date().toISOString().slice(0, 10)}-${commit}-lighthouse.json`);
fs.writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), commit, root: content.root, rows }, null, 2)}\n`,
);
console.log(`\nWritten to ${file}`);
