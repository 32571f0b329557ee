import { getTranslations } from "next-intl/server";
import { bodyOf, type Page } from "@/lib/content";
import { homePath } from "@/lib/urls";
import { Breadcrumbs } from "./Breadcrumbs";

export async function PageArticle({ page }: { page: Page }) {
  const crumbs = await getTranslations("Breadcrumbs");
  return (
    <>
      <Breadcrumbs trail={[{ label: crumbs("home"), href: homePath(page.locale) }]} current={page.title} />
      <article className="page">
        <h1 dangerouslySetInnerHTML={{ __html: page.titleHtml }} />
        <div className="prose" dangerouslySetInnerHTML={{ __html: bodyOf(page) }} />
      </article>
    </>
  );
}
