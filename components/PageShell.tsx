import type { ReactNode } from "react";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

/**
 * Header, main landmark and footer around every page of a language; `toggleHref`
 * is this page in the other language, `query` what the header's search box shows.
 */
export function PageShell({
  toggleHref,
  query,
  children,
}: {
  toggleHref: string;
  query?: string;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader toggleHref={toggleHref} query={query} />
      <main id="main" tabIndex={-1} className="container">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
