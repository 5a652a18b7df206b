import { defineLiveRule } from "../src/live/rule.ts";
import { formatAmount, num, row, safeText, str } from "../src/live/shapes.ts";
import { saysNotFound } from "../src/live/client.ts";

/** The user row LiteLLM keeps for litellm_settings.max_budget (proxy_server.py litellm_proxy_budget_name). */
export const PROXY_BUDGET_USER = "litellm-proxy-budget";

/** Said once per live run without the LiteLLM chart's values. */
export const END_USER_SETTINGS_NOTICE =
  "LiteLLM's API does not expose litellm_settings.disable_end_user_cost_tracking, max_end_user_budget_id or max_end_user_budget (not in /get/config/callbacks, /config/list, /config/field/info): lint the LiteLLM chart's values (--litellm-values) to check them";

export default defineLiveRule({
  meta: {
    id: "litellm-global-budget",
    name: "LitellmGlobalBudget",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The proxy has a global budget, which cuts off the platform's integration key when it is spent",
    details:
      "`litellm_settings.max_budget` is a budget for the whole proxy: when it is spent LiteLLM refuses every LLM route (`_global_proxy_budget_check`), the platform's integration key included, so the promise that the integration key is never interrupted breaks. LiteLLM tracks it in a user row named `litellm-proxy-budget`, which this check reads with `GET /user/info?user_id=litellm-proxy-budget` (master key; one request; skipped without a database). No such row means no global budget on releases that keep the row; releases that do not are not told apart (unverified), so a missing row passes. From the LiteLLM chart's values the same setting is `litellm-proxy-settings`. The end-user settings (`disable_end_user_cost_tracking`, `max_end_user_budget_id`, `max_end_user_budget`) are not exposed by any LiteLLM endpoint (`/get/config/callbacks` returns callbacks, alerts and router settings; `/config/list` and `/config/field/info` only a few `general_settings`), so without the LiteLLM chart's values the report's notices say they were not checked.",
    remediation: "Remove litellm_settings.max_budget from the proxy's config and cap end users with their own budgets and max_end_user_budget_id.",
    example: "# LiteLLM config.yaml (the chart's proxy_config)\nlitellm_settings:\n  max_end_user_budget_id: default   # per-user caps, not a global one",
    tags: ["cost", "litellm", "budget", "live"],
    messages: {
      globalBudget: "the proxy has a global budget of {{amount}}{{period}} (litellm_settings.max_budget, read live from its litellm-proxy-budget row, spent {{spend}}): when it is spent LiteLLM refuses every LLM call, the platform's integration key included",
    },
  },
  async check({ model, live, report }) {
    // No LiteLLM endpoint returns these settings (docs/live.md): only the chart's values show them.
    if (!model.litellm) live.notice(END_USER_SETTINGS_NOTICE);
    if (!live.client.has("master") || live.readiness?.db === "none" || live.readiness?.db === "disconnected") return;
    const result = await live.client.call({ method: "GET", path: "/user/info", query: { user_id: PROXY_BUDGET_USER }, credential: "master" });
    if (!result.ok) {
      // LiteLLM's "user not found": no global budget row. Anything else leaves the question open.
      if (!saysNotFound(result.failure)) live.inconclusive("litellm-global-budget", "incomplete", result.failure.reason);
      return;
    }
    const user = row(row(result.data)?.user_info);
    const max = user ? num(user.max_budget) : null;
    if (!user || max === null || max <= 0) return;
    const duration = str(user.budget_duration);
    const data = {
      amount: formatAmount(max),
      period: duration ? ` per ${safeText(duration, 16) ?? "period"}` : "",
      spend: formatAmount(num(user.spend) ?? 0),
    };
    report({ messageId: "globalBudget", data, at: live.anchor, remediation: { text: "remove the global budget from the proxy's config (the LiteLLM chart's proxy_config) and restart it", config: "proxy_config.litellm_settings.max_budget: null" } });
  },
});
