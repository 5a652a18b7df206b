import { defineRule } from "../src/engine/rule.ts";
import { chartParent, configUnder, databaseWiring, nodeAt, proxySetting, usesExternalConfig } from "../src/litellm/chart-values.ts";
import type { NodeRef } from "../src/core/source.ts";
import { isTruthy, type VNode } from "../src/yaml/vnode.ts";

export default defineRule({
  meta: {
    id: "litellm-proxy-settings",
    name: "LitellmProxySettings",
    input: "values",
    defaultSeverity: "error",
    description: "A LiteLLM proxy setting that leaves end users uncapped or cuts off the platform",
    details:
      "Read from the LiteLLM chart's own values (`--litellm-values`, or a -f file of that shape): the proxy's config.yaml is `proxy_config`, rendered verbatim by the chart. `litellm_settings.max_budget` is a global proxy budget: when it is spent LiteLLM refuses every LLM route, the platform's integration key included, so the promise that the integration key is never interrupted breaks (error). `disable_end_user_cost_tracking: true` stops recording end-user spend, so no end-user budget ever trips (error). The legacy `max_end_user_budget` is documented upstream as no longer enforced (warning: use `max_end_user_budget_id`). Without `max_end_user_budget_id` nothing caps an end user whose own budget link failed — an unknown budget id on `/customer/new`, or a budget deleted later (note). A proxy without a database cannot hold budgets or keys at all: the chart deploys one unless `db.deployStandalone` is false, and then `db.useExisting` or a DATABASE_URL (or DATABASE_HOST, which LiteLLM builds it from) must provide it (error; a Secret or ConfigMap passed whole may hold it, which is not judged). `general_settings.master_key` set to null, or `general_settings` or `proxy_config` itself (a null removes the chart's default with what it holds), runs the proxy without a master key, so every request is accepted as an internal user (error).",
    remediation: "Change the LiteLLM chart values as the message says (the fix line gives the config).",
    example:
      "proxy_config:\n  general_settings:\n    master_key: os.environ/PROXY_MASTER_KEY\n  litellm_settings:\n    max_end_user_budget_id: default   # a budget that exists\n    # no max_budget (global), no disable_end_user_cost_tracking\ndb:\n  deployStandalone: true",
    tags: ["correctness", "cost", "litellm", "budget"],
    messages: {
      globalBudget: "litellm_settings.max_budget {{amount}} is a global proxy budget: when it is spent LiteLLM refuses every LLM call, the platform's integration key included",
      costTrackingOff: "litellm_settings.disable_end_user_cost_tracking is {{value}}, which the proxy takes as true: end-user spend is never recorded, so no end-user budget ever trips",
      legacyEndUserBudget: "litellm_settings.max_end_user_budget is no longer enforced by LiteLLM (documented upstream); use max_end_user_budget_id with a budget that exists",
      noDefaultEndUserBudget: "litellm_settings.max_end_user_budget_id is not set: an end user whose own budget link failed (an unknown budget id, a deleted budget) is uncapped",
      noDatabase: "the LiteLLM chart deploys no database (db.deployStandalone false, no db.useExisting, no DATABASE_URL): the proxy cannot hold budgets or keys, so no end user is capped",
      noMasterKey: "{{path}} is null, so the proxy's config has no master_key: the proxy runs without a master key and accepts every request as an internal user",
      externalConfig: "proxyConfigMap.create is false: the proxy reads an existing ConfigMap, so its budget settings cannot be checked from these values",
    },
  },
  appliesTo: (model) => Boolean(model.litellm),
  check({ model, report: reportAt }) {
    const chart = model.litellm;
    if (!chart) return;
    // In a wrapper's values the keys of the fix line are under `litellm-helm:`.
    const report: typeof reportAt = (finding) => reportAt(finding.remediation ? { ...finding, remediation: configUnder(chartParent(finding.at), finding.remediation) } : finding);
    const external = usesExternalConfig(chart);
    if (external) report({ messageId: "externalConfig", at: external.at!, severity: "note", remediation: { text: "lint the config.yaml of that ConfigMap as proxy_config, or let the chart render it", config: "proxyConfigMap.create: true" } });
    else {
      const maxBudget = proxySetting(chart, "litellm_settings", "max_budget");
      const amount = numberOf(maxBudget);
      if (maxBudget && amount !== null && amount > 0) report({ messageId: "globalBudget", data: { amount: String(amount) }, at: maxBudget.origin, remediation: { text: "remove the global budget; cap end users with max_end_user_budget_id and their own budgets", config: "proxy_config.litellm_settings.max_budget: null" } });
      const tracking = proxySetting(chart, "litellm_settings", "disable_end_user_cost_tracking");
      // The proxy sets each litellm_settings value on the litellm module and tests it with Python's `if`.
      if (tracking && isTruthy(tracking)) report({ messageId: "costTrackingOff", data: { value: tracking.kind === "scalar" ? JSON.stringify(tracking.value) : `a ${tracking.kind === "map" ? "map" : "list"}` }, at: tracking.origin, remediation: { text: "record end-user spend again", config: "proxy_config.litellm_settings.disable_end_user_cost_tracking: false" } });
      const legacy = proxySetting(chart, "litellm_settings", "max_end_user_budget");
      if (legacy) report({ messageId: "legacyEndUserBudget", at: legacy.origin, severity: "warning", remediation: DEFAULT_BUDGET_FIX });
      if (!proxySetting(chart, "litellm_settings", "max_end_user_budget_id")) {
        report({ messageId: "noDefaultEndUserBudget", at: anchorOfSettings(chart.values.root) ?? chart.anchor, severity: "note", remediation: DEFAULT_BUDGET_FIX });
      }
      // A null left in the merged layers removes the chart default's master_key, or the map that holds
      // it (helm's coalescing deletes a key the user set to null); a later layer's map without the key
      // gets the default back. The layer, or --set flag, that wrote the null says so.
      const removed = MASTER_KEY_PATHS.map((path) => ({ node: nodeAt(chart.values.root, path), path: path.join(".") })).find(({ node }) => node?.kind === "scalar" && node.value === null);
      if (removed) {
        report({ messageId: "noMasterKey", data: { path: removed.path }, at: removed.node!.origin, remediation: { text: "wire the master key the chart keeps in its Secret", config: "proxy_config.general_settings.master_key: os.environ/PROXY_MASTER_KEY" } });
      }
    }
    const database = databaseWiring(chart);
    if (database.state === "none") report({ messageId: "noDatabase", at: database.at ?? chart.anchor, remediation: { text: "let the chart deploy PostgreSQL, or point db.useExisting at yours", config: "db.deployStandalone: true" } });
  },
});

/** proxy_config, its general_settings and their master_key: a null at any of them leaves no master key. */
const MASTER_KEY_PATHS = [["proxy_config"], ["proxy_config", "general_settings"], ["proxy_config", "general_settings", "master_key"]];

/** A budget row that exists, with the per-user cap: the catch-all for end users without one. */
const DEFAULT_BUDGET_FIX = {
  text: "name a budget that exists (create it with POST /budget/new and the per-user max_budget)",
  config: "proxy_config.litellm_settings.max_end_user_budget_id: default",
};

function numberOf(node: VNode | undefined): number | null {
  if (node?.kind !== "scalar") return null;
  const value = typeof node.value === "number" ? node.value : typeof node.value === "string" ? Number(node.value) : NaN;
  return Number.isFinite(value) ? value : null;
}

function settingsNode(root: VNode, section: string): VNode | undefined {
  const config = root.kind === "map" ? root.entries.get("proxy_config") : undefined;
  return config?.kind === "map" ? config.entries.get(section) : undefined;
}

/** litellm_settings when written, else proxy_config, else nothing (the file's start). */
function anchorOfSettings(root: VNode): NodeRef | undefined {
  const settings = settingsNode(root, "litellm_settings");
  if (settings) return { ...settings.origin, part: "key" };
  const config = root.kind === "map" ? root.entries.get("proxy_config") : undefined;
  return config ? { ...config.origin, part: "key" } : undefined;
}
