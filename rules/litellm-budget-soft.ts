import { defineLiveRule } from "../src/live/rule.ts";
import { describeLimits, formatAmount } from "../src/live/shapes.ts";

export default defineLiveRule({
  meta: {
    id: "litellm-budget-soft",
    name: "LitellmBudgetSoft",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "note",
    description: "The end-user budget carries a soft_budget, which LiteLLM does not apply to end users",
    details:
      "A `soft_budget` on a key or team sends an alert when spend passes it; on end users (customers) LiteLLM's customer endpoints document it as \"[Not Implemented Yet]\" and the end-user budget check reads only `max_budget`, so a soft budget on the end-user budget neither alerts nor limits. It is reported as a note so that nobody counts on it; the hard cap is `max_budget`. Read from the same `POST /budget/info` answer as litellm-budget-exists: no extra request.",
    remediation: "Rely on max_budget for end users; drop soft_budget from the end-user budget or alert on spend elsewhere (POST /budget/update).",
    example: '# LiteLLM budget row for end users\n{"budget_id": "prod-budget", "max_budget": 300, "budget_duration": "30d"}',
    tags: ["litellm", "budget", "live"],
    messages: {
      softIgnored: 'budget "{{id}}" has soft_budget {{soft}}, which LiteLLM does not apply to end users (no alert, no limit); only max_budget caps them ({{limits}})',
    },
  },
  async check({ live, report }) {
    const outcome = await live.budgets();
    if (outcome.status === "inconclusive") {
      live.inconclusive("litellm-budget-soft", outcome.kind, outcome.reason);
      return;
    }
    if (outcome.status !== "ok") return;
    for (const target of outcome.targets) {
      const limits = outcome.found.get(target.id);
      if (limits?.softBudget === null || limits?.softBudget === undefined) continue;
      const text = "drop the soft budget from the end-user budget (it does nothing for end users)";
      const remediation = target.sensitive ? { text } : { text, request: { method: "POST" as const, path: "/budget/update", body: { budget_id: target.id, soft_budget: null } } };
      report({ messageId: "softIgnored", data: { id: target.shown, soft: formatAmount(limits.softBudget), limits: describeLimits(limits) }, at: target.at, related: target.related, remediation });
    }
  },
});
