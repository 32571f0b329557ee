import { getTranslations } from "next-intl/server";
import type { Card } from "@/lib/content";

type NamedLink = { name: string; href?: string };

function Named({ entry }: { entry: NamedLink }) {
  return entry.href ? <a href={entry.href}>{entry.name}</a> : <>{entry.name}</>;
}

/**
 * What an older product record holds, under its card's description: its
 * second paragraph and call to action, its product, contacts, partners and links.
 */
export async function RecordDetails({ record, title }: { record: NonNullable<Card["record"]>; title: string }) {
  const t = await getTranslations("Pages.record");
  const groups = [
    { label: t("contacts"), entries: record.contacts },
    { label: t("partners"), entries: record.partners },
    { label: t("links"), entries: record.links },
  ].filter((group) => group.entries.length > 0);
  return (
    <>
      {record.more && <p>{record.more}</p>}
      {record.action && (
        <p>
          <Named entry={record.action} />
        </p>
      )}
      {record.productUrl && (
        <p>
          <a href={record.productUrl}>
            {t("viewProduct")}
            <span className="visually-hidden">: {title}</span>
          </a>
        </p>
      )}
      {groups.length > 0 && (
        <dl className="record">
          {groups.map((group) => (
            <div key={group.label}>
              <dt>{group.label}</dt>
              {group.entries.map((entry, index) => (
                <dd key={`${entry.name}-${index}`}>
                  <Named entry={entry} />
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
