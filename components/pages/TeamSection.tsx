import { getTranslations } from "next-intl/server";
import { Picture } from "@/components/Picture";
import { pictureOf } from "@/lib/content";
import type { TeamView } from "@/lib/content/model";

type Person = TeamView["leadership"][number];

/** One person of the team: name, role, and the addresses `data/team.yml` gave, each naming the person to a screen reader. */
async function PersonCard({ person }: { person: Person }) {
  const t = await getTranslations("Pages");
  return (
    <li className="card">
      {/* The name beside it says who it is: the photo adds nothing a screen reader should repeat. */}
      {person.photo && pictureOf(person.photo) && <Picture src={person.photo} alt="" layout="card" />}
      <h3>{person.name}</h3>
      {person.role && <p>{person.role}</p>}
      {person.links.length > 0 && (
        <ul className="team-links">
          {person.links.map((link) => (
            <li key={link.kind}>
              <a href={link.href}>
                {t(`teamLink.${link.kind}`)}
                <span className="visually-hidden"> ({person.name})</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The team page's people (until 2021): its leadership, then everyone else under their role. */
export async function TeamSection({ view }: { view: TeamView }) {
  const t = await getTranslations("Pages");
  const groups = [
    ...(view.leadership.length > 0 ? [{ title: t("leadershipTitle"), people: view.leadership }] : []),
    ...view.roles,
  ];
  return groups.map((group, index) => (
    <section key={group.title} aria-labelledby={`team-group-${index}`}>
      <h2 id={`team-group-${index}`}>{group.title}</h2>
      <ul className="cards">
        {group.people.map((person) => (
          <PersonCard key={person.name} person={person} />
        ))}
      </ul>
    </section>
  ));
}
