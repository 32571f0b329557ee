// An oracle that is not ours: Debian's `hugo` builds the tree (when it is a
// Hugo site) and every address it wrote, page, feed or file, is asked of this
// site on its language's domain. Each must answer 200, or redirect at most
// twice to a page that does (or, for a retired page, to the outside address
// its redirect stub names); a file answers 200 itself. A redirect Hugo wrote
// to an address of its own where it wrote nothing (a stub to a page kept off
// the site) found no page there either, and may answer 404.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { localeOf } from "@/lib/urls";
import { tree, treeRoot } from "../e2e/tree";
import {
  NO_HUGO_REASON,
  decodePath,
  encodePath,
  hasHugo,
  hostOf,
  hugoAddresses,
  hugoRedirectTarget,
  isHugoSite,
  land,
  ledNowhereOnHugo,
  origins,
  type Landing,
} from "./hugo";

/** Hugo is the oracle where the tree is a whole Hugo site, Debian's `hugo` is here, and each language has its domain. */
function skipUnlessOracle(): void {
  test.skip(!isHugoSite, "this tree is not a whole Hugo site (no content/ beside a config Hugo reads)");
  test.skip(!hasHugo, NO_HUGO_REASON);
  test.skip(origins.kind !== "domains", "run with SITE_URL_EN and SITE_URL_FR: npm run test:domains");
}

test("every page, feed and file Hugo wrote for the tree answers here, on its language's domain", async ({
  request,
}) => {
  skipUnlessOracle();
  if (origins.kind !== "domains") return;
  // A ceiling that catches a hang, not a measure: the real tree has 1,100 addresses, asked while the
  // wholeness check builds Hugo's site in the other worker, and took 30 s on a loaded run.
  test.setTimeout(300_000);
  const domains = origins.origins;
  const ownHosts = Object.values(domains).map(hostOf);
  const addresses = hugoAddresses();
  expect(addresses.length, "addresses Hugo wrote").toBeGreaterThan(50);
  const failures: string[] = [];
  for (const written of addresses) {
    const { locale, address } = written;
    const host = hostOf(domains[locale]);
    const landed = await land(request, host, address);
    const target = landed.status === 404 ? hugoRedirectTarget(written, host, ownHosts) : undefined;
    if (target && ledNowhereOnHugo(target, domains)) continue;
    if (landed.status !== 200) failures.push(`${host}${address}: ${landed.status} after ${landed.hops} redirect(s)`);
    // A file (a picture, a PDF, not a page or a feed) answers at its own address, as Hugo's host served it.
    else if (isPlainFile(address) && landed.hops > 0) failures.push(`${host}${address}: ${landed.hops} redirect(s)`);
    // A page, wherever it stands (a folder of static/ among them), is revalidated by browsers, so an edit shows at once.
    else if (landed.path.endsWith("/") && /(^|[\s,])max-age=[1-9]/.test(landed.cacheControl ?? ""))
      failures.push(`${host}${address}: a page kept by browsers (Cache-Control: ${landed.cacheControl})`);
  }
  expect(failures).toEqual([]);
});

test("an address Hugo wrote that starts with a language prefix stays on its language's domain, with or without its slash", async ({
  request,
}) => {
  skipUnlessOracle();
  const prefixShaped = hugoAddresses().filter(({ address }) => address.endsWith("/") && localeOf(address));
  test.skip(
    prefixShaped.length === 0,
    "Hugo wrote no address starting with /en/ or /fr/ for this tree (tests/fixtures/hugo-history has one)",
  );
  if (origins.kind !== "domains") return;
  for (const { locale, address } of prefixShaped) {
    const host = hostOf(origins.origins[locale]);
    const withoutSlash = await request.get(encodePath(address.slice(0, -1)), { headers: { host }, maxRedirects: 0 });
    expect(withoutSlash.status(), address).toBe(308);
    // To the address with its slash, or, for an alias whose last segment looks like a file's (`a.b`), straight to its page.
    expect(withoutSlash.headers().location, address).toMatch(/^\/(?!\/)/);
    for (const asked of [address, address.slice(0, -1)]) {
      const landed = await land(request, host, asked);
      expect([landed.status, landed.host], asked).toEqual([200, host]);
    }
  }
});

const isPlainFile = (address: string) =>
  !address.endsWith("/") && !/\.(xml|html?)$/.test(address) && !isPageOutput(address);
/** A JSON output of a page (`index.json`): a page's own data, which this site serves at another address. */
const isPageOutput = (address: string) =>
  /(^|\/)index\.json$/.test(address) && !fs.existsSync(path.join(treeRoot, "static", address));

test("every redirect Hugo wrote (an alias, a copied stub, a list's page 1) leads where Hugo's led", async ({
  request,
}) => {
  skipUnlessOracle();
  if (origins.kind !== "domains") return;
  test.setTimeout(300_000);
  const domains = origins.origins;
  const ownHosts = Object.values(domains).map(hostOf);
  const redirects = hugoAddresses().flatMap((written) => {
    const { locale, address } = written;
    // A file of static/ (`join-our-team/positions/x/index.html`) is served as it is, byte for byte (e2e/hugo-site).
    if (fs.existsSync(path.join(treeRoot, "static", address.endsWith("/") ? `${address}index.html` : address)))
      return [];
    const host = hostOf(domains[locale]);
    // A refresh to a `javascript:` (or other non-web) address, which no browser follows, leads home here (README).
    const target = hugoRedirectTarget(written, host, ownHosts);
    return target ? [{ host, address, target }] : [];
  });
  expect(redirects.length, "redirects Hugo wrote").toBeGreaterThan(0);
  // Where a reader ends up: a page of this site (its host and path), or an outside address.
  const where = (landed: Landing) => landed.outside ?? `${landed.host}${landed.path} (${landed.status})`;
  const failures: string[] = [];
  for (const { host, address, target } of redirects) {
    const here = where(await land(request, host, address, 4));
    const meant = ownHosts.includes(target.host)
      ? where(await land(request, target.host, decodePath(target.pathname), 4))
      : target.href;
    const bothNotFound = here.endsWith("(404)") && meant.endsWith("(404)") && ledNowhereOnHugo(target, domains);
    if (here !== meant && !bothNotFound) failures.push(`${host}${address}: leads to ${here}, Hugo's to ${meant}`);
  }
  expect(failures).toEqual([]);
});

test("an alias in the host's own language stays on that host, though its words are the other language's", async ({
  request,
}) => {
  test.skip(!isHugoSite, "this tree is not a whole Hugo site (no content/ beside a config Hugo reads)");
  test.skip(
    !tree.some((entry) => entry.path === "/fr/confidentialite/") ||
      !tree.some((entry) => entry.path === "/en/privacy/") ||
      !fs.existsSync(path.join(treeRoot, "static/rapports/strategie-2024.pdf")),
    "this tree has no privacy notice at /privacy/ and /confidentialite/ or no static/rapports/strategie-2024.pdf (trees before 2024)",
  );
  if (origins.kind !== "domains") return;
  const fr = hostOf(origins.origins.fr);
  const en = hostOf(origins.origins.en);
  const onFrench = await request.get("/privacy/", { headers: { host: fr }, maxRedirects: 0 });
  expect(onFrench.status()).toBe(308);
  expect(onFrench.headers().location).toBe("/confidentialite/");
  const onEnglish = await request.get("/confidentialite/", { headers: { host: en }, maxRedirects: 0 });
  expect(onEnglish.status()).toBe(308);
  expect(onEnglish.headers().location).toBe("/privacy/");
  const file = await request.get("/rapports/strategie-2024.pdf", { headers: { host: fr } });
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toMatch(/^application\/pdf/);
});
