import { describe, expect, it } from "vitest";
import { renderBody, visibleText } from "@/lib/build/render";
import { snippetOf } from "@/lib/search/snippet";
import { termOf } from "@/lib/search/terms";
import { quietContext } from "./render-context";

// A search result's snippet is what a reader sees in the post: not the labels
// only screen readers hear, and never two words run together where blocks met.

const snippetText = (locale: "en" | "fr", body: string, word: string) => {
  const text = visibleText(renderBody(body, "markdown", quietContext(locale)));
  return snippetOf(locale, text, new Set([termOf(locale, word) ?? word]))
    .map((part) => part.text)
    .join("");
};

describe("search snippets", () => {
  it("leave out a new-window link's screen-reader label and part words where paragraphs meet", () => {
    const body = 'Try our <a href="https://example.com/" target="_blank">products</a>\n\nOne of our tools helps.';
    const snippet = snippetText("en", body, "tools");
    expect(snippet).toBe("Try our products One of our tools helps");
    expect(snippet).not.toContain("new window");
  });

  it("part the words of list items, headings and line breaks", () => {
    const body = "## Steps\n- Plan\n- Build  \nthen ship\n\n<p>Mesurer<br>ensuite</p>";
    expect(visibleText(renderBody(body, "markdown", quietContext("fr")))).toBe(
      "Steps Plan Build then ship Mesurer ensuite",
    );
  });

  it("keep French no-break spaces as the page shows them", () => {
    expect(visibleText(renderBody("Une question ?", "markdown", quietContext("fr")))).toBe("Une question\u202f?");
  });
});
