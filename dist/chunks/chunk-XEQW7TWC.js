import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  isPseudoFile,
  maskKeys
} from "./chunk-UAKUUDY6.js";
import {
  byCodeUnits
} from "./chunk-3TY5ZICS.js";

// src/format/common.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
function activeFindings(result) {
  return result.findings.filter((finding) => !finding.suppressed && finding.baseline !== "unchanged");
}
function appliesToFiles(fix) {
  return fix.edits.every((edit) => edit.source === "values");
}
function findingIdentity(finding, artifact) {
  const { location } = finding;
  const object = location.object;
  const identity = object ? `${object.apiVersion}/${object.kind}/${object.namespace ?? ""}/${object.name}` : location.doc !== void 0 ? `#${location.doc}` : "";
  const path = location.path.length > 0 ? JSON.stringify(location.path) : `~${plainLine(finding.message)}`;
  return [finding.ruleId, finding.messageId, artifact, identity, path].join("\0");
}
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
var WHITE_SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;
function plainLine(text) {
  return maskKeys(text.replace(WHITE_SPACE_TO_COLLAPSE, " ").trim());
}
function sentence(text) {
  let out = plainLine(text);
  if (out === "") return out;
  const firstWord = /^[^\s]+/.exec(out)?.[0] ?? "";
  if (/^[a-z]+[,;:]?$/.test(firstWord)) out = out[0].toUpperCase() + out.slice(1);
  if (!/[.!?]["')\]]?$/.test(out)) out += ".";
  return out;
}
function sentenceWith(text, context) {
  const base = sentence(text);
  if (!context) return base;
  const body = base.endsWith(".") ? base.slice(0, -1) : base;
  return body.endsWith(")") ? `${body}, ${context}.` : `${body} (${context}).`;
}
function locationLabel(location) {
  const { file, start } = location;
  if (file.startsWith("--")) return `${file} #${start.line}, column ${start.column}`;
  return `${file}:${start.line}:${start.column}`;
}
function findingSentence(finding) {
  const { location } = finding;
  const object = objectLabel(location);
  const context = isPseudoFile(location.file) ? `from ${locationLabel(location)}${object ? `, ${object}` : ""}` : object ? `in ${object}` : void 0;
  return sentenceWith(finding.message, context);
}
function objectLabel(location) {
  const object = location.object;
  if (!object) return void 0;
  return `${object.kind} ${object.namespace ? `${object.namespace}/` : ""}${object.name}`;
}
function relativeName(base, absolute) {
  const rel = relative(resolve(base), absolute);
  return (rel === "" ? absolute : rel).split(sep).join("/");
}
function rebaseFile(file, cwd, root) {
  if (isPseudoFile(file)) return file;
  return relativeName(root, isAbsolute(file) ? file : resolve(cwd, file));
}
function rebaseResult(result, cwd, root) {
  if (resolve(cwd) === resolve(root)) return result;
  const move = (location) => ({ ...location, file: rebaseFile(location.file, cwd, root) });
  return {
    ...result,
    findings: result.findings.map((finding) => ({ ...finding, location: move(finding.location), related: finding.related.map(move) })),
    budgetIds: result.budgetIds.map((budget) => ({ ...budget, location: budget.location ? move(budget.location) : null }))
  };
}
function prioritise(findings, rules) {
  const ruleRank = /* @__PURE__ */ new Map();
  const ordered = rules.map((rule, index) => ({ id: rule.meta.id, index, security: Number(rule.meta.securitySeverity ?? 0) || 0 })).sort((a, b) => b.security - a.security || a.index - b.index);
  ordered.forEach((rule, rank) => ruleRank.set(rule.id, rank));
  const rankOf = (ruleId) => ruleRank.get(ruleId) ?? ordered.length;
  const out = [];
  for (const severity of ["error", "warning", "note"]) {
    const byRule = /* @__PURE__ */ new Map();
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      const list = byRule.get(finding.ruleId);
      if (list) list.push(finding);
      else byRule.set(finding.ruleId, [finding]);
    }
    const queues = [...byRule.entries()].sort(([a], [b]) => rankOf(a) - rankOf(b) || byCodeUnits(a, b)).map(([, list]) => list);
    for (let round = 0; queues.some((queue) => round < queue.length); round++) {
      for (const queue of queues) {
        const finding = queue[round];
        if (finding) out.push(finding);
      }
    }
  }
  return out;
}
function fixLine(remediation) {
  const { request, config } = remediation;
  if (request) {
    const body = request.body ? ` -H 'Content-Type: application/json' -d '${JSON.stringify(request.body).replace(/'/g, "'\\''")}'` : "";
    return `curl -X ${request.method} "$LITELLM_URL${request.path}" -H "Authorization: Bearer $LITELLM_MASTER_KEY"${body}  # ${remediation.text}`;
  }
  return config ? `${config}  # ${remediation.text}` : remediation.text;
}
function wholeText(pieces) {
  return [...pieces].join("");
}
function* jsonArrayPieces(items, depth, make) {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const atDepth = (value) => {
    for (let level = 0; level < depth; level++) value = [value];
    return value;
  };
  const nested = JSON.stringify(atDepth([0]), null, 2);
  const prefix = nested.indexOf("0");
  const suffix = nested.length - prefix - 1;
  const indent = "  ".repeat(depth + 1);
  yield "[";
  const piece = [];
  for (let start = 0; start < items.length; start += ITEMS_PER_PIECE) {
    const end = Math.min(items.length, start + ITEMS_PER_PIECE);
    piece.length = 0;
    for (let i = start; i < end; i++) piece.push(make(items[i]));
    const text = JSON.stringify(atDepth(piece), null, 2);
    yield start > 0 ? `,
${indent}` : `
${indent}`;
    yield text.slice(prefix, text.length - suffix);
  }
  piece.length = 0;
  yield `
${"  ".repeat(depth)}]`;
}
var ITEMS_PER_PIECE = 16;

export {
  activeFindings,
  appliesToFiles,
  findingIdentity,
  countBySeverity,
  plainLine,
  sentence,
  sentenceWith,
  locationLabel,
  findingSentence,
  objectLabel,
  relativeName,
  rebaseFile,
  rebaseResult,
  prioritise,
  fixLine,
  wholeText,
  jsonArrayPieces
};
