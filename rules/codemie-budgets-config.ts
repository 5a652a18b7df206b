import { BUDGET_CATEGORIES, type BudgetsConfig } from "../src/codemie/budgets-config.ts";
import { checkWiring, DEFAULT_BUDGETS_DIR, isWrongMount, manifestMountsAndVolumes, valuesMountsAndVolumes, type WiringIssue } from "../src/codemie/mounts.ts";
import { posix } from "node:path";
import { readsBudgetsConfig } from "../src/codemie/profile.ts";
import { defineRule, type RuleContext } from "../src/engine/rule.ts";
import type { EnvScope } from "../src/facts/types.ts";
import type { VMap } from "../src/yaml/vnode.ts";

const REQUIRED = ["budget_id", "name", "max_budget", "budget_category"] as const;

type MessageId =
  | "syntax"
  | "noList"
  | "unknownKey"
  | "notAnEntry"
  | "missingField"
  | "wrongType"
  | "badCategory"
  | "maxNotPositive"
  | "softNegative"
  | "softAboveMax"
  | "badDuration"
  | "duplicateId"
  | "noPlatform"
  | "extraPlatform"
  | "notMounted"
  | "notMountedElsewhere"
  | "notInDirectory"
  | "itemsLeaveOut"
  | "wholeVolume"
  | "mountWithoutVolume"
  | "volumeOtherConfigMap"
  | "subPathMismatch";

export default defineRule<MessageId>({
  meta: {
    id: "codemie-budgets-config",
    name: "CodemieBudgetsConfig",
    input: "any",
    defaultSeverity: "error",
    description: "CodeMie's budgets-config.yaml is invalid or not mounted where CodeMie reads it",
    details:
      "CodeMie 2.23 and later take end-user budgets from budgets-config.yaml (predefined_budgets, categories platform, cli and premium_models), validated at start-up as pydantic reads what PyYAML makes of it: a missing name, max_budget or budget_category, or a field of the wrong type (a null name, a number or a date as budget_id, a word as max_budget), crashes the API pod, an unknown category fails reconciliation, and the first platform entry is every user's default budget. The file usually ships as a ConfigMap in extraObjects and must be mounted at /app/config/budgets (or BUDGETS_CONFIG_DIR) as budgets-config.yaml; a mount without a volume, a volume of another ConfigMap, items that rename or leave out the file, or a whole volume mounted at the file's path keeps the pod from starting or silently leaves the built-in budgets in place.",
    remediation: "Give every budget a budget_id, name, max_budget above 0 and a known budget_category with exactly one platform entry, and mount the ConfigMap's budgets-config.yaml key at /app/config/budgets/budgets-config.yaml.",
    example:
      "extraVolumeMounts: |\n  - {name: codemie-budgets-config, mountPath: /app/config/budgets/budgets-config.yaml, subPath: budgets-config.yaml}\nextraVolumes: |\n  - {name: codemie-budgets-config, configMap: {name: codemie-budgets-config}}\nextraObjects:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: codemie-budgets-config}\n    data:\n      budgets-config.yaml: |\n        predefined_budgets:\n          - {budget_id: default, name: Default, soft_budget: 80.0, max_budget: 120.0, budget_duration: 30d, budget_category: platform}",
    tags: ["correctness", "codemie", "budget"],
    messages: {
      syntax: "budgets-config.yaml does not parse: {{message}}",
      noList: "budgets-config.yaml has no predefined_budgets list, so CodeMie has no platform budget",
      unknownKey: 'budgets-config.yaml has the key "{{key}}", which CodeMie\'s settings forbid (only predefined_budgets); CodeMie fails to start',
      notAnEntry: "predefined_budgets item {{index}} is {{written}}, not a budget; CodeMie fails to start",
      missingField: "budget {{entry}} has no {{field}}; CodeMie fails to start",
      wrongType: "budget {{entry}}: {{field}} is {{written}}, not {{expected}}; CodeMie fails to start",
      badCategory: 'budget {{entry}} has budget_category "{{category}}"; CodeMie knows platform, cli and premium_models, and reconciliation fails on anything else',
      maxNotPositive: "budget {{entry}} has max_budget {{value}}; it must be above 0",
      softNegative: "budget {{entry}} has soft_budget {{value}}; it must be 0 or more",
      softAboveMax: "budget {{entry}} has soft_budget {{soft}} above max_budget {{max}}",
      badDuration: 'budget {{entry}} has budget_duration "{{value}}"; CodeMie accepts a number with d, h or m, like 30d',
      duplicateId: 'budget_id "{{id}}" is defined again; reconciliation writes both entries to the same LiteLLM budget',
      noPlatform: "budgets-config.yaml has no platform budget, so end users get the empty budget id",
      extraPlatform: 'platform budget "{{id}}" is ignored: CodeMie uses the first platform entry, "{{first}}"',
      notMounted: "the ConfigMap {{configMap}} holds budgets-config.yaml but no volume mounts it at {{dir}}; CodeMie keeps its built-in budgets",
      notMountedElsewhere: "the ConfigMap {{configMap}} holds budgets-config.yaml but no volume mounts it at {{dir}} (BUDGETS_CONFIG_DIR), where CodeMie then finds no budgets-config.yaml and fails to start",
      notInDirectory: "volume {{volume}} at {{mountPath}} has key {{key}} of ConfigMap {{configMap}} at \"{{file}}\", so {{path}} does not exist and CodeMie fails to start",
      itemsLeaveOut: "volume {{volume}} shows only the items it lists of ConfigMap {{configMap}}, and not key {{key}}, so {{path}} does not exist and CodeMie fails to start",
      wholeVolume: "volumeMount \"{{name}}\" mounts the whole volume at {{path}}, which makes it a directory, and CodeMie fails to start; mount the file with subPath: {{file}}",
      mountWithoutVolume: 'volumeMount "{{name}}" at {{path}} names no volume; the pod does not start',
      volumeOtherConfigMap: "volume {{volume}} mounts ConfigMap {{actual}} at the budgets directory, but budgets-config.yaml is in ConfigMap {{expected}}",
      subPathMismatch: 'the budgets mount reads key "{{subPath}}" of ConfigMap {{configMap}}, which holds the file under "{{key}}"',
    },
  },
  // CodeMie before 2.23 does not read the file (codemie-ignored-env says so).
  appliesTo: (model) => model.codemie.active && model.codemie.budgetsConfigs.length > 0 && readsBudgetsConfig(model.codemie),
  check(context) {
    const { model } = context;
    const configs = model.codemie.budgetsConfigs;
    for (const config of configs) checkContent(config, context);
    const dir = budgetsDir(model.facts.scopes) ?? DEFAULT_BUDGETS_DIR;
    const fromValues = configs.filter((config) => config.configMap && config.at.source.kind !== "manifest");
    if (model.values && fromValues.length > 0) {
      const { mounts, volumes } = valuesMountsAndVolumes(model.values);
      for (const issue of checkWiring(fromValues, mounts, volumes, dir)) reportWiring(issue, context);
    }
    const fromManifests = configs.filter((config) => config.configMap && config.at.source.kind === "manifest");
    if (fromManifests.length > 0 && model.manifests) {
      // A file is mounted when any workload mounts it; each workload's own mistakes are reported once.
      const mounted = new Set<BudgetsConfig>();
      const issues: WiringIssue[] = [];
      // Only the first "not mounted" of a file can be reported: later ones are not kept (thousands of workloads × files).
      const notMounted = new Set<BudgetsConfig>();
      // Which workload last found a file not mounted (no set per workload: thousands of workloads × files).
      const troubledIn = new Map<BudgetsConfig, number>();
      let workload = 0;
      for (const { mounts, volumes } of manifestMountsAndVolumes(model.manifests)) {
        workload++;
        const found = checkWiring(fromManifests, mounts, volumes, dir);
        for (const issue of found) if ("config" in issue && !isWrongMount(issue)) troubledIn.set(issue.config, workload);
        for (const config of fromManifests) if (troubledIn.get(config) !== workload) mounted.add(config);
        for (const issue of found) {
          if (issue.kind === "notMounted") {
            if (notMounted.has(issue.config)) continue;
            notMounted.add(issue.config);
          }
          issues.push(issue);
        }
      }
      const reported = new Set<BudgetsConfig>();
      for (const issue of issues) {
        if ("config" in issue && !isWrongMount(issue)) {
          if (mounted.has(issue.config) || (issue.kind === "notMounted" && reported.has(issue.config))) continue;
          reported.add(issue.config);
        }
        reportWiring(issue, context);
      }
    }
  },
});

function checkContent(config: BudgetsConfig, { report }: RuleContext<MessageId>): void {
  // A limit breach (nesting past 500 levels) leaves the file unread, like a syntax error.
  const unread = config.problems.filter((problem) => problem.kind === "syntax" || problem.kind === "limit");
  for (const problem of unread) report({ messageId: "syntax", data: { message: problem.message }, at: problem.at });
  if (unread.length > 0) return;
  const list = config.root?.kind === "map" ? config.root.entries.get("predefined_budgets") : undefined;
  if (list?.kind !== "seq") {
    report({ messageId: "noList", at: config.root?.origin ?? config.at });
    return;
  }
  // CodeMie's BudgetConfig is pydantic settings, which forbid fields they do not declare.
  const root = config.root as VMap;
  for (const key of root.entries.keys()) {
    if (key !== "predefined_budgets") report({ messageId: "unknownKey", data: { key }, at: { source: root.origin.source, path: [...root.origin.path, key], part: "key" } });
  }
  list.items.forEach((item, index) => {
    if (item.kind !== "map") report({ messageId: "notAnEntry", data: { index: index + 1, written: item.kind === "scalar" ? (item.value === null ? "null" : "a scalar") : "a list" }, at: item.origin });
  });
  const seen = new Map<string, number>();
  let firstPlatform: string | undefined;
  for (const entry of config.entries) {
    const label = entry.budgetId !== undefined ? `"${entry.budgetId}"` : `#${entry.index + 1}`;
    for (const field of REQUIRED) if (!entry.node.entries.has(field)) report({ messageId: "missingField", data: { entry: label, field }, at: entry.at(field) });
    for (const { field, expected, written } of entry.wrongTypes) report({ messageId: "wrongType", data: { entry: label, field, written, expected }, at: entry.at(field) });
    if (entry.category !== undefined && !(BUDGET_CATEGORIES as readonly string[]).includes(entry.category)) {
      report({ messageId: "badCategory", data: { entry: label, category: entry.category }, at: entry.at("budget_category") });
    }
    if (entry.maxBudget !== undefined && entry.maxBudget <= 0) report({ messageId: "maxNotPositive", data: { entry: label, value: entry.maxBudget }, at: entry.at("max_budget") });
    if (entry.softBudget !== undefined && entry.softBudget < 0) report({ messageId: "softNegative", data: { entry: label, value: entry.softBudget }, at: entry.at("soft_budget") });
    if (entry.softBudget !== undefined && entry.maxBudget !== undefined && entry.softBudget > entry.maxBudget) {
      report({ messageId: "softAboveMax", data: { entry: label, soft: entry.softBudget, max: entry.maxBudget }, at: entry.at("soft_budget") });
    }
    if (entry.duration !== undefined && !/^\d+[dhm]$/.test(entry.duration)) report({ messageId: "badDuration", data: { entry: label, value: entry.duration }, at: entry.at("budget_duration") });
    if (entry.budgetId !== undefined) {
      if (seen.has(entry.budgetId)) report({ messageId: "duplicateId", data: { id: entry.budgetId }, at: entry.at("budget_id"), related: [config.entries[seen.get(entry.budgetId)!]!.at("budget_id")] });
      else seen.set(entry.budgetId, entry.index);
    }
    if (entry.category === "platform") {
      if (firstPlatform === undefined) firstPlatform = entry.budgetId ?? label;
      else report({ messageId: "extraPlatform", data: { id: entry.budgetId ?? label, first: firstPlatform }, at: entry.at("budget_category") });
    }
  }
  if (firstPlatform === undefined) report({ messageId: "noPlatform", at: list.origin });
}

function reportWiring(issue: WiringIssue, { report }: RuleContext<MessageId>): void {
  switch (issue.kind) {
    case "notMounted": {
      const messageId = issue.dir.replace(/\/+$/, "") === DEFAULT_BUDGETS_DIR ? "notMounted" : "notMountedElsewhere";
      report({ messageId, data: { configMap: issue.config.configMap!.name, dir: issue.dir }, at: issue.config.configMap!.at });
      break;
    }
    case "mountWithoutVolume":
      report({ messageId: "mountWithoutVolume", data: { name: issue.mount.name, path: issue.mount.mountPath }, at: issue.mount.nameAt });
      break;
    case "volumeOtherConfigMap":
      report({ messageId: "volumeOtherConfigMap", data: { volume: issue.volume.name, actual: issue.shown.name, expected: issue.config.configMap!.name }, at: issue.shown.at, related: [issue.config.configMap!.at] });
      break;
    default: {
      const { mount, volume, shown, config, file } = issue;
      const { name: configMap, key } = config.configMap!;
      const path = issue.kind === "wholeVolume" ? mount.mountPath : issue.target;
      const related = [shown.at, config.configMap!.at];
      if (file === undefined) report({ messageId: "itemsLeaveOut", data: { volume: volume.name, configMap, key, path }, at: mount.at, related });
      else if (issue.kind === "wholeVolume") report({ messageId: "wholeVolume", data: { name: mount.name, path, file }, at: mount.at, related });
      else if (issue.kind === "notInDirectory") report({ messageId: "notInDirectory", data: { volume: volume.name, mountPath: mount.mountPath, configMap, key, file, path }, at: mount.at, related });
      else report({ messageId: "subPathMismatch", data: { subPath: mount.subPath ?? "", configMap, key: file }, at: mount.at });
    }
  }
}

function budgetsDir(scopes: readonly EnvScope[]): string | undefined {
  for (const scope of scopes) {
    const dir = scope.vars.get("BUDGETS_CONFIG_DIR")?.value;
    // A relative directory is the API's working directory's (WORKDIR /app in CodeMie's image).
    if (dir) return posix.resolve(CODEMIE_WORKDIR, dir);
  }
  return undefined;
}

const CODEMIE_WORKDIR = "/app";
