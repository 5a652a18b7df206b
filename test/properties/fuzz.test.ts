/**
 * Property-based test of the whole pipeline, in-process: generated values files and manifests
 * (env lists of every shape, ConfigMaps and Secrets, `--set` arguments) and random edits of
 * real-looking texts (deletions, insertions of YAML punctuation, control characters and non-ASCII
 * text, duplicated and swapped lines, re-indentation, truncation) go through `lint()` and every
 * formatter. Each run must:
 * - end (and within a few seconds), with exit code 0 or 1, or a usage error (exit 2: a `--set` the
 *   parser refuses), never any other exception;
 * - give every finding, related location and budget id a position inside the text it names;
 * - produce JSON that parses and holds every finding, SARIF that validates against the official
 *   2.1.0 schema and GitHub's ingestion rules, and stylish, GitHub and summary output without
 *   throwing.
 *
 * Fixed seed and ≈ 200 cases in CI; a longer local run: FUZZ_RUNS=5000 npx vitest run test/fuzz.test.ts
 * (FUZZ_SEED=<n> for another sequence; a failure prints the seed and path to replay it).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { rules } from "../../rules/registry.ts";
import { gate } from "../../src/cli/run.ts";
import { DEFAULT_OPTIONS, lint } from "../../src/engine/engine.ts";
import { UsageError } from "../../src/core/errors.ts";
import type { LintResult, Location } from "../../src/core/types.ts";
import { githubText } from "../../src/format/github.ts";
import { jsonText } from "../../src/format/json.ts";
import { buildSarif, DEFAULT_SARIF_CATEGORY } from "../../src/format/sarif.ts";
import { stylishText } from "../../src/format/stylish.ts";
import { formatSummary } from "../../src/format/summary.ts";
import { SetApplyError, SetSyntaxError } from "../../src/inputs/set-parser.ts";
import type { SetInput, TextInput } from "../../src/inputs/values.ts";
import { githubIngestionProblems, sarifSchemaErrors, type SarifLog } from "../support/sarif.ts";
import { ROOT } from "../support/fixtures.ts";
import { wholeText } from "../../src/format/common.ts";

const formatJson = (...args: Parameters<typeof jsonText>): string => wholeText(jsonText(...args));
const formatStylish = (...args: Parameters<typeof stylishText>): string => wholeText(stylishText(...args));
const formatGithub = (...args: Parameters<typeof githubText>): string => wholeText(githubText(...args));

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20260611);
/** Bound for one case (lint plus every formatter); the inputs are a few KB. */
const CASE_MS = 5_000;
const TOOL = { name: "litellm-preflight", version: "0.0.0-fuzz" };

// ---------------------------------------------------------------------------------------------
// Generated values and manifests

const ENV_NAMES = [
  "LITELLM_BUDGET_ID",
  "DEFAULT_BUDGET_ID",
  "LITE_LLM_URL",
  "LITE_LLM_APP_KEY",
  "LITE_LLM_MASTER_KEY",
  "LITELLM_API_KEY",
  "LLM_PROXY_MODE",
  "LLM_PROXY_ENABLED",
  "LLM_PROXY_BUDGET_CHECK_ENABLED",
  "PROXY_TLS_ENABLED",
  "DEFAULT_TOTAL_BUDGET_LIMIT",
  "A",
  "B",
];

const envName = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ENV_NAMES) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("default", "prod-budget", "prod-budgt", "", " ", "true", "lite_llm", "{{ .Values.budget }}", "%%BUDGET_ID%%", "$(OTHER)", "$$(X)", "sk-fuzz-1234567890abcdef", "http://litellm:4000", "2.40.0"),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
);

const keyRef = fc.record({ name: fc.constantFrom("budget", "litellm-integration", "cfg", ""), key: fc.constantFrom("LITELLM_BUDGET_ID", "litellm-app-key", "budget", "") });

const envEntry = fc.oneof(
  { weight: 6, arbitrary: fc.record({ name: envName, value: scalar }) },
  { weight: 2, arbitrary: fc.record({ name: envName, valueFrom: fc.oneof(fc.record({ secretKeyRef: keyRef }), fc.record({ configMapKeyRef: keyRef }), fc.record({ fieldRef: fc.record({ fieldPath: fc.constant("metadata.name") }) })) }) },
  { weight: 1, arbitrary: fc.record({ name: envName }) },
  { weight: 1, arbitrary: fc.oneof(scalar, fc.record({ name: envName, value: scalar, extra: scalar })) },
);

const envList = fc.array(envEntry, { maxLength: 6 });

const configMap = fc.record({
  apiVersion: fc.constant("v1"),
  kind: fc.constant("ConfigMap"),
  metadata: fc.record({ name: fc.constantFrom("cfg", "budget") }),
  data: fc.dictionary(fc.constantFrom(...ENV_NAMES, "budget"), scalar, { maxKeys: 3 }),
});

const secret = fc.record(
  {
    apiVersion: fc.constant("v1"),
    kind: fc.constant("Secret"),
    metadata: fc.record({ name: fc.constantFrom("budget", "litellm-integration") }),
    data: fc.dictionary(
      fc.constantFrom("LITELLM_BUDGET_ID", "litellm-app-key", "budget"),
      fc.oneof(fc.string({ maxLength: 16 }).map((text) => Buffer.from(text).toString("base64")), fc.constantFrom("%%%", "", "YWJj=")),
      { maxKeys: 3 },
    ),
    stringData: fc.dictionary(fc.constantFrom("LITELLM_BUDGET_ID", "budget"), scalar, { maxKeys: 2 }),
  },
  { requiredKeys: ["apiVersion", "kind", "metadata"] },
);

const valuesDoc = fc.record(
  {
    image: fc.record({ tag: fc.constantFrom("2.20.1", "2.40.0", "", "latest") }),
    extraEnv: envList,
    customEnv: envList,
    proxyPool: fc.record({ extraEnv: envList }),
    dsPool: fc.record({ extraEnv: envList }),
    api: fc.record({ env: envList }),
    envVars: fc.dictionary(envName, scalar, { maxKeys: 4 }),
    extraObjects: fc.array(fc.oneof(configMap, secret), { maxLength: 3 }),
    litellm: fc.record({ masterkey: scalar }),
    other: fc.anything({ maxDepth: 3 }),
  },
  { requiredKeys: [] },
);

const container = fc.record(
  {
    name: fc.constantFrom("api", "worker", "init"),
    image: fc.constantFrom("registry.example.com/codemie:2.40.0", "codemie:1", "app:1"),
    env: envList,
    envFrom: fc.array(fc.oneof(fc.record({ secretRef: fc.record({ name: fc.constantFrom("budget", "missing") }) }), fc.record({ configMapRef: fc.record({ name: fc.constant("cfg") }), prefix: fc.constantFrom("", "X_") })), { maxLength: 2 }),
  },
  { requiredKeys: ["name"] },
);

const podSpec = fc.record({ containers: fc.array(container, { minLength: 1, maxLength: 2 }), initContainers: fc.array(container, { maxLength: 1 }) }, { requiredKeys: ["containers"] });

const workload = fc.oneof(
  fc.record({
    apiVersion: fc.constant("apps/v1"),
    kind: fc.constantFrom("Deployment", "StatefulSet", "DaemonSet"),
    metadata: fc.record({ name: fc.constantFrom("api", "worker"), namespace: fc.constantFrom("codemie", "default") }),
    spec: fc.record({ template: fc.record({ metadata: fc.record({ annotations: fc.dictionary(fc.constantFrom("checksum/config", "reloader.stakater.com/auto"), fc.constant("x")) }), spec: podSpec }) }),
  }),
  fc.record({ apiVersion: fc.constant("v1"), kind: fc.constant("Pod"), metadata: fc.record({ name: fc.constant("p") }), spec: podSpec }),
  fc.record({ apiVersion: fc.constant("batch/v1"), kind: fc.constant("CronJob"), metadata: fc.record({ name: fc.constant("c") }), spec: fc.record({ jobTemplate: fc.record({ spec: fc.record({ template: fc.record({ spec: podSpec }) }) }) }) }),
);

const manifestObject = fc.oneof({ weight: 3, arbitrary: workload }, { weight: 1, arbitrary: configMap }, { weight: 1, arbitrary: secret }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) });

/** yaml.stringify with a random style: block or flow collections, plain or quoted strings. */
const styled = (value: unknown) =>
  fc.record({ collectionStyle: fc.constantFrom("any", "block", "flow"), defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"), indent: fc.constantFrom(2, 4) }).map((options) => {
    try {
      return stringify(value, null, options as Parameters<typeof stringify>[2]);
    } catch {
      return stringify(value);
    }
  });

const valuesText = valuesDoc.chain(styled);
const manifestText = fc
  .array(fc.tuple(manifestObject.chain(styled), fc.constantFrom("", "# Source: codemie/templates/api.yaml\n", "# Source: x\n")), { minLength: 1, maxLength: 4 })
  .map((docs) => docs.map(([text, source]) => `${source}${text}`).join("---\n"));

// ---------------------------------------------------------------------------------------------
// Real-looking texts and random edits

/** The shipped examples when present, and texts of the shapes the tool reads (owned here, so they stay put). */
function optional(path: string): string[] {
  return existsSync(join(ROOT, path)) ? [readFileSync(join(ROOT, path), "utf8")] : [];
}

const SEED_VALUES = [
  ...optional("examples/values.yaml"),
  ...optional("examples/prod-values.yaml"),
  [
    "# litellm-preflight-disable-next-line env-duplicate -- fuzz seed",
    "image: {tag: \"2.40.0\"}",
    "extraEnv:",
    "  - {name: LLM_PROXY_MODE, value: lite_llm}",
    "  - {name: LLM_PROXY_ENABLED, value: true}",
    "  - name: LITE_LLM_APP_KEY",
    "    valueFrom: {secretKeyRef: {name: litellm-integration, key: litellm-app-key}}",
    "  - {name: LITELLM_BUDGET_ID, value: prod-budget}",
    "customEnv:",
    "  - {name: LITELLM_BUDGET_ID, value: \"{{ .Values.budget }}\"}",
    "proxyPool:",
    "  extraEnv:",
    "    - name: LITELLM_BUDGET_ID",
    "      valueFrom: {configMapKeyRef: {name: budgets, key: id}}",
    "extraObjects:",
    "  - apiVersion: v1",
    "    kind: ConfigMap",
    "    metadata: {name: budgets}",
    "    data: {id: other-budget}",
    "  - apiVersion: v1",
    "    kind: Secret",
    "    metadata: {name: litellm-integration}",
    "    data: {litellm-app-key: c2stZnV6ei1hcHA=}",
    "defaults: &defaults {replicas: 1}",
    "worker: {<<: *defaults, replicas: 2}",
    "",
  ].join("\n"),
];

const SEED_MANIFESTS = [
  [
    "---",
    "# Source: codemie/templates/secret.yaml",
    "apiVersion: v1",
    "kind: Secret",
    "metadata: {name: budget}",
    "data: {LITELLM_BUDGET_ID: cHJvZC1idWRnZXQ=}",
    "stringData: {other: value}",
    "---",
    "# Source: codemie/templates/api.yaml",
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    "  name: codemie-api",
    "  namespace: codemie",
    "spec:",
    "  template:",
    "    metadata:",
    "      annotations: {checksum/config: abc}",
    "    spec:",
    "      containers:",
    "        - name: api",
    "          image: registry.example.com/codemie:2.40.0",
    "          envFrom:",
    "            - {secretRef: {name: budget}, prefix: X_}",
    "          env:",
    "            - {name: LITELLM_BUDGET_ID, valueFrom: {secretKeyRef: {name: budget, key: LITELLM_BUDGET_ID}}}",
    "            - {name: LLM_PROXY_ENABLED, value: \"true\"}",
    "            - {name: URL, value: \"$(LITE_LLM_URL)/v1\"}",
    "---",
    "# Source: codemie/templates/worker.yaml",
    "apiVersion: batch/v1",
    "kind: CronJob",
    "metadata: {name: sync}",
    "spec:",
    "  jobTemplate:",
    "    spec:",
    "      template:",
    "        spec:",
    "          containers:",
    "            - name: sync",
    "              image: codemie:2.20.1",
    "              env:",
    "                - name: LITELLM_BUDGET_ID",
    "                  value: default",
    "                - name: LITELLM_BUDGET_ID",
    "                  value: prod-budget",
    "",
  ].join("\n"),
];

/** What edits insert: YAML's indicators, white space and line ends, control characters, non-ASCII. */
const FRAGMENTS = [":", ": ", "-", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "<<: ", "!", "!!str ", "|", ">", "'", '"', "#", "%", "@", "`", "?", "---\n", "...\n", "\t", "\n", "\r\n", "\r", " ", "  ", "\u00a0", "\ufeff", "\u2028", "\u0000", "\u001b[2J", "é", "🚀", "\ud800", "true", "null", "~", "sk-fuzz-key-000000", "{{ x }}", "%%X%%"];

type Edit =
  | { kind: "delete"; at: number; length: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "duplicate-line"; line: number }
  | { kind: "swap-lines"; line: number }
  | { kind: "indent"; line: number; by: number }
  | { kind: "truncate"; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })) }),
  fc.record({ kind: fc.constant("duplicate-line" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("swap-lines" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("indent" as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

function applyEdit(text: string, change: Edit): string {
  const lines = text.split("\n");
  switch (change.kind) {
    case "delete": {
      const at = text.length === 0 ? 0 : change.at % text.length;
      return text.slice(0, at) + text.slice(at + change.length);
    }
    case "insert": {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case "duplicate-line": {
      const i = change.line % lines.length;
      lines.splice(i, 0, lines[i]!);
      return lines.join("\n");
    }
    case "swap-lines": {
      const i = change.line % lines.length;
      const j = (i + 1) % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join("\n");
    }
    case "indent": {
      const i = change.line % lines.length;
      lines[i] = change.by >= 0 ? " ".repeat(change.by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-change.by}}`), "");
      return lines.join("\n");
    }
    case "truncate":
      return text.slice(0, change.at % (text.length + 1));
  }
}

const edited = (base: fc.Arbitrary<string>, maxEdits: number) => fc.tuple(base, fc.array(edit, { maxLength: maxEdits })).map(([text, edits]) => edits.reduce(applyEdit, text));

const anyValues = fc.oneof({ weight: 3, arbitrary: edited(valuesText, 2) }, { weight: 3, arbitrary: edited(fc.constantFrom(...SEED_VALUES), 5) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) });
const anyManifests = fc.oneof({ weight: 3, arbitrary: edited(manifestText, 2) }, { weight: 3, arbitrary: edited(fc.constantFrom(...SEED_MANIFESTS), 5) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) });

/** `--set` arguments: Helm's syntax, mostly valid, sometimes not. */
const setArg = fc.oneof(
  fc.tuple(fc.constantFrom("extraEnv[0]", "extraEnv[1]", "customEnv[0]", "api.env[0]", "image"), fc.constantFrom(".name", ".value", ".tag", ""), scalar).map(([path, leaf, value]) => `${path}${leaf}=${String(value)}`),
  fc.constantFrom("a.b", "a[", "a[x]=1", "a=b,c", "=x", "a\\.b=1", "a={x,y}", "extraEnv[65537].name=x", "a.b.c=", "null=null"),
  fc.string({ maxLength: 16 }),
);

const fuzzInput = fc.record({
  values: fc.array(anyValues, { maxLength: 2 }),
  manifests: fc.array(anyManifests, { maxLength: 2 }),
  sets: fc.array(fc.tuple(fc.constantFrom("--set", "--set-string") as fc.Arbitrary<SetInput["flag"]>, setArg), { maxLength: 2 }),
});

// ---------------------------------------------------------------------------------------------
// The checks

/** Problems with a location against the text it names. */
function locationProblems(where: string, location: Location, texts: Map<string, string>): string[] {
  if (location.file === "--set" || location.file === "--set-string") return [];
  const text = texts.get(location.file);
  if (text === undefined) return [`${where}: names ${location.file}, not an input`];
  const lines = text.split("\n");
  const problems: string[] = [];
  const at = `${where} ${location.file}:${location.start.line}:${location.start.column}-${location.end.line}:${location.end.column}`;
  for (const [label, { line, column }] of [
    ["start", location.start],
    ["end", location.end],
  ] as const) {
    if (!Number.isInteger(line) || line < 1 || line > lines.length) {
      problems.push(`${at}: ${label} line outside 1..${lines.length}`);
      continue;
    }
    const max = lines[line - 1]!.length + 1;
    if (!Number.isInteger(column) || column < 1 || column > max) problems.push(`${at}: ${label} column outside 1..${max}`);
  }
  if (location.end.line < location.start.line || (location.end.line === location.start.line && location.end.column < location.start.column)) problems.push(`${at}: ends before it starts`);
  return problems;
}

function positionProblems(result: LintResult, texts: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [i, finding] of result.findings.entries()) {
    problems.push(...locationProblems(`finding ${i} (${finding.ruleId})`, finding.location, texts));
    for (const related of finding.related) problems.push(...locationProblems(`finding ${i} (${finding.ruleId}) related`, related, texts));
  }
  for (const [i, budget] of result.budgetIds.entries()) if (budget.location) problems.push(...locationProblems(`budget id ${i}`, budget.location, texts));
  return problems;
}

interface Outcome {
  exit: 0 | 1 | 2;
  findings: number;
  ms: number;
}

async function check(input: { values: string[]; manifests: string[]; sets: [SetInput["flag"], string][] }): Promise<Outcome> {
  const started = performance.now();
  const values: TextInput[] = input.values.map((text, i) => ({ name: `values-${i}.yaml`, text }));
  const manifests: TextInput[] = input.manifests.map((text, i) => ({ name: `manifest-${i}.yaml`, text }));
  const sets: SetInput[] = input.sets.map(([flag, arg], index) => ({ flag, arg, index }));
  if (values.length === 0 && manifests.length === 0 && sets.length === 0) values.push({ name: "values-0.yaml", text: "" });

  let result: LintResult;
  try {
    result = await lint({ rules, values, sets, manifests, options: { ...DEFAULT_OPTIONS } });
  } catch (error) {
    // The adapters turn these into exit 2 with one line; anything else is a bug.
    if (error instanceof SetSyntaxError || error instanceof SetApplyError || error instanceof UsageError) {
      expect(error.message).not.toMatch(/\n/);
      return { exit: 2, findings: 0, ms: performance.now() - started };
    }
    throw error;
  }
  const exit = gate(result, "error", undefined).failed ? 1 : 0;
  expect([0, 1]).toContain(exit);

  const texts = new Map([...values, ...manifests].map((input) => [input.name, input.text]));
  expect(positionProblems(result, texts).join("\n")).toBe("");

  const json = JSON.parse(formatJson(result, TOOL)) as { findings: unknown[] };
  expect(json.findings).toHaveLength(result.findings.length);

  const sarif = buildSarif(result, { rules, tool: TOOL, root: ROOT, cwd: ROOT, category: DEFAULT_SARIF_CATEGORY }) as SarifLog;
  // Through text, as the file is written and read back.
  const reread = JSON.parse(JSON.stringify(sarif)) as SarifLog;
  expect(sarifSchemaErrors(reread).join("\n")).toBe("");
  expect(githubIngestionProblems(reread).join("\n")).toBe("");

  expect(typeof formatStylish(result, { color: false, quiet: false })).toBe("string");
  expect(typeof formatGithub(result, rules)).toBe("string");
  expect(typeof formatSummary(result, rules)).toBe("string");

  const ms = performance.now() - started;
  expect(ms, "one case took too long").toBeLessThan(CASE_MS);
  return { exit, findings: result.findings.length, ms };
}

describe("fuzz: generated and edited YAML through the whole pipeline", () => {
  it(`${RUNS} cases (seed ${SEED}) end with exit 0/1/2, in-range positions, valid JSON and SARIF`, async () => {
    const outcomes: Outcome[] = [];
    await fc.assert(
      fc.asyncProperty(fuzzInput, async (input) => {
        outcomes.push(await check(input));
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generators reach every outcome (otherwise the test proves little).
    const exits = new Set(outcomes.map((outcome) => outcome.exit));
    expect([...exits].sort()).toEqual([0, 1, 2]);
    expect(outcomes.filter((outcome) => outcome.findings > 0).length).toBeGreaterThan(RUNS / 4);
  }, Math.max(60_000, RUNS * 300));
});
