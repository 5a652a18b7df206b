import { defineLiveRule } from "../src/live/rule.ts";
import { closest } from "../src/core/suggest.ts";
import type { BudgetTarget } from "../src/live/targets.ts";

export default defineLiveRule({
  meta: {
    id: "litellm-budget-exists",
    name: "LitellmBudgetExists",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The budget id does not exist in the LiteLLM proxy",
    details:
      "The platform hands every end user the LiteLLM budget named by the budget-id variable (or the built-in default `default`). LiteLLM answers a lookup of an unknown budget id with an empty list, not an error, so a typo or a budget that was never created goes unnoticed until users are billed without a cap. This check asks the proxy for every effective budget id in one `POST /budget/info` call (admin only: it needs LITELLM_MASTER_KEY) and, when one is missing, lists the budgets that exist and suggests the closest.",
    remediation: "Create the budget in LiteLLM (POST /budget/new) or set the budget-id variable to a budget that exists; a budget not named default must be named in the variable.",
    example: "# LiteLLM has budgets: default, prod-budget\n# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budgte}\n# right\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}",
    fixable: true,
    tags: ["correctness", "litellm", "budget", "live"],
    messages: {
      missing: 'budget "{{id}}" does not exist in LiteLLM{{places}}{{hint}}',
      missingDefault: 'no {{envName}} is set, so the built-in default budget id "{{id}}" applies, and LiteLLM has no budget "{{id}}"{{hint}}; a budget not named "{{id}}" must be named in {{envName}}',
      noDatabase: 'budget "{{id}}" cannot exist: the LiteLLM proxy has no database (readiness reports db "Not connected"), and a proxy without a database cannot have budgets',
    },
  },
  async check({ live, report }) {
    const outcome = await live.budgets();
    if (outcome.status === "none") return;
    if (outcome.status === "inconclusive") {
      live.inconclusive("litellm-budget-exists", outcome.kind, outcome.reason);
      return;
    }
    if (outcome.status === "no-database") {
      for (const target of outcome.targets) report({ messageId: "noDatabase", data: { id: target.shown }, at: target.at, related: target.related });
      return;
    }
    if (outcome.missing.length === 0) return;
    const existing = await live.existingBudgetIds();
    for (const target of outcome.missing) {
      const suggestion = suggest(target, existing);
      const data = { id: target.shown, envName: target.envName, places: places(target), hint: hint(existing, suggestion) };
      // A suggestion, not a fix: another budget changes who pays for what (--fix-type suggestion applies it).
      const fix =
        suggestion !== undefined && !target.isDefault ? { type: "suggestion" as const, edits: [target.at, ...target.related].map((at) => ({ at, kind: "set-string" as const, value: suggestion })) } : undefined;
      report({ messageId: target.isDefault ? "missingDefault" : "missing", data, at: target.at, related: target.related, ...(fix ? { fix } : {}) });
    }
  },
});

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
