// Whether each translation reflects the current version of its original
// (issue 24). A translation records the hash of the original it was made from
// (`translated_from`, lib/build/translation-hash.ts); the original of a pair is
// the side the other was stamped from, else the older one (by date, English
// first when both have the same). Works from the files alone: git only adds
// what changed (scripts/translations.ts) and, in a tree with no stamp at all,
// a guess from the dates of the last commits, which readers are never shown.
import path from "node:path";
import { routing, type Locale } from "@/i18n/routing";
import type { Modified } from "@/lib/content/model";
import type { Draft } from "./drafts";
import type { RawFile } from "./frontmatter";
import { originalHash, type OriginalText } from "./translation-hash";

export type TranslationState = "in step" | "behind" | "never stamped" | "untranslated";

export type TranslationPair = {
  original: Draft;
  /** Absent for a post or page with no translation. */
  translation?: Draft;
  state: TranslationState;
  /** The hash the translation records, and the original's now: hashed only to compare with a stamp (3 s on the real tree's 450 files, every build). */
  stamped?: string;
  current?: string;
  /** Only in a tree with no stamp at all, from git: which side changed last. A guess. */
  guess?: "original changed last" | "translation changed last";
};

/** The text of `draft` its translations are made from: title, description and body, nothing else of its front matter. */
export function originalTextOf(draft: Draft): OriginalText {
  return originalTextOfFile(draft.file.relative, draft.raw);
}

/** The same from a file's front matter and body as read (a version git holds, in scripts/lib/translation-diff.ts). */
export function originalTextOfFile(source: string, raw: RawFile): OriginalText {
  const field = (key: string) => {
    const value = raw.fields[key];
    return typeof value === "string" ? value : undefined;
  };
  return {
    title: field("title") ?? "",
    description: field("description"),
    body: raw.body,
    format: path.extname(source).toLowerCase() === ".html" ? "html" : "markdown",
  };
}

/**
 * Every post and page of `drafts` once: each pair with its state, and each
 * file without a translation. `lastCommit` gives a file's last commit date,
 * for the guess in a tree without stamps.
 */
export function translationPairs(
  drafts: readonly Draft[],
  lastCommit: (draft: Draft) => string | undefined = () => undefined,
): TranslationPair[] {
  const anyStamp = drafts.some((draft) => draft.meta.translated_from);
  const seen = new Set<Draft>();
  const pairs: TranslationPair[] = [];
  for (const draft of drafts) {
    if (seen.has(draft)) continue;
    seen.add(draft);
    const partner = draft.translation?.target;
    if (!partner || seen.has(partner)) {
      if (!partner) pairs.push({ original: draft, state: "untranslated" });
      continue;
    }
    seen.add(partner);
    const [original, translation] = roles(draft, partner);
    const stamped = translation.meta.translated_from;
    const current = stamped ? hashOf(original) : undefined;
    const state = !stamped ? "never stamped" : stamped === current ? "in step" : "behind";
    pairs.push({ original, translation, state, stamped, current, guess: anyStamp ? undefined : guess() });

    function guess(): TranslationPair["guess"] {
      const [originalAt, translationAt] = [lastCommit(original), lastCommit(translation)];
      if (!originalAt || !translationAt) return undefined;
      return Date.parse(originalAt) > Date.parse(translationAt) ? "original changed last" : "translation changed last";
    }
  }
  return pairs;
}

/** The hash a translation of `draft` records in `translated_from`. */
export function hashOf(draft: Draft): string {
  return originalHash(originalTextOf(draft));
}

/** [original, translation]: the side stamped is the translation; else the newer one, or the second language. */
function roles(one: Draft, other: Draft): [Draft, Draft] {
  const [oneStamped, otherStamped] = [Boolean(one.meta.translated_from), Boolean(other.meta.translated_from)];
  if (oneStamped !== otherStamped) return oneStamped ? [other, one] : [one, other];
  const [oneAt, otherAt] = [one.date?.instant, other.date?.instant];
  if (oneAt !== undefined && otherAt !== undefined && oneAt !== otherAt)
    return oneAt < otherAt ? [one, other] : [other, one];
  const order = (draft: Draft) => routing.locales.indexOf(draft.locale);
  return order(one) <= order(other) ? [one, other] : [other, one];
}

/** One side of a pair as the report shows it. */
export type TranslationSide = { source: string; absolute: string; locale: Locale; path: string; modified?: Modified };

/** A pair (or a file with no translation) as `npm run translations` lists it: plain data, no drafts. */
export type TranslationReport = Omit<TranslationPair, "original" | "translation"> & {
  original: TranslationSide;
  translation?: TranslationSide;
};

export function reportOf(pair: TranslationPair, modifiedOf: (draft: Draft) => Modified | undefined): TranslationReport {
  const side = (draft: Draft): TranslationSide => ({
    source: draft.file.relative,
    absolute: draft.file.absolute,
    locale: draft.locale,
    path: draft.path,
    modified: modifiedOf(draft),
  });
  return { ...pair, original: side(pair.original), translation: pair.translation && side(pair.translation) };
}

/** The finding for a translation behind its original: what changed when, and what to run once it is translated. */
export function behindMessage(pair: TranslationReport): string {
  const when = pair.original.modified ? ` on ${pair.original.modified.day}` : "";
  const file = pair.translation ? path.relative(process.cwd(), pair.translation.absolute) : "";
  return (
    `translates an older version of ${pair.original.source}, which changed${when}; ` +
    `bring this translation up to date, then run npm run translations:stamp -- ${file}`
  );
}
