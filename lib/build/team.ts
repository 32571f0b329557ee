// The team page of the department's Hugo site until 2021 (`layout: meet-the-team`
// or `our-team`) listed people from `data/team.yml`, not from its content: the
// leadership under `exec`, everyone else under `team`, grouped by role. Read
// here so the page shows who they were, as Hugo's template did.
import { z } from "zod";
import { routing, type Locale } from "@/i18n/routing";
import type { TeamView } from "@/lib/content/model";
import type { FindingList } from "./findings";

/** Hugo's `site.Data.team`: `data/team.yml` in every tree of the department, any format Hugo reads. */
export const TEAM_FILE = "data/team";

/** The layouts whose template listed `data/team.yml`. */
export const TEAM_LAYOUTS = ["meet-the-team", "our-team"] as const;

const optionalHandle = z.string().trim().optional().catch(undefined);
const memberSchema = z.object({
  name: z.string().trim().min(1),
  title: z.partialRecord(z.enum(routing.locales), z.string().trim()).catch({}),
  email: optionalHandle,
  twitter: optionalHandle,
  linkedin: optionalHandle,
  github: optionalHandle,
  /** A photo in the tree's `static/` (`/img/cds/name.jpg`); later files named one by hash on a host of their own. */
  "image-name": optionalHandle,
  archived: z.boolean().optional().catch(undefined),
});
type Member = z.infer<typeof memberSchema>;

export type Team = { leadership: Member[]; members: Member[] };

/** The people of `data/team.yml` as read, those marked `archived: true` left out, as the template left them out. */
export function teamFrom(file: unknown, relative: string, findings: FindingList): Team | undefined {
  const written = z
    .object({ exec: z.array(z.unknown()).optional(), team: z.array(z.unknown()).optional() })
    .safeParse(file);
  if (!written.success) {
    findings.warning(relative, 1, "holds no `exec` or `team` list of people; the team page lists no one");
    return undefined;
  }
  const people = (list: readonly unknown[] = [], key: string) =>
    list.flatMap((entry, index) => {
      const member = memberSchema.safeParse(entry);
      if (member.success) return member.data.archived === true ? [] : [member.data];
      findings.warning(relative, 1, `the ${key} entry ${index + 1} has no \`name\`; it is left out, give it one`);
      return [];
    });
  return { leadership: people(written.data.exec, "exec"), members: people(written.data.team, "team") };
}

/**
 * A profile written as a handle (`aaronsnow`, `@name`) or as a whole address:
 * the template put every value after its host, which broke the addresses
 * editors wrote whole; here each leads to the profile meant.
 */
function profile(host: string, written: string | undefined): string | undefined {
  if (!written) return undefined;
  return /^https?:\/\//i.test(written) ? written : `${host}${written.replace(/^@/, "")}`;
}

function personOf(member: Member, locale: Locale): TeamView["leadership"][number] {
  const links = [
    { kind: "email" as const, href: member.email && `mailto:${member.email}` },
    { kind: "twitter" as const, href: profile("https://twitter.com/", member.twitter) },
    { kind: "linkedin" as const, href: profile("https://www.linkedin.com/in/", member.linkedin) },
    { kind: "github" as const, href: profile("https://github.com/", member.github) },
  ].flatMap(({ kind, href }) => (href ? [{ kind, href }] : []));
  const photo = member["image-name"];
  return {
    name: member.name,
    role: member.title[locale] ?? member.title.en ?? "",
    links,
    ...(photo?.startsWith("/") ? { photo } : {}),
  };
}

/** The page's view: the leadership, then everyone else by role, roles in the order they first appear. */
export function teamView(team: Team, locale: Locale): TeamView {
  const roles = new Map<string, Member[]>();
  for (const member of team.members) {
    const key = member.title.en ?? member.title[locale] ?? "";
    roles.set(key, [...(roles.get(key) ?? []), member]);
  }
  return {
    layout: "team",
    leadership: team.leadership.map((member) => personOf(member, locale)),
    roles: [...roles.values()].map((members) => ({
      title: personOf(members[0], locale).role,
      people: members.map((member) => personOf(member, locale)),
    })),
  };
}
