import { isOn, readsBudgetsConfig } from "../src/codemie/profile.ts";
import { defineRule } from "../src/engine/rule.ts";
import type { NodeRef } from "../src/core/source.ts";
import type { EnvScope } from "../src/facts/types.ts";

/** pydantic's accepted boolean spellings (any case). */
const BOOLEAN = /^(true|false|1|0|yes|no|on|off|t|f|y|n)$/i;
const BOOLEAN_SETTINGS = [
  "LLM_PROXY_ENABLED",
  "LLM_PROXY_BUDGET_CHECK_ENABLED",
  "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED",
  "LITELLM_FAIL_OPEN_ON_503",
  "LITELLM_SPEND_COLLECTOR_ENABLED",
  "LITELLM_BUDGET_RESET_TRACKER_ENABLED",
  "LITELLM_BUDGET_RESET_RECONCILIATION_ENABLED",
] as const;
/** LLM_PROXY_MODE's values (a pydantic Literal, case and all). */
const PROXY_MODES: readonly string[] = ["internal", "lite_llm"];
/** list[str] settings: pydantic reads them as JSON. */
const JSON_LISTS = ["LITELLM_PREMIUM_MODELS_ALIASES", "GITHUB_IDENTIFIERS", "GITLAB_IDENTIFIERS", "BITBUCKET_IDENTIFIERS"] as const;
const ASKED = [...BOOLEAN_SETTINGS, ...JSON_LISTS, "LLM_PROXY_MODE"] as const;
type AskedName = (typeof ASKED)[number];

export default defineRule({
  meta: {
    id: "codemie-budget-flags",
    name: "CodemieBudgetFlags",
    input: "any",
    defaultSeverity: "warning",
    description: "CodeMie's budget switches are inconsistent, so budgets are not enforced or the API does not start",
    details:
      "CodeMie enforces LiteLLM budgets only when LLM_PROXY_ENABLED is true, LLM_PROXY_MODE is lite_llm and LLM_PROXY_BUDGET_CHECK_ENABLED is true; reconciliation of budgets-config.yaml also needs budget checking. Premium-model aliases without a premium_models budget leave premium traffic on the platform budget. Boolean settings accept only pydantic's spellings (not an empty value), LLM_PROXY_MODE only internal or lite_llm, and list settings must be JSON: anything else stops the API at start-up (an error; the inconsistent switches are warnings).",
    remediation: "Turn on the switches a feature depends on, spell booleans as \"true\" or \"false\", and write list settings as JSON such as '[\"opus\"]'.",
    example: 'extraEnv:\n  - {name: LLM_PROXY_ENABLED, value: "true"}\n  - {name: LLM_PROXY_MODE, value: lite_llm}\n  - {name: LLM_PROXY_BUDGET_CHECK_ENABLED, value: "true"}\n  - {name: LITELLM_PREMIUM_MODELS_ALIASES, value: \'["opus"]\'}',
    tags: ["correctness", "codemie", "budget"],
    messages: {
      notBoolean: '{{name}} is "{{value}}", which CodeMie cannot read as a boolean; the API does not start',
      notJsonList: "{{name}} must be a JSON list such as '[\"a\", \"b\"]'; the API does not start with {{shown}}",
      checkWithoutProxy: "LLM_PROXY_BUDGET_CHECK_ENABLED is on but LLM_PROXY_ENABLED is not, so budgets are never checked",
      reconciliationWithoutCheck: "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED is on but LLM_PROXY_BUDGET_CHECK_ENABLED is not, so budgets-config.yaml is never synced",
      badMode: 'LLM_PROXY_MODE is "{{mode}}"; CodeMie knows only internal and lite_llm, and the API does not start',
      modeNotLiteLLM: 'LLM_PROXY_ENABLED is on but LLM_PROXY_MODE is "{{mode}}", so LLM calls bypass LiteLLM and its budgets',
      premiumWithoutBudget: "LITELLM_PREMIUM_MODELS_ALIASES lists premium models but budgets-config.yaml has no premium_models budget",
    },
  },
  appliesTo: (model) => model.codemie.active,
  check({ model, report }) {
    const hasPremiumBudget = model.codemie.budgetsConfigs.some((config) => config.entries.some((entry) => entry.category === "premium_models"));
    // Before 2.23 CodeMie does not read the file: its premium budget is LITELLM_PREMIUM_MODELS_BUDGET_NAME's.
    const knowsBudgets = model.codemie.budgetsConfigs.length > 0 && readsBudgetsConfig(model.codemie);
    for (const scope of model.facts.scopes) {
      // Each name is asked for more than once (`on` tests several): all are resolved once per container, into an
      // object of one shape (a Map per container cost more than the lookups).
      const values: Partial<Record<AskedName, string>> = {};
      for (const name of ASKED) values[name] = scope.vars.get(name)?.value;
      const value = (name: AskedName): string | undefined => values[name];
      const at = (name: string): NodeRef => atOf(scope, name);
      for (const name of BOOLEAN_SETTINGS) {
        const text = value(name);
        // pydantic takes its spellings as written: an empty value or one with spaces around it stops the API too.
        if (text !== undefined && !BOOLEAN.test(text)) report({ messageId: "notBoolean", data: { name, value: text }, at: at(name), severity: "error" });
      }
      for (const name of JSON_LISTS) {
        const text = value(name);
        if (text === undefined) continue;
        if (!isJsonList(text)) report({ messageId: "notJsonList", data: { name, shown: text.trim() === "" ? "an empty value" : `"${text}"` }, at: at(name), severity: "error" });
      }
      const on = (name: AskedName) => isOn(value(name));
      if (on("LLM_PROXY_BUDGET_CHECK_ENABLED") && !on("LLM_PROXY_ENABLED")) report({ messageId: "checkWithoutProxy", at: at("LLM_PROXY_BUDGET_CHECK_ENABLED") });
      if (on("LLM_PROXY_BUDGET_RECONCILIATION_ENABLED") && !on("LLM_PROXY_BUDGET_CHECK_ENABLED")) report({ messageId: "reconciliationWithoutCheck", at: at("LLM_PROXY_BUDGET_RECONCILIATION_ENABLED") });
      const mode = value("LLM_PROXY_MODE") ?? "internal";
      // A Literal["internal", "lite_llm"] setting: anything else (LITE_LLM, litellm) stops the API, whatever else is set.
      if (!PROXY_MODES.includes(mode)) report({ messageId: "badMode", data: { mode }, at: at("LLM_PROXY_MODE"), severity: "error" });
      else if (on("LLM_PROXY_ENABLED") && mode !== "lite_llm") report({ messageId: "modeNotLiteLLM", data: { mode }, at: scope.vars.get("LLM_PROXY_MODE") ? at("LLM_PROXY_MODE") : at("LLM_PROXY_ENABLED") });
      const aliases = value("LITELLM_PREMIUM_MODELS_ALIASES");
      if (knowsBudgets && !hasPremiumBudget && aliases !== undefined && isJsonList(aliases) && (JSON.parse(aliases) as unknown[]).length > 0) {
        report({ messageId: "premiumWithoutBudget", at: at("LITELLM_PREMIUM_MODELS_ALIASES") });
      }
    }
  },
});

function isJsonList(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === "string");
  } catch {
    return false;
  }
}

function atOf(scope: EnvScope, name: string): NodeRef {
  const variable = scope.vars.get(name);
  return variable?.valueAt ?? variable?.entry?.at ?? scope.lists[0]?.at ?? { source: scope.lists[0]!.at.source, path: [] };
}
