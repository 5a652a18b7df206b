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

/** The report in pieces, a line each (with its line break): a finding-dense report is never held whole. */
export function* checkstyleText(result: LintResult, tool: { name: string }): Generator<string> {
  const files = new Map<string, Finding[]>();
  for (const finding of activeFindings(result)) {
    const list = files.get(finding.location.file);
    if (list) list.push(finding);
    else files.set(finding.location.file, [finding]);
  }
  yield `${XML_DECLARATION}\n<checkstyle version="4.3">\n`;
  for (const [file, findings] of files) {
    yield `  <file${xmlAttributes({ name: file })}>\n`;
    for (const finding of findings) {
      const { start } = finding.location;
      yield `    <error${xmlAttributes({ line: start.line, column: start.column, severity: LEVEL[finding.severity], message: findingSentence(finding), source: `${tool.name}.${finding.ruleId}` })}/>\n`;
    }
    yield "  </file>\n";
  }
  yield "</checkstyle>\n";
}
