import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  SEVERITY_RANK,
  byCodeUnits
} from "./chunk-3TY5ZICS.js";

// src/format/environments.ts
var LIVE_ORDER = ["failed", "inconclusive", "passed", "skipped"];
function mergeEnvironments(runs) {
  const findings = /* @__PURE__ */ new Map();
  const budgetIds = /* @__PURE__ */ new Map();
  for (const { name, result } of runs) {
    for (const finding of result.findings) {
      const { location } = finding;
      const key = JSON.stringify([finding.ruleId, finding.messageId, finding.message, finding.severity, location.file, location.doc, location.start, location.end, Boolean(finding.suppressed)]);
      const seen = findings.get(key);
      if (seen) seen.environments.push(name);
      else findings.set(key, { ...finding, environments: [name] });
    }
    for (const budget of result.budgetIds) {
      const key = JSON.stringify([budget.id, budget.source, budget.envName, budget.scope, budget.location?.file, budget.location?.start]);
      const seen = budgetIds.get(key);
      if (seen) seen.environments.push(name);
      else budgetIds.set(key, { ...budget, environments: [name] });
    }
  }
  const merged = [...findings.values()].sort(
    (a, b) => byCodeUnits(a.location.file, b.location.file) || a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
  );
  const environments = runs.map(({ name, result }) => ({ name, live: result.live, budgetIds: result.budgetIds, stats: result.stats }));
  return {
    findings: merged,
    budgetIds: [...budgetIds.values()],
    live: combinedLive(runs.map((run) => run.result.live)),
    // Summed over the environments (a file shared by two counts twice: it was checked in both).
    stats: {
      valuesFiles: runs.reduce((sum, run) => sum + run.result.stats.valuesFiles, 0),
      manifestDocuments: runs.reduce((sum, run) => sum + run.result.stats.manifestDocuments, 0),
      workloads: runs.reduce((sum, run) => sum + run.result.stats.workloads, 0)
    },
    environments
  };
}
function combinedLive(lives) {
  const status = LIVE_ORDER.find((candidate) => lives.some((live) => live.status === candidate)) ?? "skipped";
  const worst = lives.find((live) => live.status === status);
  return {
    status,
    requests: lives.reduce((sum, live) => sum + live.requests, 0),
    notices: [...new Set(lives.flatMap((live) => live.notices))],
    ...worst?.reason ? { reason: worst.reason } : {},
    ...worst?.litellmVersion ? { litellmVersion: worst.litellmVersion } : {}
  };
}
function environmentResult(result, environment) {
  return {
    findings: result.findings.filter((finding) => finding.environments?.includes(environment.name)),
    budgetIds: environment.budgetIds,
    live: environment.live,
    stats: environment.stats,
    ...result.baseline ? { baseline: result.baseline } : {}
  };
}

export {
  mergeEnvironments,
  environmentResult
};
