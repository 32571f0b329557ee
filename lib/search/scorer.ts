// Scores a query over a HeldIndex exactly as MiniSearch 7.2 scores the same
// query over its own index (BM25+, its prefix and typo weights, its AND and OR,
// its order among equal scores), so results are the ones search always gave:
// tests/search-scorer.test.ts compares the two on thousands of queries. What
// differs is how: one flat array per set of matches, not a Map of an object per
// entry, so a word found in every post costs microseconds, not milliseconds.
import { BOOST, FIELDS } from "./options";
import type { HeldIndex } from "./postings";

/** A term as searched: whole, or also as the start of longer terms, or also with `fuzzy` letters wrong. */
export type TermQuery = { term: string; prefix?: boolean; fuzzy?: number };
export type Query = { combineWith: "AND" | "OR"; queries: Array<Query | TermQuery> };

/** The best entries a query found, best first, how many it found, and the index terms each matched (for its snippet). */
export type Ranked = {
  total: number;
  ids: number[];
  scores: number[];
  /** The index terms of the query that entry `id` has (in `field` only, if given). */
  termsOf: (id: number, field?: (typeof FIELDS)[number]) => string[];
};

const FIELD_COUNT = FIELDS.length;
const FIELD_BOOSTS = FIELDS.map((field) => BOOST[field]);
const ALL_FIELDS = FIELDS.map((_, field) => field);
// MiniSearch's defaults.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };

/** A set of matched entries in the order MiniSearch's Map would hold them, with their scores so far. */
class Matches {
  readonly order: number[] = [];
  readonly has: Uint8Array;
  readonly score: Float64Array;

  constructor(size: number) {
    this.has = new Uint8Array(size);
    this.score = new Float64Array(size);
  }

  add(id: number, score: number): void {
    if (this.has[id]) {
      this.score[id] += score;
    } else {
      this.has[id] = 1;
      this.order.push(id);
      this.score[id] = score;
    }
  }
}

/** One run of a query: whether it scores, and what its terms matched, for quality and snippets. */
type Run = {
  index: HeldIndex;
  scoring: boolean;
  /** Per term searched: the entries it found (the first `length` of `order`: OR appends to it later). */
  leaves: Array<{ source: string; order: number[]; length: number }>;
  /** Index terms matched, by number. */
  matched: Map<number, string>;
};

function addTerm(run: Run, matches: Matches, term: string, number: number | undefined, weight: number): void {
  if (number === undefined) return;
  const { starts, ids, frequencies, fieldLengths, averageFieldLengths, paths } = run.index;
  run.matched.set(number, term);
  for (let field = 0; field < FIELD_COUNT; field++) {
    const start = starts[number * FIELD_COUNT + field];
    const end = starts[number * FIELD_COUNT + field + 1];
    if (start === end) continue;
    if (!run.scoring) {
      for (let at = start; at < end; at++) matches.add(ids[at], 0);
      continue;
    }
    const { k, b, d } = BM25;
    const matching = end - start;
    const average = averageFieldLengths[field];
    const boost = FIELD_BOOSTS[field];
    // Written as MiniSearch writes it, operation for operation: the same floating-point score, the same ties.
    const inverseFrequency = Math.log(1 + (paths.length - matching + 0.5) / (matching + 0.5));
    for (let at = start; at < end; at++) {
      const frequency = frequencies[at];
      const length = fieldLengths[ids[at] * FIELD_COUNT + field];
      const raw = inverseFrequency * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / average)));
      matches.add(ids[at], weight * boost * raw);
    }
  }
}

function termMatches(run: Run, query: TermQuery): Matches {
  const { terms, paths } = run.index;
  const matches = new Matches(paths.length);
  addTerm(run, matches, query.term, terms.get(query.term), 1);
  const prefixed = query.prefix ? terms.atPrefix(query.term) : undefined;
  const near = query.fuzzy ? terms.fuzzyGet(query.term, query.fuzzy) : undefined;
  for (const [term, number] of prefixed ?? []) {
    const distance = term.length - query.term.length;
    if (!distance) continue;
    near?.delete(term);
    addTerm(run, matches, term, number, (WEIGHTS.prefix * term.length) / (term.length + 0.3 * distance));
  }
  for (const [term, [number, distance]] of near ?? []) {
    if (!distance) continue;
    addTerm(run, matches, term, number, (WEIGHTS.fuzzy * term.length) / (term.length + distance));
  }
  run.leaves.push({ source: query.term, order: matches.order, length: matches.order.length });
  return matches;
}

function either(a: Matches, b: Matches): Matches {
  for (const id of b.order) a.add(id, b.score[id]);
  return a;
}

function both(a: Matches, b: Matches): Matches {
  const combined = new Matches(a.has.length);
  for (const id of b.order) if (a.has[id]) combined.add(id, a.score[id] + b.score[id]);
  return combined;
}

function evaluate(run: Run, query: Query | TermQuery): Matches {
  if (!("queries" in query)) return termMatches(run, query);
  const results = query.queries.map((subquery) => evaluate(run, subquery));
  if (results.length === 0) return new Matches(run.index.paths.length);
  return results.reduce(query.combineWith === "AND" ? both : either);
}

/** How many of the query's distinct terms found each entry: MiniSearch multiplies the score by it. */
function qualityOf(run: Run): Uint16Array {
  const size = run.index.paths.length;
  const quality = new Uint16Array(size);
  const seenFor = new Int32Array(size).fill(-1);
  [...new Set(run.leaves.map((leaf) => leaf.source))].forEach((source, number) => {
    for (const leaf of run.leaves) {
      if (leaf.source !== source) continue;
      for (let at = 0; at < leaf.length; at++) {
        const id = leaf.order[at];
        if (seenFor[id] === number) continue;
        seenFor[id] = number;
        quality[id]++;
      }
    }
  });
  return quality;
}

function hasPosting(index: HeldIndex, number: number, id: number, fields: readonly number[]): boolean {
  for (const field of fields) {
    let low = index.starts[number * FIELD_COUNT + field];
    let high = index.starts[number * FIELD_COUNT + field + 1] - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (index.ids[middle] === id) return true;
      if (index.ids[middle] < id) low = middle + 1;
      else high = middle - 1;
    }
  }
  return false;
}

/**
 * The best `limit` entries `query` finds, best first, and how many it finds in
 * all. Entries for which `first` holds come before all others (the engine puts
 * an entry whose title is the query there). Only the `limit` best are put in
 * order: a common word finds thousands of entries, and sorting them all was
 * most of a search's cost.
 */
export function rank(index: HeldIndex, query: Query, limit = Infinity, first?: (id: number) => boolean): Ranked {
  const run: Run = { index, scoring: true, leaves: [], matched: new Map() };
  const matches = evaluate(run, query);
  const quality = qualityOf(run);
  const scores = matches.order.map((id) => matches.score[id] * (quality[id] || 1));
  // By score, and among equal scores in the order found: what MiniSearch's stable sort gives.
  const byRank = (a: number, b: number) => scores[b] - scores[a] || a - b;
  const positions = matches.order.map((_, position) => position);
  const leading = first ? positions.filter((position) => first(matches.order[position])) : [];
  const rest = leading.length ? positions.filter((position) => !first?.(matches.order[position])) : positions;
  const ordered = [...leading.sort(byRank), ...best(rest, scores, limit - leading.length, byRank)].slice(0, limit);
  return {
    total: matches.order.length,
    ids: ordered.map((position) => matches.order[position]),
    scores: ordered.map((position) => scores[position]),
    termsOf: (id, field) => {
      const fields = field ? [FIELDS.indexOf(field)] : ALL_FIELDS;
      return [...run.matched].filter(([number]) => hasPosting(index, number, id, fields)).map(([, term]) => term);
    },
  };
}

/** The `count` best of `positions` in order: those scoring at least the count-th best score, sorted. */
function best(positions: number[], scores: number[], count: number, byRank: (a: number, b: number) => number) {
  if (count <= 0) return [];
  if (positions.length <= count * 2) return positions.sort(byRank);
  // A typed array sorts numbers natively, many times faster than sorting with a comparison function.
  const ascending = Float64Array.from(positions, (position) => scores[position]).sort();
  const threshold = ascending[ascending.length - count];
  return positions
    .filter((position) => scores[position] >= threshold)
    .sort(byRank)
    .slice(0, count);
}

/** How many entries `query` finds, without scoring them. */
export function count(index: HeldIndex, query: Query): number {
  return evaluate({ index, scoring: false, leaves: [], matched: new Map() }, query).order.length;
}
