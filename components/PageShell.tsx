import type { ReactNode } from "react";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

/** Header, main landmark and footer around every page of a language; `toggleHref` is this page in the other language. */
export function PageShell({ toggleHref, children }: { toggleHref: string; children: ReactNode }) {
  return (
    <>
      <SiteHeader toggleHref={toggleHref} />
      <main id="main" tabIndex={-1} className="container">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
