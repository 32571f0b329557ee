// Hugo redirect stubs: files with no front matter that hold only
// `<meta http-equiv="refresh" content="0; url=…">`, in any spelling (refresh.ts). The editors meant a
// redirect, so the stub's address answers one: to the page of this site the
// URL names (often by its old absolute URL), or to an outside URL as written.
import fs from "node:fs";
import type { Stub } from "@/lib/content/model";
import { OLD_SITE_ORIGIN } from "@/lib/urls";
import { pathFromFileName } from "./drafts";
import type { FindingList } from "./findings";
import { readRefresh } from "./refresh";
import type { SourceFile } from "./tree";

/**
 * Every stub of `files`, its target resolved by `siteTarget` (the path of this
 * site a link names, if it names one).
 */
export function readStubs(
  files: readonly SourceFile[],
  siteTarget: (href: string, locale: SourceFile["locale"]) => string | undefined,
  findings: FindingList,
): Stub[] {
  return files.flatMap((file) => {
    if (file.kind !== "stub" || file.treePath === undefined) return [];
    const written = readRefresh(fs.readFileSync(file.absolute, "utf8"))?.url;
    const path = pathFromFileName(file);
    if (!written || !path) {
      findings.warning(
        file.relative,
        1,
        'a redirect stub names no URL; write `<meta http-equiv="refresh" content="0; url=…">`',
      );
      return [];
    }
    const local = written.startsWith("/") || OLD_SITE_ORIGIN.test(written);
    const target = local ? siteTarget(written, file.locale) : written;
    if (!target) {
      findings.warning(file.relative, 1, `redirects to ${written}, which no page of this site answers; fix the URL`);
      return [];
    }
    return [{ locale: file.locale, path, source: file.relative, target }];
  });
}
