/**
 * GitLab Code Quality report (`--format gitlab`): the subset of the Code Climate issue format that
 * GitLab reads from `artifacts:reports:codequality` — a JSON array of `{description, check_name,
 * fingerprint, severity, location: {path, lines: {begin}}}` (docs.gitlab.com/ci/testing/code_quality,
 * "Code Quality report format"). `type` and `categories` are added so that the file is a valid Code
 * Climate report as well.
 *
 * - File names are used as given: the caller makes them relative to the repository root (GitLab
 *   resolves `location.path` against the checkout). Findings on `<stdin>` or a `--set` flag keep
 *   that name and say in the description where they came from.
 * - `fingerprint`: GitLab compares the merge request's report with the target branch's by
 *   fingerprint and shows only one issue per fingerprint, so it must be unique per finding and
 *   stable across edits that only move lines: the SARIF identity (`findingIdentity`) plus the
 *   occurrence number of repeats.
 * - Severity: error → `major` (`critical` for security rules), warning → `minor`, note → `info`.
 * - Suppressed and baselined findings are left out, as in every report that counts.
 */
import { sha256Hex } from "../core/sha256.ts";
import type { RuleBase } from "../engine/rule.ts";
import type { Finding, LintResult } from "../core/types.ts";
import { activeFindings, findingIdentity, findingSentence, jsonArrayPieces } from "./common.ts";

export type CodeQualitySeverity = "info" | "minor" | "major" | "critical" | "blocker";

export interface CodeQualityIssue {
  type: "issue";
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  categories: string[];
  location: { path: string; lines: { begin: number; end: number } };
}

/** Whether a rule guards security: tagged `security` or given a security severity (SARIF's `security-severity`). */
export function isSecurityRule(rule: RuleBase | undefined): boolean {
  return rule !== undefined && (rule.meta.tags.includes("security") || rule.meta.securitySeverity !== undefined);
}

export function codeQualitySeverity(finding: Finding, rule: RuleBase | undefined): CodeQualitySeverity {
  if (finding.severity === "warning") return "minor";
  if (finding.severity === "note") return "info";
  return isSecurityRule(rule) ? "critical" : "major";
}

/** The report's text, `JSON.stringify(issues, null, 2)`, issue by issue: a finding-dense report is never held whole. */
export function* gitlabText(result: LintResult, rules: readonly RuleBase[]): Generator<string> {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const seen = new Map<string, number>();
  // Made in order: occurrence numbers count up through `seen`.
  const issue = (finding: Finding): CodeQualityIssue => {
    const rule = byId.get(finding.ruleId);
    const { file, start, end } = finding.location;
    const identity = findingIdentity(finding, file);
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    const begin = Math.max(1, start.line);
    const environments = finding.environments ? ` Environments: ${finding.environments.join(", ")}.` : "";
    return {
      type: "issue",
      description: `${findingSentence(finding)}${environments}`,
      check_name: finding.ruleId,
      fingerprint: sha256Hex(`${identity}\0${occurrence}`).slice(0, 32),
      severity: codeQualitySeverity(finding, rule),
      categories: [isSecurityRule(rule) ? "Security" : "Bug Risk"],
      location: { path: file, lines: { begin, end: Math.max(begin, end.line) } },
    };
  };
  yield* jsonArrayPieces(activeFindings(result), 0, issue);
  yield "\n";
}
