/** The Action's inputs for adopting it on a real repository (issue 15 §4.8), through the bundle as the runner runs it. */
import { mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { helmBinary } from "../../tools/helm.ts";
import { runBundledAction, workspace } from "../support/action.ts";

const PROD = "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\n";
const WARNING_ONLY = 'extraEnv:\n  - {name: A, value: "1"}\n  - {name: A, value: "2"}\n';
const GITHUB = { GITHUB_SERVER_URL: "https://github.example", GITHUB_REPOSITORY: "platform/deploy", GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567" };

/** A PATH whose `helm` is the real binary of that major (a workspace's own .bin), with Node and the system's tools. */
function helmOnPath(dir: string, major: 3 | 4): { PATH: string } {
  const bin = join(dir, ".bin");
  mkdirSync(bin);
  symlinkSync(helmBinary(major), join(bin, "helm"));
  return { PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin` };
}

describe("the Action on a real repository", () => {
  it("expands globs in values: each glob's matches sorted, globs in the order given (later layers win)", async () => {
    const dir = workspace(
      {
        "deploy/codemie/b-values.yaml": "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: from-b}\n",
        "deploy/codemie/a-values.yaml": "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: from-a}\n",
        "deploy/override.yaml": "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: from-override}\n",
      },
      { git: true },
    );
    const sorted = await runBundledAction(dir, { values: "deploy/codemie/*.yaml" });
    expect(sorted.code, sorted.stdout + sorted.stderr).toBe(0);
    expect((JSON.parse(sorted.outputs["budget-ids"]!) as { id: string }[]).map((budget) => budget.id)).toEqual(["from-b"]);
    const ordered = await runBundledAction(dir, { values: "deploy/codemie/*.yaml\ndeploy/override.yaml" });
    expect((JSON.parse(ordered.outputs["budget-ids"]!) as { id: string }[]).map((budget) => budget.id)).toEqual(["from-override"]);
    const none = await runBundledAction(dir, { values: "deploy/missing/*.yaml" });
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('input "values": deploy/missing/*.yaml matches no file');
  });

  it("max-warnings fails the step and says why", async () => {
    const dir = workspace({ "values.yaml": WARNING_ONLY }, { git: true });
    expect((await runBundledAction(dir, { values: "values.yaml" })).code).toBe(0);
    const over = await runBundledAction(dir, { values: "values.yaml", "max-warnings": "0" });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain("too many warnings (1, maximum 0)");
    expect(over.summary).toContain("**Failed:** too many warnings (1, maximum 0)");
    expect((await runBundledAction(dir, { values: "values.yaml", "max-warnings": "many" })).code).toBe(2);
  });

  it("require-live makes an unreachable proxy an error at the input that named it", async () => {
    const dir = workspace({ "values.yaml": PROD }, { git: true });
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const env = { LITELLM_MASTER_KEY: "sk-action-inputs-master", LITELLM_API_KEY: "sk-action-inputs-api" };
    const lenient = await runBundledAction(dir, { values: "values.yaml", "litellm-url": `http://127.0.0.1:${port}` }, env);
    expect(lenient.code).toBe(0);
    const strict = await runBundledAction(dir, { values: "values.yaml", "litellm-url": `http://127.0.0.1:${port}`, "require-live": "true" }, env);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^::error .*litellm-unverified.*connection refused/m);
    expect(strict.summary).toContain("`<input litellm-url>:1:1`");
    const noUrl = await runBundledAction(dir, { values: "values.yaml", "require-live": "true" });
    expect(noUrl.code).toBe(2);
    expect(noUrl.stdout).toContain('input "require-live" needs the "litellm-url" input');
  });

  it("one heading per step naming what it checked, and locations linked to the file at the commit", async () => {
    const dir = workspace({ "deploy/values.yaml": WARNING_ONLY }, { git: true });
    const run = await runBundledAction(dir, { values: "deploy/values.yaml" }, GITHUB);
    expect(run.summary.match(/^## /gm)).toHaveLength(1);
    expect(run.summary).toContain("## litellm-preflight · deploy/values.yaml");
    expect(run.summary).toContain(`[\`deploy/values.yaml:2:5\`](https://github.example/platform/deploy/blob/${GITHUB.GITHUB_SHA}/deploy/values.yaml#L2)`);
    // Without the runner's variables: plain locations.
    const plain = await runBundledAction(dir, { values: "deploy/values.yaml" });
    expect(plain.summary).toContain("| `deploy/values.yaml:2:5` |");
  });

  it("renders a chart with helm (release and namespace), values files layered in", { timeout: 60_000 }, async () => {
    const chart = {
      "chart/Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\n",
      "chart/values.yaml": "budget: default-budget\n",
      "chart/templates/deployment.yaml":
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  namespace: {{ .Release.Namespace }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: api:1\n          env:\n            - name: LITELLM_BUDGET_ID\n              value: {{ printf \"%s-%s\" .Values.budget .Release.Namespace | quote }}\n",
      "values-prod.yaml": "budget: prod-budget\n",
    };
    const dir = workspace(chart, { git: true });
    const run = await runBundledAction(dir, { chart: "chart", release: "codemie", namespace: "prod", values: "values-prod.yaml" }, helmOnPath(dir, 3));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const budgets = JSON.parse(run.outputs["budget-ids"]!) as { id: string; location: { object?: { name: string; namespace?: string } } }[];
    // The id is made of a value and the namespace, so it stays on the rendered object (release and namespace reached helm).
    expect(budgets.map((budget) => budget.id)).toContain("prod-budget-prod");
    expect(budgets.find((budget) => budget.id === "prod-budget-prod")!.location.object).toMatchObject({ name: "codemie", namespace: "prod" });
    expect(run.summary).toContain("## litellm-preflight · values-prod.yaml, chart chart");
    const orphan = await runBundledAction(dir, { values: "values-prod.yaml", release: "x" });
    expect(orphan.code).toBe(2);
    expect(orphan.stdout).toContain('inputs "release" and "namespace" need the "chart" input');
  });

  it("looks ConfigMaps up in the release namespace, as the CLI's -n does", { timeout: 60_000 }, async () => {
    const dir = workspace(
      {
        "chart/Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\n",
        "chart/templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: budget}\ndata: {LITELLM_BUDGET_ID: prod-budget}\n",
        "chart/templates/deployment.yaml":
          "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api, namespace: apps}\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: api:1\n          env:\n            - name: LITELLM_BUDGET_ID\n              valueFrom: {configMapKeyRef: {name: budget, key: LITELLM_BUDGET_ID}}\n",
      },
      { git: true },
    );
    const env = helmOnPath(dir, 3);
    // The ConfigMap is installed in prod, the pod runs in apps: the kubelet cannot read it.
    const apart = await runBundledAction(dir, { chart: "chart", namespace: "prod" }, env);
    expect(apart.outputs.errors, apart.stdout).toBe("1");
    expect(apart.stdout).toContain("LITELLM_BUDGET_ID cannot be resolved");
    const together = await runBundledAction(dir, { chart: "chart", namespace: "apps" }, env);
    expect(together.outputs.errors, together.stdout).toBe("0");
    expect(JSON.parse(together.outputs["budget-ids"]!).map((budget: { id: string }) => budget.id)).toEqual(["prod-budget"]);
  });

  it("reads the values as the helm that renders the chart reads them (helm 4 merges a values file's documents)", { timeout: 60_000 }, async () => {
    const dir = workspace(
      {
        "chart/Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\n",
        "chart/values.yaml": "budget: default-budget\n",
        "chart/templates/deployment.yaml":
          "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: api:1\n          env:\n            - name: LITELLM_BUDGET_ID\n              value: {{ .Values.budget | quote }}\n",
        "values.yaml": "budget: first\n---\nbudget: second\n",
      },
      { git: true },
    );
    const run = await runBundledAction(dir, { chart: "chart", values: "values.yaml" }, helmOnPath(dir, 4));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    // Read as helm 3 reads it, the second document would be a warning ("helm 3 reads only the first"), and `second` not placed in it.
    expect(run.outputs.warnings).toBe("0");
    const budgets = JSON.parse(run.outputs["budget-ids"]!) as { id: string; location: { file: string; line: number } }[];
    expect(budgets.map((budget) => [budget.id, budget.location.file, budget.location.line])).toEqual([["second", "values.yaml", 3]]);
  });

  it("environment runs the config's environments: one SARIF run and one summary section each, under one heading", async () => {
    const dir = workspace(
      {
        ".litellm-preflight.yaml":
          "rules:\n  codemie-ignored-env: off\nenvironments:\n  staging:\n    values: [deploy/values.yaml, deploy/values-staging.yaml]\n    budgetId: staging-budget\n  prod:\n    values: [deploy/values.yaml, deploy/values-prod.yaml]\n    budgetId: prod-budget\n    litellm: {urlEnv: LITELLM_URL_PROD, masterKeyEnv: LITELLM_MASTER_KEY_PROD}\n",
        "deploy/values.yaml": WARNING_ONLY,
        "deploy/values-staging.yaml": "customEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\n",
        "deploy/values-prod.yaml": "customEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\n",
      },
      { git: true },
    );
    const run = await runBundledAction(dir, { environment: "staging\nprod" }, { ...GITHUB, LITELLM_MASTER_KEY_PROD: "sk-action-env-prod-master" });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain("::add-mask::sk-action-env-prod-master");
    expect(run.stdout).toMatch(/^::error .*budget "staging-budget" is expected here/m);
    expect(run.summary.match(/^## /gm)).toHaveLength(1);
    expect(run.summary).toContain("## litellm-preflight · staging, prod");
    expect(run.summary.match(/^### Environment \w+$/gm)).toEqual(["### Environment staging", "### Environment prod"]);
    expect(run.summary).toContain("LITELLM\\_URL\\_PROD is not set (environment prod)");
    // The same objects as the JSON report's budgetIds: each says which environments it is effective in.
    const budgets = JSON.parse(run.outputs["budget-ids"]!) as { id: string; environments?: string[] }[];
    expect(budgets.map((budget) => [budget.id, budget.environments])).toEqual([
      ["prod-budget", ["staging"]],
      ["prod-budget", ["prod"]],
    ]);
    const sarif = JSON.parse(readFileSync(join(dir, "litellm-preflight.sarif"), "utf8")) as { runs: { automationDetails: { id: string } }[] };
    expect(sarif.runs.map((entry) => entry.automationDetails.id)).toEqual(["litellm-preflight/staging/", "litellm-preflight/prod/"]);
    const unknown = await runBundledAction(dir, { environment: "prd" });
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain('unknown environment \"prd\"; did you mean \"prod\"?'.replace(/\\"/g, '"'));
    const both = await runBundledAction(dir, { environment: "prod", values: "deploy/values.yaml" });
    expect(both.code).toBe(2);
  });
});
