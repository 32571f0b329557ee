import { bodyOf, type Page } from "@/lib/content";

export function PageArticle({ page }: { page: Page }) {
  return (
    <article className="page">
      <h1 dangerouslySetInnerHTML={{ __html: page.titleHtml }} />
      <div className="prose" dangerouslySetInnerHTML={{ __html: bodyOf(page) }} />
    </article>
  );
}
