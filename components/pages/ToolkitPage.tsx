import { getLocale, getTranslations } from "next-intl/server";
import type { Page, PageView } from "@/lib/content";
import { feedbackUrl } from "@/lib/config";
import { feedbackHref, linkHref } from "@/lib/urls";
import { Picture } from "../Picture";
import { PageCards } from "./PageCards";
import { ProductCards } from "./ProductCards";

type ToolkitView = Extract<PageView, { layout: "landing" | "list" | "sub-list" | "single" }>;

/** A page of the Service and Digital Toolkit, as its layout (landing, list, sub-list, single) shows it. */
export async function ToolkitPage({ page, view, body }: { page: Page; view: ToolkitView; body: string }) {
  const t = await getTranslations("Toolkit");
  const locale = await getLocale();
  const form = feedbackUrl();
  const title = view.hero?.title ?? page.title;
  return (
    <div className={`toolkit toolkit-${view.layout}`}>
      {view.topics.length > 0 && (
        <nav className="toolkit-topics" aria-labelledby="toolkit-topics">
          <h2 id="toolkit-topics">{t("topics")}</h2>
          <ul>
            {view.topics.map((topic) => (
              <li key={topic.path}>
                <a href={linkHref(locale, topic.path)} aria-current={topic.path === page.path ? "page" : undefined}>
                  {topic.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <article className="page">
        <h1>{title}</h1>
        {view.lead && <p className="lead">{view.lead}</p>}
        {view.hero && (
          <div className="toolkit-hero">
            <div className="prose" dangerouslySetInnerHTML={{ __html: view.hero.html }} />
            {view.hero.image && <Picture src={view.hero.image.src} alt={view.hero.image.alt} layout="hero" first />}
          </div>
        )}
        {view.contents.length > 0 && (
          <nav className="on-this-page" aria-labelledby="on-this-page">
            <h2 id="on-this-page">{t("onThisPage")}</h2>
            <ul>
              {view.contents.map((heading) => (
                <li key={heading.id} className={`level-${heading.level}`}>
                  <a href={`#${heading.id}`}>{heading.text}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {body.trim() && <div className="prose" dangerouslySetInnerHTML={{ __html: body }} />}
        {view.cards.length > 0 && (
          <section aria-labelledby="toolkit-cards">
            <h2 id="toolkit-cards">{view.layout === "landing" ? t("topics") : t("inThisTopic")}</h2>
            <PageCards cards={view.cards} headingLevel={3} />
          </section>
        )}
        {view.tools.length > 0 && (
          <section aria-labelledby="toolkit-tools">
            <h2 id="toolkit-tools">{t("tools")}</h2>
            <ProductCards products={view.tools} headingLevel={3} />
          </section>
        )}
        {view.posts.length > 0 && (
          <section aria-labelledby="toolkit-posts">
            <h2 id="toolkit-posts">{t("posts")}</h2>
            <PageCards cards={view.posts} headingLevel={3} />
          </section>
        )}
        {(view.layout === "list" || view.layout === "sub-list") && (
          <aside className="toolkit-feedback" aria-labelledby="toolkit-feedback">
            <h2 id="toolkit-feedback">{t("feedbackTitle")}</h2>
            <p>{t("feedbackText")}</p>
            {form && <a href={feedbackHref(form, page.path)}>{t("feedbackLink")}</a>}
          </aside>
        )}
        {view.date && (
          <p className="toolkit-date">
            {t("reviewed")} <time dateTime={view.date}>{view.date}</time>
          </p>
        )}
      </article>
    </div>
  );
}
