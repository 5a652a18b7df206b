import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  sha256Hex
} from "./chunk-YWQAKHHM.js";
import {
  activeFindings,
  findingIdentity,
  findingSentence,
  jsonArrayPieces
} from "./chunk-XEQW7TWC.js";
import "./chunk-UAKUUDY6.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-BE7JI7H6.js";

// src/format/gitlab.ts
function isSecurityRule(rule) {
  return rule !== void 0 && (rule.meta.tags.includes("security") || rule.meta.securitySeverity !== void 0);
}
function codeQualitySeverity(finding, rule) {
  if (finding.severity === "warning") return "minor";
  if (finding.severity === "note") return "info";
  return isSecurityRule(rule) ? "critical" : "major";
}
function* gitlabText(result, rules) {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const seen = /* @__PURE__ */ new Map();
  const issue = (finding) => {
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
      location: { path: file, lines: { begin, end: Math.max(begin, end.line) } }
    };
  };
  yield* jsonArrayPieces(activeFindings(result), 0, issue);
  yield "\n";
}
export {
  codeQualitySeverity,
  gitlabText,
  isSecurityRule
};
