/**
 * SARIF 2.1.0 for GitHub code scanning (`--format sarif`, `--sarif FILE`, the Action's upload file).
 *
 * - Rule meta maps 1:1 to `tool.driver.rules[]` (see RuleMeta in engine/rule.ts).
 * - Suppressed findings are left out: code scanning does not honour SARIF `suppressions`.
 * - No snippets, no artifact contents, no region `snippet`: the SARIF file is uploaded and kept by
 *   GitHub, and a snippet of a values file or a Secret could carry a credential.
 * - URIs are relative to `root` (the repository root), converted from the cwd-relative names the
 *   core reports.
 * - Non-file inputs keep a location so that code scanning accepts the result: `<stdin>` becomes
 *   the relative URI `%3Cstdin%3E`, `--set` / `--set-string` become `--set` / `--set-string` with
 *   the flag's occurrence as the line and the columns inside its argument. Neither resolves to a
 *   file in the checkout, so `upload-sarif` computes no line-based fingerprint for them; ours does
 *   not depend on the file's text anyway (see below), and the message says where the value came
 *   from.
 * - `partialFingerprints.primaryLocationLineHash` = hash of rule id, message id, artifact, the
 *   rendered object's identity (manifests) and the YAML path, plus `:n` for repeats — so an alert
 *   survives edits that only move lines, which GitHub's own text-window hash does not.
 */
import { sha256Hex } from "../core/sha256.ts";
import { DOCS_BASE_URL, docsUrl, type RuleBase } from "../engine/rule.ts";
import { formatPath, isPseudoFile } from "../core/source.ts";
import type { Finding, LintResult, Location } from "../core/types.ts";
import { findingIdentity, fixLine, jsonArrayPieces, locationLabel, objectLabel, plainLine, prioritise, rebaseFile, sentence } from "./common.ts";
import { environmentResult } from "./environments.ts";

export interface SarifOptions {
  rules: readonly RuleBase[];
  tool: { name: string; version: string };
  /** Absolute directory that artifact URIs are relative to (the repository root). */
  root: string;
  /** Absolute directory that finding file names are relative to. */
  cwd: string;
  /** `runs[0].automationDetails.id`; a trailing `/` is added when missing (as upload-sarif does). */
  category: string;
  /** Set by runsOf: the run holds every environment's results. */
  environmentsInOneRun?: boolean;
}

export const DEFAULT_SARIF_CATEGORY = "litellm-preflight/";
/** GitHub rejects a run with more results than this. */
export const MAX_SARIF_RESULTS = 25_000;
/** GitHub rejects a file with more runs than this: more environments than that share one run. */
export const MAX_SARIF_RUNS = 20;
/** GitHub rejects a result with more locations than this (the primary one included). */
const MAX_RELATED_LOCATIONS = 999;
const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const INFORMATION_URI = DOCS_BASE_URL.replace(/\/blob\/.*$/, "");

type Json = Record<string, unknown>;

const NOTIFICATIONS = [
  { id: "live-checks", name: "LiveChecks", text: "Status of the live checks against the LiteLLM proxy" },
  { id: "results-truncated", name: "ResultsTruncated", text: "Results were left out to stay within code scanning's limits" },
  { id: "suppressed-findings", name: "SuppressedFindings", text: "Findings suppressed by inline directives are not uploaded" },
  { id: "environments-in-one-run", name: "EnvironmentsInOneRun", text: "Environments share one run to stay within code scanning's limit of runs per file" },
] as const;
type NotificationId = (typeof NOTIFICATIONS)[number]["id"];

function normaliseCategory(category: string): string {
  const trimmed = category.trim();
  if (trimmed === "") return DEFAULT_SARIF_CATEGORY;
  return trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
}


export function buildSarif(result: LintResult, options: SarifOptions): object {
  const runs = runsOf(result, options).map(({ run, results }) => ({ ...run, results: results.map((make) => make()) }));
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs };
}

/** A run without its results, and one function per result that builds it. */
interface RunParts {
  run: Json;
  results: (() => Json)[];
}

/**
 * Every environment is its own run, so that code scanning keeps their alerts apart; more than
 * MAX_SARIF_RUNS share one run, each result naming its environments (a file shared by several has
 * its finding once).
 */
function runsOf(result: LintResult, options: SarifOptions): RunParts[] {
  if (!result.environments) return [runParts(result, options)];
  if (result.environments.length > MAX_SARIF_RUNS) return [runParts(result, { ...options, environmentsInOneRun: true })];
  return result.environments.map((environment) => runParts(environmentResult(result, environment), { ...options, category: `${normaliseCategory(options.category)}${environment.name}/` }));
}

function runParts(result: LintResult, options: SarifOptions): RunParts {
  const descriptors: Json[] = [];
  const ruleIndex = new Map<string, number>();
  for (const rule of options.rules) {
    if (ruleIndex.has(rule.meta.id)) continue;
    ruleIndex.set(rule.meta.id, descriptors.length);
    descriptors.push(reportingDescriptor(rule));
  }

  // Baselined findings stay, marked `baselineState: unchanged` (§3.27.24): code scanning keeps their alerts as they were.
  const active = result.findings.filter((finding) => !finding.suppressed);
  const kept = capResults(active, options.rules);
  for (const finding of kept) {
    if (ruleIndex.has(finding.ruleId)) continue;
    // A finding of a rule the caller did not list still gets a (minimal) descriptor.
    ruleIndex.set(finding.ruleId, descriptors.length);
    descriptors.push({ id: finding.ruleId, shortDescription: { text: finding.ruleId }, help: { text: `See ${docsUrl(finding.ruleId)}.` }, helpUri: docsUrl(finding.ruleId) });
  }

  const seen = new Map<string, number>();
  // Built one at a time, in order (occurrence numbers count up through `seen`).
  const results = kept.map((finding) => () => sarifResult(finding, ruleIndex.get(finding.ruleId)!, options, seen));

  const notifications: Json[] = [];
  const notify = (id: NotificationId, level: "note" | "warning" | "error", text: string) => {
    const index = NOTIFICATIONS.findIndex((notification) => notification.id === id);
    notifications.push({ descriptor: { id, index }, level, message: { text: sentence(text) } });
  };
  if (kept.length < active.length) {
    notify(
      "results-truncated",
      "warning",
      `Only the ${MAX_SARIF_RESULTS.toLocaleString("en-US")} most severe of ${active.length.toLocaleString("en-US")} results are included, because code scanning rejects runs with more; run with --format json for all of them`,
    );
  }
  const suppressed = result.findings.length - active.length;
  if (options.environmentsInOneRun) {
    notify("environments-in-one-run", "warning", `The ${result.environments!.length} environments share this run, because code scanning rejects a file with more than ${MAX_SARIF_RUNS} runs; each result names its environments`);
  }
  if (suppressed > 0) notify("suppressed-findings", "note", `${suppressed} finding${suppressed === 1 ? " was" : "s were"} suppressed by inline directives and left out (code scanning ignores SARIF suppressions)`);
  liveNotifications(result, notify);

  const version = options.tool.version;
  const run = {
    tool: {
      driver: {
        name: options.tool.name,
        version,
        ...(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/.test(version) ? { semanticVersion: version } : {}),
        informationUri: INFORMATION_URI,
        rules: descriptors,
        notifications: NOTIFICATIONS.map((notification) => ({ id: notification.id, name: notification.name, shortDescription: { text: notification.text } })),
      },
    },
    automationDetails: { id: normaliseCategory(options.category) },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    columnKind: "utf16CodeUnits",
    results: RESULTS_PLACEHOLDER,
  };
  return { run, results };
}

const RESULTS_PLACEHOLDER = "\0results";

/**
 * The text of `JSON.stringify(buildSarif(…), null, 2)`, made result by result and handed out in
 * pieces: a finding-dense run never holds every result, nor the whole text, at once (JSON strings
 * hold no raw line breaks, so indenting a result's own text by its depth gives the same text).
 */
export function* sarifText(result: LintResult, options: SarifOptions): Generator<string> {
  const parts = runsOf(result, options);
  if (parts.length === 0) {
    yield `${JSON.stringify(buildSarif(result, options), null, 2)}\n`;
    return;
  }
  const placeholder = JSON.stringify(RESULTS_PLACEHOLDER);
  const head = JSON.stringify({ $schema: SARIF_SCHEMA, version: "2.1.0" }, null, 2).slice(0, -2);
  yield `${head},\n  "runs": [\n`;
  for (const [index, { run, results }] of parts.entries()) {
    const text = `    ${JSON.stringify(run, null, 2).replaceAll("\n", "\n    ")}`;
    // The last occurrence: `results` is the run's last key, after any text taken from the inputs.
    const at = text.lastIndexOf(placeholder);
    yield `${index > 0 ? ",\n" : ""}${text.slice(0, at)}`;
    // Results stand four levels deep: the log, runs, the run, results.
    yield* jsonArrayPieces(results, 3, (make) => make());
    yield text.slice(at + placeholder.length);
  }
  yield "\n  ]\n}\n";
}

/** sarifText in one string. */
export function formatSarif(result: LintResult, options: SarifOptions): string {
  return [...sarifText(result, options)].join("");
}

function reportingDescriptor(rule: RuleBase): Json {
  const { meta } = rule;
  const properties: Json = { tags: meta.tags.slice(0, 20), precision: "high" };
  if (meta.securitySeverity !== undefined) properties["security-severity"] = meta.securitySeverity;
  return {
    id: meta.id,
    name: limit(meta.name, 255),
    shortDescription: { text: limit(plainLine(meta.description), 1024) },
    fullDescription: { text: limitSentences(plainLine(meta.details), 1024) },
    help: { text: meta.remediation, markdown: helpMarkdown(rule) },
    helpUri: docsUrl(meta.id),
    defaultConfiguration: { level: meta.defaultSeverity },
    properties,
  };
}

function helpMarkdown(rule: RuleBase): string {
  const { meta } = rule;
  const longestTicks = Math.max(0, ...(meta.example.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestTicks + 1));
  return `${meta.remediation}\n\n${fence}yaml\n${meta.example.replace(/\n+$/, "")}\n${fence}\n\n[Rule documentation](${docsUrl(meta.id)})`;
}

function limit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** At most `max` characters, cut after the last whole sentence that fits (GitHub's 1024 limit). */
export function limitSentences(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const end = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "));
  return end > max / 2 ? head.slice(0, end + 1) : limit(text, max);
}

/**
 * Keeps at most MAX_SARIF_RESULTS findings in their original order: the most severe, security rules
 * first and every rule's first before any rule's second, as annotations are chosen (a leaked key is
 * never pushed out by thousands of type errors).
 */
function capResults(findings: Finding[], rules: readonly RuleBase[]): Finding[] {
  if (findings.length <= MAX_SARIF_RESULTS) return findings;
  const kept = new Set(prioritise(findings, rules).slice(0, MAX_SARIF_RESULTS));
  return findings.filter((finding) => kept.has(finding));
}

function sarifResult(finding: Finding, index: number, options: SarifOptions, seen: Map<string, number>): Json {
  const primary = finding.location;
  const related = finding.related.slice(0, MAX_RELATED_LOCATIONS);
  const key = fingerprintKey(finding, options);
  const occurrence = (seen.get(key) ?? 0) + 1;
  seen.set(key, occurrence);

  const out: Json = {
    ruleId: finding.ruleId,
    ruleIndex: index,
    level: finding.severity,
    message: { text: messageText(finding, related, options) },
    locations: [{ physicalLocation: physicalLocation(primary, options) }],
  };
  if (related.length > 0) {
    out.relatedLocations = related.map((location, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(location, options),
      message: { text: relatedText(location) },
    }));
  }
  if (finding.baseline) out.baselineState = finding.baseline;
  // The one-shot hash: the same SHA-256, without a stream Hash object per finding (ten times the cost).
  out.partialFingerprints = { primaryLocationLineHash: `${sha256Hex(key).slice(0, 32)}:${occurrence}` };
  const properties: Json = { yamlPath: formatPath(primary.path) };
  if (primary.object) properties.object = { ...primary.object };
  if (primary.doc !== undefined) properties.document = primary.doc;
  out.properties = properties;
  return out;
}

/**
 * The message is the core's message as a sentence, then context that the location alone does not
 * give: the rendered object, where a non-file value came from, and links to related locations
 * (SARIF `[text](id)` links, rendered by code scanning).
 */
function messageText(finding: Finding, related: Location[], options: SarifOptions): string {
  const parts = [sentence(finding.message)];
  const { location } = finding;
  const object = objectLabel(location);
  if (location.file === "<stdin>") parts.push(`Found in the manifests read from stdin${object ? `, in ${object}` : ""}.`);
  else if (location.file.startsWith("--")) parts.push(`Set by the ${ordinal(location.start.line)} ${location.file} flag.`);
  else if (object) parts.push(`Found in ${object}${location.object?.source ? ` (rendered from ${location.object.source})` : ""}.`);
  if (options.environmentsInOneRun && finding.environments) parts.push(`In environment${finding.environments.length === 1 ? "" : "s"} ${finding.environments.join(", ")}.`);
  // As written: a curl command must stay pasteable (no capital, no added period).
  if (finding.remediation) parts.push(`Fix: ${fixLine(finding.remediation)}`);
  // `[text](target)` is SARIF's link syntax: keep free text from forming one by accident.
  let text = parts.join(" ").replace(/\]\(/g, "] (");
  if (related.length > 0) {
    const links = related.slice(0, 3).map((r, i) => `[${linkText(locationLabel({ ...r, file: rebased(r.file, options) }))}](${i + 1})`);
    const more = related.length > 3 ? ` and ${related.length - 3} more` : "";
    text += ` See also ${links.join(", ")}${more}.`;
  }
  return text;
}

function linkText(text: string): string {
  return text.replace(/[[\]\\]/g, (char) => `\\${char}`);
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

function relatedText(location: Location): string {
  const object = objectLabel(location);
  const path = formatPath(location.path);
  const where = [object, path].filter(Boolean).join(", ");
  return where === "" ? "Related location." : sentence(where);
}

/** Per run, each file name rebased and its URI, worked out once: path resolution cost more than the rest of a result. */
const namesByRun = new WeakMap<SarifOptions, Map<string, { rebased: string; uri?: string }>>();

function nameOf(file: string, options: SarifOptions): { rebased: string; uri?: string } {
  let names = namesByRun.get(options);
  if (!names) namesByRun.set(options, (names = new Map()));
  let name = names.get(file);
  if (!name) names.set(file, (name = { rebased: rebaseFile(file, options.cwd, options.root) }));
  return name;
}

function rebased(file: string, options: SarifOptions): string {
  return nameOf(file, options).rebased;
}

function artifactUri(file: string, options: SarifOptions): string {
  const name = nameOf(file, options);
  return (name.uri ??= uriOf(name.rebased));
}

function uriOf(rel: string): string {
  return rel
    .split("/")
    .map((segment) => (segment === ".." || segment === "." ? segment : encodeSegment(segment)))
    .join("/");
}

function encodeSegment(segment: string): string {
  // RFC 3986 path characters stay readable; `:` is encoded so that a first segment cannot look like
  // a scheme.
  return encodeURIComponent(segment).replace(/%(2B|3D|40|2C|3B|24|26)/g, (match) => decodeURIComponent(match));
}

/** A whole number ≥ `min` (GitHub rejects regions with line 0 or negative lines). */
function whole(value: number, min: number): number {
  return Number.isFinite(value) ? Math.max(min, Math.trunc(value)) : min;
}

function physicalLocation(location: Location, options: SarifOptions): Json {
  const startLine = whole(location.start.line, 1);
  const startColumn = whole(location.start.column, 1);
  const endLine = whole(location.end.line, startLine);
  const endColumn = endLine === startLine ? whole(location.end.column, startColumn) : whole(location.end.column, 1);
  return {
    artifactLocation: { uri: artifactUri(location.file, options) },
    region: { startLine, startColumn, endLine, endColumn },
  };
}

function fingerprintKey(finding: Finding, options: SarifOptions): string {
  const { location } = finding;
  return findingIdentity(finding, isPseudoFile(location.file) ? location.file : rebased(location.file, options));
}

function liveNotifications(result: LintResult, notify: (id: NotificationId, level: "note" | "warning" | "error", text: string) => void): void {
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
