// npm run bench: builds a synthetic archive and measures what readers feel of
// it, in one run, so every number is compared with numbers taken beside it.
// Today it measures searching next to serving the blog page (issue: search);
// the rest of the build and page-weight targets are not measured yet.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { blogPath, searchPath } from "@/lib/urls";
import { startInstance, stopInstance } from "../e2e-deploy/stack";
import { syntheticPosts } from "./synthetic";
import { writeSyntheticTree } from "./write-tree";

const quick = process.argv.includes("--quick");
const POSTS = quick ? 2000 : 8000;
const PORT = 3300;
const CONNECTIONS = 10;
const SECONDS = 10;

const tree = path.join(os.tmpdir(), `cds-bench-${POSTS}`);
console.log(`Writing ${POSTS} synthetic posts to ${tree}…`);
writeSyntheticTree(tree, POSTS);

console.log("Building them (npm run build)…");
const started = Date.now();
execFileSync("npm", ["run", "build"], {
  env: { ...process.env, CONTENT_DIR: tree },
  stdio: ["ignore", "ignore", "inherit"],
});
const buildSeconds = (Date.now() - started) / 1000;

/** Queries a reader might type: words and pairs of words from the titles, some cut short, some misspelt. */
function queries(): string[] {
  const titles = syntheticPosts(POSTS)
    .filter((post) => post.locale === "en")
    .map((post) => post.title.split(" "));
  return titles.slice(0, 200).flatMap((words, index) => {
    const [first, second = ""] = words;
    if (index % 4 === 0) return [first.slice(0, Math.max(3, first.length - 2))];
    if (index % 4 === 1 && first.length >= 5) return [`${first.slice(0, 2)}${first.slice(3)}`];
    return [`${first} ${second}`.trim()];
  });
}

async function measure(name: string, paths: string[]) {
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${PORT}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result["5xx"],
  };
}

const instance = await startInstance(PORT);
try {
  // Warm both pages once, as a cache in front would after the first reader.
  for (const warm of [blogPath("en"), searchPath("en", "service")]) await fetch(`http://127.0.0.1:${PORT}${warm}`);
  const rows = [
    await measure("blog page (prerendered)", [blogPath("en")]),
    await measure(
      "search (varied queries)",
      queries().map((query) => searchPath("en", query)),
    ),
  ];
  console.log(
    `\n${POSTS} posts, built in ${buildSeconds.toFixed(0)} s; ${CONNECTIONS} connections, ${SECONDS} s each:\n`,
  );
  console.log("| page | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|");
  for (const row of rows)
    console.log(`| ${row.name} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.errors} |`);
  console.log(
    "\nNot measured yet: build cost per post against bare Next.js, rebuild after one edit, page weight, Lighthouse.",
  );
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim();
  const file = path.join("bench", "results", `${new Date().toISOString().slice(0, 10)}-${commit}-${POSTS}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), commit, posts: POSTS, buildSeconds, connections: CONNECTIONS, rows }, null, 2)}\n`,
  );
  console.log(`\nWritten to ${file}`);
} finally {
  await stopInstance(instance);
}
