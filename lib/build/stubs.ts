// Hugo redirect stubs: files with no front matter that hold only
// `<meta http-equiv="refresh" content="0; url=…">`, in any spelling (refresh.ts). The editors meant a
// redirect, so the stub's address answers one: to the page of this site the
// URL names (often by its old absolute URL), or to an outside URL as written.
import fs from "node:fs";
import nodePath from "node:path";
import { routing, type Locale } from "@/i18n/routing";
import type { Stub } from "@/lib/content/model";
import { foldPermalink, homePath, oldSiteLocale, resolvedOnOldSite, schemeOf } from "@/lib/urls";
import { namesThisSite } from "./body-links";
import { pathFromFileName } from "./drafts";
import type { FindingList } from "./findings";
import { readRefresh } from "./refresh";
import type { SourceFile } from "./tree";

/**
 * Every stub of `files`, its target resolved by `siteTarget` (the path of this
 * site a link names, if it names one). A stub may name another stub's address
 * (a page moved twice): each stub `register` hears is one `siteTarget` then
 * knows, so stubs are read again while one more of them resolves.
 */
export function readStubs(
  files: readonly SourceFile[],
  siteTarget: (href: string, locale: SourceFile["locale"]) => string | undefined,
  findings: FindingList,
  register: (stub: Stub) => void,
): Stub[] {
  const stubs: Stub[] = [];
  let pending = files.filter((file) => file.kind === "stub" && file.treePath !== undefined);
  for (let progress = true; progress;) {
    const unresolved = pending.filter((file) => {
      const { stub, warning } = readStub(file, siteTarget);
      if (!stub) return true;
      if (warning) findings.warning(file.relative, 1, warning);
      register(stub);
      stubs.push(stub);
      return false;
    });
    progress = unresolved.length < pending.length;
    pending = unresolved;
  }
  // What names no page or post may still be an address Hugo made (a tag, a feed, a list's page N): it is looked up
  // when a reader asks for the stub (lib/redirects.ts). Not another stub's: two that name each other lead nowhere.
  const stubAddresses = new Set(pending.map(pathFromFileName));
  for (const file of pending) {
    const { warning, unplaced } = readStub(file, siteTarget);
    const path = pathFromFileName(file);
    if (unplaced && path && !stubAddresses.has(foldedSitePath(unplaced))) {
      stubs.push(stubOf(file, path, unplaced));
    }
    findings.warning(file.relative, 1, warning ?? "");
  }
  return stubs;
}

const foldedSitePath = (sitePath: string) => `/${foldPermalink(sitePath)}/`;

/**
 * The scheme of an address a browser's refresh does not follow (`javascript:`, `mailto:`), if `written` is one: it
 * leads nowhere, or somewhere unsafe.
 */
function unfollowedScheme(written: string): string | undefined {
  const scheme = schemeOf(written);
  return scheme && !/^https?$/i.test(scheme) ? scheme : undefined;
}

/** The path of this site a stub's local URL names, as written, in the language of its domain or else the stub's. */
function writtenSitePath(written: string, locale: Locale): string {
  return `/${oldSiteLocale(written) ?? locale}${new URL(written, "https://site.invalid").pathname}`;
}

/** A stub as read, with what is wrong in it; a stub without one leads nowhere (yet). */
function readStub(
  file: SourceFile,
  siteTarget: (href: string, locale: SourceFile["locale"]) => string | undefined,
): { stub?: Stub; warning?: string; unplaced?: string } {
  const refresh = writtenRefresh(file.absolute);
  const written = refresh && refreshAt(refresh, file.locale, `/${file.treePath ?? ""}`);
  const path = pathFromFileName(file);
  if (!written || !path) {
    return {
      warning:
        'a redirect stub names no URL but its own, so it is left out; write `<meta http-equiv="refresh" content="0; url=…">` with the address of the page meant',
    };
  }
  const local = namesThisSite(written);
  const scheme = unfollowedScheme(written);
  if (scheme) {
    // Hugo still published the address, so it answers here too: with the language's home.
    return {
      stub: stubOf(file, path, homePath(file.locale)),
      warning: `redirects to a ${scheme}: address, which a browser does not follow, so it leads to the home page; write the web address (https://…) of the page meant`,
    };
  }
  const target = local ? siteTarget(written, file.locale) : written;
  if (!target) {
    return {
      warning: `redirects to ${written}, which names no page or post of this site; unless it is a tag, a feed, a list page or a file beside a page, readers get the page-not-found page: fix the URL`,
      unplaced: local ? writtenSitePath(written, file.locale) : undefined,
    };
  }
  return { stub: stubOf(file, path, target) };
}

/** The URL a stub's refresh names, as written in the file. */
export const writtenRefresh = (absolute: string) => readRefresh(fs.readFileSync(absolute, "utf8"))?.url;

/**
 * A stub's refresh URL as a browser reads it at Hugo's copy of the stub (`copyPath` on `locale`'s domain): a relative
 * one from there. None where it names the copy itself, a page that would only reload.
 */
export function refreshAt(written: string, locale: Locale, copyPath: string): string | undefined {
  if (/^[#?]/.test(written)) return undefined;
  const resolved = resolvedOnOldSite(written, locale, copyPath);
  return resolved !== written && new URL(resolved).pathname === copyPath ? undefined : resolved;
}

/**
 * Where a stub's refresh leads from `locale`'s site, for a copy Hugo made of it there: the page of this site its
 * URL names, else the address it names (a list, a feed), an outside URL as written, or the home for an address no
 * browser follows.
 */
export function copiedStubTarget(
  written: string,
  locale: Locale,
  siteTarget: (href: string, locale: SourceFile["locale"]) => string | undefined,
): string {
  if (namesThisSite(written)) return siteTarget(written, locale) ?? writtenSitePath(written, locale);
  return unfollowedScheme(written) ? homePath(locale) : written;
}

/** A stub of the content at `path`, leading to `target`. */
const stubOf = (file: SourceFile, path: string, target: string): Stub => ({
  locale: file.locale,
  path,
  source: file.relative,
  treePath: file.treePath,
  target,
});

/**
 * A folder of `static/` holding an `index.html` is a page at the folder's
 * address wherever Hugo's site was hosted (`/join-our-team/positions/x/`). When
 * that file is a redirect to a page of this site, the address leads there;
 * otherwise to the file itself, served as it is, as Hugo's host served it.
 */
export function readStaticIndexes(
  staticDir: string | undefined,
  siteTarget: (href: string, locale: SourceFile["locale"]) => string | undefined,
): Stub[] {
  if (!staticDir) return [];
  const indexes = fs
    .readdirSync(staticDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === "index.html")
    .map((entry) => nodePath.relative(staticDir, entry.parentPath).split(nodePath.sep).join("/"))
    .filter(Boolean);
  return indexes.flatMap((folder) => {
    const file = nodePath.join(staticDir, folder, "index.html");
    const written = readRefresh(fs.readFileSync(file, "utf8"))?.url;
    return routing.locales.map((locale) => ({
      locale,
      path: `/${locale}/${foldPermalink(folder)}/`,
      source: nodePath.relative(nodePath.dirname(staticDir), file),
      target: (written && siteTarget(written, locale)) ?? `/${folder}/index.html`,
    }));
  });
}
