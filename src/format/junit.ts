/**
 * JUnit XML (`--format junit`) for CI systems that read test reports only (Jenkins, Azure
 * Pipelines, GitLab's `artifacts:reports:junit`). The shape is the de-facto one of Jenkins' and
 * Ant's schema: `testsuites` > `testsuite` (one per file) > `testcase` (one per rule × file, named
 * by the rule, classname the file) > `failure` / `system-out`.
 *
 * - A rule's testcase exists for every input file the rule reads (values rules for values files,
 *   manifest rules for manifests, `any` rules for both) so that a clean run lists what passed, and
 *   for any other rule × file that has findings (live rules report at the values that carry the id).
 * - Each error finding is a `failure` (Jenkins' schema allows several per testcase); warnings too
 *   with `--fail-on warning`. The other findings are lines in the testcase's `system-out`, so the
 *   test passes but the report still shows them.
 * - File names are as the report gives them (relative to the cwd); suppressed and baselined
 *   findings are left out.
 */
import type { RuleBase } from "../engine/rule.ts";
import type { Finding, LintResult, Severity } from "../core/types.ts";
import { activeFindings, findingSentence, locationLabel } from "./common.ts";
import { XML_DECLARATION, xmlAttributes, xmlText } from "./xml.ts";

export interface JunitOptions {
  rules: readonly RuleBase[];
  tool: { name: string };
  /** The input files by kind (names as in findings), so that rules without findings show as passed. */
  inputs: { values: readonly string[]; manifests: readonly string[] };
  /** Severities that fail a testcase: errors, and warnings with --fail-on warning. */
  failing: readonly Severity[];
}

interface Case {
  rule: string;
  findings: Finding[];
}

export function formatJunit(result: LintResult, options: JunitOptions): string {
  const { rules, inputs, failing } = options;
  // file → rule → findings, files and rules in the order the inputs and the rule list give them.
  const files = new Map<string, Map<string, Case>>();
  const caseOf = (file: string, rule: string): Case => {
    let cases = files.get(file);
    if (!cases) files.set(file, (cases = new Map()));
    let entry = cases.get(rule);
    if (!entry) cases.set(rule, (entry = { rule, findings: [] }));
    return entry;
  };
  for (const [names, kind] of [
    [inputs.values, "values"],
    [inputs.manifests, "manifest"],
  ] as const) {
    for (const file of names) for (const rule of rules) if (rule.meta.input === kind || rule.meta.input === "any") caseOf(file, rule.meta.id);
  }
  for (const finding of activeFindings(result)) caseOf(finding.location.file, finding.ruleId).findings.push(finding);

  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, cases] of files) {
    const body: string[] = [];
    let suiteFailures = 0;
    for (const { rule, findings } of cases.values()) {
      const failed = findings.filter((finding) => failing.includes(finding.severity));
      const other = findings.filter((finding) => !failing.includes(finding.severity));
      suiteFailures += failed.length;
      const inner = [
        ...failed.map((finding) => `      <failure${xmlAttributes({ message: findingSentence(finding), type: finding.severity })}>${xmlText(findingLine(finding))}</failure>`),
        ...(other.length > 0 ? [`      <system-out>${xmlText(other.map(findingLine).join("\n"))}</system-out>`] : []),
      ];
      const attributes = xmlAttributes({ name: rule, classname: file, file, time: 0 });
      body.push(inner.length > 0 ? `    <testcase${attributes}>\n${inner.join("\n")}\n    </testcase>` : `    <testcase${attributes}/>`);
    }
    tests += cases.size;
    failures += suiteFailures;
    suites.push(`  <testsuite${xmlAttributes({ name: file, tests: cases.size, failures: suiteFailures, errors: 0, skipped: 0, time: 0 })}>\n${body.join("\n")}\n  </testsuite>`);
  }
  const root = xmlAttributes({ name: options.tool.name, tests, failures, errors: 0, time: 0 });
  return `${XML_DECLARATION}\n${suites.length > 0 ? `<testsuites${root}>\n${suites.join("\n")}\n</testsuites>` : `<testsuites${root}/>`}\n`;
}

/** `values.yaml:3:5: error: Message. [rule-id]` */
function findingLine(finding: Finding): string {
  return `${locationLabel(finding.location)}: ${finding.severity}: ${findingSentence(finding)} [${finding.ruleId}]`;
}
