// npm run bench: builds synthetic archives of 200, 2,000 and 8,000 posts
// (--quick stops at 2,000) next to a bare Next.js app with as many trivial
// pages, then serves the largest and weighs its pages. Every figure is taken
// in this one run, so ratios hold on a shared, noisy machine. Results go to
// bench/results/ and the table is printed to paste into the README.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { blogPath, homePath, searchPath } from "@/lib/urls";
import { waitForPort } from "../e2e-deploy/stack";
import { BARE_APP_DIR, writeBareApp } from "./bare-next";
import { folderMb, timed, type Timed } from "./process";
import {
  CONNECTIONS,
  READERS,
  crawlSitemap,
  firstAnswer,
  serverRssMb,
  stopInstance,
  throughput,
  throughputDuring,
} from "./serve";
import { syntheticPosts } from "./synthetic";
import { EDIT_SHOWN_TARGET_MS, measurePreview } from "./preview";
import { pageWeight } from "./weight";
import { editOnePost, writeSyntheticTree } from "./write-tree";

const quick = process.argv.includes("--quick");
// Only the largest archive, without the bare app: for work on serving alone.
const largestOnly = process.argv.includes("--largest-only");
const SIZES = quick ? [200, 2000] : largestOnly ? [8000] : [200, 2000, 8000];
const PORT = 3300;
const BARE_PORT = 3301;
const LOGS = fs.mkdtempSync(path.join(os.tmpdir(), "cds-bench-logs-"));
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

type BuildRow = { posts: number; bare: Timed; cold: Timed; nextMb: number; rebuild: Timed; bareNextMb: number };

async function buildSite(tree: string, log: string): Promise<Timed> {
  return timed("npm", ["run", "build"], { env: { ...process.env, CONTENT_DIR: tree }, log: path.join(LOGS, log) });
}

const builds: BuildRow[] = [];
let largestTree = "";
for (const posts of SIZES) {
  const tree = path.join(os.tmpdir(), `cds-bench-tree-${posts}`);
  console.log(`${posts} posts: writing the tree, building a bare Next.js app and the site, cold then after one edit…`);
  await writeSyntheticTree(tree, posts);
  writeBareApp(BARE_APP_DIR, posts);
  const bare = await timed(process.execPath, [NEXT_BIN, "build"], {
    cwd: BARE_APP_DIR,
    log: path.join(LOGS, `bare-${posts}.log`),
  });
  for (const kept of [".next", "node_modules/.cache/cds-site"]) fs.rmSync(kept, { recursive: true, force: true });
  const cold = await buildSite(tree, `cold-${posts}.log`);
  const nextMb = folderMb(".next");
  editOnePost(tree);
  const rebuild = await buildSite(tree, `rebuild-${posts}.log`);
  builds.push({ posts, bare, cold, nextMb, rebuild, bareNextMb: folderMb(path.join(BARE_APP_DIR, ".next")) });
  largestTree = tree;
}

// Serving the largest site: the newest post is prerendered, the oldest rendered on its first request.
const largest = SIZES.at(-1) ?? 0;
const english = syntheticPosts(largest).filter((post) => post.locale === "en");
const [newest, oldest] = [english[0], english.at(-1) ?? english[0]];
console.log(`Serving ${largest} posts (${CONNECTIONS} connections, 10 s a page)…`);
const started = await firstAnswer(PORT, newest.path);
const firstOnDemandStart = performance.now();
await (await fetch(`http://127.0.0.1:${PORT}${oldest.path}`)).arrayBuffer();
const firstOnDemandMs = Math.round(performance.now() - firstOnDemandStart);
const origin = `http://127.0.0.1:${PORT}`;
const postHtml = await (await fetch(origin + newest.path)).text();
const staticFile = /<link rel="stylesheet" href="([^"]+)"/.exec(postHtml)?.[1] ?? "/robots.txt";
const words = english.slice(0, 200).map((post) => post.title.split(" ").slice(0, 2).join(" "));
const once = (path: string) => () => path;
const serving = [
  await throughput(PORT, "static file (CSS)", once(staticFile)),
  await throughput(PORT, "post, prerendered", once(newest.path)),
  await throughput(PORT, "post, rendered on first request", once(oldest.path)),
  await throughput(PORT, "blog", once(blogPath("en"))),
  await throughput(PORT, "home", once(homePath("en"))),
];
const weights = [
  await pageWeight(origin, "splash", "/"),
  await pageWeight(origin, "home", homePath("en")),
  await pageWeight(origin, "blog", blogPath("en")),
  await pageWeight(origin, "post", newest.path),
];
console.log("Asking for every page of the sitemap once…");
const crawl = await crawlSitemap(PORT);
const rssAfterCrawlMb = serverRssMb(started.instance);

// Search, every query new (two common words and a number), so no cache can help;
// then the newest post while that load runs alongside it.
console.log("Searching, then serving a post during a search flood…");
const uniqueQuery = (n: number) => searchPath("en", `${words[n % words.length]} ${n}`);
const readers = await throughput(PORT, `post, prerendered, ${READERS} readers`, once(newest.path), READERS);
const search = await throughput(PORT, "search, unique queries", uniqueQuery);
const flood = await throughputDuring(
  PORT,
  { name: `post, prerendered, ${READERS} readers, during the search flood`, pathOf: once(newest.path) },
  uniqueQuery,
);
const rssAfterSearchMb = serverRssMb(started.instance);
serving.push(readers, search, flood.measured, { ...flood.load, name: "search, alongside that post" });
await stopInstance(started.instance);

// The JavaScript floor: a bare App Router page with no client component, from the same Next.
const bareServer = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(BARE_PORT)], {
  cwd: BARE_APP_DIR,
  stdio: "ignore",
});
await waitForPort(BARE_PORT, bareServer);
const floor = await pageWeight(`http://127.0.0.1:${BARE_PORT}`, "bare Next.js page", "/p/page-0/");
bareServer.kill("SIGTERM");

// ---- The table, and each target of the issue against it.
const f0 = (n: number) => n.toFixed(0);
const lines: string[] = [];
const say = (line = "") => lines.push(line);
say(`Builds (${os.cpus().length} cores; cold = no .next and no content cache; rebuild = one post's title edited):`);
say();
say(
  "| posts | site build s | ms/post | peak RSS MB | .next MB | rebuild s | rebuild/cold | bare Next s | bare RSS MB | bare .next MB | site/bare |",
);
say("|---|---|---|---|---|---|---|---|---|---|---|");
for (const row of builds) {
  say(
    `| ${row.posts} | ${f0(row.cold.seconds)} | ${f0((row.cold.seconds * 1000) / row.posts)} | ${row.cold.peakRssMb} | ${row.nextMb} | ` +
      `${f0(row.rebuild.seconds)} | ${(row.rebuild.seconds / row.cold.seconds).toFixed(2)} | ${f0(row.bare.seconds)} | ` +
      `${row.bare.peakRssMb} | ${row.bareNextMb} | ${(row.cold.seconds / row.bare.seconds).toFixed(2)} |`,
  );
}
const staticRate = serving[0].requestsPerSecond;
say();
say(`Serving ${largest} posts with \`npm start\`, ${CONNECTIONS} connections, 10 s each:`);
say();
say("| page | req/s | of static | p50 ms | p99 ms | errors | 503 share |");
say("|---|---|---|---|---|---|---|");
for (const row of serving) {
  say(
    `| ${row.name} | ${row.requestsPerSecond} | ${(row.requestsPerSecond / staticRate).toFixed(2)} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.refused} |`,
  );
}
say();
say(
  `First answer after start: ${started.ms} ms (prerendered post); first request of an older post: ${firstOnDemandMs} ms. ` +
    `Server RSS after all ${crawl.pages} sitemap pages were asked for once (${crawl.seconds} s, ${crawl.failures} failures): ${rssAfterCrawlMb} MB; ` +
    `after the search runs: ${rssAfterSearchMb} MB.`,
);
say();
say("Page weight (gzip; fonts as sent; hero = the srcset picture a 390 px phone at 2× takes):");
say();
say("| page | HTML KB | JS KB (files) | CSS KB | fonts preloaded (KB) | hero KB |");
say("|---|---|---|---|---|---|");
for (const weight of [...weights, floor]) {
  say(
    `| ${weight.page} | ${weight.htmlKb} | ${weight.jsKb} (${weight.jsFiles}) | ${weight.cssKb} | ${weight.fontsPreloaded} (${weight.fontKb}) | ${weight.heroKb ?? "–"} |`,
  );
}

console.log("Timing edits in an editor's preview (npm run dev)…");
const preview = await measurePreview();
say();
say(`Preview (npm run dev on content/), save to title shown in the open page: ${preview.ms.join(", ")} ms.`);

/** Searches answered a second, those refused for load (503) apart. */
const answered = (row: { requestsPerSecond: number; refused: number }) =>
  Math.round(row.requestsPerSecond * (1 - row.refused));
const big = builds.at(-1);
const post = weights[3];
const targets: Array<[string, boolean, string]> = big
  ? [
      [
        `cold build ≤ bare Next (${big.posts} posts)`,
        big.cold.seconds <= big.bare.seconds,
        `${(big.cold.seconds / big.bare.seconds).toFixed(2)}×`,
      ],
      ["peak build RSS ≤ 1.5 GB", big.cold.peakRssMb <= 1500, `${big.cold.peakRssMb} MB`],
      [".next ≤ 600 MB", big.nextMb <= 600, `${big.nextMb} MB`],
      [
        "rebuild ≤ 40 % of cold",
        big.rebuild.seconds <= 0.4 * big.cold.seconds,
        `${f0((100 * big.rebuild.seconds) / big.cold.seconds)} %`,
      ],
      ...serving
        .slice(1, 5)
        .map((row): [string, boolean, string] => [
          `${row.name}: ≥ 90 % of static, p99 ≤ 40 ms`,
          row.requestsPerSecond >= 0.9 * staticRate && row.p99 <= 40,
          `${f0((100 * row.requestsPerSecond) / staticRate)} %, p99 ${row.p99} ms`,
        ]),
      ["first answer ≤ 500 ms", started.ms <= 500, `${started.ms} ms`],
      ["server RSS ≤ 400 MB after every page", rssAfterCrawlMb <= 400, `${rssAfterCrawlMb} MB`],
      ["server RSS ≤ 400 MB after every page and the searches", rssAfterSearchMb <= 400, `${rssAfterSearchMb} MB`],
      [
        `post during the search flood (${READERS} readers): ≥ 50 % of alone, p99 ≤ 100 ms`,
        flood.measured.requestsPerSecond >= 0.5 * readers.requestsPerSecond && flood.measured.p99 <= 100,
        `${f0((100 * flood.measured.requestsPerSecond) / readers.requestsPerSecond)} %, p99 ${flood.measured.p99} ms`,
      ],
      [
        "search answered ≥ 25 % of the post's throughput, p99 < 1 s",
        answered(search) >= 0.25 * serving[1].requestsPerSecond && search.p99 < 1000,
        `${answered(search)} answered/s = ${f0((100 * answered(search)) / serving[1].requestsPerSecond)} %, p99 ${search.p99} ms, ${f0(100 * search.refused)} % refused`,
      ],
      ["post JS ≤ floor + 5 KB", post.jsKb <= floor.jsKb + 5, `${(post.jsKb - floor.jsKb).toFixed(1)} KB over`],
      ["post CSS ≤ 15 KB", post.cssKb <= 15, `${post.cssKb} KB`],
      ["≤ 2 fonts preloaded", post.fontsPreloaded <= 2, `${post.fontsPreloaded}`],
      ["hero ≤ 150 KB at 390 px", (post.heroKb ?? 0) <= 150, `${post.heroKb ?? "–"} KB`],
      ["post HTML ≤ 40 KB", post.htmlKb <= 40, `${post.htmlKb} KB`],
      [
        `preview edit shown ≤ ${EDIT_SHOWN_TARGET_MS / 1000} s (median)`,
        preview.median <= EDIT_SHOWN_TARGET_MS,
        `${preview.median} ms (max ${preview.max} ms)`,
      ],
    ]
  : [];
say();
say("| target | holds | measured |");
say("|---|---|---|");
for (const [target, holds, measured] of targets) say(`| ${target} | ${holds ? "yes" : "**no**"} | ${measured} |`);
say();
say("Not measured here: Lighthouse scores (`npm run bench:lighthouse`).");
console.log(`\n${lines.join("\n")}`);

const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim();
const file = path.join("bench", "results", `${new Date().toISOString().slice(0, 10)}-${commit}-${largest}.json`);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), commit, builds, serving, firstAnswerMs: started.ms, firstOnDemandMs, crawl, rssAfterCrawlMb, rssAfterSearchMb, weights, floor, preview, targets, table: lines.join("\n") }, null, 2)}\n`,
);
console.log(
  `\nWritten to ${file}. The repo's .next now holds the ${largest}-post tree (${largestTree}): run npm run build before npm start.`,
);
