import { reconcilesBudgets } from "../src/codemie/profile.ts";
import type { Remediation } from "../src/core/types.ts";
import { defineLiveRule } from "../src/live/rule.ts";
import { closest } from "../src/core/suggest.ts";
import type { BudgetTarget } from "../src/live/targets.ts";

/** Why a missing budget is an error (LiteLLM's customer endpoint, schema and auth checks). */
const CONSEQUENCE =
  "creating an end user with it fails on the database's foreign key (POST /customer/new answers 500), and LiteLLM then creates the end user on its first request without a budget: uncapped unless litellm_settings.max_end_user_budget_id is set";

export default defineLiveRule({
  meta: {
    id: "litellm-budget-exists",
    name: "LitellmBudgetExists",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The budget id does not exist in the LiteLLM proxy",
    details:
      "The platform hands every end user the LiteLLM budget named by the budget-id variable (or the built-in default `default`): CodeMie creates each end user with `POST /customer/new {\"user_id\", \"budget_id\"}`. LiteLLM answers a lookup of an unknown budget id with an empty list, not an error, so a typo or a budget that was never created goes unnoticed — and the consequence is an end user without any cap. The causal chain, read in LiteLLM's source: `/customer/new` passes `budget_id` unchecked to the insert; the database's foreign key `LiteLLM_EndUserTable_budget_id_fkey` rejects the unknown id and the call fails with HTTP 500; the platform carries on, and LiteLLM creates the end-user row on the user's first request **without** a budget, so the user is uncapped unless `litellm_settings.max_end_user_budget_id` names a budget that exists. The same happens later when a budget is deleted: the foreign key is `ON DELETE SET NULL`, so every end user that had it silently loses its cap. That is why this rule is an error. It asks the proxy for every effective budget id in one `POST /budget/info` call (admin only: it needs LITELLM_MASTER_KEY) and, when one is missing, lists the budgets that exist and suggests the closest.",
    remediation: "Create the budget in LiteLLM (POST /budget/new) or set the budget-id variable to a budget that exists; a budget not named default must be named in the variable.",
    example: "# LiteLLM has budgets: default, prod-budget\n# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budgte}\n# right\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}",
    fixable: true,
    tags: ["correctness", "litellm", "budget", "live"],
    messages: {
      missing: `budget "{{id}}" does not exist in LiteLLM{{places}}{{hint}}; ${CONSEQUENCE}`,
      missingDefault: `no {{envName}} is set, so the built-in default budget id "{{id}}" applies, and LiteLLM has no budget "{{id}}"{{hint}}; a budget not named "{{id}}" must be named in {{envName}}; ${CONSEQUENCE}`,
      missingPredefined:
        `budget "{{id}}" of budgets-config.yaml does not exist in LiteLLM yet; CodeMie creates it at its next start (LLM_PROXY_ENABLED, LLM_PROXY_BUDGET_CHECK_ENABLED and LLM_PROXY_BUDGET_RECONCILIATION_ENABLED are on), and until then ${CONSEQUENCE}`,
      missingEndUserDefault:
        'litellm_settings.max_end_user_budget_id names budget "{{id}}", which does not exist in LiteLLM{{hint}}; end users without a budget of their own are then uncapped',
      noDatabase: 'budget "{{id}}" cannot exist: the LiteLLM proxy has no database (readiness reports db "Not connected"), and a proxy without a database cannot have budgets',
    },
  },
  async check({ model, live, report }) {
    const outcome = await live.budgets();
    if (outcome.status === "none") return;
    if (outcome.status === "inconclusive") {
      live.inconclusive("litellm-budget-exists", outcome.kind, outcome.reason);
      return;
    }
    if (outcome.status === "no-database") {
      const remediation = { text: "give the proxy a database: the LiteLLM chart's own PostgreSQL, or db.useExisting with db.url", config: "db.deployStandalone: true" };
      for (const target of outcome.targets) report({ messageId: "noDatabase", data: { id: target.shown }, at: target.at, related: target.related, remediation });
      return;
    }
    if (outcome.missing.length === 0) return;
    const existing = await live.existingBudgetIds();
    // Both switches on: CodeMie creates or overwrites its predefined budgets at start-up.
    const heals = reconcilesBudgets(model.facts.scopes);
    for (const target of outcome.missing) {
      const suggestion = suggest(target, existing);
      const data = { id: target.shown, envName: target.envName, places: places(target), hint: hint(existing, suggestion) };
      if (target.fromBudgetsConfig && heals) {
        const remediation = { text: "restart CodeMie (it creates its predefined budgets), or create the budget now", request: createBudget(target).request! };
        report({ messageId: "missingPredefined", data, at: target.at, related: target.related, severity: "warning", remediation });
        continue;
      }
      // A suggestion, not a fix: another budget changes who pays for what (--fix-type suggestion applies it).
      const fix =
        suggestion !== undefined && !target.isDefault && !target.endUserDefault
          ? { type: "suggestion" as const, edits: [target.at, ...target.related].map((at) => ({ at, kind: "set-string" as const, value: suggestion })) }
          : undefined;
      const messageId = target.endUserDefault ? "missingEndUserDefault" : target.isDefault ? "missingDefault" : "missing";
      report({ messageId, data, at: target.at, related: target.related, remediation: createBudget(target), ...(fix ? { fix } : {}) });
    }
  },
});

/** The budget as a ready call; the cap in it is an example to set (a budget without max_budget caps nobody). */
function createBudget(target: BudgetTarget): Remediation {
  // A predefined budget as budgets-config.yaml defines it: created otherwise, codemie-budget-drift would report it next.
  const limits = target.predefined;
  if (limits) {
    const body = { budget_id: target.id, max_budget: limits.maxBudget ?? null, ...(limits.softBudget !== undefined ? { soft_budget: limits.softBudget } : {}), ...(limits.duration !== undefined ? { budget_duration: limits.duration } : {}) };
    return { text: "create the budget as budgets-config.yaml defines it, or correct the id", request: { method: "POST", path: "/budget/new", body } };
  }
  const text = "create the budget with the per-user cap you want (10 USD per 30 days here), or correct the id";
  if (target.sensitive) return { text: `${text}; the id is held in a Secret, so it is not written here` };
  return { text, request: { method: "POST", path: "/budget/new", body: { budget_id: target.id, max_budget: 10, budget_duration: "30d" } } };
}

function places(target: BudgetTarget): string {
  return target.places > 1 ? ` (set in ${target.places} places)` : "";
}

function suggest(target: BudgetTarget, existing: string[] | null): string | undefined {
  return existing === null || target.sensitive ? undefined : closest(target.id, existing);
}

/** "; did you mean "prod-budget"?", or the budgets that exist, or nothing when they are unknown. */
function hint(existing: string[] | null, suggestion: string | undefined): string {
  if (existing === null) return "";
  if (existing.length === 0) return "; the proxy has no budgets at all";
  if (suggestion !== undefined) return `; did you mean "${suggestion}"?`;
  const shown = existing.slice(0, 5).map((id) => `"${id}"`).join(", ");
  return `; existing budgets: ${shown}${existing.length > 5 ? `, and ${existing.length - 5} more` : ""}`;
}
