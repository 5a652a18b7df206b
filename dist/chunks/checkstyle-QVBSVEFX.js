import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  XML_DECLARATION,
  xmlAttributes
} from "./chunk-5JROX3QP.js";
import {
  activeFindings,
  findingSentence
} from "./chunk-XEQW7TWC.js";
import "./chunk-UAKUUDY6.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-BE7JI7H6.js";

// src/format/checkstyle.ts
var LEVEL = { error: "error", warning: "warning", note: "info" };
function* checkstyleText(result, tool) {
  const files = /* @__PURE__ */ new Map();
  for (const finding of activeFindings(result)) {
    const list = files.get(finding.location.file);
    if (list) list.push(finding);
    else files.set(finding.location.file, [finding]);
  }
  yield `${XML_DECLARATION}
<checkstyle version="4.3">
`;
  for (const [file, findings] of files) {
    yield `  <file${xmlAttributes({ name: file })}>
`;
    for (const finding of findings) {
      const { start } = finding.location;
      yield `    <error${xmlAttributes({ line: start.line, column: start.column, severity: LEVEL[finding.severity], message: findingSentence(finding), source: `${tool.name}.${finding.ruleId}` })}/>
`;
    }
    yield "  </file>\n";
  }
  yield "</checkstyle>\n";
}
export {
  checkstyleText
};
