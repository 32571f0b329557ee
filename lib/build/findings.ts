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

  error(file: string, line: number, message: string): void {
    this.all.push({ file, line, severity: "error", message });
  }

  warning(file: string, line: number, message: string): void {
    this.all.push({ file, line, severity: "warning", message });
  }

  get errors(): Finding[] {
    return this.all.filter((finding) => finding.severity === "error");
  }
}
