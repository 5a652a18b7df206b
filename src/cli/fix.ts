/**
 * `--fix` and `--fix-dry-run` around the engine's applier (engine/fix.ts): which findings' fixes
 * apply (values files only: a `--set` flag or a rendered manifest is not where the value should be
 * mended), the new texts, and a diff for the dry run. Writing is the caller's (io/files.ts).
 */
import { applyFixes } from "../engine/fix.ts";
import type { Finding, Fix, LintResult } from "../core/types.ts";
import type { TextInput } from "../inputs/values.ts";
import { appliesToFiles } from "../format/common.ts";
import { maskLine } from "../core/snippet.ts";
import { printable } from "../format/safe-text.ts";

export interface FixedFile {
  name: string;
  before: string;
  after: string;
  fixed: number;
}

export interface FixPlan {
  /** The values inputs with the fixes applied (unchanged ones as they were). */
  values: TextInput[];
  files: FixedFile[];
  /** Fixable findings in --set flags or manifests: reported, not changed. */
  elsewhere: number;
  /** Fixes that could not be applied safely (overlapping, a flow sequence, …): left for a person. */
  skipped: number;
  /** The findings of those fixes. */
  refused: Finding[];
}

export function planFixes(result: LintResult, values: readonly TextInput[], types: readonly Fix["type"][]): FixPlan {
  const wanted = result.findings.filter((finding): finding is Finding & { fix: Fix } => !finding.suppressed && finding.fix !== undefined && types.includes(finding.fix.type));
  const inFiles = wanted.filter((finding) => appliesToFiles(finding.fix));
  const plan: FixPlan = { values: [], files: [], elsewhere: wanted.length - inFiles.length, skipped: 0, refused: [] };
  const handled = new Set<Finding>();
  // A file given twice (two layers) is one file: fixed once, its new text in both layers.
  const fixedTexts = new Map<string, string>();
  for (const input of values) {
    const again = fixedTexts.get(input.name);
    if (again !== undefined) {
      plan.values.push({ ...input, text: again });
      continue;
    }
    const mine = inFiles.filter((finding) => finding.fix.edits[0]!.file === input.name);
    if (mine.length === 0) {
      plan.values.push(input);
      continue;
    }
    for (const finding of mine) handled.add(finding);
    const outcome = applyFixes(input.name, input.text, mine);
    plan.skipped += outcome.skipped.length;
    plan.refused.push(...outcome.skipped);
    plan.values.push({ ...input, text: outcome.text });
    fixedTexts.set(input.name, outcome.text);
    if (outcome.fixed.length > 0) plan.files.push({ name: input.name, before: input.text, after: outcome.text, fixed: outcome.fixed.length });
  }
  const unhandled = inFiles.filter((finding) => !handled.has(finding));
  plan.skipped += unhandled.length;
  plan.refused.push(...unhandled);
  return plan;
}

/** The report after --fix: a finding whose fix was refused is no longer called fixable (another run would refuse it too). */
export function withoutRefusedFixes(result: LintResult, values: readonly TextInput[], types: readonly Fix["type"][]): LintResult {
  const refused = new Set(planFixes(result, values, types).refused);
  if (refused.size === 0) return result;
  return { ...result, findings: result.findings.map((finding) => (refused.has(finding) ? { ...finding, fix: undefined } : finding)) };
}

/** A unified diff of one changed region per file (what --fix-dry-run prints). */
export function fixDiff({ name, before, after }: FixedFile): string {
  const old = before.split("\n");
  const now = after.split("\n");
  let head = 0;
  while (head < old.length && head < now.length && old[head] === now[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < now.length - head && old[old.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
  const removed = old.slice(head, old.length - tail);
  const added = now.slice(head, now.length - tail);
  const hunk = `@@ -${head + 1},${removed.length} +${head + 1},${added.length} @@`;
  // Secrets never leave, not even in a diff of the user's own file (it may go to a CI log), and
  // neither do terminal escapes or workflow commands (`##[error]`) the file holds.
  const masked = (lines: string[], index: number): string => printable(maskLine(lines[index]!, [lines[index - 1], lines[index + 1]]).replace(/\r$/, ""));
  return [`--- ${printable(name)}`, `+++ ${printable(name)} (fixed)`, hunk, ...removed.map((_, i) => `-${masked(old, head + i)}`), ...added.map((_, i) => `+${masked(now, head + i)}`), ""].join("\n");
}
