/**
 * Every environment in one run: the results of one lint() per environment merged into one report.
 * A finding in a file that several environments share is reported once, with the environments it
 * occurs in; budget ids likewise; each environment keeps its own live outcome and budget ids.
 */
import type { BudgetIdReport, EnvironmentReport, Finding, LintResult, LiveReport, LiveStatus } from "../core/types.ts";
import { byCodeUnits, SEVERITY_RANK } from "../core/compare.ts";

const LIVE_ORDER: LiveStatus[] = ["failed", "inconclusive", "passed", "skipped"];

export function mergeEnvironments(runs: readonly { name: string; result: LintResult }[]): LintResult {
  const findings = new Map<string, Finding>();
  const budgetIds = new Map<string, BudgetIdReport>();
  for (const { name, result } of runs) {
    for (const finding of result.findings) {
      const { location } = finding;
      const key = JSON.stringify([finding.ruleId, finding.messageId, finding.message, finding.severity, location.file, location.doc, location.start, location.end, Boolean(finding.suppressed)]);
      const seen = findings.get(key);
      if (seen) seen.environments!.push(name);
      else findings.set(key, { ...finding, environments: [name] });
    }
    for (const budget of result.budgetIds) {
      const key = JSON.stringify([budget.id, budget.source, budget.envName, budget.scope, budget.location?.file, budget.location?.start]);
      const seen = budgetIds.get(key);
      if (seen) seen.environments!.push(name);
      else budgetIds.set(key, { ...budget, environments: [name] });
    }
  }
  const merged = [...findings.values()].sort(
    (a, b) => byCodeUnits(a.location.file, b.location.file) || a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
  const environments: EnvironmentReport[] = runs.map(({ name, result }) => ({ name, live: result.live, budgetIds: result.budgetIds, stats: result.stats }));
  return {
    findings: merged,
    budgetIds: [...budgetIds.values()],
    live: combinedLive(runs.map((run) => run.result.live)),
    // Summed over the environments (a file shared by two counts twice: it was checked in both).
    stats: {
      valuesFiles: runs.reduce((sum, run) => sum + run.result.stats.valuesFiles, 0),
      manifestDocuments: runs.reduce((sum, run) => sum + run.result.stats.manifestDocuments, 0),
      workloads: runs.reduce((sum, run) => sum + run.result.stats.workloads, 0),
    },
    environments,
  };
}

/** The worst status of the environments' live checks, their requests added up. */
function combinedLive(lives: LiveReport[]): LiveReport {
  const status = LIVE_ORDER.find((candidate) => lives.some((live) => live.status === candidate)) ?? "skipped";
  const worst = lives.find((live) => live.status === status);
  return {
    status,
    requests: lives.reduce((sum, live) => sum + live.requests, 0),
    notices: [...new Set(lives.flatMap((live) => live.notices))],
    ...(worst?.reason ? { reason: worst.reason } : {}),
    ...(worst?.litellmVersion ? { litellmVersion: worst.litellmVersion } : {}),
  };
}

/** A result restricted to one environment (its findings, budget ids and live outcome), for per-environment SARIF runs and summary sections. */
export function environmentResult(result: LintResult, environment: EnvironmentReport): LintResult {
  return {
    findings: result.findings.filter((finding) => finding.environments?.includes(environment.name)),
    budgetIds: environment.budgetIds,
    live: environment.live,
    stats: environment.stats,
    ...(result.baseline ? { baseline: result.baseline } : {}),
  };
}
