import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  XML_DECLARATION,
  xmlAttributes
} from "./chunk-5JROX3QP.js";
import {
  activeFindings,
  findingSentence
} from "./chunk-M6HQ4HBT.js";
import "./chunk-WU635JK7.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-BE7JI7H6.js";

// src/format/checkstyle.ts
var LEVEL = { error: "error", warning: "warning", note: "info" };
function formatCheckstyle(result, tool) {
  const files = /* @__PURE__ */ new Map();
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
  return `${lines.join("\n")}
`;
}
export {
  formatCheckstyle
};
