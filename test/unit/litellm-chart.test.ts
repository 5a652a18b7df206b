/** The LiteLLM chart's values model (fullname, port, database, shape detection) and release numbers. */
import { describe, expect, it } from "vitest";
import { advisoriesFor, budgetRowEnforced, parseRelease } from "../../src/facts/litellm-version.ts";
import { LITELLM_ADVISORIES, type LiteLLMAdvisory } from "../../src/facts/litellm-advisories.ts";
import { MAX_SHOWN } from "../../src/core/snippet.ts";
import { loadValues } from "../../src/inputs/values.ts";
import { toJS } from "../../src/yaml/vnode.ts";
import { buildLiteLLMChart, chartFullname, databaseWiring, separateLiteLLMLayers, servicePort } from "../../src/litellm/chart-values.ts";
import { DEFAULT_OPTIONS, lint } from "../../src/engine/engine.ts";
import { rules } from "../../rules/registry.ts";

function chart(text: string, release?: string) {
  return buildLiteLLMChart([{ name: "litellm.yaml", text }], { files: [], trees: [] }, release)!;
}

describe("the chart's fullname, as its _helpers.tpl derives it", () => {
  const cases: [string, string | undefined, string][] = [
    ["service: {port: 4000}\n", undefined, "litellm"],
    ["service: {port: 4000}\n", "gateway", "gateway-litellm"],
    ["service: {port: 4000}\n", "my-litellm-prod", "my-litellm-prod"],
    ["nameOverride: proxy\n", "gateway", "gateway-proxy"],
    ['nameOverride: ""\n', "gateway", "gateway-litellm-helm"],
    ["fullnameOverride: llm-gateway\n", "gateway", "llm-gateway"],
    [`fullnameOverride: ${"a".repeat(62)}-b\n`, undefined, "a".repeat(62)],
  ];
  it.each(cases)("%j with release %s is %s", (text, release, expected) => {
    expect(chartFullname(chart(text, release)).value).toBe(expected);
  });

  it("reads service.port, default 4000", () => {
    expect(servicePort(chart("service: {port: 8080}\n")).value).toBe(8080);
    expect(servicePort(chart("image: {tag: x}\n")).value).toBe(4000);
  });
});

describe("database wiring", () => {
  it("is configured by default, by useExisting or a DATABASE_URL, unknown behind environmentSecrets", () => {
    expect(databaseWiring(chart("db: {}\n")).state).toBe("configured");
    expect(databaseWiring(chart("db: {deployStandalone: false, useExisting: true}\n")).state).toBe("configured");
    expect(databaseWiring(chart("db: {deployStandalone: false}\nenvVars: {DATABASE_URL: postgres://x}\n")).state).toBe("configured");
    expect(databaseWiring(chart("db: {deployStandalone: false}\nenvironmentSecrets: [litellm-env]\n")).state).toBe("unknown");
    expect(databaseWiring(chart("db: {deployStandalone: false}\n")).state).toBe("none");
  });

  it("reads the chart's switches as its `if` does, and DATABASE_HOST as what LiteLLM builds the URL from", () => {
    // A string is true to `if`: "false" deploys the standalone database, "true" uses the existing one.
    expect(databaseWiring(chart('db: {deployStandalone: "false"}\n')).state).toBe("configured");
    expect(databaseWiring(chart('db: {deployStandalone: false, useExisting: "true"}\n')).state).toBe("configured");
    expect(databaseWiring(chart("db: {deployStandalone: false}\nextraEnvVars: [{name: DATABASE_HOST, value: pg}]\n")).state).toBe("configured");
    expect(databaseWiring(chart("db: {deployStandalone: false}\nenvVars: {DATABASE_HOST: pg}\n")).state).toBe("configured");
    // A ConfigMap passed whole as envFrom may hold DATABASE_URL, as a Secret may.
    expect(databaseWiring(chart("db: {deployStandalone: false}\nenvironmentConfigMaps: [litellm-db-env]\n")).state).toBe("unknown");
    expect(databaseWiring(chart('db: {deployStandalone: false, useExisting: ""}\nenvironmentConfigMaps: []\n')).state).toBe("none");
  });
});

describe("shape detection of -f files", () => {
  it("moves LiteLLM chart values out of the platform's", () => {
    const files = [
      { name: "platform.yaml", text: "api:\n  extraEnv: []\n" },
      { name: "litellm.yaml", text: "proxy_config:\n  general_settings: {}\n" },
      { name: "image.yaml", text: "image: {repository: ghcr.io/berriai/litellm-database}\n" },
      { name: "other-image.yaml", text: "image: {repository: ghcr.io/example/berriai-litellm-fork}\n" },
      { name: "broken.yaml", text: "proxy_config: [\n" },
    ];
    const split = separateLiteLLMLayers(loadValues(files, []));
    expect(split.litellm.files.map((file) => file.file)).toEqual(["litellm.yaml", "image.yaml"]);
    expect(split.platform?.files.map((file) => file.file)).toEqual(["platform.yaml", "other-image.yaml", "broken.yaml"]);
    // The platform's coalesced values hold only its own layers; the broken file's error is kept.
    expect(split.platform?.root.entries.has("proxy_config")).toBe(false);
    expect(split.platform?.problems.length).toBeGreaterThan(0);
  });

  it("reads a wrapper chart's litellm-helm: as the LiteLLM chart's values; a platform file that holds one stays the platform's too", () => {
    const files = [
      { name: "wrapper.yaml", text: "litellm-helm:\n  masterkeySecretName: mk\n  db: {deployStandalone: false}\ningress: {enabled: true}\n" },
      { name: "platform.yaml", text: "extraEnv: []\nlitellm-helm:\n  proxy_config: {litellm_settings: {max_budget: 5}}\n" },
      { name: "not-litellm.yaml", text: "litellm-helm: {replicas: 2}\n" },
    ];
    const split = separateLiteLLMLayers(loadValues(files, []));
    expect(split.litellm.files.map((file) => file.file)).toEqual(["wrapper.yaml", "platform.yaml"]);
    expect(split.platform?.files.map((file) => file.file)).toEqual(["platform.yaml", "not-litellm.yaml"]);
    const model = buildLiteLLMChart([], split.litellm, undefined)!;
    expect(databaseWiring(model)).toMatchObject({ state: "none", at: { path: ["litellm-helm", "db", "deployStandalone"] } });
    expect(model.values.root.entries.has("proxy_config")).toBe(true);
    // With LiteLLM values only, --set flags change them (helm applies them to the chart it renders).
    const only = separateLiteLLMLayers(loadValues([{ name: "litellm.yaml", text: "proxy_config: {}\nimage: {tag: main-v1.80.0}\n" }], [{ flag: "--set", arg: "image.tag=main-v1.82.7", index: 0 }]));
    expect(only.platform).toBeNull();
    expect(buildLiteLLMChart([], only.litellm, undefined)!.values.root.entries.get("image")).toMatchObject({ entries: new Map([["tag", expect.objectContaining({ value: "main-v1.82.7" })]]) });
    // Given as --litellm-values, a wrapper's file is read the same way.
    expect(databaseWiring(chart("litellm-helm:\n  db: {deployStandalone: false}\n")).state).toBe("none");
  });

  it("gives a wrapper's subchart only the --set flags under litellm-helm., without that key", () => {
    const wrapper = { name: "wrapper.yaml", text: "litellm-helm:\n  masterkeySecretName: mk\n  proxy_config: {litellm_settings: {max_budget: 100}}\n" };
    const budget = (arg: string) => {
      const split = separateLiteLLMLayers(loadValues([wrapper], [{ flag: "--set", arg, index: 0 }]));
      const settings = buildLiteLLMChart([], split.litellm, undefined)!.values.root.entries.get("proxy_config");
      return settings?.kind === "map" && settings.entries.get("litellm_settings")?.kind === "map" ? (settings.entries.get("litellm_settings") as { entries: Map<string, { value?: unknown }> }).entries.get("max_budget")?.value : "missing";
    };
    expect(budget("litellm-helm.proxy_config.litellm_settings.max_budget=null")).toBeNull();
    // The wrapper's own top-level key: the subchart keeps its 100.
    expect(budget("proxy_config.litellm_settings.max_budget=null")).toBe(100);
    // A wrapper file that is the platform's too (it holds env lists): the subchart still gets its flags.
    const both = { name: "both.yaml", text: `extraEnv: []\n${wrapper.text}` };
    const split = separateLiteLLMLayers(loadValues([both], [{ flag: "--set", arg: "litellm-helm.proxy_config.litellm_settings.max_budget=7", index: 0 }]));
    expect(toJS(buildLiteLLMChart([], split.litellm, undefined)!.values.root)).toMatchObject({ proxy_config: { litellm_settings: { max_budget: 7 } } });
    // --set-json 'litellm-helm={…}' replaces the subchart's values; helm 4's '{"litellm-helm": {…}}' merges into them.
    const subchart = (arg: string, major: 3 | 4) => toJS(buildLiteLLMChart([], separateLiteLLMLayers(loadValues([wrapper], [{ flag: "--set-json", arg, index: 0 }], undefined, major)).litellm, undefined)!.values.root);
    expect(subchart('litellm-helm={"masterkeySecretName":"other"}', 3)).toEqual({ masterkeySecretName: "other" });
    expect(subchart('{"litellm-helm":{"proxy_config":{"litellm_settings":{"max_budget":9}}}}', 4)).toMatchObject({ masterkeySecretName: "mk", proxy_config: { litellm_settings: { max_budget: 9 } } });
  });
});

describe("litellm-proxy-settings: the master key after helm's merge and coalescing", () => {
  const run = async (files: string[], sets: string[] = []) =>
    (await lint({ rules, values: files.map((text, i) => ({ name: `v${i}.yaml`, text })), sets: sets.map((arg, index) => ({ flag: "--set" as const, arg, index })), manifests: [], options: DEFAULT_OPTIONS })).findings
      .filter((finding) => finding.messageId === "noMasterKey")
      .map((finding) => `${finding.location.file}:${finding.location.start.line}`);
  const base = "masterkeySecretName: mk\nproxy_config:\n  general_settings: null\n  litellm_settings: {max_end_user_budget_id: default}\n";
  it("reports a null that is left in the merged values, where it was written", async () => {
    expect(await run([base])).toEqual(["v0.yaml:3"]);
    expect(await run(["masterkeySecretName: mk\nproxy_config: {litellm_settings: {max_end_user_budget_id: default}}\n"], ["proxy_config.general_settings.master_key=null"])).toEqual(["--set:1"]);
  });
  it("passes a null that a later layer's map replaces: coalescing brings the chart's default master_key back", async () => {
    expect(await run([base, "proxy_config:\n  general_settings: {store_model_in_db: true}\n"])).toEqual([]);
  });
});

describe("the advisories data file", () => {
  it("keeps each summary short enough to be shown whole (messages clip longer values)", () => {
    for (const advisory of LITELLM_ADVISORIES) expect(advisory.summary.length, advisory.summary).toBeLessThanOrEqual(MAX_SHOWN);
  });
});

describe("LiteLLM release numbers", () => {
  it("reads versions and image tags", () => {
    expect(parseRelease("1.80.12")).toEqual([1, 80, 12]);
    expect(parseRelease("main-v1.82.7")).toEqual([1, 82, 7]);
    expect(parseRelease("v1.82.7-stable")).toEqual([1, 82, 7]);
    expect(parseRelease("litellm_stable_release_branch-v1.80.5.rc.1")).toEqual([1, 80, 5]);
    expect(parseRelease("main-latest")).toBeNull();
    expect(parseRelease("sha256-1.2")).toBeNull();
  });

  it("places the budget-row join at 1.56.2", () => {
    expect([budgetRowEnforced("1.56.1"), budgetRowEnforced("1.56.2"), budgetRowEnforced("1.80.12"), budgetRowEnforced(undefined)]).toEqual([false, true, true, null]);
  });

  it("grades advisories: listed releases as given, a fixed bug as a warning before its fix, an unfixed one as a note", () => {
    const list: LiteLLMAdvisory[] = [
      { id: "bad", versions: ["1.82.7"], severity: "error", summary: "s", url: "u", verified: "v" },
      { id: "fixed", introduced: "1.70.0", fixed: "1.75.0", severity: "warning", summary: "s", url: "u", verified: "v" },
      { id: "open", severity: "warning", summary: "s", url: "u", verified: "v" },
    ];
    const grade = (version: string) => advisoriesFor(parseRelease(version)!, null, list).map((match) => `${match.advisory.id}:${match.severity}`);
    expect(grade("1.82.7")).toEqual(["bad:error", "open:note"]);
    expect(grade("1.69.9")).toEqual(["open:note"]);
    expect(grade("1.70.0")).toEqual(["fixed:warning", "open:note"]);
    expect(grade("1.75.0")).toEqual(["open:note"]);
  });

  it("leaves out a bug that needs a setting unless the LiteLLM values set it", () => {
    const list: LiteLLMAdvisory[] = [{ id: "needs", setting: "max_end_user_budget_id", severity: "warning", summary: "s", url: "u", verified: "v" }];
    expect(advisoriesFor([1, 80, 0], null, list)).toEqual([]);
    expect(advisoriesFor([1, 80, 0], new Set(["max_budget"]), list)).toEqual([]);
    expect(advisoriesFor([1, 80, 0], new Set(["max_end_user_budget_id"]), list).map((m) => m.severity)).toEqual(["note"]);
  });
});

describe("findings on the LiteLLM chart's values say how to fix them", () => {
  it("gives the config line", async () => {
    const { lint, DEFAULT_OPTIONS } = await import("../../src/engine/engine.ts");
    const { rules } = await import("../../rules/registry.ts");
    const text = "proxy_config:\n  litellm_settings:\n    max_budget: 100\n    max_end_user_budget_id: default\n";
    const result = await lint({ rules, values: [{ name: "litellm.yaml", text }], sets: [], manifests: [], options: DEFAULT_OPTIONS });
    const finding = result.findings.find((f) => f.ruleId === "litellm-proxy-settings");
    expect(finding?.messageId).toBe("globalBudget");
    expect(finding?.remediation).toEqual({
      text: "remove the global budget; cap end users with max_end_user_budget_id and their own budgets",
      config: "proxy_config.litellm_settings.max_budget: null",
    });
  });
});
