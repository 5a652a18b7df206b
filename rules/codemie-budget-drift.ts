import { readsBudgetsConfig, reconcilesBudgets } from "../src/codemie/profile.ts";
import { defineLiveRule } from "../src/live/rule.ts";
import { formatAmount, safeText } from "../src/live/shapes.ts";

/** pydantic defaults of PredefinedBudgetConfig for fields the file leaves out. */
const FILE_DEFAULTS = { soft_budget: 0, budget_duration: "30d" };

export default defineLiveRule({
  meta: {
    id: "codemie-budget-drift",
    name: "CodemieBudgetDrift",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "warning",
    description: "A budget in CodeMie's budgets-config.yaml differs from the same budget in LiteLLM",
    details:
      "CodeMie treats budgets-config.yaml as the source of truth: with LLM_PROXY_BUDGET_RECONCILIATION_ENABLED (and the proxy and budget checking on) it overwrites LiteLLM's max_budget, soft_budget and budget_duration at the next start, undoing any change made in LiteLLM directly; without reconciliation the two stay apart and the file describes limits nobody enforces. Compared from the same POST /budget/info answer the other budget checks use: no extra request.",
    remediation: "Make budgets-config.yaml and LiteLLM agree: change the file when LiteLLM holds the intended limits, or let reconciliation write the file's values.",
    example: "# budgets-config.yaml\npredefined_budgets:\n  - {budget_id: default, name: Default, max_budget: 120.0, soft_budget: 80.0, budget_duration: 30d, budget_category: platform}\n# LiteLLM: POST /budget/info {\"budgets\": [\"default\"]} -> max_budget 120.0, soft_budget 80.0, budget_duration 30d",
    tags: ["correctness", "codemie", "budget", "live"],
    messages: {
      drift: 'budget "{{id}}": budgets-config.yaml sets {{field}} {{file}}, LiteLLM has {{litellm}}; {{consequence}}',
    },
  },
  // CodeMie before 2.23 does not read the file: it describes nothing (codemie-ignored-env says so).
  appliesTo: (model) => model.codemie.active && model.codemie.budgetsConfigs.length > 0 && readsBudgetsConfig(model.codemie),
  async check({ model, live, report }) {
    const outcome = await live.budgets();
    if (outcome.status !== "ok") return; // other live rules report missing, inconclusive and no-database outcomes
    const reconciling = reconcilesBudgets(model.facts.scopes);
    const consequence = reconciling ? "CodeMie's reconciliation overwrites LiteLLM at its next start" : "reconciliation is off, so LiteLLM keeps its own value";
    for (const config of model.codemie.budgetsConfigs) {
      for (const entry of config.entries) {
        const row = entry.budgetId === undefined ? undefined : outcome.found.get(entry.budgetId);
        if (!row || entry.budgetId === undefined) continue;
        const compare = (field: string, file: number | string | undefined, litellm: number | string | null): void => {
          // LiteLLM stores "no soft budget" as null, the file as 0.
          if (file === undefined || file === litellm || (file === 0 && litellm === null)) return;
          const shown = (value: number | string | null) => (value === null ? "none" : typeof value === "number" ? formatAmount(value) : (safeText(value, 16) ?? "set"));
          const remediation = reconciling
            ? { text: "nothing to call: CodeMie writes the file's value at its next start; change budgets-config.yaml if LiteLLM holds the intended one" }
            : { text: "write the file's value into LiteLLM, or change budgets-config.yaml", request: { method: "POST" as const, path: "/budget/update", body: { budget_id: entry.budgetId!, [field]: file } } };
          report({
            messageId: "drift",
            data: { id: entry.budgetId!, field, file: shown(file), litellm: shown(litellm), consequence },
            at: entry.node.entries.has(field) ? entry.at(field) : entry.at("budget_id"),
            remediation,
          });
        };
        compare("max_budget", entry.maxBudget, row.maxBudget);
        compare("soft_budget", entry.softBudget ?? FILE_DEFAULTS.soft_budget, row.softBudget);
        compare("budget_duration", entry.duration ?? FILE_DEFAULTS.budget_duration, row.duration);
      }
    }
  },
});
