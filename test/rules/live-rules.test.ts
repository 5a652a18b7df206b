/** Every live rule outcome (pass, fail, inconclusive) over real HTTP against the fake proxy, both flavors. */
import { END_USER_SETTINGS_NOTICE } from "../../rules/litellm-global-budget.ts";
import { rules } from "../../rules/registry.ts";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { jsonText } from "../../src/format/json.ts";
import { formatSarif } from "../../src/format/sarif.ts";
import { stylishText } from "../../src/format/stylish.ts";
import { readFixture, type FakeStateInput, type Flavor } from "../../tools/fakes/litellm/server.ts";
import { APP, fake, lintLive, liveFindings, manifestsText, MASTER, summary, valuesText } from "../support/live.ts";
import { wholeText } from "../../src/format/common.ts";

const formatJson = (...args: Parameters<typeof jsonText>): string => wholeText(jsonText(...args));
const formatStylish = (...args: Parameters<typeof stylishText>): string => wholeText(stylishText(...args));

const CONSEQUENCE =
  "; creating an end user with it fails on the database's foreign key (POST /customer/new answers 500), and LiteLLM then creates the end user on its first request without a budget: uncapped unless litellm_settings.max_end_user_budget_id is set";

function demoWith(change: (state: FakeStateInput) => void, fixture = "demo"): FakeStateInput {
  const state = structuredClone(readFixture(fixture));
  change(state);
  return state;
}

const FLAVORS: Flavor[] = ["new", "old"];

describe.each(FLAVORS)("live rules on the %s proxy flavor", (flavor) => {
  describe("litellm-budget-exists", () => {
    it("passes when the budget exists, in one POST /budget/info", async () => {
      const server = await fake({ fixture: "demo", flavor });
      const result = await lintLive({ url: server.url });
      expect(summary(result)).toEqual([]);
      expect(result.live.status).toBe("passed");
      expect(result.live.litellmVersion).toBe(flavor === "new" ? "1.80.12" : "1.80.12");
      expect(server.count("/budget/info")).toBe(1);
      expect(server.requests.find((r) => r.path === "/budget/info")?.json).toEqual({ budgets: ["default"] });
      expect(server.count("/budget/list")).toBe(0);
    });

    it("fails for a missing id, pointing at the values line, with a did-you-mean", async () => {
      const server = await fake({ fixture: "demo", flavor });
      const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: valuesText("prod-budgt") }] });
      const [finding] = liveFindings(result, "litellm-budget-exists");
      expect(finding?.messageId).toBe("missing");
      expect(finding?.message).toBe('budget "prod-budgt" does not exist in LiteLLM; did you mean "prod-budget"?' + CONSEQUENCE);
      expect(finding?.location).toMatchObject({ file: "values.yaml", start: { line: 7, column: 40 } });
      expect(result.live.status).toBe("failed");
      expect(server.count("/budget/list")).toBe(1);
    });

    it("lists the existing budgets when nothing is close", async () => {
      const server = await fake({ fixture: "demo", flavor });
      const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: valuesText("totally-unrelated-name") }] });
      expect(liveFindings(result, "litellm-budget-exists")[0]?.message).toBe('budget "totally-unrelated-name" does not exist in LiteLLM; existing budgets: "default", "prod-budget"' + CONSEQUENCE);
    });

    it("says when the built-in default id is missing, and points at the values file", async () => {
      const state = demoWith((s) => {
        s.budgets = s.budgets?.filter((b) => b.budget_id !== "default");
      });
      const server = await fake({ state, flavor });
      const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: valuesText(null) }] });
      const [finding] = liveFindings(result, "litellm-budget-exists");
      expect(finding?.messageId).toBe("missingDefault");
      expect(finding?.message).toContain('the built-in default budget id "default" applies');
      expect(finding?.message).toContain('a budget not named "default" must be named in LITELLM_BUDGET_ID');
      expect(finding?.location).toMatchObject({ file: "values.yaml", start: { line: 1, column: 1 } });
    });

    it("says that a proxy without a database cannot have budgets", async () => {
      const server = await fake({ fixture: "no-db", flavor });
      const result = await lintLive({ url: server.url });
      expect(summary(result).sort()).toEqual(["litellm-budget-exists/noDatabase/error", "litellm-unverified/incomplete/warning"]);
      expect(liveFindings(result, "litellm-budget-exists")[0]?.message).toContain("a proxy without a database cannot have budgets");
      expect(server.count("/budget/info")).toBe(0);
      expect(result.live.status).toBe("failed");
    });

    it("is unverified without the master key, naming it", async () => {
      const server = await fake({ fixture: "demo", flavor });
      const result = await lintLive({ url: server.url, master: null });
      const unverified = liveFindings(result, "litellm-unverified");
      expect(unverified.map((f) => f.message)).toEqual([
        "litellm-budget-exists, litellm-budget-limits, litellm-budget-soft not checked: set LITELLM_MASTER_KEY (an admin key): budgets can be read only by a proxy admin",
      ]);
      expect(server.count("/budget/info")).toBe(0);
      // The key check still runs with the integration key alone (self lookup, then its team).
      expect(server.count("/key/info")).toBe(1);
      expect(result.live.status).toBe("inconclusive");
    });

    it("is inconclusive when the master key is rejected (401)", async () => {
      const server = await fake({ fixture: "demo", flavor });
      const result = await lintLive({ url: server.url, master: "sk-wrong-master-key-123" });
      const messages = liveFindings(result, "litellm-unverified").map((f) => f.message);
      expect(messages).toContain(
        "litellm-budget-exists, litellm-budget-limits, litellm-budget-soft could not be completed: POST /budget/info: HTTP 401 (token_not_found_in_db): LITELLM_MASTER_KEY was rejected or is not an admin key",
      );
      expect(result.live.status).toBe("inconclusive");
    });
  });

  describe("litellm-budget-limits", () => {
    it("passes a budget with max, soft below max and a duration", async () => {
      const server = await fake({ fixture: "demo", flavor });
      expect(liveFindings(await lintLive({ url: server.url }), "litellm-budget-limits")).toEqual([]);
    });

    it("warns about a soft-only budget and shows its limits", async () => {
      const server = await fake({ fixture: "soft-only-budget", flavor });
      const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: valuesText("key-soft-only") }] });
      const [finding] = liveFindings(result, "litellm-budget-limits");
      expect(finding?.severity).toBe("warning");
      expect(finding?.message).toBe('budget "key-soft-only" has no max_budget, so it caps no end user (max_budget none, soft_budget 50, budget_duration none)');
    });

    it("warns when soft_budget is above max_budget, notes a missing duration", async () => {
      const state = demoWith((s) => {
        s.budgets?.push({ budget_id: "odd", max_budget: 100, soft_budget: 150, budget_duration: null, tpm_limit: 1000 });
      });
      const server = await fake({ state, flavor });
      const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: valuesText("odd") }] });
      expect(summary(result)).toEqual(["litellm-budget-limits/softAboveMax/warning", "litellm-budget-limits/noDuration/note"]);
      expect(liveFindings(result)[0]?.message).toBe(
        'budget "odd" has soft_budget 150 above max_budget 100, so the soft-budget alert cannot fire before the hard cap (max_budget 100, soft_budget 150, budget_duration none, tpm_limit 1000)',
      );
      // Warnings and notes do not fail the live status.
      expect(result.live.status).toBe("passed");
    });

    it("honours a configured severity over the note level", async () => {
      const state = demoWith((s) => {
        s.budgets?.push({ budget_id: "no-reset", max_budget: 100, soft_budget: null, budget_duration: null });
      });
      const server = await fake({ state, flavor });
      const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: valuesText("no-reset") }], severities: { "litellm-budget-limits": "error" } });
      expect(summary(result)).toEqual(["litellm-budget-limits/noDuration/error"]);
      expect(result.live.status).toBe("failed");
    });
  });

  describe("litellm-key-unlimited", () => {
    it("passes the demo's unlimited team key, looked up by its SHA-256", async () => {
      const server = await fake({ fixture: "demo", flavor });
      const result = await lintLive({ url: server.url });
      expect(summary(result)).toEqual([]);
      expect(result.live.status).toBe("passed");
      expect(server.count("/team/info")).toBe(1);
      // The key is looked up by its SHA-256, never by the raw key.
      const keyInfo = server.requests.find((r) => r.path === "/key/info");
      expect(keyInfo?.query.key).toMatch(/^[0-9a-f]{64}$/);
      expect(keyInfo?.url).not.toContain(APP);
      expect(keyInfo?.headers.authorization).toBe(`Bearer ${MASTER}`);
    });

    it("fails for a key capped by its team, naming the team and the amount, at LITE_LLM_APP_KEY", async () => {
      const server = await fake({ fixture: "capped-team", flavor });
      const result = await lintLive({ url: server.url });
      expect(summary(result)).toEqual(["litellm-key-unlimited/limited/error"]);
      const [finding] = liveFindings(result, "litellm-key-unlimited");
      expect(finding?.message).toBe('integration key "codemie-back" is capped by team "codemie": max_budget 500 per 30d; when that is spent, every LLM call of the platform fails');
      expect(finding?.location).toMatchObject({ file: "values.yaml", start: { line: 4, column: 13 } });
      expect(result.live.status).toBe("failed");
    });

    const limited: [string, string][] = [
      ["capped-team", 'team "codemie": max_budget 500 per 30d; when that is spent'],
      ["key-cap", "key: max_budget 0 (never resets); when that is spent"],
      ["key-budget-row", 'budget row "prod-budget": max_budget 300 per 30d; when that is spent'],
      ["key-model-budget", "key: per-model budgets (model_max_budget) for 1 model; when that is spent"],
      [
        "team-member-budget",
        'team member "svc-codemie" of team "codemie": max_budget 5 per 30d; when that is spent',
      ],
      ["user-cap", 'user "svc-codemie": max_budget 40 per 30d; when that is spent'],
      ["org-cap", 'organization "acme": max_budget 1000 per 30d; when that is spent'],
    ];
    it.each(limited)("fails with one error when %s caps the key", async (fixture, caps) => {
      const server = await fake({ fixture, flavor });
      const result = await lintLive({ url: server.url });
      expect(summary(result)).toEqual(["litellm-key-unlimited/limited/error"]);
      expect(liveFindings(result, "litellm-key-unlimited")[0]?.message).toBe(`integration key "codemie-back" is capped by ${caps}, every LLM call of the platform fails`);
      expect(result.live.status).toBe("failed");
    });

    it("takes a user's per-model and windowed budgets for caps of a personal key, as newer proxies enforce them", async () => {
      for (const [change, cap] of [
        [{ model_max_budget: { "gpt-4o": { budget_limit: 5, time_period: "1d" } } }, 'user "svc-codemie": per-model budgets (model_max_budget) for 1 model'],
        [{ budget_limits: [{ max_budget: 10, budget_duration: "1d" }] }, 'user "svc-codemie": windowed budgets (budget_limits) 10 per 1d'],
      ] as const) {
        const state = demoWith((state) => Object.assign((state.users as Record<string, unknown>[])[0]!, { max_budget: null, ...change }), "user-cap");
        const result = await lintLive({ url: (await fake({ state, flavor })).url });
        expect(summary(result)).toEqual(["litellm-key-unlimited/limited/error"]);
        expect(liveFindings(result, "litellm-key-unlimited")[0]?.message).toBe(`integration key "codemie-back" is capped by ${cap}; when that is spent, every LLM call of the platform fails`);
      }
    });

    it("applies the team's default member budget only to a member without a budget row of its own, as LiteLLM does", async () => {
      // The membership's own row has no max_budget: LiteLLM's _check_team_member_budget takes it and caps nothing.
      const uncapped = await fake({ state: demoWith((state) => ((state.budgets as Record<string, unknown>[]).find((b) => b.budget_id === "b-svc-codemie")!.max_budget = null), "team-member-budget"), flavor });
      expect(summary(await lintLive({ url: uncapped.url }))).toEqual([]);
      // No row of its own: the team's default (b-members, max 10) applies.
      const defaulted = await fake({ state: demoWith((state) => delete (state.teamMemberships as Record<string, unknown>[])[0]!.budget_id, "team-member-budget"), flavor });
      expect(liveFindings(await lintLive({ url: defaulted.url }), "litellm-key-unlimited")[0]?.message).toContain('team "codemie"\'s member budget "b-members": max_budget 10 per 30d');
    });

    it("prints no fix that would copy the team's or the key's metadata, where LiteLLM keeps callback credentials", async () => {
      const secret = "lsv2_pt_leakcheck_0123456789abcdef";
      const state = demoWith((state) => {
        const team = (state.teams as Record<string, unknown>[])[0]!;
        team.metadata = { ...(team.metadata as object), callback_settings: { callback_vars: { langsmith_api_key: secret } } };
        const key = (state.keys as Record<string, unknown>[])[0]!;
        key.metadata = { model_tpm_limit: { "gpt-4o": 1000 }, logging: [{ callback_name: "langsmith", callback_vars: { langsmith_api_key: secret } }] };
      }, "team-member-budget");
      const result = await lintLive({ url: (await fake({ state, flavor })).url });
      expect(summary(result)).toContain("litellm-key-unlimited/limited/error");
      const tool = { name: "litellm-preflight", version: "0" };
      for (const text of [formatJson(result, tool), formatStylish(result, { color: false, quiet: false }), formatSarif(result, { rules, tool, root: "/", cwd: "/", category: "x" })]) expect(text).not.toContain(secret);
    });

    it("stops at a cap on the key itself: no team lookup", async () => {
      const server = await fake({ fixture: "key-cap", flavor });
      await lintLive({ url: server.url });
      expect(server.count("/team/info")).toBe(0);
    });

    it("follows budget_id with /budget/info only on proxies that do not include the row", async () => {
      const server = await fake({ fixture: "key-budget-row", flavor });
      await lintLive({ url: server.url, values: [{ name: "values.yaml", text: valuesText("default") }] });
      expect(server.count("/budget/info")).toBe(flavor === "old" ? 2 : 1);
    });

    it("fails with windowed budgets (budget_limits) where the proxy has them", async () => {
      const server = await fake({ fixture: "key-budget-limits", flavor });
      const result = await lintLive({ url: server.url });
      if (flavor === "new") {
        expect(summary(result)).toEqual(["litellm-key-unlimited/limited/error"]);
        expect(liveFindings(result, "litellm-key-unlimited")[0]?.message).toBe(
          'integration key "codemie-back" is capped by key: windowed budgets (budget_limits) 10 per 1d; when that is spent, every LLM call of the platform fails',
        );
        expect(result.live.status).toBe("failed");
      } else {
        // Older proxies have no budget_limits column: the key is unlimited there.
        expect(summary(result)).toEqual([]);
        expect(result.live.status).toBe("passed");
      }
    });

    it("does not take a soft-budget-only row for a cap: the key passes", async () => {
      const server = await fake({ fixture: "soft-only-budget", flavor });
      const result = await lintLive({ url: server.url });
      expect(liveFindings(result, "litellm-key-unlimited")).toEqual([]);
      expect(result.live.status).toBe("passed");
      // The row was read (included on newer proxies, fetched on older ones), not skipped.
      expect(server.count("/budget/info")).toBe(flavor === "old" ? 2 : 1);
    });

    it("warns about rate limits on the key's path, naming the effective limit and its source", async () => {
      const state = demoWith((s) => {
        s.keys![0]!.rpm_limit = 600;
        s.teams![0]!.tpm_limit = 100000;
        s.teams![0]!.rpm_limit = 100;
      });
      const server = await fake({ state, flavor });
      const result = await lintLive({ url: server.url });
      expect(summary(result)).toEqual(["litellm-key-unlimited/rateLimited/warning"]);
      const [finding] = liveFindings(result);
      expect(finding?.message).toBe(
        'integration key "codemie-back" is rate-limited: tpm_limit 100000 (from team "codemie"), rpm_limit 100 (from team "codemie"); all LLM traffic of the platform shares these limits, so every user is throttled when they are reached',
      );
      expect(finding?.remediation?.request).toEqual({ method: "POST", path: "/team/update", body: { team_id: "codemie", tpm_limit: null } });
      expect(result.live.status).toBe("passed");
    });

    it("takes the key's own limit over its budget row's, and lists per-model limits", async () => {
      const state = demoWith((s) => {
        s.keys![0]!.rpm_limit = 600;
        s.keys![0]!.metadata = { model_rpm_limit: { "gpt-4o": 10 } };
        s.keys![0]!.budget_id = "tier";
        s.budgets!.push({ budget_id: "tier", max_budget: null, rpm_limit: 5, tpm_limit: 2000, budget_duration: null });
      });
      const server = await fake({ state, flavor });
      const result = await lintLive({ url: server.url });
      expect(liveFindings(result)[0]?.message).toContain(
        'is rate-limited: tpm_limit 2000 (from budget row "tier"), rpm_limit 600 (from key), model_rpm_limit gpt-4o 10 (from key);',
      );
    });

    it("warns about rate limits of the key's team membership, user and organization, the strictest of each kind", async () => {
      const server = await fake({ fixture: "path-rate-limits", flavor });
      const result = await lintLive({ url: server.url });
      expect(summary(result)).toEqual(["litellm-key-unlimited/rateLimited/warning"]);
      const [finding] = liveFindings(result);
      expect(finding?.message).toBe(
        'integration key "codemie-back" is rate-limited: tpm_limit 50000 (from user "svc-codemie"), rpm_limit 20 (from organization "acme"); all LLM traffic of the platform shares these limits, so every user is throttled when they are reached',
      );
      expect(finding?.remediation?.request).toEqual({ method: "POST", path: "/user/update", body: { user_id: "svc-codemie", tpm_limit: null } });
      expect(result.live.status).toBe("passed");
    });

    it("names a team membership's rate limit and removes it from the membership's budget row", async () => {
      const state = demoWith((s) => {
        s.keys![0]!.user_id = "svc";
        s.users = [{ user_id: "svc", user_role: "internal_user" }];
        s.teamMemberships = [{ user_id: "svc", team_id: "codemie", spend: 0, budget_id: "b-svc" }];
        s.budgets!.push({ budget_id: "b-svc", max_budget: null, rpm_limit: 30, max_parallel_requests: 2, budget_duration: null });
      });
      const server = await fake({ state, flavor });
      const result = await lintLive({ url: server.url });
      expect(summary(result)).toEqual(["litellm-key-unlimited/rateLimited/warning"]);
      const [finding] = liveFindings(result);
      // LiteLLM reads only tpm/rpm of a membership's row (team_member_*_limit), not max_parallel_requests.
      expect(finding?.message).toContain('is rate-limited: rpm_limit 30 (from team member "svc" of team "codemie");');
      expect(finding?.remediation).toEqual({
        text: 'remove the rpm_limit of budget row "b-svc" of team member "svc" of team "codemie"',
        request: { method: "POST", path: "/budget/update", body: { budget_id: "b-svc", rpm_limit: null } },
      });
    });

    it("names the user's parallel-request limit and per-model parallel limits in the key's metadata", async () => {
      const state = demoWith((s) => {
        s.keys![0]!.user_id = "svc";
        s.keys![0]!.metadata = { model_max_parallel_requests: { "gpt-4o": 2 } };
        s.users = [{ user_id: "svc", user_role: "internal_user", max_parallel_requests: 4 }];
      });
      const server = await fake({ state, flavor });
      const result = await lintLive({ url: server.url });
      expect(summary(result)).toEqual(["litellm-key-unlimited/rateLimited/warning"]);
      const [finding] = liveFindings(result);
      expect(finding?.message).toContain('max_parallel_requests 4 (from user "svc")');
      expect(finding?.message).toContain("model_max_parallel_requests gpt-4o 2 (from key)");
    });

    it("takes no user windows (budget_limits) for a possible cap of a team key: LiteLLM never applies them there", async () => {
      const state = demoWith((s) => {
        s.keys![0]!.user_id = "svc";
        s.users = [{ user_id: "svc", user_role: "internal_user", budget_limits: [{ max_budget: 10, budget_duration: "1d" }] }];
      });
      const result = await lintLive({ url: (await fake({ state, flavor })).url });
      expect(summary(result)).toEqual([]);
    });

    it("warns only when a user cap is all that may limit a team key", async () => {
      const state = demoWith((s) => {
        s.keys![0]!.user_id = "svc";
        s.users = [{ user_id: "svc", user_role: "internal_user", max_budget: 7 }];
      });
      const server = await fake({ state, flavor });
      const result = await lintLive({ url: server.url });
      expect(summary(result)).toEqual(["litellm-key-unlimited/userCapOnTeamKey/warning"]);
      expect(liveFindings(result)[0]?.message).toBe(
        'integration key "codemie-back" may be capped by user "svc": max_budget 7 (never resets); LiteLLM applies a user budget to a team key only in some configurations, and when it applies and is spent every LLM call of the platform fails',
      );
      // A warning does not fail the live status.
      expect(result.live.status).toBe("passed");
      expect(server.count("/team/info")).toBe(1);
      // The key's user, and the global-budget row.
      expect(server.count("/user/info")).toBe(2);
    });

    it("reports a blocked key (master key reads the row)", async () => {
      const server = await fake({ fixture: "blocked-key", flavor });
      const result = await lintLive({ url: server.url });
      expect(liveFindings(result, "litellm-key-unlimited")[0]?.message).toBe('integration key "codemie-back" is blocked, so every LLM call with it fails');
    });

    it("reports a blocked key from the key's own 401 (no master key)", async () => {
      const server = await fake({ fixture: "blocked-key", flavor });
      const result = await lintLive({ url: server.url, master: null });
      expect(liveFindings(result, "litellm-key-unlimited")[0]?.messageId).toBe("blocked");
    });

    it("reports an expired key, with and without the master key", async () => {
      const server = await fake({ fixture: "expired-key", flavor });
      const withMaster = await lintLive({ url: server.url });
      expect(liveFindings(withMaster, "litellm-key-unlimited")[0]?.message).toBe('integration key "codemie-back" expired (2020-01-01T00:00:00+00:00), so every LLM call with it fails');
      const withoutMaster = await lintLive({ url: server.url, master: null });
      expect(liveFindings(withoutMaster, "litellm-key-unlimited")[0]?.messageId).toBe("expired");
    });

    it("reports an unknown integration key, with and without the master key", async () => {
      const server = await fake({ fixture: "demo", flavor });
      const withMaster = await lintLive({ url: server.url, api: "sk-not-a-real-key-9999" });
      expect(summary(withMaster)).toEqual(["litellm-key-unlimited/notFound/error"]);
      const withoutMaster = await lintLive({ url: server.url, api: "sk-not-a-real-key-9999", master: null });
      expect(summary(withoutMaster)).toContain("litellm-key-unlimited/notFound/error");
    });

    it("works with the integration key alone (self lookup, then its team)", async () => {
      const server = await fake({ fixture: "demo", flavor });
      const result = await lintLive({ url: server.url, master: null });
      expect(liveFindings(result, "litellm-key-unlimited")).toEqual([]);
      const self = server.requests.find((r) => r.path === "/key/info");
      expect(self?.query).toEqual({});
      expect(self?.headers.authorization).toBe(`Bearer ${APP}`);
      expect(server.count("/team/info")).toBe(1);
      // The budget checks need the master key: inconclusive, not passed.
      expect(result.live.status).toBe("inconclusive");
    });

    it("finds the team's cap with the integration key alone", async () => {
      const server = await fake({ fixture: "capped-team", flavor });
      const result = await lintLive({ url: server.url, master: null });
      expect(liveFindings(result, "litellm-key-unlimited").map((f) => `${f.messageId}/${f.severity}`)).toEqual(["limited/error"]);
      expect(result.live.status).toBe("failed");
    });

    it("is inconclusive, not passed, when a linked lookup the key cannot do fails", async () => {
      // Only the integration key: the organization endpoint is admin-only.
      const server = await fake({ fixture: "org-cap", flavor });
      const result = await lintLive({ url: server.url, master: null });
      expect(liveFindings(result, "litellm-key-unlimited")).toEqual([]);
      const messages = liveFindings(result, "litellm-unverified").map((f) => f.message);
      expect(messages.some((m) => m.startsWith('litellm-key-unlimited could not be completed: integration key "codemie-back": ') && m.includes("LITELLM_API_KEY"))).toBe(true);
      expect(result.live.status).toBe("inconclusive");
    });

    describe("by alias", () => {
      it.runIf(flavor === "new")("finds the key by alias with the master key", async () => {
        const server = await fake({ fixture: "demo", flavor });
        const result = await lintLive({ url: server.url, api: null, alias: "codemie-back" });
        expect(summary(result)).toEqual([]);
        expect(server.requests.find((r) => r.path === "/key/list")?.query).toEqual({ key_alias: "codemie-back", return_full_object: "true", size: "2" });
      });

      it.runIf(flavor === "old")("says that a mid-2024 proxy has no /key/list and names the way out", async () => {
        const server = await fake({ fixture: "demo", flavor });
        const result = await lintLive({ url: server.url, api: null, alias: "codemie-back" });
        expect(summary(result)).toEqual(["litellm-unverified/incomplete/warning"]);
        expect(liveFindings(result, "litellm-unverified")[0]?.message).toContain("this proxy has no GET /key/list (mid-2024 releases), so keys cannot be found by alias: set LITELLM_API_KEY instead of --key-alias");
      });

      it.runIf(flavor === "new")("reports an alias that matches no key", async () => {
        const server = await fake({ fixture: "demo", flavor });
        const result = await lintLive({ url: server.url, api: null, alias: "nobody" });
        expect(liveFindings(result, "litellm-key-unlimited")[0]?.message).toBe('no LiteLLM key has the alias "nobody"');
      });

      it.runIf(flavor === "new")("reports an ambiguous alias instead of guessing", async () => {
        const server = await fake({ fixture: "ambiguous-alias", flavor });
        const result = await lintLive({ url: server.url, api: null, alias: "codemie-back" });
        expect(liveFindings(result, "litellm-key-unlimited")[0]?.message).toBe('2 LiteLLM keys have the alias "codemie-back"; give LITELLM_API_KEY or a unique --key-alias');
        expect(server.count("/key/info")).toBe(0);
      });

      it("needs the master key", async () => {
        const server = await fake({ fixture: "demo", flavor });
        const result = await lintLive({ url: server.url, api: null, master: null, alias: "codemie-back" });
        expect(liveFindings(result, "litellm-unverified").map((f) => f.message)).toContain(
          "litellm-key-unlimited not checked: --key-alias needs LITELLM_MASTER_KEY (keys are listed by alias only for admins), or set LITELLM_API_KEY instead",
        );
        expect(server.requests.map((r) => r.path)).toEqual(["/health/readiness"]);
      });
    });

    it("is unverified without LITELLM_API_KEY and --key-alias, naming both", async () => {
      const server = await fake({ fixture: "demo", flavor });
      const result = await lintLive({ url: server.url, api: null });
      expect(liveFindings(result, "litellm-unverified").map((f) => f.message)).toEqual([
        "litellm-key-unlimited not checked: set LITELLM_API_KEY (the platform's integration key) or give --key-alias with LITELLM_MASTER_KEY",
      ]);
      expect(server.count("/key/info")).toBe(0);
    });
  });

  it("sends the key in a custom header when the proxy reads only that one", async () => {
    const server = await fake({ fixture: "demo", flavor, keyHeaderName: "X-Custom-Key" });
    const wrong = await lintLive({ url: server.url });
    expect(wrong.live.status).toBe("inconclusive");
    const right = await lintLive({ url: server.url, config: { keyHeader: "X-Custom-Key" } });
    expect(right.live.status).toBe("passed");
  });

  it("joins endpoint paths to a base URL with a path prefix", async () => {
    const server = await fake({ fixture: "demo", flavor, rootPath: "/litellm" });
    const result = await lintLive({ url: `${server.url}/` });
    expect(result.live.status).toBe("passed");
    expect(server.requests.every((r) => r.url.startsWith("/litellm/"))).toBe(true);
  });

  it("does not query a proxy whose readiness reports the database disconnected", async () => {
    for (const readiness of ["new", "intermediate"] as const) {
      const server = await fake({ fixture: "demo", flavor, db: "disconnected", readiness });
      const result = await lintLive({ url: server.url });
      expect(result.live.status).toBe("inconclusive");
      expect(server.requests.map((r) => r.path)).toEqual(["/health/readiness"]);
      expect(liveFindings(result, "litellm-unverified")[0]?.message).toContain("the proxy's database is down (readiness reports");
    }
  });

  it("reads every readiness generation", async () => {
    for (const readiness of ["new", "old", "intermediate"] as const) {
      const server = await fake({ fixture: "demo", flavor, readiness });
      const result = await lintLive({ url: server.url });
      expect(result.live).toMatchObject({ status: "passed", litellmVersion: "1.80.12" });
    }
  });

  it("reports the key finding at the first manifest document when there are no values", async () => {
    const server = await fake({ fixture: "capped-team", flavor });
    const result = await lintLive({ url: server.url, manifests: [{ name: "rendered.yaml", text: manifestsText(2, "prod-budget") }] });
    const [finding] = liveFindings(result, "litellm-key-unlimited");
    // Line 1 is the `# Source:` comment; the document's map starts on line 2.
    expect(finding?.location).toMatchObject({ file: "rendered.yaml", start: { line: 2, column: 1 } });
  });
});

describe("the newest readiness generation (public {status, db}, details behind a key, 503 for a database that is down)", () => {
  it("reads the version from /health/readiness/details with the master key", async () => {
    const server = await fake({ fixture: "demo", readiness: "minimal" });
    const result = await lintLive({ url: server.url });
    expect(result.live).toMatchObject({ status: "passed", litellmVersion: "1.80.12" });
    expect(server.requests.find((r) => r.path === "/health/readiness/details")?.headers.authorization).toBe(`Bearer ${MASTER}`);
  });

  it("reads the details with the integration key when there is no master key", async () => {
    const server = await fake({ fixture: "demo", readiness: "minimal" });
    const result = await lintLive({ url: server.url, master: null });
    expect(result.live.litellmVersion).toBe("1.80.12");
    expect(server.requests.find((r) => r.path === "/health/readiness/details")?.headers.authorization).toBe(`Bearer ${APP}`);
  });

  it("says the version is unknown without any key", async () => {
    const server = await fake({ fixture: "demo", readiness: "minimal" });
    const result = await lintLive({ url: server.url, master: null, api: null });
    expect(result.live.litellmVersion).toBeUndefined();
    expect(result.live.notices.join("\n")).toContain("no key is set to read /health/readiness/details");
    expect(server.count("/health/readiness/details")).toBe(0);
  });

  it("reports a database that is down (503) as what it is, for every check", async () => {
    const server = await fake({ fixture: "demo", readiness: "minimal", db: "disconnected" });
    const result = await lintLive({ url: server.url, config: { retries: 0 } });
    expect(result.live.status).toBe("inconclusive");
    const [finding] = liveFindings(result, "litellm-unverified");
    expect(finding?.message).toBe(
      'litellm-budget-exists, litellm-budget-limits, litellm-budget-soft, litellm-key-unlimited could not be completed: the proxy\'s database is down (GET /health/readiness answers 503 "Service Unhealthy"): budgets and keys cannot be read until it is back',
    );
    expect(server.requests.map((r) => r.path)).toEqual(["/health/readiness"]);
  });

  it("is an error under --require-live semantics (the rule raised to error)", async () => {
    const server = await fake({ fixture: "demo", readiness: "minimal", db: "disconnected" });
    const result = await lintLive({ url: server.url, config: { retries: 0 }, severities: { "litellm-unverified": "error" } });
    expect(summary(result)).toEqual(["litellm-unverified/incomplete/error"]);
  });

  it("says that a proxy without a database has none", async () => {
    const server = await fake({ fixture: "no-db", readiness: "minimal" });
    const result = await lintLive({ url: server.url });
    expect(summary(result).sort()).toEqual(["litellm-budget-exists/noDatabase/error", "litellm-unverified/incomplete/warning"]);
    expect(liveFindings(result, "litellm-unverified")[0]?.message).toContain('the proxy has no database (readiness reports db "Not connected")');
  });
});

describe("a key's linked budget row depends on the proxy version", () => {
  function rowState(version: string): FakeStateInput {
    return demoWith((s) => {
      s.version = version;
    }, "key-budget-row");
  }

  it("is an error from the release whose key lookup joins the budget table", async () => {
    const server = await fake({ state: rowState("1.56.2") });
    const result = await lintLive({ url: server.url });
    expect(summary(result)).toEqual(["litellm-key-unlimited/limited/error"]);
  });

  it("is a warning before it: the row caps nothing now, but will after an upgrade", async () => {
    const server = await fake({ state: rowState("1.55.10"), flavor: "old" });
    const result = await lintLive({ url: server.url });
    expect(summary(result)).toEqual(["litellm-key-unlimited/dormantBudgetRow/warning"]);
    expect(liveFindings(result)[0]?.message).toBe(
      'integration key "codemie-back" links budget row "prod-budget" (max_budget 300 per 30d); LiteLLM 1.55.10 does not apply a key\'s budget row (its key lookup joins the budget table only from 1.56.2 on), so the row caps nothing today, but it will cap the platform after an upgrade',
    );
    expect(result.live.status).toBe("passed");
  });

  it("is an error saying it depends on the version when the version is unknown", async () => {
    // An old proxy behind the newest readiness shape: no version in public, no details route.
    const server = await fake({ fixture: "key-budget-row", flavor: "old", readiness: "minimal" });
    const result = await lintLive({ url: server.url });
    expect(summary(result)).toEqual(["litellm-key-unlimited/limited/error"]);
    expect(liveFindings(result)[0]?.message).toContain("(enforced from LiteLLM 1.56.2 on; this proxy's version is unknown)");
  });
});

describe("end-user budgets that do not cap as they seem to", () => {
  function budgetState(change: Record<string, unknown>): FakeStateInput {
    return demoWith((s) => {
      Object.assign(s.budgets!.find((b) => b.budget_id === "prod-budget")!, change);
    });
  }
  const values = [{ name: "values.yaml", text: valuesText("prod-budget") }];

  it("max_budget 0 blocks every end user: an error", async () => {
    const server = await fake({ state: budgetState({ max_budget: 0, soft_budget: null }) });
    const result = await lintLive({ url: server.url, values });
    expect(summary(result)).toEqual(["litellm-budget-limits/zeroMax/error"]);
    expect(liveFindings(result, "litellm-budget-limits")[0]?.message).toContain('budget "prod-budget" has max_budget 0, so every end user is blocked after the first cent');
    expect(result.live.status).toBe("failed");
  });

  it("a negative max_budget blocks every end user from the first request: an error, and nothing else about the limits", async () => {
    const server = await fake({ state: budgetState({ max_budget: -1, soft_budget: 0, budget_duration: null }) });
    const result = await lintLive({ url: server.url, values });
    expect(summary(result)).toEqual(["litellm-budget-limits/negativeMax/error"]);
    expect(liveFindings(result, "litellm-budget-limits")[0]?.message).toContain('budget "prod-budget" has max_budget -1, below 0, so every end user is blocked from the first request');
    expect(result.live.status).toBe("failed");
  });

  it("a budget_duration without budget_reset_at is off the reset schedule: a warning", async () => {
    const server = await fake({ state: budgetState({ budget_reset_at: null }) });
    const result = await lintLive({ url: server.url, values });
    expect(summary(result)).toEqual(["litellm-budget-limits/notScheduled/warning"]);
  });

  it("a soft_budget on the end-user budget is a note of its own rule, not of litellm-budget-limits", async () => {
    const server = await fake({ fixture: "demo" });
    const result = await lintLive({ url: server.url, values });
    expect(summary(result)).toEqual([]);
    const [soft] = liveFindings(result, "litellm-budget-soft");
    expect([soft?.severity, soft?.message]).toEqual(["note", 'budget "prod-budget" has soft_budget 200, which LiteLLM does not apply to end users (no alert, no limit); only max_budget caps them (max_budget 300, soft_budget 200, budget_duration 30d)']);
    const none = await fake({ state: budgetState({ soft_budget: null }) });
    expect(liveFindings(await lintLive({ url: none.url, values }), "litellm-budget-soft")).toEqual([]);
  });
});

describe("litellm_settings.max_end_user_budget_id of the LiteLLM chart's values", () => {
  const litellm = (id: string) => ({ name: "litellm-values.yaml", text: `proxy_config:\n  litellm_settings:\n    max_end_user_budget_id: ${id}\n` });

  it("is looked up in the same POST /budget/info as the platform's budget ids", async () => {
    const server = await fake({ fixture: "demo" });
    const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: valuesText("prod-budget") }, litellm("default")] });
    expect(summary(result)).toEqual([]);
    expect(server.requests.filter((r) => r.path === "/budget/info").map((r) => r.json)).toEqual([{ budgets: ["default", "prod-budget"] }]);
  });

  it("is an error when it names a budget that does not exist, at its line", async () => {
    const server = await fake({ fixture: "demo" });
    const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: valuesText("prod-budget") }, litellm("end-users")] });
    const [finding] = liveFindings(result, "litellm-budget-exists");
    expect(finding?.messageId).toBe("missingEndUserDefault");
    expect(finding?.message).toBe('litellm_settings.max_end_user_budget_id names budget "end-users", which does not exist in LiteLLM; existing budgets: "default", "prod-budget"; end users without a budget of their own are then uncapped');
    expect(finding?.location).toMatchObject({ file: "litellm-values.yaml", start: { line: 3, column: 29 } });
  });
});

describe("remediation on live findings", () => {
  it("gives the exact call that removes a team cap, in JSON, stylish (curl) and SARIF", async () => {
    const server = await fake({ fixture: "capped-team" });
    const result = await lintLive({ url: server.url });
    const [finding] = liveFindings(result, "litellm-key-unlimited");
    expect(finding?.remediation).toEqual({ text: 'remove the max_budget of team "codemie"', request: { method: "POST", path: "/team/update", body: { team_id: "codemie", max_budget: null } } });
    const json = JSON.parse(formatJson(result, { name: "litellm-preflight", version: "0" }));
    expect(json.findings.find((f: { ruleId: string }) => f.ruleId === "litellm-key-unlimited").remediation.request.path).toBe("/team/update");
    const stylish = formatStylish(result, { color: false, quiet: false });
    expect(stylish).toContain(
      `fix: curl -X POST "$LITELLM_URL/team/update" -H "Authorization: Bearer $LITELLM_MASTER_KEY" -H 'Content-Type: application/json' -d '{"team_id":"codemie","max_budget":null}'  # remove the max_budget of team "codemie"`,
    );
    expect(stylish).not.toContain(MASTER);
    const sarif = JSON.parse(formatSarif(result, { rules, tool: { name: "litellm-preflight", version: "0" }, root: "/", cwd: "/", category: "live" }));
    const text: string = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "litellm-key-unlimited").message.text;
    expect(text).toContain('Fix: curl -X POST "$LITELLM_URL/team/update"');
  });

  it("never writes a key into a remediation", async () => {
    const server = await fake({ fixture: "key-cap" });
    const result = await lintLive({ url: server.url });
    const [finding] = liveFindings(result, "litellm-key-unlimited");
    expect(finding?.remediation?.request).toEqual({ method: "POST", path: "/key/update", body: { key: "<the integration key, sk-…>", max_budget: null } });
    expect(JSON.stringify(result)).not.toContain(APP);
  });

  it("creates a missing budget with a cap", async () => {
    const server = await fake({ fixture: "demo" });
    const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: valuesText("team-x") }] });
    expect(liveFindings(result, "litellm-budget-exists")[0]?.remediation?.request).toEqual({ method: "POST", path: "/budget/new", body: { budget_id: "team-x", max_budget: 10, budget_duration: "30d" } });
  });
});

describe("CodeMie's second platform key (LITE_LLM_PROXY_APP_KEY)", () => {
  const PROXY = "sk-demo-proxy-app-0001";
  const withProxyKey = `${valuesText()}    - name: LITE_LLM_PROXY_APP_KEY\n      valueFrom:\n        secretKeyRef: {name: litellm-integration, key: litellm-proxy-app-key}\n`;
  const values = [{ name: "values.yaml", text: withProxyKey }];

  it("is checked like the integration key, with LITELLM_PROXY_APP_KEY, at its own values line", async () => {
    const server = await fake({ fixture: "proxy-key-cap" });
    const result = await lintLive({ url: server.url, values, proxyKey: PROXY });
    expect(summary(result)).toEqual(["litellm-key-unlimited/limited/error"]);
    const [finding] = liveFindings(result);
    expect(finding?.message).toBe('coding-agent key (LITE_LLM_PROXY_APP_KEY) "codemie-proxy" is capped by key: max_budget 50 per 1d; when that is spent, every LLM call of the platform fails');
    expect(finding?.location).toMatchObject({ file: "values.yaml", start: { line: 8, column: 13 } });
    expect(JSON.stringify(result)).not.toContain(PROXY);
  });

  it("is found by --proxy-key-alias with the master key", async () => {
    const server = await fake({ fixture: "proxy-key-cap" });
    const result = await lintLive({ url: server.url, values, proxyAlias: "codemie-proxy" });
    expect(summary(result)).toEqual(["litellm-key-unlimited/limited/error"]);
  });

  it("says it was not checked when no credential for it is given", async () => {
    const server = await fake({ fixture: "proxy-key-cap" });
    const result = await lintLive({ url: server.url, values });
    expect(liveFindings(result, "litellm-unverified").map((f) => f.message)).toEqual([
      "litellm-key-unlimited not checked: LITE_LLM_PROXY_APP_KEY is set in the values, but its key was not checked: set LITELLM_PROXY_APP_KEY or give --proxy-key-alias with LITELLM_MASTER_KEY",
    ]);
  });

  it("is not looked at when the values do not set it", async () => {
    const server = await fake({ fixture: "proxy-key-cap" });
    const result = await lintLive({ url: server.url, proxyKey: PROXY });
    expect(summary(result)).toEqual([]);
  });
});

describe("litellm-global-budget", () => {
  it("is an error when the proxy keeps a global budget row, with the config line that removes it", async () => {
    const server = await fake({ fixture: "global-budget" });
    const result = await lintLive({ url: server.url });
    const [finding] = liveFindings(result, "litellm-global-budget");
    expect(finding?.message).toBe(
      "the proxy has a global budget of 1000 per 30d (litellm_settings.max_budget, read live from its litellm-proxy-budget row, spent 12.5): when it is spent LiteLLM refuses every LLM call, the platform's integration key included",
    );
    expect(finding?.remediation?.config).toBe("proxy_config.litellm_settings.max_budget: null");
    expect(server.requests.find((r) => r.path === "/user/info")?.query).toEqual({ user_id: "litellm-proxy-budget" });
    expect(result.live.status).toBe("failed");
  });

  it("passes without the row, and is not asked without the master key", async () => {
    const server = await fake({ fixture: "demo" });
    expect(liveFindings(await lintLive({ url: server.url }), "litellm-global-budget")).toEqual([]);
    server.clearRequests();
    await lintLive({ url: server.url, master: null });
    expect(server.requests.some((r) => r.query.user_id === "litellm-proxy-budget")).toBe(false);
  });
});

describe("proxy-wide end-user settings through the API", () => {
  it("notes that the API does not expose them when the LiteLLM chart's values are not linted, and not when they are", async () => {
    const server = await fake({ fixture: "demo" });
    const without = await lintLive({ url: server.url });
    expect(without.live.notices).toContain(END_USER_SETTINGS_NOTICE);
    expect(without.live.status).toBe("passed");
    const litellm = { name: "litellm-values.yaml", text: "proxy_config:\n  litellm_settings:\n    max_end_user_budget_id: default\n" };
    const withValues = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: valuesText("prod-budget") }, litellm] });
    expect(withValues.live.notices).not.toContain(END_USER_SETTINGS_NOTICE);
    // No request for settings no endpoint returns: only the global budget row is read.
    expect(server.requests.some((r) => r.path.startsWith("/config") || r.path.startsWith("/get/config"))).toBe(false);
  });
});

describe("litellm-version-advisory", () => {
  it("is an error for a malicious release the proxy reports, with the link", async () => {
    const server = await fake({ state: demoWith((s) => { s.version = "1.82.8"; }) });
    const result = await lintLive({ url: server.url });
    const findings = liveFindings(result, "litellm-version-advisory");
    expect(findings.map((f) => f.severity)).toContain("error");
    expect(findings.find((f) => f.severity === "error")?.message).toContain("the LiteLLM proxy runs 1.82.8: malicious PyPI releases of 2026-03-24");
    expect(findings.find((f) => f.severity === "error")?.message).toContain("https://github.com/BerriAI/litellm/issues/24518");
    expect(result.live.status).toBe("failed");
  });

  it("only notes the bugs nobody fixed on a current release, and only where the LiteLLM values use the setting", async () => {
    const server = await fake({ fixture: "demo" });
    expect(liveFindings(await lintLive({ url: server.url }), "litellm-version-advisory")).toEqual([]);
    const litellm = { name: "litellm-values.yaml", text: "proxy_config:\n  litellm_settings:\n    max_end_user_budget_id: default\n" };
    const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: valuesText() }, litellm] });
    const notes = liveFindings(result, "litellm-version-advisory");
    expect(notes.map((f) => f.severity)).toEqual(["note", "note"]);
    expect(notes.map((f) => f.message).join("\n")).toContain("https://github.com/BerriAI/litellm/issues/40095");
    expect(result.live.status).toBe("passed");
  });
});

describe("mid-2024 proxies (old flavor)", () => {
  it("answer an unknown key with 401 'user key does not exist in db' even to the master key: key not found", async () => {
    const server = await fake({ fixture: "old-proxy" });
    const result = await lintLive({ url: server.url, api: "sk-not-a-real-key-9999" });
    expect(summary(result)).toEqual(["litellm-key-unlimited/notFound/error"]);
    const answer = server.requests.find((r) => r.path === "/key/info");
    expect(answer?.headers.authorization).toBe(`Bearer ${MASTER}`);
  });

  it("a 401 that rejects the master key itself (token_not_found_in_db, 'not found in db') says nothing of the integration key", async () => {
    // The demo proxy, but /key/info refuses the master key the way LiteLLM's auth layer refuses an sk- key it does not know.
    const server = await fake({ fixture: "old-proxy" });
    const proxy = createServer((request, response) => {
      if (request.url?.startsWith("/key/info")) {
        response.writeHead(401, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: { message: "Authentication Error: key=0123abcd, not found in db", type: "token_not_found_in_db", param: "None", code: "401" } }));
        return;
      }
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const body = request.method === "GET" ? undefined : Buffer.concat(chunks);
        void fetch(`${server.url}${request.url}`, { method: request.method, headers: { authorization: request.headers.authorization ?? "", "content-type": "application/json" }, body }).then(async (answer) => {
          response.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
          response.end(Buffer.from(await answer.arrayBuffer()));
        });
      });
    });
    await new Promise<void>((ready) => proxy.listen(0, "127.0.0.1", ready));
    try {
      const { port } = proxy.address() as AddressInfo;
      const result = await lintLive({ url: `http://127.0.0.1:${port}`, api: "sk-not-a-real-key-9999" });
      expect(summary(result)).not.toContain("litellm-key-unlimited/notFound/error");
      expect(result.live.status).toBe("inconclusive");
    } finally {
      proxy.close();
    }
  });

  it("have no /key/list", async () => {
    const server = await fake({ fixture: "old-proxy" });
    const response = await fetch(`${server.url}/key/list`, { headers: { authorization: `Bearer ${MASTER}` } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ detail: "Not Found" });
  });
});

describe("the shipped old-proxy fixture (1.42.7, the demo's data)", () => {
  it("passes the unlimited integration key, as the demo does on a newer proxy", async () => {
    const server = await fake({ fixture: "old-proxy" });
    const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text: valuesText("prod-budget") }] });
    expect(summary(result)).toEqual([]);
    expect(result.live).toMatchObject({ status: "passed", requests: 5, litellmVersion: "1.42.7" });
  });

  it("fails once the team of the key is capped", async () => {
    const state = structuredClone(readFixture("old-proxy"));
    state.teams![0]!.max_budget = 500;
    state.teams![0]!.budget_duration = "30d";
    const server = await fake({ state });
    const result = await lintLive({ url: server.url });
    expect(summary(result)).toEqual(["litellm-key-unlimited/limited/error"]);
    expect(liveFindings(result)[0]?.message).toContain('is capped by team "codemie": max_budget 500 per 30d');
    expect(result.live.status).toBe("failed");
  });
});

describe("proxy without a master key (auth disabled)", () => {
  it("reads budgets but cannot read the key by hash", async () => {
    const server = await fake({ fixture: "no-master-key" });
    const result = await lintLive({ url: server.url });
    expect(liveFindings(result, "litellm-budget-exists")).toEqual([]);
    expect(summary(result)).toEqual(["litellm-unverified/incomplete/warning", "litellm-unverified/incomplete/warning"]);
    expect(liveFindings(result).map((f) => f.message).join("\n")).toContain("GET /key/info: HTTP 403 (auth_error): LITELLM_MASTER_KEY lacks the role for this endpoint");
  });
});

describe("static errors", () => {
  it("do not stop the live checks", async () => {
    const server = await fake({ fixture: "demo" });
    const text = `${valuesText()}    - {name: LITE_LLM_MASTER_KEY, value: sk-literal-in-values-1234}\n`;
    const result = await lintLive({ url: server.url, values: [{ name: "values.yaml", text }] });
    expect(result.findings.some((f) => f.ruleId === "plaintext-credential" && f.severity === "error")).toBe(true);
    expect(result.live).toMatchObject({ status: "passed", requests: 5 });
    // A key in the linted files is never used as a credential.
    expect(server.requests.every((r) => !JSON.stringify(r.headers).includes("sk-literal-in-values"))).toBe(true);
  });
});

describe("skipped", () => {
  it("reports skipped with the reason when no live phase is given", async () => {
    const { lint, DEFAULT_OPTIONS } = await import("../../src/engine/engine.ts");
    const result = await lint({ rules, values: [{ name: "v.yaml", text: valuesText() }], sets: [], manifests: [], options: DEFAULT_OPTIONS, liveSkippedReason: "--offline given" });
    expect(result.live).toEqual({ status: "skipped", requests: 0, reason: "--offline given", notices: [] });
  });
});
