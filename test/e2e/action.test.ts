/**
 * The GitHub Action, run as the runner runs it (the committed bundle, INPUT_* env, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files): outputs, annotations, summary, SARIF and exit status; and the
 * contract between action.yml and the code.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INPUTS, OUTPUTS } from "../../src/action/protocol.ts";
import { runAction } from "../../src/action/run.ts";
import { startFakeLiteLLM, type FakeLiteLLM } from "../../tools/fakes/litellm/server.ts";
import { ROOT } from "../support/fixtures.ts";
import { githubIngestionProblems, sarifSchemaErrors, type SarifLog } from "../support/sarif.ts";
import { actionYml, inputEnvName, parseOutputFile, runBundledAction, testConfig, workspace } from "../support/action.ts";

const CLEAN = "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\n";
const BROKEN = "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\n  - {name: LLM_PROXY_ENABLED, value: true}\n  - {name: A, value: \"1\"}\n  - {name: A, value: \"2\"}\n";
const WARNING_ONLY = "extraEnv:\n  - {name: A, value: \"1\"}\n  - {name: A, value: \"2\"}\n";

const annotations = (stdout: string) => stdout.split("\n").filter((line) => /^::(error|warning|notice) /.test(line));

function readSarif(path: string): SarifLog {
  const log = JSON.parse(readFileSync(path, "utf8")) as SarifLog;
  expect(sarifSchemaErrors(log)).toEqual([]);
  expect(githubIngestionProblems(log)).toEqual([]);
  return log;
}

describe("action.yml", () => {
  it("declares exactly the inputs and outputs the code reads and writes, and runs the bundle on node24", () => {
    const yml = actionYml();
    expect(Object.keys(yml.inputs)).toEqual([...INPUTS]);
    expect(Object.keys(yml.outputs)).toEqual([...OUTPUTS]);
    expect(yml.runs).toEqual({ using: "node24", main: "dist/action.js" });
    expect(existsSync(join(ROOT, yml.runs.main))).toBe(true);
    expect(yml.inputs["sarif-file"]!.default).toBe("litellm-preflight.sarif");
    expect(yml.inputs["fail-on"]!.default).toBe("error");
    expect(yml.inputs["sarif-category"]!.default).toBe("litellm-preflight/");
    expect(yml.inputs.offline!.default).toBe("false");
    for (const [name, spec] of Object.entries(yml.inputs)) {
      expect(spec.required ?? false, name).toBe(false);
      expect(spec.description.length, name).toBeGreaterThan(10);
    }
  });

  it("matches what a run actually reads (INPUT_*) and writes (GITHUB_OUTPUT)", async () => {
    const dir = workspace({ "values.yaml": CLEAN });
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const runner = mkdtempSync(join(dir, ".runner-"));
    const outputFile = join(runner, "output");
    writeFileSync(outputFile, "");
    const read = new Set<string>();
    const base: Record<string, string> = { GITHUB_WORKSPACE: dir, GITHUB_OUTPUT: outputFile, [inputEnvName("values")]: "values.yaml" };
    const env = new Proxy(base, {
      get(target, key) {
        if (typeof key === "string" && key.startsWith("INPUT_")) read.add(key);
        return typeof key === "string" ? target[key] : undefined;
      },
    });
    let stdout = "";
    const code = await runAction({ env, cwd: dir, stdout: (text) => (stdout += text), stderr: () => {} });
    expect(code, stdout).toBe(0);
    expect([...read].sort()).toEqual(Object.keys(actionYml().inputs).map(inputEnvName).sort());
    expect(Object.keys(parseOutputFile(readFileSync(outputFile, "utf8"))).sort()).toEqual(Object.keys(actionYml().outputs).sort());
  });
});

describe("the bundled action", () => {
  it("passes a clean values file: outputs, summary, SARIF, no annotations", async () => {
    const dir = workspace({ "deploy/values.yaml": CLEAN }, { git: true });
    const run = await runBundledAction(dir, { values: "deploy/values.yaml\n" });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(annotations(run.stdout)).toEqual([]);
    expect(run.stderr).toBe("");
    expect(run.outputs).toMatchObject({ errors: "0", warnings: "0", "live-status": "skipped", "sarif-file": join(dir, "litellm-preflight.sarif") });
    const budgets = JSON.parse(run.outputs["budget-ids"]!) as { id: string; source: string; envName: string; location: { file: string; line: number } }[];
    expect(budgets).toEqual([expect.objectContaining({ id: "prod-budget", source: "values", envName: "LITELLM_BUDGET_ID", location: expect.objectContaining({ file: "deploy/values.yaml", line: 2 }) })]);
    expect(run.summary).toContain("✅ No problems found");
    expect(run.summary).toContain("`prod-budget`");
    expect(run.summary).toContain("⏭️ Skipped: no litellm-url input given.");
    const log = readSarif(run.outputs["sarif-file"]!);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.automationDetails!.id).toBe("litellm-preflight/");
  });

  it("fails on an error with annotations, a summary table, a SARIF file and a one-line reason", async () => {
    const dir = workspace({ "values.yaml": BROKEN }, { git: true });
    const run = await runBundledAction(dir, { values: "values.yaml", "sarif-file": "reports/out.sarif", "sarif-category": "prod" });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("litellm-preflight: failed: 1 error (fail-on: error)\n");
    expect(annotations(run.stdout)).toEqual([
      "::error file=values.yaml,line=3,endLine=3,col=38,endColumn=42,title=env-value-type::Value of LLM_PROXY_ENABLED is the boolean true, not a string; Kubernetes rejects the workload.",
      '::warning file=values.yaml,line=4,endLine=4,col=5,endColumn=26,title=env-duplicate::A is defined again at line 5; that later entry wins ("2" replaces "1").',
    ]);
    expect(run.outputs).toMatchObject({ errors: "1", warnings: "1", "sarif-file": join(dir, "reports", "out.sarif") });
    expect(run.summary).toContain("❌ **1 error**, 1 warning, 0 notes");
    expect(run.summary).toContain("[env-value-type](https://github.com/litellm-preflight/litellm-preflight/blob/main/docs/rules/env-value-type.md)");
    expect(run.summary).toContain("**Failed:** 1 error (fail-on: error)");
    const log = readSarif(run.outputs["sarif-file"]!);
    expect(log.runs[0]!.automationDetails!.id).toBe("prod/");
    expect(log.runs[0]!.results!.map((r) => [r.ruleId, r.locations![0]!.physicalLocation!.artifactLocation!.uri])).toEqual([
      ["env-value-type", "values.yaml"],
      ["env-duplicate", "values.yaml"],
    ]);
  });

  it("honours fail-on: never passes errors, warning fails on warnings, error ignores them", async () => {
    const dir = workspace({ "broken.yaml": BROKEN, "warn.yaml": WARNING_ONLY });
    const never = await runBundledAction(dir, { values: "broken.yaml", "fail-on": "never" });
    expect(never.code).toBe(0);
    expect(never.outputs.errors).toBe("1");
    expect(annotations(never.stdout).length).toBe(2);
    expect((await runBundledAction(dir, { values: "warn.yaml", "fail-on": "warning" })).code).toBe(1);
    const errorOnly = await runBundledAction(dir, { values: "warn.yaml" });
    expect(errorOnly.code).toBe(0);
    expect(errorOnly.outputs.warnings).toBe("1");
  });

  it("merges values in order, applies set lines last, and lints manifests", async () => {
    const manifest = [
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata: {name: api, namespace: prod}",
      "spec:",
      "  template:",
      "    spec:",
      "      containers:",
      "        - name: api",
      "          env:",
      "            - {name: LITELLM_BUDGET_ID, value: team-budget}",
      "",
    ].join("\n");
    const dir = workspace({ "values.yaml": CLEAN, "values-prod.yaml": "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-2}\n", "rendered.yaml": manifest });
    const layered = await runBundledAction(dir, { values: "values.yaml\nvalues-prod.yaml", manifests: "rendered.yaml" });
    const ids = (run: typeof layered) => (JSON.parse(run.outputs["budget-ids"]!) as { id: string; source: string }[]).map((b) => `${b.source}:${b.id}`);
    expect(ids(layered)).toEqual(["values:prod-2", "manifest:team-budget"]);
    const withSet = await runBundledAction(dir, { values: "values.yaml\nvalues-prod.yaml", set: "extraEnv[0].value=from-set\n" });
    expect(ids(withSet)).toEqual(["set:from-set"]);
  });

  it("rejects bad inputs with exit 2 and one error annotation", async () => {
    const dir = workspace({ "values.yaml": CLEAN });
    const stdin = await runBundledAction(dir, { manifests: "-" });
    expect(stdin.code).toBe(2);
    expect(annotations(stdin.stdout)).toEqual(['::error title=litellm-preflight::input "manifests" cannot read stdin ("-"); render the manifests to a file first (helm template … > rendered.yaml)']);
    expect(stdin.summary).toContain("The check could not run");
    const failOn = await runBundledAction(dir, { values: "values.yaml", "fail-on": "sometimes" });
    expect(failOn.code).toBe(2);
    expect(failOn.stdout).toContain('input "fail-on" must be one of error, warning, never');
    const offline = await runBundledAction(dir, { values: "values.yaml", offline: "yes" });
    expect(offline.code).toBe(2);
    expect(offline.stdout).toContain('input "offline" must be true or false');
    const remote = await runBundledAction(dir, { values: "https://example.com/values.yaml" });
    expect(remote.code).toBe(2);
    expect(remote.stdout).toContain('input "values" https://example.com/values.yaml: a URL is not fetched');
    const valuesStdin = await runBundledAction(dir, { values: "-" });
    expect(valuesStdin.code).toBe(2);
    expect(valuesStdin.stdout).toContain('input "values" - : stdin is read only for -m -');
    const missing = await runBundledAction(dir, { values: "nope.yaml" });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("cannot read values file nope.yaml: no such file");
    const nothing = await runBundledAction(dir, {});
    expect(nothing.code).toBe(2);
    expect(nothing.stdout).toContain("nothing to lint");
    const set = await runBundledAction(dir, { values: "values.yaml", set: "a[=1" });
    expect(set.code).toBe(2);
    expect(annotations(set.stdout).length).toBe(1);
    // The SARIF file never replaces an input: a values file, or an environment's.
    const configured = workspace({ "values.yaml": CLEAN, ".litellm-preflight.yaml": "environments: {prod: {values: [values.yaml]}}\n" });
    for (const inputs of [{ values: "values.yaml" }, { environment: "prod" }, { values: "values.yaml", config: ".litellm-preflight.yaml" }] as Record<string, string>[]) {
      const target = "config" in inputs ? ".litellm-preflight.yaml" : "values.yaml";
      const over = await runBundledAction(configured, { ...inputs, "sarif-file": target });
      expect(over.code, JSON.stringify(inputs)).toBe(2);
      expect(annotations(over.stdout)).toEqual([`::error title=litellm-preflight::input "sarif-file" ${target} is one of the inputs: the report would replace it`]);
    }
    expect(readFileSync(join(configured, "values.yaml"), "utf8")).toBe(CLEAN);
  });

  it("uses the config file from the workspace or the config input", async () => {
    const dir = workspace({ "values.yaml": BROKEN, ".litellm-preflight.yaml": testConfig({ "env-value-type": "warning" }), "strict.yaml": testConfig({ "env-duplicate": "error" }) });
    const found = await runBundledAction(dir, { values: "values.yaml" });
    expect(found.code).toBe(0);
    expect(found.outputs).toMatchObject({ errors: "0", warnings: "2" });
    const explicit = await runBundledAction(dir, { values: "values.yaml", config: "strict.yaml" });
    expect(explicit.outputs).toMatchObject({ errors: "2", warnings: "0" });
    const broken = await runBundledAction(workspace({ "values.yaml": CLEAN, ".litellm-preflight.yaml": "rules:\n  no-such-rule: error\n" }), { values: "values.yaml" });
    expect(broken.code).toBe(2);
    expect(broken.stdout).toContain(".litellm-preflight.yaml:2:3: unknown rule");
    // The CLI's search: the nearest config at or above the workspace.
    const parent = workspace({ "app/values.yaml": BROKEN, ".litellm-preflight.yaml": testConfig({ "env-value-type": "warning" }) });
    const above = await runBundledAction(join(parent, "app"), { values: "values.yaml" });
    expect(above.outputs).toMatchObject({ errors: "0", warnings: "2" });
  });

  it("keeps within the annotation caps and points to the summary", async () => {
    const lines = ["extraEnv:"];
    for (let i = 0; i < 14; i++) lines.push(`  - {name: V${i}, value: true}`);
    for (let i = 0; i < 12; i++) lines.push(`  - {name: D${i}, value: "1"}`, `  - {name: D${i}, value: "2"}`);
    const run = await runBundledAction(workspace({ "values.yaml": `${lines.join("\n")}\n` }), { values: "values.yaml" });
    const found = annotations(run.stdout);
    expect(found.filter((line) => line.startsWith("::error ")).length).toBe(10);
    expect(found.filter((line) => line.startsWith("::warning ")).length).toBe(10);
    expect(found.at(-1)).toMatch(/^::notice title=litellm-preflight::6 more findings \(4 errors, 2 warnings\)/);
    expect(run.outputs).toMatchObject({ errors: "14", warnings: "12" });
    expect(run.summary.split("\n").filter((line) => line.startsWith("| ❌") || line.startsWith("| ⚠️")).length).toBe(26);
  });

  it("masks keys from the step env first and never prints them", async () => {
    const master = "sk-action-master-7f3a9c";
    const api = "sk-action-integration-2b8d41";
    const values = `extraEnv:\n  - {name: LITELLM_API_KEY, value: ${api}}\n  - {name: LITELLM_MASTER_KEY, value: ${master}}\n`;
    const run = await runBundledAction(workspace({ "values.yaml": values }), { values: "values.yaml", set: `extraEnv[0].value=${api}` }, { LITELLM_MASTER_KEY: master, LITELLM_API_KEY: api });
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 2).sort()).toEqual([`::add-mask::${api}`, `::add-mask::${master}`].sort());
    const rest = [lines.slice(2).join("\n"), run.stderr, run.summary, JSON.stringify(run.outputs), readFileSync(run.outputs["sarif-file"]!, "utf8")].join("\n");
    expect(rest).not.toContain(master);
    expect(rest).not.toContain(api);
    expect(rest).not.toContain("sk-action");
    expect(run.code).toBe(1);
    expect(annotations(run.stdout).filter((line) => line.includes("title=plaintext-credential")).length).toBe(2);
  });

  it("skips live checks without a URL or with offline: true", async () => {
    const dir = workspace({ "values.yaml": CLEAN });
    const offline = await runBundledAction(dir, { values: "values.yaml", "litellm-url": "http://127.0.0.1:9", offline: "true" });
    expect(offline.code).toBe(0);
    expect(offline.outputs["live-status"]).toBe("skipped");
    expect(offline.summary).toContain("Skipped: the offline input is true.");
    const bad = await runBundledAction(dir, { values: "values.yaml", "litellm-url": "https://user:pw@example.com" });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('input "litellm-url" must not contain credentials');
  });

  describe("with a LiteLLM proxy", () => {
    let fake: FakeLiteLLM;
    beforeAll(async () => {
      fake = await startFakeLiteLLM({ fixture: "demo" });
    });
    afterAll(async () => {
      await fake.close();
    });

    it("runs the live checks from the litellm-url input with keys from the env", async () => {
      const master = "sk-demo-master-0001";
      const run = await runBundledAction(workspace({ "values.yaml": CLEAN }), { values: "values.yaml", "litellm-url": fake.url, "key-alias": "codemie-back", "fail-on": "never" }, { LITELLM_MASTER_KEY: master });
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(["passed", "failed", "inconclusive"]).toContain(run.outputs["live-status"]);
      expect(fake.count()).toBeGreaterThan(0);
      expect(run.stdout.split("\n")[0]).toBe(`::add-mask::${master}`);
      const rest = [run.stdout.split("\n").slice(1).join("\n"), run.stderr, run.summary, JSON.stringify(run.outputs), readFileSync(run.outputs["sarif-file"]!, "utf8")].join("\n");
      expect(rest).not.toContain(master);
      const log = readSarif(run.outputs["sarif-file"]!);
      const notes = log.runs[0]!.invocations![0]!.toolExecutionNotifications!.map((n) => n.message.text);
      expect(notes.some((text) => text.startsWith(`Live LiteLLM checks ${run.outputs["live-status"]}`))).toBe(true);
    });
  });
});
