import { isOn, readsBudgetsConfig } from "../src/codemie/profile.ts";
import { defineRule } from "../src/engine/rule.ts";
import type { NodeRef } from "../src/core/source.ts";
import type { EnvScope } from "../src/facts/types.ts";
import type { ResolvedVar } from "../src/kube/env.ts";

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
const ASKED_NAMES: ReadonlySet<AskedName> = new Set(ASKED);
type AskedVars = Partial<Record<AskedName, ResolvedVar>>;
/** Every name, unset: each container's variables start as a copy of it, so all have one shape. */
const NO_VARS: AskedVars = Object.fromEntries(ASKED.map((name) => [name, undefined]));

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
    const scopes = model.facts.scopes;
    // Indexed loops, no closures per container: this runs for each of thousands, mostly in Maglev's code, which makes
    // an object for each step of a for-of and for each closure.
    for (let s = 0; s < scopes.length; s++) {
      const scope = scopes[s]!;
      // Each name is asked for more than once (`on` tests several): those the container sets are resolved once, into
      // an object of one shape (a Map per container cost more than the lookups).
      const vars: AskedVars = { ...NO_VARS };
      scope.vars.getInto(ASKED_NAMES, vars);
      for (let i = 0; i < BOOLEAN_SETTINGS.length; i++) {
        const name = BOOLEAN_SETTINGS[i]!;
        const text = vars[name]?.value;
        // pydantic takes its spellings as written: an empty value or one with spaces around it stops the API too.
        if (text !== undefined && !BOOLEAN.test(text)) report({ messageId: "notBoolean", data: { name, value: text }, at: atOf(scope, vars, name), severity: "error" });
      }
      for (let i = 0; i < JSON_LISTS.length; i++) {
        const name = JSON_LISTS[i]!;
        const text = vars[name]?.value;
        if (text === undefined) continue;
        if (!isJsonList(text)) report({ messageId: "notJsonList", data: { name, shown: text.trim() === "" ? "an empty value" : `"${text}"` }, at: atOf(scope, vars, name), severity: "error" });
      }
      const proxy = isOn(vars.LLM_PROXY_ENABLED?.value);
      const check = isOn(vars.LLM_PROXY_BUDGET_CHECK_ENABLED?.value);
      if (check && !proxy) report({ messageId: "checkWithoutProxy", at: atOf(scope, vars, "LLM_PROXY_BUDGET_CHECK_ENABLED") });
      if (isOn(vars.LLM_PROXY_BUDGET_RECONCILIATION_ENABLED?.value) && !check) report({ messageId: "reconciliationWithoutCheck", at: atOf(scope, vars, "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED") });
      const mode = vars.LLM_PROXY_MODE?.value ?? "internal";
      // A Literal["internal", "lite_llm"] setting: anything else (LITE_LLM, litellm) stops the API, whatever else is set.
      if (!PROXY_MODES.includes(mode)) report({ messageId: "badMode", data: { mode }, at: atOf(scope, vars, "LLM_PROXY_MODE"), severity: "error" });
      else if (proxy && mode !== "lite_llm") report({ messageId: "modeNotLiteLLM", data: { mode }, at: atOf(scope, vars, vars.LLM_PROXY_MODE ? "LLM_PROXY_MODE" : "LLM_PROXY_ENABLED") });
      const aliases = vars.LITELLM_PREMIUM_MODELS_ALIASES?.value;
      if (knowsBudgets && !hasPremiumBudget && aliases !== undefined && isJsonList(aliases) && (JSON.parse(aliases) as unknown[]).length > 0) {
        report({ messageId: "premiumWithoutBudget", at: atOf(scope, vars, "LITELLM_PREMIUM_MODELS_ALIASES") });
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

function atOf(scope: EnvScope, vars: AskedVars, name: AskedName): NodeRef {
  const variable = vars[name];
  return variable?.valueAt ?? variable?.entry?.at ?? scope.lists[0]?.at ?? { source: scope.lists[0]!.at.source, path: [] };
}
