// The conditions of a Hugo template's `if` and `with`, as far as the
// department's templates wrote them: a value (`.Params.leverId`), or `and`,
// `or`, `not`, `eq`, `ne` and `isset` on values and literals
// (`and (.Params.leverId) (eq .Params.archived false)`). Anything else is not
// read, and the template that holds it is not run (lib/build/page-templates.ts,
// lib/build/shortcode-templates.ts).

import { isRecord } from "./frontmatter";

/** A value a template names: `.Title`, `.Description`, `.Content`, `.Params.x`, or `.` (what `with` holds). */
export const FIELD = /^(\.Title|\.Description|\.Content|\.Params\.[\w-]+|\.)$/;

const FUNCTIONS = ["and", "or", "not", "eq", "ne", "isset"] as const;
type FunctionName = (typeof FUNCTIONS)[number];

export type Condition =
  | { kind: "field"; name: string }
  | { kind: "literal"; value: unknown }
  | { kind: "call"; name: FunctionName; args: Condition[] };

const isFunctionName = (word: string): word is FunctionName => FUNCTIONS.some((name) => name === word);

/** Reads a condition, or undefined where it uses what this site does not read; `isField` says which values it reads. */
export function parseCondition(text: string, isField = (word: string) => FIELD.test(word)): Condition | undefined {
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
    return args.length > 0 ? { kind: "call", name: first, args } : undefined;
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
    case "isset": {
      const [map, key] = args;
      return isRecord(map) && typeof key === "string" && Object.keys(map).some((each) => sameKey(each, key));
    }
  }
}

/** Hugo reads front-matter keys without regard to case. */
export const sameKey = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
