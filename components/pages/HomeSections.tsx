import { getLocale, getTranslations } from "next-intl/server";
import { bodyOf, pagesIn, type Page, type PageView } from "@/lib/content";
import { linkHref } from "@/lib/urls";
import { LatestPosts } from "../HomeContent";
import { ProductCards } from "./ProductCards";

/** A Hugo tree's home: its body, the latest posts or each section's products, and a closing word about the department. */
export async function HomeSections({ page, view }: { page: Page; view: Extract<PageView, { layout: "home" }> }) {
  const t = await getTranslations("Pages");
  const locale = await getLocale();
  const body = bodyOf(page);
  const about = pagesIn(locale).find((candidate) => candidate.view.layout === "about-us");
  return (
    <div className="home">
      {!/<h1[\s>]/.test(body) && <h1 dangerouslySetInnerHTML={{ __html: page.titleHtml }} />}
      <div className="prose" dangerouslySetInnerHTML={{ __html: body }} />
      {view.latestPosts && <LatestPosts />}
      {view.sections.map((section) => (
        <section key={section.title} className="product-section">
          <h2>{section.title}</h2>
          <ProductCards products={section.products} headingLevel={3} />
        </section>
      ))}
      <section className="about-department" aria-labelledby="about-department">
        <h2 id="about-department">{t("aboutDepartmentTitle")}</h2>
        <p>{t("aboutDepartment")}</p>
        {about && <a href={linkHref(locale, about.path)}>{t("aboutDepartmentLink")}</a>}
      </section>
    </div>
  );
}
