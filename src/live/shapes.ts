/**
 * Lenient readers for LiteLLM answers of both proxy generations: every field optional and
 * nullable, numbers or numeric strings, unknown fields ignored (litellm-api.md §7 "Parsing").
 */
// Not from client.ts: the rules read these shapes, and offline runs must not load the HTTP client.
import { isRecord } from "../core/guards.ts";
import type { Remediation } from "../core/types.ts";

export type Row = Record<string, unknown>;

/** A spend cap on the integration key's path. */
export interface Cap {
  /** 'key', 'budget row "prod-budget"', 'team "codemie"', … */
  level: string;
  /** 'max_budget 500 per 30d' */
  amount: string;
  /** The API call that removes this cap. */
  fix?: Remediation;
}

export function describeCaps(caps: Cap[]): string {
  return caps.map((cap) => `${cap.level}: ${cap.amount}`).join("; ");
}

export function num(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

export function str(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

export function row(value: unknown): Row | null {
  return isRecord(value) ? value : null;
}

export function nonEmptyMap(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).length > 0;
}

export function nonEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

/** A short identifier from the server that is safe to quote (ids, aliases, versions, durations). */
export function safeText(value: unknown, max = 64): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const text = String(value);
  return text.length > 0 && text.length <= max && /^[\w .:@/+-]+$/.test(text) ? text : null;
}

/** A release number (`1.80.12`, `v1.77.3-stable`, `1.65.0.post1`): anything else from the server is no version to quote. */
export function versionText(value: unknown): string | undefined {
  const text = safeText(value, 40);
  return text !== null && /^v?\d+\.\d+(?:\.\d+)*(?:[.+-][\w.+-]*)?$/.test(text) ? text : undefined;
}

export function formatAmount(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10000) / 10000);
}

// ---------------------------------------------------------------- /health/readiness

export type DbState = "connected" | "disconnected" | "none" | "unknown";

export interface Readiness {
  version: string | undefined;
  db: DbState;
  /** What said so, for messages: 'readiness reports db "disconnected"'. */
  evidence: string;
}

/** The portable rule of litellm-api.md §4.2, for `/health/readiness` and `/health/readiness/details`. */
export function parseReadiness(data: unknown, path = "readiness"): Readiness | null {
  const body = row(data);
  if (!body) return null;
  const version = versionText(body.litellm_version);
  const db = body.db;
  const status = body.status;
  let state: DbState = "unknown";
  let evidence = `${path} does not report the database`;
  if (db === "Not connected") {
    state = "none";
    evidence = `${path} reports db "Not connected"`;
  } else if (status === "connected" || status === "disconnected") {
    state = status;
    evidence = `${path} reports status "${status}"`;
  } else if (db === "connected" || db === "disconnected") {
    state = db;
    evidence = `${path} reports db "${db}"`;
  }
  if (version === undefined && state === "unknown" && !("status" in body)) return null;
  return { version, db: state, evidence };
}

/** Newest proxies fail the public probe with 503 "Service Unhealthy" when the database is down. */
export function unhealthyReadiness(): Readiness {
  return { version: undefined, db: "disconnected", evidence: 'GET /health/readiness answers 503 "Service Unhealthy"' };
}

/** The details endpoint fills what the minimal public answer leaves out. */
export function mergeReadiness(base: Readiness, details: Readiness): Readiness {
  return {
    version: base.version ?? details.version,
    db: base.db === "unknown" ? details.db : base.db,
    evidence: base.db === "unknown" ? details.evidence : base.evidence,
  };
}

// ---------------------------------------------------------------- budget rows

export interface BudgetLimits {
  id: string;
  maxBudget: number | null;
  softBudget: number | null;
  duration: string | null;
  tpm: number | null;
  rpm: number | null;
  parallel: number | null;
  modelMaxBudget: boolean;
  /** `budget_reset_at`; `undefined` when the answer has no such field (older customer shapes). */
  resetAt: string | null | undefined;
}

export function budgetLimits(value: unknown): BudgetLimits | null {
  const budget = row(value);
  const id = budget ? str(budget.budget_id) : null;
  if (!budget || id === null) return null;
  return {
    id,
    maxBudget: num(budget.max_budget),
    softBudget: num(budget.soft_budget),
    duration: str(budget.budget_duration),
    tpm: num(budget.tpm_limit),
    rpm: num(budget.rpm_limit),
    parallel: num(budget.max_parallel_requests),
    modelMaxBudget: nonEmptyMap(budget.model_max_budget),
    resetAt: "budget_reset_at" in budget ? str(budget.budget_reset_at) : undefined,
  };
}

/** "max_budget 120, soft_budget 80, budget_duration 30d" — the limits a budget row carries. */
export function describeLimits(limits: BudgetLimits): string {
  const parts = [
    `max_budget ${limits.maxBudget === null ? "none" : formatAmount(limits.maxBudget)}`,
    `soft_budget ${limits.softBudget === null ? "none" : formatAmount(limits.softBudget)}`,
    `budget_duration ${limits.duration === null ? "none" : (safeText(limits.duration, 16) ?? "set")}`,
  ];
  if (limits.tpm !== null) parts.push(`tpm_limit ${limits.tpm}`);
  if (limits.rpm !== null) parts.push(`rpm_limit ${limits.rpm}`);
  if (limits.parallel !== null) parts.push(`max_parallel_requests ${limits.parallel}`);
  if (limits.modelMaxBudget) parts.push("per-model budgets");
  return parts.join(", ");
}
