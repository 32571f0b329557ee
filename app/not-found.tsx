import type { Metadata } from "next";
import { BilingualPageEnd } from "@/components/BilingualPageEnd";
import { HtmlDocument } from "@/components/HtmlDocument";
import { NotFoundContent } from "@/components/NotFoundContent";
import { routing } from "@/i18n/routing";

export const metadata: Metadata = {
  title: "Page not found - Page introuvable",
};

/** Outside /en and /fr nothing tells which language the reader wants, so this 404 speaks both. */
export default function GlobalNotFound() {
  return (
    <HtmlDocument lang="en">
      <main id="main" className="container not-found-both">
        {routing.locales.map((locale) => (
          <NotFoundContent key={locale} locale={locale} />
        ))}
        <BilingualPageEnd />
      </main>
    </HtmlDocument>
  );
}
