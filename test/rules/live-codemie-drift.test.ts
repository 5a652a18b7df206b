/** CodeMie's budgets-config.yaml through the live rules: drift against LiteLLM, and existence. */
import { describe, expect, it } from "vitest";
import { fake, lintLive } from "../support/live.ts";

function values(budgets: string, reconciliation: boolean): string {
  return `image:
  tag: "2.42.0"
extraEnv:
  - {name: LLM_PROXY_MODE, value: lite_llm}
  - {name: LLM_PROXY_ENABLED, value: "true"}
  - {name: LLM_PROXY_BUDGET_CHECK_ENABLED, value: "true"}
  - {name: LLM_PROXY_BUDGET_RECONCILIATION_ENABLED, value: "${reconciliation}"}
  - name: LITE_LLM_APP_KEY
    valueFrom: {secretKeyRef: {name: litellm-integration, key: litellm-app-key}}
extraVolumeMounts: |
  - {name: budgets, mountPath: /app/config/budgets/budgets-config.yaml, subPath: budgets-config.yaml}
extraVolumes: |
  - {name: budgets, configMap: {name: codemie-budgets-config}}
extraObjects:
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: codemie-budgets-config}
    data:
      budgets-config.yaml: |
        predefined_budgets:
${budgets}`;
}

const findings = (result: Awaited<ReturnType<typeof lintLive>>, ruleId: string) =>
  result.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => `${finding.location.start.line}:${finding.location.start.column} ${finding.message}`);

describe("codemie-budget-drift", () => {
  for (const flavor of ["new", "old"] as const) {
    it(`reports a drifted platform budget at the file's line (${flavor} proxy)`, async () => {
      const server = await fake({ fixture: "demo", flavor });
      const text = values("          - {budget_id: default, name: Default, max_budget: 100.0, soft_budget: 80.0, budget_duration: 7d, budget_category: platform}\n", true);
      const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text }] });
      expect(findings(result, "codemie-budget-drift")).toEqual([
        `21:61 budget "default": budgets-config.yaml sets max_budget 100, LiteLLM has 120; CodeMie's reconciliation overwrites LiteLLM at its next start`,
        `21:104 budget "default": budgets-config.yaml sets budget_duration 7d, LiteLLM has 30d; CodeMie's reconciliation overwrites LiteLLM at its next start`,
      ]);
      expect(result.budgetIds).toEqual([expect.objectContaining({ id: "default", source: "budgets-config", category: "platform" })]);
      // One /budget/info answers existence, limits and drift.
      expect(server.count("/budget/info")).toBe(1);
    });
  }

  it("says the values stay apart when reconciliation is off, and passes when they agree", async () => {
    const server = await fake({ fixture: "demo" });
    const drifted = values("          - {budget_id: default, name: Default, max_budget: 120.0, soft_budget: 10, budget_category: platform}\n", false);
    const apart = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: drifted }] });
    expect(findings(apart, "codemie-budget-drift")).toEqual([`21:81 budget "default": budgets-config.yaml sets soft_budget 10, LiteLLM has 80; reconciliation is off, so LiteLLM keeps its own value`]);
    const same = values("          - {budget_id: default, name: Default, max_budget: 120.0, soft_budget: 80.0, budget_duration: 30d, budget_category: platform}\n", true);
    const agreed = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: same }] });
    expect(findings(agreed, "codemie-budget-drift")).toEqual([]);
    expect(agreed.live.status).toBe("passed");
  });

  it("takes reconciliation for on only with the proxy and budget checking on too, and says nothing for a CodeMie that does not read the file", async () => {
    const server = await fake({ fixture: "demo" });
    const drifted = "          - {budget_id: default, name: Default, max_budget: 100.0, soft_budget: 80.0, budget_duration: 30d, budget_category: platform}\n";
    const checkOff = values(drifted, true).replace('LLM_PROXY_BUDGET_CHECK_ENABLED, value: "true"', 'LLM_PROXY_BUDGET_CHECK_ENABLED, value: "false"');
    const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: checkOff }] });
    expect(findings(result, "codemie-budget-drift")).toEqual([`21:61 budget "default": budgets-config.yaml sets max_budget 100, LiteLLM has 120; reconciliation is off, so LiteLLM keeps its own value`]);
    const old = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: values(drifted, true).replace('tag: "2.42.0"', 'tag: "2.20.0"') }] });
    expect(findings(old, "codemie-budget-drift")).toEqual([]);
  });

  it("checks every predefined budget for existence, pointing into the block scalar", async () => {
    const server = await fake({ fixture: "demo" });
    const text = values("          - {budget_id: default, name: Default, max_budget: 120.0, soft_budget: 80.0, budget_duration: 30d, budget_category: platform}\n          - {budget_id: codemie_cli, name: CLI, max_budget: 150, budget_category: cli}\n", true);
    const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text }] });
    const missing = result.findings.filter((finding) => finding.ruleId === "litellm-budget-exists");
    expect(missing.map((finding) => [finding.location.start.line, finding.location.start.column])).toEqual([[22, 25]]);
    // Budget check and reconciliation are on here: CodeMie creates it at its next start.
    expect(missing[0]?.severity).toBe("warning");
    expect(missing[0]?.message).toContain("codemie_cli");
    expect(result.live.status).toBe("passed");
  });
});

describe("a missing predefined budget and CodeMie's reconciliation", () => {
  const budgets = "          - {budget_id: codemie_cli, name: CLI, max_budget: 150, budget_category: cli}\n";

  it("heals itself at the next start when budget check and reconciliation are on: a warning that says so", async () => {
    const server = await fake({ fixture: "demo" });
    const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: values(budgets, true) }] });
    const [finding] = result.findings.filter((f) => f.ruleId === "litellm-budget-exists");
    expect([finding?.messageId, finding?.severity]).toEqual(["missingPredefined", "warning"]);
    expect(finding?.message).toContain('budget "codemie_cli" of budgets-config.yaml does not exist in LiteLLM yet; CodeMie creates it at its next start');
    expect(finding?.remediation?.request?.path).toBe("/budget/new");
    expect(result.live.status).toBe("passed");
  });

  it("is an error when reconciliation is off", async () => {
    const server = await fake({ fixture: "demo" });
    const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: values(budgets, false) }] });
    const [finding] = result.findings.filter((f) => f.ruleId === "litellm-budget-exists");
    expect([finding?.messageId, finding?.severity]).toEqual(["missing", "error"]);
    // The budget to create is the file's (150, no window), not an example cap: codemie-budget-drift would report that.
    expect(finding?.remediation?.request).toEqual({ method: "POST", path: "/budget/new", body: { budget_id: "codemie_cli", max_budget: 150 } });
  });
});
