import type { ReactNode } from "react";
import type { Modified } from "@/lib/content";
import { DateModified } from "./DateModified";
import { ReportProblem } from "./ReportProblem";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

/**
 * Header, main landmark and footer around every page of a language; `toggleHref`
 * is this page in the other language, `query` what the header's search box
 * shows, `path` its canonical path, `modified` when its content last changed.
 */
export function PageShell({
  toggleHref,
  query,
  path,
  modified,
  children,
}: {
  toggleHref: string;
  query?: string;
  path?: string;
  modified?: Modified;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader toggleHref={toggleHref} query={query} currentPath={path} />
      <main id="main" tabIndex={-1} className="container">
        {children}
        <ReportProblem path={path} />
        <DateModified modified={modified} />
      </main>
      <SiteFooter />
    </>
  );
}
