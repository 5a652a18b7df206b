import { atLeast, readsBudgetsConfig } from "../src/codemie/profile.ts";
import { defineRule } from "../src/engine/rule.ts";

interface Retired {
  /** First CodeMie version that no longer reads it; null: no public version ever read it. */
  since: [number, number] | null;
  instead: string;
}

const BUDGETS_FILE = "the platform entry of budgets-config.yaml";
/**
 * codemie.md §1–3: variables the CodeMie API does not read (pydantic ignores unknown names). A Map:
 * an env name such as `constructor` is no key of it, and thousands of names are looked up.
 */
const RETIRED = new Map<string, Retired>(
  Object.entries({
    LITELLM_BUDGET_ID: { since: [2, 23], instead: BUDGETS_FILE },
    DEFAULT_BUDGET_ID: { since: [2, 23], instead: BUDGETS_FILE },
    DEFAULT_SOFT_BUDGET_LIMIT: { since: [2, 23], instead: "soft_budget of the platform entry in budgets-config.yaml" },
    DEFAULT_HARD_BUDGET_LIMIT: { since: [2, 23], instead: "max_budget of the platform entry in budgets-config.yaml" },
    DEFAULT_BUDGET_DURATION: { since: [2, 23], instead: "budget_duration of the platform entry in budgets-config.yaml" },
    LITELLM_PREMIUM_MODELS_BUDGET_NAME: { since: [2, 23], instead: "a premium_models entry in budgets-config.yaml" },
    LITELLM_CLI_BUDGET_NAME: { since: [2, 23], instead: "a cli entry in budgets-config.yaml" },
    LLM_PROXY_BUDGET_SYNC_ENABLED: { since: [2, 23], instead: "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED" },
    LLM_PROXY_BUDGET_BACKFILL_ENABLED: { since: [2, 23], instead: "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED" },
    LITELLM_MAX_RETRIES: { since: null, instead: "the API always retries 3 times" },
  } satisfies Record<string, Retired>),
);

const BUDGET_ID_VARIABLES = new Set(["LITELLM_BUDGET_ID", "DEFAULT_BUDGET_ID"]);

export default defineRule({
  meta: {
    id: "codemie-ignored-env",
    name: "CodemieIgnoredEnv",
    input: "any",
    defaultSeverity: "note",
    description: "A CodeMie env variable, or a budgets-config.yaml, that the CodeMie version in use does not read",
    details:
      "CodeMie's settings ignore unknown variables silently. Since 2.23 the end-user budget comes from budgets-config.yaml, so LITELLM_BUDGET_ID, DEFAULT_BUDGET_ID and the DEFAULT_*_BUDGET_* family change nothing (a budget id set there is a warning: end users get the budgets-config.yaml platform budget instead of the one chosen), and the budget SYNC/BACKFILL switches were replaced by LLM_PROXY_BUDGET_RECONCILIATION_ENABLED. Before 2.23 it is the other way round: a budgets-config.yaml is not read at all, so its budgets (and its mistakes) reach no pod. The version is read from image.tag (values) or the container image (manifests); when it is unknown the finding says the variable may be ignored.",
    remediation: "Move the setting to its replacement named in the message and delete the variable.",
    example: "# CodeMie 2.42: the budget id comes from budgets-config.yaml\npredefined_budgets:\n  - {budget_id: prod-budget, name: Production, max_budget: 120, budget_category: platform}",
    tags: ["correctness", "codemie"],
    messages: {
      ignored: "{{name}} is not read by CodeMie {{version}} (ignored since {{since}}); use {{instead}}",
      neverRead: "{{name}} is not read by any public CodeMie version: {{instead}}",
      maybeIgnored: "{{name}} may be ignored: CodeMie {{since}} and later do not read it (image.tag names no version); use {{instead}}",
      budgetsConfigNotRead: "budgets-config.yaml ({{label}}) is not read by CodeMie {{version}} (read since 2.23): its budgets reach no pod, and the end-user budget id comes from {{instead}}",
    },
  },
  appliesTo: (model) => model.codemie.active,
  check({ model, report }) {
    const version = model.codemie.version;
    if (version && !readsBudgetsConfig(model.codemie)) {
      for (const config of model.codemie.budgetsConfigs) {
        report({ messageId: "budgetsConfigNotRead", data: { label: config.label, version: version.text, instead: "LITELLM_BUDGET_ID or DEFAULT_BUDGET_ID" }, at: config.at });
      }
    }
    for (const list of model.facts.envLists) {
      for (let index = 0; index < list.length; index++) {
        const retired = RETIRED.get(list.nameAt(index));
        if (!retired) continue;
        const entry = list.entryAt(index);
        const at = { ...entry.at, part: "value" as const };
        if (retired.since === null) {
          report({ messageId: "neverRead", data: { name: entry.name, instead: retired.instead }, at });
          continue;
        }
        const since = `${retired.since[0]}.${retired.since[1]}`;
        if (!version) report({ messageId: "maybeIgnored", data: { name: entry.name, since, instead: retired.instead }, at });
        // A budget id set and never read: end users get another budget than the one chosen.
        else if (atLeast(version, ...retired.since)) report({ messageId: "ignored", data: { name: entry.name, version: version.text, since, instead: retired.instead }, at, ...(BUDGET_ID_VARIABLES.has(entry.name) ? { severity: "warning" as const } : {}) });
      }
    }
  },
});
