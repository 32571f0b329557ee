// A finding is one thing an editor must know about a content file, printed
// on one line as `path:line: severity: message` so editors and terminals can jump to it.
export type Severity = "error" | "warning";

export type Finding = { file: string; line: number; severity: Severity; message: string };

export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}: ${finding.severity}: ${finding.message}`;
}

/** Thrown when content cannot be built; its message is the list of findings, nothing more. */
export class ContentError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map(formatFinding).join("\n"));
    this.name = "ContentError";
  }
}

export class FindingList {
  readonly all: Finding[] = [];
  private readonly said = new Set<string>();

  error(file: string, line: number, message: string): void {
    this.add({ file, line, severity: "error", message });
  }

  warning(file: string, line: number, message: string): void {
    this.add({ file, line, severity: "warning", message });
  }

  /** Each finding once: a template shared by many pages (lib/build/page-templates.ts) is told of once. */
  private add(finding: Finding): void {
    const line = formatFinding(finding);
    if (this.said.has(line)) return;
    this.said.add(line);
    this.all.push(finding);
  }

  /** Each error `excuse` gives a reason for becomes a warning, with that reason after its message. */
  soften(excuse: (finding: Finding) => string | undefined): void {
    this.all.forEach((finding, index) => {
      const reason = finding.severity === "error" ? excuse(finding) : undefined;
      if (reason) this.all[index] = { ...finding, severity: "warning", message: `${finding.message} (${reason})` };
    });
  }

  get errors(): Finding[] {
    return this.all.filter((finding) => finding.severity === "error");
  }
}
