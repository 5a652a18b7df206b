/**
 * The differential suite against real helm 3 and helm 4: generated cases (values files and --set
 * flags), each run through real `helm template` and through litellm-preflight, compared on
 * - accepts: whether helm accepts the inputs, and whether the CLI does (values-only, and with --chart);
 * - values: helm's coalesced `.Values` (`toJson`, rendered by fixtures/charts/differential) and the
 *   values model's (values-only: values-dump, no defaults; --chart: budget-env and its defaults);
 * - ids: the budget id every rendered workload of budget-env gets, and the ids the CLI reports
 *   values-only and with --chart.
 * Cases are generated from a fixed seed, so a failing case has a stable name to rerun.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseAllDocuments } from "yaml";
import { LINT_OPTIONS } from "../../src/cli/lint-args.ts";
import { runCli } from "../../src/cli/run.ts";
import { UNRESOLVED_ID } from "../../src/engine/engine.ts";
import { isRecord } from "../../src/core/guards.ts";
import type { SetFlag } from "../../src/inputs/set-parser.ts";
import { helmBinary, type HelmMajor } from "../../tools/helm.ts";
import { capturingIO } from "./cli.ts";
import { ROOT } from "./fixtures.ts";

export const DUMP_CHART = join(ROOT, "fixtures", "charts", "differential", "values-dump");
export const ENV_CHART = join(ROOT, "fixtures", "charts", "differential", "budget-env");
const BUDGET_ENV = "LITELLM_BUDGET_ID";
const DEFAULT_ID = "default";

export interface DiffCase {
  name: string;
  /** Values files, in -f order (text as bytes: BOM and CRLF included). */
  files: string[];
  sets: { flag: SetFlag; arg: string }[];
}

export type Aspect = "accepts" | "values" | "ids" | "chart-accepts" | "chart-values" | "chart-ids";

export interface Difference {
  aspect: Aspect;
  helm: string;
  ours: string;
}

/** A known difference: which cases and aspects, and why it stays (or who owns the fix). */
export interface KnownDifference {
  reason: string;
  aspects: Aspect[];
  applies: (c: DiffCase, major: HelmMajor, difference: Difference) => boolean;
}

// ---------------------------------------------------------------------------------------------
// Generation

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plain YAML scalars that helm (go-yaml v2, then JSON) and a YAML 1.1/1.2 reader may read apart. */
const SCALARS = [
  "team-a", '"team-b"', "'0123'", "2024-01-01", "1:20", "0o7", "0x10", "010", "on", "off", "yes", "y", "n", "~", "null", "12345", "-7",
  "1e3", "1_000", "3.0", ".inf", "-.Inf", ".nan", '""', "2024-01-01T10:00:00Z", "12345678901234567890", "true", "False", "0b11",
];
const ID_VALUES = ["team-a", "team-b", "'team-c'", "2024-01-01", "1:20", "0o7", "0x10", "on", "12345", '""', "null", "~", ".inf", "'007'", "1e3"];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function envItem(rand: () => number, name = BUDGET_ENV): string {
  const shape = rand();
  if (shape < 0.12) return `  - name: ${name}\n`; // no value
  if (shape < 0.2) return `  - name: ${name}\n    value: {nested: 1}\n`;
  if (shape < 0.25) return `  - value: nameless\n`;
  if (shape < 0.33) return `  - name: ${name}\n    valueFrom:\n      configMapKeyRef: {name: budget, key: id}\n`;
  return `  - name: ${name}\n    value: ${pick(rand, ID_VALUES)}\n`;
}

function envList(rand: () => number, key: string, indent = ""): string {
  const count = 1 + Math.floor(rand() * 3);
  let text = `${indent}${key}:\n`;
  for (let i = 0; i < count; i++) {
    const name = rand() < 0.7 ? BUDGET_ENV : pick(rand, ["OTHER", "LOG_LEVEL"]);
    text += envItem(rand, name).replace(/^/gm, indent);
  }
  return text;
}

/** One values file (one fragment, sometimes two documents). */
function valuesFile(rand: () => number): string {
  const kind = Math.floor(rand() * 14);
  let text: string;
  switch (kind) {
    case 0:
    case 1:
      text = envList(rand, "extraEnv");
      break;
    case 2:
      text = envList(rand, "customEnv");
      break;
    case 3:
      text = `dsPool:\n  enabled: ${pick(rand, ["true", "false", "on", "yes"])}\n${envList(rand, "extraEnv", "  ")}`;
      break;
    case 4:
      text = `proxyPool:\n  enabled: true\n${envList(rand, "extraEnv", "  ")}`;
      break;
    case 5:
      text = `api:\n  enabled: true\n  env:\n    ${BUDGET_ENV}: ${pick(rand, ID_VALUES)}\n    N: ${pick(rand, SCALARS)}\n`;
      break;
    case 6:
      text = `${pick(rand, ["dsPool", "extraEnv", "customEnv", "config", "api"])}: null\n`;
      break;
    case 7:
      text = `config: ${rand() < 0.5 ? pick(rand, SCALARS) : `{level: ${pick(rand, SCALARS)}}`}\n`;
      break;
    case 8:
      text = `extraObjects:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: budget}\n    data: {id: ${pick(rand, ID_VALUES)}}\n`;
      break;
    case 9:
      text = `extraObjects:\n  - |\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: budget\n    data:\n      id: {{ .Release.Name }}-id\n`;
      break;
    case 10:
      text = `scalars:\n${Array.from({ length: 4 }, (_, i) => `  k${i}: ${pick(rand, SCALARS)}\n`).join("")}`;
      break;
    case 11:
      text = `${pick(rand, ["null", "~", "y", "on", "1", "0x10"])}: keyed\nother: 1\n`;
      break;
    case 12:
      text = `${envList(rand, "extraEnv")}---\n${envList(rand, "extraEnv")}`;
      break;
    default:
      text = `config: ${pick(rand, SCALARS)}\n---\nconfig: {level: debug}\nsecond: ${pick(rand, SCALARS)}\n`;
  }
  const bytes = rand();
  if (bytes < 0.08) text = `\ufeff${text}`;
  else if (bytes < 0.16) text = text.replace(/\n/g, "\r\n");
  return text;
}

export const SET_ARGS: [SetFlag, string][] = [
  ["--set", "extraEnv[0].value=from-set"],
  ["--set", "extraEnv[0].name=LITELLM_BUDGET_ID,extraEnv[0].value=set-id"],
  ["--set", "extraEnv[5].value="],
  ["--set", "extraEnv[5].value=late"],
  ["--set", "extraEnv[2].name=LITELLM_BUDGET_ID"],
  ["--set-string", "extraEnv[0].value=007"],
  ["--set", "extraEnv[0].value=null"],
  ["--set", "extraEnv[0].value=true"],
  ["--set", "customEnv={a,b}"],
  ["--set", "customEnv=null"],
  ["--set", "dsPool.enabled=true"],
  ["--set", "dsPool=null"],
  ["--set", "proxyPool.enabled=true,proxyPool.extraEnv[0].name=LITELLM_BUDGET_ID,proxyPool.extraEnv[0].value=pool"],
  ["--set", "config.level=debug"],
  ["--set", "config=plain"],
  ["--set", "unknown=null"],
  ["--set", "api.enabled=true,api.env.LITELLM_BUDGET_ID=123"],
  ["--set-string", "api.env.LITELLM_BUDGET_ID=0x10"],
  ["--set", "name\\.with\\.dots=a\\,b"],
  ["--set", "list={x,,y}"],
  ["--set", "image.tag=2.0"],
  ["--set", "scalars.k0=1,scalars.k0.x=2"],
  ["--set", "a[0"],
];

/** --set-json and --set-file (the file is one of the case's own values files). */
export const JSON_AND_FILE_ARGS: typeof SET_ARGS = [
  ["--set-json", 'extraEnv=[{"name":"LITELLM_BUDGET_ID","value":"json-id"},{"name":"N","value":null}]'],
  ["--set-json", 'api={"enabled":true,"env":{"LITELLM_BUDGET_ID":"json-api"}},config=null'],
  ["--set-json", 'scalars.k1=1.50,scalars.k2="x", scalars.k3=[1,{"a":"b,c"}]'],
  ["--set-json", "dsPool.enabled=true,dsPool.extraEnv[0]={\"name\":\"LITELLM_BUDGET_ID\",\"value\":\"pool-json\"}"],
  ["--set-json", "extraEnv="],
  ["--set-file", "config=values-0.yaml"],
  ["--set-file", "extraEnv[0].value=values-0.yaml,image.tag="],
];

/** --set-literal: the value is the rest of the argument, and the key has no escapes. */
export const LITERAL_ARGS: typeof SET_ARGS = [
  ["--set-literal", "extraEnv[0].value=lit,with,commas"],
  ["--set-literal", "extraEnv[0].name=LITELLM_BUDGET_ID,extraEnv[0].value=x"],
  ["--set-literal", "config.level={a,b}"],
  ["--set-literal", "name\\.x=a\\,b"],
  ["--set-literal", "extraEnv[1].value=null"],
  ["--set-literal", "extraEnv[0].value="],
  ["--set-literal", "api.enabled=true"],
  ["--set-literal", "api.env.LITELLM_BUDGET_ID=007"],
  ["--set-literal", "a.b"],
  ["--set-literal", "extraEnv[0]x=1"],
];

/** `count` cases from `seed`: one to three files, zero to three flags from `setArgs`. */
export function generateCases(count: number, seed = 12, setArgs = SET_ARGS, prefix = "case"): DiffCase[] {
  const rand = random(seed);
  const cases: DiffCase[] = [];
  for (let i = 0; i < count; i++) {
    const files = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => valuesFile(rand));
    const sets = Array.from({ length: Math.floor(rand() * 4) }, () => {
      const [flag, arg] = pick(rand, setArgs);
      return { flag, arg };
    });
    cases.push({ name: `${prefix}-${String(i).padStart(3, "0")}`, files, sets });
  }
  return cases;
}

/** Every n-th case: the deterministic sample `npm test` runs. */
export function sample<T>(items: T[], size: number): T[] {
  const step = Math.max(1, Math.floor(items.length / size));
  return items.filter((_, i) => i % step === 0).slice(0, size);
}

// ---------------------------------------------------------------------------------------------
// Running

interface Exec {
  code: number;
  stdout: string;
  stderr: string;
}

function exec(file: string, args: string[], cwd: string): Promise<Exec> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { PATH: "/usr/bin:/bin", HOME: cwd, HELM_CACHE_HOME: join(cwd, ".helm") } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

function caseArgs(c: DiffCase): string[] {
  return [...c.files.flatMap((_, i) => ["-f", `values-${i}.yaml`]), ...c.sets.flatMap((set) => [set.flag, set.arg])];
}

interface RenderedEnv {
  name?: string;
  value?: unknown;
  valueFrom?: { configMapKeyRef?: { name: string; key: string } };
}

interface Rendering {
  ok: boolean;
  error: string;
  values?: unknown;
  /** Workload name → budget id. */
  ids: Map<string, string>;
}

async function render(helm: string, chart: string, c: DiffCase, dir: string): Promise<Rendering> {
  const run = await exec(helm, ["template", "r", chart, ...caseArgs(c)], dir);
  if (run.code !== 0) return { ok: false, error: run.stderr.split("\n").find((line) => line.startsWith("Error")) ?? run.stderr.trim(), ids: new Map() };
  const docs = parseAllDocuments(run.stdout).map((doc) => doc.toJS() as unknown).filter(isRecord);
  const configMaps = new Map(docs.filter((doc) => doc.kind === "ConfigMap").map((doc) => [String((doc.metadata as Record<string, unknown>).name), doc]));
  const dump = configMaps.get("values-dump")?.data as Record<string, string> | undefined;
  const values = dump ? (JSON.parse(Buffer.from(dump["values.json"]!, "base64").toString("utf8")) as unknown) : undefined;
  const ids = new Map<string, string>();
  for (const doc of docs.filter((d) => d.kind === "Deployment")) {
    const name = String((doc.metadata as Record<string, unknown>).name);
    const spec = doc.spec as { template: { spec: { containers: { env?: RenderedEnv[] }[] } } };
    const entry = (spec.template.spec.containers[0]?.env ?? []).filter((e) => e?.name === BUDGET_ENV).at(-1);
    let id = DEFAULT_ID;
    if (entry) {
      const ref = entry.valueFrom?.configMapKeyRef;
      // A key of a ConfigMap that is not rendered: unknown, "" here and "(unresolved)" in the CLI's report (a finding says why).
      if (ref) id = String((configMaps.get(ref.name)?.data as Record<string, unknown> | undefined)?.[ref.key] ?? "");
      // No value, or null: the container gets "". A map or list: no value Kubernetes accepts, unknown ("").
      else id = entry.value === null || entry.value === undefined || typeof entry.value === "object" ? "" : String(entry.value);
    }
    ids.set(name, id);
  }
  return { ok: true, error: "", values, ids };
}

interface CliAnswer {
  accepts: boolean;
  why: string;
  ids: Set<string>;
}

const REJECTING_RULES = new Set(["yaml-syntax", "helm-template"]);

async function cli(c: DiffCase, dir: string, extra: string[], env: NodeJS.ProcessEnv): Promise<CliAnswer> {
  const io = capturingIO(dir, { NO_COLOR: "1", HOME: dir, HELM_CACHE_HOME: join(dir, ".helm"), ...env });
  const code = await runCli(["lint", ...caseArgs(c), ...extra, "--offline", "--format", "json"], io);
  if (code === 2) return { accepts: false, why: io.err().trim(), ids: new Set() };
  const result = JSON.parse(io.out()) as { findings: { ruleId: string; severity: string; message: string }[]; budgetIds: { id: string }[] };
  const rejecting = result.findings.filter((finding) => REJECTING_RULES.has(finding.ruleId) && finding.severity === "error");
  // An id the CLI cannot tell ("(unresolved)": a map as the value) is read as "" on helm's side too (render() below).
  return { accepts: rejecting.length === 0, why: rejecting.map((finding) => finding.message).join("; "), ids: new Set(result.budgetIds.map((report) => (report.id === UNRESOLVED_ID ? "" : report.id))) };
}

/** Our coalesced values, values-only and over the chart's defaults (the models the CLI lints). */
export type OurValues = (c: DiffCase, major: HelmMajor, chartDefaults?: string) => { ok: boolean; values?: unknown; why?: string };

/** The ids helm's workloads get, as a set (what the CLI's budget-id report lists). */
function idSet(ids: Map<string, string>): string {
  return JSON.stringify([...new Set(ids.values())].sort());
}

export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (isRecord(v) && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v));
}

/** Runs one case on one helm version; returns what disagrees. */
export async function compareCase(c: DiffCase, major: HelmMajor, ourValues: OurValues, chartDefaultsText: string): Promise<Difference[]> {
  const dir = mkdtempSync(join(tmpdir(), "lp-helm-diff-"));
  try {
    c.files.forEach((text, i) => writeFileSync(join(dir, `values-${i}.yaml`), text));
    const helm = helmBinary(major);
    const bin = join(dir, "bin");
    mkdirSync(bin);
    symlinkSync(helm, join(bin, "helm"));
    const [dump, env, valuesOnly, charted] = await Promise.all([
      render(helm, DUMP_CHART, c, dir),
      render(helm, ENV_CHART, c, dir),
      cli(c, dir, "helm-version" in LINT_OPTIONS ? ["--helm-version", String(major)] : [], { PATH: "/usr/bin:/bin" }),
      cli(c, dir, ["--chart", ENV_CHART, "--release", "r"], { PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin` }),
    ]);
    const out: Difference[] = [];
    const accept = (ok: boolean, why: string) => (ok ? "accepts" : `rejects: ${why}`);
    if (dump.ok !== valuesOnly.accepts) out.push({ aspect: "accepts", helm: accept(dump.ok, dump.error), ours: accept(valuesOnly.accepts, valuesOnly.why) });
    const model = ourValues(c, major);
    if (dump.ok && model.ok && canonical(dump.values) !== canonical(model.values)) out.push({ aspect: "values", helm: canonical(dump.values), ours: canonical(model.values) });
    if (env.ok && valuesOnly.accepts && idSet(env.ids) !== JSON.stringify([...valuesOnly.ids].sort())) {
      out.push({ aspect: "ids", helm: JSON.stringify(Object.fromEntries(env.ids)), ours: JSON.stringify([...valuesOnly.ids].sort()) });
    }
    if (env.ok !== charted.accepts) out.push({ aspect: "chart-accepts", helm: accept(env.ok, env.error), ours: accept(charted.accepts, charted.why) });
    const chartModel = ourValues(c, major, chartDefaultsText);
    if (env.ok && chartModel.ok && canonical(env.values) !== canonical(chartModel.values)) out.push({ aspect: "chart-values", helm: canonical(env.values), ours: canonical(chartModel.values) });
    if (env.ok && charted.accepts && idSet(env.ids) !== JSON.stringify([...charted.ids].sort())) {
      out.push({ aspect: "chart-ids", helm: JSON.stringify(Object.fromEntries(env.ids)), ours: JSON.stringify([...charted.ids].sort()) });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Differences no known entry explains; `explained` counts the others by the entry's reason. */
export function unexplained(c: DiffCase, major: HelmMajor, differences: Difference[], known: KnownDifference[], explained?: Map<string, number>): Difference[] {
  return differences.filter((d) => {
    const entry = known.find((k) => k.aspects.includes(d.aspect) && k.applies(c, major, d));
    if (entry && explained) explained.set(entry.reason, (explained.get(entry.reason) ?? 0) + 1);
    return entry === undefined;
  });
}

/** For known differences about ids: helm's workload → id map and our id list, as a difference carries them. */
export function idsOf(d: Difference): { helm: Set<string>; ours: Set<string> } {
  return { helm: new Set(Object.values(JSON.parse(d.helm) as Record<string, string>)), ours: new Set(JSON.parse(d.ours) as string[]) };
}
