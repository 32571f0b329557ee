import { bodyOf, type Page } from "@/lib/content";
import { CareersSection } from "./pages/CareersSection";
import { ContactBlock } from "./pages/ContactBlock";
import { PageCards } from "./pages/PageCards";
import { TeamSection } from "./pages/TeamSection";
import { ToolkitPage } from "./pages/ToolkitPage";
import { TranslationNotice } from "./TranslationNotice";

/** A page: its title (unless its body opens with a heading of its own), its body, and what its layout adds. */
export function PageArticle({ page }: { page: Page }) {
  const body = bodyOf(page);
  const { view } = page;
  if (view.layout === "landing" || view.layout === "list" || view.layout === "sub-list" || view.layout === "single") {
    return <ToolkitPage page={page} view={view} body={body} />;
  }
  return (
    <article className="page">
      <TranslationNotice entry={page} />
      {!/<h1[\s>]/.test(body) && <h1 dangerouslySetInnerHTML={{ __html: page.titleHtml }} />}
      {view.layout === "careers" && page.description && <p className="lead">{page.description}</p>}
      {body.trim() && <div className="prose" dangerouslySetInnerHTML={{ __html: body }} />}
      {view.layout === "about-us" && view.contact && <ContactBlock contact={view.contact} />}
      {view.layout === "careers" && <CareersSection postings={view.postings} />}
      {view.layout === "section" && <PageCards cards={view.children} headingLevel={2} />}
      {view.layout === "team" && <TeamSection view={view} />}
    </article>
  );
}
