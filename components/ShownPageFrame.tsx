import type { ShownPage } from "@/lib/page-kinds/kind";
import { PageShell } from "./PageShell";

/** Any kind of page in the shell every page of a language has: header and toggle, its content, Date modified, footer. */
export async function ShownPageFrame({ shown }: { shown: ShownPage }) {
  return (
    <PageShell toggleHref={shown.toggle} query={shown.query} path={shown.path} modified={shown.modified}>
      {await shown.content()}
    </PageShell>
  );
}
