import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  XML_DECLARATION,
  xmlAttributes,
  xmlText
} from "./chunk-5JROX3QP.js";
import {
  activeFindings,
  findingSentence,
  locationLabel
} from "./chunk-M6HQ4HBT.js";
import "./chunk-WU635JK7.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-BE7JI7H6.js";

// src/format/junit.ts
function formatJunit(result, options) {
  const { rules, inputs, failing } = options;
  const files = /* @__PURE__ */ new Map();
  const caseOf = (file, rule) => {
    let cases = files.get(file);
    if (!cases) files.set(file, cases = /* @__PURE__ */ new Map());
    let entry = cases.get(rule);
    if (!entry) cases.set(rule, entry = { rule, findings: [] });
    return entry;
  };
  for (const [names, kind] of [
    [inputs.values, "values"],
    [inputs.manifests, "manifest"]
  ]) {
    for (const file of names) for (const rule of rules) if (rule.meta.input === kind || rule.meta.input === "any") caseOf(file, rule.meta.id);
  }
  for (const finding of activeFindings(result)) caseOf(finding.location.file, finding.ruleId).findings.push(finding);
  const suites = [];
  let tests = 0;
  let failures = 0;
  for (const [file, cases] of files) {
    const body = [];
    let suiteFailures = 0;
    for (const { rule, findings } of cases.values()) {
      const failed = findings.filter((finding) => failing.includes(finding.severity));
      const other = findings.filter((finding) => !failing.includes(finding.severity));
      suiteFailures += failed.length;
      const inner = [
        ...failed.map((finding) => `      <failure${xmlAttributes({ message: findingSentence(finding), type: finding.severity })}>${xmlText(findingLine(finding))}</failure>`),
        ...other.length > 0 ? [`      <system-out>${xmlText(other.map(findingLine).join("\n"))}</system-out>`] : []
      ];
      const attributes = xmlAttributes({ name: rule, classname: file, file, time: 0 });
      body.push(inner.length > 0 ? `    <testcase${attributes}>
${inner.join("\n")}
    </testcase>` : `    <testcase${attributes}/>`);
    }
    tests += cases.size;
    failures += suiteFailures;
    suites.push(`  <testsuite${xmlAttributes({ name: file, tests: cases.size, failures: suiteFailures, errors: 0, skipped: 0, time: 0 })}>
${body.join("\n")}
  </testsuite>`);
  }
  const root = xmlAttributes({ name: options.tool.name, tests, failures, errors: 0, time: 0 });
  return `${XML_DECLARATION}
${suites.length > 0 ? `<testsuites${root}>
${suites.join("\n")}
</testsuites>` : `<testsuites${root}/>`}
`;
}
function findingLine(finding) {
  return `${locationLabel(finding.location)}: ${finding.severity}: ${findingSentence(finding)} [${finding.ruleId}]`;
}
export {
  formatJunit
};
