import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  DEFAULT_TIMEOUT_MS,
  budgetLimits,
  formatAmount,
  nonEmptyList,
  nonEmptyMap,
  num,
  parseReadiness,
  row,
  safeText,
  str,
  urlAnchor
} from "./chunk-DE3LDDVU.js";
import {
  budgetIdDefect,
  isRecord
} from "./chunk-OZ4SUTWN.js";
import {
  placeKey
} from "./chunk-TLGIGAKR.js";
import {
  KEY_TOKEN
} from "./chunk-B675Y2P7.js";

// src/io/http.ts
var TransportError = class extends Error {
  name = "TransportError";
  kind;
  /** A system or library error code (ECONNREFUSED, UND_ERR_SOCKET…), safe to show. */
  code;
  /** Worth another attempt (connection-level failures). */
  retryable;
  constructor(kind, message, code, retryable2 = false) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.retryable = retryable2;
  }
};
async function createUndiciTransport(env = {}) {
  const loaded = await import("./undici-OBYI3BK5.js");
  const { EnvHttpProxyAgent } = loaded.EnvHttpProxyAgent ? loaded : loaded.default ?? loaded;
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? "",
    httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? "",
    noProxy: env.no_proxy ?? env.NO_PROXY ?? "",
    connect: { rejectUnauthorized: true }
  });
  const request = async ({ method, url, headers, body, signal, maxBytes }) => {
    if (signal.aborted) throw new TransportError("timeout", "the live-check deadline passed before the request was sent");
    let response;
    try {
      response = await dispatcher.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method,
        headers,
        body: body ?? null,
        signal
      });
    } catch (error) {
      throw classify(error, signal);
    }
    const declared = Number(response.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.body.destroy();
      throw new TransportError("too-large", `the answer is larger than ${formatBytes(maxBytes)} (Content-Length ${formatBytes(declared)})`);
    }
    const chunks = [];
    let size = 0;
    try {
      for await (const chunk of response.body) {
        size += chunk.length;
        if (size > maxBytes) {
          response.body.destroy();
          throw new TransportError("too-large", `the answer is larger than ${formatBytes(maxBytes)}; stopped reading`);
        }
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof TransportError) throw error;
      throw classify(error, signal);
    }
    const flat = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (value === void 0) continue;
      flat[name.toLowerCase()] = Array.isArray(value) ? value[0] ?? "" : value;
    }
    return { status: response.statusCode, headers: flat, body: Buffer.concat(chunks) };
  };
  return { request, close: () => dispatcher.destroy() };
}
var TLS_CODES = /* @__PURE__ */ new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_REVOKED",
  "CERT_UNTRUSTED",
  "CERT_REJECTED",
  "HOSTNAME_MISMATCH",
  "EPROTO"
]);
function classify(error, signal) {
  if (signal?.aborted) return new TransportError("timeout", "no complete answer before the live-check deadline");
  const codes = [];
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const record = current;
    if (typeof record.code === "string") codes.push(record.code);
    if (typeof record.name === "string" && (record.name === "AbortError" || record.name === "TimeoutError")) codes.push(record.name);
    current = record.cause ?? (Array.isArray(record.errors) ? record.errors[0] : void 0);
  }
  const code = codes.find((c) => c !== "UND_ERR_CONNECT" && c !== "UND_ERR") ?? codes[0];
  const shown = code && /^[A-Z0-9_]{2,40}$/.test(code) ? code : void 0;
  const has = (...wanted) => codes.some((c) => wanted.includes(c));
  if (has("ECONNREFUSED")) return new TransportError("refused", "connection refused", shown, true);
  if (has("ENOTFOUND", "EAI_NONAME", "EAI_NODATA", "EAI_FAIL")) return new TransportError("dns", "the host name does not resolve (DNS)", shown);
  if (has("EAI_AGAIN")) return new TransportError("dns", "the host name could not be resolved (temporary DNS failure)", shown, true);
  if (codes.some((c) => TLS_CODES.has(c) || c.startsWith("ERR_TLS") || c.startsWith("ERR_SSL") || c.includes("CERT"))) {
    return new TransportError("tls", "the TLS connection failed (certificate not trusted or TLS error; set NODE_EXTRA_CA_CERTS for a private CA)", shown);
  }
  if (has("AbortError", "TimeoutError", "UND_ERR_ABORTED", "ABORT_ERR")) return new TransportError("timeout", "no complete answer before the live-check deadline", shown);
  if (has("UND_ERR_CONNECT_TIMEOUT", "ETIMEDOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT")) return new TransportError("timeout", "the connection timed out", shown, true);
  if (has("ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "UND_ERR_RES_CONTENT_LENGTH_MISMATCH", "ECONNABORTED")) {
    return new TransportError("reset", "the connection was closed before the answer was complete", shown, true);
  }
  if (has("EHOSTUNREACH", "ENETUNREACH", "EHOSTDOWN", "ENETDOWN")) return new TransportError("network", "the host is unreachable", shown, true);
  return new TransportError("network", "the request failed", shown, true);
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} B`;
}

// src/live/client.ts
var CREDENTIAL_ENV = {
  master: "LITELLM_MASTER_KEY",
  api: "LITELLM_API_KEY"
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
    const error = parsed ? errorInfo(data) : { routeMissing: false, blocked: false, notFound: false, noDb: false };
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
  const info = { routeMissing: false, blocked: false, notFound: false, noDb: false };
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

// src/live/scrub.ts
import { createHash } from "node:crypto";
function sha256Hex(raw) {
  return createHash("sha256").update(raw, "utf8").digest("hex");
}
var REDACTED = "[redacted]";
var Scrubber = class {
  secrets = [];
  add(secret) {
    if (!secret || secret.length < 4) return;
    for (const form of [secret, sha256Hex(secret)]) if (!this.secrets.includes(form)) this.secrets.push(form);
    this.secrets.sort((a, b) => b.length - a.length);
  }
  /** A hash that is a secret in itself (an integration key's token found by alias). */
  addHash(hash) {
    if (hash.length >= 16 && !this.secrets.includes(hash)) this.secrets.push(hash);
    this.secrets.sort((a, b) => b.length - a.length);
  }
  scrub(text) {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED);
    return out.replace(KEY_TOKEN, REDACTED).replace(/\b[0-9a-fA-F]{64}\b/g, REDACTED);
  }
};

// src/live/key-budget.ts
async function assessKey(client, identity, now, scrubber) {
  const master = client.has("master");
  let key = identity.kind === "alias" ? `"${safeText(identity.alias) ?? "(alias)"}"` : `(${CREDENTIAL_ENV.api})`;
  const inconclusive = (reason) => ({ status: "inconclusive", key, reason });
  let lookup;
  let via;
  if (identity.kind === "alias") {
    via = "master";
    const list = await client.call({ method: "GET", path: "/key/list", query: { key_alias: identity.alias, return_full_object: "true", size: "2" }, credential: "master" });
    if (!list.ok) return inconclusive(list.failure.reason);
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
    via = "api";
    lookup = await client.call({ method: "GET", path: "/key/info", credential: "api" });
  }
  if (!lookup.ok) {
    const { failure } = lookup;
    const error = failure.error;
    if (failure.status === 404 && !error?.routeMissing) return { status: "not-found", key, how: identity.kind === "alias" ? "alias" : "key" };
    if (failure.status === 400 && error?.notFound) return { status: "not-found", key, how: identity.kind === "alias" ? "alias" : "key" };
    if (via === "api" && failure.status === 401) {
      if (error?.type === "expired_key") return { status: "expired", key, when: "an earlier date (the proxy refuses it as expired)" };
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
  const credential = master ? "master" : "api";
  gatesOf("key", info, gates);
  const keyMax = num(info.max_budget);
  if (keyMax !== null) caps.push({ level: "key", amount: amount(keyMax, str(info.budget_duration)) });
  const budgetId = str(info.budget_id);
  let linked = null;
  if (budgetId !== null) {
    if (isRecord(info.litellm_budget_table)) linked = budgetLimits(info.litellm_budget_table);
    else if (keyMax === null) {
      const fetched = await budgetRow(client, budgetId);
      if (typeof fetched === "string") failures.push(fetched);
      else linked = fetched;
    }
    if (linked?.maxBudget !== null && linked?.maxBudget !== void 0) caps.push({ level: `budget row ${quoteId(budgetId)}`, amount: amount(linked.maxBudget, linked.duration) });
    if (linked) limitGates(`budget row ${quoteId(budgetId)}`, linked, gates);
  }
  if (nonEmptyMap(info.model_max_budget) || linked?.modelMaxBudget) caps.push({ level: "key", amount: `per-model budgets (model_max_budget) for ${modelCount(info.model_max_budget)}` });
  if (nonEmptyList(info.budget_limits)) caps.push({ level: "key", amount: windows(info.budget_limits) });
  if (str(info.project_id)) notes.push("the key belongs to a project; project budgets are not checked");
  const metadata = row(info.metadata);
  if (metadata && nonEmptyList(metadata.tags)) notes.push("the key carries tags; tag budgets are not checked");
  if (caps.length > 0) return { status: "limited", key, caps, gates, notes };
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
      const teamMax = num(teamInfo.max_budget);
      if (teamMax !== null) caps.push({ level: label, amount: amount(teamMax, str(teamInfo.budget_duration)) });
      if (nonEmptyList(teamInfo.budget_limits)) caps.push({ level: label, amount: windows(teamInfo.budget_limits) });
      if (nonEmptyMap(teamInfo.model_max_budget)) caps.push({ level: label, amount: `per-model budgets for ${modelCount(teamInfo.model_max_budget)}` });
      gatesOf(label, teamInfo, gates);
      if (userId) {
        const memberLabel = `team member ${quoteId(userId)} of ${label}`;
        const memberships = row(team.data)?.team_memberships;
        const membership = Array.isArray(memberships) ? memberships.map(row).find((m) => m !== null && m.user_id === userId) : void 0;
        const own = membership ? budgetLimits(membership.litellm_budget_table) : null;
        if (own?.maxBudget !== null && own?.maxBudget !== void 0) caps.push({ level: memberLabel, amount: amount(own.maxBudget, own.duration) });
        const teamMetadata = row(teamInfo.metadata);
        const memberBudgetId = teamMetadata ? str(teamMetadata.team_member_budget_id) : null;
        if (memberBudgetId !== null) {
          let memberBudget = null;
          if (isRecord(teamInfo.team_member_budget_table)) memberBudget = budgetLimits(teamInfo.team_member_budget_table);
          else {
            const fetched = await budgetRow(client, memberBudgetId);
            if (typeof fetched === "string") failures.push(fetched);
            else memberBudget = fetched;
          }
          if (memberBudget?.maxBudget !== null && memberBudget?.maxBudget !== void 0) {
            caps.push({ level: `${label}'s member budget ${quoteId(memberBudgetId)}`, amount: amount(memberBudget.maxBudget, memberBudget.duration) });
          }
        }
        if (teamMetadata && nonEmptyMap(teamMetadata.team_member_model_max_budget)) caps.push({ level: memberLabel, amount: "per-model member budgets (team_member_model_max_budget)" });
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
      const userMax = num(userInfo.max_budget);
      if (userMax !== null) {
        const cap = { level: label, amount: amount(userMax, str(userInfo.budget_duration)) };
        if (!teamId) caps.push(cap);
        else userCap = cap;
      }
    }
  }
  if (orgCall && orgId) {
    const label = `organization ${quoteId(orgId)}`;
    const org = await orgCall;
    if (typeof org === "string") failures.push(org);
    else if (org === null) notes.push(`the ${label} was not found`);
    else if (org.maxBudget !== null && org.maxBudget > 0) caps.push({ level: label, amount: amount(org.maxBudget, org.duration) });
  }
  if (blockedBy) return { status: "blocked", key, by: blockedBy };
  if (caps.length > 0) return { status: "limited", key, caps, gates, notes };
  if (failures.length > 0) return inconclusive(failures.join("; "));
  return { status: "unlimited", key, ...userCap ? { userCap } : {}, gates, notes };
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
    if (failure.status === 404 && !absent) return null;
    if (!absent) return failure.reason;
    const viaPost = await client.call({ method: "POST", path: "/organization/info", body: { organizations: [id] }, credential });
    if (!viaPost.ok) return viaPost.failure.status === 400 && viaPost.failure.error?.notFound ? null : viaPost.failure.reason;
    if (!Array.isArray(viaPost.data)) return "POST /organization/info: unexpected answer (not a list)";
    orgRow = viaPost.data.map(row).find((candidate) => candidate?.organization_id === id) ?? null;
    if (!orgRow) return null;
  }
  if (!orgRow) return "GET /organization/info: unexpected answer";
  return budgetLimits(orgRow.litellm_budget_table) ?? { id: "", maxBudget: null, softBudget: null, duration: null, tpm: null, rpm: null, parallel: null, modelMaxBudget: false };
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
function gatesOf(label, source, gates) {
  for (const [field, name] of [["tpm_limit", "tpm_limit"], ["rpm_limit", "rpm_limit"], ["max_parallel_requests", "max_parallel_requests"]]) {
    const value = num(source[field]);
    if (value !== null) gates.push(`${label} ${name} ${value}`);
  }
}
function limitGates(label, limits, gates) {
  if (limits.tpm !== null) gates.push(`${label} tpm_limit ${limits.tpm}`);
  if (limits.rpm !== null) gates.push(`${label} rpm_limit ${limits.rpm}`);
  if (limits.parallel !== null) gates.push(`${label} max_parallel_requests ${limits.parallel}`);
}
function quoteId(id) {
  const safe = safeText(id);
  return safe ? `"${safe}"` : "(unprintable id)";
}

// src/live/targets.ts
var MAX_RELATED = 10;
function isLookupCandidate(id) {
  return budgetIdDefect(id) === void 0 && id.length <= 512;
}
function budgetTargets(model, budgetIdEnv) {
  const byId = /* @__PURE__ */ new Map();
  const seenAt = /* @__PURE__ */ new Map();
  for (const fact of model.facts.budgetIds) {
    const effective = fact.mappedTo ?? fact;
    const id = effective.id;
    if (id === void 0 || !isLookupCandidate(id)) continue;
    const isDefault = effective.source === "default";
    const at = effective.at ?? firstInput(model);
    const where = placeKey(at);
    const sensitive = effective.variable?.sensitive === true;
    let target = byId.get(id);
    if (!target) {
      target = { id, shown: sensitive ? "(value from a Secret)" : id, sensitive, isDefault, envName: effective.envName ?? budgetIdEnv, at, related: [], places: 0 };
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
  return [...byId.values()];
}
var APP_KEY_ENV = ["LITE_LLM_APP_KEY", "LITELLM_API_KEY"];
function keyAnchor(model) {
  for (const name of APP_KEY_ENV) {
    for (const list of model.facts.envLists) {
      if (list.origin !== "values") continue;
      const entry = list.entries.find((candidate) => candidate.name === name);
      if (entry) return list.style === "list" ? { source: entry.at.source, path: [...entry.at.path, "name"] } : { ...entry.at, part: "key", sensitive: false };
    }
  }
  return firstInput(model);
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

// src/live/session.ts
var LiveSession = class {
  client;
  readiness;
  anchor;
  now;
  problems = [];
  notices = [];
  options;
  targets;
  budgetsPromise;
  listPromise;
  keyPromise;
  constructor(options) {
    this.options = options;
    this.client = options.client;
    this.readiness = options.readiness;
    this.anchor = keyAnchor(options.model);
    this.now = options.now;
  }
  budgetTargets() {
    this.targets ??= budgetTargets(this.options.model, this.options.budgetIdEnv);
    return this.targets;
  }
  budgets() {
    this.budgetsPromise ??= this.loadBudgets();
    return this.budgetsPromise;
  }
  async loadBudgets() {
    const targets = this.budgetTargets();
    if (targets.length === 0) return { status: "none" };
    if (this.readiness?.db === "none") return { status: "no-database", targets };
    if (!this.client.has("master")) {
      return { status: "inconclusive", kind: "credential", reason: `set ${CREDENTIAL_ENV.master} (an admin key): budgets can be read only by a proxy admin` };
    }
    if (this.readiness?.db === "disconnected") return { status: "inconclusive", kind: "incomplete", reason: "the proxy reports its database as disconnected (readiness)" };
    const ids = [...new Set(targets.map((target) => target.id))].sort();
    const result = await this.client.call({ method: "POST", path: "/budget/info", body: { budgets: ids }, credential: "master" });
    if (!result.ok) return { status: "inconclusive", kind: "incomplete", reason: result.failure.reason };
    if (!Array.isArray(result.data)) return { status: "inconclusive", kind: "incomplete", reason: "POST /budget/info: unexpected answer (not a list)" };
    const found = /* @__PURE__ */ new Map();
    for (const item of result.data) {
      const limits = budgetLimits(item);
      if (limits && ids.includes(limits.id)) found.set(limits.id, limits);
    }
    return { status: "ok", targets, found, missing: targets.filter((target) => !found.has(target.id)) };
  }
  existingBudgetIds() {
    this.listPromise ??= (async () => {
      if (!this.client.has("master")) return null;
      const result = await this.client.call({ method: "GET", path: "/budget/list", credential: "master" });
      if (!result.ok) {
        this.notice(`the list of budgets could not be read for suggestions: ${result.failure.reason}`);
        return null;
      }
      if (!Array.isArray(result.data)) return null;
      return result.data.map((item) => budgetLimits(item)?.id).filter((id) => id !== void 0 && safeText(id) !== null);
    })();
    return this.listPromise;
  }
  integrationKey() {
    this.keyPromise ??= this.loadKey();
    return this.keyPromise;
  }
  async loadKey() {
    const { apiKey, keyAlias } = this.options;
    let identity;
    if (apiKey) {
      identity = { kind: "raw", raw: apiKey };
      if (keyAlias) this.notice(`${CREDENTIAL_ENV.api} identifies the integration key; --key-alias is not used`);
    } else if (keyAlias) {
      if (!this.client.has("master")) {
        return { status: "unverified", kind: "credential", reason: `--key-alias needs ${CREDENTIAL_ENV.master} (keys are listed by alias only for admins), or set ${CREDENTIAL_ENV.api} instead` };
      }
      identity = { kind: "alias", alias: keyAlias };
    } else {
      return { status: "unverified", kind: "credential", reason: `set ${CREDENTIAL_ENV.api} (the platform's integration key) or give --key-alias with ${CREDENTIAL_ENV.master}` };
    }
    if (this.readiness?.db === "none") {
      return { status: "unverified", kind: "incomplete", reason: 'the proxy has no database (readiness: db "Not connected"), so virtual keys cannot be looked up' };
    }
    if (this.readiness?.db === "disconnected") return { status: "unverified", kind: "incomplete", reason: "the proxy reports its database as disconnected (readiness)" };
    return assessKey(this.client, identity, this.now, this.options.scrubber);
  }
  inconclusive(ruleId, kind, reason, at) {
    this.problems.push({ ruleId, kind, reason: this.options.scrubber.scrub(reason), ...at ? { at } : {} });
  }
  notice(text) {
    const clean = this.options.scrubber.scrub(text);
    if (!this.notices.includes(clean)) this.notices.push(clean);
  }
};

// src/live/phase.ts
function createLivePhase(config) {
  return (model, report, rules) => runLivePhase(config, model, report, rules);
}
async function runLivePhase(config, model, report, rules) {
  const now = config.now ?? (() => /* @__PURE__ */ new Date());
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = now().getTime();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  timer.unref?.();
  const scrubber = new Scrubber();
  scrubber.add(config.masterKey);
  scrubber.add(config.apiKey);
  let transport;
  const http = config.http ?? (async (request) => {
    transport ??= await createUndiciTransport(config.proxyEnv ?? {});
    return transport.request(request);
  });
  const client = new LiteLLMClient({
    baseUrl: config.url,
    http,
    masterKey: config.masterKey,
    apiKey: config.apiKey,
    keyHeader: config.keyHeader,
    signal: controller.signal,
    deadline: started + timeoutMs,
    now: () => now().getTime(),
    ...config.retries !== void 0 ? { retries: config.retries } : {},
    ...config.backoffMs !== void 0 ? { backoffMs: config.backoffMs } : {},
    ...config.maxBytes !== void 0 ? { maxBytes: config.maxBytes } : {}
  });
  const errors = [];
  const scrubbed = (rule, raw) => {
    const data = raw.data ? Object.fromEntries(Object.entries(raw.data).map(([name, value]) => [name, typeof value === "string" ? scrubber.scrub(value) : value])) : void 0;
    const finding = report(rule, { ...raw, ...data ? { data } : {} });
    if (finding && rule.meta.requiresNetwork && finding.severity === "error") errors.push(finding);
    return finding;
  };
  try {
    const probe = await client.call({ method: "GET", path: "/health/readiness", credential: "none" });
    let readiness = null;
    let fatal;
    const notices = [];
    if (probe.ok) {
      readiness = parseReadiness(probe.data);
      if (!readiness) fatal = `GET /health/readiness: unexpected answer (not LiteLLM's readiness object; is ${client.displayUrl} the proxy?)`;
    } else if (probe.failure.status === 404) {
      notices.push("no /health/readiness at this URL (a separate health port?); version and database state unknown");
    } else {
      fatal = probe.failure.reason;
    }
    const session = new LiveSession({
      client,
      model,
      readiness,
      scrubber,
      now: now(),
      budgetIdEnv: config.budgetIdEnv ?? "LITELLM_BUDGET_ID",
      apiKey: config.apiKey,
      keyAlias: config.keyAlias
    });
    for (const notice of notices) session.notice(notice);
    if (readiness?.db === "none") session.notice('the proxy has no database (readiness: db "Not connected"): it cannot hold budgets or virtual keys');
    const network = rules.filter((rule) => rule.meta.requiresNetwork);
    const readers = rules.filter((rule) => !rule.meta.requiresNetwork);
    if (fatal !== void 0) {
      const at = config.urlFrom ? urlAnchor(config.urlFrom, config.url) : void 0;
      for (const rule of network) session.inconclusive(rule.meta.id, "incomplete", `${client.displayUrl}: ${fatal}`, at);
    } else {
      await Promise.all(
        network.map(async (rule) => {
          try {
            await rule.check({ model, report: (raw) => scrubbed(rule, raw), live: session });
          } catch (error) {
            session.inconclusive(rule.meta.id, "incomplete", `internal error: ${error.message ?? String(error)}`);
          }
        })
      );
    }
    for (const rule of readers) await rule.check({ model, report: (raw) => scrubbed(rule, raw), live: session });
    const status = errors.length > 0 ? "failed" : session.problems.length > 0 ? "inconclusive" : "passed";
    const live = { status, requests: client.requests, notices: session.notices };
    if (readiness?.version) live.litellmVersion = readiness.version;
    if (status === "inconclusive") live.reason = scrubber.scrub(summarise(session.problems.map((problem) => problem.reason)));
    return live;
  } finally {
    clearTimeout(timer);
    controller.abort();
    await transport?.close().catch(() => void 0);
  }
}
function summarise(reasons) {
  const unique = [...new Set(reasons)];
  const first = unique[0] ?? "a live check could not complete";
  return unique.length > 1 ? `${first} (and ${unique.length - 1} more)` : first;
}

export {
  createLivePhase,
  runLivePhase
};
