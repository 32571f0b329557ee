// One language's index as the build stores it and the server holds it: every
// term's postings (which entries have it, in which field, how often) in three
// typed arrays shared by all terms, each entry's field lengths in a fourth,
// and the terms in MiniSearch's radix tree (its public `SearchableMap`) for
// prefix and typo lookups. MiniSearch builds the index (lib/build/search-index.ts);
// lib/search/scorer.ts scores it as MiniSearch would, without its Maps of
// per-entry objects, which at 8,000 posts were most of the server's memory.
import type MiniSearch from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import { z } from "zod";
import { FIELDS } from "./options";

const FIELD_COUNT = FIELDS.length;

/** As stored: the terms in MiniSearch's order, and the arrays as base64 of little-endian 32-bit integers. */
export const storedIndexSchema = z.object({
  paths: z.array(z.string()),
  averageFieldLengths: z.array(z.number()).length(FIELD_COUNT),
  fieldLengths: z.string(),
  terms: z.array(z.string()),
  starts: z.string(),
  ids: z.string(),
  frequencies: z.string(),
});
export type StoredIndex = z.infer<typeof storedIndexSchema>;

export type HeldIndex = {
  /** Each term's number: its postings in field `f` are `ids`/`frequencies` from `starts[n * FIELDS.length + f]` to the next start. */
  terms: SearchableMap<number>;
  starts: Uint32Array;
  /** Entries by number (MiniSearch's short ids, 0 up), ascending within each term and field. */
  ids: Uint32Array;
  frequencies: Uint32Array;
  /** Entry paths by number. */
  paths: string[];
  /** Entry `e`'s length in field `f` at `e * FIELDS.length + f`, in words. */
  fieldLengths: Uint32Array;
  averageFieldLengths: number[];
};

const toBase64 = (values: ArrayLike<number>) => Buffer.from(Uint32Array.from(values).buffer).toString("base64");

function fromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, "base64");
  // A copy: Buffer.from may hand back a slice of a shared pool, not aligned for 32-bit reads.
  const aligned = new Uint8Array(bytes.length);
  aligned.set(bytes);
  return new Uint32Array(aligned.buffer);
}

/** What the build stores of a MiniSearch index it has just filled (nothing removed). */
export function storedIndexOf(index: MiniSearch): StoredIndex {
  const { documentIds, fieldIds, fieldLength, averageFieldLength, index: terms, documentCount } = index.toJSON();
  FIELDS.forEach((field, fieldId) => {
    if (fieldIds[field] !== fieldId) throw new Error(`search index: field ${field} is not number ${fieldId}`);
  });
  const paths = Array.from({ length: documentCount }, (_, id) => String(documentIds[id]));
  if (Object.keys(documentIds).length !== documentCount || paths.includes("undefined"))
    throw new Error("search index: entries are not numbered 0 up without gaps");
  const starts = [0];
  const ids: number[] = [];
  const frequencies: number[] = [];
  for (const [, fields] of terms) {
    for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) {
      // Object keys that are integers come in ascending order: the order MiniSearch added the entries in.
      for (const [id, frequency] of Object.entries(fields[fieldId] ?? {})) {
        ids.push(Number(id));
        frequencies.push(frequency);
      }
      starts.push(ids.length);
    }
  }
  return {
    paths,
    averageFieldLengths: averageFieldLength,
    // A field an entry lacks has length 0, as MiniSearch counts it (and no term of it).
    fieldLengths: toBase64(paths.flatMap((_, id) => FIELDS.map((_field, fieldId) => fieldLength[id]?.[fieldId] ?? 0))),
    terms: terms.map(([term]) => term),
    starts: toBase64(starts),
    ids: toBase64(ids),
    frequencies: toBase64(frequencies),
  };
}

export function holdIndex(stored: StoredIndex): HeldIndex {
  // Terms go into the tree in MiniSearch's own order, so prefix and typo lookups list them as MiniSearch's would.
  const terms = new SearchableMap<number>();
  stored.terms.forEach((term, number) => terms.set(term, number));
  return {
    terms,
    starts: fromBase64(stored.starts),
    ids: fromBase64(stored.ids),
    frequencies: fromBase64(stored.frequencies),
    paths: stored.paths,
    fieldLengths: fromBase64(stored.fieldLengths),
    averageFieldLengths: stored.averageFieldLengths,
  };
}
