// HTML written as text, for the one page not rendered by React at request time
// (the search results, lib/search/results-html.ts): every value put in is
// escaped, as React escapes it, unless it is already Markup.

/** HTML this site made, safe to put in a page as it is. */
export class Markup {
  constructor(readonly html: string) {}

  toString(): string {
    return this.html;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

/** Text as it reads in an element or an attribute's quotes: nothing in it is ever markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

type Value = string | number | Markup | readonly Markup[] | false | null | undefined;

const asHtml = (value: Value): string =>
  value === false || value === null || value === undefined
    ? ""
    : value instanceof Markup
      ? value.html
      : Array.isArray(value)
        ? value.map((part: Markup) => part.html).join("")
        : escapeHtml(String(value));

/** `html\`<p>${text}</p>\``: the written markup as it is, each value escaped unless it is Markup (or a list of it); false and nothing show nothing. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  return new Markup(strings.reduce((written, string, index) => written + asHtml(values[index - 1]) + string));
}

/** Markup the build made safe already (a title's sanitized HTML). */
export const trusted = (sanitized: string): Markup => new Markup(sanitized);
