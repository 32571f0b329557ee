// MiniSearch keeps, for every term and field, a Map from document to term
// frequency: at 8,000 posts that is over two million Map entries, most of the
// server's memory once search has run. Here the same postings are two typed
// arrays per term and field, which MiniSearch reads exactly as it reads its
// Maps (`size`, `keys()`, `get()`), so its scoring, and every result, is
// unchanged. The build writes them (lib/build/search-index.ts) beside an index
// serialized without its terms; loading puts them back under each term.
// MiniSearch keeps its terms in a private field, `_index`: this module is the
// one place that reaches it, MiniSearch is pinned (package.json), and the
// search tests compare results with an index loaded the ordinary way.
import MiniSearch, { type AsPlainObject, type Options } from "minisearch";
import { z } from "zod";

/** One term's postings in one field: the documents (MiniSearch's short ids, ascending) and how often each has it. */
export class FieldPostings {
  constructor(
    private readonly ids: Uint32Array,
    private readonly frequencies: Uint32Array,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  keys(): IterableIterator<number> {
    return this.ids.values();
  }

  get(id: number): number | undefined {
    let low = 0;
    let high = this.ids.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = this.ids[middle];
      if (found === id) return this.frequencies[middle];
      if (found < id) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}

/** As stored: `[term, fieldId, ids, frequencies]`, the two lists as base64 of little-endian 32-bit integers. */
export const storedPostingsSchema = z.array(z.tuple([z.string(), z.number(), z.string(), z.string()]));
export type StoredPostings = z.infer<typeof storedPostingsSchema>;

const toBase64 = (values: readonly number[]) => Buffer.from(Uint32Array.from(values).buffer).toString("base64");

function fromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, "base64");
  // A copy: Buffer.from may hand back a slice of a shared pool, not aligned for 32-bit reads.
  const aligned = new Uint8Array(bytes.length);
  aligned.set(bytes);
  return new Uint32Array(aligned.buffer);
}

/** An index as the build stores it: MiniSearch's own serialization without its terms, and the terms' postings. */
export type CompactIndex = { index: string; postings: StoredPostings };

export function compactIndex(index: MiniSearch): CompactIndex {
  const { index: terms, ...rest } = index.toJSON();
  const postings: StoredPostings = terms.flatMap(([term, fields]) =>
    Object.entries(fields).map(([fieldId, documents]): StoredPostings[number] => {
      // Object keys that are integers come in ascending order: the order MiniSearch added them in.
      const ids = Object.keys(documents).map(Number);
      return [term, Number(fieldId), toBase64(ids), toBase64(ids.map((id) => documents[id]))];
    }),
  );
  const withoutTerms: AsPlainObject = { ...rest, index: [] };
  return { index: JSON.stringify(withoutTerms), postings };
}

type TermIndex = { set(term: string, fields: Map<number, FieldPostings>): void };

function isTermIndex(value: unknown): value is TermIndex {
  return typeof value === "object" && value !== null && "set" in value && typeof value.set === "function";
}

export function loadCompactIndex<T>(stored: CompactIndex, options: Options<T>): MiniSearch<T> {
  const index = MiniSearch.loadJSON<T>(stored.index, options);
  const terms: unknown = Reflect.get(index, "_index");
  if (!isTermIndex(terms))
    throw new Error("MiniSearch no longer keeps its terms in `_index`: see lib/search/postings.ts");
  const byTerm = new Map<string, Map<number, FieldPostings>>();
  for (const [term, fieldId, ids, frequencies] of stored.postings) {
    const fields = byTerm.get(term) ?? new Map<number, FieldPostings>();
    fields.set(fieldId, new FieldPostings(fromBase64(ids), fromBase64(frequencies)));
    byTerm.set(term, fields);
  }
  for (const [term, fields] of byTerm) terms.set(term, fields);
  return index;
}
