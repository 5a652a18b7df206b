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
} from "./chunk-XEQW7TWC.js";
import "./chunk-UAKUUDY6.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-BE7JI7H6.js";

// src/format/junit.ts
function* junitText(result, options) {
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
  const fails = (finding) => failing.includes(finding.severity);
  const suiteFailures = /* @__PURE__ */ new Map();
  let tests = 0;
  for (const [file, cases] of files) {
    let count = 0;
    for (const { findings } of cases.values()) if (findings.some(fails)) count++;
    suiteFailures.set(file, count);
    tests += cases.size;
  }
  const failures = [...suiteFailures.values()].reduce((sum, count) => sum + count, 0);
  const root = xmlAttributes({ name: options.tool.name, tests, failures, errors: 0, time: 0 });
  if (files.size === 0) {
    yield `${XML_DECLARATION}
<testsuites${root}/>
`;
    return;
  }
  yield `${XML_DECLARATION}
<testsuites${root}>
`;
  for (const [file, cases] of files) {
    yield `  <testsuite${xmlAttributes({ name: file, tests: cases.size, failures: suiteFailures.get(file), errors: 0, skipped: 0, time: 0 })}>
`;
    for (const { rule, findings } of cases.values()) {
      const attributes = xmlAttributes({ name: rule, classname: file, file, time: 0 });
      if (findings.length === 0) {
        yield `    <testcase${attributes}/>
`;
        continue;
      }
      yield `    <testcase${attributes}>
`;
      for (const finding of findings) if (fails(finding)) yield `      <failure${xmlAttributes({ message: findingSentence(finding), type: finding.severity })}>${xmlText(findingLine(finding))}</failure>
`;
      const other = findings.filter((finding) => !fails(finding));
      for (const [i, finding] of other.entries()) yield `${i === 0 ? "      <system-out>" : "\n"}${xmlText(findingLine(finding))}`;
      if (other.length > 0) yield "</system-out>\n";
      yield "    </testcase>\n";
    }
    yield "  </testsuite>\n";
  }
  yield "</testsuites>\n";
}
function findingLine(finding) {
  return `${locationLabel(finding.location)}: ${finding.severity}: ${findingSentence(finding)} [${finding.ruleId}]`;
}
export {
  junitText
};
