import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { Card } from "@/lib/content";
import { linkHref } from "@/lib/urls";

type NamedLink = { name: string; href?: string };

function Named({ entry, locale }: { entry: NamedLink; locale: Locale }) {
  return entry.href ? <a href={linkHref(locale, entry.href)}>{entry.name}</a> : <>{entry.name}</>;
}

/**
 * What an older product record holds, under its card's description: its
 * second paragraph and call to action, its product, contacts, partners and links.
 */
export async function RecordDetails({ record, title }: { record: NonNullable<Card["record"]>; title: string }) {
  const t = await getTranslations("Pages.record");
  // A record's links to pages of this site are site paths, written for the reader's domain.
  const locale = await getLocale();
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
          <Named entry={record.action} locale={locale} />
        </p>
      )}
      {record.productUrl && (
        <p>
          <a href={linkHref(locale, record.productUrl)}>
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
                  <Named entry={entry} locale={locale} />
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
