/**
 * SARIF checks shared by the tests: the official SARIF 2.1.0 schema (draft-04, shipped by
 * @microsoft/jest-sarif) compiled with ajv-draft-04, plus what GitHub code scanning needs that the
 * schema does not enforce.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv04Module from "ajv-draft-04";
import type { ErrorObject, ValidateFunction } from "ajv-draft-04";

const require = createRequire(import.meta.url);
const SCHEMA_PATH = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");

let validate: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (validate) return validate;
  // ajv-draft-04 is CommonJS (`module.exports = Ajv`, plus `.default`).
  type AjvClass = typeof Ajv04Module.default;
  const module = Ajv04Module as unknown as { default?: AjvClass };
  const Ajv04 = (module.default ?? (Ajv04Module as unknown as AjvClass));
  // unicodeRegExp: false — one pattern of the schema (language tags) is not valid with the `u` flag.
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  // The formats the schema uses, checked as GitHub's validator would (it reports them as warnings;
  // here they are errors, to stay well-formed).
  ajv.addFormat("uri", (value: string) => URL.canParse(value));
  ajv.addFormat("uri-reference", (value: string) => URL.canParse(value, "file:///base/") && !/[\s<>"{}|\\^`]/.test(value));
  ajv.addFormat("date-time", (value: string) => !Number.isNaN(Date.parse(value)));
  const compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as object);
  validate = compiled;
  return compiled;
}

/** Schema errors as readable lines; [] when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  const check = validator();
  if (check(log)) return [];
  return (check.errors ?? []).map((error: ErrorObject) => `${error.instancePath || "/"} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`);
}

interface Region {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
interface PhysicalLocation {
  artifactLocation?: { uri?: string };
  region?: Region;
}
export interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version?: string; semanticVersion?: string; informationUri?: string; rules?: Record<string, unknown>[] } };
    automationDetails?: { id?: string };
    invocations?: { executionSuccessful: boolean; toolExecutionNotifications?: { level?: string; message: { text: string }; descriptor?: { id: string } }[] }[];
    results?: {
      ruleId?: string;
      ruleIndex?: number;
      level?: string;
      message: { text: string };
      locations?: { physicalLocation?: PhysicalLocation }[];
      relatedLocations?: { id?: number; physicalLocation?: PhysicalLocation; message?: { text: string } }[];
      partialFingerprints?: Record<string, string>;
      properties?: Record<string, unknown>;
    }[];
  }[];
}

/** GitHub's ingestion rules that the schema leaves open (peers.md §3). */
export function githubIngestionProblems(log: SarifLog): string[] {
  const problems: string[] = [];
  if (log.runs.length === 0 || log.runs.length > 20) problems.push(`runs: ${log.runs.length}`);
  for (const [r, run] of log.runs.entries()) {
    const rules = run.tool.driver.rules;
    if (!rules || rules.length === 0) problems.push(`run ${r}: driver has no rules`);
    const ids = (rules ?? []).map((rule) => rule.id);
    if (new Set(ids).size !== ids.length) problems.push(`run ${r}: duplicate rule ids`);
    for (const rule of rules ?? []) {
      const text = (rule.shortDescription as { text?: string } | undefined)?.text ?? "";
      if (text.length > 1024) problems.push(`rule ${String(rule.id)}: shortDescription over 1024`);
      const tags = ((rule.properties as { tags?: unknown[] } | undefined)?.tags ?? []).length;
      if (tags > 20) problems.push(`rule ${String(rule.id)}: ${tags} tags`);
      const severity = (rule.properties as Record<string, unknown> | undefined)?.["security-severity"];
      if (severity !== undefined && !(typeof severity === "string" && Number(severity) > 0 && Number(severity) <= 10)) problems.push(`rule ${String(rule.id)}: bad security-severity`);
    }
    if (!run.automationDetails?.id) problems.push(`run ${r}: no automationDetails.id`);
    const results = run.results ?? [];
    if (results.length > 25_000) problems.push(`run ${r}: ${results.length} results`);
    for (const [i, result] of results.entries()) {
      const where = `run ${r} result ${i} (${result.ruleId})`;
      if (result.ruleIndex === undefined || rules?.[result.ruleIndex]?.id !== result.ruleId) problems.push(`${where}: ruleIndex does not point at ruleId`);
      const location = result.locations?.[0]?.physicalLocation;
      if (!location?.artifactLocation?.uri) problems.push(`${where}: no primary location URI`);
      if (!location?.region || (location.region.startLine ?? 0) < 1) problems.push(`${where}: no region.startLine >= 1`);
      const region = location?.region ?? {};
      if ((region.endLine ?? region.startLine ?? 0) < (region.startLine ?? 0)) problems.push(`${where}: endLine before startLine`);
      if (region.endLine === region.startLine && (region.endColumn ?? 1) < (region.startColumn ?? 1)) problems.push(`${where}: endColumn before startColumn`);
      if ((result.locations?.length ?? 0) + (result.relatedLocations?.length ?? 0) > 1000) problems.push(`${where}: too many locations`);
      if (!result.partialFingerprints?.primaryLocationLineHash) problems.push(`${where}: no primaryLocationLineHash`);
      if (!result.message.text.trim()) problems.push(`${where}: empty message`);
      if (/^(https?|file|git):/.test(location?.artifactLocation?.uri ?? "")) problems.push(`${where}: URI is not repository-relative`);
    }
  }
  return problems;
}

/** Any key named `snippet` or `contents` anywhere in the log (there must be none). */
export function snippetKeys(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => snippetKeys(item, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => [...(key === "snippet" || key === "contents" || key === "contextRegion" ? [`${path}.${key}`] : []), ...snippetKeys(child, `${path}.${key}`)]);
  }
  return [];
}
