/** ESLint-like terminal output: grouped by file, a code line with a caret under each finding. */
import pc from "picocolors";
import type { HelmAssumption, Finding, LintResult, Severity } from "../core/types.ts";
import { countBySeverity, fixLine } from "./common.ts";
import { printable } from "./safe-text.ts";

export interface StylishOptions {
  color: boolean;
  /** Only errors (the CLI's -q). */
  quiet: boolean;
}

export function formatStylish(result: LintResult, options: StylishOptions): string {
  const c = pc.createColors(options.color);
  const paint: Record<Severity, (text: string) => string> = { error: c.red, warning: c.yellow, note: c.blue };
  const visible = result.findings.filter((finding) => !finding.suppressed && (!options.quiet || finding.severity === "error"));
  const out: string[] = [];
  const byFile = Map.groupBy(visible, (finding) => finding.location.file);
  for (const [file, findings] of byFile) {
    out.push(c.underline(printable(file)));
    for (const finding of findings) {
      const { start } = finding.location;
      const position = c.dim(`${start.line}:${start.column}`.padEnd(7));
      out.push(`  ${position} ${paint[finding.severity](finding.severity.padEnd(7))}  ${printable(finding.message)}  ${c.dim(finding.ruleId)}`);
      if (finding.snippet !== undefined) out.push(...codeFrame(finding, c.dim));
      for (const related of finding.related) out.push(c.dim(`           see ${printable(related.file)}:${related.start.line}:${related.start.column}`));
      if (finding.remediation) out.push(`           ${c.green("fix:")} ${printable(fixLine(finding.remediation))}`);
    }
    out.push("");
  }
  const { error: errors, warning: warnings, note: notes } = countBySeverity(visible);
  const total = errors + warnings + notes;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${notes} note${notes === 1 ? "" : "s"})`;
    out.push(errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
  } else {
    out.push(c.green("✔ no problems"));
  }
  const suppressed = result.findings.filter((finding) => finding.suppressed).length;
  if (suppressed > 0) out.push(c.dim(`  ${suppressed} suppressed by inline directives`));
  for (const budget of result.budgetIds) {
    const where = budget.location ? `${budget.location.file}:${budget.location.start.line}:${budget.location.start.column}` : "built-in default";
    const facts = printable(`from ${budget.source}${budget.envName ? ` (${budget.envName})` : ""} — ${budget.scope}, ${where}`);
    out.push(`Budget id ${c.bold(printable(JSON.stringify(budget.id)))} ${facts}`);
  }
  if (result.helm && (result.helm.from !== "default" || result.helm.mattered)) out.push(c.dim(helmLine(result.helm)));
  out.push(liveLine(result, c));
  return `${out.join("\n")}\n`;
}

function codeFrame(finding: Finding, dim: (text: string) => string): string[] {
  const { start, end } = finding.location;
  const gutter = String(start.line);
  const text = printable(finding.snippet ?? "");
  const width = end.line === start.line ? Math.max(1, end.column - start.column) : Math.max(1, text.length - start.column + 1);
  const pad = " ".repeat(gutter.length);
  return [dim(`    ${gutter} | `) + text, dim(`    ${pad} | `) + " ".repeat(Math.max(0, start.column - 1)) + "^".repeat(Math.min(width, 80))];
}

function helmLine(helm: HelmAssumption): string {
  const why = helm.from === "flag" ? "--helm-version" : helm.from === "detected" ? "the helm that rendered --chart" : "the default without --chart; --helm-version 4 to change";
  return `Values read as helm ${helm.major} reads them (${why})`;
}

function liveLine(result: LintResult, c: ReturnType<typeof pc.createColors>): string {
  const { live } = result;
  if (live.status === "skipped") return c.dim(`Live checks skipped: ${printable(live.reason ?? "not requested")}`);
  const paint = live.status === "passed" ? c.green : live.status === "failed" ? c.red : c.yellow;
  const version = live.litellmVersion ? `, LiteLLM ${live.litellmVersion}` : "";
  return paint(`Live checks ${live.status} (${live.requests} request${live.requests === 1 ? "" : "s"}${version})`) + (live.reason ? ` — ${printable(live.reason)}` : "");
}
