// Pairs each post and page with its translation: by `translationKey` in a
// Hugo tree, by `trans_url` in a Jekyll one (lib/content/links.ts reads it),
// else through the file that names it. Records how each pair was found so
// editors can be told what to tidy.
import { otherLocale, type Locale } from "@/i18n/routing";
import { resolveTransUrl } from "@/lib/content/links";
import { withoutLocale } from "@/lib/urls";
import type { Draft } from "./drafts";
import type { FindingList } from "./findings";

/** How one post or page was paired with its translation, for the translation report. */
export type Pairing = {
  kind: "post" | "page";
  locale: Locale;
  source: string;
  translation?: string;
  /** How `trans_url` found it: as written, once folded, by slug alone, or only through the other side. */
  match?: "exact" | "folded" | "slug" | "other-side";
  reciprocal: boolean;
};

export function pairTranslations(drafts: Draft[], findings: FindingList): void {
  warnSharedKeys(drafts, findings);
  for (const draft of drafts) {
    const key = draft.file.pairing === "translationKey" ? draft.meta.translationKey : undefined;
    const partner = key && drafts.find((other) => other.locale !== draft.locale && other.meta.translationKey === key);
    if (partner) draft.translation = { target: partner, match: "exact" };
  }
  // A Hugo page without a key pairs with the page at the same place in the other language's folder.
  for (const draft of drafts) {
    if (draft.translation || draft.kind !== "page" || draft.file.treePath === undefined) continue;
    const partner = drafts.find(
      (other) =>
        other.kind === "page" &&
        other.locale !== draft.locale &&
        other.file.treePath === draft.file.treePath &&
        !other.translation,
    );
    if (partner) {
      draft.translation = { target: partner, match: "exact" };
      partner.translation = { target: draft, match: "exact" };
    }
  }
  for (const draft of drafts) {
    if (draft.kind !== "page" || draft.file.treePath === undefined) continue;
    const partner = draft.translation?.target;
    if (!partner) {
      findings.warning(
        draft.file.relative,
        draft.raw.keyLine("translationKey"),
        `has no ${otherLocale(draft.locale)} translation; add one at the same path under content/${otherLocale(draft.locale)}/, or give both the same \`translationKey\``,
      );
    } else if (partner.translation?.target !== draft) {
      findings.warning(
        draft.file.relative,
        draft.raw.keyLine("translationKey"),
        `${partner.file.relative} is its translation but pairs with ${partner.translation?.target.file.relative ?? "nothing"}; give the pair a \`translationKey\` of its own`,
      );
    }
  }
  for (const draft of drafts) {
    const transUrl = draft.file.pairing === "trans_url" ? draft.meta.trans_url : undefined;
    if (!transUrl) continue;
    draft.translation = resolveTransUrl(drafts, draft, transUrl);
    const line = draft.raw.keyLine("trans_url");
    if (!draft.translation) {
      findings.warning(
        draft.file.relative,
        line,
        `trans_url ${transUrl} names no ${otherLocale(draft.locale)} post or page; fix it or remove it`,
      );
    } else if (draft.translation.match !== "exact") {
      const how =
        draft.translation.match === "folded"
          ? "only once its spelling is folded"
          : "only by its slug (the date differs)";
      findings.warning(
        draft.file.relative,
        line,
        `trans_url ${transUrl} finds ${draft.translation.target.file.relative} ${how}; write ${withoutLocale(draft.translation.target.path)}`,
      );
    }
  }
  // A post whose own trans_url is missing or broken still pairs with the post that names it.
  for (const draft of drafts) {
    if (draft.translation) continue;
    const namer = drafts.find((other) => other.translation?.target === draft);
    if (namer) {
      draft.translation = { target: namer, match: namer.translation?.match ?? "exact" };
      draft.pairedByOtherSide = true;
    }
  }
  for (const draft of drafts) {
    const partner = draft.translation?.target;
    if (draft.file.pairing !== "trans_url") continue;
    if (partner?.translation && partner.translation.target !== draft) {
      findings.warning(
        draft.file.relative,
        draft.raw.keyLine("trans_url"),
        `${partner.file.relative} is its translation but names ${partner.translation.target.file.relative}; make the pair name each other`,
      );
    }
  }
}

/**
 * A key names one page and its translation. Two pages of one language with
 * the same key (the 2024 CMS's test posts all said `my-trans-id`) cannot both
 * be paired: the translation toggles to one of them only, in Hugo as here.
 */
function warnSharedKeys(drafts: Draft[], findings: FindingList): void {
  const firstWithKey = new Map<string, Draft>();
  for (const draft of drafts) {
    const key = draft.file.pairing === "translationKey" ? draft.meta.translationKey : undefined;
    if (!key) continue;
    const first = firstWithKey.get(`${draft.locale}\0${key}`);
    if (!first) {
      firstWithKey.set(`${draft.locale}\0${key}`, draft);
      continue;
    }
    findings.warning(
      draft.file.relative,
      draft.raw.keyLine("translationKey"),
      `\`translationKey: ${key}\` is also the key of ${first.file.relative}, in the same language, so only one of them can be paired with its translation; give each its own key`,
    );
  }
}

export function pairingOf(draft: Draft): Pairing {
  const partner = draft.translation?.target;
  return {
    kind: draft.kind,
    locale: draft.locale,
    source: draft.file.relative,
    translation: partner?.file.relative,
    match: draft.pairedByOtherSide ? "other-side" : draft.translation?.match,
    reciprocal: !partner || partner.translation?.target === draft,
  };
}
