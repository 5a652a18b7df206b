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
  for (const finding of findings) {
    for (const directive of directives) {
      if (!directive.reason || directive.source.file !== finding.location.file) continue;
      if ((directive.targetLine !== null && directive.targetLine !== finding.location.start.line) || !directive.ruleIds.includes(finding.ruleId)) continue;
      finding.suppressed = { reason: directive.reason };
      directive.used = true;
    }
  }
}
