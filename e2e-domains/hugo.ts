// Debian's `hugo` builds the tree under test once per test process, as the
// oracle of what the department's Hugo site published: every address it wrote
// and what each page showed. The suites ask this site the same addresses.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { routing, type Locale } from "@/i18n/routing";
import { siteOrigins } from "@/lib/config";
import { refreshIn } from "@/lib/build/refresh";
import { isHugoSiteRoot } from "../e2e/hugo-config";
import { hasHugo } from "../e2e/hugo-list";
import { treeRoot } from "../e2e/tree";

export { hasHugo };
export const origins = siteOrigins();
/** A whole Hugo site: its config in any place and format Hugo reads (the department's was `config.yaml` until 2019). */
export const isHugoSite = isHugoSiteRoot(treeRoot);

export const NO_HUGO_REASON =
  "Debian's hugo is not installed (apt-get install -y hugo; scripts/ensure-system-packages.sh does)";

let built: string | undefined;

/** The folder Hugo wrote the tree into. */
export function hugoOutput(): string {
  if (built) return built;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "hugo-oracle-"));
  built = path.join(work, "public");
  // By default Hugo writes a build lock and its resource cache into the tree it
  // reads: a corpus mounted read-only then fails to build, and a writable one
  // gains files. Both go to the run's own folder instead.
  execFileSync("hugo", ["--quiet", "--noBuildLock", "--source", treeRoot, "--destination", built], {
    stdio: "inherit",
    env: { ...process.env, HUGO_RESOURCEDIR: path.join(work, "resources") },
  });
  return built;
}

/**
 * Whether an address Hugo wrote is one a reader or another site can hold: a
 * page, a feed, another output of a page (the home's `index.json`, which the
 * department's config asks for), a sitemap, a file of `static/` or a
 * file of `content/` Hugo copied as it was, and its error page (`/404.html`, which
 * its host answered by name). Not the old theme's own output (its compiled CSS
 * and scripts), which this site replaces.
 */
function isReadersAddress(locale: Locale, address: string, file: string): boolean {
  if (address.endsWith("/") || /\.(xml|json)$/.test(address)) return true;
  if (fs.existsSync(path.join(treeRoot, "static", address))) return true;
  if (isCopiedContentFile(file)) return true;
  return address.endsWith(".html");
}

/**
 * Whether Hugo wrote `file` as a copy of a file of a content folder (a page's
 * `report.pdf`), its language's or, for a bundle its translation shares, the other's.
 */
function isCopiedContentFile(file: string): boolean {
  const copies = contentFilesByName().get(path.basename(file)) ?? [];
  return copies.some((copy) => fs.readFileSync(copy).equals(fs.readFileSync(file)));
}

let contentFiles: Map<string, string[]> | undefined;
function contentFilesByName(): Map<string, string[]> {
  if (contentFiles) return contentFiles;
  const byName = new Map<string, string[]>();
  for (const locale of routing.locales) {
    const dir = path.join(treeRoot, "content", locale);
    const entries = fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }) : [];
    for (const entry of entries.filter((each) => each.isFile())) {
      byName.set(entry.name, [...(byName.get(entry.name) ?? []), path.join(entry.parentPath, entry.name)]);
    }
  }
  contentFiles = byName;
  return byName;
}

export type HugoAddress = { locale: Locale; address: string; file: string };

/** Every address Hugo wrote, by language: `public/en/about/index.html` is `/about/` on the English domain. */
export function hugoAddresses(): HugoAddress[] {
  const out = hugoOutput();
  return routing.locales.flatMap((locale) => {
    const dir = path.join(out, locale);
    return fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const relative = path.relative(dir, file).split(path.sep).join("/");
        return { locale, file, address: `/${relative.replace(/(^|\/)index\.html$/, "$1")}` };
      })
      .filter(({ address, file }) => isReadersAddress(locale, address, file));
  });
}

export const hostOf = (origin: string) => new URL(origin).host;

// Segment by segment, so that a `#` or `?` Hugo kept in a file name (`-#8211-`) is sent as part of the path.
export const encodePath = (address: string) => address.split("/").map(encodeURIComponent).join("/");
export const decodePath = (address: string) => address.split("/").map(decodeURIComponent).join("/");

export type Landing = {
  status: number;
  hops: number;
  host: string;
  path: string;
  outside?: string;
  body?: string;
  /** What any other answer held, by a hash of its bytes: one file, wherever it is served. */
  fileDigest?: string;
  cacheControl?: string;
};

/**
 * One GET, asked again once if the connection was reset: Node closes a kept-alive connection after five idle
 * seconds, and a request sent on it as it closes is lost in transit, which says nothing of the site (the real
 * tree's wholeness check leaves connections idle while it reads Hugo's pages).
 */
async function getOnce(request: APIRequestContext, path: string, host: string) {
  const ask = () => request.get(path, { headers: { host }, maxRedirects: 0 });
  try {
    return await ask();
  } catch (error) {
    if (!String(error).includes("ECONNRESET")) throw error;
    return ask();
  }
}

/** Follows up to `hops` redirects, each asked of the host its Location names; the last answer, or an outside URL. */
export async function land(request: APIRequestContext, host: string, address: string, hops = 2): Promise<Landing> {
  let current = { host, path: address };
  for (let hop = 0; ; hop += 1) {
    const response = await getOnce(request, encodePath(current.path), current.host);
    const status = response.status();
    if (status < 300 || status >= 400) {
      const html = (response.headers()["content-type"] ?? "").startsWith("text/html");
      const body = html ? await response.text() : undefined;
      const fileDigest = html
        ? undefined
        : createHash("sha256")
            .update(await response.body())
            .digest("hex");
      return { status, hops: hop, ...current, body, fileDigest, cacheControl: response.headers()["cache-control"] };
    }
    if (hop === hops) return { status, hops: hop + 1, ...current };
    const location = new URL(response.headers().location, `https://${current.host}`);
    const ours =
      origins.kind === "domains" && Object.values(origins.origins).some((origin) => hostOf(origin) === location.host);
    if (!ours) return { status: 200, hops: hop + 1, ...current, outside: location.href };
    current = { host: location.host, path: decodePath(location.pathname) };
  }
}

/**
 * Hugo 0.111 kept a `#` of a file name (`…-&#8211;-….md`) in the page's
 * address and printed it as it was in links, where a browser takes the rest for
 * a fragment and finds no page. The page meant is the one Hugo wrote at the
 * whole path (a site path with a "fragment" ending in `/`: `…-#8211-…/`, a
 * tag `/tags/#hashtag/`), and that is the link asked for here, whether Hugo
 * printed it from the root or whole (`.Permalink`, on a tag's list). An app's
 * `…/#/` route is a fragment.
 */
export function pageHugoMeant(href: string, ownHosts: readonly string[]): string {
  const own = href.startsWith("/") || ownHosts.some((host) => href.startsWith(`https://${host}/`));
  return own && /#[^/#][^#]*\/$/.test(href) ? href.replace(/#/g, "%23") : href;
}

/**
 * Where a redirect Hugo wrote (an alias, a copied stub) led: its refresh's URL, read from the address it stands
 * at. None for a page, or a refresh to a `javascript:` (or other non-web) address, which no browser follows.
 */
export function hugoRedirectTarget(
  { address, file }: HugoAddress,
  host: string,
  ownHosts: readonly string[],
): URL | undefined {
  if (!address.endsWith("/") && !/\.html?$/.test(address)) return undefined;
  const refresh = refreshIn(unified().use(rehypeParse).parse(fs.readFileSync(file, "utf8")));
  if (!refresh?.url || /^(?!https?:)[a-z][a-z0-9+.-]*:/i.test(refresh.url)) return undefined;
  return new URL(pageHugoMeant(refresh.url, ownHosts), `https://${host}${encodePath(address)}`);
}

/**
 * Whether a redirect Hugo wrote led to an address of its own site where it wrote nothing (a stub to a page kept
 * off the site): Hugo's readers found no page there, so "not found" here is the same answer.
 */
export function ledNowhereOnHugo(target: URL, domains: Record<Locale, string>): boolean {
  const locale = routing.locales.find((each) => hostOf(domains[each]) === target.host);
  if (!locale) return false;
  const written = path.join(hugoOutput(), locale, decodePath(target.pathname));
  return !fs.existsSync(target.pathname.endsWith("/") ? path.join(written, "index.html") : written);
}
