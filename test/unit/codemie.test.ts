/** The CodeMie profile: detection, the legacy DEFAULT_BUDGET_ID, budgets-config.yaml sources. */
import { rules } from "../../rules/registry.ts";
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, lint } from "../../src/engine/engine.ts";
import { runCli, scratch } from "../support/cli.ts";
import { PYTHON_TIMESTAMP, pythonPlainScalar } from "../../src/yaml/python-scalars.ts";

const CHART = "image:\n  tag: \"2.20.0\"\nextraEnv:\n  - {name: DEFAULT_BUDGET_ID, value: legacy-budget}\nproxyPool:\n  enabled: false\n";
const PLAIN = "api:\n  env:\n    - {name: DEFAULT_BUDGET_ID, value: legacy-budget}\n";

async function run(text: string, codemie?: "auto" | "on" | "off") {
  return lint({ rules, values: [{ name: "values.yaml", text }], sets: [], manifests: [], options: { ...DEFAULT_OPTIONS, ...(codemie ? { codemie } : {}) } });
}

describe("CodeMie profile", () => {
  it("turns on for CodeMie's chart and then reads DEFAULT_BUDGET_ID", async () => {
    const result = await run(CHART);
    expect(result.budgetIds.map((b) => [b.id, b.envName])).toEqual([["legacy-budget", "DEFAULT_BUDGET_ID"]]);
  });

  it("stays off for other values, and can be forced either way", async () => {
    expect((await run(PLAIN)).budgetIds.map((b) => b.source)).toEqual(["default"]);
    expect((await run(PLAIN, "on")).budgetIds.map((b) => b.id)).toEqual(["legacy-budget"]);
    expect((await run(CHART, "off")).budgetIds.map((b) => b.source)).toEqual(["default"]);
  });

  it("turns on for a CodeMie image in rendered objects of any kind (an OpenShift DeploymentConfig too)", async () => {
    const config = "apiVersion: apps.openshift.io/v1\nkind: DeploymentConfig\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n      containers:\n        - {name: api, image: ghcr.io/epam/codemie:2.10.0}\n";
    const pod = "---\napiVersion: v1\nkind: Pod\nmetadata: {name: job}\nspec:\n  containers:\n    - name: job\n      image: busybox\n      env: [{name: DEFAULT_BUDGET_ID, value: legacy-budget}]\n";
    const result = await lint({ rules, values: [], sets: [], manifests: [{ name: "m.yaml", text: config + pod }], options: DEFAULT_OPTIONS });
    expect(result.budgetIds.map((b) => [b.id, b.envName])).toEqual([["legacy-budget", "DEFAULT_BUDGET_ID"]]);
  });

  it("follows the version in use: DEFAULT_BUDGET_ID only before 2.23, budgets-config.yaml only from 2.23; LITELLM_BUDGET_ID always", async () => {
    const variables = "extraEnv:\n  - {name: LLM_PROXY_ENABLED, value: \"true\"}\n  - {name: DEFAULT_BUDGET_ID, value: team-old}\n  - {name: LITELLM_BUDGET_ID, value: team-doc}\n";
    const file = "extraObjects:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: b}\n    data:\n      budgets-config.yaml: |\n        predefined_budgets:\n          - {budget_id: plat, name: P, max_budget: 1, budget_category: platform}\n";
    const ids = async (text: string) => (await run(text)).budgetIds.map((b) => [b.id, b.source, b.envName]);
    const modern = "image: {tag: 2.30.0}\n";
    expect(await ids(modern + variables + file)).toEqual([["team-doc", "values", "LITELLM_BUDGET_ID"], ["plat", "budgets-config", null]]);
    const old = "image: {tag: 2.22.0}\n";
    expect(await ids(old + variables + file)).toEqual([["team-doc", "values", "LITELLM_BUDGET_ID"], ["team-old", "values", "DEFAULT_BUDGET_ID"]]);
    // No version known: every way a budget id may be given counts.
    expect(await ids(variables + file)).toEqual([["team-doc", "values", "LITELLM_BUDGET_ID"], ["team-old", "values", "DEFAULT_BUDGET_ID"], ["plat", "budgets-config", null]]);
  });

  it("the platform entry of budgets-config.yaml replaces the built-in default", async () => {
    const text = "extraObjects:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: b}\n    data:\n      budgets-config.yaml: |\n        predefined_budgets:\n          - {budget_id: plat, name: P, max_budget: 1, budget_category: platform}\n";
    const result = await run(text);
    expect(result.budgetIds.map((b) => [b.id, b.source, b.category, b.location?.start.line, b.location?.start.column])).toEqual([["plat", "budgets-config", "platform", 8, 25]]);
  });

  it("places each of several ConfigMaps with the same budgets-config.yaml at its own lines (one parse serves them all)", async () => {
    const configMap = (name: string, indent: string) =>
      `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\ndata:\n  budgets-config.yaml: |\n${indent}predefined_budgets:\n${indent}  - {budget_id: plat, name: P, max_budget: -1, budget_category: platform}\n`;
    // The same text, at other lines and (the second) another indentation of the block.
    const text = configMap("a", "    ") + "---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\n" + configMap("b", "      ");
    const result = await lint({ rules, values: [], sets: [], manifests: [{ name: "m.yaml", text }], options: { ...DEFAULT_OPTIONS, codemie: "on" } });
    const places = result.findings.filter((f) => f.ruleId === "codemie-budgets-config" && f.messageId === "maxNotPositive").map((f) => [f.location.object?.name, f.location.start.line, f.location.start.column]);
    expect(places).toEqual([
      ["a", 8, 48],
      ["b", 20, 50],
    ]);
  });

  it("--budgets-config lints a file on its own, and `codemie: off` in the config silences CodeMie rules", async () => {
    const dir = scratch({
      "budgets.yaml": "predefined_budgets:\n  - budget_id: plat\n    name: Platform\n    max_budget: -5\n    budget_category: platform\n",
      "values.yaml": "extraEnv:\n  - {name: LLM_PROXY_ENABLED, value: 'true'}\n  - {name: LITELLM_BUDGET_ID, value: x}\n  - {name: LLM_PROXY_MODE, value: internal}\n",
      "off.yaml": "codemie: off\n",
    });
    const file = await runCli(["lint", "--budgets-config", "budgets.yaml", "--format", "json"], { cwd: dir });
    expect(file.code).toBe(1);
    const report = JSON.parse(file.stdout) as { findings: { ruleId: string; location: { file: string; line: number } }[] };
    expect(report.findings.map((f) => [f.ruleId, f.location.file, f.location.line])).toEqual([["codemie-budgets-config", "budgets.yaml", 4]]);
    const on = await runCli(["lint", "values.yaml", "--format", "json"], { cwd: dir });
    expect((JSON.parse(on.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toContain("codemie-budget-flags");
    const off = await runCli(["lint", "values.yaml", "--config", "off.yaml", "--format", "json"], { cwd: dir });
    expect((JSON.parse(off.stdout) as { findings: { ruleId: string }[] }).findings).toEqual([]);
  });
});

describe("budgets-config.yaml read as PyYAML reads it", () => {
  it("applies merge keys as PyYAML does: explicit keys win wherever they are, the value and its place alike", async () => {
    const text = "base: &base\n  budget_id: default\n  name: Default\n  max_budget: word\n  budget_category: platform\npredefined_budgets:\n  - budget_id: platform-prod\n    max_budget: 100\n    <<: *base\n";
    const result = await lint({ rules, values: [], sets: [], manifests: [], budgetsConfig: { name: "budgets.yaml", text }, options: DEFAULT_OPTIONS });
    // The entry takes budget_id, max_budget 100 and the rest from the anchor: no finding about it. The anchor's holder
    // itself is a key CodeMie's settings forbid.
    expect(result.findings.filter((f) => f.ruleId === "codemie-budgets-config").map((f) => [f.messageId, f.location.path])).toEqual([["unknownKey", ["base"]]]);
    expect(result.budgetIds.map((b) => [b.id, b.location?.start.line, b.location?.start.column])).toEqual([["platform-prod", 7, 16]]);
  });

  it("resolves plain scalars by YAML 1.1, as pydantic-settings' YAML source gets them", () => {
    const cases: [string, unknown][] = [
      ["", null], ["~", null], ["Null", null], ["yes", true], ["Off", false], ["y", "y"],
      ["010", 8], ["08", "08"], ["0x1F", 31], ["0b101", 5], ["1_000", 1000], ["-1:30", -90], ["+7", 7],
      ["1.5", 1.5], ["1e3", "1e3"], ["1.0e+3", 1000], [".5", 0.5], ["-.inf", Number.NEGATIVE_INFINITY], ["1:30.5", 90.5],
      ["2026-01-31", "2026-01-31"], ["30d", "30d"],
    ];
    for (const [text, value] of cases) expect([text, pythonPlainScalar(text)]).toEqual([text, value]);
    expect(Number.isNaN(pythonPlainScalar(".NaN"))).toBe(true);
    expect(["2026-01-31", "2026-1-2 10:00:00", "2026-01-31T10:00:00.5Z", "2026-01-31 10:00:00 +02:00"].every((text) => PYTHON_TIMESTAMP.test(text))).toBe(true);
    expect(PYTHON_TIMESTAMP.test("2026-01")).toBe(false);
  });
});
