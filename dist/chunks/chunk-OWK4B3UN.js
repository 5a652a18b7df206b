import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  printable
} from "./chunk-SGNCF3E6.js";
import {
  activeFindings,
  countBySeverity,
  locationLabel,
  objectLabel,
  plainLine,
  prioritise,
  sentenceWith
} from "./chunk-XEQW7TWC.js";
import {
  environmentResult
} from "./chunk-LSGHLHXC.js";
import {
  docsUrl
} from "./chunk-JJJ5BOV3.js";
import {
  clip
} from "./chunk-NQUIDX5X.js";
import {
  isPseudoFile
} from "./chunk-UAKUUDY6.js";

// src/format/summary.ts
import { isAbsolute } from "node:path";
var MAX_SUMMARY_FINDINGS = 500;
var MAX_SUMMARY_BUDGET_IDS = 200;
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", note: "\u2139\uFE0F" };
function markdownText(text) {
  return printable(plainLine(text)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~#!]/g, (char) => `\\${char}`).replace(/:\/\//g, ":&#47;&#47;").replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}&#46;`).replace(/@/g, "&#64;");
}
function markdownCode(text) {
  const line = printable(plainLine(text));
  if (line === "") return "";
  if (line.includes("`")) return markdownText(line);
  return `\`${line.replace(/\|/g, "\\|")}\``;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function githubBlobLinks(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!server || !repository || !sha || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(sha) || !/^https?:\/\/[^\s()<>]+$/.test(server)) return void 0;
  return (file, line) => {
    if (isPseudoFile(file) || isAbsolute(file) || file.split("/").includes("..")) return void 0;
    return `${server.replace(/\/+$/, "")}/${repository}/blob/${sha}/${file.split("/").map(encodeURIComponent).join("/")}#L${line}`;
  };
}
function formatSummary(result, rules, options = {}) {
  if (!result.environments) return withinSummaryLimit(summaryBody(result, rules, options, [`## litellm-preflight${options.title ? ` \xB7 ${markdownText(options.title)}` : ""}`, ""], "###"));
  const names = result.environments.map((environment) => environment.name).join(", ");
  let out = `## litellm-preflight \xB7 ${markdownText(options.title ?? names)}

`;
  for (const environment of result.environments) {
    out += summaryBody(environmentResult(result, environment), rules, options, [`### Environment ${markdownText(environment.name)}`, ""], "####");
    if (out.length > MAX_SUMMARY_BYTES) break;
  }
  return withinSummaryLimit(out);
}
var MAX_SUMMARY_BYTES = 900 * 1024;
function withinSummaryLimit(text) {
  const bytes = Buffer.from(text);
  if (bytes.length <= MAX_SUMMARY_BYTES) return text;
  const end = bytes.lastIndexOf(10, MAX_SUMMARY_BYTES - 200);
  return `${bytes.subarray(0, end + 1).toString()}
\u2026the summary stops here to stay within GitHub's 1 MiB limit for a step's summary (the SARIF file and \`--format json\` list every finding).
`;
}
function summaryBody(result, rules, options, heading, level) {
  const active = activeFindings(result);
  const counts = countBySeverity(active);
  const suppressed = result.findings.filter((finding) => finding.suppressed).length;
  const baselined = result.baseline ? ` \xB7 ${plural(result.baseline.unchanged, "baselined finding")} not shown${result.baseline.stale.length > 0 ? `, ${result.baseline.stale.length} stale baseline entr${result.baseline.stale.length === 1 ? "y" : "ies"}` : ""}` : "";
  const out = [...heading];
  const where = (location) => {
    const label = markdownCode(locationLabel(location));
    const url = options.link?.(location.file, location.start.line);
    return url ? `[${label}](${url})` : label;
  };
  const totals = counts.error + counts.warning + counts.note;
  const icon = counts.error > 0 ? ICON.error : counts.warning > 0 ? ICON.warning : "\u2705";
  const headline = totals === 0 ? `${icon} No problems found` : `${icon} ${counts.error > 0 ? `**${plural(counts.error, "error")}**` : plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.note, "note")}`;
  const inputs = [
    plural(result.stats.valuesFiles, "values file"),
    plural(result.stats.manifestDocuments, "manifest document"),
    plural(result.stats.workloads, "workload")
  ].join(", ");
  out.push(`${headline} \xB7 checked ${inputs}${suppressed > 0 ? ` \xB7 ${suppressed} suppressed by inline directives (not annotated, not uploaded)` : ""}${baselined}`, "");
  out.push(`${level} Budget ids`, "");
  if (result.budgetIds.length === 0) {
    out.push("No budget id found.", "");
  } else {
    out.push("| Budget id | Source | Env | Scope | Where |", "|---|---|---|---|---|");
    for (const budget of result.budgetIds.slice(0, MAX_SUMMARY_BUDGET_IDS)) {
      const id = budget.id === "" ? "*(empty)*" : clip(budget.id, markdownCode);
      const place = budget.location ? where(budget.location) : "built-in default";
      out.push(`| ${id} | ${markdownText(budget.source)} | ${budget.envName ? markdownCode(budget.envName) : ""} | ${markdownText(budget.scope)} | ${place} |`);
    }
    if (result.budgetIds.length > MAX_SUMMARY_BUDGET_IDS) out.push("", `\u2026and ${result.budgetIds.length - MAX_SUMMARY_BUDGET_IDS} more.`);
    out.push("");
  }
  out.push(`${level} Live LiteLLM checks`, "");
  out.push(liveLine(result), "");
  for (const notice of result.live.notices) out.push(`- ${markdownText(notice)}`);
  if (result.live.notices.length > 0) out.push("");
  out.push(`${level} Findings`, "");
  if (active.length === 0) {
    out.push("None.", "");
  } else {
    out.push("| Severity | Rule | Message | Location |", "|---|---|---|---|");
    const ordered = prioritise(active, rules);
    for (const finding of ordered.slice(0, MAX_SUMMARY_FINDINGS)) {
      const object = objectLabel(finding.location);
      const message = markdownText(sentenceWith(finding.message, object ? `in ${object}` : void 0));
      out.push(`| ${ICON[finding.severity]} ${finding.severity} | [${markdownText(finding.ruleId)}](${docsUrl(finding.ruleId)}) | ${message} | ${where(finding.location)} |`);
    }
    if (ordered.length > MAX_SUMMARY_FINDINGS) {
      out.push("", `\u2026and ${ordered.length - MAX_SUMMARY_FINDINGS} more (the SARIF file and \`--format json\` list them all).`);
    }
    out.push("");
  }
  return `${out.join("\n")}
`;
}
function liveLine(result) {
  const { live } = result;
  const reason = live.reason ? `: ${markdownText(live.reason.replace(/[.\s]+$/, ""))}` : "";
  if (live.status === "skipped") return `\u23ED\uFE0F Skipped${reason || ": not requested"}.`;
  const icon = live.status === "passed" ? "\u2705" : live.status === "failed" ? "\u274C" : "\u26A0\uFE0F";
  const details = [plural(live.requests, "request"), ...live.litellmVersion ? [`LiteLLM ${markdownText(live.litellmVersion)}`] : []].join(", ");
  return `${icon} ${live.status[0].toUpperCase()}${live.status.slice(1)} (${details})${reason}.`;
}

export {
  MAX_SUMMARY_FINDINGS,
  markdownText,
  githubBlobLinks,
  formatSummary,
  MAX_SUMMARY_BYTES
};
