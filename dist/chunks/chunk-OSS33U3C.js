import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  printable,
  printableButLineBreaks
} from "./chunk-SGNCF3E6.js";
import {
  activeFindings,
  countBySeverity,
  findingSentence,
  locationLabel,
  prioritise,
  sentence
} from "./chunk-XEQW7TWC.js";
import {
  isPseudoFile
} from "./chunk-UAKUUDY6.js";

// src/format/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = Object.entries(properties).filter((entry) => entry[1] !== void 0).map(([key, value]) => `${key}=${escapeProperty(printableButLineBreaks(String(value)))}`).join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(printableButLineBreaks(message))}`;
}
function annotation(finding) {
  const { location } = finding;
  const message = findingSentence(finding);
  const title = finding.environments ? `${finding.ruleId} (${finding.environments.join(", ")})` : finding.ruleId;
  const oneLine = location.start.line === location.end.line;
  const properties = isPseudoFile(location.file) ? { title } : {
    file: location.file,
    line: location.start.line,
    endLine: location.end.line,
    // GitHub takes columns only for a range on one line.
    col: oneLine ? location.start.column : void 0,
    endColumn: oneLine ? location.end.column : void 0,
    title
  };
  return workflowCommand(COMMAND[finding.severity], properties, message);
}
function logLine(finding) {
  const line = `${locationLabel(finding.location)}: ${finding.severity}: ${sentence(finding.message)} [${finding.ruleId}]`;
  return printable(line.replace(/[\r\n]+/g, " "));
}
function* githubText(result, rules) {
  const ordered = prioritise(activeFindings(result), rules);
  const counts = countBySeverity(ordered);
  const overflow = counts.error > ANNOTATIONS_PER_LEVEL || counts.warning > ANNOTATIONS_PER_LEVEL || counts.note > ANNOTATIONS_PER_LEVEL;
  const cap = { error: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL, note: overflow ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL };
  const used = { error: 0, warning: 0, note: 0 };
  const annotated = [];
  const rest = [];
  for (const finding of ordered) {
    if (used[finding.severity] < cap[finding.severity]) {
      used[finding.severity]++;
      annotated.push(finding);
    } else {
      rest.push(finding);
    }
  }
  for (const finding of annotated) yield `${annotation(finding)}
`;
  if (rest.length > 0) {
    const hidden = countBySeverity(rest);
    const parts = ["error", "warning", "note"].filter((severity) => hidden[severity] > 0).map((severity) => plural(hidden[severity], severity));
    yield `::group::${escapeData(`${rest.length} more finding${rest.length === 1 ? "" : "s"} without an annotation`)}
`;
    for (const finding of rest) yield `${logLine(finding)}
`;
    yield "::endgroup::\n";
    yield `${workflowCommand(
      "notice",
      { title: "litellm-preflight" },
      `${rest.length} more finding${rest.length === 1 ? "" : "s"} (${parts.join(", ")}) did not fit GitHub's limit of ${ANNOTATIONS_PER_LEVEL} annotations per level; the job summary and the SARIF report list them all.`
    )}
`;
  }
}
function plural(count, severity) {
  return `${count} ${severity}${count === 1 ? "" : "s"}`;
}

export {
  ANNOTATIONS_PER_LEVEL,
  escapeData,
  escapeProperty,
  workflowCommand,
  annotation,
  githubText
};
