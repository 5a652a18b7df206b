/**
 * Inline suppressions in values files:
 *   # litellm-preflight-disable-next-line <rule-id>[, <rule-id>…] -- reason
 *   key: value  # litellm-preflight-disable-line <rule-id> -- reason
 *   # litellm-preflight-disable <rule-id>[, <rule-id>…] -- reason     (anywhere: the whole file)
 * A reason is required; a directive without one suppresses nothing and is reported, and so is
 * a directive that suppressed nothing.
 */
import type { SourceHandle } from "./source.ts";
import type { Finding } from "./types.ts";

export interface Directive {
  source: SourceHandle;
  /** 1-based line of the comment. */
  line: number;
  /** Character offsets of the comment, for locating it. */
  offsets: [number, number];
  /** The line it applies to; null for the whole file. */
  targetLine: number | null;
  ruleIds: string[];
  reason: string;
  used: boolean;
}

const DIRECTIVE = /#\s*litellm-preflight-disable(?:-(next-line|line))?(?![\w-])(.*)$/;

/** `isComment`: whether an offset is inside a YAML comment (a directive-shaped text inside a scalar is no directive). */
export function parseDirectives(source: SourceHandle, text: string, isComment: (text: string) => (offset: number) => boolean): Directive[] {
  if (!text.includes("litellm-preflight-disable")) return [];
  const comment = isComment(text);
  const directives: Directive[] = [];
  let lineStart = 0;
  for (let line = 1; lineStart <= text.length; line++) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const lineText = text.slice(lineStart, lineEnd).replace(/\r$/, "");
    const match = DIRECTIVE.exec(lineText);
    const start = lineStart;
    lineStart = lineEnd + 1;
    if (!match || !comment(start + match.index)) continue;
    const [body = "", reason = ""] = (match[2] ?? "").split(/\s--\s?/, 2);
    directives.push({
      source,
      line,
      offsets: [start + match.index, start + lineText.length],
      targetLine: match[1] === "line" ? line : match[1] === "next-line" ? line + 1 : null,
      ruleIds: body.split(/[\s,]+/).filter(Boolean),
      reason: reason.trim(),
      used: false,
    });
  }
  return directives;
}

/** Marks suppressed findings; only well-formed directives suppress. */
export function applyDirectives(findings: Finding[], directives: Directive[]): void {
  if (directives.length === 0) return;
  // By file and target line (null: the whole file), in their order: each finding looks only at the
  // directives of its own line and file (every directive for every finding was quadratic).
  const byPlace = new Map<string, Map<number | null, Directive[]>>();
  const order = new Map(directives.map((directive, index) => [directive, index]));
  for (const directive of directives) {
    if (!directive.reason) continue;
    let lines = byPlace.get(directive.source.file);
    if (!lines) byPlace.set(directive.source.file, (lines = new Map()));
    const onLine = lines.get(directive.targetLine);
    if (onLine) onLine.push(directive);
    else lines.set(directive.targetLine, [directive]);
  }
  for (const finding of findings) {
    const lines = byPlace.get(finding.location.file);
    if (!lines) continue;
    const own = lines.get(finding.location.start.line) ?? [];
    const whole = lines.get(null) ?? [];
    // The last matching directive in file order gives the reason, as when all were gone through in order.
    const candidates = own.length === 0 ? whole : whole.length === 0 ? own : [...own, ...whole].sort((a, b) => order.get(a)! - order.get(b)!);
    for (const directive of candidates) {
      if (!directive.ruleIds.includes(finding.ruleId)) continue;
      finding.suppressed = { reason: directive.reason };
      directive.used = true;
    }
  }
}
