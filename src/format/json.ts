/** The stable JSON report (schemaVersion 1), documented in README. */
import { formatPath } from "../core/source.ts";
import type { BudgetIdReport, Finding, LintResult, LiveReport, Location } from "../core/types.ts";

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

function jsonBudgetId(report: BudgetIdReport) {
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

export function formatJson(result: LintResult, tool: { name: string; version: string }): string {
  const report = {
    schemaVersion: 1,
    tool,
    budgetIds: result.budgetIds.map(jsonBudgetId),
    findings: result.findings.map(jsonFinding),
    live: jsonLive(result.live),
    stats: result.stats,
    ...(result.helm ? { helm: result.helm } : {}),
    ...(result.baseline ? { staleBaseline: result.baseline.stale } : {}),
    ...(result.environments ? { environments: result.environments.map(({ name, live, budgetIds }) => ({ name, live: jsonLive(live), budgetIds: budgetIds.map(jsonBudgetId) })) } : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
