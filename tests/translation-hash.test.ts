// The hash a translation records of its original changes with its words,
// numbers and link targets, and with nothing else.
import { describe, expect, it } from "vitest";
import { originalHash, type OriginalText } from "@/lib/build/translation-hash";

const original: OriginalText = {
  title: "Notify sent 12 million messages",
  description: "What we learned in a year.",
  body: "Our team sent *12 million* messages.\n\nRead [the report](https://example.gc.ca/report) for more.\n",
  format: "markdown",
};
const hash = originalHash(original);
const withBody = (body: string) => originalHash({ ...original, body });

describe("the original's hash", () => {
  it("is short and stable", () => {
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(originalHash({ ...original })).toBe(hash);
  });

  it("ignores white space, line breaks and no-break spaces", () => {
    expect(
      withBody(
        "Our   team sent *12 million*\nmessages.\n\n\n\nRead [the report](https://example.gc.ca/report)\u00a0for more.",
      ),
    ).toBe(hash);
  });

  it("ignores the emphasis style", () => {
    expect(
      withBody("Our team sent _12 million_ messages.\n\nRead [the report](https://example.gc.ca/report) for more."),
    ).toBe(hash);
    expect(
      withBody("Our team sent **12 million** messages.\n\nRead [the report](https://example.gc.ca/report) for more."),
    ).toBe(hash);
  });

  it("reads an HTML body and the same words in markdown alike", () => {
    expect(
      originalHash({
        ...original,
        format: "html",
        body: '<p>Our team sent <em>12 million</em> messages.</p>\n<p>Read <a href="https://example.gc.ca/report">the report</a> for more.</p>',
      }),
    ).toBe(hash);
  });

  it("changes with a word, a number, a link target, the title or the description", () => {
    const changed = [
      withBody("Our team sent *12 million* emails.\n\nRead [the report](https://example.gc.ca/report) for more.\n"),
      withBody("Our team sent *13 million* messages.\n\nRead [the report](https://example.gc.ca/report) for more.\n"),
      withBody("Our team sent *12 million* messages.\n\nRead [the report](https://example.gc.ca/report-2) for more.\n"),
      originalHash({ ...original, title: "Notify sent 13 million messages" }),
      originalHash({ ...original, description: "What we learned in two years." }),
    ];
    for (const other of changed) expect(other).not.toBe(hash);
    expect(new Set(changed).size).toBe(changed.length);
  });
});
