/**
 * Checkstyle XML (`--format checkstyle`), the report many CI plugins and review bots read
 * (Jenkins Warnings NG, reviewdog, Sonar): `checkstyle` > `file name` > `error line column severity
 * message source`. Severity: error, warning, info (for notes). `source` is the tool and rule id.
 * File names are as the report gives them; suppressed and baselined findings are left out.
 */
import type { Finding, LintResult, Severity } from "../core/types.ts";
import { activeFindings, findingSentence } from "./common.ts";
import { XML_DECLARATION, xmlAttributes } from "./xml.ts";

const LEVEL: Record<Severity, string> = { error: "error", warning: "warning", note: "info" };

export function formatCheckstyle(result: LintResult, tool: { name: string }): string {
  const files = new Map<string, Finding[]>();
  for (const finding of activeFindings(result)) {
    const list = files.get(finding.location.file);
    if (list) list.push(finding);
    else files.set(finding.location.file, [finding]);
  }
  const lines = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const [file, findings] of files) {
    lines.push(`  <file${xmlAttributes({ name: file })}>`);
    for (const finding of findings) {
      const { start } = finding.location;
      lines.push(`    <error${xmlAttributes({ line: start.line, column: start.column, severity: LEVEL[finding.severity], message: findingSentence(finding), source: `${tool.name}.${finding.ruleId}` })}/>`);
    }
    lines.push("  </file>");
  }
  lines.push("</checkstyle>");
  return `${lines.join("\n")}\n`;
}
