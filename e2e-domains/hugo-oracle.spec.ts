// An oracle that is not ours: Debian's `hugo` builds the tree (when it is a
// Hugo site) and every address it wrote, page, feed or file, is asked of this
// site on its language's domain. Each must answer 200, or redirect at most
// twice to a page that does (or, for a retired page, to the outside address
// its redirect stub names).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { routing, type Locale } from "@/i18n/routing";
import { siteOrigins } from "@/lib/config";
import { treeRoot } from "../e2e/tree";

const origins = siteOrigins();
const isHugoSite = fs.existsSync(path.join(treeRoot, "config/_default/config.yaml"));
const hasHugo = (() => {
  try {
    execFileSync("hugo", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/**
 * Whether an address Hugo wrote is one a reader or another site can hold: a
 * page, a feed, a sitemap, a file of `static/` or a content file Hugo copied
 * as it was. Not the old theme's own output (its compiled CSS and scripts, its
 * client-side search data, its error page), which this site replaces.
 */
function isReadersAddress(address: string): boolean {
  if (address.endsWith("/") || address.endsWith(".xml")) return true;
  if (fs.existsSync(path.join(treeRoot, "static", address))) return true;
  return address.endsWith(".html") && address !== "/404.html";
}

/** Every address Hugo wrote, by language: `public/en/about/index.html` is `/about/` on the English domain. */
function hugoAddresses(): Array<{ locale: Locale; address: string }> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "hugo-oracle-"));
  execFileSync("hugo", ["--quiet", "--source", treeRoot, "--destination", out], { stdio: "inherit" });
  return routing.locales.flatMap((locale) => {
    const dir = path.join(out, locale);
    return fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
        return { locale, address: `/${relative.replace(/(^|\/)index\.html$/, "$1")}` };
      })
      .filter(({ address }) => isReadersAddress(address));
  });
}

const hostOf = (origin: string) => new URL(origin).host;

/** Follows up to `hops` redirects, each asked of the host its Location names; the last answer, or an outside URL. */
async function land(request: APIRequestContext, host: string, address: string, hops = 2) {
  let current = { host, path: address };
  for (let hop = 0; ; hop += 1) {
    const response = await request.get(encodeURI(current.path), { headers: { host: current.host }, maxRedirects: 0 });
    if (response.status() < 300 || response.status() >= 400) return { status: response.status(), hops: hop };
    if (hop === hops) return { status: response.status(), hops: hop + 1 };
    const location = new URL(response.headers().location, `https://${current.host}`);
    const ours =
      origins.kind === "domains" && Object.values(origins.origins).some((origin) => hostOf(origin) === location.host);
    if (!ours) return { status: 200, hops: hop + 1, outside: location.href };
    current = { host: location.host, path: decodeURI(location.pathname) };
  }
}

test("every page, feed and file Hugo wrote for the tree answers here, on its language's domain", async ({
  request,
}) => {
  test.skip(!isHugoSite, "this tree is not a whole Hugo site (no config/_default/config.yaml)");
  test.skip(
    !hasHugo,
    "Debian's hugo is not installed (apt-get install -y hugo; scripts/ensure-system-packages.sh does)",
  );
  test.skip(origins.kind !== "domains", "run with SITE_URL_EN and SITE_URL_FR: npm run test:domains");
  if (origins.kind !== "domains") return;
  const addresses = hugoAddresses();
  expect(addresses.length, "addresses Hugo wrote").toBeGreaterThan(50);
  const failures: string[] = [];
  for (const { locale, address } of addresses) {
    const host = hostOf(origins.origins[locale]);
    const landed = await land(request, host, address);
    if (landed.status !== 200) failures.push(`${host}${address}: ${landed.status} after ${landed.hops} redirect(s)`);
  }
  expect(failures).toEqual([]);
});

test("an alias in the host's own language stays on that host, though its words are the other language's", async ({
  request,
}) => {
  test.skip(!isHugoSite, "this tree is not a whole Hugo site (no config/_default/config.yaml)");
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
