/**
 * Layer `format`: renderers of a LintResult (stylish, JSON, SARIF, GitHub annotations, job
 * summary): text out, no I/O. May import core, yaml, kube, inputs, chart, facts, codemie, litellm and
 * engine.
 *
 * Helpers shared by the GitHub-facing renderers (SARIF, workflow commands, job summary). Pure
 * functions over findings: no I/O.
 */
import { byCodeUnits } from "../core/compare.ts";
import { isPseudoFile } from "../core/source.ts";
import { maskKeys } from "../core/secrets.ts";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { RuleBase } from "../engine/rule.ts";
import type { Finding, Fix, LintResult, Location, Remediation, Severity } from "../core/types.ts";

/** Findings that count (exit code, annotations, summaries): suppressed and baselined ones are left out. */
export function activeFindings(result: LintResult): Finding[] {
  return result.findings.filter((finding) => !finding.suppressed && finding.baseline !== "unchanged");
}

/** Whether `--fix` can apply this fix: every edit is in a values file (not a --set flag or a manifest). */
export function appliesToFiles(fix: Fix): boolean {
  return fix.edits.every((edit) => edit.source === "values");
}

/**
 * What identifies a finding across edits that only move lines (SARIF fingerprints, baselines):
 * rule, message id, artifact, the rendered object's identity (manifests) and the YAML path.
 */
export function findingIdentity(finding: Finding, artifact: string): string {
  const { location } = finding;
  const object = location.object;
  const identity = object ? `${object.apiVersion}/${object.kind}/${object.namespace ?? ""}/${object.name}` : location.doc !== undefined ? `#${location.doc}` : "";
  const path = location.path.length > 0 ? JSON.stringify(location.path) : `~${plainLine(finding.message)}`;
  return [finding.ruleId, finding.messageId, artifact, identity, path].join("\0");
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** Runs of white space other than a lone space (which stays as it is: no replacement per word of every message). */
const WHITE_SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** One line of plain text: white space collapsed, key-shaped tokens masked (a second line of defence: messages never hold them). */
export function plainLine(text: string): string {
  return maskKeys(text.replace(WHITE_SPACE_TO_COLLAPSE, " ").trim());
}

/**
 * Core messages are lowercase fragments without a trailing period (RuleMeta.messages). Code
 * scanning shows only the first sentence when space is short, so renderers that need a sentence
 * capitalise a leading plain word (never an identifier such as `proxy_config.x` or an env name)
 * and end it with a period.
 */
export function sentence(text: string): string {
  let out = plainLine(text);
  if (out === "") return out;
  const firstWord = /^[^\s]+/.exec(out)?.[0] ?? "";
  if (/^[a-z]+[,;:]?$/.test(firstWord)) out = out[0]!.toUpperCase() + out.slice(1);
  if (!/[.!?]["')\]]?$/.test(out)) out += ".";
  return out;
}

/**
 * A sentence with context before its final period: `Message (in Deployment prod/api).`, or
 * `Message (the value is not shown), in Deployment prod/api.` when it already ends in parentheses.
 */
export function sentenceWith(text: string, context: string | undefined): string {
  const base = sentence(text);
  if (!context) return base;
  const body = base.endsWith(".") ? base.slice(0, -1) : base;
  return body.endsWith(")") ? `${body}, ${context}.` : `${body} (${context}).`;
}

/** Where the finding is, for people: `values.yaml:3:5`, `--set #2, column 7`, `<stdin>:12:3`. */
export function locationLabel(location: Location): string {
  const { file, start } = location;
  if (file.startsWith("--")) return `${file} #${start.line}, column ${start.column}`;
  return `${file}:${start.line}:${start.column}`;
}

/**
 * The finding as one sentence that says where it is when no file line can show it: `Message (in
 * Deployment prod/api).`, or `Message (from --set #2, column 5).` for `<stdin>` and flags.
 */
export function findingSentence(finding: Finding): string {
  const { location } = finding;
  const object = objectLabel(location);
  const context = isPseudoFile(location.file) ? `from ${locationLabel(location)}${object ? `, ${object}` : ""}` : object ? `in ${object}` : undefined;
  return sentenceWith(finding.message, context);
}

/** `Deployment prod/api` for findings in rendered objects. */
export function objectLabel(location: Location): string | undefined {
  const object = location.object;
  if (!object) return undefined;
  return `${object.kind} ${object.namespace ? `${object.namespace}/` : ""}${object.name}`;
}

/** How reports name a file: relative to `base`, with `/` (the absolute path when it is `base` itself). */
export function relativeName(base: string, absolute: string): string {
  const rel = relative(resolve(base), absolute);
  return (rel === "" ? absolute : rel).split(sep).join("/");
}

/** Re-expresses a cwd-relative file name relative to `root` (with `/`); pseudo files are kept. */
export function rebaseFile(file: string, cwd: string, root: string): string {
  if (isPseudoFile(file)) return file;
  return relativeName(root, isAbsolute(file) ? file : resolve(cwd, file));
}

/** A copy of the result whose file names are relative to `root` instead of `cwd`. */
export function rebaseResult(result: LintResult, cwd: string, root: string): LintResult {
  if (resolve(cwd) === resolve(root)) return result;
  const move = (location: Location): Location => ({ ...location, file: rebaseFile(location.file, cwd, root) });
  return {
    ...result,
    findings: result.findings.map((finding) => ({ ...finding, location: move(finding.location), related: finding.related.map(move) })),
    budgetIds: result.budgetIds.map((budget) => ({ ...budget, location: budget.location ? move(budget.location) : null })),
  };
}

/**
 * The order in which findings deserve attention: errors, then warnings, then notes; within a
 * level, rules with a higher security severity first, then the rule list's order; findings of one
 * rule stay in the engine's (file, line) order. Interleaving the rules round-robin means that a
 * handful of annotations shows as many different problems as possible instead of ten copies of one.
 */
export function prioritise(findings: readonly Finding[], rules: readonly RuleBase[]): Finding[] {
  const ruleRank = new Map<string, number>();
  const ordered = rules
    .map((rule, index) => ({ id: rule.meta.id, index, security: Number(rule.meta.securitySeverity ?? 0) || 0 }))
    .sort((a, b) => b.security - a.security || a.index - b.index);
  ordered.forEach((rule, rank) => ruleRank.set(rule.id, rank));
  const rankOf = (ruleId: string) => ruleRank.get(ruleId) ?? ordered.length;

  const out: Finding[] = [];
  for (const severity of ["error", "warning", "note"] as const) {
    const byRule = new Map<string, Finding[]>();
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      const list = byRule.get(finding.ruleId);
      if (list) list.push(finding);
      else byRule.set(finding.ruleId, [finding]);
    }
    const queues = [...byRule.entries()].sort(([a], [b]) => rankOf(a) - rankOf(b) || byCodeUnits(a, b)).map(([, list]) => list);
    for (let round = 0; queues.some((queue) => round < queue.length); round++) {
      for (const queue of queues) {
        const finding = queue[round];
        if (finding) out.push(finding);
      }
    }
  }
  return out;
}

/** The ready-to-paste form: a curl for an API call (base URL and key from the environment), else the config line. */
export function fixLine(remediation: Remediation): string {
  const { request, config } = remediation;
  if (request) {
    const body = request.body ? ` -H 'Content-Type: application/json' -d '${JSON.stringify(request.body).replace(/'/g, "'\\''")}'` : "";
    return `curl -X ${request.method} "$LITELLM_URL${request.path}" -H "Authorization: Bearer $LITELLM_MASTER_KEY"${body}  # ${remediation.text}`;
  }
  return config ? `${config}  # ${remediation.text}` : remediation.text;
}

/** A report written in pieces (stylishText, jsonText, githubText, …), in one string. */
export function wholeText(pieces: Iterable<string>): string {
  return [...pieces].join("");
}

/**
 * `JSON.stringify(items, null, 2)` as it stands `depth` levels deep in a pretty-printed document,
 * in pieces of a few items, each item made (`make`) when its piece is: a finding-dense report is
 * never held whole, nor all of its items' objects at once. JSON strings hold no raw line breaks, so
 * items printed at their own depth are the same text as inside the whole document.
 */
export function* jsonArrayPieces<T>(items: readonly T[], depth: number, make: (item: T) => unknown): Generator<string> {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  // A piece of items is printed as an array inside as many arrays as it stands deep, and cut out of
  // them: one stringify per piece costs less than one per item (2,471 SARIF results: 9.4 → 7.3 ms).
  const atDepth = (value: unknown[]): unknown => {
    for (let level = 0; level < depth; level++) value = [value];
    return value;
  };
  const nested = JSON.stringify(atDepth([0]), null, 2);
  const prefix = nested.indexOf("0");
  const suffix = nested.length - prefix - 1;
  const indent = "  ".repeat(depth + 1);
  yield "[";
  const piece: unknown[] = [];
  for (let start = 0; start < items.length; start += ITEMS_PER_PIECE) {
    const end = Math.min(items.length, start + ITEMS_PER_PIECE);
    piece.length = 0;
    for (let i = start; i < end; i++) piece.push(make(items[i]!));
    const text = JSON.stringify(atDepth(piece), null, 2);
    // Apart, so that the cut stays a slice of the printed text, which a writer reads without copying it.
    yield start > 0 ? `,\n${indent}` : `\n${indent}`;
    yield text.slice(prefix, text.length - suffix);
  }
  piece.length = 0;
  yield `\n${"  ".repeat(depth)}]`;
}

/** Items printed by one stringify: a SARIF result is about 2 KB, and a piece stays well below the 128 KB from which V8 makes a string old. */
export const ITEMS_PER_PIECE = 16;
