import { getTranslations } from "next-intl/server";
import type { Card } from "@/lib/content";
import { PageCards } from "./PageCards";

/** The jobs section's postings, or a line saying there are none now. */
export async function CareersSection({ postings }: { postings: Card[] }) {
  const t = await getTranslations("Pages");
  return (
    <section aria-labelledby="job-openings">
      <h2 id="job-openings">{t("jobsTitle")}</h2>
      {postings.length > 0 ? <PageCards cards={postings} headingLevel={3} /> : <p>{t("noJobs")}</p>}
    </section>
  );
}
