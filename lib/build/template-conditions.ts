// The expressions of a Hugo template, as far as the department's templates
// wrote them: a value (`.Params.leverId`), a literal, or `and`, `or`, `not`,
// `eq`, `ne`, `gt`, `lt`, `ge`, `le`, `len`, `isset`, `where`, `first` and `last` on them
// (`and (.Params.leverId) (eq .Params.archived false)`, `gt (len (where .Pages
// ".Params.linkHidden" "==" false)) 0`). Anything else is not read, and the
// template that holds it is not run (lib/build/template-runner.ts).

import { isRecord } from "./frontmatter";

const FUNCTIONS = [
  "and",
  "or",
  "not",
  "eq",
  "ne",
  "gt",
  "lt",
  "ge",
  "le",
  "len",
  "isset",
  "where",
  "first",
  "last",
] as const;
/** `where`'s tests of equality, as Hugo spells them; its others (`in`, `>`, `intersect`) are not read. */
const EQUAL = ["=", "==", "eq"];
const UNEQUAL = ["!=", "<>", "ne"];
type FunctionName = (typeof FUNCTIONS)[number];

export type Condition =
  | { kind: "field"; name: string }
  | { kind: "literal"; value: unknown }
  | { kind: "call"; name: FunctionName; args: Condition[] };

const isFunctionName = (word: string): word is FunctionName => FUNCTIONS.some((name) => name === word);

/** Reads an expression, or undefined where it uses what this site does not read; `isField` says which values it reads. */
export function parseCondition(text: string, isField: (word: string) => boolean): Condition | undefined {
  const words = text.match(/\(|\)|"(?:[^"\\]|\\.)*"|[^\s()]+/g) ?? [];
  let at = 0;
  const operand = (): Condition | undefined => {
    const word = words[at++];
    if (word === undefined) return undefined;
    if (word === "(") {
      const inner = sequence();
      return words[at++] === ")" ? inner : undefined;
    }
    if (isField(word)) return { kind: "field", name: word };
    if (word === "true" || word === "false") return { kind: "literal", value: word === "true" };
    if (/^-?\d+(\.\d+)?$/.test(word)) return { kind: "literal", value: Number(word) };
    // Go's escapes (`\"`, `\\`) stand for the character after them.
    if (word.startsWith('"')) return { kind: "literal", value: word.slice(1, -1).replace(/\\(.)/g, "$1") };
    return undefined;
  };
  const sequence = (): Condition | undefined => {
    const first = words[at];
    if (first === undefined || !isFunctionName(first)) return operand();
    at += 1;
    const args: Condition[] = [];
    while (at < words.length && words[at] !== ")") {
      const arg = operand();
      if (!arg) return undefined;
      args.push(arg);
    }
    if (args.length === 0) return undefined;
    if (first === "where" && !isReadableWhere(args)) return undefined;
    return { kind: "call", name: first, args };
  };
  const condition = sequence();
  return condition && at === words.length ? condition : undefined;
}

/** Go's templates: false, 0, nothing and empty are false. */
export const isTruthy = (value: unknown) =>
  !(value === undefined || value === null || value === false || value === 0 || value === "") &&
  !(Array.isArray(value) && value.length === 0);

/** Hugo's `eq`: values of one kind compared; of two kinds (nothing against `false`), not equal. */
const same = (a: unknown, b: unknown) => typeof a === typeof b && a === b;

/** The keys of a page `where` reads: its front matter's, and those of a page this site knows (lib/build/template-runner.ts). */
const WHERE_KEY = /^\.?(Params\.[\w-]+|Title|Description|Section|Permalink|RelPermalink)$/i;

/** `where list "key" value` or `where list "key" "op" value`, with a key and a test of equality written as text. */
function isReadableWhere(args: readonly Condition[]): boolean {
  const literal = (arg: Condition | undefined) => (arg?.kind === "literal" ? arg.value : undefined);
  const key = literal(args[1]);
  if (typeof key !== "string" || !WHERE_KEY.test(key)) return false;
  if (args.length === 3) return true;
  const operator = literal(args[2]);
  return args.length === 4 && typeof operator === "string" && [...EQUAL, ...UNEQUAL].includes(operator);
}

/**
 * Hugo's `where`: the entries whose value at `key` (`.Params.x`, `Section`)
 * equals `wanted`, or not. An entry without the key is nothing, equal only to
 * nothing: `where .Pages ".Params.linkHidden" "==" false` leaves out a page
 * that does not say `linkHidden`.
 */
function where(list: unknown, key: unknown, operator: unknown, wanted: unknown): unknown[] {
  if (!Array.isArray(list) || typeof key !== "string") return [];
  const path = key.split(".").filter(Boolean);
  const nothing = (value: unknown) => value === undefined || value === null;
  const equal = (value: unknown) =>
    nothing(value) || nothing(wanted) ? nothing(value) === nothing(wanted) : same(value, wanted);
  return list.filter((entry) => equal(valueAt(entry, path)) === EQUAL.includes(String(operator)));
}

function valueAt(entry: unknown, path: readonly string[]): unknown {
  let found = entry;
  for (const name of path) {
    if (!isRecord(found)) return undefined;
    const key = keyNamed(found, name);
    found = key === undefined ? undefined : found[key];
  }
  return found;
}

/** Go's `len`: of a list, a map or a text; of anything else, nothing to count. */
function lengthOf(value: unknown): number {
  if (Array.isArray(value) || typeof value === "string") return value.length;
  return isRecord(value) ? Object.keys(value).length : 0;
}

/** Hugo's `gt`, `lt`, `ge`, `le`: numbers with numbers, texts with texts; anything else compares false. */
function compare(a: unknown, b: unknown, test: (order: number) => boolean): boolean {
  if (typeof a === "number" && typeof b === "number") return test(a - b);
  if (typeof a === "string" && typeof b === "string") return test(a < b ? -1 : a > b ? 1 : 0);
  return false;
}

/** What a condition comes to, its values read by `valueOf`. */
export function evaluateCondition(condition: Condition, valueOf: (field: string) => unknown): unknown {
  if (condition.kind === "field") return valueOf(condition.name);
  if (condition.kind === "literal") return condition.value;
  const args = condition.args.map((arg) => evaluateCondition(arg, valueOf));
  switch (condition.name) {
    case "and": {
      const falsy = args.findIndex((value) => !isTruthy(value));
      return falsy < 0 ? args.at(-1) : args[falsy];
    }
    case "or":
      return args.find(isTruthy) ?? args.at(-1);
    case "not":
      return !isTruthy(args[0]);
    case "eq":
      return args.slice(1).some((value) => same(args[0], value));
    case "ne":
      return !same(args[0], args[1]);
    case "gt":
      return compare(args[0], args[1], (order) => order > 0);
    case "lt":
      return compare(args[0], args[1], (order) => order < 0);
    case "ge":
      return compare(args[0], args[1], (order) => order >= 0);
    case "le":
      return compare(args[0], args[1], (order) => order <= 0);
    case "len":
      return lengthOf(args[0]);
    case "where":
      return args.length === 3 ? where(args[0], args[1], "==", args[2]) : where(args[0], args[1], args[2], args[3]);
    case "first":
    case "last": {
      // Hugo's `first 2 .Pages`: so many items from the start of a list, or its end.
      const [count, list] = args;
      if (typeof count !== "number" || !Array.isArray(list)) return undefined;
      return condition.name === "first" ? list.slice(0, count) : list.slice(Math.max(0, list.length - count));
    }
    case "isset": {
      const [map, key] = args;
      return isRecord(map) && typeof key === "string" && keyNamed(map, key) !== undefined;
    }
  }
}

/** The key of `map` that is `name` as Hugo reads front-matter keys, without regard to case. */
export const keyNamed = (map: Readonly<Record<string, unknown>>, name: string) =>
  Object.keys(map).find((each) => each.toLowerCase() === name.toLowerCase());
