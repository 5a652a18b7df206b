import type { Remediation } from "../src/core/types.ts";
import { defineLiveRule } from "../src/live/rule.ts";
import { describeLimits, formatAmount, safeText } from "../src/live/shapes.ts";

export default defineLiveRule({
  meta: {
    id: "litellm-budget-limits",
    name: "LitellmBudgetLimits",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "warning",
    description: "The end-user budget has no hard cap, a zero cap, a soft budget above its cap, or does not reset",
    details:
      "A LiteLLM budget limits end users only through `max_budget`; `soft_budget` merely triggers an alert, so a budget without `max_budget` caps nobody. A `soft_budget` above `max_budget` never alerts before the hard cap stops users. `max_budget: 0` blocks every end user after the first cent (`spend > max` trips at once), and a negative one from the first request (LiteLLM accepts any number): both errors. Without `budget_duration` spend never resets, so users who reach the cap stay blocked (reported as a note). A `budget_duration` without `budget_reset_at` is not on the reset job's schedule (the job selects budgets by `budget_reset_at`; `/budget/update` does not compute it): older releases never reset it, newer ones reset it at once and keep zeroing spend (BerriAI/litellm#22013) — a warning. The limits are read from the same `POST /budget/info` answer as litellm-budget-exists: no extra request.",
    remediation: "Give the budget a max_budget, a soft_budget below it and a budget_duration (POST /budget/update).",
    example: '# LiteLLM budget row, wrong\n{"budget_id": "prod-budget", "max_budget": null, "soft_budget": 200}\n# right\n{"budget_id": "prod-budget", "max_budget": 300, "soft_budget": 200, "budget_duration": "30d"}',
    tags: ["correctness", "litellm", "budget", "live"],
    messages: {
      noMaxBudget: 'budget "{{id}}" has no max_budget, so it caps no end user ({{limits}})',
      softAboveMax: 'budget "{{id}}" has soft_budget {{soft}} above max_budget {{max}}, so the soft-budget alert cannot fire before the hard cap ({{limits}})',
      zeroMax: 'budget "{{id}}" has max_budget 0, so every end user is blocked after the first cent ({{limits}})',
      negativeMax: 'budget "{{id}}" has max_budget {{max}}, below 0, so every end user is blocked from the first request ({{limits}})',
      notScheduled:
        'budget "{{id}}" has budget_duration {{duration}} but no budget_reset_at, so LiteLLM\'s reset job does not reset it on schedule (never on older releases; at once and repeatedly on newer ones, BerriAI/litellm#22013) ({{limits}})',
      noDuration: 'budget "{{id}}" has no budget_duration, so spend never resets and users who reach max_budget {{max}} stay blocked ({{limits}})',
    },
  },
  async check({ live, report }) {
    const outcome = await live.budgets();
    if (outcome.status === "inconclusive") {
      live.inconclusive("litellm-budget-limits", outcome.kind, outcome.reason);
      return;
    }
    // Missing budgets (and a proxy without a database) are litellm-budget-exists findings.
    if (outcome.status !== "ok") return;
    for (const target of outcome.targets) {
      const limits = outcome.found.get(target.id);
      if (!limits) continue;
      const base = { id: target.shown, limits: describeLimits(limits) };
      const update = (text: string, change: Record<string, unknown>): Remediation =>
        target.sensitive ? { text: `${text} (POST /budget/update; the id is held in a Secret, so it is not written here)` } : { text, request: { method: "POST", path: "/budget/update", body: { budget_id: target.id, ...change } } };
      const at = target.at;
      const related = target.related;
      if (limits.maxBudget === null) {
        report({ messageId: "noMaxBudget", data: base, at, related, remediation: update("give the budget the per-user cap you want (10 USD here)", { max_budget: 10 }) });
        continue;
      }
      if (limits.maxBudget < 0) {
        // LiteLLM blocks an end user whose spend is above the cap: 0 > -1 on the first request (pydantic takes any float).
        report({ messageId: "negativeMax", data: { ...base, max: formatAmount(limits.maxBudget) }, at, related, severity: "error", remediation: update("set max_budget to the per-user cap you want (10 USD here)", { max_budget: 10 }) });
        continue;
      }
      if (limits.maxBudget === 0) report({ messageId: "zeroMax", data: base, at, related, severity: "error", remediation: update("raise max_budget to the per-user cap you want (10 USD here)", { max_budget: 10 }) });
      const max = formatAmount(limits.maxBudget);
      if (limits.softBudget !== null && limits.softBudget > limits.maxBudget) {
        const soft = Math.round(limits.maxBudget * 80) / 100;
        report({ messageId: "softAboveMax", data: { ...base, soft: formatAmount(limits.softBudget), max }, at, related, remediation: update("put the soft budget below the cap (80 % here)", { soft_budget: soft }) });
      }
      if (limits.duration === null) report({ messageId: "noDuration", data: { ...base, max }, at, related, severity: "note", remediation: update("give the budget a reset period", { budget_duration: "30d" }) });
      else if (limits.resetAt === null) {
        const nextReset = nextMidnight(live.now);
        report({ messageId: "notScheduled", data: { ...base, duration: safeText(limits.duration, 16) ?? "set" }, at, related, remediation: update("put the budget on the reset schedule (the next reset date here: tomorrow, 00:00 UTC)", { budget_reset_at: nextReset }) });
      }
    }
  },
});

function nextMidnight(now: Date): string {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  return next.toISOString();
}
