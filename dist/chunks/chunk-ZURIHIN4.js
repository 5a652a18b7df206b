import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  sha256Hex
} from "./chunk-YWQAKHHM.js";
import {
  findingIdentity,
  fixLine,
  jsonArrayPieces,
  locationLabel,
  objectLabel,
  plainLine,
  prioritise,
  rebaseFile,
  sentence
} from "./chunk-XEQW7TWC.js";
import {
  environmentResult
} from "./chunk-LSGHLHXC.js";
import {
  DOCS_BASE_URL,
  docsUrl
} from "./chunk-JJJ5BOV3.js";
import {
  formatPath,
  isPseudoFile
} from "./chunk-UAKUUDY6.js";

// src/format/sarif.ts
var DEFAULT_SARIF_CATEGORY = "litellm-preflight/";
var MAX_SARIF_RESULTS = 25e3;
var MAX_SARIF_RUNS = 20;
var MAX_RELATED_LOCATIONS = 999;
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var INFORMATION_URI = DOCS_BASE_URL.replace(/\/blob\/.*$/, "");
var NOTIFICATIONS = [
  { id: "live-checks", name: "LiveChecks", text: "Status of the live checks against the LiteLLM proxy" },
  { id: "results-truncated", name: "ResultsTruncated", text: "Results were left out to stay within code scanning's limits" },
  { id: "suppressed-findings", name: "SuppressedFindings", text: "Findings suppressed by inline directives are not uploaded" },
  { id: "environments-in-one-run", name: "EnvironmentsInOneRun", text: "Environments share one run to stay within code scanning's limit of runs per file" }
];
function normaliseCategory(category) {
  const trimmed = category.trim();
  if (trimmed === "") return DEFAULT_SARIF_CATEGORY;
  return trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
}
function buildSarif(result, options) {
  const runs = runsOf(result, options).map(({ run, results }) => ({ ...run, results: results.map((make) => make()) }));
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs };
}
function runsOf(result, options) {
  if (!result.environments) return [runParts(result, options)];
  if (result.environments.length > MAX_SARIF_RUNS) return [runParts(result, { ...options, environmentsInOneRun: true })];
  return result.environments.map((environment) => runParts(environmentResult(result, environment), { ...options, category: `${normaliseCategory(options.category)}${environment.name}/` }));
}
function runParts(result, options) {
  const descriptors = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  for (const rule of options.rules) {
    if (ruleIndex.has(rule.meta.id)) continue;
    ruleIndex.set(rule.meta.id, descriptors.length);
    descriptors.push(reportingDescriptor(rule));
  }
  const active = result.findings.filter((finding) => !finding.suppressed);
  const kept = capResults(active, options.rules);
  for (const finding of kept) {
    if (ruleIndex.has(finding.ruleId)) continue;
    ruleIndex.set(finding.ruleId, descriptors.length);
    descriptors.push({ id: finding.ruleId, shortDescription: { text: finding.ruleId }, help: { text: `See ${docsUrl(finding.ruleId)}.` }, helpUri: docsUrl(finding.ruleId) });
  }
  const seen = /* @__PURE__ */ new Map();
  const results = kept.map((finding) => () => sarifResult(finding, ruleIndex.get(finding.ruleId), options, seen));
  const notifications = [];
  const notify = (id, level, text) => {
    const index = NOTIFICATIONS.findIndex((notification) => notification.id === id);
    notifications.push({ descriptor: { id, index }, level, message: { text: sentence(text) } });
  };
  if (kept.length < active.length) {
    notify(
      "results-truncated",
      "warning",
      `Only the ${MAX_SARIF_RESULTS.toLocaleString("en-US")} most severe of ${active.length.toLocaleString("en-US")} results are included, because code scanning rejects runs with more; run with --format json for all of them`
    );
  }
  const suppressed = result.findings.length - active.length;
  if (options.environmentsInOneRun) {
    notify("environments-in-one-run", "warning", `The ${result.environments.length} environments share this run, because code scanning rejects a file with more than ${MAX_SARIF_RUNS} runs; each result names its environments`);
  }
  if (suppressed > 0) notify("suppressed-findings", "note", `${suppressed} finding${suppressed === 1 ? " was" : "s were"} suppressed by inline directives and left out (code scanning ignores SARIF suppressions)`);
  liveNotifications(result, notify);
  const version = options.tool.version;
  const run = {
    tool: {
      driver: {
        name: options.tool.name,
        version,
        .../^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/.test(version) ? { semanticVersion: version } : {},
        informationUri: INFORMATION_URI,
        rules: descriptors,
        notifications: NOTIFICATIONS.map((notification) => ({ id: notification.id, name: notification.name, shortDescription: { text: notification.text } }))
      }
    },
    automationDetails: { id: normaliseCategory(options.category) },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    columnKind: "utf16CodeUnits",
    results: RESULTS_PLACEHOLDER
  };
  return { run, results };
}
var RESULTS_PLACEHOLDER = "\0results";
function* sarifText(result, options) {
  const parts = runsOf(result, options);
  if (parts.length === 0) {
    yield `${JSON.stringify(buildSarif(result, options), null, 2)}
`;
    return;
  }
  const placeholder = JSON.stringify(RESULTS_PLACEHOLDER);
  const head = JSON.stringify({ $schema: SARIF_SCHEMA, version: "2.1.0" }, null, 2).slice(0, -2);
  yield `${head},
  "runs": [
`;
  for (const [index, { run, results }] of parts.entries()) {
    const text = `    ${JSON.stringify(run, null, 2).replaceAll("\n", "\n    ")}`;
    const at = text.lastIndexOf(placeholder);
    yield `${index > 0 ? ",\n" : ""}${text.slice(0, at)}`;
    yield* jsonArrayPieces(results, 3, (make) => make());
    yield text.slice(at + placeholder.length);
  }
  yield "\n  ]\n}\n";
}
function formatSarif(result, options) {
  return [...sarifText(result, options)].join("");
}
function reportingDescriptor(rule) {
  const { meta } = rule;
  const properties = { tags: meta.tags.slice(0, 20), precision: "high" };
  if (meta.securitySeverity !== void 0) properties["security-severity"] = meta.securitySeverity;
  return {
    id: meta.id,
    name: limit(meta.name, 255),
    shortDescription: { text: limit(plainLine(meta.description), 1024) },
    fullDescription: { text: limitSentences(plainLine(meta.details), 1024) },
    help: { text: meta.remediation, markdown: helpMarkdown(rule) },
    helpUri: docsUrl(meta.id),
    defaultConfiguration: { level: meta.defaultSeverity },
    properties
  };
}
function helpMarkdown(rule) {
  const { meta } = rule;
  const longestTicks = Math.max(0, ...(meta.example.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestTicks + 1));
  return `${meta.remediation}

${fence}yaml
${meta.example.replace(/\n+$/, "")}
${fence}

[Rule documentation](${docsUrl(meta.id)})`;
}
function limit(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function limitSentences(text, max) {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const end = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "));
  return end > max / 2 ? head.slice(0, end + 1) : limit(text, max);
}
function capResults(findings, rules) {
  if (findings.length <= MAX_SARIF_RESULTS) return findings;
  const kept = new Set(prioritise(findings, rules).slice(0, MAX_SARIF_RESULTS));
  return findings.filter((finding) => kept.has(finding));
}
function sarifResult(finding, index, options, seen) {
  const primary = finding.location;
  const related = finding.related.slice(0, MAX_RELATED_LOCATIONS);
  const key = fingerprintKey(finding, options);
  const occurrence = (seen.get(key) ?? 0) + 1;
  seen.set(key, occurrence);
  const out = {
    ruleId: finding.ruleId,
    ruleIndex: index,
    level: finding.severity,
    message: { text: messageText(finding, related, options) },
    locations: [{ physicalLocation: physicalLocation(primary, options) }]
  };
  if (related.length > 0) {
    out.relatedLocations = related.map((location, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(location, options),
      message: { text: relatedText(location) }
    }));
  }
  if (finding.baseline) out.baselineState = finding.baseline;
  out.partialFingerprints = { primaryLocationLineHash: `${sha256Hex(key).slice(0, 32)}:${occurrence}` };
  const properties = { yamlPath: formatPath(primary.path) };
  if (primary.object) properties.object = { ...primary.object };
  if (primary.doc !== void 0) properties.document = primary.doc;
  out.properties = properties;
  return out;
}
function messageText(finding, related, options) {
  const parts = [sentence(finding.message)];
  const { location } = finding;
  const object = objectLabel(location);
  if (location.file === "<stdin>") parts.push(`Found in the manifests read from stdin${object ? `, in ${object}` : ""}.`);
  else if (location.file.startsWith("--")) parts.push(`Set by the ${ordinal(location.start.line)} ${location.file} flag.`);
  else if (object) parts.push(`Found in ${object}${location.object?.source ? ` (rendered from ${location.object.source})` : ""}.`);
  if (options.environmentsInOneRun && finding.environments) parts.push(`In environment${finding.environments.length === 1 ? "" : "s"} ${finding.environments.join(", ")}.`);
  if (finding.remediation) parts.push(`Fix: ${fixLine(finding.remediation)}`);
  let text = parts.join(" ").replace(/\]\(/g, "] (");
  if (related.length > 0) {
    const links = related.slice(0, 3).map((r, i) => `[${linkText(locationLabel({ ...r, file: rebased(r.file, options) }))}](${i + 1})`);
    const more = related.length > 3 ? ` and ${related.length - 3} more` : "";
    text += ` See also ${links.join(", ")}${more}.`;
  }
  return text;
}
function linkText(text) {
  return text.replace(/[[\]\\]/g, (char) => `\\${char}`);
}
function ordinal(n) {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : { 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th";
  return `${n}${suffix}`;
}
function relatedText(location) {
  const object = objectLabel(location);
  const path = formatPath(location.path);
  const where = [object, path].filter(Boolean).join(", ");
  return where === "" ? "Related location." : sentence(where);
}
var namesByRun = /* @__PURE__ */ new WeakMap();
function nameOf(file, options) {
  let names = namesByRun.get(options);
  if (!names) namesByRun.set(options, names = /* @__PURE__ */ new Map());
  let name = names.get(file);
  if (!name) names.set(file, name = { rebased: rebaseFile(file, options.cwd, options.root) });
  return name;
}
function rebased(file, options) {
  return nameOf(file, options).rebased;
}
function artifactUri(file, options) {
  const name = nameOf(file, options);
  return name.uri ??= uriOf(name.rebased);
}
function uriOf(rel) {
  return rel.split("/").map((segment) => segment === ".." || segment === "." ? segment : encodeSegment(segment)).join("/");
}
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(/%(2B|3D|40|2C|3B|24|26)/g, (match) => decodeURIComponent(match));
}
function whole(value, min) {
  return Number.isFinite(value) ? Math.max(min, Math.trunc(value)) : min;
}
function physicalLocation(location, options) {
  const startLine = whole(location.start.line, 1);
  const startColumn = whole(location.start.column, 1);
  const endLine = whole(location.end.line, startLine);
  const endColumn = endLine === startLine ? whole(location.end.column, startColumn) : whole(location.end.column, 1);
  return {
    artifactLocation: { uri: artifactUri(location.file, options) },
    region: { startLine, startColumn, endLine, endColumn }
  };
}
function fingerprintKey(finding, options) {
  const { location } = finding;
  return findingIdentity(finding, isPseudoFile(location.file) ? location.file : rebased(location.file, options));
}
function liveNotifications(result, notify) {
  const { live } = result;
  const requests = `${live.requests} request${live.requests === 1 ? "" : "s"}`;
  const version = live.litellmVersion ? `, LiteLLM ${live.litellmVersion}` : "";
  const reason = live.reason ? `: ${live.reason}` : "";
  switch (live.status) {
    case "skipped":
      notify("live-checks", "note", `Live LiteLLM checks were skipped${reason || ": not requested"}`);
      break;
    case "inconclusive":
      notify("live-checks", "warning", `Live LiteLLM checks were inconclusive (${requests}${version})${reason}`);
      break;
    case "failed":
      notify("live-checks", "note", `Live LiteLLM checks failed (${requests}${version}); the failures are results of this run${reason}`);
      break;
    case "passed":
      notify("live-checks", "note", `Live LiteLLM checks passed (${requests}${version})${reason}`);
      break;
  }
  for (const notice of live.notices) notify("live-checks", "note", `Live checks: ${notice}`);
}

export {
  DEFAULT_SARIF_CATEGORY,
  MAX_SARIF_RESULTS,
  MAX_SARIF_RUNS,
  buildSarif,
  sarifText,
  formatSarif,
  limitSentences
};
