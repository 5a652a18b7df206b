/** Every environment in one run (issue 15 §2), through the built CLI: selection, merging, budgets, live per environment, SARIF and the summary. */
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, scratch } from "../support/cli.ts";
import { APP, fake, MASTER } from "../support/live.ts";
import { sarifSchemaErrors, type SarifLog } from "../support/sarif.ts";
import { helmBinary } from "../../tools/helm.ts";

const CONFIG = [
  "environments:",
  "  dev:",
  "    values: [deploy/values.yaml, deploy/values-dev.yaml]",
  "    budgetId: dev-budget",
  "  staging:",
  "    values: [deploy/values.yaml, deploy/values-staging.yaml]",
  "    budgetId: staging-budget",
  "  prod:",
  "    values: [deploy/values.yaml, deploy/values-prod.yaml]",
  '    set: ["image.tag=2.42.0"]',
  "    budgetId: prod-budget",
  "    litellm: {urlEnv: LITELLM_URL_PROD, masterKeyEnv: LITELLM_MASTER_KEY_PROD, apiKeyEnv: LITELLM_API_KEY_PROD}",
  "",
].join("\n");

const FILES = {
  ".litellm-preflight.yaml": CONFIG,
  // Shared by all three: one duplicate, reported once for all of them.
  "deploy/values.yaml": 'extraEnv:\n  - {name: FEATURE_X, value: "1"}\n  - {name: FEATURE_X, value: "2"}\n',
  "deploy/values-dev.yaml": "customEnv:\n  - {name: LITELLM_BUDGET_ID, value: dev-budget}\n",
  "deploy/values-staging.yaml": "customEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\n",
  "deploy/values-prod.yaml": "customEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\n",
};

interface Report {
  findings: { ruleId: string; message: string; environments?: string[]; location: { file: string; line: number } }[];
  budgetIds: { id: string; environments?: string[] }[];
  environments?: { name: string; live: { status: string; reason?: string }; budgetIds: { id: string }[] }[];
}

describe("environments", () => {
  it("lint with no inputs runs every environment; a shared file's finding is shown once with the environments it affects", async () => {
    const dir = scratch(FILES);
    const run = await runCli(["lint"], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout.match(/FEATURE_X is defined again/g)).toHaveLength(1);
    expect(run.stdout).toMatch(/^Environments dev, staging, prod\n\ndeploy\/values\.yaml\n {2}2:5 +warning +FEATURE_X is defined again/m);
    expect(run.stdout).toMatch(/^Environment staging\n\ndeploy\/values-staging\.yaml\n {2}2:38 +error +LITELLM_BUDGET_ID is "prod-budget", but budget "staging-budget" is expected here +budget-id-expected$/m);
    expect(run.stdout).toContain("Budget ids by environment\n  dev      \"dev-budget\"");
    expect(run.stdout).toMatch(/^ {2}staging {2}"prod-budget" from values/m);
    expect(run.stdout).toContain("Live checks (prod) skipped: LITELLM_URL_PROD is not set (environment prod)");

    const json = JSON.parse((await runCli(["lint", "--format", "json"], { cwd: dir })).stdout) as Report;
    // In file order (deploy/values-staging.yaml sorts before deploy/values.yaml).
    expect(json.findings.map((finding) => [finding.ruleId, finding.environments])).toEqual([
      ["budget-id-expected", ["staging"]],
      ["env-duplicate", ["dev", "staging", "prod"]],
    ]);
    expect(json.budgetIds.map((budget) => [budget.id, budget.environments])).toEqual([
      ["dev-budget", ["dev"]],
      ["prod-budget", ["staging"]],
      ["prod-budget", ["prod"]],
    ]);
    expect(json.environments!.map((environment) => [environment.name, environment.live.status, environment.budgetIds.map((budget) => budget.id)])).toEqual([
      ["dev", "skipped", ["dev-budget"]],
      ["staging", "skipped", ["prod-budget"]],
      ["prod", "skipped", ["prod-budget"]],
    ]);
  });

  it("--environment picks some; an unknown name is exit 2 with a did-you-mean; inputs on the command line ignore environments", async () => {
    const dir = scratch(FILES);
    const prod = JSON.parse((await runCli(["lint", "--environment", "prod", "--format", "json"], { cwd: dir })).stdout) as Report;
    expect(prod.environments!.map((environment) => environment.name)).toEqual(["prod"]);
    expect(prod.findings.map((finding) => [finding.ruleId, finding.environments])).toEqual([["env-duplicate", ["prod"]]]);
    const two = JSON.parse((await runCli(["lint", "--environment", "staging", "--environment", "dev", "--format", "json"], { cwd: dir })).stdout) as Report;
    expect(two.environments!.map((environment) => environment.name)).toEqual(["staging", "dev"]);

    const unknown = await runCli(["lint", "--environment", "prd"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('litellm-preflight: unknown environment "prd"; did you mean "prod"? (the config has dev, staging, prod)\n');

    const explicit = await runCli(["lint", "deploy/values-staging.yaml", "--format", "json"], { cwd: dir });
    const report = JSON.parse(explicit.stdout) as Report;
    expect(report.environments).toBeUndefined();
    expect(report.findings).toEqual([]);
    const both = await runCli(["lint", "deploy/values.yaml", "--environment", "prod"], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("give one or the other");
  });

  it("paths are relative to the config file, wherever the command runs", async () => {
    const dir = scratch(FILES);
    mkdirSync(join(dir, "deploy", "sub"));
    const run = await runCli(["lint", "--environment", "staging", "--format", "json"], { cwd: join(dir, "deploy", "sub") });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map((finding) => finding.location.file)).toEqual(["../values-staging.yaml", "../values.yaml"]);
  });

  it("an environment's setLiteral is --set-literal: the rest of each item is the value, applied last", async () => {
    const dir = scratch({
      ".litellm-preflight.yaml": "environments:\n  prod:\n    values: [values.yaml]\n    set: ['extraEnv[0].value=from-set']\n    setLiteral: ['extraEnv[0].value=lit,with,commas']\n",
      "values.yaml": "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: from-file}\n",
    });
    const report = JSON.parse((await runCli(["lint", "--format", "json"], { cwd: dir })).stdout) as Report;
    expect(report.budgetIds.map((budget) => budget.id)).toEqual(["lit,with,commas"]);
  });

  it("bad environments are config or usage errors", async () => {
    const cases: [string, string][] = [
      ["environments:\n  prod: {budgetId: prod-budget}\n", 'environment "prod" names no input: give it values, manifests, set or chart'],
      ["environments:\n  prod: {values: [missing.yaml]}\n", "cannot read values file missing.yaml (environment prod): no such file"],
      ["environments:\n  prod: {values: ['https://example.com/values.yaml']}\n", "values file of environment prod: https://example.com/values.yaml: a URL is not fetched"],
      ["environments:\n  prod: {manifests: ['-']}\n", "manifest file of environment prod: - : stdin is read only for -m -"],
      ["environments:\n  prod: {values: [a.yaml], litellm: {url: https://x}}\n", 'unknown key "url" in environments.prod.litellm'],
    ];
    for (const [config, message] of cases) {
      const dir = scratch({ ".litellm-preflight.yaml": config, "a.yaml": "a: 1\n" });
      const run = await runCli(["lint"], { cwd: dir });
      expect(run.code, config).toBe(2);
      expect(run.stderr, config).toContain(message);
    }
    const none = await runCli(["lint", "--environment", "prod"], { cwd: scratch({ "a.yaml": "a: 1\n" }) });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--environment needs environments: in the config");
  });

  it("each environment's live checks use the URL and keys from the variables it names", async () => {
    const proxy = await fake({ fixture: "demo" });
    const dir = scratch(FILES);
    const env = { LITELLM_URL_PROD: proxy.url, LITELLM_MASTER_KEY_PROD: MASTER, LITELLM_API_KEY_PROD: APP, LITELLM_URL: "http://127.0.0.1:9" };
    const run = await runCli(["lint", "--format", "json"], { cwd: dir, env });
    const report = JSON.parse(run.stdout) as Report;
    const prod = report.environments!.find((environment) => environment.name === "prod")!;
    expect(prod.live.status).toBe("passed");
    // dev and staging name no variables: they use the run's own LITELLM_URL (closed here) and keys (none).
    expect(report.environments!.find((environment) => environment.name === "dev")!.live.status).toBe("inconclusive");
    expect(run.stdout).not.toContain(MASTER);
    expect(run.stdout).not.toContain(APP);
  });

  it("SARIF has one run per environment, each with its own category; the job summary one heading and one section per environment", async () => {
    const dir = scratch({ ...FILES, summary: "" });
    const run = await runCli(["lint", "--format", "sarif", "--sarif-root", dir], { cwd: dir });
    const log = JSON.parse(run.stdout) as SarifLog;
    expect(sarifSchemaErrors(log)).toEqual([]);
    const runs = log.runs as { automationDetails: { id: string }; results: { ruleId: string }[] }[];
    expect(runs.map((entry) => [entry.automationDetails.id, entry.results.map((result) => result.ruleId)])).toEqual([
      ["litellm-preflight/dev/", ["env-duplicate"]],
      ["litellm-preflight/staging/", ["budget-id-expected", "env-duplicate"]],
      ["litellm-preflight/prod/", ["env-duplicate"]],
    ]);
    const github = await runCli(["lint", "--format", "github"], { cwd: dir, env: { GITHUB_STEP_SUMMARY: join(dir, "summary") } });
    // Annotated once, titled with the environments it occurs in.
    expect(github.stdout.match(/^::warning .*title=env-duplicate \(dev%2C staging%2C prod\)::/gm)).toHaveLength(1);
    const summary = readFileSync(join(dir, "summary"), "utf8");
    expect(summary.match(/^## /gm)).toEqual(["## "]);
    expect(summary).toContain("## litellm-preflight · dev, staging, prod");
    expect(summary.match(/^### Environment \w+$/gm)).toEqual(["### Environment dev", "### Environment staging", "### Environment prod"]);
  });

  it("--fix mends a file shared by several environments once", async () => {
    const dir = scratch(FILES);
    const run = await runCli(["lint", "--fix"], { cwd: dir });
    expect(run.stderr).toContain("litellm-preflight: fixed 1 problem in deploy/values.yaml\n");
    expect(readFileSync(join(dir, "deploy/values.yaml"), "utf8")).toBe('extraEnv:\n  - {name: FEATURE_X, value: "2"}\n');
    expect(run.stdout).not.toContain("FEATURE_X");
  });
});

describe("environments with a chart", () => {
  const CHART = {
    "chart/Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\n",
    "chart/values.yaml": "budget: default-budget\n",
    "chart/templates/deployment.yaml":
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: api:1\n          env:\n            - name: LITELLM_BUDGET_ID\n              value: {{ .Values.budget | quote }}\n",
  };

  /** The real helm 4 as `helm` on PATH. */
  function withHelm4(dir: string): Record<string, string> {
    mkdirSync(join(dir, ".bin"));
    symlinkSync(helmBinary(4), join(dir, ".bin", "helm"));
    return { PATH: `${join(dir, ".bin")}:${dirname(process.execPath)}:/usr/bin:/bin`, HOME: dir, HELM_CACHE_HOME: join(dir, ".helm") };
  }

  it("each renders with the helm on PATH, and its values are read as that helm reads them (helm 4 merges a file's documents)", { timeout: 60_000 }, async () => {
    const dir = scratch({
      ...CHART,
      ".litellm-preflight.yaml": "environments:\n  a:\n    chart: chart\n    values: [values-a.yaml]\n  b:\n    chart: chart\n    values: [values-b.yaml]\n",
      "values-a.yaml": "budget: a-budget\n",
      "values-b.yaml": "budget: b-one\n---\nbudget: b-two\n",
    });
    const run = await runCli(["lint", "--format", "json"], { cwd: dir, env: withHelm4(dir) });
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { findings: Report["findings"]; budgetIds: { id: string; environments?: string[]; location: { file: string; line: number } }[] };
    // Read as helm 3 reads it, values-b.yaml's second document would be a warning, and b-two would not be placed in it.
    expect(json.findings).toEqual([]);
    expect(json.budgetIds.map((budget) => [budget.id, budget.environments, `${budget.location.file}:${budget.location.line}`])).toEqual([
      ["a-budget", ["a"], "values-a.yaml:1"],
      ["b-two", ["b"], "values-b.yaml:3"],
    ]);
  });

  it("an environment whose inputs fail stops the run at once: the other environments' helm processes are stopped", { timeout: 60_000 }, async () => {
    const dir = scratch({
      ...CHART,
      ".litellm-preflight.yaml": "environments:\n  a:\n    values: [missing.yaml]\n  b:\n    chart: chart\n",
      // A helm that renders for 30 s, through a process that holds its pipes.
      ".bin/helm": '#!/bin/sh\nsleep 30 &\necho "$!" >> "$HELM_SLEEPS"\nwait\n',
    });
    chmodSync(join(dir, ".bin", "helm"), 0o755);
    const sleeps = join(dir, "sleeps");
    const started = performance.now();
    const run = await runCli(["lint"], { cwd: dir, env: { PATH: `${join(dir, ".bin")}:${dirname(process.execPath)}:/usr/bin:/bin`, HELM_SLEEPS: sleeps }, timeoutMs: 45_000 });
    const elapsed = performance.now() - started;
    try {
      expect(run.stderr).toContain("missing.yaml (environment a)");
      expect(run.code).toBe(2);
      expect(elapsed).toBeLessThan(15_000);
    } finally {
      for (const pid of (existsSync(sleeps) ? readFileSync(sleeps, "utf8") : "").split("\n").filter(Boolean)) {
        try {
          process.kill(Number(pid), "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
  });

  it("environments are prepared side by side, and the error is the first environment's in the config's order", { timeout: 60_000 }, async () => {
    // b's missing values file fails at once; a's chart directory fails only once it is read.
    const dir = scratch({
      ".litellm-preflight.yaml": "environments:\n  a:\n    chart: not-a-chart\n  b:\n    values: [missing.yaml]\n",
      "not-a-chart/values.yaml": "a: 1\n",
    });
    const run = await runCli(["lint"], { cwd: dir, env: withHelm4(dir) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("litellm-preflight: --chart not-a-chart is not a chart directory (no Chart.yaml)\n");
  });
});
