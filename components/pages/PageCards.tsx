import { getLocale } from "next-intl/server";
import type { Card } from "@/lib/content";
import { linkHref } from "@/lib/urls";
import { Picture } from "../Picture";
import { RecordDetails } from "./RecordDetails";

/** Cards that lead to pages of this site: toolkit topics, a topic's pages, job postings, posts. */
export async function PageCards({ cards, headingLevel }: { cards: Card[]; headingLevel: 2 | 3 }) {
  const locale = await getLocale();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="cards">
      {cards.map((card) => (
        <li key={card.path} className="card">
          {/* Decorative: the title says what the card is. */}
          {card.image && <Picture src={card.image.src} alt="" layout="card" />}
          <Heading>
            <a href={linkHref(locale, card.path)}>{card.title}</a>
          </Heading>
          {card.record?.subtitle && (
            <p>
              <strong>{card.record.subtitle}</strong>
            </p>
          )}
          {card.description && <p>{card.description}</p>}
          {card.record && <RecordDetails record={card.record} title={card.title} />}
        </li>
      ))}
    </ul>
  );
}
