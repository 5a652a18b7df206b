import { defineLiveRule } from "../src/live/rule.ts";
import { BUDGET_ROW_JOIN_FROM } from "../src/facts/litellm-version.ts";
import type { NodeRef } from "../src/core/source.ts";
import type { Remediation } from "../src/core/types.ts";
import type { IntegrationKeyOutcome } from "../src/live/session.ts";
import { PROXY_KEY_ENV } from "../src/live/targets.ts";
import { describeGates, effectiveGates, KEY_PLACEHOLDER, type DormantRow, type Gate } from "../src/live/key-budget.ts";
import { describeCaps, type Cap } from "../src/live/shapes.ts";

const NOT_FOUND_FIX: Remediation = {
  text: "point LITELLM_API_KEY (or --key-alias) at the key the platform really uses, or create it without a budget for the platform's team",
  request: { method: "POST", path: "/key/generate", body: { key_alias: "codemie-back", team_id: "codemie" } },
};

/** The call that removes the first cap; the message names the others. */
function capFix(caps: Cap[]): Remediation | undefined {
  const fix = caps.find((cap) => cap.fix)?.fix;
  if (!fix) return undefined;
  return caps.length > 1 ? { ...fix, text: `${fix.text}; then the other levels the message names` } : fix;
}

export default defineLiveRule({
  meta: {
    id: "litellm-key-unlimited",
    name: "LitellmKeyUnlimited",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The platform's integration key has a budget cap, or cannot be used",
    details:
      "All LLM traffic of the platform runs on one integration key (CodeMie: alias codemie-back, a key of team codemie), so its effective budget must be unlimited: per-user limits come from the end-user budgets (LITELLM_BUDGET_ID and budgets-config), not from this key. A max_budget at any level that applies to the key — the key itself (0 included), its linked budget row, per-model or windowed budgets, its team, its team membership, its user (keys without a team) or its organization — cuts off the whole platform when it is spent: every LLM call of every user fails until the period resets. A key that silently inherits a team cap breaks production. A soft budget alone is not a cap (it only alerts) and is fine, while rate limits on the key's path (`tpm_limit`, `rpm_limit`, `max_parallel_requests` on the key, its budget row or its team, `model_rpm_limit`/`model_tpm_limit`/`model_max_parallel_requests` in their metadata, `tpm_limit`/`rpm_limit`/`max_parallel_requests` of its user, and `tpm_limit`/`rpm_limit` of its team membership's budget row and its organization's budget row) are warnings naming the effective limit — the key's own value, else its budget row's, with every other level a counter of its own, the strictest winning — and where it comes from, since all platform traffic shares them. A linked budget row caps the key only on proxies whose key lookup joins the budget table (1.56.2 on, BerriAI/litellm#7429): before that it is a warning (it will cap after an upgrade), with the version unknown an error that says so. On a team key a user budget applies only in some LiteLLM configurations, so it is a warning. A blocked or expired key is an error too, since every call with it fails. The check follows the key's links with the fewest requests (team, user and organization lookups only when linked, in parallel) and never passes a key when a lookup that could have found a cap failed.",
    remediation:
      "Remove the max_budget at the level that caps the integration key (POST /team/update or /key/update with \"max_budget\": null, or drop the linked budget row), and unblock or renew the key when it is blocked or expired.",
    example:
      "# LiteLLM: remove the cap that the integration key inherits from its team\ncurl -X POST $LITELLM_URL/team/update -H \"Authorization: Bearer $LITELLM_MASTER_KEY\" \\\n  -H 'Content-Type: application/json' -d '{\"team_id\": \"codemie\", \"max_budget\": null}'\n# per-user limits belong in the end-user budget (LITELLM_BUDGET_ID), not on this key",
    tags: ["security", "cost", "litellm", "live"],
    securitySeverity: "6.5",
    messages: {
      limited: "{{keyName}} {{key}} is capped by {{caps}}; when {{which}} is spent, every LLM call of the platform fails",
      userCapOnTeamKey:
        "{{keyName}} {{key}} may be capped by {{level}}: {{amount}}; LiteLLM applies a user budget to a team key only in some configurations, and when it applies and is spent every LLM call of the platform fails",
      blocked: "{{keyName}} {{key}} is blocked{{by}}, so every LLM call with it fails",
      expired: "{{keyName}} {{key}} expired ({{when}}), so every LLM call with it fails",
      notFound: "the {{keyName}} {{key}} does not exist in LiteLLM",
      aliasNotFound: "no LiteLLM key has the alias {{key}}",
      rateLimited:
        "{{keyName}} {{key}} is rate-limited: {{limits}}; all LLM traffic of the platform shares these limits, so every user is throttled when they are reached",
      dormantBudgetRow:
        "{{keyName}} {{key}} links {{level}} ({{amount}}); LiteLLM {{version}} does not apply a key's budget row (its key lookup joins the budget table only from {{from}} on), so the row caps nothing today, but it will cap the platform after an upgrade",
      aliasAmbiguous: "{{count}} LiteLLM keys have the alias {{key}}; give LITELLM_API_KEY or a unique --key-alias",
    },
  },
  async check({ live, report }) {
    judge(await live.integrationKey(), live.anchor, "integration key");
    // CodeMie's second platform key (coding agents), when the values set it.
    const proxy = await live.proxyKey();
    if (proxy) judge(proxy.outcome, proxy.at, `coding-agent key (${PROXY_KEY_ENV})`);

    function judge(outcome: IntegrationKeyOutcome, at: NodeRef, keyName: string): void {
      const reportGates = (found: { key: string; gates: Gate[] }): void => {
        const effective = effectiveGates(found.gates);
        if (effective.length === 0) return;
        report({ messageId: "rateLimited", data: { keyName, key: found.key, limits: describeGates(effective) }, at, severity: "warning", remediation: effective[0]!.fix });
      };
      const reportDormant = (found: { key: string; dormant?: DormantRow }): void => {
        if (!found.dormant) return;
        const data = { keyName, key: found.key, level: found.dormant.cap.level, amount: found.dormant.cap.amount, version: found.dormant.version, from: BUDGET_ROW_JOIN_FROM };
        const remediation = { text: "unlink the budget row before an upgrade makes it cap the platform (replace the key placeholder)", request: { method: "POST" as const, path: "/key/update", body: { key: KEY_PLACEHOLDER, budget_id: null } } };
        report({ messageId: "dormantBudgetRow", data, at, severity: "warning", remediation });
      };
      switch (outcome.status) {
        case "unverified":
          live.inconclusive("litellm-key-unlimited", outcome.kind, outcome.reason);
          return;
        case "inconclusive":
          live.inconclusive("litellm-key-unlimited", "incomplete", `${keyName} ${outcome.key}: ${outcome.reason}`);
          return;
        case "limited":
          reportDormant(outcome);
          report({ messageId: "limited", data: { keyName, key: outcome.key, caps: describeCaps(outcome.caps), which: outcome.caps.length === 1 ? "that" : "any of these" }, at, remediation: capFix(outcome.caps) });
          reportGates(outcome);
          for (const note of outcome.notes) live.notice(`${keyName} ${outcome.key}: ${note}`);
          return;
        case "unlimited":
          reportDormant(outcome);
          reportGates(outcome);
          for (const note of outcome.notes) live.notice(`${keyName} ${outcome.key}: ${note}`);
          if (outcome.userCap) report({ messageId: "userCapOnTeamKey", data: { keyName, key: outcome.key, level: outcome.userCap.level, amount: outcome.userCap.amount }, at, severity: "warning", remediation: capFix([outcome.userCap]) });
          return;
        case "blocked":
          report({ messageId: "blocked", data: { keyName, key: outcome.key, by: outcome.by ? ` by ${outcome.by}` : "" }, at, remediation: { text: "unblock the key (replace the key placeholder; a blocked team: POST /team/unblock)", request: { method: "POST", path: "/key/unblock", body: { key: KEY_PLACEHOLDER } } } });
          return;
        case "expired":
          report({ messageId: "expired", data: { keyName, key: outcome.key, when: outcome.when }, at, remediation: { text: "clear the key's expiry (replace the key placeholder), or generate a new key and update the platform's Secret", request: { method: "POST", path: "/key/update", body: { key: KEY_PLACEHOLDER, duration: null } } } });
          return;
        case "not-found":
          report({ messageId: outcome.how === "alias" ? "aliasNotFound" : "notFound", data: { keyName, key: outcome.key }, at, remediation: NOT_FOUND_FIX });
          return;
        case "ambiguous":
          report({ messageId: "aliasAmbiguous", data: { keyName, key: outcome.key, count: outcome.count }, at, remediation: { text: "give the platform's key a unique alias (POST /key/update with key_alias), or set LITELLM_API_KEY instead of --key-alias" } });
          return;
      }
    }
  },
});
