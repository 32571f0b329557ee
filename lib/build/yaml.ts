// YAML as each generator's parser read it. js-yaml reads YAML 1.2; Hugo 0.111
// read YAML with go-yaml v2 and Jekyll with Ruby's Psych, both YAML 1.1 in
// their own ways, and a tree they built must be read the same here:
// - `title: yes` is true, and `y`/`n`, `on`/`off` too where the parser said so;
// - Hugo's numbers as Go parses them (`010` is 8, `1_000` is 1000);
// - a merge key (`<<: *defaults`) merges;
// - a tag neither parser knew (`title: !important news`) is no reason to stop:
//   both read the value beneath it;
// - `\'` in a double-quoted string is a quote, as both parsers accepted it.
import yaml from "js-yaml";

export type Generator = "hugo" | "jekyll";

/** go-yaml v2's words for true and false, each in the three spellings it knew. */
const GO_BOOLEANS = new Map<string, boolean>(
  [
    ...["y", "yes", "true", "on"].map((word) => [word, true] as const),
    ...["n", "no", "false", "off"].map((word) => [word, false] as const),
  ].flatMap(([word, value]) =>
    [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()].map((spelling) => [spelling, value] as const),
  ),
);

function psychBoolean(word: string): boolean | undefined {
  if (/^(yes|true|on)$/i.test(word)) return true;
  if (/^(no|false|off)$/i.test(word)) return false;
  return undefined;
}

const BOOLEAN_OF: Record<Generator, (word: string) => boolean | undefined> = {
  hugo: (word) => GO_BOOLEANS.get(word),
  jekyll: psychBoolean,
};

const booleanType = (generator: Generator) =>
  new yaml.Type("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: (data: string | null) => data !== null && BOOLEAN_OF[generator](data) !== undefined,
    construct: (data: string) => BOOLEAN_OF[generator](data),
  });

// Go's `strconv.ParseInt(s, 0, 64)`, after go-yaml has removed every `_`.
const GO_INTEGER = /^[-+]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|[1-9][0-9]*|0)$/;
const GO_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

function goInteger(data: string): number | undefined {
  const plain = data.replace(/_/g, "");
  if (!/^[-+0-9]/.test(data) || !GO_INTEGER.test(plain)) return undefined;
  const negative = plain.startsWith("-");
  const digits = plain.replace(/^[-+]/, "");
  const prefixed = /^0[xXbBoO]/.exec(digits);
  const radix = prefixed
    ? { x: 16, b: 2, o: 8 }[digits[1].toLowerCase() as "x" | "b" | "o"]
    : /^0./.test(digits)
      ? 8
      : 10;
  const value = parseInt(prefixed ? digits.slice(2) : digits, radix);
  return negative ? -value : value;
}

const goIntegerType = new yaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data: string | null) => data !== null && goInteger(data) !== undefined,
  construct: (data: string) => goInteger(data),
});

const GO_SPECIAL_FLOATS = new Map<string, number>(
  [".inf", "+.inf", "-.inf", ".nan"].flatMap((word) => {
    const value = word === ".nan" ? NaN : word.startsWith("-") ? -Infinity : Infinity;
    const bare = word.replace(/^[-+]/, "");
    const sign = word.slice(0, word.length - bare.length);
    return [bare, bare[0] + bare[1].toUpperCase() + bare.slice(2), bare.toUpperCase()].map(
      (spelling) => [sign + spelling, value] as const,
    );
  }),
);

function goFloat(data: string): number | undefined {
  const special = GO_SPECIAL_FLOATS.get(data);
  if (special !== undefined) return special;
  // go-yaml reads a value that starts with `.` as Go reads a float; one with a digit or sign once `_` is removed.
  const plain = data.startsWith(".") ? data : data.replace(/_/g, "");
  return /^[-+0-9.]/.test(data) && GO_FLOAT.test(plain) ? Number(plain) : undefined;
}

const goFloatType = new yaml.Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (data: string | null) => data !== null && goFloat(data) !== undefined,
  construct: (data: string) => goFloat(data),
});

/** Any tag the parser did not know: the value beneath it, read as text, a list or a group of keys. */
const untagged = (["scalar", "sequence", "mapping"] as const).map(
  (kind) =>
    new yaml.Type("", {
      kind,
      multi: true,
      construct: (data: unknown) => (kind === "scalar" ? (data ?? "") : data),
    }),
);

const nullType = new yaml.Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (data: string | null) => data === null || ["", "~", "null", "Null", "NULL"].includes(data),
  construct: () => null,
});

// js-yaml merges the keys of a value whose key resolves to this tag.
const mergeKeyType = new yaml.Type("tag:yaml.org,2002:merge", {
  kind: "scalar",
  resolve: (data: string | null) => data === "<<",
});

const SCHEMAS: Record<Generator, yaml.Schema> = {
  hugo: yaml.FAILSAFE_SCHEMA.extend({
    implicit: [nullType, booleanType("hugo"), goIntegerType, goFloatType, mergeKeyType],
    explicit: untagged,
  }),
  // Psych reads a few numbers YAML 1.2 does not (`010` is 8, `1,000` is 1000); no editor of the department wrote one, and they stay as js-yaml reads them.
  jekyll: yaml.CORE_SCHEMA.extend({ implicit: [booleanType("jekyll"), mergeKeyType], explicit: untagged }),
};

/**
 * The line, from 0, that ends a YAML text's first document (`...`, or a second
 * `---`) where more is written after it. Both generators' parsers read the
 * first document alone and never the rest, which js-yaml would refuse.
 */
export function endOfFirstDocument(text: string): number | undefined {
  const lines = text.split("\n");
  const isWritten = (line: string) => line.trim() !== "" && !line.trimStart().startsWith("#");
  let begun = false;
  for (const [index, line] of lines.entries()) {
    const marker = /^(---|\.\.\.)(?=\s|$)/.exec(line)?.[1];
    if (marker && (begun || marker === "...")) return lines.slice(index + 1).some(isWritten) ? index : undefined;
    if (!marker && isWritten(line) && !line.startsWith("%")) begun = true;
  }
  return undefined;
}

/**
 * Reads YAML as `generator` did: its first document alone. A key written twice keeps its last value, as
 * both did; dates stay the text the editor wrote, so no time zone can shift them.
 * Throws js-yaml's `YAMLException` where the generator would have stopped too.
 */
export function readYamlText(text: string, generator: Generator): unknown {
  const end = endOfFirstDocument(text);
  let source = end === undefined ? text : text.split("\n").slice(0, end).join("\n");
  for (;;) {
    try {
      return yaml.load(source, { schema: SCHEMAS[generator], json: true });
    } catch (error) {
      const at = error instanceof yaml.YAMLException ? (error.mark?.position ?? -1) : -1;
      // js-yaml knows no `\'` escape; both generators' parsers read it as `'`.
      if (at < 1 || source[at] !== "'" || source[at - 1] !== "\\") throw error;
      source = source.slice(0, at - 1) + source.slice(at);
    }
  }
}
