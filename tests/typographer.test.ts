// A Hugo tree's markdown reads as Hugo 0.111 printed it: each case below is
// what Debian's hugo wrote for the same line (Goldmark's typographer).
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { renderBody, type BodyFormat } from "@/lib/build/render";
import { quietContext } from "./render-context";

const shown = (body: string, format: BodyFormat = "markdown") =>
  parse(renderBody(body, format, quietContext("en"))).text.trim();

describe("quotes, dashes and ellipses as Hugo printed them", () => {
  const cases: Array<[string, string]> = [
    ["It's time, don't panic and we're done.", "It’s time, don’t panic and we’re done."],
    ['She said "hello" and left.', "She said “hello” and left."],
    ["A 'single quoted' phrase.", "A ‘single quoted’ phrase."],
    ["The '90s were great, 'twas fun, rock 'n' roll.", "The ’90s were great, ’twas fun, rock ’n’ roll."],
    ["Dashes -- en and --- em and ---- four.", "Dashes – en and — em and —- four."],
    ["Wait... for it.", "Wait… for it."],
    ["Nested \"quote 'inner' here\".", "Nested “quote ‘inner’ here”."],
    ['Quote after emphasis *word*" and "*before emphasis*".', 'Quote after emphasis word" and “before emphasis”.'],
    ['Code `don\'t "touch"` stays.', 'Code don\'t "touch" stays.'],
    ['Ending with a quote: "', 'Ending with a quote: "'],
    ["Numbers 5'10\" tall.", "Numbers 5'10\" tall."],
    ["Possessive CDS' work and students' ideas.", "Possessive CDS’ work and students’ ideas."],
    ["Escaped \\\"quote\\\" and \\'single\\'.", "Escaped \"quote\" and 'single'."],
    [
      "Not \\-\\- a dash, \\--- half, not \\.\\.\\. ellipsis, \\<\\< no.",
      "Not -- a dash, -– half, not ... ellipsis, << no.",
    ],
    [
      "Written as entities &quot;so&quot; it&#39;s &#45;&#45; &#46;&#46;&#46; &lt;&lt;.",
      'Written as entities "so" it\'s -- ... <<.',
    ],
    // Goldmark counted quotes left open over the whole page, not block by block.
    ["A 'quote' x\n\nB \"'nested'\"", "A ‘quote’ x\nB “’nested’”"],
    // Goldmark reads a block's last line without its line break: a closing quote there has nothing after it.
    ["He said \"'nested'\"", "He said “’nested'”"],
    ["He said \"'nested'\"\nmore", "He said “’nested’”\nmore"],
    ['"Hello," she said, "it\'s \'fine\'."', "“Hello,” she said, “it’s ‘fine’.”"],
  ];
  for (const [written, printed] of cases) {
    it(written, () => expect(shown(written)).toBe(printed));
  }

  it("leaves HTML bodies as written, as Hugo did, and sets Jekyll's markdown as kramdown did", () => {
    expect(shown('<p>It\'s "so" -- here</p>', "html")).toBe('It\'s "so" -- here');
    expect(shown('It\'s "so" -- here', "kramdown")).toBe("It’s “so” – here");
  });
});
