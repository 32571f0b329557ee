// Hugo's template language as lib/build/template-runner.ts runs it, against what Hugo 0.111 printed for the same text.
import { describe, expect, it } from "vitest";
import { hugoValue, pageValue, runTemplate } from "@/lib/build/template-runner";

const page = (title: string, fields: Record<string, unknown>) =>
  pageValue({ title, path: `/en/jobs/${title.toLowerCase()}/`, section: "jobs", fields });
const root = hugoValue({
  Title: "Jobs",
  Params: { evergreen: true, T: "a value named T", tags: ["a", "b"] },
  Pages: [page("Listed", { linkHidden: false }), page("Hidden", { linkHidden: true }), page("Quiet", {})],
});
const run = (template: string) => runTemplate(template, root, { translate: (key) => `«${key}»`, chromePartials: true });

describe("a Hugo template, run", () => {
  it("takes the first true branch of an `if … else if … else` chain, closed by one `end`", () => {
    expect(run('{{ if eq .Title "x" }}A{{ else if .Params.evergreen }}B{{ else }}C{{ end }}.')).toBe("B.");
    expect(run('{{ if .Params.nothing }}A{{ else if eq .Title "x" }}B{{ else }}C{{ end }}.')).toBe("C.");
  });

  it("compares in `where` as Hugo does: a page without the key is neither `== false` nor `!= nothing`", () => {
    expect(run('{{ range where .Pages ".Params.linkHidden" "==" false }}{{ .Title }} {{ end }}')).toBe("Listed ");
    expect(run('{{ range where .Pages ".Params.linkHidden" "!=" true }}{{ .Title }} {{ end }}')).toBe("Listed Quiet ");
    expect(run('{{ range $i, $p := where .Pages "Section" "jobs" }}{{ $i }}:{{ $p.Title }} {{ end }}')).toBe(
      "0:Listed 1:Hidden 2:Quiet ",
    );
    expect(run('{{ len (where .Pages ".Params.linkHidden" "in" true) }}')).toBeUndefined();
  });

  it("prints `i18n` strings, nothing for a partial, a comment or a list, and does not run what it cannot read", () => {
    expect(run('<p>{{ i18n "openings" }}</p>{{ partial "menu.html" . }}<!-- {{ .Site.Data.x }} -->')).toBe(
      "<p>«openings»</p>",
    );
    expect(run('{{ eq .Params.T "a value named T" }} {{ .Params.tags }}|{{ gt (len .Params.tags) 1 }}')).toBe(
      "true |true",
    );
    // A partial that draws each listed page draws what this site cannot run; so does one in a shortcode.
    expect(run('{{ range .Pages }}{{ if .Title }}{{ partial "card.html" . }}{{ end }}{{ end }}')).toBeUndefined();
    expect(runTemplate('{{ partial "card.html" . }}', root)).toBeUndefined();
    expect(run("{{ .Summary }}")).toBeUndefined();
    expect(run("{{ range .Paginator.Pages }}{{ end }}")).toBeUndefined();
    expect(run("{{ if .Params.x }}unclosed")).toBeUndefined();
    expect(run("<p>{{ }}</p>{{- -}}")).toBeUndefined();
  });

  it("takes `first` and `last` items of a list, as Hugo's collections do", () => {
    expect(run("{{ range first 2 .Pages }}{{ .Title }} {{ end }}")).toBe("Listed Hidden ");
    expect(run("{{ range last 1 .Pages }}{{ .Title }} {{ end }}")).toBe("Quiet ");
    expect(run("{{ range first 5 .Pages }}{{ .Title }} {{ end }}")).toBe("Listed Hidden Quiet ");
  });

  it("says what stopped a template it does not run, as the template wrote it", () => {
    const stoppedBy = (template: string) => {
      let what: string | undefined;
      runTemplate(template, root, { chromePartials: true, onNotRead: (read) => (what = read) });
      return what;
    };
    expect(stoppedBy("<p>{{ .Summary }}</p>")).toBe("`.Summary`");
    expect(stoppedBy("{{ range after 2 .Pages }}{{ end }}")).toBe("`{{ range after 2 .Pages }}`");
    expect(stoppedBy("{{ range .Params.T }}{{ end }}")).toBe("a `range` over what is not a list");
    expect(stoppedBy("{{ if .Params.x }}unclosed")).toBe("an `if`, `with` or `range` with no `{{ end }}`");
    expect(stoppedBy("{{ .Title }}")).toBeUndefined();
  });
});
