// Rendering bodies is most of a content build. A body's HTML depends only on
// its source, format and language, and on the answers to what it asked while
// rendering (where a link leads, whether an image exists). Each render is kept
// with those answers, keyed by a hash of the rest; a later build reuses it
// when every answer is still the same, and replays the findings it made.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Locale } from "@/i18n/routing";
import { renderBody, summarize, visibleText, type BodyFormat, type RenderContext } from "./render";

const renderRecordSchema = z.object({
  html: z.string(),
  text: z.string(),
  summary: z.string(),
  lookups: z.array(
    z.object({
      kind: z.enum(["href", "picture"]),
      value: z.string(),
      answer: z.union([z.string(), z.null()]),
    }),
  ),
  findings: z.array(
    z.union([
      z.object({ kind: z.literal("sanitized"), removed: z.array(z.string()) }),
      z.object({ kind: z.enum(["noAlt", "remote", "missing"]), src: z.string() }),
      z.object({ kind: z.literal("form"), action: z.string(), line: z.number() }),
    ]),
  ),
});
const cacheFileSchema = z.object({ version: z.string(), records: z.array(z.tuple([z.string(), renderRecordSchema])) });

type RenderRecord = z.infer<typeof renderRecordSchema>;
type Finding = RenderRecord["findings"][number];

export type RenderedBody = Pick<RenderRecord, "html" | "text" | "summary">;

export function contentHash(...parts: Array<string | Buffer>): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex").slice(0, 32);
}

export class RenderCache {
  private readonly kept: Map<string, RenderRecord>;
  private readonly used = new Map<string, RenderRecord>();
  hits = 0;
  misses = 0;

  /** `version` names the renderer: a change to it (new code, new packages) starts a fresh cache. */
  constructor(
    private readonly file: string,
    readonly version: string,
  ) {
    const saved = fs.existsSync(file)
      ? cacheFileSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")))
      : undefined;
    this.kept = new Map(saved?.success && saved.data.version === version ? saved.data.records : []);
  }

  render(source: { body: string; format: BodyFormat; locale: Locale }, context: RenderContext): RenderedBody {
    const key = contentHash(source.format, source.locale, source.body);
    const known = this.kept.get(key) ?? this.used.get(key);
    if (known && stillHolds(known, context)) {
      this.hits++;
      this.used.set(key, known);
      for (const finding of known.findings) replay(finding, context);
      return known;
    }
    this.misses++;
    const record: RenderRecord = { html: "", text: "", summary: "", lookups: [], findings: [] };
    record.html = renderBody(source.body, source.format, recording(record, context));
    record.text = visibleText(record.html);
    record.summary = summarize(record.html);
    this.used.set(key, record);
    return record;
  }

  /** Keeps this build's renders only, so the cache does not grow with bodies long since edited. */
  save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify({ version: this.version, records: [...this.used] }));
  }
}

/** Renders without keeping anything: for checks and tests. */
export function renderOnce(source: { body: string; format: BodyFormat }, context: RenderContext): RenderedBody {
  const html = renderBody(source.body, source.format, context);
  return { html, text: visibleText(html), summary: summarize(html) };
}

function stillHolds(record: RenderRecord, context: RenderContext): boolean {
  return record.lookups.every(
    (lookup) =>
      ((lookup.kind === "href" ? context.rewriteHref(lookup.value) : context.servedPicture(lookup.value)) ?? null) ===
      lookup.answer,
  );
}

function recording(record: RenderRecord, context: RenderContext): RenderContext {
  const found = (finding: Finding) => {
    record.findings.push(finding);
    replay(finding, context);
  };
  return {
    locale: context.locale,
    rewriteHref: (href) => {
      const answer = context.rewriteHref(href);
      record.lookups.push({ kind: "href", value: href, answer: answer ?? null });
      return answer;
    },
    servedPicture: (src) => {
      const answer = context.servedPicture(src);
      record.lookups.push({ kind: "picture", value: src, answer: answer ?? null });
      return answer;
    },
    onSanitized: (removed) => found({ kind: "sanitized", removed }),
    onImageWithoutAlt: (src) => found({ kind: "noAlt", src }),
    onRemoteImage: (src) => found({ kind: "remote", src }),
    onMissingImage: (src) => found({ kind: "missing", src }),
    onForm: (action, line) => found({ kind: "form", action, line }),
  };
}

function replay(finding: Finding, context: RenderContext): void {
  if (finding.kind === "sanitized") context.onSanitized(finding.removed);
  else if (finding.kind === "form") context.onForm(finding.action, finding.line);
  else if (finding.kind === "noAlt") context.onImageWithoutAlt(finding.src);
  else if (finding.kind === "remote") context.onRemoteImage(finding.src);
  else context.onMissingImage(finding.src);
}
