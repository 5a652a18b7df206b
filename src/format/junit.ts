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
 *   with `--fail-on warning`. The `failures` totals count the testcases that failed. The other findings are lines in the testcase's `system-out`, so the
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

/** The report in pieces, a line or a failure each: a finding-dense report is never held whole. */
export function* junitText(result: LintResult, options: JunitOptions): Generator<string> {
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

  const fails = (finding: Finding): boolean => failing.includes(finding.severity);
  // The totals stand in the root's and each suite's attributes, ahead of their findings.
  const suiteFailures = new Map<string, number>();
  let tests = 0;
  for (const [file, cases] of files) {
    let count = 0;
    // `failures` counts failed tests (testcases), not failure elements: tests − failures is what passed.
    for (const { findings } of cases.values()) if (findings.some(fails)) count++;
    suiteFailures.set(file, count);
    tests += cases.size;
  }
  const failures = [...suiteFailures.values()].reduce((sum, count) => sum + count, 0);
  const root = xmlAttributes({ name: options.tool.name, tests, failures, errors: 0, time: 0 });
  if (files.size === 0) {
    yield `${XML_DECLARATION}\n<testsuites${root}/>\n`;
    return;
  }
  yield `${XML_DECLARATION}\n<testsuites${root}>\n`;
  for (const [file, cases] of files) {
    yield `  <testsuite${xmlAttributes({ name: file, tests: cases.size, failures: suiteFailures.get(file)!, errors: 0, skipped: 0, time: 0 })}>\n`;
    for (const { rule, findings } of cases.values()) {
      const attributes = xmlAttributes({ name: rule, classname: file, file, time: 0 });
      if (findings.length === 0) {
        yield `    <testcase${attributes}/>\n`;
        continue;
      }
      yield `    <testcase${attributes}>\n`;
      for (const finding of findings) if (fails(finding)) yield `      <failure${xmlAttributes({ message: findingSentence(finding), type: finding.severity })}>${xmlText(findingLine(finding))}</failure>\n`;
      // The other findings' lines in one element, still a piece each (escaping a line at a time escapes their text alike).
      const other = findings.filter((finding) => !fails(finding));
      for (const [i, finding] of other.entries()) yield `${i === 0 ? "      <system-out>" : "\n"}${xmlText(findingLine(finding))}`;
      if (other.length > 0) yield "</system-out>\n";
      yield "    </testcase>\n";
    }
    yield "  </testsuite>\n";
  }
  yield "</testsuites>\n";
}

function findingLine(finding: Finding): string {
  return `${locationLabel(finding.location)}: ${finding.severity}: ${findingSentence(finding)} [${finding.ruleId}]`;
}
