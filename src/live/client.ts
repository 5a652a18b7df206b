/**
 * The LiteLLM client of the live checks. It owns the base URL (from flags or env, never from linted
 * files), the credentials, one overall deadline, a request counter, per-run de-duplication of
 * identical requests, a small concurrency limit and bounded, jittered retries (connection errors,
 * 502/503/504, 429 with Retry-After). It never follows redirects and never puts a response body into
 * a message: failures carry only parsed, known-safe fields and text of our own.
 */
import { isRecord } from "../core/guards.ts";
import { TransportError, type HttpFunction, type HttpResponse } from "../io/http.ts";

export type Credential = "master" | "api" | "proxy" | "none";

/** Env names of the credentials, for messages. */
export const CREDENTIAL_ENV: Record<Exclude<Credential, "none">, string> = {
  master: "LITELLM_MASTER_KEY",
  api: "LITELLM_API_KEY",
  proxy: "LITELLM_PROXY_APP_KEY",
};

export type FailureKind =
  | "refused"
  | "dns"
  | "tls"
  | "timeout"
  | "reset"
  | "too-large"
  | "network"
  | "internal"
  | "redirect"
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "rate-limited"
  | "server"
  | "client"
  | "not-json"
  | "malformed";

/** What an error body said, reduced to fields that cannot carry a secret. */
export interface ErrorInfo {
  /** A ProxyErrorTypes value (auth_error, expired_key, …) when it is one of the known ones. */
  type?: string;
  /** FastAPI's bare `{"detail": "Not Found"}`: the route does not exist on this proxy. */
  routeMissing: boolean;
  /** The message says the key is blocked. */
  blocked: boolean;
  /** The message says the key (or team, user, org…) was not found. */
  notFound: boolean;
  /** The message says there is no database. */
  noDb: boolean;
  /** FastAPI's `{"detail": "Service Unhealthy (…)"}`: the readiness probe failed (newest: database down). */
  unhealthy: boolean;
}

export interface ApiFailure {
  kind: FailureKind;
  status?: number;
  error?: ErrorInfo;
  /** One safe line: "GET /key/info: HTTP 401 (auth_error): LITELLM_API_KEY was rejected". */
  reason: string;
}

export type ApiResult = { ok: true; status: number; data: unknown } | { ok: false; failure: ApiFailure };

export interface ClientOptions {
  /** http(s) base URL; may carry a path prefix (SERVER_ROOT_PATH). */
  baseUrl: string;
  http: HttpFunction;
  masterKey?: string | undefined;
  apiKey?: string | undefined;
  /** CodeMie's second platform key (LITE_LLM_PROXY_APP_KEY). */
  proxyAppKey?: string | undefined;
  /** Header carrying the key (general_settings.litellm_key_header_name); default Authorization. */
  keyHeader?: string | undefined;
  /** Aborted at the overall deadline. */
  signal: AbortSignal;
  /** Epoch ms of the overall deadline. */
  deadline: number;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Retries after the first attempt (default 2). */
  retries?: number;
  /** First backoff step in ms (default 200; doubled per retry, jittered to 50–100 %). */
  backoffMs?: number;
  maxBytes?: number;
  concurrency?: number;
}

export interface CallSpec {
  method: "GET" | "POST";
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  credential: Credential;
}

const KNOWN_ERROR_TYPES = new Set([
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
  "org_model_access_denied",
]);

export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const BASE_BACKOFF_MS = 200;

export class LiteLLMClient {
  /** HTTP requests sent, retries included. */
  requests = 0;
  readonly baseUrl: URL;
  /** The base URL's path prefix without a trailing slash ("" or "/litellm"). */
  private readonly prefix: string;
  /** Base URL for messages: no user info, no query. */
  readonly displayUrl: string;
  private readonly options: ClientOptions;
  private readonly cache = new Map<string, Promise<ApiResult>>();
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(options: ClientOptions) {
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

  has(credential: Credential): boolean {
    return credential === "none" || Boolean(this.keyOf(credential));
  }

  /** One logical call; identical calls in one run share one result. */
  call(spec: CallSpec): Promise<ApiResult> {
    const cacheKey = JSON.stringify([spec.method, spec.path, spec.query ?? {}, spec.body ?? null, spec.credential]);
    let pending = this.cache.get(cacheKey);
    if (!pending) {
      pending = this.limited(() => this.attempts(spec));
      this.cache.set(cacheKey, pending);
    }
    return pending;
  }

  private keyOf(credential: Credential): string | undefined {
    if (credential === "master") return this.options.masterKey || undefined;
    if (credential === "api") return this.options.apiKey || undefined;
    if (credential === "proxy") return this.options.proxyAppKey || undefined;
    return undefined;
  }

  private async limited<T>(task: () => Promise<T>): Promise<T> {
    const limit = this.options.concurrency ?? 4;
    if (this.active >= limit) await new Promise<void>((resume) => this.waiting.push(resume));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  private url(spec: CallSpec): URL {
    const url = new URL(this.baseUrl.href);
    url.pathname = `${this.prefix}${spec.path}`;
    for (const [name, value] of Object.entries(spec.query ?? {})) url.searchParams.set(name, value);
    return url;
  }

  private headers(spec: CallSpec): Record<string, string> {
    const headers: Record<string, string> = { accept: "application/json", "user-agent": "litellm-preflight" };
    if (spec.body !== undefined) headers["content-type"] = "application/json";
    const key = this.keyOf(spec.credential);
    if (key) headers[(this.options.keyHeader || "authorization").toLowerCase()] = `Bearer ${key}`;
    return headers;
  }

  private async attempts(spec: CallSpec): Promise<ApiResult> {
    const now = this.options.now ?? Date.now;
    const retries = this.options.retries ?? 2;
    const label = `${spec.method} ${spec.path}`;
    let last: ApiFailure | undefined;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0 && last) {
        const wait = this.backoff(attempt, last);
        const left = this.options.deadline - now();
        if (wait.ms >= left) {
          if (wait.fromRetryAfter) last = { ...last, reason: `${last.reason}; Retry-After ${Math.ceil(wait.ms / 1000)} s exceeds the time left` };
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
    return { ok: false, failure: last! };
  }

  private retryAfter = new WeakMap<ApiFailure, number>();

  private backoff(attempt: number, failure: ApiFailure): { ms: number; fromRetryAfter: boolean } {
    const hinted = this.retryAfter.get(failure);
    if (hinted !== undefined) return { ms: hinted, fromRetryAfter: true };
    const base = (this.options.backoffMs ?? BASE_BACKOFF_MS) * 2 ** (attempt - 1);
    const random = this.options.random ?? Math.random;
    return { ms: Math.round(base / 2 + random() * (base / 2)), fromRetryAfter: false };
  }

  private timeoutText(): string {
    return "no answer within the live-check timeout (--timeout)";
  }

  private async once(spec: CallSpec, label: string): Promise<ApiResult> {
    let response: HttpResponse;
    this.requests++;
    try {
      const request = {
        method: spec.method,
        url: this.url(spec),
        headers: this.headers(spec),
        signal: this.options.signal,
        maxBytes: this.options.maxBytes ?? DEFAULT_MAX_BYTES,
        ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
      };
      response = await this.options.http(request);
    } catch (error) {
      const failure = transportFailure(error, label, this.options.signal.aborted);
      if (failure.kind === "timeout") failure.reason = `${label}: ${this.timeoutText()}`;
      return { ok: false, failure };
    }
    return this.interpret(response, spec, label);
  }

  private interpret(response: HttpResponse, spec: CallSpec, label: string): ApiResult {
    const { status } = response;
    const contentType = (response.headers["content-type"] ?? "").toLowerCase();
    const isJson = /\bjson\b/.test(contentType);
    const isHtml = contentType.includes("html");
    if (status >= 300 && status < 400) {
      const target = safeOrigin(response.headers.location, this.baseUrl);
      return fail({ kind: "redirect", status, reason: `${label}: HTTP ${status} redirect${target ? ` to ${target}` : ""}; redirects are not followed (point --litellm-url at the proxy itself)` });
    }
    let data: unknown;
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
    const credentialName = spec.credential === "none" ? undefined : CREDENTIAL_ENV[spec.credential];
    const failure = (kind: FailureKind, text: string): ApiResult => fail({ kind, status, error, reason: text ? `${base}: ${text}` : base });
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
        if (hinted !== undefined) this.retryAfter.set(result.failure, hinted);
      }
      return result;
    }
    if (status >= 500) {
      const what = isHtml ? "an error page from a gateway in front of the proxy" : error.noDb ? "the proxy's database is not available" : "server error";
      return failure("server", what);
    }
    return failure("client", status === 422 ? "the proxy rejected the request format" : "");
  }
}

/**
 * LiteLLM's own "no such row" answer: a 404 whose JSON says so (`Key not found in database`,
 * `Organization not found`, `User … not found`). Any other 404 — an HTML page, a gateway's JSON, FastAPI's
 * bare "Not Found" for a missing route — says nothing about the row.
 */
export function saysNotFound(failure: ApiFailure): boolean {
  return failure.status === 404 && failure.error?.notFound === true && !failure.error.routeMissing;
}

function fail(failure: ApiFailure): ApiResult {
  return { ok: false, failure };
}

function retryable(failure: ApiFailure): boolean {
  if (failure.status !== undefined) return RETRY_STATUSES.has(failure.status);
  return failure.kind === "refused" || failure.kind === "reset" || failure.kind === "network" || (failure.kind === "dns" && failure.reason.includes("temporary"));
}

function transportFailure(error: unknown, label: string, aborted: boolean): ApiFailure {
  if (error instanceof TransportError) {
    const code = error.code && error.kind !== "timeout" ? ` (${error.code})` : "";
    const kind: FailureKind = aborted ? "timeout" : error.kind;
    return { kind, reason: `${label}: ${error.message}${code}` };
  }
  if (aborted) return { kind: "timeout", reason: `${label}: no answer before the live-check deadline` };
  // Not a network problem: a bug or a broken HTTP function. Only the error's class name is shown.
  const name = error instanceof Error && /^\w{1,40}$/.test(error.name) ? error.name : "unknown error";
  return { kind: "internal", reason: `${label}: the HTTP client failed (${name})` };
}

/** Reads the safe parts of `{"error": {...}}` (code string or int) and `{"detail": ...}` bodies. */
export function errorInfo(data: unknown): ErrorInfo {
  const info: ErrorInfo = { routeMissing: false, blocked: false, notFound: false, noDb: false, unhealthy: false };
  if (!isRecord(data)) return info;
  let texts: string[] = [];
  const error = data.error;
  if (isRecord(error)) {
    if (typeof error.type === "string" && KNOWN_ERROR_TYPES.has(error.type)) info.type = error.type;
    texts = collectText(error.message);
  } else if ("detail" in data) {
    const detail = data.detail;
    if (detail === "Not Found") info.routeMissing = true;
    texts = collectText(detail);
  }
  // Only flags are derived from the text; the text itself is never shown.
  const text = texts.join(" ").toLowerCase();
  info.blocked = /\bis blocked\b/.test(text);
  info.notFound = /not found|does not exist/.test(text);
  info.unhealthy = /^service unhealthy\b/.test(text);
  info.noDb = /no db connected|db not connected|database not connected|no connected db|no_db_connection/.test(text) || info.type === "no_db_connection";
  return info;
}

function collectText(value: unknown, depth = 0): string[] {
  if (depth > 3) return [];
  if (typeof value === "string") return [value.slice(0, 2000)];
  if (Array.isArray(value)) return value.slice(0, 10).flatMap((item) => collectText(item, depth + 1));
  if (isRecord(value)) return Object.values(value).slice(0, 10).flatMap((item) => collectText(item, depth + 1));
  return [];
}


function describeType(contentType: string): string {
  if (!contentType) return "no content type";
  const type = contentType.split(";")[0]?.trim() ?? "";
  return /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : "an unexpected content type";
}

/** The origin of a redirect target, for messages (no path or query: they might carry anything). */
function safeOrigin(location: string | undefined, base: URL): string | undefined {
  if (!location) return undefined;
  try {
    const url = new URL(location, base);
    if (url.origin === base.origin) return "the same origin";
    return /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function parseRetryAfter(value: string | undefined, now: () => number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now());
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new Error("aborted"));
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new Error("aborted"));
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
