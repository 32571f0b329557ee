// `npm run bench:search`: the search part of `npm run bench` alone, on the site
// .next holds now (run `npm run bench` once first for the 8,000-post tree):
// a post alone, every sitemap page once, search with unique queries, the post
// during that flood, and the server's memory after each.
import { blogPath, searchPath } from "@/lib/urls";
import { stopInstance } from "../e2e-deploy/stack";
import { READERS, crawlSitemap, firstAnswer, serverRssMb, throughput, throughputDuring } from "./serve";
import { syntheticPosts } from "./synthetic";

const PORT = 3300;
const posts = Number(process.argv[2] ?? 8000);
const english = syntheticPosts(posts).filter((post) => post.locale === "en");
const newest = english[0];
const words = english.slice(0, 200).map((post) => post.title.split(" ").slice(0, 2).join(" "));
const once = (path: string) => () => path;
const uniqueQuery = (n: number) => searchPath("en", `${words[n % words.length]} ${n}`);

const started = await firstAnswer(PORT, newest.path);
const alone = await throughput(PORT, "post, prerendered", once(newest.path));
await throughput(PORT, "blog", once(blogPath("en")));
const crawl = await crawlSitemap(PORT);
const afterCrawl = serverRssMb(started.instance);
const readers = await throughput(PORT, `post, ${READERS} readers`, once(newest.path), READERS);
const search = await throughput(PORT, "search, unique queries", uniqueQuery);
const flood = await throughputDuring(PORT, { name: "post during the flood", pathOf: once(newest.path) }, uniqueQuery);
const afterSearch = serverRssMb(started.instance);
await stopInstance(started.instance);
const answered = Math.round(search.requestsPerSecond * (1 - search.refused));
console.log(JSON.stringify({ alone, readers, search, flood, crawl, afterCrawl, afterSearch }, null, 1));
console.log(
  `answered search ${answered}/s = ${Math.round((100 * answered) / alone.requestsPerSecond)} % of the post alone; ` +
    `post during the flood ${Math.round((100 * flood.measured.requestsPerSecond) / readers.requestsPerSecond)} % of ${READERS} readers alone, p99 ${flood.measured.p99} ms; ` +
    `RSS ${afterCrawl} MB after the crawl, ${afterSearch} MB after the searches`,
);
