/** The stable JSON report (schemaVersion 1), documented in README. */
import { formatPath } from "../core/source.ts";
import type { BudgetIdReport, Finding, LintResult, LiveReport, Location } from "../core/types.ts";
import { jsonArrayPieces } from "./common.ts";

export interface JsonLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  path: string;
  doc?: number;
  object?: Location["object"];
}

export function jsonLocation(location: Location): JsonLocation {
  const out: JsonLocation = {
    file: location.file,
    line: location.start.line,
    column: location.start.column,
    endLine: location.end.line,
    endColumn: location.end.column,
    path: formatPath(location.path),
  };
  if (location.doc !== undefined) out.doc = location.doc;
  if (location.object) out.object = location.object;
  return out;
}

function jsonFinding(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    location: jsonLocation(finding.location),
    related: finding.related.map(jsonLocation),
    ...(finding.suppressed ? { suppressed: finding.suppressed } : {}),
    ...(finding.remediation ? { remediation: finding.remediation } : {}),
    ...(finding.baseline ? { baseline: finding.baseline } : {}),
    ...(finding.environments ? { environments: finding.environments } : {}),
  };
}

/** A budget id as the JSON report (and the Action's budget-ids output) writes it. */
export function jsonBudgetId(report: BudgetIdReport) {
  return {
    id: report.id,
    source: report.source,
    envName: report.envName,
    ...(report.category !== undefined ? { category: report.category } : {}),
    scope: report.scope,
    location: report.location ? jsonLocation(report.location) : null,
    ...(report.environments ? { environments: report.environments } : {}),
  };
}

function jsonLive({ status, requests, reason, litellmVersion, notices }: LiveReport) {
  return { status, requests, ...(reason ? { reason } : {}), ...(litellmVersion ? { litellmVersion } : {}), ...(notices.length ? { notices } : {}) };
}

/**
 * The report's text, `JSON.stringify(report, null, 2)`, in pieces: the findings one at a time
 * between the keys before and after them, so that a finding-dense report is never held whole.
 */
export function* jsonText(result: LintResult, tool: { name: string; version: string }): Generator<string> {
  const before = { schemaVersion: 1, tool, budgetIds: result.budgetIds.map(jsonBudgetId) };
  const after = {
    live: jsonLive(result.live),
    stats: result.stats,
    ...(result.helm ? { helm: result.helm } : {}),
    ...(result.baseline ? { staleBaseline: result.baseline.stale } : {}),
    ...(result.environments ? { environments: result.environments.map(({ name, live, budgetIds }) => ({ name, live: jsonLive(live), budgetIds: budgetIds.map(jsonBudgetId) })) } : {}),
  };
  // `{\n  …\n}` each: the first without its closing line, the second without its opening brace.
  yield `${JSON.stringify(before, null, 2).slice(0, -2)},\n  "findings": `;
  yield* jsonArrayPieces(result.findings, 1, jsonFinding);
  yield `,${JSON.stringify(after, null, 2).slice(1)}\n`;
}
