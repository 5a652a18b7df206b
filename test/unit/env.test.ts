/** Kubernetes env semantics and the budget-id facts built on them. */
import { rules } from "../../rules/registry.ts";
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, lint } from "../../src/engine/engine.ts";
import { toLocation } from "../../src/core/source.ts";
import { buildFacts } from "../../src/facts/facts.ts";
import { liteLLMEnvLists } from "../../src/facts/values-scopes.ts";
import { expand, type ResolvedEnv, type ResolvedVar } from "../../src/kube/env.ts";
import { loadManifests } from "../../src/inputs/manifests.ts";
import { loadValues } from "../../src/inputs/values.ts";

const values = (text: string) => loadValues([{ name: "values.yaml", text }], []);
const manifests = (text: string) => loadManifests([{ name: "m.yaml", text }]);
const options = { budgetIdEnv: ["LITELLM_BUDGET_ID"], defaultBudgetId: "default" };

function deployment(name: string, container: string, kind = "Deployment", specPrefix = "spec:\n  template:\n    spec:\n", indent = "      "): string {
  const body = container.split("\n").map((line) => (line ? `${indent}    ${line}` : line)).join("\n");
  return `---\napiVersion: apps/v1\nkind: ${kind}\nmetadata: {name: ${name}, namespace: ns}\n${specPrefix}${indent}containers:\n${indent}  - name: app\n${body}\n`;
}

describe("$(VAR) expansion", () => {
  const vars: Record<string, string> = { A: "a", B: "b" };
  const lookup = (name: string) => vars[name];
  it.each([
    ["plain", "plain"],
    ["$(A)-$(B)", "a-b"],
    ["$$(A)", "$(A)"],
    ["$(MISSING)", "$(MISSING)"],
    ["$(A", "$(A"],
    ["cost: $5", "cost: $5"],
    ["end$", "end$"],
    ["$$$(A)", "$a"],
  ])("%s → %s", (input, output) => expect(expand(input, lookup)).toBe(output));
});

describe("container env", () => {
  const configMap = "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm, namespace: ns}\ndata: {budget-id: from-cm, BUDGET: from-envfrom, OTHER: o}\n";
  const secret = "---\napiVersion: v1\nkind: Secret\nmetadata: {name: sec}\ndata: {budget: c2VjcmV0LWJ1ZGdldA==}\nstringData: {plain: plain-budget}\n";

  it("applies envFrom with prefix first, then env in order, the last duplicate winning", () => {
    const text = configMap + deployment("d", "envFrom:\n  - configMapRef: {name: cm}\n    prefix: LITELLM_\nenv:\n  - {name: X, value: \"1\"}\n  - {name: X, value: \"2\"}");
    const facts = buildFacts(null, manifests(text), options);
    const scope = facts.scopes[0]!;
    expect(scope.vars.get("LITELLM_BUDGET")?.value).toBe("from-envfrom");
    expect(scope.vars.get("X")?.value).toBe("2");
    expect(scope.vars.get("X")?.valueAt?.path).toEqual(["spec", "template", "spec", "containers", 0, "env", 1, "value"]);
  });

  it("resolves many names at once as one by one (getInto), repeats, optional references and envFrom included", () => {
    const names = new Set(["X", "Y", "Z", "LITELLM_BUDGET", "BUDGET", "MISSING", "OPT"]);
    const oneByOne = (vars: ResolvedEnv) => Object.fromEntries([...names].flatMap((name) => (vars.get(name) ? [[name, vars.get(name)]] : [])));
    const containers = [
      "env:\n  - {name: X, value: \"1\"}\n  - {name: Y, value: \"$(X)-y\"}\n  - {name: X, value: \"2\"}\n  - {name: Q, value: q}",
      // An optional reference to a key its object lacks sets nothing: the earlier X stays.
      "env:\n  - {name: OPT, value: first}\n  - name: OPT\n    valueFrom: {configMapKeyRef: {name: cm, key: nope, optional: true}}\n  - {name: Z, value: \"$(OPT)\"}",
      "envFrom:\n  - configMapRef: {name: cm}\n    prefix: LITELLM_\nenv:\n  - {name: X, value: \"$(LITELLM_BUDGET)\"}",
      "env:\n  - {name: Q, value: q}",
    ];
    for (const container of containers) {
      const vars = buildFacts(null, manifests(configMap + deployment("d", container)), options).scopes[0]!.vars;
      const into: Record<string, ResolvedVar> = {};
      vars.getInto(names, into);
      expect(into, container).toEqual(oneByOne(vars));
    }
  });

  it("env overrides envFrom, and $(VAR) sees only what is defined before it", () => {
    const text = configMap + deployment("d", "envFrom:\n  - configMapRef: {name: cm}\nenv:\n  - {name: LITELLM_BUDGET_ID, value: \"$(BUDGET)-$(LATER)\"}\n  - {name: LATER, value: l}");
    const facts = buildFacts(null, manifests(text), options);
    expect(facts.budgetIds.map((f) => f.id)).toEqual(["from-envfrom-$(LATER)"]);
  });

  it("resolves configMapKeyRef and secretKeyRef (base64 data and plain stringData), marking Secret values sensitive", () => {
    const text = configMap + secret + deployment("d", "env:\n  - name: LITELLM_BUDGET_ID\n    valueFrom: {configMapKeyRef: {name: cm, key: budget-id}}\n  - name: S1\n    valueFrom: {secretKeyRef: {name: sec, key: budget}}\n  - name: S2\n    valueFrom: {secretKeyRef: {name: sec, key: plain}}");
    const facts = buildFacts(null, manifests(text), options);
    const vars = facts.scopes[0]!.vars;
    expect(vars.get("S1")).toMatchObject({ value: "secret-budget", sensitive: true, origin: "secretKeyRef" });
    expect(vars.get("S2")?.value).toBe("plain-budget");
    const fact = facts.budgetIds[0]!;
    expect(fact).toMatchObject({ id: "from-cm", source: "manifest", envName: "LITELLM_BUDGET_ID" });
    // The budget id is located where its text is: the ConfigMap's data key.
    expect(toLocation(fact.at!)).toMatchObject({ file: "m.yaml", start: { line: 5 }, path: ["data", "budget-id"], object: { kind: "ConfigMap", name: "cm" } });
  });

  it("reports unresolvable references with the reason, and fieldRef as known only at run time", () => {
    const text = deployment("d", "env:\n  - name: LITELLM_BUDGET_ID\n    valueFrom: {configMapKeyRef: {name: nope, key: k}}\n  - name: POD\n    valueFrom: {fieldRef: {fieldPath: metadata.name}}");
    const facts = buildFacts(null, manifests(text), options);
    expect(facts.budgetIds[0]).toMatchObject({ id: undefined });
    expect(facts.budgetIds[0]!.variable?.unresolved).toBe('ConfigMap "nope" is not in the manifests');
    expect(facts.scopes[0]!.vars.get("POD")?.unresolved).toBe("fieldRef is only known at run time");
    // A file's key (EnvFiles) is read at run time too; a valueFrom without a source is no variable at all.
    const others = buildFacts(null, manifests(deployment("d", "env:\n  - name: FILE\n    valueFrom: {fileKeyRef: {path: a.env, key: k, volumeName: v}}\n  - name: NONE\n    valueFrom: {}")), options);
    expect(others.scopes[0]!.vars.get("FILE")).toMatchObject({ origin: "fileKeyRef", unresolved: "fileKeyRef is only known at run time" });
    expect(others.scopes[0]!.vars.get("NONE")).toMatchObject({ origin: "none", unresolved: "its valueFrom names no source (Kubernetes rejects it)" });
  });

  it("a $(VAR) defined by an entry whose value only the kubelet knows is unknown, not literal", () => {
    const text = deployment("d", "env:\n  - name: POD_NAMESPACE\n    valueFrom: {fieldRef: {fieldPath: metadata.namespace}}\n  - {name: LITELLM_BUDGET_ID, value: \"team-$(POD_NAMESPACE)\"}");
    const facts = buildFacts(null, manifests(text), options);
    expect(facts.budgetIds[0]).toMatchObject({ id: undefined });
    expect(facts.budgetIds[0]!.variable).toMatchObject({ origin: "value", unresolved: "LITELLM_BUDGET_ID expands $(POD_NAMESPACE), and fieldRef is only known at run time" });
    expect(facts.budgetIds[0]!.variable?.undefinedReference).toBeUndefined();
    const external = deployment("d", "env:\n  - name: TEAM\n    valueFrom: {configMapKeyRef: {name: teams, key: team}}\n  - {name: LITELLM_BUDGET_ID, value: \"$(TEAM)-budget\"}");
    // The object it needs is named, so a cluster lookup can fetch it.
    expect(buildFacts(null, manifests(external), options).budgetIds[0]!.variable).toMatchObject({ unresolved: 'LITELLM_BUDGET_ID expands $(TEAM), and ConfigMap "teams" is not in the manifests', missing: { kind: "ConfigMap", name: "teams" } });
    // An optional reference: without the object the kubelet skips it, and the expansion does not get "an earlier value stays".
    const optional = external.replace("key: team}", "key: team, optional: true}");
    expect(buildFacts(null, manifests(optional), options).budgetIds[0]!.variable?.unresolved).toBe(
      'LITELLM_BUDGET_ID expands $(TEAM), and ConfigMap "teams" is not in the manifests; the reference is optional, so without the object the kubelet skips that TEAM and $(TEAM) reads an earlier one, or stays as written',
    );
  });

  it("matches ConfigMaps by namespace when both have one", () => {
    const other = "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm, namespace: elsewhere}\ndata: {budget-id: wrong}\n";
    const text = other + deployment("d", "env:\n  - name: LITELLM_BUDGET_ID\n    valueFrom: {configMapKeyRef: {name: cm, key: budget-id}}");
    expect(buildFacts(null, manifests(text), options).budgetIds[0]!.id).toBeUndefined();
  });

  it("reads ConfigMaps from the pod's own namespace: objects rendered without one are in the release namespace (-n)", () => {
    const inOther = "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm, namespace: other}\ndata: {budget-id: from-other}\n";
    const inRelease = "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata: {budget-id: from-release}\n";
    const unnamespaced = (text: string) => text.replace(", namespace: ns}", "}");
    const reader = "env:\n  - name: LITELLM_BUDGET_ID\n    valueFrom: {configMapKeyRef: {name: cm, key: budget-id}}";
    const idOf = (text: string, namespace?: string) => buildFacts(null, manifests(text), options, undefined, namespace).budgetIds[0]!.id;
    // The same-named object in the pod's namespace wins over one elsewhere, wherever it is written.
    expect(idOf(inOther + inRelease + unnamespaced(deployment("d", reader)))).toBe("from-release");
    expect(idOf(inOther + inRelease + unnamespaced(deployment("d", reader)), "prod")).toBe("from-release");
    // With -n, an object in another namespace is not the pod's; without it, an unnamespaced pod may be anywhere.
    expect(idOf(inOther + unnamespaced(deployment("d", reader)), "prod")).toBeUndefined();
    expect(idOf(inOther + unnamespaced(deployment("d", reader)))).toBe("from-other");
    // An object rendered without a namespace is installed in the release namespace, not in the pod's other one.
    expect(idOf(inRelease + deployment("d", reader), "staging")).toBeUndefined();
    // Said as it is: the object was rendered, into another namespace.
    expect(buildFacts(null, manifests(inRelease + deployment("d", reader)), options, undefined, "staging").budgetIds[0]!.variable?.unresolved).toBe('ConfigMap "cm" is in namespace staging, and the pod reads its own, ns');
    expect(buildFacts(null, manifests(deployment("d", reader)), options, undefined, "staging").budgetIds[0]!.variable?.unresolved).toBe('ConfigMap "cm" is not in the manifests');
    expect(idOf(inRelease + deployment("d", reader), "ns")).toBe("from-release");
  });

  it("reads each pod's own one of a ConfigMap name written in many namespaces (one per tenant)", () => {
    const reader = "env:\n  - name: LITELLM_BUDGET_ID\n    valueFrom: {configMapKeyRef: {name: cm, key: budget-id}}";
    const tenants = Array.from({ length: 60 }, (_, i) => i);
    const configMaps = tenants.map((i) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm, namespace: t${i}}\ndata: {budget-id: team-${i}}\n`);
    // A pod in each tenant's namespace, the ConfigMaps before and after them.
    const pods = tenants.map((i) => deployment(`d${i}`, reader).replace(", namespace: ns}", `, namespace: t${i}}`));
    const text = [...configMaps.slice(0, 30), ...pods, ...configMaps.slice(30)].join("");
    expect(buildFacts(null, manifests(text), options).budgetIds.map((fact) => fact.id)).toEqual(tenants.map((i) => `team-${i}`));
  });

  it("finds containers of every workload kind, init containers included", () => {
    const env = "env:\n  - {name: LITELLM_BUDGET_ID, value: b}";
    const kinds = ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "Rollout"].map((kind) => deployment(kind.toLowerCase(), env, kind));
    kinds.push(deployment("cron", env, "CronJob", "spec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n", "          "));
    kinds.push(deployment("pod", env, "Pod", "spec:\n", "  "));
    kinds.push("---\napiVersion: v1\nkind: Pod\nmetadata: {name: init}\nspec:\n  initContainers:\n    - name: migrate\n      env: [{name: LITELLM_BUDGET_ID, value: b}]\n  containers: []\n");
    const facts = buildFacts(null, manifests(kinds.join("")), options);
    expect(facts.workloads).toBe(9);
    expect(facts.budgetIds.map((fact) => fact.scope?.label)).toEqual([
      "Deployment/deployment container app",
      "StatefulSet/statefulset container app",
      "DaemonSet/daemonset container app",
      "ReplicaSet/replicaset container app",
      "Job/job container app",
      "Rollout/rollout container app",
      "CronJob/cron container app",
      "Pod/pod container app",
      "Pod/init init container migrate",
    ]);
  });

  it("points at each entry's own line when items without a name sit between entries", () => {
    const text = deployment("d", "env:\n  - {value: no-name}\n  - {name: A, value: \"1\"}\n  - 42\n  - {name: LITELLM_BUDGET_ID, value: b}");
    const facts = buildFacts(null, manifests(text), options);
    const [list] = facts.envLists;
    expect(list!.entries.map((entry) => [entry.name, toLocation(entry.at).path, toLocation(entry.valueAt).start.line])).toEqual([
      ["A", ["spec", "template", "spec", "containers", 0, "env", 1], 12],
      ["LITELLM_BUDGET_ID", ["spec", "template", "spec", "containers", 0, "env", 3], 14],
    ]);
    expect(toLocation(facts.budgetIds[0]!.at!)).toMatchObject({ start: { line: 14, column: 48 }, path: ["spec", "template", "spec", "containers", 0, "env", 3, "value"] });
  });

  it("workloads that repeat an entry each locate their own copy; odd entries keep what they say", () => {
    const env = "env:\n  - {name: A, value: same}\n  - {name: N, value: 5}\n  - name: R\n    valueFrom: {configMapKeyRef: {name: cm, key: k, optional: true}}\n  - name: V\n    value: v\n    valueFrom: {fieldRef: {fieldPath: metadata.name}}";
    const text = deployment("one", env) + deployment("two", env);
    const facts = buildFacts(null, manifests(text), options);
    const [one, two] = facts.envLists.map((list) => list.entries);
    expect(one!.map((entry) => [entry.name, entry.value, entry.valueFrom])).toEqual([
      ["A", "same", undefined],
      ["N", 5, undefined],
      ["R", undefined, { configMapKeyRef: { name: "cm", key: "k", optional: true } }],
      ["V", "v", { fieldRef: { fieldPath: "metadata.name" } }],
    ]);
    expect(two!.map((entry) => [entry.name, entry.value, entry.valueFrom])).toEqual(one!.map((entry) => [entry.name, entry.value, entry.valueFrom]));
    const lines = (entries: typeof one) => entries!.map((entry) => toLocation(entry.at).start.line);
    expect(lines(one)).toEqual([11, 12, 13, 15]);
    expect(lines(two)).toEqual([28, 29, 30, 32]);
    expect(facts.scopes[1]!.vars.get("R")).toMatchObject({ value: undefined, optional: true, unresolved: 'ConfigMap "cm" is not in the manifests; the reference is optional, so without it the kubelet skips the entry and an earlier value stays' });
  });
});

describe("kind: List (kubectl get -o yaml)", () => {
  const list = (kind: string, items: string) => `apiVersion: v1\nkind: ${kind}\nitems:\n${items}`;
  const secret = "  - apiVersion: v1\n    kind: Secret\n    metadata: {name: keys, namespace: ns}\n    stringData: {budget: secret-budget}\n";
  const workload = "  - apiVersion: apps/v1\n    kind: Deployment\n    metadata: {name: api, namespace: ns}\n    spec:\n      template:\n        spec:\n          containers:\n            - name: app\n              env:\n                - {name: A, value: a}\n                - name: LITELLM_BUDGET_ID\n                  valueFrom: {secretKeyRef: {name: keys, key: budget}}\n";

  it("reads each item as an object, located at items[n] of the one document", () => {
    const facts = buildFacts(null, manifests(list("List", secret + workload)), options);
    expect(facts.workloads).toBe(1);
    const [entry] = facts.envLists[0]!.entries;
    expect(toLocation(entry!.at)).toMatchObject({ path: ["items", 1, "spec", "template", "spec", "containers", 0, "env", 0], start: { line: 17 }, doc: 0, object: { kind: "Deployment", name: "api" } });
    const [fact] = facts.budgetIds;
    expect(fact).toMatchObject({ id: "secret-budget", variable: { sensitive: true, origin: "secretKeyRef" } });
    // The value is the Secret item's: located there, and never shown.
    expect(toLocation(fact!.at!)).toMatchObject({ path: ["items", 0, "stringData", "budget"], start: { line: 7 }, object: { kind: "Secret", name: "keys" }, sensitive: true });
    expect(fact!.at!.source.lineText(7)).toBeUndefined();
    expect(entry!.at.source.lineText(17)).toBe("                - {name: A, value: a}");
  });

  it("gives the items of a typed list from the API (no kind of their own) the list's kind", () => {
    const secrets = "apiVersion: v1\nkind: SecretList\nitems:\n  - metadata: {name: keys, namespace: ns}\n    stringData: {budget: secret-budget}\n---\n" + list("List", workload);
    const facts = buildFacts(null, manifests(secrets), options);
    expect(facts.budgetIds[0]).toMatchObject({ id: "secret-budget", variable: { sensitive: true } });
    expect(toLocation(facts.budgetIds[0]!.at!)).toMatchObject({ path: ["items", 0, "stringData", "budget"], object: { apiVersion: "v1", kind: "Secret", name: "keys" }, sensitive: true });
  });

  it("reads typed lists too, and a budgets-config.yaml inside a List's ConfigMap is located in its block", async () => {
    const configMap = "  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: budgets}\n    data:\n      budgets-config.yaml: |\n        predefined_budgets:\n          - budget_id: platform\n            name: Platform\n            max_budget: 0\n            budget_category: platform\n";
    const result = await lint({ rules, values: [], sets: [], manifests: [{ name: "m.yaml", text: list("ConfigMapList", configMap) }], options: DEFAULT_OPTIONS });
    const finding = result.findings.find((candidate) => candidate.messageId === "maxNotPositive");
    expect(finding?.location).toMatchObject({ file: "m.yaml", start: { line: 12, column: 25 }, object: { kind: "ConfigMap", name: "budgets" } });
    expect(result.budgetIds.map((report) => report.id)).toEqual(["platform"]);
  });
});

describe("values-side env and budget ids", () => {
  it("applies CodeMie's merge: customEnv overrides extraEnv by name, pools append their list", () => {
    const facts = buildFacts(
      values("extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: old}\n  - {name: A, value: a}\ncustomEnv:\n  - {name: LITELLM_BUDGET_ID, value: new}\nproxyPool:\n  enabled: true\n  extraEnv:\n    - {name: LITELLM_BUDGET_ID, value: pool}\ndsPool:\n  enabled: true\n  extraEnv: []\n"),
      null,
      options,
    );
    expect(facts.budgetIds.map((f) => [f.id, f.scope?.label])).toEqual([
      ["new", "extraEnv + customEnv"],
      ["pool", "extraEnv + customEnv + proxyPool.extraEnv"],
    ]);
  });

  it("counts a CodeMie pool only when the values switch it on, as the chart's `if .Values.<pool>.enabled` does", () => {
    const pool = (enabled: string) => buildFacts(values(`extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: main}\ndsPool:\n${enabled}  extraEnv:\n    - {name: LITELLM_BUDGET_ID, value: pool}\n`), null, options).budgetIds.map((f) => f.id);
    for (const off of ["", "  enabled: false\n", "  enabled: ~\n", "  enabled: 0\n", "  enabled: ''\n", "  enabled: {}\n", "  enabled: []\n"]) expect([off, pool(off)]).toEqual([off, ["main"]]);
    for (const on of ["  enabled: true\n", "  enabled: 'false'\n", "  enabled: 1\n", "  enabled: on\n"]) expect([on, pool(on)]).toEqual([on, ["main", "pool"]]);
  });

  it("reads env lists at any depth and map-style env", () => {
    const facts = buildFacts(
      values("api:\n  env:\n    - {name: LITELLM_BUDGET_ID, value: api-budget}\ncodemie-api:\n  extraEnv:\n    - {name: LITELLM_BUDGET_ID, value: sub-budget}\nworker:\n  envVars:\n    LITELLM_BUDGET_ID: map-budget\n"),
      null,
      options,
    );
    expect(facts.budgetIds.map((f) => [f.id, f.scope?.label, f.source])).toEqual([
      ["sub-budget", "codemie-api.extraEnv", "values"],
      ["api-budget", "api.env", "values"],
      ["map-budget", "worker.envVars", "values"],
    ]);
  });

  it("reads a map-style env's {valueFrom} values as entries, but not in the LiteLLM chart's envVars (rendered with quote)", () => {
    const map = "  LITELLM_MASTER_KEY: sk-literal-0001\n  DB_PASSWORD:\n    valueFrom:\n      secretKeyRef: {name: db, key: password}\n";
    const platform = buildFacts(values(`api:\n  env:\n${map.replace(/^/gm, "  ")}`), null, options);
    expect(platform.envLists.map((list) => list.entries.map((entry) => [entry.name, entry.valueFrom === undefined ? "value" : "valueFrom"]))).toEqual([
      [
        ["DB_PASSWORD", "valueFrom"],
        ["LITELLM_MASTER_KEY", "value"],
      ],
    ]);
    // The chart renders each envVars value with quote: a map there is text, and the literal key beside it still counts.
    expect(liteLLMEnvLists(values(`envVars:\n${map}`).root).map((list) => list.entries.map((entry) => entry.name))).toEqual([["LITELLM_MASTER_KEY"]]);
  });

  it("does not take lists that only look like env (volumes, ingress paths) for env", () => {
    const facts = buildFacts(values("volumes:\n  - {name: v, configMap: {name: c}}\nimagePullSecrets:\n  - name: regcred\npaths:\n  - path: /v1\n"), null, options);
    expect(facts.envLists).toEqual([]);
  });

  it("falls back to the default id, with no location, when nothing sets one", () => {
    const facts = buildFacts(values("extraEnv:\n  - {name: OTHER, value: x}\n"), null, { ...options, defaultBudgetId: "platform" });
    expect(facts.budgetIds).toEqual([{ id: "platform", source: "default", envName: null, scope: null, variable: null, at: null, related: [] }]);
  });

  it("maps a manifest value back to the values line that supplied it", () => {
    const facts = buildFacts(values("extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod}\n"), manifests(deployment("d", "env:\n  - {name: LITELLM_BUDGET_ID, value: prod}")), options);
    const [valuesFact, manifestFact] = facts.budgetIds;
    expect(manifestFact!.mappedTo).toBe(valuesFact);
    expect(valuesFact!.related.map((ref) => toLocation(ref).file)).toEqual(["m.yaml"]);
  });

  it("uses the option's env names in order", () => {
    const facts = buildFacts(values("extraEnv:\n  - {name: DEFAULT_BUDGET_ID, value: legacy}\n"), null, { ...DEFAULT_OPTIONS, budgetIdEnv: ["LITELLM_BUDGET_ID", "DEFAULT_BUDGET_ID"] });
    expect(facts.budgetIds.map((f) => [f.id, f.envName])).toEqual([["legacy", "DEFAULT_BUDGET_ID"]]);
  });
});
