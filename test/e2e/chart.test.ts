/**
 * --chart end to end with the real helm 3 (v3.17.2) and helm 4 (v4.1.4) binaries on PATH, behind a
 * one-line wrapper that logs the arguments it was given (so these tests also pin the exact argument
 * list litellm-preflight passes to helm). Only Helm before 3.16, which has no
 * --skip-schema-validation, is played by the recorded stand-in (tools/fakes/helm-standin): no such
 * helm is available offline.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { helmArgs, prepareChart, startRendering } from "../../src/io/helm.ts";
import { parseHelmError } from "../../src/chart/helm-errors.ts";
import { scanCommentedKeys, scanTemplate, suggestion } from "../../src/chart/known-keys.ts";
import { runCli } from "../../src/cli/run.ts";
import { startHelmEarly } from "../../src/cli/early-helm.ts";
import { helmBinary, type HelmMajor } from "../../tools/helm.ts";
import { capturingIO, CLI, runCli as runBuiltCli, scratch } from "../support/cli.ts";
import { ROOT } from "../support/fixtures.ts";

const STANDIN = join(ROOT, "tools", "fakes", "helm-standin");
const NODE_DIR = dirname(process.execPath);
const CHART = ["--chart", "fixtures/charts/codemie-lite", "--release", "codemie", "--namespace", "codemie"];
const POOLS = ["--chart", "fixtures/charts/codemie-pools", "--release", "codemie", "--namespace", "codemie"];
const POOL_VALUES = "fixtures/charts/codemie-pools-values";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  helmCalls: { args: string[]; cwd: string }[];
}

const wrappers = new Map<HelmMajor, string>();

/** helm keeps its repositories and cache under `home`: nothing from the machine's own helm setup. */
function helmHome(home: string): Record<string, string> {
  return { HOME: home, HELM_CACHE_HOME: join(home, "cache"), HELM_CONFIG_HOME: join(home, "config"), HELM_DATA_HOME: join(home, "data") };
}

/** `helm template` with the real binary, in the project root. */
function helmTemplate(major: HelmMajor, args: string[]) {
  return spawnSync(helmBinary(major), ["template", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...helmHome(scratch({})) } });
}

/** A directory whose `helm` logs its arguments (unit-separated, one call a line) and runs the real binary. */
function helmOnPath(major: HelmMajor): string {
  let dir = wrappers.get(major);
  if (!dir) {
    // One write a call: `helm version` and `helm template` run at once, and two writes each could interleave.
    const script = `#!/bin/sh\nline=$(printf '%s\\037' "$PWD" "$@")\nprintf '%s\\n' "$line" >> "$HELM_LOG"\nexec '${helmBinary(major)}' "$@"\n`;
    dir = scratch({ helm: script });
    chmodSync(join(dir, "helm"), 0o755);
    wrappers.set(major, dir);
  }
  return dir;
}

async function lint(args: string[], helm: HelmMajor | "standin-3.15" | false): Promise<Run> {
  const home = scratch({ "helm.log": "" });
  const log = join(home, "helm.log");
  const bin = helm === false ? "" : helm === "standin-3.15" ? `${STANDIN}:` : `${helmOnPath(helm)}:`;
  const env: Record<string, string> = {
    PATH: `${bin}${NODE_DIR}:/usr/bin:/bin`,
    NO_COLOR: "1",
    ...helmHome(home),
    HELM_LOG: log,
    HELM_STANDIN_LOG: log,
  };
  if (helm === "standin-3.15") env.HELM_STANDIN_MODE = "helm-3.15";
  const io = capturingIO(ROOT, env);
  const code = await runCli(["lint", ...args], io);
  // `helm version` tells which helm renders (--helm-version); the other calls are the renderings.
  const helmCalls = readFileSync(log, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      if (line.startsWith("{")) return JSON.parse(line) as Run["helmCalls"][number];
      const [cwd, ...rest] = line.split("\x1f").slice(0, -1);
      return { cwd: cwd!, args: rest };
    })
    .filter((call) => call.args[0] !== "version");
  return { code, stdout: io.out(), stderr: io.err(), helmCalls };
}

interface JsonFinding {
  ruleId: string;
  messageId: string;
  message: string;
  location: { file: string; line: number; column: number };
  related?: { file: string; line: number; column: number }[];
  suppressed?: unknown;
}
interface JsonResult {
  findings: JsonFinding[];
  budgetIds: { id: string; source: string; location: { file: string; line: number; column: number } | null; scope: string }[];
  stats: { manifestDocuments: number; workloads: number };
}
const result = (run: Run): JsonResult => JSON.parse(run.stdout) as JsonResult;
const findings = (run: Run): JsonFinding[] => result(run).findings;
const at = (finding: { file: string; line: number; column: number } | JsonFinding): string => {
  const location = "location" in finding ? finding.location : finding;
  return `${location.file}:${location.line}:${location.column}${"ruleId" in finding ? ` ${finding.ruleId}` : ""}`;
};
const ids = (run: Run): string[] => [...new Set(result(run).budgetIds.map((budget) => budget.id))].sort();

describe.each([3, 4] as const)("--chart with helm %i on PATH", (major) => {
  it("runs helm template with the values files and --set flags in command-line order, and lints the rendering", async () => {
    const run = await lint([...CHART, "-f", "fixtures/charts/values/prod.yaml", "--set", "replicaCount=3", "--set-string", "litellm.budgetId=prod-budget-2", "--format", "json"], major);
    expect(run.stderr).toBe("");
    expect(run.helmCalls.map((call) => call.args)).toEqual([
      ["template", "codemie", "fixtures/charts/codemie-lite", "--namespace", "codemie", "--skip-schema-validation", "-f", "fixtures/charts/values/prod.yaml", "--set", "replicaCount=3", "--set-string", "litellm.budgetId=prod-budget-2"],
    ]);
    expect(run.helmCalls[0]!.cwd).toBe(ROOT.replace(/\/$/, ""));
    expect(result(run).stats).toMatchObject({ manifestDocuments: 3, workloads: 1 });
    // The id is rendered into the chart's ConfigMap by a template line that reads litellm.budgetId: it is placed at the flag that set it.
    expect(result(run).budgetIds.map((budget) => [budget.id, at(budget.location!)])).toEqual([["prod-budget-2", "--set-string:2:18"]]);
    expect(run.code).toBe(0);
  });

  it("places dependencies helm cannot find at Chart.yaml's dependencies key", async () => {
    const chart = scratch({ "c/Chart.yaml": "apiVersion: v2\nname: c\nversion: 0.1.0\ndependencies:\n  - {name: redis, version: 1.0.0, repository: https://charts.example.com}\n", "c/values.yaml": "a: 1\n", "c/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n" });
    const run = await lint(["--chart", join(chart, "c"), "--format", "json"], major);
    const failure = findings(run).find((finding) => finding.ruleId === "helm-template")!;
    expect([failure.location.file.endsWith("c/Chart.yaml"), failure.location.line, failure.location.column]).toEqual([true, 4, 1]);
    expect(failure.message).toMatch(/missing in charts\/ directory: redis/);
  });

  it("hands helm a values file whose name holds a comma quoted, as its -f reads it", async () => {
    const file = join(scratch({ "a,b.yaml": "litellm:\n  budgetId: from-comma-file\n" }), "a,b.yaml");
    const run = await lint([...CHART, "-f", `"${file}"`, "--format", "json"], major);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.helmCalls[0]!.args.slice(-2)).toEqual(["-f", `"${file}"`]);
    expect(ids(run)).toEqual(["from-comma-file"]);
  });

  it("reports schema errors, unknown keys and rendered problems the values explain at the values file, line and column", async () => {
    const run = await lint([...CHART, "-f", "fixtures/charts/values/typos.yaml", "--format", "json"], major);
    expect(run.code).toBe(1);
    const mine = findings(run).filter((finding) => ["values-schema", "values-unknown-key", "budget-id-invalid"].includes(finding.ruleId));
    // The empty id is rendered into a ConfigMap by a template line that reads litellm.budgetId: it is reported at that value.
    expect(mine.map(at)).toEqual([
      "fixtures/charts/values/typos.yaml:2:1 values-unknown-key",
      "fixtures/charts/values/typos.yaml:4:3 values-unknown-key",
      "fixtures/charts/values/typos.yaml:6:13 budget-id-invalid",
      "fixtures/charts/values/typos.yaml:6:13 values-schema",
      "fixtures/charts/values/typos.yaml:8:3 values-schema",
    ]);
    // podAnnotations is free-form: its new key is not reported.
    expect(mine.some((finding) => finding.message.includes("example.com/team"))).toBe(false);
    expect(mine.find((finding) => finding.ruleId === "budget-id-invalid")!.related!.map(at)).toEqual(["fixtures/charts/codemie-lite/templates/configmap.yaml:7:3"]);
  });

  it("reports a values file helm cannot parse at that file and line", async () => {
    const run = await lint([...CHART, "-f", "fixtures/charts/values/broken.yaml", "--format", "json"], major);
    expect(run.code).toBe(1);
    const helm = findings(run).filter((finding) => finding.ruleId === "helm-template");
    expect(helm.map(at)).toEqual(["fixtures/charts/values/broken.yaml:4:1 helm-template"]);
    expect(helm[0]!.message).toBe("helm cannot parse this values file: mapping values are not allowed in this context");
  });

  it("reports a template failure at the values key the template trips over, the template position related", async () => {
    const run = await lint([...CHART, "-f", "fixtures/charts/values/image-string.yaml", "--format", "json"], major);
    const helm = findings(run).filter((finding) => finding.ruleId === "helm-template");
    expect(helm.map(at)).toEqual(["fixtures/charts/values/image-string.yaml:2:1 helm-template"]);
    expect(helm[0]!.message).toBe("helm template fails in codemie-lite/templates/deployment.yaml:22: can't evaluate field repository in type interface {}");
    expect(helm[0]!.related!.map(at)).toEqual(["fixtures/charts/codemie-lite/templates/deployment.yaml:22:28"]);
  });

  it("--fix and --fix-dry-run render the chart again over the fixed values: what was fixed is not reported", async () => {
    const broken = "extraEnv:\n  - name: TRIGGER_ENGINE_ENABLED\n    value: true\n";
    for (const mode of ["--fix", "--fix-dry-run"]) {
      const dir = scratch({ "values.yaml": broken });
      const path = join(dir, "values.yaml");
      const run = await lint([...CHART, "-f", path, mode, "--format", "json"], major);
      expect(findings(run).filter((finding) => finding.ruleId === "env-value-type"), mode).toEqual([]);
      expect(run.code, run.stderr).toBe(0);
      // Rendered twice: before the fix and after it.
      expect(run.helmCalls.filter((call) => call.args[0] === "template")).toHaveLength(2);
      expect(readFileSync(path, "utf8")).toBe(mode === "--fix" ? broken.replace("value: true", 'value: "true"') : broken);
      // So do the config's environments with a chart.
      const configured = scratch({ "values.yaml": broken, ".litellm-preflight.yaml": `environments:\n  prod: {chart: ${JSON.stringify(join(ROOT, "fixtures/charts/codemie-lite"))}, values: [values.yaml]}\n` });
      const environment = await lint(["--config", join(configured, ".litellm-preflight.yaml"), mode, "--format", "json"], major);
      expect(findings(environment).filter((finding) => finding.ruleId === "env-value-type"), `${mode} environments`).toEqual([]);
      expect(environment.code, environment.stderr).toBe(0);
      expect(environment.helmCalls.filter((call) => call.args[0] === "template")).toHaveLength(2);
    }
  });

  it("values-unknown-key reads a subchart's .Values as its own section; its helpers (_*.tpl) may read the parent's", async () => {
    const dir = scratch({
      "chart/Chart.yaml": "apiVersion: v2\nname: app\nversion: 0.1.0\n",
      "chart/values.yaml": "image: {tag: '1'}\n",
      "chart/templates/cm.yaml": 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app}\ndata:\n  h: {{ include "sub.helper" . | quote }}\n',
      "chart/charts/sub/Chart.yaml": "apiVersion: v2\nname: sub\nversion: 0.1.0\n",
      "chart/charts/sub/values.yaml": "replicas: 1\n",
      "chart/charts/sub/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: sub}\ndata:\n  r: {{ .Values.replicas | quote }}\n  t: {{ .Values.tuning | quote }}\n",
      "chart/charts/sub/templates/_helpers.tpl": '{{- define "sub.helper" -}}{{ .Values.helperKey }}{{- end -}}\n',
      "v.yaml": "replicas: 3\ntuning: fast\nhelperKey: x\nsub:\n  replicas: 2\n",
    });
    const run = await lint(["--chart", join(dir, "chart"), "-f", join(dir, "v.yaml"), "--format", "json"], major);
    expect(run.code, run.stderr).toBe(0);
    // helm renders the subchart with its own replicas (2) and no tuning: the top-level keys are ignored.
    expect(findings(run).filter((finding) => finding.ruleId === "values-unknown-key").map((finding) => (finding.location as { path?: string }).path)).toEqual(["replicas", "tuning"]);
  });

  it("plaintext-credential follows a key's secretKeyRef to a rendered Secret: a values key that supplies it is reported, a value the chart makes up is not", async () => {
    const secret = (value: string) => `apiVersion: v1\nkind: Secret\nmetadata: {name: proxy}\nstringData:\n  master-key: ${value}\n`;
    const deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: api:1\n          env:\n            - name: LITELLM_MASTER_KEY\n              valueFrom: {secretKeyRef: {name: proxy, key: master-key}}\n";
    const chart = (value: string) => ({ "chart/Chart.yaml": "apiVersion: v2\nname: app\nversion: 0.1.0\n", "chart/values.yaml": "masterKey: ''\n", "chart/templates/secret.yaml": secret(value), "chart/templates/deploy.yaml": deployment, "v.yaml": "masterKey: sk-committed-0123456789\n" });
    const fromValues = scratch(chart("{{ .Values.masterKey | quote }}"));
    const reported = await lint(["--chart", join(fromValues, "chart"), "-f", join(fromValues, "v.yaml"), "--format", "json"], major);
    expect(findings(reported).filter((finding) => finding.ruleId === "plaintext-credential").map(at)).toEqual([`${join(fromValues, "v.yaml")}:1:12 plaintext-credential`]);
    expect(reported.stdout).not.toContain("sk-committed");
    const generated = scratch(chart("{{ randAlphaNum 24 | quote }}"));
    const made = await lint(["--chart", join(generated, "chart"), "-f", join(generated, "v.yaml"), "--format", "json"], major);
    expect(findings(made).filter((finding) => finding.ruleId === "plaintext-credential")).toEqual([]);
  });

  it("a chart reference helm cannot fetch is exit 2", async () => {
    const run = await lint(["--chart", "example/codemie-lite", "--release", "codemie", "--namespace", "codemie"], major);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("litellm-preflight: helm cannot fetch chart example/codemie-lite: repo example not found\n");
    // No network: a server that refuses the connection, as a name that does not resolve.
    for (const chart of ["oci://127.0.0.1:1/charts/codemie", "https://127.0.0.1:1/codemie-0.1.0.tgz"]) {
      const refused = await lint(["--chart", chart], major);
      expect(refused.code, chart).toBe(2);
      expect(refused.stderr).toMatch(new RegExp(`^litellm-preflight: helm cannot fetch chart ${chart.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: .*connection refused\n$`));
    }
  });

  it("a packaged chart that fails to render is a helm-template finding, not a chart helm cannot fetch", async () => {
    // Its message holds words a fetch error has too ("could not find").
    const dir = scratch({
      "t1/Chart.yaml": "apiVersion: v2\nname: t1\nversion: 0.1.0\n",
      "t1/templates/cm.yaml": 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  db: {{ required "could not find db: set .Values.db" .Values.db }}\n',
    });
    spawnSync(helmBinary(major), ["package", join(dir, "t1"), "-d", dir], { encoding: "utf8", env: { ...process.env, ...helmHome(dir) } });
    const packaged = readdirSync(dir).find((file) => file.endsWith(".tgz"))!;
    const run = await lint(["--chart", join(dir, packaged), "--format", "json"], major);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(findings(run).map((finding) => finding.ruleId)).toContain("helm-template");
  });

  it("a --chart directory that does not exist is exit 2 with one line, like a missing -f file, and helm is not run", async () => {
    const run = await lint(["--chart", "no-such-dir", "-f", "fixtures/charts/values/prod.yaml"], major);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("litellm-preflight: cannot read --chart no-such-dir: no such directory\n");
    expect(run.helmCalls).toEqual([]);
  });

  it("the rendering is never named <helm-template> in any format", async () => {
    for (const format of ["json", "sarif", "github", "stylish"]) {
      const run = await lint([...CHART, "-f", "fixtures/charts/values/typos.yaml", "--format", format], major);
      expect(run.stdout).not.toMatch(/helm-template>|%3Chelm-template/);
      // The note on the rendered env entry the values do not explain stays in its template.
      expect(run.stdout).toContain("fixtures/charts/codemie-lite/templates/deployment.yaml");
    }
  });

  describe("a chart shaped like CodeMie's (fixtures/charts/codemie-pools)", () => {
    it.each([
      ["string-objects.yaml", 17],
      ["templated-name.yaml", 15],
    ])("reads a ConfigMap that extraObjects ships as a string (rendered through tpl), values-only and rendered: %s", async (file, line) => {
      for (const args of [[], POOLS]) {
        const run = await lint([...args, "-f", `${POOL_VALUES}/${file}`, "--offline", "--format", "json"], major);
        expect(findings(run).filter((finding) => finding.ruleId === "budget-id-invalid")).toEqual([]);
        expect(ids(run)).toEqual(["team-budget"]);
        expect(result(run).budgetIds.map((budget) => at(budget.location!))).toEqual([`${POOL_VALUES}/${file}:${line}:26`]);
      }
    });

    it("turns the CodeMie profile on from the chart itself when the values carry no CodeMie key", async () => {
      const plain = await lint(["-f", `${POOL_VALUES}/string-objects.yaml`, "--offline", "--format", "json"], major);
      expect(findings(plain).map((finding) => finding.ruleId)).not.toContain("codemie-ignored-env");
      const charted = await lint([...POOLS, "-f", `${POOL_VALUES}/string-objects.yaml`, "--offline", "--format", "json"], major);
      const ignored = findings(charted).filter((finding) => finding.ruleId === "codemie-ignored-env");
      // Reported once, at the values line; the rendered Deployment's entry is the related place.
      expect(ignored.map(at)).toEqual([`${POOL_VALUES}/string-objects.yaml:3:5 codemie-ignored-env`]);
      expect(ignored[0]!.related!.map(at)).toEqual(["fixtures/charts/codemie-pools/templates/deployment.yaml:15:11"]);
    });

    it("reports the workload that runs with the default id, and ignores a pool that is switched off", async () => {
      for (const args of [[], POOLS]) {
        const run = await lint([...args, "-f", `${POOL_VALUES}/pool-only-id.yaml`, "--offline", "--format", "json"], major);
        const mismatch = findings(run).filter((finding) => finding.ruleId === "budget-id-mismatch");
        expect(mismatch.map((finding) => `${at(finding)} ${finding.message}`)).toEqual([
          `${POOL_VALUES}/pool-only-id.yaml:2:1 budget-id-mismatch extraEnv sets no budget id, so its pods run with the default "default" while extraEnv + proxyPool.extraEnv uses "pool-budget"`,
        ]);
        expect(ids(run)).toEqual(["default", "pool-budget"]);
      }
    });

    it("with --chart, a subchart whose condition is false adds no id and no mismatch", async () => {
      const run = await lint([...POOLS, "-f", `${POOL_VALUES}/tracer-off.yaml`, "--offline", "--format", "json"], major);
      expect(findings(run).filter((finding) => finding.ruleId === "budget-id-mismatch")).toEqual([]);
      expect(ids(run)).toEqual(["main-budget"]);
      expect(result(run).budgetIds.map((budget) => at(budget.location!))).toEqual([`${POOL_VALUES}/tracer-off.yaml:4:12`]);
    });

    it("with --chart, an id under a key the chart does not read reaches no pod: the workloads run with the default", async () => {
      const run = await lint([...POOLS, "-f", `${POOL_VALUES}/unread-key.yaml`, "--offline", "--format", "json"], major);
      expect(ids(run)).toEqual(["default"]);
    });

    it("places schema errors about a value a -f file supplied at that file (if/then on a merged map)", async () => {
      const run = await lint([...POOLS, "-f", `${POOL_VALUES}/proxy-on.yaml`, "--offline", "--format", "json"], major);
      expect(findings(run).filter((finding) => finding.ruleId === "values-schema").map(at)).toEqual([
        `${POOL_VALUES}/proxy-on.yaml:2:1 values-schema`,
        `${POOL_VALUES}/proxy-on.yaml:2:1 values-schema`,
      ]);
    });

    it("one finding per problem: a rendered env entry the values supplied is reported once, and the values line's suppression covers it", async () => {
      for (const args of [[], POOLS]) {
        const run = await lint([...args, "-f", `${POOL_VALUES}/proxy-flags.yaml`, "--offline", "--format", "json"], major);
        const flags = findings(run).filter((finding) => finding.ruleId === "codemie-budget-flags");
        expect(flags.map((finding) => [at(finding), Boolean(finding.suppressed)])).toEqual([[`${POOL_VALUES}/proxy-flags.yaml:10:12 codemie-budget-flags`, true]]);
        expect(findings(run).filter((finding) => finding.ruleId === "codemie-ignored-env").map(at)).toEqual([`${POOL_VALUES}/proxy-flags.yaml:3:5 codemie-ignored-env`]);
        expect(run.code).toBe(0);
      }
    });

    it("one finding per problem under -f + -m as well, with the real rendering in a file", async () => {
      const render = helmTemplate(major, ["codemie", "fixtures/charts/codemie-pools", "-f", `${POOL_VALUES}/proxy-flags.yaml`]);
      expect(render.status).toBe(0);
      const rendered = join(scratch({ "rendered.yaml": render.stdout }), "rendered.yaml");
      const run = await lint(["-f", `${POOL_VALUES}/proxy-flags.yaml`, "-m", rendered, "--offline", "--format", "json"], false);
      const flags = findings(run).filter((finding) => finding.ruleId === "codemie-budget-flags");
      expect(flags.map((finding) => [at(finding), Boolean(finding.suppressed)])).toEqual([[`${POOL_VALUES}/proxy-flags.yaml:10:12 codemie-budget-flags`, true]]);
      const ignored = findings(run).filter((finding) => finding.ruleId === "codemie-ignored-env");
      expect(ignored.map(at)).toEqual([`${POOL_VALUES}/proxy-flags.yaml:3:5 codemie-ignored-env`]);
      expect(ignored[0]!.related!.map((related) => related.file.endsWith("rendered.yaml"))).toEqual([true]);
      expect(result(run).budgetIds.map((budget) => [budget.id, at(budget.location!)])).toEqual([["main-budget", `${POOL_VALUES}/proxy-flags.yaml:4:12`]]);
    });
  });
});

describe("helm's errors, read from what the real binaries print", () => {
  const fail = (major: HelmMajor, args: string[]): string => {
    const run = helmTemplate(major, ["r", "fixtures/charts/failing", ...args]);
    expect(run.status).toBe(1);
    return run.stderr;
  };
  const cases: [string, string[], ReturnType<typeof parseHelmError>][] = [
    ["fail", ["--set", "mode=fail"], [{ kind: "template", template: "failing/templates/configmap.yaml", line: 7, column: 37, detail: "mode fail is not supported" }]],
    ["required", ["--set", "mode=required"], [{ kind: "template", template: "failing/templates/configmap.yaml", line: 8, column: 41, detail: "name is required" }]],
    [
      "a helper called through include (the innermost position)",
      ["--set", "mode=include"],
      [{ kind: "template", template: "failing/templates/_helpers.tpl", line: 2, column: 10, detail: "can't evaluate field name in type interface {}", valuesPath: ["image", "repository", "name"] }],
    ],
    ["tpl", ["--set", "mode=tpl", "--set-string", "template=\\{\\{ .Values.nope.x \\}\\}"], [{ kind: "template", template: "failing/templates/configmap.yaml", line: 10, column: 36, detail: "nil pointer evaluating interface {}.x", valuesPath: ["nope", "x"] }]],
    ["invalid rendered YAML", ["--set", "mode=yaml"], [{ kind: "template", template: "failing/templates/configmap.yaml", line: 1, column: 1, detail: "the rendered YAML is invalid at line 7 of the output: did not find expected ',' or '}'" }]],
    ["an unparsable values file", ["-f", "fixtures/charts/values/broken.yaml"], [{ kind: "values-parse", file: "fixtures/charts/values/broken.yaml", line: 4, detail: "mapping values are not allowed in this context" }]],
  ];
  for (const major of [3, 4] as const) {
    it.each(cases)(`helm ${major}: %s`, (_name, args, expected) => {
      expect(parseHelmError(fail(major, args))).toEqual(expected);
    });
  }

  it("schema errors: helm 3's gojsonschema lines and helm 4's nested `at '/a/b'` lines", () => {
    expect(parseHelmError(fail(3, ["--set", "mode=wrong"]))).toEqual([{ kind: "schema", chart: "failing", path: ["mode"], detail: 'mode must be one of the following: "ok", "fail", "required", "include", "yaml", "tpl"' }]);
    expect(parseHelmError(fail(4, ["--set", "mode=wrong"]))).toEqual([{ kind: "schema", chart: "failing", path: ["mode"], detail: "value must be one of 'ok', 'fail', 'required', 'include', 'yaml', 'tpl'" }]);
    // helm 4 checks dependentRequired (helm 3's gojsonschema does not know it).
    // helm 4 lists the errors in no fixed order.
    const byPath = (problems: ReturnType<typeof parseHelmError>) => problems.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(byPath(parseHelmError(fail(4, ["--set", "proxy.token=x", "--set", "mode=wrong"])))).toEqual([
      { kind: "schema", chart: "failing", path: ["mode"], detail: "value must be one of 'ok', 'fail', 'required', 'include', 'yaml', 'tpl'" },
      { kind: "schema", chart: "failing", path: ["proxy"], detail: "properties 'url' required, if 'token' exists" },
    ]);
  });

  it("helm 4's log lines (level=WARN …) before the error are not the error", () => {
    const stderr = 'level=WARN msg="this chart is deprecated"\nError: c/templates/x.yaml:3:27\n  executing "c/templates/x.yaml" at <.Values.x.y>:\n    nil pointer evaluating interface {}.y\n\nUse --debug flag to render out invalid YAML\n';
    expect(parseHelmError(stderr)).toEqual([{ kind: "template", template: "c/templates/x.yaml", line: 3, column: 27, detail: "nil pointer evaluating interface {}.y", valuesPath: ["x", "y"] }]);
  });
});

describe("--chart without a helm that renders", () => {
  it("falls back to helm's own schema check on Helm before 3.16 (no --skip-schema-validation; recorded stand-in)", async () => {
    const ok = await lint([...CHART, "-f", "fixtures/charts/values/prod.yaml"], "standin-3.15");
    expect(ok.code).toBe(0);
    expect(ok.helmCalls.map((call) => call.args.includes("--skip-schema-validation"))).toEqual([true, false]);
    const failing = await lint([...CHART, "-f", "fixtures/charts/values/typos.yaml", "--format", "json"], "standin-3.15");
    // Our schema findings carry positions; helm's JSON-path copies of them are not repeated.
    expect(findings(failing).filter((finding) => finding.ruleId === "values-schema")).toHaveLength(2);
    expect(findings(failing).filter((finding) => finding.ruleId === "helm-template")).toEqual([]);
  });

  it("without helm on PATH: one line, exit 2", async () => {
    const run = await lint([...CHART, "-f", "fixtures/charts/values/prod.yaml"], false);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toContain("--chart needs the helm binary on PATH");
  });

  it("--values-schema and --chart-values check values without rendering", async () => {
    const run = await lint(["fixtures/charts/values/typos.yaml", "--values-schema", "fixtures/charts/codemie-lite/values.schema.json", "--chart-values", "fixtures/charts/codemie-lite/values.yaml", "--format", "json"], false);
    expect(run.helmCalls).toEqual([]);
    expect(findings(run).map(at)).toEqual([
      "fixtures/charts/values/typos.yaml:2:1 values-unknown-key",
      "fixtures/charts/values/typos.yaml:4:3 values-unknown-key",
      "fixtures/charts/values/typos.yaml:6:13 values-schema",
      "fixtures/charts/values/typos.yaml:8:3 values-schema",
    ]);
  });

  it("--chart-values and --values-schema are read as every input is: a broken file is reported, an oversized one or a directory is exit 2", async () => {
    const dir = scratch({ "broken.yaml": "image:\n  tag: [1\n", "v.yaml": "imagee: {}\n", "schema/x": "" });
    const broken = await lint([join(dir, "v.yaml"), "--chart-values", join(dir, "broken.yaml"), "--format", "json"], false);
    expect(broken.code).toBe(1);
    expect(findings(broken).map((finding) => [finding.ruleId, finding.location.file.endsWith("broken.yaml"), finding.location.line])).toEqual([["yaml-syntax", true, 3]]);
    // Only what keeps the chart's file from being read: its repeated keys and extra documents are not the user's to mend.
    writeFileSync(join(dir, "vendored.yaml"), "image: {}\nimage: {}\nimagee: {}\n---\nother: 1\n");
    expect(findings(await lint([join(dir, "v.yaml"), "--chart-values", join(dir, "vendored.yaml"), "--format", "json"], false))).toEqual([]);
    writeFileSync(join(dir, "big.yaml"), `a: "${"x".repeat(17 * 1024 * 1024)}"\n`);
    const big = await lint([join(dir, "v.yaml"), "--chart-values", join(dir, "big.yaml")], false);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/^litellm-preflight: --chart-values \S+big\.yaml has \d+ bytes, more than the limit of 16777216 \(limits\.maxValuesFileBytes in the config\)\n$/);
    // The config's limits apply to them as to -f files.
    writeFileSync(join(dir, "limits.yaml"), "limits: {maxValuesFileBytes: 40}\n");
    const limited = await lint([join(dir, "v.yaml"), "--chart-values", join(dir, "vendored.yaml"), "--config", join(dir, "limits.yaml")], false);
    expect(limited.code).toBe(2);
    expect(limited.stderr).toMatch(/vendored\.yaml has \d+ bytes, more than the limit of 40 \(limits\.maxValuesFileBytes in the config\)\n$/);
    const directory = await lint([join(dir, "v.yaml"), "--values-schema", join(dir, "schema")], false);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toMatch(/^litellm-preflight: cannot read --values-schema \S+schema: it is a directory\n$/);
  });

  it("a dependentRequired error is placed at the key of the -f file that needs the missing one, not at the chart default", async () => {
    const values = scratch({ "v.yaml": "proxy:\n  token: abc\n" });
    const run = await lint([join(values, "v.yaml"), "--values-schema", "fixtures/charts/failing/values.schema.json", "--chart-values", "fixtures/charts/failing/values.yaml", "--format", "json"], false);
    const schema = findings(run).filter((finding) => finding.ruleId === "values-schema");
    expect(schema.map((finding) => [finding.location.file.endsWith("v.yaml"), finding.location.line, finding.location.column, finding.message.split(" (")[0]])).toEqual([[true, 2, 3, "proxy must have property url when property token is present"]]);
  });

  it("unknown keys in --set are reported at the flag; free-form maps below it are not", async () => {
    const run = await lint(["--chart-values", "fixtures/charts/codemie-lite/values.yaml", "--set", "podAnnotations.x=y,replicaCont=2", "--set-string", "image.tga=2.25.0", "--format", "json"], false);
    expect(findings(run).map((finding) => `${at(finding)} ${finding.message}`)).toEqual([
      '--set:1:20 values-unknown-key unknown key "replicaCont" in the top level: the chart\'s values.yaml does not have it, so Helm ignores it; did you mean "replicaCount"?',
      '--set-string:2:1 values-unknown-key unknown key "tga" in image: the chart\'s values.yaml does not have it, so Helm ignores it; did you mean "tag"?',
    ]);
  });

  it("a missing --chart directory's Chart.yaml is a usage error", async () => {
    const dir = scratch({ "values.yaml": "a: 1\n" });
    const run = await lint(["--chart", dir], false);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not a chart directory (no Chart.yaml)");
  });
});

/** Whether a process runs (Linux): a killed child whose parent has exited may stay a zombie until it is reaped. */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

describe("helm's processes", () => {
  /** A stand-in `helm` (sh) for what only process timing shows; `script` handles `version` and `template`. */
  function fakeHelm(script: string): { env: Record<string, string>; dir: string } {
    const dir = scratch({ helm: `#!/bin/sh\nd="$HELM_FAKE_DIR"\n${script}\n`, log: "" });
    chmodSync(join(dir, "helm"), 0o755);
    return { dir, env: { PATH: `${dir}:${NODE_DIR}:/usr/bin:/bin`, NO_COLOR: "1", HELM_FAKE_DIR: dir } };
  }

  /** The numbers a stand-in logged to `file` in its directory, one a line (none yet: none). */
  const logged = (dir: string, file: string): number[] => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), "utf8").split("\n").filter(Boolean).map((line) => Number(line.split(" ")[0])) : []);

  /**
   * A stand-in `helm` that runs for 30 s through a child that holds its pipes (a wrapper script
   * without `exec`), logging its pid; the children are killed after `use`.
   */
  async function withHangingHelm(use: (env: Record<string, string>, dir: string) => Promise<void>): Promise<void> {
    const { env, dir } = fakeHelm('echo "$$" >> "$d/pids"\nsleep 30 &\necho "$!" >> "$d/sleeps"\nwait\necho "$1 finished" >> "$d/log"');
    try {
      await use(env, dir);
    } finally {
      killLogged(dir);
    }
  }

  function killLogged(dir: string): void {
    for (const pid of logged(dir, "sleeps")) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }

  /** The built CLI, run as a user runs it, and how long it took (a helm it waits for would take 30 s). */
  async function timedCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string; ms: number }> {
    const started = performance.now();
    const run = await runBuiltCli(args, { cwd: ROOT, env, timeoutMs: 45_000 });
    return { code: run.code, stderr: run.stderr, ms: performance.now() - started };
  }

  it("helm version runs while helm template renders: neither waits for the other", async () => {
    // `version` waits up to 5 s for `template` to have started: in turn, it would wait in vain and log `alone`.
    const { env, dir } = fakeHelm(
      [
        'if [ "$1" = version ]; then',
        '  i=0; while [ ! -e "$d/template-started" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done',
        '  if [ -e "$d/template-started" ]; then echo together >> "$d/log"; else echo alone >> "$d/log"; fi',
        "  echo v4.1.4+gtest; exit 0",
        "fi",
        'touch "$d/template-started"',
        "printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: c\\ndata:\\n  a: b\\n'",
      ].join("\n"),
    );
    const io = capturingIO(ROOT, env);
    const code = await runCli(["lint", ...CHART, "--format", "json"], io);
    expect(io.err()).toBe("");
    expect(code).toBe(0);
    expect(readFileSync(join(dir, "log"), "utf8")).toBe("together\n");
    // The rendering is linted, and the version told which helm rendered it.
    expect(result({ code, stdout: io.out(), stderr: io.err(), helmCalls: [] }).stats).toMatchObject({ manifestDocuments: 1 });
    expect(JSON.parse(io.out()).helm).toMatchObject({ major: 4, from: "detected" });
  });

  it("a --chart directory without Chart.yaml stops the helm processes already started, and the CLI exits at once with 2", { timeout: 60_000 }, async () => {
    await withHangingHelm(async (env, dir) => {
      const run = await timedCli(["lint", "--chart", scratch({ "values.yaml": "a: 1\n" })], env);
      expect(run.stderr).toContain("is not a chart directory (no Chart.yaml)");
      expect(run.code).toBe(2);
      expect(run.ms).toBeLessThan(15_000);
      // The helm processes (template and version; one killed before its shell logged it is gone too) are gone.
      expect(logged(dir, "pids").length).toBeLessThanOrEqual(2);
      for (const pid of logged(dir, "pids")) expect(running(pid), `helm process ${pid}`).toBe(false);
      expect(readFileSync(join(dir, "log"), "utf8")).toBe("");
    });
  });

  it("a helm that prints past the output limit while a child of its holds the pipes ends the run at once with 2", { timeout: 60_000 }, async () => {
    const { env, dir } = fakeHelm(
      [
        'if [ "$1" = version ]; then echo v3.17.2+gtest; exit 0; fi',
        'sleep 30 &\necho "$!" >> "$d/sleeps"',
        "head -c 300000000 /dev/zero | tr '\\0' a",
        "wait",
      ].join("\n"),
    );
    try {
      const run = await timedCli(["lint", ...CHART], env);
      expect(run.stderr).toContain("helm template printed more than 256 MiB");
      expect(run.code).toBe(2);
      expect(run.ms).toBeLessThan(20_000);
    } finally {
      killLogged(dir);
    }
  });

  it("lint --chart starts helm before the linter loads, and the run takes that helm over: one template, one version", { timeout: 60_000 }, async () => {
    const home = scratch({ "helm.log": "" });
    const env = { PATH: `${helmOnPath(3)}:${NODE_DIR}:/usr/bin:/bin`, NO_COLOR: "1", ...helmHome(home), HELM_LOG: join(home, "helm.log") };
    const lintRun = await runBuiltCli(["lint", ...CHART, "-f", "fixtures/charts/values/prod.yaml", "--format", "json"], { cwd: ROOT, env, timeoutMs: 45_000 });
    expect(lintRun.stderr).toBe("");
    expect(lintRun.code).toBe(0);
    expect(result({ code: 0, stdout: lintRun.stdout, stderr: "", helmCalls: [] }).budgetIds.map((budget) => budget.id)).toEqual(["prod-budget"]);
    const calls = readFileSync(join(home, "helm.log"), "utf8").split("\n").filter(Boolean).map((line) => line.split("\x1f")[1]);
    expect(calls.sort()).toEqual(["template", "version"]);
  });

  it("startHelmEarly starts what prepareChart would run for the command line, and nothing for one that renders nothing", async () => {
    const { env, dir } = fakeHelm('echo "$*" >> "$d/log"');
    const argv = [...CHART, "-f", "fixtures/charts/values/prod.yaml", "--set", "replicaCount=3"];
    const early = startHelmEarly(argv, ROOT, env)!;
    await early.rendering.result;
    await early.version.result;
    expect(early.helm).toBe(join(dir, "helm"));
    expect(early.args).toEqual(["template", "codemie", "fixtures/charts/codemie-lite", "--namespace", "codemie", "--skip-schema-validation", "-f", "fixtures/charts/values/prod.yaml", "--set", "replicaCount=3"]);
    for (const args of [["--chart", "no-such-dir"], [...CHART, "--help"], ["fixtures/charts/values/prod.yaml"], [...CHART, "--no-such-option"], [...CHART, "-m", "-"], [...CHART, "--manifests=-"]]) {
      expect(startHelmEarly(args, ROOT, env), args.join(" ")).toBeUndefined();
    }
    expect(readFileSync(join(dir, "log"), "utf8").split("\n").filter(Boolean).sort()).toEqual([early.args.join(" "), "version --short"]);
  });

  it("an early helm the run does not take (a usage error before the chart) is stopped, and the CLI exits at once with 2", { timeout: 60_000 }, async () => {
    await withHangingHelm(async (env, dir) => {
      const run = await timedCli(["lint", ...CHART, "--format", "bogus"], env);
      expect(run.stderr).toContain("--format");
      expect(run.code).toBe(2);
      expect(run.ms).toBeLessThan(15_000);
      expect(logged(dir, "pids").length).toBeLessThanOrEqual(2);
      for (const pid of logged(dir, "pids")) expect(running(pid), `helm process ${pid}`).toBe(false);
    });
  });

  it("with -m -, helm reads the values files after stdin has ended, as the lint does (a pipeline may write them meanwhile)", { timeout: 60_000 }, async () => {
    const dir = scratch({ "m.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\ndata:\n  a: b\n" });
    const generated = join(dir, "generated.yaml");
    const child = spawn(process.execPath, [CLI, "lint", ...CHART, "-f", generated, "-m", "-", "--format", "json"], {
      cwd: ROOT,
      env: { PATH: `${dirname(helmBinary(3))}:${NODE_DIR}:/usr/bin:/bin`, NO_COLOR: "1", ...helmHome(dir) },
    });
    let stdout = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    const exited = new Promise<number | null>((done) => child.on("close", done));
    // The values file appears only after the run has started, as `(write values; cat m.yaml) | lint … -m -` does.
    await new Promise((done) => setTimeout(done, 500));
    writeFileSync(generated, "litellm:\n  budgetId: staging-budget\n");
    child.stdin.end(readFileSync(join(dir, "m.yaml")));
    expect(await exited).toBe(0);
    const json = JSON.parse(stdout) as JsonResult;
    expect(json.findings.filter((finding) => finding.ruleId === "helm-template")).toEqual([]);
    expect(json.budgetIds.map((budget) => budget.id)).toEqual(["staging-budget"]);
  });

  it("with inputs big enough for the worker thread, helm renders once, on the worker", { timeout: 120_000 }, async () => {
    const home = scratch({ "helm.log": "" });
    const document = "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: filler\ndata:\n  text: " + "x".repeat(1000) + "\n";
    const big = join(scratch({ "big.yaml": document.repeat(Math.ceil((8.5 * 1024 * 1024) / document.length)) }), "big.yaml");
    const env = { PATH: `${helmOnPath(3)}:${NODE_DIR}:/usr/bin:/bin`, NO_COLOR: "1", ...helmHome(home), HELM_LOG: join(home, "helm.log") };
    const run = await runBuiltCli(["lint", ...CHART, "-f", "fixtures/charts/values/prod.yaml", "-m", big, "--format", "json"], { cwd: ROOT, env, timeoutMs: 90_000 });
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as JsonResult).budgetIds.map((budget) => budget.id)).toEqual(["prod-budget"]);
    const calls = readFileSync(join(home, "helm.log"), "utf8").split("\n").filter(Boolean).map((line) => line.split("\x1f")[1]);
    expect(calls.sort()).toEqual(["template", "version"]);
  });

  it("prepareChart stops a helm started early for other arguments, and runs its own", { timeout: 60_000 }, async () => {
    const { env, dir } = fakeHelm('echo "$$ $*" >> "$d/pids"\nif [ "$1" = version ]; then echo v3.17.2+gtest; exit 0; fi\nif [ "$2" = other ]; then sleep 30 & echo "$!" >> "$d/sleeps"; wait; fi\nprintf \'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: c\\n\'');
    const io = { cwd: ROOT, env };
    const early = startRendering(join(dir, "helm"), ["template", "other"], io);
    const lines = () => (existsSync(join(dir, "pids")) ? readFileSync(join(dir, "pids"), "utf8").split("\n").filter(Boolean) : []);
    // Until the early process has logged itself (a busy machine may start its shell late).
    for (let waited = 0; !lines().some((line) => line.endsWith(" template other")) && waited < 10_000; waited += 20) await new Promise((done) => setTimeout(done, 20));
    try {
      const setup = await prepareChart({ chart: "fixtures/charts/codemie-lite", release: "codemie" }, [], [], io, early);
      expect(setup.rendered?.text).toContain("kind: ConfigMap");
      expect(setup.helmMajor).toBe(3);
      const calls = lines().map((line) => line.split(" ").slice(1).join(" "));
      expect(calls.filter((call) => call.startsWith("template")).sort()).toEqual(["template codemie fixtures/charts/codemie-lite --skip-schema-validation", "template other"]);
      const otherPid = Number(lines().find((line) => line.endsWith(" template other"))!.split(" ")[0]);
      expect(running(otherPid)).toBe(false);
    } finally {
      killLogged(dir);
    }
  });

  it("an empty --values-schema (an unset variable) is no schema: helm checks the chart's own", async () => {
    const run = await lint(["--chart", "fixtures/charts/helm-shapes", "--values-schema", "", "--format", "json"], 3);
    expect(run.helmCalls.map((call) => call.args.includes("--skip-schema-validation"))).toEqual([false]);
  });
});

describe("pieces", () => {
  it("helm arguments keep the order of -f, --set and --set-string", () => {
    const sets = [
      { flag: "--set-string" as const, arg: "b=2", index: 1 },
      { flag: "--set" as const, arg: "a=1", index: 0 },
    ];
    expect(helmArgs({ release: "r", namespace: "ns", chartVersion: "1.2.3" }, "repo/chart", ["x.yaml", "y.yaml"], sets, false)).toEqual([
      "template", "r", "repo/chart", "--namespace", "ns", "--version", "1.2.3", "-f", "x.yaml", "-f", "y.yaml", "--set", "a=1", "--set-string", "b=2",
    ]);
  });

  it("reads helm's error wording (helm 3, helm ≥ 3.18 and helm 4 schema lines)", () => {
    expect(parseHelmError("Error: failed to parse v.yaml: error converting YAML to JSON: yaml: line 7: did not find expected key\n")).toEqual([
      { kind: "values-parse", file: "v.yaml", line: 7, detail: "did not find expected key" },
    ]);
    expect(parseHelmError("Error: values don't meet the specifications of the schema(s) in the following chart(s):\nc:\n- (root): image is required\n- at '/a/0/b': got string, want integer\n")).toEqual([
      { kind: "schema", chart: "c", path: [], detail: "image is required" },
      { kind: "schema", chart: "c", path: ["a", 0, "b"], detail: "got string, want integer" },
    ]);
    expect(parseHelmError("Error: parse error at (c/templates/x.yaml:3): function \"nope\" not defined\n")).toEqual([
      { kind: "template", template: "c/templates/x.yaml", line: 3, column: 1, detail: 'function "nope" not defined' },
    ]);
    expect(parseHelmError("Error: YAML parse error on c/templates/x.yaml: error converting YAML to JSON: yaml: line 5: bad\n")[0]).toMatchObject({ kind: "template", template: "c/templates/x.yaml" });
    expect(parseHelmError("WARNING: something\nError: boom\n")).toEqual([{ kind: "other", detail: "boom" }]);
    // helm 4.1.4 nests the causes of an item under a "validation failed" line (recorded from a chart with if/then and dependentRequired).
    const nested = "Error: values don't meet the specifications of the schema(s) in the following chart(s):\nsch:\n- at '': missing property 'name'\n- at '/proxy': validation failed\n  - at '/proxy/mode': value must be one of 'lite', 'full'\n  - at '/proxy': properties 'url' required, if 'token' exists\n  - at '/proxy': missing property 'url'\n- at '/list/1': got string, want integer\n\n";
    expect(parseHelmError(nested).map((problem) => (problem.kind === "schema" ? `${problem.path.join(".")}: ${problem.detail}` : problem.kind))).toEqual([
      ": missing property 'name'",
      "proxy.mode: value must be one of 'lite', 'full'",
      "proxy: properties 'url' required, if 'token' exists",
      "proxy: missing property 'url'",
      "list.1: got string, want integer",
    ]);
  });

  it("template scans find read paths and maps passed whole to toYaml", () => {
    const referenced = new Set<string>();
    const freeForm = new Set<string>();
    scanTemplate('{{ .Values.a.b }} {{ index .Values "c" "d" }} {{ toYaml .Values.e | nindent 2 }} {{- with .Values.f }}\n  {{- toYaml . | nindent 4 }}\n{{- end }}', referenced, freeForm);
    expect([...referenced].sort()).toEqual(["a", "a.b", "c", "c.d", "e", "f"]);
    expect([...freeForm].sort()).toEqual(["e", "f"]);
    const commented = new Set<string>();
    scanCommentedKeys("service:\n  port: 80\n  # nodePort: 30080\n# affinity: {}\n#   podAntiAffinity: soft\n", commented);
    expect([...commented].sort()).toEqual(["affinity", "affinity.podAntiAffinity", "service.nodePort"]);
  });

  it("did-you-mean prefers case and separator slips, then small edit distances", () => {
    expect(suggestion("pullpolicy", ["pullPolicy", "policy"]).suggestion).toBe("pullPolicy");
    expect(suggestion("replicaCont", ["replicaCount", "image"]).suggestion).toBe("replicaCount");
    expect(suggestion("tga", ["tag", "repository"]).suggestion).toBe("tag");
    expect(suggestion("mode", ["enabled", "url"]).suggestion).toBeUndefined();
  });
});
