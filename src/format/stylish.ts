/** ESLint-like terminal output: grouped by file, a code line with a caret under each finding. */
import pc from "picocolors";
import type { BudgetIdReport, Finding, HelmAssumption, LintResult, LiveReport, Severity } from "../core/types.ts";
import { clip, MASK } from "../core/snippet.ts";
import { docsUrl, type RuleBase } from "../engine/rule.ts";
import { appliesToFiles, countBySeverity, fixLine } from "./common.ts";
import { printable } from "./safe-text.ts";

export interface StylishOptions {
  color: boolean;
  /** Only errors (the CLI's -q). */
  quiet: boolean;
  /** The CLI's --verbose: under each finding, how to fix it (its rule's remediation) and the rule's docs. */
  verbose?: readonly RuleBase[];
}

/** The report in pieces, a line each (with its line break): a finding-dense report is never held whole. */
export function* stylishText(result: LintResult, options: StylishOptions): Generator<string> {
  const c = pc.createColors(options.color);
  const paint: Record<Severity, (text: string) => string> = { error: c.red, warning: c.yellow, note: c.blue };
  const visible = result.findings.filter((finding) => !finding.suppressed && finding.baseline !== "unchanged" && (!options.quiet || finding.severity === "error"));
  const findingLines = function* (findings: readonly Finding[]): Generator<string> {
    for (const [file, inFile] of Map.groupBy(findings, (finding) => finding.location.file)) {
      yield lines(c.underline(printable(file)));
      for (const finding of inFile) {
        const { start } = finding.location;
        const position = c.dim(`${start.line}:${start.column}`.padEnd(7));
        const mark = finding.fix && appliesToFiles(finding.fix) ? c.dim(finding.fix.type === "fix" ? " (fixable)" : " (suggestion)") : "";
        yield lines(`  ${position} ${paint[finding.severity](finding.severity.padEnd(7))}  ${printable(finding.message)}  ${c.dim(finding.ruleId)}${mark}`);
        if (finding.snippet !== undefined) yield lines(...codeFrame(finding, c.dim));
        for (const related of finding.related) yield lines(c.dim(`           see ${printable(related.file)}:${related.start.line}:${related.start.column}`));
        if (finding.remediation) yield lines(`           ${c.green("fix:")} ${printable(fixLine(finding.remediation))}`);
        if (options.verbose) yield lines(...howToFix(finding, options.verbose, c.dim));
      }
      yield lines("");
    }
  };
  if (result.environments) {
    // Grouped by the environments a finding occurs in: a shared file's finding is shown once.
    // Shared findings first, then each environment's own, in the config's order.
    const order = new Map(result.environments.map((environment, index) => [environment.name, index]));
    const rank = (names: readonly string[]) => [-names.length, ...names.map((name) => order.get(name) ?? 0)];
    const groups = [...Map.groupBy(visible, (finding) => (finding.environments ?? []).join(", "))].sort(([, [a]], [, [b]]) => {
      const [x, y] = [rank(a!.environments ?? []), rank(b!.environments ?? [])];
      const index = x.findIndex((value, i) => value !== y[i]);
      return index === -1 ? 0 : x[index]! - (y[index] ?? 0);
    });
    for (const [names, findings] of groups) {
      yield lines(c.bold(`${names.includes(",") ? "Environments" : "Environment"} ${printable(names)}`), "");
      yield* findingLines(findings);
    }
  } else yield* findingLines(visible);
  const { error: errors, warning: warnings, note: notes } = countBySeverity(visible);
  const total = errors + warnings + notes;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${notes} note${notes === 1 ? "" : "s"})`;
    yield lines(errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
  } else {
    // -q hides warnings and notes: "no problems" would hide that they are there (and may fail the run).
    const hidden = options.quiet ? result.findings.filter((finding) => !finding.suppressed && finding.baseline !== "unchanged" && finding.severity !== "error").length : 0;
    yield lines(c.green(hidden > 0 ? `✔ no errors (${hidden} warning${hidden === 1 ? "" : "s"} or note${hidden === 1 ? "" : "s"} hidden by --quiet)` : "✔ no problems"));
  }
  const suppressed = result.findings.filter((finding) => finding.suppressed).length;
  yield lines(...fixableLines(visible, c.dim));
  if (suppressed > 0) yield lines(c.dim(`  ${suppressed} suppressed by inline directives`));
  if (result.baseline) yield lines(...baselineLines(result.baseline, c.dim));
  if (result.environments) {
    // The budget ids as a table, environment × workload, then each environment's live checks.
    const width = Math.max(...result.environments.map((environment) => environment.name.length));
    yield lines(c.bold("Budget ids by environment"));
    for (const environment of result.environments) {
      for (const budget of environment.budgetIds) yield lines(`  ${printable(environment.name.padEnd(width))}  ${budgetLine(budget, c)}`);
    }
  } else {
    for (const budget of result.budgetIds) yield lines(`Budget id ${budgetLine(budget, c)}`);
  }
  if (result.helm && (result.helm.from !== "default" || result.helm.mattered)) yield lines(c.dim(helmLine(result.helm)));
  if (result.environments) for (const environment of result.environments) yield lines(liveLine(environment.live, c, printable(environment.name)));
  else yield lines(liveLine(result.live, c));
}

/** Lines of the report, each with its line break. */
function lines(...texts: string[]): string {
  return texts.length === 0 ? "" : `${texts.join("\n")}\n`;
}

function codeFrame(finding: Finding, dim: (text: string) => string): string[] {
  const { start, end } = finding.location;
  const gutter = String(start.line);
  const text = printable(finding.snippet ?? "");
  // A masked credential is underlined as its mask: the caret line must not tell the key's length.
  const width = finding.location.sensitive ? MASK.length : end.line === start.line ? Math.max(1, end.column - start.column) : Math.max(1, text.length - start.column + 1);
  const pad = " ".repeat(gutter.length);
  return [dim(`    ${gutter} | `) + text, dim(`    ${pad} | `) + " ".repeat(Math.max(0, start.column - 1)) + "^".repeat(Math.min(width, 80))];
}

function helmLine(helm: HelmAssumption): string {
  const why = helm.from === "flag" ? "--helm-version" : helm.from === "detected" ? "the helm that rendered --chart" : "the default without --chart; --helm-version 4 to change";
  return `Values read as helm ${helm.major} reads them (${why})`;
}

function fixableLines(findings: readonly Finding[], dim: (text: string) => string): string[] {
  const count = (type: "fix" | "suggestion") => findings.filter((finding) => finding.fix?.type === type && appliesToFiles(finding.fix)).length;
  const fixes = count("fix");
  const suggestions = count("suggestion");
  const lines: string[] = [];
  if (fixes > 0) lines.push(dim(`  ${fixes} problem${fixes === 1 ? "" : "s"} fixable with --fix`));
  if (suggestions > 0) lines.push(dim(`  ${suggestions} more with --fix --fix-type suggestion (it changes behaviour: review it)`));
  return lines;
}

function baselineLines({ file, unchanged, stale }: NonNullable<LintResult["baseline"]>, dim: (text: string) => string): string[] {
  const lines: string[] = [];
  if (unchanged > 0) lines.push(dim(`  ${unchanged} baselined (recorded in ${printable(file)}), not shown`));
  if (stale.length > 0) lines.push(dim(`  ${stale.length} baseline entr${stale.length === 1 ? "y no longer occurs" : "ies no longer occur"} (fixed); --write-baseline ${printable(file)} prunes ${stale.length === 1 ? "it" : "them"}`));
  return lines;
}

function howToFix(finding: Finding, rules: readonly RuleBase[], dim: (text: string) => string): string[] {
  const meta = rules.find((rule) => rule.meta.id === finding.ruleId)?.meta;
  if (!meta) return [];
  return [`           how to fix: ${meta.remediation}`, dim(`           docs: ${docsUrl(meta.id)}`)];
}

function budgetLine(budget: BudgetIdReport, c: ReturnType<typeof pc.createColors>): string {
  const where = budget.location ? `${budget.location.file}:${budget.location.start.line}:${budget.location.start.column}` : "built-in default";
  const facts = printable(`from ${budget.source}${budget.envName ? ` (${budget.envName})` : ""} — ${budget.scope}, ${where}`);
  return `${c.bold(printable(clip(budget.id, JSON.stringify)))} ${facts}`;
}

function liveLine(live: LiveReport, c: ReturnType<typeof pc.createColors>, environment?: string): string {
  const label = environment ? `Live checks (${environment})` : "Live checks";
  if (live.status === "skipped") return c.dim(`${label} skipped: ${printable(live.reason ?? "not requested")}`);
  const paint = live.status === "passed" ? c.green : live.status === "failed" ? c.red : c.yellow;
  const version = live.litellmVersion ? `, LiteLLM ${live.litellmVersion}` : "";
  return paint(`${label} ${live.status} (${live.requests} request${live.requests === 1 ? "" : "s"}${version})`) + (live.reason ? ` — ${printable(live.reason)}` : "");
}
