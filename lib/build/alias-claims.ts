// Two pages of a Hugo tree that name one alias: Hugo 0.111 wrote every alias
// after its pages, its pages' in their content tree's key order and then its
// sections', so the one it reached last kept the address (checked with
// Debian's hugo: the same page every build). Here too that page keeps the
// alias, the others lose it, and the editor is told where.
import path from "node:path";
import { foldPermalink } from "@/lib/urls";
import type { Draft } from "./drafts";
import type { FindingList } from "./findings";
import { isHugoFile, isSectionIndex, type SourceFile } from "./tree";

/** Each Hugo draft's aliases, with an alias another draft of its language also claims left to the one Hugo wrote last. */
export function withAliasClaimsSettled(drafts: Draft[], files: readonly SourceFile[], findings: FindingList): Draft[] {
  const keyOf = treeKeys(files);
  const claims = new Map<string, Draft[]>();
  for (const draft of drafts) {
    if (!isHugoFile(draft.file)) continue;
    for (const alias of new Set((draft.meta.aliases ?? []).map(foldPermalink).filter(Boolean))) {
      const claim = `${draft.locale}:${alias}`;
      claims.set(claim, [...(claims.get(claim) ?? []), draft]);
    }
  }
  const lost = new Map<Draft, Set<string>>();
  for (const [claim, claimants] of claims) {
    if (claimants.length < 2) continue;
    const alias = claim.slice(claim.indexOf(":") + 1);
    const kept = claimants.reduce((last, each) => (Buffer.compare(keyOf(each), keyOf(last)) > 0 ? each : last));
    for (const draft of claimants) {
      if (draft === kept) continue;
      lost.set(draft, (lost.get(draft) ?? new Set()).add(alias));
      findings.warning(
        draft.file.relative,
        draft.raw.keyLine("aliases"),
        `alias /${alias}/ is also an alias of ${kept.file.relative}, and Hugo wrote that page's redirect there last, so readers go to ${kept.path}; remove the alias from one of them`,
      );
    }
  }
  return drafts.map((draft) => {
    const gone = lost.get(draft);
    if (!gone) return draft;
    const aliases = draft.meta.aliases?.filter((alias) => !gone.has(foldPermalink(alias)));
    return { ...draft, meta: { ...draft.meta, aliases } };
  });
}

/**
 * A draft's place in the order Hugo wrote aliases, as bytes: every page first, by its key in Hugo's content tree
 * (its section, a top folder or a folder with an `_index`, then `__hb_` and its path below that section, in lower
 * case), then every section's own file, by its folder.
 */
function treeKeys(files: readonly SourceFile[]): (draft: Draft) => Buffer {
  const sections = new Set(
    files.flatMap((file) =>
      file.treePath !== undefined && isSectionIndex(file.treePath)
        ? [`${file.locale}:${path.posix.dirname(file.treePath).toLowerCase()}`]
        : [],
    ),
  );
  return (draft) => {
    const treePath = (draft.file.treePath ?? draft.file.postTreePath ?? draft.file.relative).toLowerCase();
    const folder = path.posix.dirname(treePath) === "." ? "" : path.posix.dirname(treePath);
    if (isSectionIndex(treePath)) return Buffer.from(`1/${folder}`);
    const page = path.posix.basename(treePath).startsWith("index.") ? folder : treePath.replace(/\.[^./]+$/, "");
    const ancestors = page.split("/").slice(0, -1);
    let depth = ancestors.length;
    while (depth > 1 && !sections.has(`${draft.locale}:${ancestors.slice(0, depth).join("/")}`)) depth--;
    const section = ancestors.slice(0, depth).join("/");
    const below = page.slice(section ? section.length + 1 : 0);
    return Buffer.from(`0${section ? `/${section}` : ""}/__hb_${below}`);
  };
}
