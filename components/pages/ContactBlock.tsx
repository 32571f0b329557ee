import { getTranslations } from "next-intl/server";

type Contact = { email?: string; newsletter?: string; linkedin?: string };

/** About's "Connect with us", from the tree's `data/contact.yml`. */
export async function ContactBlock({ contact }: { contact: Contact }) {
  const t = await getTranslations("Pages");
  return (
    <section className="contact" aria-labelledby="connect-with-us">
      <h2 id="connect-with-us">{t("connectTitle")}</h2>
      <ul>
        {contact.email && (
          <li>
            <a href={`mailto:${contact.email}`}>{t("email", { email: contact.email })}</a>
          </li>
        )}
        {contact.newsletter && (
          <li>
            <a href={contact.newsletter}>{t("newsletter")}</a>
          </li>
        )}
        {contact.linkedin && (
          <li>
            <a href={contact.linkedin}>{t("linkedin")}</a>
          </li>
        )}
      </ul>
    </section>
  );
}
