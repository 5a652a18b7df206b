import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  printable
} from "./chunk-SGNCF3E6.js";
import {
  appliesToFiles
} from "./chunk-XEQW7TWC.js";
import {
  LineIndex
} from "./chunk-ZTHYLWEB.js";
import {
  maskLine
} from "./chunk-NQUIDX5X.js";
import "./chunk-UAKUUDY6.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-BE7JI7H6.js";

// src/engine/fix.ts
var NEXT_LINE_DIRECTIVE = /^[ \t]*#\s*litellm-preflight-disable-next-line\b/;
var PROPERTIES_BEFORE = /(?:^|[\s,[{])[&!][^\s]*[ \t]+$/;
var YAML_KEYWORD = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
function applyFixes(file, text, findings) {
  const index = new LineIndex(text);
  const planned = [];
  const skipped = [];
  for (const finding of findings) {
    const edits = finding.fix?.edits ?? [];
    const splices = edits.every((edit) => edit.file === file) ? edits.map((edit) => splice(edit, text, index)) : [void 0];
    if (splices.length > 0 && splices.every((entry) => entry !== void 0)) planned.push({ finding, splices });
    else skipped.push(finding);
  }
  planned.sort((a, b) => Math.min(...a.splices.map((s) => s.start)) - Math.min(...b.splices.map((s) => s.start)));
  const taken = [];
  const fixed = [];
  for (const { finding, splices } of planned) {
    const overlaps = splices.some((s) => taken.some((t) => s.start < t.end && t.start < s.end) || splices.some((o) => o !== s && s.start < o.end && o.start < s.end));
    if (overlaps) {
      skipped.push(finding);
      continue;
    }
    taken.push(...splices);
    fixed.push(finding);
  }
  taken.sort((a, b) => b.start - a.start);
  let out = text;
  for (const { start, end, text: replacement } of taken) out = out.slice(0, start) + replacement + out.slice(end);
  return { text: out, fixed, skipped };
}
function offsetOf(index, position) {
  return index.lineStart(position.line) + position.column - 1;
}
function splice(edit, text, index) {
  const start = offsetOf(index, edit.start);
  const end = offsetOf(index, edit.end);
  const written = text.slice(start, end);
  if (edit.kind !== "remove-item" && PROPERTIES_BEFORE.test(text.slice(index.lineStart(edit.start.line), start))) return void 0;
  if (edit.kind === "quote") {
    if (edit.start.line !== edit.end.line || written === "" || /["'\\#\s{}[\]&*!|>%@`]/.test(written[0]) || /["\\]/.test(written)) return void 0;
    return { start, end, text: `"${written}"` };
  }
  if (edit.kind === "set-string") return setString(start, end, written, edit.value);
  return removeItem(edit, text, index, start, end);
}
function setString(start, end, written, value) {
  if (/[\r\n]/.test(written) || /[\u0000-\u001f]/.test(value)) return void 0;
  const quote = written[0];
  if (quote === "'") return { start, end, text: `'${value.replace(/'/g, "''")}'` };
  if (quote === '"' || !/^[A-Za-z_][\w./-]*$/.test(value) || YAML_KEYWORD.test(value)) return { start, end, text: JSON.stringify(value) };
  return { start, end, text: value };
}
function removeItem(edit, text, index, start, end) {
  const firstLine = index.lineText(edit.start.line) ?? "";
  if (!/^[ \t]*-[ \t]+$/.test(firstLine.slice(0, edit.start.column - 1))) return void 0;
  const lastLine = index.lineText(edit.end.line) ?? "";
  if (!/^[ \t]*(?:#.*)?$/.test(lastLine.slice(edit.end.column - 1))) return void 0;
  let fromLine = edit.start.line;
  while (fromLine > 1 && NEXT_LINE_DIRECTIVE.test(index.lineText(fromLine - 1) ?? "")) fromLine--;
  const from = index.lineStart(fromLine);
  const to = edit.end.line < index.lineCount ? index.lineStart(edit.end.line + 1) : text.length;
  return from <= start && to >= end ? { start: from, end: to, text: "" } : void 0;
}

// src/cli/fix.ts
function planFixes(result, values, types) {
  const wanted = result.findings.filter((finding) => !finding.suppressed && finding.fix !== void 0 && types.includes(finding.fix.type));
  const inFiles = wanted.filter((finding) => appliesToFiles(finding.fix));
  const plan = { values: [], files: [], elsewhere: wanted.length - inFiles.length, skipped: 0, refused: [] };
  const handled = /* @__PURE__ */ new Set();
  const fixedTexts = /* @__PURE__ */ new Map();
  for (const input of values) {
    const again = fixedTexts.get(input.name);
    if (again !== void 0) {
      plan.values.push({ ...input, text: again });
      continue;
    }
    const mine = inFiles.filter((finding) => finding.fix.edits[0].file === input.name);
    if (mine.length === 0) {
      plan.values.push(input);
      continue;
    }
    for (const finding of mine) handled.add(finding);
    const outcome = applyFixes(input.name, input.text, mine);
    plan.skipped += outcome.skipped.length;
    plan.refused.push(...outcome.skipped);
    plan.values.push({ ...input, text: outcome.text });
    fixedTexts.set(input.name, outcome.text);
    if (outcome.fixed.length > 0) plan.files.push({ name: input.name, before: input.text, after: outcome.text, fixed: outcome.fixed.length });
  }
  const unhandled = inFiles.filter((finding) => !handled.has(finding));
  plan.skipped += unhandled.length;
  plan.refused.push(...unhandled);
  return plan;
}
function withoutRefusedFixes(result, values, types) {
  const refused = new Set(planFixes(result, values, types).refused);
  if (refused.size === 0) return result;
  return { ...result, findings: result.findings.map((finding) => refused.has(finding) ? { ...finding, fix: void 0 } : finding) };
}
function fixDiff({ name, before, after }) {
  const old = before.split("\n");
  const now = after.split("\n");
  let head = 0;
  while (head < old.length && head < now.length && old[head] === now[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < now.length - head && old[old.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
  const removed = old.slice(head, old.length - tail);
  const added = now.slice(head, now.length - tail);
  const hunk = `@@ -${head + 1},${removed.length} +${head + 1},${added.length} @@`;
  const masked = (lines, index) => printable(maskLine(lines[index], [lines[index - 1], lines[index + 1]]).replace(/\r$/, ""));
  return [`--- ${printable(name)}`, `+++ ${printable(name)} (fixed)`, hunk, ...removed.map((_, i) => `-${masked(old, head + i)}`), ...added.map((_, i) => `+${masked(now, head + i)}`), ""].join("\n");
}
export {
  fixDiff,
  planFixes,
  withoutRefusedFixes
};
