/**
 * What live rules see as `ctx.live`: the client, the readiness answer, and memoised high-level
 * lookups shared by the rules of one run (both budget rules read the one `POST /budget/info`; the
 * key rule's lookups happen once). Checks that cannot complete are recorded here as problems, which
 * `litellm-unverified` turns into findings.
 */
import type { LintModel } from "../engine/model.ts";
import type { NodeRef } from "../core/source.ts";
import { CREDENTIAL_ENV, type LiteLLMClient } from "./client.ts";
import { assessKey, type KeyIdentity, type KeyOutcome } from "./key-budget.ts";
import type { Scrubber } from "./scrub.ts";
import { budgetLimits, safeText, type BudgetLimits, type Readiness } from "./shapes.ts";
import { budgetTargets, envAnchor, keyAnchor, PROXY_KEY_ENV, type BudgetTarget } from "./targets.ts";

export type ProblemKind = "credential" | "incomplete";

export interface LiveProblem {
  ruleId: string;
  kind: ProblemKind;
  /** One safe line: what failed and why (never a response body, never a key). */
  reason: string;
  /** Where the cause is, when it is not the integration key's line (an unreachable URL). */
  at?: NodeRef;
}

export type BudgetsOutcome =
  | { status: "none" }
  | { status: "ok"; targets: BudgetTarget[]; found: Map<string, BudgetLimits>; missing: BudgetTarget[] }
  | { status: "no-database"; targets: BudgetTarget[] }
  | { status: "inconclusive"; kind: ProblemKind; reason: string };

export type IntegrationKeyOutcome = KeyOutcome | { status: "unverified"; kind: ProblemKind; reason: string };

export interface LiveContext {
  readonly client: LiteLLMClient;
  /** The readiness answer; null when the proxy has no readiness endpoint at this URL. */
  readonly readiness: Readiness | null;
  /** Where key and unverified findings point. */
  readonly anchor: NodeRef;
  readonly now: Date;
  budgetTargets(): BudgetTarget[];
  /** All effective budget ids in one `POST /budget/info` (memoised). */
  budgets(): Promise<BudgetsOutcome>;
  /** Every budget id on the proxy (`GET /budget/list`, memoised); null when it cannot be read. */
  existingBudgetIds(): Promise<string[] | null>;
  /** The §7 assessment of the integration key (memoised). */
  integrationKey(): Promise<IntegrationKeyOutcome>;
  /** CodeMie's second platform key, when the values set LITE_LLM_PROXY_APP_KEY: where it is set and its assessment. */
  proxyKey(): Promise<{ at: NodeRef; outcome: IntegrationKeyOutcome } | null>;
  /** Records a check that could not complete (`at`: where the cause is, when not the key's line). */
  inconclusive(ruleId: string, kind: ProblemKind, reason: string, at?: NodeRef): void;
  /** Informational lines for the report (JSON `live.notices`). */
  notice(text: string): void;
  readonly problems: readonly LiveProblem[];
}

export interface SessionOptions {
  client: LiteLLMClient;
  model: LintModel;
  readiness: Readiness | null;
  scrubber: Scrubber;
  now: Date;
  budgetIdEnv: string;
  apiKey?: string | undefined;
  keyAlias?: string | undefined;
  proxyAppKey?: string | undefined;
  proxyKeyAlias?: string | undefined;
}

export class LiveSession implements LiveContext {
  readonly client: LiteLLMClient;
  readonly readiness: Readiness | null;
  readonly anchor: NodeRef;
  readonly now: Date;
  readonly problems: LiveProblem[] = [];
  readonly notices: string[] = [];
  private readonly options: SessionOptions;
  private targets: BudgetTarget[] | undefined;
  private budgetsPromise: Promise<BudgetsOutcome> | undefined;
  private listPromise: Promise<string[] | null> | undefined;
  private keyPromise: Promise<IntegrationKeyOutcome> | undefined;
  private proxyKeyPromise: Promise<{ at: NodeRef; outcome: IntegrationKeyOutcome } | null> | undefined;
  private readonly model: LintModel;

  constructor(options: SessionOptions) {
    this.options = options;
    this.client = options.client;
    this.readiness = options.readiness;
    this.anchor = keyAnchor(options.model);
    this.model = options.model;
    this.now = options.now;
  }

  budgetTargets(): BudgetTarget[] {
    this.targets ??= budgetTargets(this.options.model, this.options.budgetIdEnv);
    return this.targets;
  }

  budgets(): Promise<BudgetsOutcome> {
    this.budgetsPromise ??= this.loadBudgets();
    return this.budgetsPromise;
  }

  private async loadBudgets(): Promise<BudgetsOutcome> {
    const targets = this.budgetTargets();
    if (targets.length === 0) return { status: "none" };
    if (this.readiness?.db === "none") return { status: "no-database", targets };
    if (!this.client.has("master")) {
      return { status: "inconclusive", kind: "credential", reason: `set ${CREDENTIAL_ENV.master} (an admin key): budgets can be read only by a proxy admin` };
    }
    if (this.readiness?.db === "disconnected") return { status: "inconclusive", kind: "incomplete", reason: databaseDown(this.readiness) };
    const ids = [...new Set(targets.map((target) => target.id))].sort();
    const result = await this.client.call({ method: "POST", path: "/budget/info", body: { budgets: ids }, credential: "master" });
    if (!result.ok) return { status: "inconclusive", kind: "incomplete", reason: result.failure.reason };
    if (!Array.isArray(result.data)) return { status: "inconclusive", kind: "incomplete", reason: "POST /budget/info: unexpected answer (not a list)" };
    const found = new Map<string, BudgetLimits>();
    for (const item of result.data) {
      const limits = budgetLimits(item);
      if (limits && ids.includes(limits.id)) found.set(limits.id, limits);
    }
    return { status: "ok", targets, found, missing: targets.filter((target) => !found.has(target.id)) };
  }

  existingBudgetIds(): Promise<string[] | null> {
    this.listPromise ??= (async () => {
      if (!this.client.has("master")) return null;
      const result = await this.client.call({ method: "GET", path: "/budget/list", credential: "master" });
      if (!result.ok) {
        this.notice(`the list of budgets could not be read for suggestions: ${result.failure.reason}`);
        return null;
      }
      if (!Array.isArray(result.data)) return null;
      return result.data.map((item) => budgetLimits(item)?.id).filter((id): id is string => id !== undefined && safeText(id) !== null);
    })();
    return this.listPromise;
  }

  integrationKey(): Promise<IntegrationKeyOutcome> {
    this.keyPromise ??= this.loadKey(this.options.apiKey, this.options.keyAlias, "api", "--key-alias", "set");
    return this.keyPromise;
  }

  proxyKey(): Promise<{ at: NodeRef; outcome: IntegrationKeyOutcome } | null> {
    this.proxyKeyPromise ??= (async () => {
      const at = envAnchor(this.model, [PROXY_KEY_ENV]);
      if (!at) return null;
      const { proxyAppKey, proxyKeyAlias } = this.options;
      const outcome = await this.loadKey(proxyAppKey, proxyKeyAlias, "proxy", "--proxy-key-alias", `${PROXY_KEY_ENV} is set in the values, but its key was not checked: set`);
      return { at, outcome };
    })();
    return this.proxyKeyPromise;
  }

  /** `raw`/`alias` may both be absent: no defaults here, or the proxy key would fall back to the integration key's. */
  private async loadKey(raw: string | undefined, alias: string | undefined, own: "api" | "proxy", aliasFlag: string, missing: string): Promise<IntegrationKeyOutcome> {
    const credentialEnv = CREDENTIAL_ENV[own];
    let identity: KeyIdentity;
    if (raw) {
      identity = { kind: "raw", raw };
      if (alias) this.notice(`${credentialEnv} identifies the key; ${aliasFlag} is not used`);
    } else if (alias) {
      if (!this.client.has("master")) {
        return { status: "unverified", kind: "credential", reason: `${aliasFlag} needs ${CREDENTIAL_ENV.master} (keys are listed by alias only for admins), or set ${credentialEnv} instead` };
      }
      identity = { kind: "alias", alias };
    } else {
      const what = own === "api" ? " (the platform's integration key)" : "";
      return { status: "unverified", kind: "credential", reason: `${missing} ${credentialEnv}${what} or give ${aliasFlag} with ${CREDENTIAL_ENV.master}` };
    }
    if (this.readiness?.db === "none") {
      return { status: "unverified", kind: "incomplete", reason: `the proxy has no database (${this.readiness.evidence}), so virtual keys cannot be looked up` };
    }
    if (this.readiness?.db === "disconnected") return { status: "unverified", kind: "incomplete", reason: databaseDown(this.readiness) };
    return assessKey(this.client, identity, this.now, this.options.scrubber, this.readiness?.version, own);
  }

  inconclusive(ruleId: string, kind: ProblemKind, reason: string, at?: NodeRef): void {
    this.problems.push({ ruleId, kind, reason: this.options.scrubber.scrub(reason), ...(at ? { at } : {}) });
  }

  notice(text: string): void {
    const clean = this.options.scrubber.scrub(text);
    if (!this.notices.includes(clean)) this.notices.push(clean);
  }
}

/** "Database down" as what it is, not as a generic failure: nothing budget-related can be read. */
function databaseDown(readiness: Readiness): string {
  return `the proxy's database is down (${readiness.evidence}): budgets and keys cannot be read until it is back`;
}
