import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  sha256Hex
} from "./chunk-YWQAKHHM.js";
import {
  findingIdentity,
  rebaseFile
} from "./chunk-XEQW7TWC.js";
import {
  LineCursor
} from "./chunk-ZTHYLWEB.js";
import {
  formatPath,
  isPseudoFile
} from "./chunk-UAKUUDY6.js";
import {
  byCodeUnits
} from "./chunk-3TY5ZICS.js";
import {
  UsageError
} from "./chunk-YI5XR4DP.js";

// src/format/baseline.ts
import { dirname, resolve } from "node:path";
var BASELINE_VERSION = 1;
function goneFiles(baseDir, exists) {
  return (file) => {
    if (isPseudoFile(file)) return false;
    const path = resolve(baseDir, file);
    return !exists(path) && exists(dirname(path));
  };
}
function judges(context, file) {
  return context.read.has(file) || context.gone?.(file) === true;
}
function readFiles(result, inputs, cwd, baseDir) {
  const names = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const add = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    names.add(rebaseFile(file, cwd, baseDir));
  };
  for (const input of inputs) {
    add(input.name);
    for (const template of input.templates?.values() ?? []) add(template.name);
  }
  for (const finding of result.findings) add(finding.location.file);
  return names;
}
function baselineEntry(finding, context) {
  const file = rebaseFile(finding.location.file, context.cwd, context.baseDir);
  const name = finding.location.file;
  const text = context.texts.get(name);
  let index = context.indexes?.get(name);
  if (text !== void 0 && index === void 0) (context.indexes ??= /* @__PURE__ */ new Map()).set(name, index = new LineCursor(text));
  const value = finding.location.sensitive ? "" : textAt(index, text, finding.location);
  const fingerprint = sha256Hex(`${findingIdentity(withoutIndexes(finding), file)}\0${sha256Hex(value)}`).slice(0, 32);
  return { ruleId: finding.ruleId, file, path: formatPath(finding.location.path), fingerprint };
}
function entryFiles(lines) {
  const files = /* @__PURE__ */ new Set();
  for (const line of lines) {
    for (const match of line.matchAll(FILE_FIELD)) {
      try {
        files.add(JSON.parse(match[1]));
      } catch {
        return void 0;
      }
    }
  }
  return files.size > 0 ? files : void 0;
}
function keepsEntries(files, context) {
  return [...files].some((file) => !judges(context, file));
}
function keptEntries(text, name, context) {
  try {
    return parseBaseline(text, name).filter((entry) => !judges(context, entry.file));
  } catch {
    return [];
  }
}
var FILE_FIELD = /"file"\s*:\s*("(?:[^"\\]|\\.)*")/g;
function writeBaseline(result, context, kept = []) {
  const entries = [];
  for (const finding of result.findings) if (!finding.suppressed && baselinable(finding)) entries.push(baselineEntry(finding, context));
  entries.push(...kept);
  entries.sort((a, b) => byCodeUnits(a.file, b.file) || byCodeUnits(a.ruleId, b.ruleId) || byCodeUnits(a.path, b.path) || byCodeUnits(a.fingerprint, b.fingerprint));
  return { text: baselineText(entries), entries: entries.length - kept.length, kept: kept.length };
}
function* baselineText(entries) {
  yield `{
  "version": ${BASELINE_VERSION},
  "tool": "litellm-preflight",
  "entries": ${entries.length === 0 ? "[]" : "["}`;
  for (let index = 0; index < entries.length; index++) {
    const { ruleId, file, path, fingerprint } = entries[index];
    const fields = [["ruleId", ruleId], ["file", file], ["path", path], ["fingerprint", fingerprint]].map(([key, value]) => `      ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    yield `${index === 0 ? "" : ","}
    {
${fields.join(",\n")}
    }`;
  }
  yield `${entries.length === 0 ? "" : "\n  ]"}
}
`;
}
function parseBaseline(text, name) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`baseline file ${name} is not JSON (write it with --write-baseline)`);
  }
  const record = data;
  if (!record || typeof record !== "object" || Array.isArray(record)) throw new UsageError(`baseline file ${name} is not a litellm-preflight baseline (write it with --write-baseline)`);
  if (record.version !== BASELINE_VERSION) throw new UsageError(`baseline file ${name} has version ${JSON.stringify(record.version ?? null)}; this litellm-preflight reads version ${BASELINE_VERSION}`);
  if (!Array.isArray(record.entries)) throw new UsageError(`baseline file ${name} has no entries list`);
  return record.entries.map((entry, index) => {
    const fields = entry;
    const valid = fields && typeof fields === "object" && ["ruleId", "file", "path", "fingerprint"].every((key) => typeof fields[key] === "string");
    if (!valid) throw new UsageError(`baseline file ${name}: entry ${index + 1} needs ruleId, file, path and fingerprint strings`);
    return { ruleId: fields.ruleId, file: fields.file, path: fields.path, fingerprint: fields.fingerprint };
  });
}
function applyBaseline(result, entries, file, context) {
  const remaining = /* @__PURE__ */ new Map();
  for (const entry of entries) remaining.set(entry.fingerprint, [...remaining.get(entry.fingerprint) ?? [], entry]);
  let unchanged = 0;
  const findings = result.findings.map((finding) => {
    if (finding.suppressed) return finding;
    if (!baselinable(finding)) return { ...finding, baseline: "new" };
    const { fingerprint } = baselineEntry(finding, context);
    const left = remaining.get(fingerprint);
    if (left && left.length > 0) {
      left.pop();
      unchanged++;
      return { ...finding, baseline: "unchanged" };
    }
    return { ...finding, baseline: "new" };
  });
  const stale = [...remaining.values()].flat().filter((entry) => judges(context, entry.file));
  stale.sort((a, b) => byCodeUnits(a.file, b.file) || byCodeUnits(a.ruleId, b.ruleId) || byCodeUnits(a.path, b.path));
  return { ...result, findings, baseline: { file, unchanged, stale } };
}
function baselinable(finding) {
  if (finding.ruleId === "litellm-unverified") return false;
  return finding.ruleId !== "yaml-syntax" || finding.messageId === "ignored" || finding.messageId === "manifestAsValues" || finding.messageId === "notAnObject";
}
function withoutIndexes(finding) {
  return { ...finding, location: { ...finding.location, path: finding.location.path.map((segment) => typeof segment === "number" ? "*" : segment) } };
}
function textAt(index, text, location) {
  if (index === void 0 || text === void 0) return "";
  const start = index.lineStart(location.start.line) + location.start.column - 1;
  const end = index.lineStart(location.end.line) + location.end.column - 1;
  return text.slice(start, Math.max(start, end));
}

export {
  BASELINE_VERSION,
  goneFiles,
  readFiles,
  baselineEntry,
  entryFiles,
  keepsEntries,
  keptEntries,
  writeBaseline,
  parseBaseline,
  applyBaseline
};
