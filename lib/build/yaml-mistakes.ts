// What an editor must change where YAML cannot be read, in their words. The
// parser's own reasons name its grammar ("bad indentation of a mapping entry"
// is what `title: Next steps: a plan` gets), and the line it names is where it
// gave up, which for a quote or a list left open is lines below the mistake.
import type yaml from "js-yaml";

export type YamlMistake = {
  /** The line of the text, from 0, where the mistake is. */
  line: number;
  /** What is wrong and what to write instead, in one sentence. */
  words: string;
};

/** `key: value`, or `- value` in a list, as an editor writes a line. */
const KEY_LINE = /^\s*(?:-\s+)?(?:([^\s#:][^:#]*?)\s*:(?:[ \t]+|$))?(.*)$/;

/** Signs that YAML reads at the start of a value, where editors meant text (`*` and `&`, references, have their own reason). */
const SIGN_WORDS: Record<string, string> = {
  "[": "opens a list (end the line at its `]` if a list is meant)",
  "{": "opens a group of keys (end the line at its `}` if a group is meant)",
  "@": "YAML does not allow there",
  "`": "YAML does not allow there",
  "%": "starts a directive",
  "|": "starts a block of text on the lines below",
  ">": "starts a block of text on the lines below",
};

/** "the value of `title` starts with `[`, which opens a list; …", where the value starts with a sign. */
function startsWithSign(name: string, value: string): string | undefined {
  const sign = SIGN_WORDS[value[0]];
  const shown = value[0] === "`" ? "a backtick" : `\`${value[0]}\``;
  return sign && `${name} starts with ${shown}, which ${sign}; put the whole value in quotes`;
}

export function yamlMistake(text: string, error: yaml.YAMLException): YamlMistake {
  const lines = text.split(/\r?\n/);
  const at = Math.min(Math.max(error.mark.line, 0), Math.max(lines.length - 1, 0));
  const reason = error.reason;
  const valueOf = (line: number) => {
    const [, key, value = ""] = KEY_LINE.exec(lines[line] ?? "") ?? [];
    return { key, value: value.trim(), name: key ? `the value of \`${key}\`` : "the value" };
  };

  if (/within a (double|single) quoted scalar/.test(reason)) {
    const quote = reason.includes("double") ? '"' : "'";
    const line = lastLine(lines, at, (each) => opensQuoteLeftOpen(valueOf(each).value, quote)) ?? at;
    return {
      line,
      words: `${valueOf(line).name} opens a quote (${quote}) that is never closed; close it at the value's end`,
    };
  }
  if (/flow collection/.test(reason)) {
    const line = lastLine(lines, at, (each) => /^[[{]/.test(valueOf(each).value)) ?? at;
    return {
      line,
      words: `${valueOf(line).name} opens a list that is not closed on its line, or lacks a comma between items; end it with \`]\` and put an item holding a comma or quote in quotes`,
    };
  }
  if (/^bad indentation/.test(reason)) {
    const { key, value, name } = valueOf(at);
    const sign = key && startsWithSign(name, value);
    if (key && (value.startsWith('"') || value.startsWith("'"))) {
      return {
        line: at,
        words: `${name} goes on after its closing quote; put the whole value in quotes, writing a quote inside it as \\" between double quotes or '' between single quotes`,
      };
    }
    if (sign) return { line: at, words: sign };
    if (key && /:\s/.test(value))
      return { line: at, words: `${name} holds ": ", which starts a new key; put the whole value in quotes` };
    return { line: at, words: "this line is indented unlike the keys around it; line it up with them" };
  }
  if (/^can not read (a block mapping entry|an implicit mapping pair)/.test(reason)) {
    const line = lastLine(lines, at, (each) => lines[each].trim() !== "" && !KEY_LINE.exec(lines[each])?.[1]) ?? at;
    return {
      line,
      words:
        "this line is not `key: value`; add the colon after its key, or indent it under the key whose value it goes on with",
    };
  }
  if (/^end of the stream or a document separator/.test(reason)) {
    const words = /^\s*-(\s|$)/.test(lines[at] ?? "")
      ? "this line is a list item (`- …`) where a `key: value` line was expected; indent it under the key it belongs to"
      : "this line does not go on from the lines before it; make it a `key: value` line, or indent it under the key it belongs to";
    return { line: at, words };
  }
  if (/explicit mapping pair/.test(reason)) {
    return { line: at, words: "this line starts with `?`, which YAML reads as a sign; put the text in quotes" };
  }
  if (/^a line break is expected/.test(reason)) {
    const { key, value, name } = valueOf(at);
    const sign = key && startsWithSign(name, value);
    if (sign) return { line: at, words: sign };
  }
  if (/^tab characters/.test(reason))
    return { line: at, words: "this line is indented with a tab; indent it with spaces" };
  if (/alias|anchor/.test(reason)) {
    const { name, value } = valueOf(at);
    const words = /^[*&]/.test(value)
      ? `${name} starts with \`${value[0]}\`, which YAML reads as a reference; put the whole value in quotes`
      : "a word on this line starts with `*` or `&`, which YAML reads as a reference; put that text in quotes";
    return { line: at, words };
  }
  if (/escape sequence|hexadecimal character/.test(reason)) {
    return {
      line: at,
      words:
        "a value in double quotes holds a backslash that is not an escape YAML knows; write it twice (\\\\) or put the value in single quotes",
    };
  }
  if (/non-printable|null byte/.test(reason)) {
    return { line: at, words: "this line holds an invisible control character; type the line again" };
  }
  return { line: at, words: `YAML cannot read it (${reason}); fix it` };
}

/** The last line from `at` up that `test` holds for. */
function lastLine(lines: readonly string[], at: number, test: (line: number) => boolean): number | undefined {
  for (let line = at; line >= 0; line -= 1) if (test(line)) return line;
  return undefined;
}

/** Whether a value starts with `quote` and its line does not close it. */
function opensQuoteLeftOpen(value: string, quote: string): boolean {
  if (!value.startsWith(quote)) return false;
  const rest = value.slice(1);
  // A double quote closes unless a backslash escapes it; a single quote closes unless it is doubled.
  return quote === '"' ? !/(^|[^\\])(\\\\)*"/.test(rest) : !rest.replace(/''/g, "").includes("'");
}
