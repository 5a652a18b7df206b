/**
 * Is the integration key's effective budget unlimited? litellm-api.md §7, step by step: identify the
 * key, then its own cap, its linked budget row, per-model and windowed caps, and only when none of
 * those limits it, the team, team membership, user and organization — looked up in parallel, and
 * only the ones the key links to. Never "unlimited" when a lookup that could have found a cap failed.
 */
import { isRecord } from "../core/guards.ts";
import type { Remediation } from "../core/types.ts";
import { CREDENTIAL_ENV, saysNotFound, type ApiResult, type Credential, type LiteLLMClient } from "./client.ts";
import type { Scrubber } from "./scrub.ts";
import { sha256Hex } from "../core/sha256.ts";
import { BUDGET_ROW_JOIN_FROM, budgetRowEnforced } from "../facts/litellm-version.ts";
import { budgetLimits, formatAmount, nonEmptyList, nonEmptyMap, num, row, safeText, str, type BudgetLimits, type Cap, type Row } from "./shapes.ts";

export type KeyIdentity = { kind: "raw"; raw: string } | { kind: "alias"; alias: string };

interface Common {
  /** How the key is named in messages: its alias when the proxy has a safe one. */
  key: string;
}

/** A linked budget row on a proxy whose key lookup does not join the budget table yet. */
export interface DormantRow {
  cap: Cap;
  version: string;
}

export type KeyOutcome =
  | (Common & { status: "limited"; caps: Cap[]; gates: Gate[]; notes: string[]; dormant?: DormantRow })
  | (Common & { status: "unlimited"; userCap?: Cap; gates: Gate[]; notes: string[]; dormant?: DormantRow })
  | (Common & { status: "blocked"; by: string })
  | (Common & { status: "expired"; when: string })
  | (Common & { status: "not-found"; how: "alias" | "key" })
  | (Common & { status: "ambiguous"; count: number; alias: string })
  | (Common & { status: "inconclusive"; reason: string });

/** `version`: what the proxy reported, when it did (the linked budget row is version-dependent). */
export async function assessKey(
  client: LiteLLMClient,
  identity: KeyIdentity,
  now: Date,
  scrubber: Scrubber,
  version?: string,
  /** The credential that holds the raw key, for self lookups (the integration key, or CodeMie's proxy key). */
  own: "api" | "proxy" = "api",
): Promise<KeyOutcome> {
  const master = client.has("master");
  let key = identity.kind === "alias" ? `"${safeText(identity.alias) ?? "(alias)"}"` : `(${CREDENTIAL_ENV[own]})`;
  const inconclusive = (reason: string): KeyOutcome => ({ status: "inconclusive", key, reason });

  // Step 0: identify the key and read its row.
  let lookup: ApiResult;
  let via: Credential;
  if (identity.kind === "alias") {
    via = "master";
    const list = await client.call({ method: "GET", path: "/key/list", query: { key_alias: identity.alias, return_full_object: "true", size: "2" }, credential: "master" });
    if (!list.ok) {
      if (list.failure.status === 404 && list.failure.error?.routeMissing) {
        return inconclusive(`this proxy has no GET /key/list (mid-2024 releases), so keys cannot be found by alias: set ${CREDENTIAL_ENV.api} instead of --key-alias`);
      }
      return inconclusive(list.failure.reason);
    }
    const body = row(list.data);
    const keys = body && Array.isArray(body.keys) ? body.keys : null;
    if (!body || !keys) return inconclusive("GET /key/list: unexpected answer (no keys list)");
    const total = num(body.total_count) ?? keys.length;
    if (total === 0 || keys.length === 0) return { status: "not-found", key, how: "alias" };
    if (total > 1 || keys.length > 1) return { status: "ambiguous", key, count: Math.max(total, keys.length), alias: identity.alias };
    const first = keys[0];
    const token = isRecord(first) ? str(first.token) : str(first);
    if (token === null || !/^[0-9a-f]{64}$/i.test(token)) return inconclusive("GET /key/list: unexpected answer (no key hash)");
    scrubber.addHash(token);
    lookup = await client.call({ method: "GET", path: "/key/info", query: { key: token.toLowerCase() }, credential: "master" });
  } else if (master) {
    via = "master";
    // LiteLLM stores a key as the SHA-256 hex of its text and accepts that form in `key=`.
    lookup = await client.call({ method: "GET", path: "/key/info", query: { key: sha256Hex(identity.raw) }, credential: "master" });
  } else {
    via = own;
    lookup = await client.call({ method: "GET", path: "/key/info", credential: own });
  }
  if (!lookup.ok) {
    const { failure } = lookup;
    const error = failure.error;
    if (saysNotFound(failure)) return { status: "not-found", key, how: identity.kind === "alias" ? "alias" : "key" };
    // Older proxies answer 400 auth_error "Key not found in database".
    if (failure.status === 400 && error?.notFound) return { status: "not-found", key, how: identity.kind === "alias" ? "alias" : "key" };
    // Mid-2024 proxies: 401 "invalid user key - user key does not exist in db", master key or not. A 401
    // token_not_found_in_db ("…not found in db") refuses the master key itself: no verdict on the key.
    if (via === "master" && failure.status === 401 && error?.notFound && error.type !== "token_not_found_in_db") return { status: "not-found", key, how: identity.kind === "alias" ? "alias" : "key" };
    // An expired key: ProxyException(type=expired_key, code=400) in LiteLLM's auth; 401 where a release maps it so.
    if (via === own && (failure.status === 400 || failure.status === 401) && error?.type === "expired_key") return { status: "expired", key, when: "an earlier date (the proxy refuses it as expired)" };
    if (via === own && failure.status === 401) {
      if (error?.blocked) return { status: "blocked", key, by: "" };
      if (error?.type === "token_not_found_in_db") return { status: "not-found", key, how: "key" };
    }
    return inconclusive(failure.reason);
  }
  const info = row(row(lookup.data)?.info);
  if (!info) return inconclusive("GET /key/info: unexpected answer (no info object)");
  const alias = safeText(info.key_alias);
  if (alias) key = `"${alias}"`;

  if (info.blocked === true) return { status: "blocked", key, by: "" };
  const expires = str(info.expires);
  if (expires !== null) {
    const at = Date.parse(expires);
    if (!Number.isNaN(at) && at < now.getTime()) return { status: "expired", key, when: safeText(expires, 40) ?? "an earlier date" };
  }

  const caps: Cap[] = [];
  const gates: Gate[] = [];
  const notes: string[] = [];
  const failures: string[] = [];
  const credential: Credential = master ? "master" : own;
  gatesOf({ label: "key", level: "key" }, info, gates);

  // A cap or switch that is there but no number or boolean: not "no cap" (the check fails open otherwise).
  unreadable(info, "key", failures);
  // 1. The key's own cap (0 included).
  const keyMax = num(info.max_budget);
  if (keyMax !== null) caps.push({ level: "key", amount: amount(keyMax, str(info.budget_duration)), fix: keyUpdate("remove the key's own max_budget", { max_budget: null }) });

  // 2. The linked budget row: included by newer proxies, fetched on older ones (only if it matters).
  const budgetId = str(info.budget_id);
  let linked: BudgetLimits | null = null;
  let dormant: DormantRow | undefined;
  if (budgetId !== null) {
    if (isRecord(info.litellm_budget_table)) linked = budgetLimits(info.litellm_budget_table);
    else if (keyMax === null) {
      const fetched = await budgetRow(client, budgetId);
      if (typeof fetched === "string") failures.push(fetched);
      else linked = fetched;
    }
    if (linked?.maxBudget !== null && linked?.maxBudget !== undefined) {
      const cap = { level: `budget row ${quoteId(budgetId)}`, amount: amount(linked.maxBudget, linked.duration), fix: keyUpdate("unlink the budget row from the key", { budget_id: null }) };
      // Only a key lookup that joins the budget table applies the row (docs/live.md).
      const enforced = budgetRowEnforced(version);
      if (enforced === false && version !== undefined) dormant = { cap, version: safeText(version, 40) ?? "this version" };
      else caps.push(enforced === null ? { ...cap, amount: `${cap.amount} (enforced from LiteLLM ${BUDGET_ROW_JOIN_FROM} on; this proxy's version is unknown)` } : cap);
    }
    if (linked) limitGates(linked, { source: `budget row ${quoteId(budgetId)}`, level: "budget row" }, gates);
  }
  // 3. Per-model caps; 4. windowed caps (newest proxies).
  if (nonEmptyMap(info.model_max_budget) || linked?.modelMaxBudget) caps.push({ level: "key", amount: `per-model budgets (model_max_budget) for ${modelCount(info.model_max_budget)}`, fix: keyUpdate("remove the key's per-model budgets", { model_max_budget: {} }) });
  if (nonEmptyList(info.budget_limits)) caps.push({ level: "key", amount: windows(info.budget_limits), fix: keyUpdate("remove the key's windowed budgets", { budget_limits: [] }) });

  if (str(info.project_id)) notes.push("the key belongs to a project; project budgets are not checked");
  const metadata = row(info.metadata);
  if (metadata && nonEmptyList(metadata.tags)) notes.push("the key carries tags; tag budgets are not checked");

  // A cap on the key itself settles it: no linked lookups needed.
  if (caps.length > 0) return { status: "limited", key, caps, gates, notes, ...(dormant ? { dormant } : {}) };

  // 5–8. Linked levels, only those the key links to, in parallel.
  const teamId = str(info.team_id);
  const userId = str(info.user_id);
  const keyOrg = str(info.organization_id);
  const teamCall = teamId ? client.call({ method: "GET", path: "/team/info", query: { team_id: teamId }, credential }) : null;
  const userCall = userId ? client.call({ method: "GET", path: "/user/info", query: { user_id: userId }, credential }) : null;
  let orgCall = keyOrg ? organization(client, keyOrg, credential) : null;
  let orgId = keyOrg;
  let blockedBy: string | null = null;
  let userCap: Cap | undefined;

  if (teamCall && teamId) {
    const label = `team ${quoteId(teamId)}`;
    const team = await teamCall;
    const teamInfo = team.ok ? (row(row(team.data)?.team_info) ?? null) : null;
    if (!team.ok) failures.push(team.failure.reason);
    else if (!teamInfo) failures.push("GET /team/info: unexpected answer (no team_info)");
    else {
      if (teamInfo.blocked === true) blockedBy = `its ${label}`;
      unreadable(teamInfo, label, failures);
      const teamMax = num(teamInfo.max_budget);
      const teamFix = (text: string, change: Record<string, unknown>): Remediation => ({ text, request: { method: "POST", path: "/team/update", body: { team_id: teamId, ...change } } });
      if (teamMax !== null) caps.push({ level: label, amount: amount(teamMax, str(teamInfo.budget_duration)), fix: teamFix(`remove the max_budget of ${label}`, { max_budget: null }) });
      if (nonEmptyList(teamInfo.budget_limits)) caps.push({ level: label, amount: windows(teamInfo.budget_limits), fix: teamFix(`remove the windowed budgets of ${label}`, { budget_limits: [] }) });
      if (nonEmptyMap(teamInfo.model_max_budget)) caps.push({ level: label, amount: `per-model budgets for ${modelCount(teamInfo.model_max_budget)}`, fix: teamFix(`remove the per-model budgets of ${label}`, { model_max_budget: {} }) });
      gatesOf({ label, level: "team", id: teamId }, teamInfo, gates);
      // 6. Team membership (keys with a user only).
      if (userId) {
        const memberLabel = `team member ${quoteId(userId)} of ${label}`;
        const memberships = row(team.data)?.team_memberships;
        const membership = Array.isArray(memberships) ? memberships.map(row).find((m) => m !== null && m.user_id === userId) : undefined;
        const own = membership ? budgetLimits(membership.litellm_budget_table) : null;
        const memberFix: Remediation = { text: `remove the budget of ${memberLabel}`, request: { method: "POST", path: "/team/member_update", body: { team_id: teamId, user_id: userId, max_budget_in_team: null } } };
        if (own?.maxBudget !== null && own?.maxBudget !== undefined) caps.push({ level: memberLabel, amount: amount(own.maxBudget, own.duration), fix: memberFix });
        // The membership's budget row carries the member's rate limits (team_member_rpm/tpm_limit).
        if (own?.id) limitGates(own, { source: memberLabel, level: "team member" }, gates, ["tpm", "rpm"]);
        const teamMetadata = row(teamInfo.metadata);
        const memberBudgetId = teamMetadata ? str(teamMetadata.team_member_budget_id) : null;
        // LiteLLM's _check_team_member_budget: the membership's own budget row wins whenever it exists
        // (a null max_budget there caps nothing); the team's default applies only to a member without one.
        if (memberBudgetId !== null && own === null) {
          let memberBudget: BudgetLimits | null = null;
          if (isRecord(teamInfo.team_member_budget_table)) memberBudget = budgetLimits(teamInfo.team_member_budget_table);
          else {
            const fetched = await budgetRow(client, memberBudgetId);
            if (typeof fetched === "string") failures.push(fetched);
            else memberBudget = fetched;
          }
          if (memberBudget?.maxBudget !== null && memberBudget?.maxBudget !== undefined) {
            // No request: its body would carry the team's whole metadata, where LiteLLM keeps callback credentials.
            const fix: Remediation = { text: `stop applying the member budget of ${label} to its members: POST /team/update with its metadata (GET /team/info) without team_member_budget_id` };
            caps.push({ level: `${label}'s member budget ${quoteId(memberBudgetId)}`, amount: amount(memberBudget.maxBudget, memberBudget.duration), fix });
          }
        }
        if (teamMetadata && nonEmptyMap(teamMetadata.team_member_model_max_budget)) caps.push({ level: memberLabel, amount: "per-model member budgets (team_member_model_max_budget)", fix: memberFix });
      }
      const teamOrg = str(teamInfo.organization_id);
      if (!orgId && teamOrg) {
        orgId = teamOrg;
        orgCall = organization(client, teamOrg, credential);
      }
    }
  }

  // 7. The user: a cap for personal keys; with a team only a config-dependent warning.
  if (userCall && userId) {
    const label = `user ${quoteId(userId)}`;
    const user = await userCall;
    const userInfo = user.ok ? row(row(user.data)?.user_info) : null;
    if (!user.ok || !userInfo) {
      if (!teamId) failures.push(user.ok ? "GET /user/info: unexpected answer (no user_info)" : user.failure.reason);
      else notes.push(`the user ${quoteId(userId)} could not be read, so a user budget that may apply to team keys is unknown`);
    } else {
      // A user's rate limits apply to every key of the user, team keys included (newer proxies
      // also count the user's parallel requests: user_max_parallel_requests).
      for (const kind of RATE_FIELDS) {
        const value = num(userInfo[kind]);
        if (value !== null) gates.push({ kind, value, source: label, level: "user", fix: { text: `remove the ${kind} of ${label}`, request: { method: "POST", path: "/user/update", body: { user_id: userId, [kind]: null } } } });
      }
      const userUpdate = (text: string, change: Record<string, unknown>): Remediation => ({ text, request: { method: "POST", path: "/user/update", body: { user_id: userId, ...change } } });
      const userMax = num(userInfo.max_budget);
      const maxCap: Cap | undefined = userMax === null ? undefined : { level: label, amount: amount(userMax, str(userInfo.budget_duration)), fix: userUpdate(`remove the max_budget of ${label}`, { max_budget: null }) };
      // Newer proxies enforce a user's per-model and windowed budgets too (_check_user_model_budget, _user_multi_budget_check).
      const modelCap: Cap | undefined = nonEmptyMap(userInfo.model_max_budget)
        ? { level: label, amount: `per-model budgets (model_max_budget) for ${modelCount(userInfo.model_max_budget)}`, fix: userUpdate(`remove the per-model budgets of ${label}`, { model_max_budget: {} }) }
        : undefined;
      const windowCap: Cap | undefined = nonEmptyList(userInfo.budget_limits) ? { level: label, amount: windows(userInfo.budget_limits), fix: userUpdate(`remove the windowed budgets of ${label}`, { budget_limits: [] }) } : undefined;
      if (!teamId) caps.push(...[maxCap, modelCap, windowCap].filter((cap): cap is Cap => cap !== undefined));
      // On a team key LiteLLM never applies the user's windows (_user_multi_budget_check skips team keys).
      else userCap = maxCap ?? modelCap;
    }
  }

  // 8. The organization (the key's, else its team's): unlimited when max_budget is null or <= 0.
  if (orgCall && orgId) {
    const label = `organization ${quoteId(orgId)}`;
    const org = await orgCall;
    if (typeof org === "string") failures.push(org);
    else if (org === null) notes.push(`the ${label} was not found`);
    else {
      if (org.maxBudget !== null && org.maxBudget > 0) {
        caps.push({ level: label, amount: amount(org.maxBudget, org.duration), fix: { text: `remove the max_budget of ${label}`, request: { method: "POST", path: "/organization/update", body: { organization_id: orgId, max_budget: null } } } });
      }
      // The organization's budget row carries its rate limits (organization_rpm/tpm_limit).
      if (org.id) limitGates(org, { source: label, level: "organization" }, gates, ["tpm", "rpm"]);
    }
  }

  if (blockedBy) return { status: "blocked", key, by: blockedBy };
  if (caps.length > 0) return { status: "limited", key, caps, gates, notes, ...(dormant ? { dormant } : {}) };
  if (failures.length > 0) return inconclusive(failures.join("; "));
  return { status: "unlimited", key, ...(userCap ? { userCap } : {}), ...(dormant ? { dormant } : {}), gates, notes };
}

/** Fields LiteLLM's database types as a number or a boolean, read in another shape: the answer cannot be judged. */
function unreadable(row: Row, label: string, failures: string[]): void {
  if (row.max_budget !== null && row.max_budget !== undefined && num(row.max_budget) === null) failures.push(`${label}: max_budget is not a number`);
  if (row.blocked !== null && row.blocked !== undefined && typeof row.blocked !== "boolean") failures.push(`${label}: blocked is not true or false`);
}

/** A budget row by id (older proxies do not include linked rows); a string is a failure reason. */
async function budgetRow(client: LiteLLMClient, id: string): Promise<BudgetLimits | null | string> {
  if (!client.has("master")) return `reading budget row ${quoteId(id)} needs ${CREDENTIAL_ENV.master} (budgets are admin-only)`;
  const result = await client.call({ method: "POST", path: "/budget/info", body: { budgets: [id] }, credential: "master" });
  if (!result.ok) return result.failure.reason;
  if (!Array.isArray(result.data)) return "POST /budget/info: unexpected answer (not a list)";
  return result.data.map(budgetLimits).find((budget) => budget?.id === id) ?? null;
}

/** The organization's budget row: GET on newer proxies, POST on older ones; null when not found. */
async function organization(client: LiteLLMClient, id: string, credential: Credential): Promise<BudgetLimits | null | string> {
  const viaGet = await client.call({ method: "GET", path: "/organization/info", query: { organization_id: id }, credential });
  let orgRow: Row | null = null;
  if (viaGet.ok) orgRow = row(viaGet.data);
  else {
    const { failure } = viaGet;
    const absent = failure.status === 405 || (failure.status === 404 && failure.error?.routeMissing);
    if (saysNotFound(failure)) return null;
    if (!absent) return failure.reason;
    const viaPost = await client.call({ method: "POST", path: "/organization/info", body: { organizations: [id] }, credential });
    if (!viaPost.ok) return viaPost.failure.status === 400 && viaPost.failure.error?.notFound ? null : viaPost.failure.reason;
    if (!Array.isArray(viaPost.data)) return "POST /organization/info: unexpected answer (not a list)";
    orgRow = viaPost.data.map(row).find((candidate) => candidate?.organization_id === id) ?? null;
    if (!orgRow) return null;
  }
  if (!orgRow) return "GET /organization/info: unexpected answer";
  // Every organization has a budget row; no row means no cap.
  return budgetLimits(orgRow.litellm_budget_table) ?? { id: "", maxBudget: null, softBudget: null, duration: null, tpm: null, rpm: null, parallel: null, modelMaxBudget: false, resetAt: undefined };
}

/** `/key/update` names the key; the tool never writes it out, so the body holds a placeholder to replace. */
export const KEY_PLACEHOLDER = "<the integration key, sk-…>";

function keyUpdate(text: string, change: Record<string, unknown>): Remediation {
  return { text: `${text} (replace the key placeholder)`, request: { method: "POST", path: "/key/update", body: { key: KEY_PLACEHOLDER, ...change } } };
}

function amount(value: number, duration: string | null): string {
  const period = duration ? safeText(duration, 16) : null;
  return `max_budget ${formatAmount(value)}${period ? ` per ${period}` : duration ? " per period" : " (never resets)"}`;
}

function windows(value: unknown): string {
  const list = Array.isArray(value) ? value.map(row).filter((item): item is Row => item !== null) : [];
  const parts = list.slice(0, 3).map((item) => {
    const max = num(item.max_budget);
    const period = safeText(item.budget_duration, 16);
    return `${max === null ? "?" : formatAmount(max)} per ${period ?? "window"}`;
  });
  return `windowed budgets (budget_limits) ${parts.join(", ")}${list.length > 3 ? ", …" : ""}`;
}

function modelCount(value: unknown): string {
  const count = isRecord(value) ? Object.keys(value).length : 0;
  return count === 1 ? "1 model" : `${count} models`;
}

/** A rate limit (not a budget) on the integration key's path: all platform traffic shares it. */
export interface Gate {
  kind: "tpm_limit" | "rpm_limit" | "max_parallel_requests" | PerModelKind;
  /** A number, or "gpt-4o 10" for per-model limits. */
  value: number | string;
  /** 'key', 'budget row "tier-1"', 'team "codemie"' */
  source: string;
  level: "key" | "budget row" | "team" | "team member" | "user" | "organization";
  fix: Remediation;
}

const RATE_FIELDS = ["tpm_limit", "rpm_limit", "max_parallel_requests"] as const;
/** Per-model limits held in key and team metadata: {model: n}. */
const PER_MODEL = ["model_tpm_limit", "model_rpm_limit", "model_max_parallel_requests"] as const;
type PerModelKind = (typeof PER_MODEL)[number];

function gatesOf(owner: { label: string; level: "key" | "team"; id?: string }, source: Row, gates: Gate[]): void {
  const fix = (field: string, value: unknown): Remediation =>
    owner.level === "key"
      ? keyUpdate(`remove the key's ${field}`, { [field]: value })
      : { text: `remove the ${field} of ${owner.label}`, request: { method: "POST", path: "/team/update", body: { team_id: owner.id, [field]: value } } };
  for (const kind of RATE_FIELDS) {
    const value = num(source[kind]);
    if (value !== null) gates.push({ kind, value, source: owner.label, level: owner.level, fix: fix(kind, null) });
  }
  // Per-model limits live in metadata (model_rpm_limit / model_tpm_limit / model_max_parallel_requests: {model: n}).
  const metadata = row(source.metadata);
  for (const kind of PER_MODEL) {
    const limits = metadata ? row(metadata[kind]) : null;
    if (!limits) continue;
    for (const [model, raw] of Object.entries(limits).slice(0, 5)) {
      const value = num(raw);
      const name = safeText(model);
      // Text only: a request would copy the whole metadata, where LiteLLM keeps callback credentials.
      const remove: Remediation = { text: `remove ${kind} from the metadata of ${owner.level === "key" ? "the key" : owner.label} (POST /${owner.level}/update with its metadata without it)` };
      if (value !== null && name) gates.push({ kind, value: `${name} ${value}`, source: owner.label, level: owner.level, fix: remove });
    }
  }
}

const ROW_LIMITS = { tpm: "tpm_limit", rpm: "rpm_limit", parallel: "max_parallel_requests" } as const;

/**
 * Rate limits held in a budget row (the key's linked row, a team membership's, an organization's):
 * removed with `/budget/update` on that row. `fields`: the ones LiteLLM reads from this owner.
 */
function limitGates(limits: BudgetLimits, owner: { source: string; level: Gate["level"] }, gates: Gate[], fields: (keyof typeof ROW_LIMITS)[] = ["tpm", "rpm", "parallel"]): void {
  const rowName = `budget row ${quoteId(limits.id)}`;
  const where = owner.level === "budget row" ? rowName : `${rowName} of ${owner.source}`;
  for (const field of fields) {
    const value = limits[field];
    const kind = ROW_LIMITS[field];
    if (value !== null) gates.push({ kind, value, source: owner.source, level: owner.level, fix: { text: `remove the ${kind} of ${where}`, request: { method: "POST", path: "/budget/update", body: { budget_id: limits.id, [kind]: null } } } });
  }
}

/**
 * The limits LiteLLM enforces for the key: the key's own value, else its budget row's (the row
 * fills only null fields); the team's, the team membership's, the user's and the organization's
 * are separate counters checked on every request (parallel_request_limiter_v3), so the strictest
 * of those wins; per-model limits are all listed.
 */
export function effectiveGates(gates: readonly Gate[]): Gate[] {
  const out: Gate[] = [];
  for (const kind of RATE_FIELDS) {
    const ofKind = gates.filter((gate) => gate.kind === kind);
    const keyOwn = ofKind.some((gate) => gate.level === "key");
    const applied = ofKind.filter((gate) => !(keyOwn && gate.level === "budget row"));
    const strictest = applied.reduce<Gate | undefined>((best, gate) => (best === undefined || Number(gate.value) < Number(best.value) ? gate : best), undefined);
    if (strictest) out.push(strictest);
  }
  out.push(...gates.filter((gate) => (PER_MODEL as readonly string[]).includes(gate.kind)));
  return out;
}

export function describeGates(gates: readonly Gate[]): string {
  return gates.map((gate) => `${gate.kind} ${gate.value} (from ${gate.source})`).join(", ");
}

export function quoteId(id: string): string {
  const safe = safeText(id);
  return safe ? `"${safe}"` : "(unprintable id)";
}
