/**
 * `--fix`: the findings' edits applied to a values file's text, in place. Only the ranges the
 * edits name change; comments, quoting style, key order and line endings of everything else stay
 * as written (the document is never re-serialised). A finding's edits apply all or none; an edit
 * that overlaps one applied before it, or whose text is not what it expects, is skipped.
 */
import type { Finding, FixEdit } from "../core/types.ts";
import { LineIndex } from "../yaml/line-index.ts";

export interface FixOutcome {
  text: string;
  /** Findings whose edits were all applied. */
  fixed: Finding[];
  /** Findings with a fix for this file that could not be applied safely. */
  skipped: Finding[];
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

const NEXT_LINE_DIRECTIVE = /^[ \t]*#\s*litellm-preflight-disable-next-line\b/;
/** An anchor (`&name`) or a tag (`!!bool`, `!foo`) right before a scalar. */
const PROPERTIES_BEFORE = /(?:^|[\s,[{])[&!][^\s]*[ \t]+$/;
/** Plain scalars that YAML would not read as a string. */
const YAML_KEYWORD = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

/** Applies the edits of `findings` that concern `file` (each finding's edits must all be in it). */
export function applyFixes(file: string, text: string, findings: readonly Finding[]): FixOutcome {
  const index = new LineIndex(text);
  const planned: { finding: Finding; splices: Splice[] }[] = [];
  const skipped: Finding[] = [];
  for (const finding of findings) {
    const edits = finding.fix?.edits ?? [];
    const splices = edits.every((edit) => edit.file === file) ? edits.map((edit) => splice(edit, text, index)) : [undefined];
    if (splices.length > 0 && splices.every((entry): entry is Splice => entry !== undefined)) planned.push({ finding, splices });
    else skipped.push(finding);
  }
  // In text order; anything overlapping an earlier splice waits for the next run.
  planned.sort((a, b) => Math.min(...a.splices.map((s) => s.start)) - Math.min(...b.splices.map((s) => s.start)));
  const taken: Splice[] = [];
  const fixed: Finding[] = [];
  for (const { finding, splices } of planned) {
    const overlaps = splices.some((s) => taken.some((t) => s.start < t.end && t.start < s.end) || splices.some((o) => o !== s && s.start < o.end && o.start < s.end));
    if (overlaps) {
      skipped.push(finding);
      continue;
    }
    taken.push(...splices);
    fixed.push(finding);
  }
  taken.sort((a, b) => b.start - a.start);
  let out = text;
  for (const { start, end, text: replacement } of taken) out = out.slice(0, start) + replacement + out.slice(end);
  return { text: out, fixed, skipped };
}

function offsetOf(index: LineIndex, position: { line: number; column: number }): number {
  return index.lineStart(position.line) + position.column - 1;
}

function splice(edit: FixEdit, text: string, index: LineIndex): Splice | undefined {
  const start = offsetOf(index, edit.start);
  const end = offsetOf(index, edit.end);
  const written = text.slice(start, end);
  // An anchored scalar is shared with its aliases, and a tag decides the type whatever the quotes: left alone.
  if (edit.kind !== "remove-item" && PROPERTIES_BEFORE.test(text.slice(index.lineStart(edit.start.line), start))) return undefined;
  if (edit.kind === "quote") {
    // A plain scalar on one line, nothing that a pair of double quotes would change.
    if (edit.start.line !== edit.end.line || written === "" || /["'\\#\s{}[\]&*!|>%@`]/.test(written[0]!) || /["\\]/.test(written)) return undefined;
    return { start, end, text: `"${written}"` };
  }
  if (edit.kind === "set-string") return setString(start, end, written, edit.value);
  return removeItem(edit, text, index, start, end);
}

/** The scalar replaced by `value` in the quoting style it was written in. */
function setString(start: number, end: number, written: string, value: string): Splice | undefined {
  if (/[\r\n]/.test(written) || /[\u0000-\u001f]/.test(value)) return undefined;
  const quote = written[0];
  if (quote === "'") return { start, end, text: `'${value.replace(/'/g, "''")}'` };
  if (quote === '"' || !/^[A-Za-z_][\w./-]*$/.test(value) || YAML_KEYWORD.test(value)) return { start, end, text: JSON.stringify(value) };
  return { start, end, text: value };
}

/**
 * A block-sequence item (`  - {name: A, value: "1"}`, or `- name: A` with its lines) and the
 * next-line directives directly above it, which would otherwise apply to the item after it. Items
 * of flow sequences, or with other content on their lines, are left alone.
 */
function removeItem(edit: FixEdit, text: string, index: LineIndex, start: number, end: number): Splice | undefined {
  const firstLine = index.lineText(edit.start.line) ?? "";
  if (!/^[ \t]*-[ \t]+$/.test(firstLine.slice(0, edit.start.column - 1))) return undefined;
  const lastLine = index.lineText(edit.end.line) ?? "";
  if (!/^[ \t]*(?:#.*)?$/.test(lastLine.slice(edit.end.column - 1))) return undefined;
  let fromLine = edit.start.line;
  while (fromLine > 1 && NEXT_LINE_DIRECTIVE.test(index.lineText(fromLine - 1) ?? "")) fromLine--;
  const from = index.lineStart(fromLine);
  const to = edit.end.line < index.lineCount ? index.lineStart(edit.end.line + 1) : text.length;
  return from <= start && to >= end ? { start: from, end: to, text: "" } : undefined;
}
