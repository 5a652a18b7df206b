/**
 * --chart end to end with a recorded-output stand-in for helm on PATH (no helm binary can be
 * installed where these tests run): tools/fakes/helm-standin/helm replays recorded `helm template` runs of
 * fixtures/charts/codemie-lite and fails on any argument list it has no recording for, so these
 * tests also pin the exact arguments litellm-preflight passes to helm.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { helmArgs } from "../../src/io/helm.ts";
import { parseHelmError } from "../../src/chart/helm-errors.ts";
import { scanCommentedKeys, scanTemplate, suggestion } from "../../src/chart/known-keys.ts";
import { runCli } from "../../src/cli/run.ts";
import { capturingIO, scratch } from "../support/cli.ts";
import { ROOT } from "../support/fixtures.ts";

const STANDIN = join(ROOT, "tools", "fakes", "helm-standin");
const NODE_DIR = dirname(process.execPath);
const CHART = ["--chart", "fixtures/charts/codemie-lite", "--release", "codemie", "--namespace", "codemie"];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  helmCalls: { args: string[]; cwd: string; mode: string }[];
}

async function lint(args: string[], options: { helm?: boolean; mode?: string } = {}): Promise<Run> {
  const log = join(scratch({ "helm.log": "" }), "helm.log");
  const env: Record<string, string> = {
    PATH: options.helm === false ? `${NODE_DIR}:/usr/bin:/bin` : `${STANDIN}:${NODE_DIR}:/usr/bin:/bin`,
    NO_COLOR: "1",
    HOME: "/nonexistent",
    HELM_STANDIN_LOG: log,
  };
  if (options.mode) env.HELM_STANDIN_MODE = options.mode;
  const io = capturingIO(ROOT, env);
  const code = await runCli(["lint", ...args], io);
  // `helm version` tells which helm renders (--helm-version); the calls below are the renderings.
  const helmCalls = readFileSync(log, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Run["helmCalls"][number]).filter((call) => call.args[0] !== "version");
  return { code, stdout: io.out(), stderr: io.err(), helmCalls };
}

interface JsonFinding {
  ruleId: string;
  message: string;
  location: { file: string; line: number; column: number };
}
const findings = (run: Run): JsonFinding[] => (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
const at = (finding: JsonFinding): string => `${finding.location.file}:${finding.location.line}:${finding.location.column} ${finding.ruleId}`;

describe("--chart with helm on PATH", () => {
  it("runs helm template with the values files and --set flags in command-line order, and lints the rendering", async () => {
    const run = await lint([...CHART, "-f", "fixtures/charts/values/prod.yaml", "--set", "replicaCount=3", "--set-string", "litellm.budgetId=prod-budget-2", "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.helmCalls.map((call) => call.args)).toEqual([
      ["template", "codemie", "fixtures/charts/codemie-lite", "--namespace", "codemie", "--skip-schema-validation", "-f", "fixtures/charts/values/prod.yaml", "--set", "replicaCount=3", "--set-string", "litellm.budgetId=prod-budget-2"],
    ]);
    expect(run.helmCalls[0]!.cwd).toBe(ROOT.replace(/\/$/, ""));
    const result = JSON.parse(run.stdout) as { budgetIds: { id: string; location: { file: string } }[]; stats: { manifestDocuments: number; workloads: number } };
    expect(result.stats).toMatchObject({ manifestDocuments: 3, workloads: 1 });
    expect(result.budgetIds.map((budget) => [budget.id, budget.location.file])).toEqual([["prod-budget-2", "<helm-template>"]]);
    expect(run.code).toBe(0);
  });

  it("reports schema errors and unknown keys at the values file, line and column, and rendered problems in the output", async () => {
    const run = await lint([...CHART, "-f", "fixtures/charts/values/typos.yaml", "--format", "json"]);
    expect(run.code).toBe(1);
    const mine = findings(run).filter((finding) => ["values-schema", "values-unknown-key", "budget-id-invalid"].includes(finding.ruleId));
    expect(mine.map(at)).toEqual([
      "<helm-template>:8:22 budget-id-invalid",
      "fixtures/charts/values/typos.yaml:2:1 values-unknown-key",
      "fixtures/charts/values/typos.yaml:4:3 values-unknown-key",
      "fixtures/charts/values/typos.yaml:6:13 values-schema",
      "fixtures/charts/values/typos.yaml:8:3 values-schema",
    ]);
    // podAnnotations is free-form: its new key is not reported.
    expect(mine.some((finding) => finding.message.includes("example.com/team"))).toBe(false);
  });

  it("reports a values file helm cannot parse at that file and line", async () => {
    const run = await lint([...CHART, "-f", "fixtures/charts/values/broken.yaml", "--format", "json"]);
    expect(run.code).toBe(1);
    const helm = findings(run).filter((finding) => finding.ruleId === "helm-template");
    expect(helm.map(at)).toEqual(["fixtures/charts/values/broken.yaml:4:1 helm-template"]);
    expect(helm[0]!.message).toBe("helm cannot parse this values file: mapping values are not allowed in this context");
  });

  it("reports a template failure at the values key the template trips over", async () => {
    const run = await lint([...CHART, "-f", "fixtures/charts/values/image-string.yaml", "--format", "json"]);
    const helm = findings(run).filter((finding) => finding.ruleId === "helm-template");
    expect(helm.map(at)).toEqual(["fixtures/charts/values/image-string.yaml:2:1 helm-template"]);
    expect(helm[0]!.message).toContain("codemie-lite/templates/deployment.yaml:22");
  });

  it("falls back to helm's own schema check on Helm before 3.16 (no --skip-schema-validation)", async () => {
    const ok = await lint([...CHART, "-f", "fixtures/charts/values/prod.yaml"], { mode: "helm-3.15" });
    expect(ok.code).toBe(0);
    expect(ok.helmCalls.map((call) => call.args.includes("--skip-schema-validation"))).toEqual([true, false]);
    const failing = await lint([...CHART, "-f", "fixtures/charts/values/typos.yaml", "--format", "json"], { mode: "helm-3.15" });
    // Our schema findings carry positions; helm's JSON-path copies of them are not repeated.
    expect(findings(failing).filter((finding) => finding.ruleId === "values-schema")).toHaveLength(2);
    expect(findings(failing).filter((finding) => finding.ruleId === "helm-template")).toEqual([]);
  });

  it("without helm on PATH: one line, exit 2", async () => {
    const run = await lint([...CHART, "-f", "fixtures/charts/values/prod.yaml"], { helm: false });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toContain("--chart needs the helm binary on PATH");
  });

  it("a chart reference helm cannot fetch is exit 2", async () => {
    const run = await lint(["--chart", "example/codemie-lite", "--release", "codemie", "--namespace", "codemie"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("litellm-preflight: helm cannot fetch chart example/codemie-lite: repo example not found\n");
  });

  it("--values-schema and --chart-values check values without rendering", async () => {
    const run = await lint(["fixtures/charts/values/typos.yaml", "--values-schema", "fixtures/charts/codemie-lite/values.schema.json", "--chart-values", "fixtures/charts/codemie-lite/values.yaml", "--format", "json"], { helm: false });
    expect(run.helmCalls).toEqual([]);
    expect(findings(run).map(at)).toEqual([
      "fixtures/charts/values/typos.yaml:2:1 values-unknown-key",
      "fixtures/charts/values/typos.yaml:4:3 values-unknown-key",
      "fixtures/charts/values/typos.yaml:6:13 values-schema",
      "fixtures/charts/values/typos.yaml:8:3 values-schema",
    ]);
  });

  it("unknown keys in --set are reported at the flag; free-form maps below it are not", async () => {
    const run = await lint(["--chart-values", "fixtures/charts/codemie-lite/values.yaml", "--set", "podAnnotations.x=y,replicaCont=2", "--set-string", "image.tga=2.25.0", "--format", "json"], { helm: false });
    expect(findings(run).map((finding) => `${at(finding)} ${finding.message}`)).toEqual([
      '--set:1:20 values-unknown-key unknown key "replicaCont" in the top level: the chart\'s values.yaml does not have it, so Helm ignores it; did you mean "replicaCount"?',
      '--set-string:2:1 values-unknown-key unknown key "tga" in image: the chart\'s values.yaml does not have it, so Helm ignores it; did you mean "tag"?',
    ]);
  });

  it("a missing --chart directory's Chart.yaml is a usage error", async () => {
    const dir = scratch({ "values.yaml": "a: 1\n" });
    const run = await lint(["--chart", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not a chart directory (no Chart.yaml)");
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

  it("reads helm's error wording (Helm 3 and Helm ≥ 3.18 schema lines)", () => {
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
