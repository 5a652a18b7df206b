/**
 * The Markdown job summary (`$GITHUB_STEP_SUMMARY`): totals, the budget ids and where they come
 * from, the live-check status, and a table of findings linked to the rule docs. GitHub-flavoured
 * Markdown; every piece of input text is escaped so that a value cannot inject HTML, links or
 * table cells. No snippets. Rows are capped so the summary stays far below GitHub's 1 MiB limit.
 */
import { isPseudoFile } from "../core/source.ts";
import { docsUrl, type RuleBase } from "../engine/rule.ts";
import { isAbsolute } from "node:path";
import type { LintResult, Location, Severity } from "../core/types.ts";
import { clip } from "../core/snippet.ts";
import { environmentResult } from "./environments.ts";
import { activeFindings, countBySeverity, locationLabel, objectLabel, plainLine, prioritise, sentenceWith } from "./common.ts";
import { printable } from "./safe-text.ts";

export const MAX_SUMMARY_FINDINGS = 500;
const MAX_SUMMARY_BUDGET_IDS = 200;

const ICON: Record<Severity, string> = { error: "❌", warning: "⚠️", note: "ℹ️" };

/** Text inside a table cell: Markdown and HTML inert, one line. */
export function markdownText(text: string): string {
  // Control characters from the files as escapes, as stylish shows them (JSON-based reports escape them themselves).
  return printable(plainLine(text))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~#!]/g, (char) => `\\${char}`)
    // GFM's extended autolinks (http://, www., a@b.c) would make a link of text from the files.
    .replace(/:\/\//g, ":&#47;&#47;")
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}&#46;`)
    .replace(/@/g, "&#64;");
}

/** An inline code span that is safe inside a table cell. */
function markdownCode(text: string): string {
  const line = printable(plainLine(text));
  if (line === "") return "";
  if (line.includes("`")) return markdownText(line);
  return `\`${line.replace(/\|/g, "\\|")}\``;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export interface SummaryOptions {
  /** After "litellm-preflight" in the one heading of the step (what it checked), so that two steps' sections tell apart. */
  title?: string;
  /** Links locations to the file at the commit (see githubBlobLinks). */
  link?: (file: string, line: number) => string | undefined;
}

/**
 * Links to the file at the commit under review, from the runner's variables:
 * `$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA/path#Lline`. Undefined outside a run.
 */
export function githubBlobLinks(env: Readonly<Record<string, string | undefined>>): SummaryOptions["link"] {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!server || !repository || !sha || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(sha) || !/^https?:\/\/[^\s()<>]+$/.test(server)) return undefined;
  return (file, line) => {
    // Only files in the repository: not pseudo files, not paths that leave it.
    if (isPseudoFile(file) || isAbsolute(file) || file.split("/").includes("..")) return undefined;
    return `${server.replace(/\/+$/, "")}/${repository}/blob/${sha}/${file.split("/").map(encodeURIComponent).join("/")}#L${line}`;
  };
}

export function formatSummary(result: LintResult, rules: readonly RuleBase[], options: SummaryOptions = {}): string {
  if (!result.environments) return withinSummaryLimit(summaryBody(result, rules, options, [`## litellm-preflight${options.title ? ` · ${markdownText(options.title)}` : ""}`, ""], "###"));
  // One heading for the step, naming its environments; one section per environment.
  const names = result.environments.map((environment) => environment.name).join(", ");
  let out = `## litellm-preflight · ${markdownText(options.title ?? names)}\n\n`;
  for (const environment of result.environments) {
    out += summaryBody(environmentResult(result, environment), rules, options, [`### Environment ${markdownText(environment.name)}`, ""], "####");
    if (out.length > MAX_SUMMARY_BYTES) break;
  }
  return withinSummaryLimit(out);
}

/** GitHub drops a step's whole summary above 1 MiB: this one stops short of it, with room for the Action's last line. */
export const MAX_SUMMARY_BYTES = 900 * 1024;

/** `text` cut at the last whole line within MAX_SUMMARY_BYTES, saying so. */
function withinSummaryLimit(text: string): string {
  const bytes = Buffer.from(text);
  if (bytes.length <= MAX_SUMMARY_BYTES) return text;
  // A line break is one byte in UTF-8 and never inside a character: cutting after one cuts no character.
  const end = bytes.lastIndexOf(0x0a, MAX_SUMMARY_BYTES - 200);
  return `${bytes.subarray(0, end + 1).toString()}\n…the summary stops here to stay within GitHub's 1 MiB limit for a step's summary (the SARIF file and \`--format json\` list every finding).\n`;
}

function summaryBody(result: LintResult, rules: readonly RuleBase[], options: SummaryOptions, heading: string[], level: string): string {
  const active = activeFindings(result);
  const counts = countBySeverity(active);
  const suppressed = result.findings.filter((finding) => finding.suppressed).length;
  const baselined = result.baseline ? ` · ${plural(result.baseline.unchanged, "baselined finding")} not shown${result.baseline.stale.length > 0 ? `, ${result.baseline.stale.length} stale baseline entr${result.baseline.stale.length === 1 ? "y" : "ies"}` : ""}` : "";
  const out: string[] = [...heading];
  const where = (location: Location): string => {
    const label = markdownCode(locationLabel(location));
    const url = options.link?.(location.file, location.start.line);
    return url ? `[${label}](${url})` : label;
  };

  const totals = counts.error + counts.warning + counts.note;
  const icon = counts.error > 0 ? ICON.error : counts.warning > 0 ? ICON.warning : "✅";
  const headline =
    totals === 0
      ? `${icon} No problems found`
      : `${icon} ${counts.error > 0 ? `**${plural(counts.error, "error")}**` : plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.note, "note")}`;
  const inputs = [
    plural(result.stats.valuesFiles, "values file"),
    plural(result.stats.manifestDocuments, "manifest document"),
    plural(result.stats.workloads, "workload"),
  ].join(", ");
  out.push(`${headline} · checked ${inputs}${suppressed > 0 ? ` · ${suppressed} suppressed by inline directives (not annotated, not uploaded)` : ""}${baselined}`, "");

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
    if (result.budgetIds.length > MAX_SUMMARY_BUDGET_IDS) out.push("", `…and ${result.budgetIds.length - MAX_SUMMARY_BUDGET_IDS} more.`);
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
      const message = markdownText(sentenceWith(finding.message, object ? `in ${object}` : undefined));
      out.push(`| ${ICON[finding.severity]} ${finding.severity} | [${markdownText(finding.ruleId)}](${docsUrl(finding.ruleId)}) | ${message} | ${where(finding.location)} |`);
    }
    if (ordered.length > MAX_SUMMARY_FINDINGS) {
      out.push("", `…and ${ordered.length - MAX_SUMMARY_FINDINGS} more (the SARIF file and \`--format json\` list them all).`);
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

function liveLine(result: LintResult): string {
  const { live } = result;
  const reason = live.reason ? `: ${markdownText(live.reason.replace(/[.\s]+$/, ""))}` : "";
  if (live.status === "skipped") return `⏭️ Skipped${reason || ": not requested"}.`;
  const icon = live.status === "passed" ? "✅" : live.status === "failed" ? "❌" : "⚠️";
  const details = [plural(live.requests, "request"), ...(live.litellmVersion ? [`LiteLLM ${markdownText(live.litellmVersion)}`] : [])].join(", ");
  return `${icon} ${live.status[0]!.toUpperCase()}${live.status.slice(1)} (${details})${reason}.`;
}
