import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  TransportError
} from "./chunk-CFB6SWCT.js";
import {
  sha256Hex
} from "./chunk-YWQAKHHM.js";
import {
  budgetIdDefect,
  isRecord,
  proxySetting
} from "./chunk-L6SKZPTU.js";
import {
  placeKey
} from "./chunk-UAKUUDY6.js";
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
function versionText(value) {
  const text = safeText(value, 40);
  return text !== null && /^v?\d+\.\d+(?:\.\d+)*(?:[.+-][\w.+-]*)?$/.test(text) ? text : void 0;
}
function formatAmount(value) {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e4) / 1e4);
}
function parseReadiness(data, path = "readiness") {
  const body = row(data);
  if (!body) return null;
  const version = versionText(body.litellm_version);
  const db = body.db;
  const status = body.status;
  let state = "unknown";
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
  if (version === void 0 && state === "unknown" && !("status" in body)) return null;
  return { version, db: state, evidence };
}
function unhealthyReadiness() {
  return { version: void 0, db: "disconnected", evidence: 'GET /health/readiness answers 503 "Service Unhealthy"' };
}
function mergeReadiness(base, details) {
  return {
    version: base.version ?? details.version,
    db: base.db === "unknown" ? details.db : base.db,
    evidence: base.db === "unknown" ? details.evidence : base.evidence
  };
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
    modelMaxBudget: nonEmptyMap(budget.model_max_budget),
    resetAt: "budget_reset_at" in budget ? str(budget.budget_reset_at) : void 0
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

// src/live/client.ts
var CREDENTIAL_ENV = {
  master: "LITELLM_MASTER_KEY",
  api: "LITELLM_API_KEY",
  proxy: "LITELLM_PROXY_APP_KEY"
};
var KNOWN_ERROR_TYPES = /* @__PURE__ */ new Set([
  "auth_error",
  "budget_exceeded",
  "expired_key",
  "token_not_found_in_db",
  "no_db_connection",
  "not_found_error",
  "not_found",
  "bad_request_error",
  "bad_request",
  "validation_error",
  "internal_server_error",
  "key_model_access_denied",
  "team_model_access_denied",
  "user_model_access_denied",
  "org_model_access_denied"
]);
var DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
var RETRY_STATUSES = /* @__PURE__ */ new Set([429, 502, 503, 504]);
var BASE_BACKOFF_MS = 200;
var LiteLLMClient = class {
  /** HTTP requests sent, retries included. */
  requests = 0;
  baseUrl;
  /** The base URL's path prefix without a trailing slash ("" or "/litellm"). */
  prefix;
  /** Base URL for messages: no user info, no query. */
  displayUrl;
  options;
  cache = /* @__PURE__ */ new Map();
  active = 0;
  waiting = [];
  constructor(options) {
    this.options = options;
    const url = new URL(options.baseUrl);
    url.username = "";
    url.password = "";
    url.search = "";
    url.hash = "";
    this.prefix = url.pathname.replace(/\/+$/, "");
    this.baseUrl = url;
    this.displayUrl = `${url.origin}${this.prefix}`;
  }
  has(credential) {
    return credential === "none" || Boolean(this.keyOf(credential));
  }
  /** One logical call; identical calls in one run share one result. */
  call(spec) {
    const cacheKey = JSON.stringify([spec.method, spec.path, spec.query ?? {}, spec.body ?? null, spec.credential]);
    let pending = this.cache.get(cacheKey);
    if (!pending) {
      pending = this.limited(() => this.attempts(spec));
      this.cache.set(cacheKey, pending);
    }
    return pending;
  }
  keyOf(credential) {
    if (credential === "master") return this.options.masterKey || void 0;
    if (credential === "api") return this.options.apiKey || void 0;
    if (credential === "proxy") return this.options.proxyAppKey || void 0;
    return void 0;
  }
  async limited(task) {
    const limit = this.options.concurrency ?? 4;
    if (this.active >= limit) await new Promise((resume) => this.waiting.push(resume));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
  url(spec) {
    const url = new URL(this.baseUrl.href);
    url.pathname = `${this.prefix}${spec.path}`;
    for (const [name, value] of Object.entries(spec.query ?? {})) url.searchParams.set(name, value);
    return url;
  }
  headers(spec) {
    const headers = { accept: "application/json", "user-agent": "litellm-preflight" };
    if (spec.body !== void 0) headers["content-type"] = "application/json";
    const key = this.keyOf(spec.credential);
    if (key) headers[(this.options.keyHeader || "authorization").toLowerCase()] = `Bearer ${key}`;
    return headers;
  }
  async attempts(spec) {
    const now = this.options.now ?? Date.now;
    const retries = this.options.retries ?? 2;
    const label = `${spec.method} ${spec.path}`;
    let last;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0 && last) {
        const wait = this.backoff(attempt, last);
        const left = this.options.deadline - now();
        if (wait.ms >= left) {
          if (wait.fromRetryAfter) last = { ...last, reason: `${last.reason}; Retry-After ${Math.ceil(wait.ms / 1e3)} s exceeds the time left` };
          return { ok: false, failure: last };
        }
        try {
          await (this.options.sleep ?? sleep)(wait.ms, this.options.signal);
        } catch {
          return { ok: false, failure: last };
        }
      }
      if (this.options.signal.aborted || now() >= this.options.deadline) {
        return { ok: false, failure: last ?? { kind: "timeout", reason: `${label}: ${this.timeoutText()}` } };
      }
      const result = await this.once(spec, label);
      if (result.ok) return result;
      last = result.failure;
      if (!retryable(last)) return result;
    }
    return { ok: false, failure: last };
  }
  retryAfter = /* @__PURE__ */ new WeakMap();
  backoff(attempt, failure) {
    const hinted = this.retryAfter.get(failure);
    if (hinted !== void 0) return { ms: hinted, fromRetryAfter: true };
    const base = (this.options.backoffMs ?? BASE_BACKOFF_MS) * 2 ** (attempt - 1);
    const random = this.options.random ?? Math.random;
    return { ms: Math.round(base / 2 + random() * (base / 2)), fromRetryAfter: false };
  }
  timeoutText() {
    return "no answer within the live-check timeout (--timeout)";
  }
  async once(spec, label) {
    let response;
    this.requests++;
    try {
      const request = {
        method: spec.method,
        url: this.url(spec),
        headers: this.headers(spec),
        signal: this.options.signal,
        maxBytes: this.options.maxBytes ?? DEFAULT_MAX_BYTES,
        ...spec.body !== void 0 ? { body: JSON.stringify(spec.body) } : {}
      };
      response = await this.options.http(request);
    } catch (error) {
      const failure = transportFailure(error, label, this.options.signal.aborted);
      if (failure.kind === "timeout") failure.reason = `${label}: ${this.timeoutText()}`;
      return { ok: false, failure };
    }
    return this.interpret(response, spec, label);
  }
  interpret(response, spec, label) {
    const { status } = response;
    const contentType = (response.headers["content-type"] ?? "").toLowerCase();
    const isJson = /\bjson\b/.test(contentType);
    const isHtml = contentType.includes("html");
    if (status >= 300 && status < 400) {
      const target = safeOrigin(response.headers.location, this.baseUrl);
      return fail({ kind: "redirect", status, reason: `${label}: HTTP ${status} redirect${target ? ` to ${target}` : ""}; redirects are not followed (point --litellm-url at the proxy itself)` });
    }
    let data;
    let parsed = false;
    if (isJson) {
      try {
        data = JSON.parse(new TextDecoder("utf-8").decode(response.body));
        parsed = true;
      } catch {
        parsed = false;
      }
    }
    if (status >= 200 && status < 300) {
      if (isHtml) return fail({ kind: "not-json", status, reason: `${label}: answered with an HTML page, not the LiteLLM API (a login page or another service in front of the proxy?)` });
      if (!isJson) return fail({ kind: "not-json", status, reason: `${label}: answered with ${describeType(contentType)}, not JSON` });
      if (!parsed) return fail({ kind: "malformed", status, reason: `${label}: answered with malformed JSON` });
      return { ok: true, status, data };
    }
    const error = parsed ? errorInfo(data) : { routeMissing: false, blocked: false, notFound: false, noDb: false, unhealthy: false };
    const typeText = error.type ? ` (${error.type})` : "";
    const base = `${label}: HTTP ${status}${typeText}`;
    const credentialName = spec.credential === "none" ? void 0 : CREDENTIAL_ENV[spec.credential];
    const failure = (kind, text) => fail({ kind, status, error, reason: text ? `${base}: ${text}` : base });
    if (status === 401) {
      if (!credentialName) return failure("unauthorized", "the proxy wants a key for this endpoint");
      if (spec.credential === "master") return failure("unauthorized", `${credentialName} was rejected or is not an admin key`);
      return failure("unauthorized", `${credentialName} was refused (an invalid key, or an endpoint that needs ${CREDENTIAL_ENV.master})`);
    }
    if (status === 403) return failure("forbidden", credentialName ? `${credentialName} lacks the role for this endpoint${spec.credential === "master" ? " (proxy_admin needed)" : ""}` : "forbidden");
    if (status === 404) return failure("not-found", error.routeMissing ? "this proxy version does not have the endpoint" : "not found");
    if (status === 429) {
      const result = failure("rate-limited", "rate limited");
      if (!result.ok) {
        const hinted = parseRetryAfter(response.headers["retry-after"], this.options.now ?? Date.now);
        if (hinted !== void 0) this.retryAfter.set(result.failure, hinted);
      }
      return result;
    }
    if (status >= 500) {
      const what = isHtml ? "an error page from a gateway in front of the proxy" : error.noDb ? "the proxy's database is not available" : "server error";
      return failure("server", what);
    }
    return failure("client", status === 422 ? "the proxy rejected the request format" : "");
  }
};
function saysNotFound(failure) {
  return failure.status === 404 && failure.error?.notFound === true && !failure.error.routeMissing;
}
function fail(failure) {
  return { ok: false, failure };
}
function retryable(failure) {
  if (failure.status !== void 0) return RETRY_STATUSES.has(failure.status);
  return failure.kind === "refused" || failure.kind === "reset" || failure.kind === "network" || failure.kind === "dns" && failure.reason.includes("temporary");
}
function transportFailure(error, label, aborted) {
  if (error instanceof TransportError) {
    const code = error.code && error.kind !== "timeout" ? ` (${error.code})` : "";
    const kind = aborted ? "timeout" : error.kind;
    return { kind, reason: `${label}: ${error.message}${code}` };
  }
  if (aborted) return { kind: "timeout", reason: `${label}: no answer before the live-check deadline` };
  const name = error instanceof Error && /^\w{1,40}$/.test(error.name) ? error.name : "unknown error";
  return { kind: "internal", reason: `${label}: the HTTP client failed (${name})` };
}
function errorInfo(data) {
  const info = { routeMissing: false, blocked: false, notFound: false, noDb: false, unhealthy: false };
  if (!isRecord(data)) return info;
  let texts = [];
  const error = data.error;
  if (isRecord(error)) {
    if (typeof error.type === "string" && KNOWN_ERROR_TYPES.has(error.type)) info.type = error.type;
    texts = collectText(error.message);
  } else if ("detail" in data) {
    const detail = data.detail;
    if (detail === "Not Found") info.routeMissing = true;
    texts = collectText(detail);
  }
  const text = texts.join(" ").toLowerCase();
  info.blocked = /\bis blocked\b/.test(text);
  info.notFound = /not found|does not exist/.test(text);
  info.unhealthy = /^service unhealthy\b/.test(text);
  info.noDb = /no db connected|db not connected|database not connected|no connected db|no_db_connection/.test(text) || info.type === "no_db_connection";
  return info;
}
function collectText(value, depth = 0) {
  if (depth > 3) return [];
  if (typeof value === "string") return [value.slice(0, 2e3)];
  if (Array.isArray(value)) return value.slice(0, 10).flatMap((item) => collectText(item, depth + 1));
  if (isRecord(value)) return Object.values(value).slice(0, 10).flatMap((item) => collectText(item, depth + 1));
  return [];
}
function describeType(contentType) {
  if (!contentType) return "no content type";
  const type = contentType.split(";")[0]?.trim() ?? "";
  return /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : "an unexpected content type";
}
function safeOrigin(location, base) {
  if (!location) return void 0;
  try {
    const url = new URL(location, base);
    if (url.origin === base.origin) return "the same origin";
    return /^https?:$/.test(url.protocol) ? url.origin : void 0;
  } catch {
    return void 0;
  }
}
function parseRetryAfter(value, now) {
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now());
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new Error("aborted"));
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error("aborted"));
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
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
  const used = [http_proxy !== void 0 ? ["http_proxy", http_proxy] : ["HTTP_PROXY", HTTP_PROXY], https_proxy !== void 0 ? ["https_proxy", https_proxy] : ["HTTPS_PROXY", HTTPS_PROXY]];
  for (const [name, value] of used) {
    if (value && !isProxyUrl(value)) throw new UsageError(`${name} is not an http:// or https:// URL, so no request can go through it`);
  }
  return {
    url: parseLiteLLMUrl(url, from).href,
    urlFrom: from,
    masterKey: env.LITELLM_MASTER_KEY || void 0,
    apiKey: env.LITELLM_API_KEY || void 0,
    proxyAppKey: env.LITELLM_PROXY_APP_KEY || void 0,
    ...budgetIdEnv ? { budgetIdEnv } : {},
    proxyEnv: { HTTP_PROXY, http_proxy, HTTPS_PROXY, https_proxy, NO_PROXY, no_proxy },
    ...Object.fromEntries(Object.entries(more).filter(([, value]) => value !== void 0))
  };
}
function isProxyUrl(value) {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
function urlAnchor(from, url) {
  const file = from.startsWith("--") ? from : /^input "(.*)"$/.test(from) ? `<input ${from.slice(7, -1)}>` : `<env ${from}>`;
  const range = { start: { line: 1, column: 1 }, end: { line: 1, column: url.length + 1 }, path: [] };
  const source = { kind: "config", file, locate: () => range, lineText: () => void 0 };
  return { source, path: [] };
}

// src/live/targets.ts
var MAX_RELATED = 10;
function isLookupCandidate(id, variable) {
  return budgetIdDefect(id, variable) === void 0 && id.length <= 512;
}
function budgetTargets(model, budgetIdEnv) {
  const byId = /* @__PURE__ */ new Map();
  const seenAt = /* @__PURE__ */ new Map();
  for (const fact of model.facts.budgetIds) {
    const effective = fact.mappedTo ?? fact;
    const id = effective.id;
    if (id === void 0 || !isLookupCandidate(id, effective.variable)) continue;
    const isDefault = effective.source === "default";
    const at = effective.at ?? firstInput(model);
    const where = placeKey(at);
    const sensitive = effective.variable?.sensitive === true;
    let target = byId.get(id);
    if (!target) {
      target = { id, shown: sensitive ? "(value from a Secret)" : id, sensitive, isDefault, envName: effective.envName ?? budgetIdEnv, at, related: [], places: 0 };
      if (effective.source === "budgets-config") {
        target.fromBudgetsConfig = true;
        const entry = model.codemie.budgetsConfigs.flatMap((config) => config.entries).find((candidate) => candidate.budgetId === id);
        if (entry) target.predefined = { maxBudget: entry.maxBudget, softBudget: entry.softBudget, duration: entry.duration };
      }
      byId.set(id, target);
      seenAt.set(id, /* @__PURE__ */ new Set());
    }
    const seen = seenAt.get(id);
    if (seen.has(where)) continue;
    seen.add(where);
    target.places++;
    if (target.places > 1 && target.related.length < MAX_RELATED) target.related.push(at);
    if (target.sensitive !== sensitive) target.sensitive = target.sensitive || sensitive;
  }
  const targets = [...byId.values()];
  const fallback = endUserDefaultTarget(model);
  if (fallback) targets.push(fallback);
  return targets;
}
function endUserDefaultTarget(model) {
  const node = model.litellm ? proxySetting(model.litellm, "litellm_settings", "max_end_user_budget_id") : void 0;
  if (node?.kind !== "scalar" || typeof node.value !== "string" && typeof node.value !== "number") return void 0;
  const id = String(node.value);
  if (!isLookupCandidate(id)) return void 0;
  const at = { ...node.origin, part: "value" };
  return { id, shown: id, sensitive: false, isDefault: false, envName: "litellm_settings.max_end_user_budget_id", at, related: [], places: 1, endUserDefault: true };
}
var APP_KEY_ENV = ["LITE_LLM_APP_KEY", "LITELLM_API_KEY"];
function keyAnchor(model) {
  return envAnchor(model, APP_KEY_ENV) ?? firstInput(model);
}
var PROXY_KEY_ENV = "LITE_LLM_PROXY_APP_KEY";
function envAnchor(model, names) {
  for (const name of names) {
    for (const list of model.facts.envLists) {
      if (list.origin !== "values") continue;
      const entry = list.entries.find((candidate) => candidate.name === name);
      if (entry) return list.style === "list" ? { source: entry.at.source, path: [...entry.at.path, "name"] } : { ...entry.at, part: "key", sensitive: false };
    }
  }
  return void 0;
}
function firstInput(model) {
  const values = model.values;
  const file = values?.files[0];
  if (file) return { source: file, path: [] };
  const set = values?.sets[0];
  if (set) return { source: set, path: [] };
  const manifest = model.manifests?.objects[0]?.source;
  if (manifest) return { source: manifest, path: [] };
  return { source: NO_INPUT, path: [] };
}
var NO_INPUT = {
  kind: "config",
  file: "<inputs>",
  locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, path: [] }),
  lineText: () => void 0
};

// src/facts/litellm-advisories.ts
var LITELLM_ADVISORIES = [
  {
    id: "malicious-1.82.7-1.82.8",
    versions: ["1.82.7", "1.82.8"],
    severity: "error",
    summary: "malicious PyPI releases of 2026-03-24 (hijacked maintainer account) that steal credentials (SSH keys, cloud and Kubernetes credentials, environment variables); rotate all the image could read",
    url: "https://github.com/BerriAI/litellm/issues/24518",
    verified: "BerriAI/litellm#24518 and #24521 (1.82.8 ships litellm_init.pth), GitHub advisory-database#7226; PyPI quarantined and removed both"
  },
  {
    id: "max-end-user-budget-auto-created",
    severity: "warning",
    setting: "max_end_user_budget",
    summary: "litellm_settings.max_end_user_budget is not applied to end users the proxy creates on first request (closed without a fix; use max_end_user_budget_id)",
    url: "https://github.com/BerriAI/litellm/issues/15967",
    verified: "BerriAI/litellm#15967 (seen on 1.78.5, closed as stale, no fix merged; PR #14425 closed unmerged; #16456 added max_end_user_budget_id instead)"
  },
  {
    id: "max-end-user-budget-id-reset",
    severity: "warning",
    setting: "max_end_user_budget_id",
    summary: "end users whose budget is max_end_user_budget_id keep accumulating spend across resets and stay blocked at the cap (fixed on main by #39729, 2026-09; first release not known here)",
    url: "https://github.com/BerriAI/litellm/issues/24675",
    verified: "BerriAI/litellm#24675 (closed as stale; PRs #24737 and #25168 closed unmerged); PR #39729 (invalidate end-user spend counter and cache on budget reset, #39726) merged"
  },
  {
    id: "end-user-first-request-race",
    severity: "warning",
    setting: "max_end_user_budget_id",
    summary: "concurrent first requests of an unknown end user bypass the default end-user budget (max_end_user_budget_id) before the first spend is recorded (open)",
    url: "https://github.com/BerriAI/litellm/issues/40095",
    verified: "BerriAI/litellm#40095 (open; fix PR #40278 open, not merged)"
  }
];

// src/facts/litellm-version.ts
var BUDGET_ROW_JOIN_FROM = "1.56.2";
function parseRelease(text) {
  const match = /(?:^|[^\d.])v?(\d{1,3})\.(\d{1,4})\.(\d{1,4})(?![\d])/.exec(text);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}
function compareReleases(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
function formatRelease(release2) {
  return release2.join(".");
}
function release(text) {
  const parsed = parseRelease(text);
  if (!parsed) throw new Error(`bad release number in the advisory data: ${text}`);
  return parsed;
}
function budgetRowEnforced(version) {
  const parsed = version === void 0 ? null : parseRelease(version);
  return parsed ? compareReleases(parsed, release(BUDGET_ROW_JOIN_FROM)) >= 0 : null;
}
function advisoriesFor(version, settings, advisories = LITELLM_ADVISORIES) {
  const matches = [];
  for (const advisory of advisories) {
    if (advisory.setting && !settings?.has(advisory.setting)) continue;
    if (advisory.versions) {
      if (advisory.versions.some((listed) => compareReleases(release(listed), version) === 0)) matches.push({ advisory, severity: advisory.severity });
      continue;
    }
    if (advisory.introduced && compareReleases(version, release(advisory.introduced)) < 0) continue;
    if (advisory.fixed && compareReleases(version, release(advisory.fixed)) >= 0) continue;
    matches.push({ advisory, severity: advisory.fixed ? advisory.severity : "note" });
  }
  return matches;
}
function advisoryFix(advisory) {
  if (advisory.versions) return `run a release other than ${advisory.versions.join(" and ")} and rotate every credential it could read (${advisory.url})`;
  if (advisory.fixed) return `upgrade to LiteLLM ${advisory.fixed} or later (${advisory.url})`;
  return `no fixed release yet: follow ${advisory.url} and avoid the affected setting where the summary names one`;
}

// src/live/key-budget.ts
async function assessKey(client, identity, now, scrubber, version, own = "api") {
  const master = client.has("master");
  let key = identity.kind === "alias" ? `"${safeText(identity.alias) ?? "(alias)"}"` : `(${CREDENTIAL_ENV[own]})`;
  const inconclusive = (reason) => ({ status: "inconclusive", key, reason });
  let lookup;
  let via;
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
    lookup = await client.call({ method: "GET", path: "/key/info", query: { key: sha256Hex(identity.raw) }, credential: "master" });
  } else {
    via = own;
    lookup = await client.call({ method: "GET", path: "/key/info", credential: own });
  }
  if (!lookup.ok) {
    const { failure } = lookup;
    const error = failure.error;
    if (saysNotFound(failure)) return { status: "not-found", key, how: identity.kind === "alias" ? "alias" : "key" };
    if (failure.status === 400 && error?.notFound) return { status: "not-found", key, how: identity.kind === "alias" ? "alias" : "key" };
    if (via === "master" && failure.status === 401 && error?.notFound && error.type !== "token_not_found_in_db") return { status: "not-found", key, how: identity.kind === "alias" ? "alias" : "key" };
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
  const caps = [];
  const gates = [];
  const notes = [];
  const failures = [];
  const credential = master ? "master" : own;
  gatesOf({ label: "key", level: "key" }, info, gates);
  unreadable(info, "key", failures);
  const keyMax = num(info.max_budget);
  if (keyMax !== null) caps.push({ level: "key", amount: amount(keyMax, str(info.budget_duration)), fix: keyUpdate("remove the key's own max_budget", { max_budget: null }) });
  const budgetId = str(info.budget_id);
  let linked = null;
  let dormant;
  if (budgetId !== null) {
    if (isRecord(info.litellm_budget_table)) linked = budgetLimits(info.litellm_budget_table);
    else if (keyMax === null) {
      const fetched = await budgetRow(client, budgetId);
      if (typeof fetched === "string") failures.push(fetched);
      else linked = fetched;
    }
    if (linked?.maxBudget !== null && linked?.maxBudget !== void 0) {
      const cap = { level: `budget row ${quoteId(budgetId)}`, amount: amount(linked.maxBudget, linked.duration), fix: keyUpdate("unlink the budget row from the key", { budget_id: null }) };
      const enforced = budgetRowEnforced(version);
      if (enforced === false && version !== void 0) dormant = { cap, version: safeText(version, 40) ?? "this version" };
      else caps.push(enforced === null ? { ...cap, amount: `${cap.amount} (enforced from LiteLLM ${BUDGET_ROW_JOIN_FROM} on; this proxy's version is unknown)` } : cap);
    }
    if (linked) limitGates(linked, { source: `budget row ${quoteId(budgetId)}`, level: "budget row" }, gates);
  }
  if (nonEmptyMap(info.model_max_budget) || linked?.modelMaxBudget) caps.push({ level: "key", amount: `per-model budgets (model_max_budget) for ${modelCount(info.model_max_budget)}`, fix: keyUpdate("remove the key's per-model budgets", { model_max_budget: {} }) });
  if (nonEmptyList(info.budget_limits)) caps.push({ level: "key", amount: windows(info.budget_limits), fix: keyUpdate("remove the key's windowed budgets", { budget_limits: [] }) });
  if (str(info.project_id)) notes.push("the key belongs to a project; project budgets are not checked");
  const metadata = row(info.metadata);
  if (metadata && nonEmptyList(metadata.tags)) notes.push("the key carries tags; tag budgets are not checked");
  if (caps.length > 0) return { status: "limited", key, caps, gates, notes, ...dormant ? { dormant } : {} };
  const teamId = str(info.team_id);
  const userId = str(info.user_id);
  const keyOrg = str(info.organization_id);
  const teamCall = teamId ? client.call({ method: "GET", path: "/team/info", query: { team_id: teamId }, credential }) : null;
  const userCall = userId ? client.call({ method: "GET", path: "/user/info", query: { user_id: userId }, credential }) : null;
  let orgCall = keyOrg ? organization(client, keyOrg, credential) : null;
  let orgId = keyOrg;
  let blockedBy = null;
  let userCap;
  if (teamCall && teamId) {
    const label = `team ${quoteId(teamId)}`;
    const team = await teamCall;
    const teamInfo = team.ok ? row(row(team.data)?.team_info) ?? null : null;
    if (!team.ok) failures.push(team.failure.reason);
    else if (!teamInfo) failures.push("GET /team/info: unexpected answer (no team_info)");
    else {
      if (teamInfo.blocked === true) blockedBy = `its ${label}`;
      unreadable(teamInfo, label, failures);
      const teamMax = num(teamInfo.max_budget);
      const teamFix = (text, change) => ({ text, request: { method: "POST", path: "/team/update", body: { team_id: teamId, ...change } } });
      if (teamMax !== null) caps.push({ level: label, amount: amount(teamMax, str(teamInfo.budget_duration)), fix: teamFix(`remove the max_budget of ${label}`, { max_budget: null }) });
      if (nonEmptyList(teamInfo.budget_limits)) caps.push({ level: label, amount: windows(teamInfo.budget_limits), fix: teamFix(`remove the windowed budgets of ${label}`, { budget_limits: [] }) });
      if (nonEmptyMap(teamInfo.model_max_budget)) caps.push({ level: label, amount: `per-model budgets for ${modelCount(teamInfo.model_max_budget)}`, fix: teamFix(`remove the per-model budgets of ${label}`, { model_max_budget: {} }) });
      gatesOf({ label, level: "team", id: teamId }, teamInfo, gates);
      if (userId) {
        const memberLabel = `team member ${quoteId(userId)} of ${label}`;
        const memberships = row(team.data)?.team_memberships;
        const membership = Array.isArray(memberships) ? memberships.map(row).find((m) => m !== null && m.user_id === userId) : void 0;
        const own2 = membership ? budgetLimits(membership.litellm_budget_table) : null;
        const memberFix = { text: `remove the budget of ${memberLabel}`, request: { method: "POST", path: "/team/member_update", body: { team_id: teamId, user_id: userId, max_budget_in_team: null } } };
        if (own2?.maxBudget !== null && own2?.maxBudget !== void 0) caps.push({ level: memberLabel, amount: amount(own2.maxBudget, own2.duration), fix: memberFix });
        if (own2?.id) limitGates(own2, { source: memberLabel, level: "team member" }, gates, ["tpm", "rpm"]);
        const teamMetadata = row(teamInfo.metadata);
        const memberBudgetId = teamMetadata ? str(teamMetadata.team_member_budget_id) : null;
        if (memberBudgetId !== null && own2 === null) {
          let memberBudget = null;
          if (isRecord(teamInfo.team_member_budget_table)) memberBudget = budgetLimits(teamInfo.team_member_budget_table);
          else {
            const fetched = await budgetRow(client, memberBudgetId);
            if (typeof fetched === "string") failures.push(fetched);
            else memberBudget = fetched;
          }
          if (memberBudget?.maxBudget !== null && memberBudget?.maxBudget !== void 0) {
            const fix = { text: `stop applying the member budget of ${label} to its members: POST /team/update with its metadata (GET /team/info) without team_member_budget_id` };
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
  if (userCall && userId) {
    const label = `user ${quoteId(userId)}`;
    const user = await userCall;
    const userInfo = user.ok ? row(row(user.data)?.user_info) : null;
    if (!user.ok || !userInfo) {
      if (!teamId) failures.push(user.ok ? "GET /user/info: unexpected answer (no user_info)" : user.failure.reason);
      else notes.push(`the user ${quoteId(userId)} could not be read, so a user budget that may apply to team keys is unknown`);
    } else {
      for (const kind of RATE_FIELDS) {
        const value = num(userInfo[kind]);
        if (value !== null) gates.push({ kind, value, source: label, level: "user", fix: { text: `remove the ${kind} of ${label}`, request: { method: "POST", path: "/user/update", body: { user_id: userId, [kind]: null } } } });
      }
      const userUpdate = (text, change) => ({ text, request: { method: "POST", path: "/user/update", body: { user_id: userId, ...change } } });
      const userMax = num(userInfo.max_budget);
      const maxCap = userMax === null ? void 0 : { level: label, amount: amount(userMax, str(userInfo.budget_duration)), fix: userUpdate(`remove the max_budget of ${label}`, { max_budget: null }) };
      const modelCap = nonEmptyMap(userInfo.model_max_budget) ? { level: label, amount: `per-model budgets (model_max_budget) for ${modelCount(userInfo.model_max_budget)}`, fix: userUpdate(`remove the per-model budgets of ${label}`, { model_max_budget: {} }) } : void 0;
      const windowCap = nonEmptyList(userInfo.budget_limits) ? { level: label, amount: windows(userInfo.budget_limits), fix: userUpdate(`remove the windowed budgets of ${label}`, { budget_limits: [] }) } : void 0;
      if (!teamId) caps.push(...[maxCap, modelCap, windowCap].filter((cap) => cap !== void 0));
      else userCap = maxCap ?? modelCap;
    }
  }
  if (orgCall && orgId) {
    const label = `organization ${quoteId(orgId)}`;
    const org = await orgCall;
    if (typeof org === "string") failures.push(org);
    else if (org === null) notes.push(`the ${label} was not found`);
    else {
      if (org.maxBudget !== null && org.maxBudget > 0) {
        caps.push({ level: label, amount: amount(org.maxBudget, org.duration), fix: { text: `remove the max_budget of ${label}`, request: { method: "POST", path: "/organization/update", body: { organization_id: orgId, max_budget: null } } } });
      }
      if (org.id) limitGates(org, { source: label, level: "organization" }, gates, ["tpm", "rpm"]);
    }
  }
  if (blockedBy) return { status: "blocked", key, by: blockedBy };
  if (caps.length > 0) return { status: "limited", key, caps, gates, notes, ...dormant ? { dormant } : {} };
  if (failures.length > 0) return inconclusive(failures.join("; "));
  return { status: "unlimited", key, ...userCap ? { userCap } : {}, ...dormant ? { dormant } : {}, gates, notes };
}
function unreadable(row2, label, failures) {
  if (row2.max_budget !== null && row2.max_budget !== void 0 && num(row2.max_budget) === null) failures.push(`${label}: max_budget is not a number`);
  if (row2.blocked !== null && row2.blocked !== void 0 && typeof row2.blocked !== "boolean") failures.push(`${label}: blocked is not true or false`);
}
async function budgetRow(client, id) {
  if (!client.has("master")) return `reading budget row ${quoteId(id)} needs ${CREDENTIAL_ENV.master} (budgets are admin-only)`;
  const result = await client.call({ method: "POST", path: "/budget/info", body: { budgets: [id] }, credential: "master" });
  if (!result.ok) return result.failure.reason;
  if (!Array.isArray(result.data)) return "POST /budget/info: unexpected answer (not a list)";
  return result.data.map(budgetLimits).find((budget) => budget?.id === id) ?? null;
}
async function organization(client, id, credential) {
  const viaGet = await client.call({ method: "GET", path: "/organization/info", query: { organization_id: id }, credential });
  let orgRow = null;
  if (viaGet.ok) orgRow = row(viaGet.data);
  else {
    const { failure } = viaGet;
    const absent = failure.status === 405 || failure.status === 404 && failure.error?.routeMissing;
    if (saysNotFound(failure)) return null;
    if (!absent) return failure.reason;
    const viaPost = await client.call({ method: "POST", path: "/organization/info", body: { organizations: [id] }, credential });
    if (!viaPost.ok) return viaPost.failure.status === 400 && viaPost.failure.error?.notFound ? null : viaPost.failure.reason;
    if (!Array.isArray(viaPost.data)) return "POST /organization/info: unexpected answer (not a list)";
    orgRow = viaPost.data.map(row).find((candidate) => candidate?.organization_id === id) ?? null;
    if (!orgRow) return null;
  }
  if (!orgRow) return "GET /organization/info: unexpected answer";
  return budgetLimits(orgRow.litellm_budget_table) ?? { id: "", maxBudget: null, softBudget: null, duration: null, tpm: null, rpm: null, parallel: null, modelMaxBudget: false, resetAt: void 0 };
}
var KEY_PLACEHOLDER = "<the integration key, sk-\u2026>";
function keyUpdate(text, change) {
  return { text: `${text} (replace the key placeholder)`, request: { method: "POST", path: "/key/update", body: { key: KEY_PLACEHOLDER, ...change } } };
}
function amount(value, duration) {
  const period = duration ? safeText(duration, 16) : null;
  return `max_budget ${formatAmount(value)}${period ? ` per ${period}` : duration ? " per period" : " (never resets)"}`;
}
function windows(value) {
  const list = Array.isArray(value) ? value.map(row).filter((item) => item !== null) : [];
  const parts = list.slice(0, 3).map((item) => {
    const max = num(item.max_budget);
    const period = safeText(item.budget_duration, 16);
    return `${max === null ? "?" : formatAmount(max)} per ${period ?? "window"}`;
  });
  return `windowed budgets (budget_limits) ${parts.join(", ")}${list.length > 3 ? ", \u2026" : ""}`;
}
function modelCount(value) {
  const count = isRecord(value) ? Object.keys(value).length : 0;
  return count === 1 ? "1 model" : `${count} models`;
}
var RATE_FIELDS = ["tpm_limit", "rpm_limit", "max_parallel_requests"];
var PER_MODEL = ["model_tpm_limit", "model_rpm_limit", "model_max_parallel_requests"];
function gatesOf(owner, source, gates) {
  const fix = (field, value) => owner.level === "key" ? keyUpdate(`remove the key's ${field}`, { [field]: value }) : { text: `remove the ${field} of ${owner.label}`, request: { method: "POST", path: "/team/update", body: { team_id: owner.id, [field]: value } } };
  for (const kind of RATE_FIELDS) {
    const value = num(source[kind]);
    if (value !== null) gates.push({ kind, value, source: owner.label, level: owner.level, fix: fix(kind, null) });
  }
  const metadata = row(source.metadata);
  for (const kind of PER_MODEL) {
    const limits = metadata ? row(metadata[kind]) : null;
    if (!limits) continue;
    for (const [model, raw] of Object.entries(limits).slice(0, 5)) {
      const value = num(raw);
      const name = safeText(model);
      const remove = { text: `remove ${kind} from the metadata of ${owner.level === "key" ? "the key" : owner.label} (POST /${owner.level}/update with its metadata without it)` };
      if (value !== null && name) gates.push({ kind, value: `${name} ${value}`, source: owner.label, level: owner.level, fix: remove });
    }
  }
}
var ROW_LIMITS = { tpm: "tpm_limit", rpm: "rpm_limit", parallel: "max_parallel_requests" };
function limitGates(limits, owner, gates, fields = ["tpm", "rpm", "parallel"]) {
  const rowName = `budget row ${quoteId(limits.id)}`;
  const where = owner.level === "budget row" ? rowName : `${rowName} of ${owner.source}`;
  for (const field of fields) {
    const value = limits[field];
    const kind = ROW_LIMITS[field];
    if (value !== null) gates.push({ kind, value, source: owner.source, level: owner.level, fix: { text: `remove the ${kind} of ${where}`, request: { method: "POST", path: "/budget/update", body: { budget_id: limits.id, [kind]: null } } } });
  }
}
function effectiveGates(gates) {
  const out = [];
  for (const kind of RATE_FIELDS) {
    const ofKind = gates.filter((gate) => gate.kind === kind);
    const keyOwn = ofKind.some((gate) => gate.level === "key");
    const applied = ofKind.filter((gate) => !(keyOwn && gate.level === "budget row"));
    const strictest = applied.reduce((best, gate) => best === void 0 || Number(gate.value) < Number(best.value) ? gate : best, void 0);
    if (strictest) out.push(strictest);
  }
  out.push(...gates.filter((gate) => PER_MODEL.includes(gate.kind)));
  return out;
}
function describeGates(gates) {
  return gates.map((gate) => `${gate.kind} ${gate.value} (from ${gate.source})`).join(", ");
}
function quoteId(id) {
  const safe = safeText(id);
  return safe ? `"${safe}"` : "(unprintable id)";
}

export {
  describeCaps,
  num,
  str,
  row,
  safeText,
  formatAmount,
  parseReadiness,
  unhealthyReadiness,
  mergeReadiness,
  budgetLimits,
  describeLimits,
  CREDENTIAL_ENV,
  LiteLLMClient,
  saysNotFound,
  BUDGET_ROW_JOIN_FROM,
  parseRelease,
  formatRelease,
  advisoriesFor,
  advisoryFix,
  budgetTargets,
  keyAnchor,
  PROXY_KEY_ENV,
  envAnchor,
  assessKey,
  KEY_PLACEHOLDER,
  effectiveGates,
  describeGates,
  DEFAULT_TIMEOUT_MS,
  liveConfig,
  urlAnchor
};
