import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  isRecord
} from "./chunk-OZ4SUTWN.js";
import {
  UsageError
} from "./chunk-YI5XR4DP.js";

// src/live/shapes.ts
function describeCaps(caps) {
  return caps.map((cap) => `${cap.level}: ${cap.amount}`).join("; ");
}
function num(value) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(value)) return Number(value);
  return null;
}
function str(value) {
  return typeof value === "string" && value !== "" ? value : null;
}
function row(value) {
  return isRecord(value) ? value : null;
}
function nonEmptyMap(value) {
  return isRecord(value) && Object.keys(value).length > 0;
}
function nonEmptyList(value) {
  return Array.isArray(value) && value.length > 0;
}
function safeText(value, max = 64) {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const text = String(value);
  return text.length > 0 && text.length <= max && /^[\w .:@/+-]+$/.test(text) ? text : null;
}
function formatAmount(value) {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e4) / 1e4);
}
function parseReadiness(data) {
  const body = row(data);
  if (!body) return null;
  const version = safeText(body.litellm_version, 40) ?? void 0;
  const db = body.db;
  const status = body.status;
  let state = "unknown";
  if (db === "Not connected") state = "none";
  else if (status === "connected" || status === "disconnected") state = status;
  else if (db === "connected" || db === "disconnected") state = db;
  if (version === void 0 && state === "unknown" && !("status" in body)) return null;
  return { version, db: state };
}
function budgetLimits(value) {
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
    modelMaxBudget: nonEmptyMap(budget.model_max_budget)
  };
}
function describeLimits(limits) {
  const parts = [
    `max_budget ${limits.maxBudget === null ? "none" : formatAmount(limits.maxBudget)}`,
    `soft_budget ${limits.softBudget === null ? "none" : formatAmount(limits.softBudget)}`,
    `budget_duration ${limits.duration === null ? "none" : safeText(limits.duration, 16) ?? "set"}`
  ];
  if (limits.tpm !== null) parts.push(`tpm_limit ${limits.tpm}`);
  if (limits.rpm !== null) parts.push(`rpm_limit ${limits.rpm}`);
  if (limits.parallel !== null) parts.push(`max_parallel_requests ${limits.parallel}`);
  if (limits.modelMaxBudget) parts.push("per-model budgets");
  return parts.join(", ");
}

// src/live/config.ts
var DEFAULT_TIMEOUT_MS = 1e4;

// src/live/url.ts
function parseLiteLLMUrl(url, from) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${from} is not a URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new UsageError(`${from} must be an http:// or https:// URL`);
  if (parsed.username || parsed.password) throw new UsageError(`${from} must not contain credentials; use LITELLM_MASTER_KEY and LITELLM_API_KEY`);
  if (parsed.search || parsed.hash) throw new UsageError(`${from} must not have a query or a fragment`);
  return parsed;
}
function liveConfig(url, from, env, budgetIdEnv, more = {}) {
  const { HTTP_PROXY, http_proxy, HTTPS_PROXY, https_proxy, NO_PROXY, no_proxy } = env;
  return {
    url: parseLiteLLMUrl(url, from).href,
    urlFrom: from,
    masterKey: env.LITELLM_MASTER_KEY || void 0,
    apiKey: env.LITELLM_API_KEY || void 0,
    ...budgetIdEnv ? { budgetIdEnv } : {},
    proxyEnv: { HTTP_PROXY, http_proxy, HTTPS_PROXY, https_proxy, NO_PROXY, no_proxy },
    ...Object.fromEntries(Object.entries(more).filter(([, value]) => value !== void 0))
  };
}
function urlAnchor(from, url) {
  const file = from.startsWith("--") ? from : /^input "(.*)"$/.test(from) ? `<input ${from.slice(7, -1)}>` : `<env ${from}>`;
  const range = { start: { line: 1, column: 1 }, end: { line: 1, column: url.length + 1 }, path: [] };
  const source = { kind: "config", file, locate: () => range, lineText: () => void 0 };
  return { source, path: [] };
}

export {
  describeCaps,
  num,
  str,
  row,
  nonEmptyMap,
  nonEmptyList,
  safeText,
  formatAmount,
  parseReadiness,
  budgetLimits,
  describeLimits,
  DEFAULT_TIMEOUT_MS,
  liveConfig,
  urlAnchor
};
