/**
 * A fake LiteLLM proxy for tests and the demo.
 *
 * It serves the read-only part of the proxy's HTTP contract that litellm-preflight relies on, in two
 * generations ("new" ≈ 1.80, "old" ≈ mid-2024), from a JSON state fixture (tools/fakes/litellm/states/*.json).
 * Keys are stored as the lowercase SHA-256 hex of the raw key, like the real proxy. Fault injection
 * (hangs, delays, 5xx, 429, malformed or huge bodies, resets, slow drip, redirects, HTML pages,
 * key echo in error bodies) can be set at start and changed at runtime. Every request is recorded,
 * headers included: this is test code, never ship it.
 *
 * Standalone: node tools/fakes/litellm/server.ts --state tools/fakes/litellm/states/demo.json --port 4010
 *             [--flavor old|new] [--root-path /litellm] [--readiness new|old|intermediate|minimal]
 *             [--faults '{"routes":{"/budget/info":{"delayMs":500}}}']
 * prints the base URL on one line and stops on SIGTERM / SIGINT.
 */
import { createServer } from "node:http";
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createHash, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

// ---------------------------------------------------------------------------------------------
// Public types

export type Flavor = "new" | "old";
export type DbState = "connected" | "disconnected" | "Not connected";
/**
 * `/health/readiness` generation: new (extra fields), old (fewer), intermediate (DB state in `status`),
 * minimal (newest: public `{"status", "db"}` only, details on the authenticated
 * `/health/readiness/details`, and 503 when a configured database is down).
 */
export type ReadinessShape = "new" | "old" | "intermediate" | "minimal";
export type Row = Record<string, unknown>;

/** A key as written in a fixture: `raw` and/or `token` (sha256 hex of raw), plus DB columns. */
export interface FixtureKey {
  raw?: string;
  token?: string;
  key_alias?: string | null;
  team_id?: string | null;
  user_id?: string | null;
  organization_id?: string | null;
  budget_id?: string | null;
  max_budget?: number | null;
  blocked?: boolean | null;
  expires?: string | null;
  allowed_routes?: string[];
  /** Fixture-only: overrides the role otherwise taken from the key's user row. Never served. */
  user_role?: string | null;
  [column: string]: unknown;
}

/** A stored key: hashed, the raw key is gone. */
export interface StoredKey {
  token: string;
  user_role?: string | null;
  [column: string]: unknown;
}

export interface FakeStateInput {
  description?: string;
  /** `null` = proxy without a master key (every request is `internal_user`). */
  masterKey: string | null;
  flavor: Flavor;
  version: string;
  db: DbState;
  readiness?: ReadinessShape;
  /** `general_settings.litellm_key_header_name`: when set, only this header is read. */
  keyHeaderName?: string | null;
  budgets?: Row[];
  keys?: FixtureKey[];
  teams?: Row[];
  teamMemberships?: Row[];
  users?: Row[];
  organizations?: Row[];
  endUsers?: Row[];
}

/** Live, mutable server state (tests may change fields between requests). */
export interface FakeState {
  masterKey: string | null;
  flavor: Flavor;
  version: string;
  db: DbState;
  readiness: ReadinessShape | null;
  keyHeaderName: string | null;
  budgets: Row[];
  keys: StoredKey[];
  teams: Row[];
  teamMemberships: Row[];
  users: Row[];
  organizations: Row[];
  endUsers: Row[];
}

export interface FaultSpec {
  /** Accept the request and never answer. */
  hang?: boolean;
  /** Wait this long before answering (combines with the other faults). */
  delayMs?: number;
  /** Answer with this status and a plausible body (500 JSON envelope, 502/503/504 nginx HTML). */
  status?: number;
  /** Answer with this status and a gateway's nginx HTML page (a 404 from an ingress that does not route the path). */
  gatewayStatus?: number;
  /** Answer 429 (optionally with a `Retry-After: <seconds>` header). */
  status429?: boolean | { retryAfter?: number };
  /** Fail the first N requests in this fault's scope with 503, then behave. */
  failFirst?: number;
  /** Send a truncated JSON body with `application/json`. */
  malformedJson?: boolean;
  /** Send the real body with `Content-Type: text/html`. */
  wrongContentType?: boolean;
  /** Stream a body of exactly N bytes (generated in 64 KiB chunks, never held in memory). */
  hugeBodyBytes?: number;
  /** With hugeBodyBytes: declare Content-Length (default: chunked, no length). */
  hugeBodyWithLength?: boolean;
  /** Declare the full Content-Length, write half the body, then destroy the socket. */
  resetMidBody?: boolean;
  /** Send the body one byte every N ms. */
  slowDripMs?: number;
  /** Answer 302 with `Location: <redirectTo><path><query>` (path without the root prefix). */
  redirectTo?: string;
  /** Answer 200 with an HTML login page. */
  html?: boolean;
  /** Put the full raw presented key into every error body (status >= 400). */
  echoKeyInErrors?: boolean;
}

/** Route keys are `"/budget/info"` or `"POST /budget/info"` (paths without the root prefix). */
export interface FaultConfig {
  global?: FaultSpec;
  routes?: Record<string, FaultSpec>;
}

export interface RecordedRequest {
  method: string;
  /** The request target as received (with root prefix and query). */
  url: string;
  /** Path without the root prefix (the raw path when outside the prefix). */
  path: string;
  /** Query parameters (first value wins). */
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: string;
  /** Parsed body when it was valid JSON, else undefined. */
  json: unknown;
  outsideRoot: boolean;
}

export interface FakeLiteLLMOptions {
  /** Inline state; takes precedence over `fixture`. */
  state?: FakeStateInput;
  /** A fixture name (`"demo"` → tools/fakes/litellm/states/demo.json) or a path to a JSON file. */
  fixture?: string;
  flavor?: Flavor;
  db?: DbState;
  readiness?: ReadinessShape;
  keyHeaderName?: string | null;
  /** Like SERVER_ROOT_PATH: every route lives under it and `url` includes it. */
  rootPath?: string;
  host?: string;
  port?: number;
  faults?: FaultConfig;
  /** Clock for key expiry (default: real time). */
  now?: () => Date;
}

export interface FakeLiteLLM {
  /** Base URL, with the root path when one is set, without a trailing slash. */
  url: string;
  origin: string;
  port: number;
  rootPath: string;
  state: FakeState;
  requests: RecordedRequest[];
  /** Replace all faults (and reset failFirst counters); `null` clears them. */
  setFaults(faults: FaultConfig | null): void;
  /** Number of recorded requests, optionally for one path (without prefix) and method. */
  count(path?: string, method?: string): number;
  clearRequests(): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// State loading

const TS = "2026-06-01T10:00:00+00:00";
const ADMIN_USER_ID = "default_user_id";
const FIXTURE_DIR = fileURLToPath(new URL("./states/", import.meta.url));
const FLAVORS: readonly string[] = ["new", "old"];
const DB_STATES: readonly string[] = ["connected", "disconnected", "Not connected"];
const READINESS: readonly string[] = ["new", "old", "intermediate", "minimal"];

export function hashKey(raw: string): string {
  return createHash("sha256").update(raw, "utf8").digest("hex");
}

export function fixturePath(nameOrPath: string): string {
  if (!nameOrPath.includes("/") && !nameOrPath.endsWith(".json")) return resolve(FIXTURE_DIR, `${nameOrPath}.json`);
  return resolve(nameOrPath);
}

export function readFixture(nameOrPath: string): FakeStateInput {
  const file = fixturePath(nameOrPath);
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!isObject(parsed)) throw new Error(`${file}: fixture must be a JSON object`);
  return parsed as unknown as FakeStateInput;
}

/** A fixture whose master key and first key are the given raw keys (leak tests plant distinctive ones). */
export function fixtureWithKeys(nameOrPath: string, keys: { master: string; app: string }, change?: (state: FakeStateInput) => void): FakeStateInput {
  const state = readFixture(nameOrPath);
  state.masterKey = keys.master;
  const key = state.keys![0]!;
  key.raw = keys.app;
  delete key.token;
  delete key.key_name;
  change?.(state);
  return state;
}

/** Validate a fixture and hash its keys. Throws on anything inconsistent. */
export function loadState(input: FakeStateInput): FakeState {
  if (!isObject(input)) throw new Error("state must be an object");
  if (input.masterKey !== null && typeof input.masterKey !== "string") throw new Error("masterKey must be a string or null");
  if (!FLAVORS.includes(input.flavor)) throw new Error(`flavor must be "new" or "old", got ${String(input.flavor)}`);
  if (typeof input.version !== "string") throw new Error("version must be a string");
  if (!DB_STATES.includes(input.db)) throw new Error(`db must be one of ${DB_STATES.join(", ")}`);
  if (input.readiness !== undefined && !READINESS.includes(input.readiness)) throw new Error("bad readiness shape");
  const list = (name: string, v: unknown): Row[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every(isObject)) throw new Error(`${name} must be a list of objects`);
    return structuredClone(v);
  };
  const budgets = list("budgets", input.budgets);
  const seen = new Set<string>();
  for (const b of budgets) {
    const id = str(b["budget_id"]);
    if (id === null) throw new Error("every budget needs a budget_id");
    if (seen.has(id)) throw new Error(`duplicate budget_id ${id}`);
    seen.add(id);
  }
  const keys: StoredKey[] = [];
  const tokens = new Set<string>();
  for (const k of list("keys", input.keys) as FixtureKey[]) {
    const { raw, token, ...rest } = k;
    if (raw !== undefined && (typeof raw !== "string" || !raw.startsWith("sk-"))) throw new Error("key raw must start with sk-");
    if (token !== undefined && (typeof token !== "string" || !/^[0-9a-f]{64}$/.test(token))) {
      throw new Error(`key token must be 64 lowercase hex characters (${String(k.key_alias)})`);
    }
    if (raw === undefined && token === undefined) throw new Error(`key ${String(k.key_alias)} needs raw or token`);
    const hashed = raw !== undefined ? hashKey(raw) : (token as string);
    if (token !== undefined && token !== hashed) throw new Error(`key ${String(k.key_alias)}: token is not sha256(raw)`);
    if (tokens.has(hashed)) throw new Error(`duplicate key ${String(k.key_alias)}`);
    tokens.add(hashed);
    const stored: StoredKey = { token: hashed, ...rest };
    if (stored["key_name"] === undefined && raw !== undefined) stored["key_name"] = `sk-...${raw.slice(-4)}`;
    keys.push(stored);
  }
  return {
    masterKey: input.masterKey,
    flavor: input.flavor,
    version: input.version,
    db: input.db,
    readiness: input.readiness ?? null,
    keyHeaderName: input.keyHeaderName ?? null,
    budgets,
    keys,
    teams: list("teams", input.teams),
    teamMemberships: list("teamMemberships", input.teamMemberships),
    users: list("users", input.users),
    organizations: list("organizations", input.organizations),
    endUsers: list("endUsers", input.endUsers),
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function isObject(v: unknown): v is Row {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function str(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}
function pyStr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  return String(v);
}
/** Python repr of a flat dict of strings, as `handle_exception_on_proxy` puts into `message`. */
function pyRepr(d: Record<string, string>): string {
  const q = (s: string): string => (s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replaceAll("'", "\\'")}'`);
  return `{${Object.entries(d).map(([k, v]) => `${q(k)}: ${q(v)}`).join(", ")}}`;
}
/** The proxy's partial echo of a key: first 4 + **** + last 4. */
function maskKey(k: string): string {
  return k.length > 8 ? `${k.slice(0, 4)}****${k.slice(-4)}` : "****";
}
function abbreviate(k: string): string {
  return k.length > 4 ? `sk-...${k.slice(-4)}` : "sk-...";
}
function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(createHash("sha256").update(a).digest(), createHash("sha256").update(b).digest());
}

// ---------------------------------------------------------------------------------------------
// Row builders (the DB model as the proxy serialises it)

const BUDGET_OLD_COLUMNS: Row = {
  budget_id: null, max_budget: null, soft_budget: null, max_parallel_requests: null, tpm_limit: null,
  rpm_limit: null, model_max_budget: null, budget_duration: null, budget_reset_at: null,
  created_at: TS, created_by: ADMIN_USER_ID, updated_at: TS, updated_by: ADMIN_USER_ID,
  organization: null, keys: null, end_users: null, team_membership: null, organization_membership: null,
};
const BUDGET_NEW_ONLY = ["allowed_models", "projects", "tags"];

function budgetRow(b: Row, flavor: Flavor): Row {
  const row: Row = {};
  for (const [col, dflt] of Object.entries(BUDGET_OLD_COLUMNS)) {
    row[col] = col in b ? b[col] : dflt;
    if (flavor === "new" && col === "budget_reset_at") row["allowed_models"] = b["allowed_models"] ?? [];
    if (flavor === "new" && col === "organization") row["projects"] = b["projects"] ?? null;
    if (flavor === "new" && col === "end_users") row["tags"] = b["tags"] ?? null;
  }
  for (const [col, v] of Object.entries(b)) {
    if (!(col in row) && !(flavor === "old" && BUDGET_NEW_ONLY.includes(col))) row[col] = v;
  }
  return row;
}

const KEY_OLD_COLUMNS: Row = {
  key_name: null, key_alias: null, spend: 0, expires: null, models: [], aliases: {}, config: {},
  user_id: null, team_id: null, permissions: {}, max_parallel_requests: null, metadata: {}, blocked: null,
  tpm_limit: null, rpm_limit: null, max_budget: null, budget_duration: null, budget_reset_at: null,
  allowed_cache_controls: [], allowed_routes: [], model_spend: {}, model_max_budget: {}, budget_id: null,
  organization_id: null, created_at: TS, created_by: ADMIN_USER_ID, updated_at: TS, updated_by: ADMIN_USER_ID,
};
const KEY_NEW_COLUMNS: Row = {
  soft_budget_cooldown: false, budget_limits: null, project_id: null, object_permission_id: null,
  last_active: null, rotation_count: 0, auto_rotate: false, rotation_interval: null, last_rotation_at: null,
  key_rotation_at: null,
};
const KEY_NEW_ONLY = new Set([
  ...Object.keys(KEY_NEW_COLUMNS), "agent_id", "router_settings", "policies", "access_group_ids",
  "litellm_organization_table", "litellm_project_table",
]);
const FIXTURE_ONLY = new Set(["token", "raw", "user_role"]);

/** Key columns without `token`. */
function keyColumns(k: StoredKey, flavor: Flavor): Row {
  const row: Row = { ...KEY_OLD_COLUMNS, ...(flavor === "new" ? KEY_NEW_COLUMNS : {}) };
  for (const [col, v] of Object.entries(k)) {
    if (FIXTURE_ONLY.has(col) || (flavor === "old" && KEY_NEW_ONLY.has(col))) continue;
    row[col] = v;
  }
  return structuredClone(row);
}

const TEAM_OLD_COLUMNS: Row = {
  team_id: null, team_alias: null, organization_id: null, admins: [], members: [], members_with_roles: [],
  metadata: {}, max_budget: null, budget_duration: null, budget_reset_at: null, tpm_limit: null, rpm_limit: null,
  max_parallel_requests: null, models: [], blocked: false, spend: 0, model_max_budget: {}, model_id: null,
  created_at: TS, updated_at: TS,
};
const TEAM_NEW_COLUMNS: Row = { soft_budget: null, budget_limits: null, object_permission_id: null, team_member_permissions: [] };
const TEAM_NEW_ONLY = new Set(Object.keys(TEAM_NEW_COLUMNS));

function teamRow(t: Row, flavor: Flavor): Row {
  const row: Row = { ...TEAM_OLD_COLUMNS, ...(flavor === "new" ? TEAM_NEW_COLUMNS : {}) };
  for (const [col, v] of Object.entries(t)) if (!(flavor === "old" && TEAM_NEW_ONLY.has(col))) row[col] = v;
  return structuredClone(row);
}

const USER_COLUMNS: Row = {
  user_id: null, user_alias: null, user_email: null, user_role: null, teams: [], max_budget: null, spend: 0,
  budget_duration: null, budget_reset_at: null, models: [], tpm_limit: null, rpm_limit: null,
  max_parallel_requests: null, metadata: {}, model_max_budget: {}, model_spend: {}, organization_id: null,
  sso_user_id: null, created_at: TS, updated_at: TS,
};
function userRow(u: Row): Row {
  const row: Row = { ...USER_COLUMNS };
  for (const [col, v] of Object.entries(u)) if (col !== "password") row[col] = v;
  return structuredClone(row);
}

function orgRow(o: Row, flavor: Flavor): Row {
  const row: Row = {
    organization_id: null, organization_alias: null, budget_id: null, spend: 0, metadata: {}, models: [],
    created_at: TS, created_by: ADMIN_USER_ID, updated_at: TS, updated_by: ADMIN_USER_ID,
    ...(flavor === "new" ? { object_permission_id: null } : {}),
  };
  for (const [col, v] of Object.entries(o)) row[col] = v;
  return structuredClone(row);
}

// ---------------------------------------------------------------------------------------------
// Request context, replies, errors

interface Presented {
  /** The key the proxy extracted (null = none passed). */
  apiKey: string | null;
  /** What the client presented (the key, or the whole header when malformed). */
  presented: string | null;
  malformed: boolean;
}

interface Identity {
  role: string | null;
  userId: string | null;
  teamId: string | null;
  token: string | null;
  isMaster: boolean;
  noAuth: boolean;
  key: StoredKey | null;
}

interface Ctx {
  method: string;
  path: string;
  query: URLSearchParams;
  bodyText: string;
  state: FakeState;
  presented: Presented;
  ident: Identity;
  now: Date;
}

interface Reply {
  status: number;
  contentType: string;
  body: string;
  /** The JSON value of `body`, kept so the key echo can be injected structurally. */
  value?: unknown;
  headers?: Record<string, string>;
}

function json(status: number, value: unknown, headers?: Record<string, string>): Reply {
  return { status, contentType: "application/json", body: JSON.stringify(value), value, ...(headers ? { headers } : {}) };
}
function text(status: number, contentType: string, body: string): Reply {
  return { status, contentType, body };
}
/** ProxyException envelope: `code` is a string on newer proxies, an int on older ones. */
function envelope(ctx: { state: FakeState }, status: number, message: unknown, type: string, param: string | null = "None"): Reply {
  const code = ctx.state.flavor === "new" ? String(status) : status;
  return json(status, { error: { message, type, param, code } });
}
/** An HTTPException with a dict detail converted by `handle_exception_on_proxy`. */
function converted(ctx: Ctx, status: number, detail: Record<string, string>): Reply {
  return envelope(ctx, status, ctx.state.flavor === "new" ? pyRepr(detail) : detail, "auth_error", "None");
}
/** FastAPI's default HTTPException body. */
function detail(status: number, d: unknown): Reply {
  return json(status, { detail: d });
}
function authError(ctx: { state: FakeState }, status: number, message: string, type = "auth_error"): Reply {
  return envelope(ctx, status, message, type, ctx.state.flavor === "new" ? "None" : null);
}
function internalError(): Reply {
  return text(500, "text/plain; charset=utf-8", "Internal Server Error");
}
function missingQuery(name: string): Reply {
  return detail(422, [{ type: "missing", loc: ["query", name], msg: "Field required", input: null }]);
}

const REASONS: Record<number, string> = {
  400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests",
  500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Temporarily Unavailable", 504: "Gateway Time-out",
};
function nginxPage(status: number): string {
  const title = `${status} ${REASONS[status] ?? "Error"}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}
const LOGIN_PAGE =
  '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Sign In</title></head>\n' +
  '<body>\n<h1>Sign in to continue</h1>\n<form method="GET" action="/oauth2/start">\n' +
  '<button type="submit">Sign in with SSO</button>\n</form>\n</body>\n</html>\n';

function faultStatusReply(status: number, state: FakeState): Reply {
  if (status === 500) return envelope({ state }, 500, "Internal Server Error, simulated failure", "internal_server_error");
  if (status === 502 || status === 503 || status === 504) return text(status, "text/html", nginxPage(status));
  return json(status, { detail: REASONS[status] ?? "Error" });
}

/** Put the full raw key into an error body (fault `echoKeyInErrors`). */
function echoKey(reply: Reply, key: string): Reply {
  const note = ` Received API Key = ${key}`;
  if (reply.value === undefined) return { ...reply, body: `${reply.body}${note}` };
  const v = structuredClone(reply.value);
  if (isObject(v) && isObject(v["error"])) {
    const e = v["error"];
    if (typeof e["message"] === "string") e["message"] += note;
    else if (isObject(e["message"])) e["message"]["api_key"] = key;
    else e["message"] = note.trim();
  } else if (isObject(v) && "detail" in v) {
    const d = v["detail"];
    if (typeof d === "string") v["detail"] = d + note;
    else if (isObject(d)) d["error"] = `${pyStr(d["error"] ?? "")}${note}`;
    else if (Array.isArray(d)) d.push({ type: "value_error", loc: ["header", "authorization"], msg: note.trim(), input: key });
  } else {
    return json(reply.status, { error: { message: note.trim(), value: v } }, reply.headers);
  }
  return { ...reply, body: JSON.stringify(v), value: v };
}

// ---------------------------------------------------------------------------------------------
// Body validation (FastAPI / pydantic v2 422 shapes)

type BodyResult = { ok: true; body: Row } | { ok: false; reply: Reply };

function parseBody(ctx: Ctx): BodyResult {
  if (ctx.bodyText.trim() === "") {
    return { ok: false, reply: detail(422, [{ type: "missing", loc: ["body"], msg: "Field required", input: null }]) };
  }
  let v: unknown;
  try {
    v = JSON.parse(ctx.bodyText);
  } catch {
    return {
      ok: false,
      reply: detail(422, [{ type: "json_invalid", loc: ["body", 0], msg: "JSON decode error", input: {}, ctx: { error: "Expecting value" } }]),
    };
  }
  if (!isObject(v)) {
    return {
      ok: false,
      reply: detail(422, [{ type: "model_attributes_type", loc: ["body"], msg: "Input should be a valid dictionary or object to extract fields from", input: v }]),
    };
  }
  return { ok: true, body: v };
}

/** Validate `body[field]` as `list[str]`; returns the list, undefined when absent, or a 422 reply. */
function stringList(body: Row, field: string, required: boolean): string[] | undefined | Reply {
  const v = body[field];
  if (v === undefined || (v === null && !required)) {
    return required ? detail(422, [{ type: "missing", loc: ["body", field], msg: "Field required", input: body }]) : undefined;
  }
  if (!Array.isArray(v)) return detail(422, [{ type: "list_type", loc: ["body", field], msg: "Input should be a valid list", input: v }]);
  const errors = v.flatMap((item, i) =>
    typeof item === "string" ? [] : [{ type: "string_type", loc: ["body", field, i], msg: "Input should be a valid string", input: item }],
  );
  return errors.length > 0 ? detail(422, errors) : (v as string[]);
}
function isReply(v: unknown): v is Reply {
  return isObject(v) && typeof v["status"] === "number" && typeof v["body"] === "string";
}

// ---------------------------------------------------------------------------------------------
// Authentication and the route gate

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}
function stripBearer(v: string, allowBasic: boolean): string | null {
  for (const p of allowBasic ? ["Bearer ", "bearer ", "Basic "] : ["Bearer ", "bearer "]) {
    if (v.startsWith(p)) return v.slice(p.length).trim();
  }
  return null;
}

function extractKey(headers: IncomingHttpHeaders, state: FakeState): Presented {
  const none: Presented = { apiKey: null, presented: null, malformed: false };
  const found = (k: string): Presented => ({ apiKey: k, presented: k, malformed: false });
  if (state.keyHeaderName) {
    const v = header(headers, state.keyHeaderName);
    if (v === undefined) return none;
    const k = stripBearer(v, false);
    return k === null ? { apiKey: null, presented: v, malformed: true } : found(k);
  }
  if (state.flavor === "new") {
    const v = header(headers, "x-litellm-api-key");
    if (v !== undefined) return found(stripBearer(v, false) ?? v.trim());
  }
  const auth = header(headers, "authorization");
  if (auth !== undefined) {
    const k = stripBearer(auth, true);
    return k === null ? { apiKey: null, presented: auth, malformed: true } : found(k);
  }
  const raw = state.flavor === "new" ? ["api-key", "x-api-key", "x-goog-api-key", "ocp-apim-subscription-key"] : ["api-key"];
  for (const name of raw) {
    const v = header(headers, name);
    if (v !== undefined) return found(v.trim());
  }
  return none;
}

function roleOf(key: StoredKey, state: FakeState): string | null {
  if (key.user_role !== undefined) return key.user_role;
  const uid = str(key["user_id"]);
  if (uid === null) return null;
  return str(state.users.find((u) => u["user_id"] === uid)?.["user_role"]);
}

function authenticate(ctx: Ctx): Identity | Reply {
  const { state, presented } = ctx;
  if (state.masterKey === null) {
    return { role: "internal_user", userId: null, teamId: null, token: null, isMaster: false, noAuth: true, key: null };
  }
  if (presented.malformed) {
    return authError(ctx, 401, `Authentication Error, Malformed API Key passed in. Ensure Key has \`Bearer \` prefix. Passed in: ${maskKey(presented.presented ?? "")}`);
  }
  const apiKey = presented.apiKey;
  if (!apiKey) return authError(ctx, 401, "Authentication Error, No api key passed in.");
  if (safeEqual(apiKey, state.masterKey)) {
    return { role: "proxy_admin", userId: ADMIN_USER_ID, teamId: null, token: hashKey(apiKey), isMaster: true, noAuth: false, key: null };
  }
  if (!apiKey.startsWith("sk-")) {
    return authError(ctx, 401, `Authentication Error, LiteLLM Virtual Key expected. Received=${maskKey(apiKey)}, expected to start with 'sk-'.`);
  }
  if (state.db !== "connected") {
    if (state.flavor === "new") {
      return state.db === "Not connected"
        ? authError(ctx, 400, "No connected db.", "no_db_connection")
        : authError(ctx, 503, "Database unavailable: cannot verify the virtual key.", "no_db_connection");
    }
    return state.db === "Not connected"
      ? authError(ctx, 401, "Authentication Error, No connected db.")
      : authError(ctx, 500, "Authentication Error, Database connection failed", "internal_server_error");
  }
  const token = hashKey(apiKey);
  const key = state.keys.find((k) => k.token === token);
  if (!key) {
    const message = state.flavor === "new"
      ? `Authentication Error, Invalid proxy server token passed. Received API Key = ${abbreviate(apiKey)}, Key Hash (Token) =${token}. Unable to find token in cache or \`LiteLLM_VerificationTokenTable\``
      : `Authentication Error, Invalid proxy server token passed. valid_token=None. key=${token}`;
    return authError(ctx, 401, message, "token_not_found_in_db");
  }
  if (key["blocked"] === true) {
    return authError(ctx, 401, "Authentication Error, Key is blocked. Update via `/key/unblock` if you're admin.");
  }
  const expires = str(key["expires"]);
  if (expires !== null && Date.parse(expires) < ctx.now.getTime()) {
    // user_api_key_auth raises ProxyException(type=expired_key, code=400); the exception handler keeps its code.
    return authError(ctx, 400, `Authentication Error - Expired Key. Key Expiry time ${expires} and current time ${ctx.now.toISOString()}`, "expired_key");
  }
  const teamId = str(key["team_id"]);
  if (teamId !== null && state.teams.find((t) => t["team_id"] === teamId)?.["blocked"] === true) {
    return authError(ctx, 401, `Authentication Error, Team=${teamId} is blocked. Update via \`/team/unblock\` if you're admin.`);
  }
  return { role: roleOf(key, state), userId: str(key["user_id"]), teamId, token, isMaster: false, noAuth: false, key };
}

const INFO_ROUTES = new Set(["/health/readiness/details", "/key/info", "/v2/key/info", "/key/list", "/team/info", "/user/info", "/v2/user/info", "/organization/list", "/health"]);
const ORG_ADMIN_ROUTES = new Set(["/organization/info", "/organization/list", "/organization/member_add", "/organization/member_update"]);

function routeGate(ctx: Ctx): Reply | null {
  const { ident, path, method } = ctx;
  if (ident.noAuth || ident.role === "proxy_admin") return null;
  const allowed = ident.key?.["allowed_routes"];
  if (Array.isArray(allowed) && allowed.length > 0) {
    const ok = allowed.some((r) => r === path || (r === "info_routes" && INFO_ROUTES.has(path)));
    if (!ok) {
      return authError(ctx, 403, `Virtual key is not allowed to call this route. Only allowed to call routes: ${JSON.stringify(allowed)}. Tried to call route: ${path}`);
    }
  }
  if (ident.role === "proxy_admin_viewer") {
    if (INFO_ROUTES.has(path) || method === "GET") return null;
    return authError(ctx, 403, `user not allowed to access this route, role= proxy_admin_viewer. Trying to access: ${path}`);
  }
  if (INFO_ROUTES.has(path)) return null;
  if (ident.role === "org_admin" && ORG_ADMIN_ROUTES.has(path)) return null;
  return authError(ctx, 401, `Authentication Error, Only proxy admin can be used to generate, delete, update info for new keys/users/teams. Route=${path}. Your role=${pyStr(ident.role)}. Your user_id=${pyStr(ident.userId)}`);
}

function isAdmin(ident: Identity): boolean {
  return ident.role === "proxy_admin";
}
function canView(ident: Identity): boolean {
  return ident.role === "proxy_admin" || ident.role === "proxy_admin_viewer";
}

// ---------------------------------------------------------------------------------------------
// Handlers

function findBudget(state: FakeState, id: unknown): Row | undefined {
  return typeof id === "string" ? state.budgets.find((b) => b["budget_id"] === id) : undefined;
}
function linkedBudget(state: FakeState, id: unknown): Row | null {
  const b = findBudget(state, id);
  return b ? budgetRow(b, state.flavor) : null;
}
/** Management endpoints other than /budget/* fail like this when the DB is missing or failing. */
function dbError(ctx: Ctx): Reply | null {
  if (ctx.state.db === "connected") return null;
  return envelope(ctx, 500, "Database not connected. Connect a database to your proxy - https://docs.litellm.ai/docs/simple_proxy#managing-auth---virtual-keys", "internal_server_error");
}

function readiness(ctx: Ctx): Reply {
  const { state } = ctx;
  const shape = state.readiness ?? (state.flavor === "new" ? "new" : "old");
  const callbacks = state.flavor === "new"
    ? ["_PROXY_MaxBudgetLimiter", "_PROXY_MaxParallelRequestsHandler_v3", "_PROXY_CacheControlCheck", "ServiceLogging"]
    : ["_PROXY_MaxBudgetLimiter", "_PROXY_MaxParallelRequestsHandler", "_PROXY_CacheControlCheck"];
  if (shape === "intermediate") {
    const noDb = state.db === "Not connected";
    return json(200, {
      status: noDb ? "healthy" : state.db, db: noDb ? "Not connected" : "connected", cache: null,
      litellm_version: state.version, success_callbacks: callbacks, last_updated: ctx.now.toISOString(),
    });
  }
  if (shape === "minimal") {
    // Newest: a configured database that is down fails the probe; the public body says no more.
    if (state.db === "disconnected") return detail(503, "Service Unhealthy (database unreachable)");
    return json(200, { status: "healthy", db: state.db });
  }
  const base = { status: "healthy", db: state.db, cache: null, litellm_version: state.version, success_callbacks: callbacks };
  if (shape === "old") return json(200, base);
  return json(200, { ...base, use_aiohttp_transport: true, log_level: "WARNING", is_detailed_debug: false });
}

/** Newest `GET /health/readiness/details` (authenticated): the full body, 503 when the database is down. */
function readinessDetails(ctx: Ctx): Reply {
  const { state } = ctx;
  if (state.db === "disconnected") return detail(503, "Service Unhealthy (database unreachable)");
  return json(200, {
    status: "healthy", db: state.db, cache: null, litellm_version: state.version,
    success_callbacks: ["_PROXY_MaxBudgetLimiter", "_PROXY_MaxParallelRequestsHandler_v3", "_PROXY_CacheControlCheck", "ServiceLogging"],
    use_aiohttp_transport: true, log_level: "WARNING", is_detailed_debug: false,
  });
}

function budgetInfo(ctx: Ctx): Reply {
  const parsed = parseBody(ctx);
  if (!parsed.ok) return parsed.reply;
  const ids = stringList(parsed.body, "budgets", true);
  if (isReply(ids)) return ids;
  if (ctx.state.db === "Not connected") return detail(500, { error: "No db connected" });
  if (!ids || ids.length === 0) return detail(400, { error: "Specify list of budget id's to query. Passed in=[]" });
  if (ctx.state.db === "disconnected") return internalError();
  return json(200, ctx.state.budgets.filter((b) => ids.includes(str(b["budget_id"]) ?? "")).map((b) => budgetRow(b, ctx.state.flavor)));
}

function budgetList(ctx: Ctx): Reply {
  const { state, ident } = ctx;
  if (state.db === "Not connected") return detail(400, { error: "DB not connected. See https://docs.litellm.ai/docs/proxy/virtual_keys" });
  const allowed = state.flavor === "new" ? canView(ident) : isAdmin(ident);
  if (!allowed) return detail(400, { error: `Admin-only endpoint. Not allowed to access this., your role=${pyStr(ident.role)}` });
  if (state.db === "disconnected") return internalError();
  return json(200, state.budgets.map((b) => budgetRow(b, state.flavor)));
}

function keyInfo(ctx: Ctx): Reply {
  const { state, ident } = ctx;
  const dbe = dbError(ctx);
  if (dbe) return dbe;
  const keyParam = ctx.query.get("key");
  const lookup = keyParam === null ? ident.token : keyParam.startsWith("sk-") ? hashKey(keyParam) : keyParam;
  const key = lookup === null ? undefined : state.keys.find((k) => k.token === lookup);
  if (!key) {
    return state.flavor === "new"
      ? envelope(ctx, 404, "Key not found in database", "not_found_error", "key")
      // Mid-2024: no ownership check; the unknown key raises in get_data and surfaces as a 401.
      : envelope(ctx, 401, "Authentication Error: invalid user key - user key does not exist in db. User Key=None", "auth_error", "None");
  }
  if (state.flavor === "new" && !canView(ident)) {
    // The caller's identity is its hash: a raw key passed in `key=` is not "self".
    const self = keyParam === null || keyParam === ident.token;
    const sameUser = ident.userId !== null && ident.userId === str(key["user_id"]);
    const sameTeam = ident.teamId !== null && ident.teamId === str(key["team_id"]);
    if (!self && !sameUser && !sameTeam) {
      return envelope(ctx, 403, `You are not allowed to access this key's info. Your role=${pyStr(ident.role)}`, "auth_error", "None");
    }
  }
  const info = keyColumns(key, state.flavor);
  if (state.flavor === "new") {
    info["litellm_budget_table"] = linkedBudget(state, key["budget_id"]);
    info["object_permission"] = null;
  }
  return json(200, { key: keyParam ?? ident.token, info });
}

function positiveInt(ctx: Ctx, name: string, dflt: number, max: number): number | Reply {
  const v = ctx.query.get(name);
  if (v === null) return dflt;
  if (!/^-?\d+$/.test(v)) {
    return detail(422, [{ type: "int_parsing", loc: ["query", name], msg: "Input should be a valid integer, unable to parse string as an integer", input: v }]);
  }
  const n = Number(v);
  if (n < 1) return detail(422, [{ type: "greater_than_equal", loc: ["query", name], msg: "Input should be greater than or equal to 1", input: v, ctx: { ge: 1 } }]);
  if (n > max) return detail(422, [{ type: "less_than_equal", loc: ["query", name], msg: `Input should be less than or equal to ${max}`, input: v, ctx: { le: max } }]);
  return n;
}

function keyList(ctx: Ctx): Reply {
  const { state, ident, query } = ctx;
  const page = positiveInt(ctx, "page", 1, 1_000_000);
  if (isReply(page)) return page;
  const size = positiveInt(ctx, "size", 10, 100);
  if (isReply(size)) return size;
  const dbe = dbError(ctx);
  if (dbe) return dbe;
  let keys = state.keys;
  if (!canView(ident)) {
    const uid = query.get("user_id");
    if (uid !== null && uid !== ident.userId) {
      return envelope(ctx, 403, `key not allowed to access this user's info. user_id=${uid}, key's user_id=${pyStr(ident.userId)}`, "auth_error", "None");
    }
    keys = keys.filter((k) => ident.userId !== null && k["user_id"] === ident.userId);
  }
  const filters: [string, string][] = [["key_alias", "key_alias"], ["team_id", "team_id"], ["user_id", "user_id"], ["organization_id", "organization_id"], ["key_hash", "token"]];
  for (const [param, col] of filters) {
    const v = query.get(param);
    if (v !== null) keys = keys.filter((k) => k[col] === v);
  }
  const total = keys.length;
  const pageKeys = keys.slice((page - 1) * size, page * size);
  const full = query.get("return_full_object") === "true";
  return json(200, {
    keys: pageKeys.map((k) => (full ? { token: k.token, ...keyColumns(k, state.flavor) } : k.token)),
    total_count: total,
    current_page: page,
    total_pages: Math.ceil(total / size),
  });
}

function keyInfoV2(ctx: Ctx): Reply {
  const { state } = ctx;
  const parsed = parseBody(ctx);
  if (!parsed.ok) return parsed.reply;
  const keys = stringList(parsed.body, "keys", state.flavor === "old");
  if (isReply(keys)) return keys;
  if (state.flavor === "new") {
    const aliases = stringList(parsed.body, "key_aliases", false);
    if (isReply(aliases)) return aliases;
    if (keys === undefined && aliases === undefined) {
      return detail(422, [{ type: "value_error", loc: ["body"], msg: "Value error, At least one of 'keys' or 'key_aliases' must be provided.", input: parsed.body, ctx: { error: {} } }]);
    }
  }
  const dbe = dbError(ctx);
  if (dbe) return dbe;
  const row = (k: StoredKey): Row => {
    const r: Row = { token: k.token, ...keyColumns(k, state.flavor) };
    if (state.flavor === "new") r["litellm_budget_table"] = linkedBudget(state, k["budget_id"]);
    return r;
  };
  let rows: StoredKey[];
  if (keys === undefined) {
    // key_aliases is accepted by the model but ignored by the handler: every key, by spend.
    rows = [...state.keys].sort((a, b) => Number(b["spend"] ?? 0) - Number(a["spend"] ?? 0));
  } else {
    const wanted = new Set(keys.map((k) => (k.startsWith("sk-") ? hashKey(k) : k)));
    rows = state.keys.filter((k) => wanted.has(k.token));
  }
  return json(200, { key: keys ?? null, info: rows.map(row) });
}

function teamInfo(ctx: Ctx): Reply {
  const { state, ident } = ctx;
  const teamId = ctx.query.get("team_id");
  if (teamId === null) return missingQuery("team_id");
  const dbe = dbError(ctx);
  if (dbe) return dbe;
  const team = state.teams.find((t) => t["team_id"] === teamId);
  if (!team) return converted(ctx, 404, { message: `Team not found, passed team id: ${teamId}.` });
  const memberships = state.teamMemberships.filter((m) => m["team_id"] === teamId);
  const members = Array.isArray(team["members_with_roles"]) ? (team["members_with_roles"] as unknown[]) : [];
  const isMember = ident.userId !== null &&
    (memberships.some((m) => m["user_id"] === ident.userId) || members.some((m) => isObject(m) && m["user_id"] === ident.userId));
  if (!canView(ident) && ident.teamId !== teamId && !isMember) {
    return converted(ctx, 403, { error: `User=${pyStr(ident.userId)} not authorized to access this team=${teamId}` });
  }
  const info = teamRow(team, state.flavor);
  if (state.flavor === "new") {
    const meta = isObject(team["metadata"]) ? team["metadata"] : {};
    info["team_member_budget_table"] = linkedBudget(state, meta["team_member_budget_id"]);
  }
  return json(200, {
    team_id: teamId,
    team_info: info,
    keys: state.keys.filter((k) => k["team_id"] === teamId).map((k) => keyColumns(k, state.flavor)),
    team_memberships: memberships.map((m) => ({
      user_id: null, team_id: teamId, spend: 0, budget_id: null, ...structuredClone(m),
      litellm_budget_table: linkedBudget(state, m["budget_id"]),
    })),
  });
}

function teamsOfUser(state: FakeState, userId: string): Row[] {
  return state.teams.filter((t) => {
    const members = Array.isArray(t["members_with_roles"]) ? (t["members_with_roles"] as unknown[]) : [];
    return members.some((m) => isObject(m) && m["user_id"] === userId) ||
      state.teamMemberships.some((m) => m["team_id"] === t["team_id"] && m["user_id"] === userId);
  });
}

function userInfo(ctx: Ctx): Reply {
  const { state, ident } = ctx;
  const dbe = dbError(ctx);
  if (dbe) return dbe;
  const requested = ctx.query.get("user_id");
  if (requested === null && canView(ident)) {
    return json(200, {
      user_id: null, user_info: null,
      keys: state.keys.map((k) => keyColumns(k, state.flavor)),
      teams: state.teams.map((t) => teamRow(t, state.flavor)),
    });
  }
  const userId = requested ?? ident.userId;
  if (userId === null) return converted(ctx, 404, { error: "User None not found" });
  if (!canView(ident) && userId !== ident.userId) {
    return converted(ctx, 403, { error: `User=${pyStr(ident.userId)} is not allowed to access user=${userId}` });
  }
  const user = state.users.find((u) => u["user_id"] === userId);
  if (!user) return converted(ctx, 404, { error: `User ${userId} not found` });
  return json(200, {
    user_id: userId,
    user_info: userRow(user),
    keys: state.keys.filter((k) => k["user_id"] === userId).map((k) => keyColumns(k, state.flavor)),
    teams: teamsOfUser(state, userId).map((t) => teamRow(t, state.flavor)),
  });
}

function userInfoV2(ctx: Ctx): Reply {
  const { state, ident } = ctx;
  const dbe = dbError(ctx);
  if (dbe) return dbe;
  const userId = ctx.query.get("user_id") ?? ident.userId;
  const user = userId === null ? undefined : state.users.find((u) => u["user_id"] === userId);
  // Unknown and unauthorized look the same.
  if (!user || userId === null || (!canView(ident) && userId !== ident.userId)) {
    return converted(ctx, 404, { error: `User ${pyStr(userId)} not found` });
  }
  const u = userRow(user);
  return json(200, {
    user_id: userId, user_email: u["user_email"], user_alias: u["user_alias"], user_role: u["user_role"],
    spend: u["spend"], max_budget: u["max_budget"], models: u["models"], budget_duration: u["budget_duration"],
    budget_reset_at: u["budget_reset_at"], metadata: u["metadata"], created_at: u["created_at"],
    updated_at: u["updated_at"], sso_user_id: u["sso_user_id"],
    teams: teamsOfUser(state, userId).map((t) => t["team_id"]),
  });
}

function orgWithBudget(state: FakeState, o: Row): Row {
  return { ...orgRow(o, state.flavor), litellm_budget_table: linkedBudget(state, o["budget_id"]) };
}

function organizationInfoGet(ctx: Ctx): Reply {
  const { state } = ctx;
  const orgId = ctx.query.get("organization_id");
  if (orgId === null) return missingQuery("organization_id");
  if (state.db !== "connected") return detail(500, { error: "DB not connected. See https://docs.litellm.ai/docs/proxy/virtual_keys" });
  const org = state.organizations.find((o) => o["organization_id"] === orgId);
  if (!org) return detail(404, { error: "Organization not found" });
  const members = state.users
    .filter((u) => u["organization_id"] === orgId)
    .map((u) => ({ user_id: u["user_id"], organization_id: orgId, user_role: u["user_role"] ?? null, spend: u["spend"] ?? 0, budget_id: null }));
  return json(200, {
    ...orgWithBudget(state, org),
    members,
    teams: state.teams.filter((t) => t["organization_id"] === orgId).map((t) => teamRow(t, state.flavor)),
    object_permission: null,
  });
}

function organizationInfoPost(ctx: Ctx): Reply {
  const { state } = ctx;
  const parsed = parseBody(ctx);
  if (!parsed.ok) return parsed.reply;
  const ids = stringList(parsed.body, "organizations", true);
  if (isReply(ids)) return ids;
  if (state.db !== "connected") return detail(500, { error: "No db connected" });
  if (!ids || ids.length === 0) return detail(400, { error: "Specify list of organization id's to query. Passed in=[]" });
  return json(200, state.organizations.filter((o) => ids.includes(str(o["organization_id"]) ?? "")).map((o) => orgWithBudget(state, o)));
}

const OLD_CUSTOMER_BUDGET_FIELDS = ["budget_id", "soft_budget", "max_budget", "max_parallel_requests", "tpm_limit", "rpm_limit", "model_max_budget", "budget_duration"];

function customerInfo(ctx: Ctx): Reply {
  const { state } = ctx;
  const id = ctx.query.get("end_user_id");
  if (id === null) return missingQuery("end_user_id");
  if (state.db !== "connected") return detail(500, { error: "No db connected" });
  const user = state.endUsers.find((u) => u["user_id"] === id);
  if (!user) {
    return state.flavor === "new"
      ? envelope(ctx, 404, `End User Id=${id} does not exist in db`, "not_found", "end_user_id")
      : detail(400, { error: `End User Id=${id} does not exist in db` });
  }
  const full = linkedBudget(state, user["budget_id"]);
  const budget = full && state.flavor === "old"
    ? Object.fromEntries(OLD_CUSTOMER_BUDGET_FIELDS.map((f) => [f, full[f] ?? null]))
    : full;
  const { budget_id: _budgetId, ...rest } = structuredClone(user);
  return json(200, {
    user_id: id, blocked: false, alias: null, spend: 0, allowed_model_region: null, default_model: null,
    ...rest,
    litellm_budget_table: budget,
    ...(state.flavor === "new" ? { object_permission_id: null, object_permission: null } : {}),
  });
}

interface Route {
  method: "GET" | "POST";
  path: string;
  public?: boolean;
  only?: Flavor;
  handler: (ctx: Ctx) => Reply;
}

const alive = (): Reply => json(200, "I'm alive!");

const ROUTES: Route[] = [
  { method: "GET", path: "/health/liveliness", public: true, handler: alive },
  { method: "GET", path: "/health/liveness", public: true, only: "new", handler: alive },
  { method: "GET", path: "/health/readiness", public: true, handler: readiness },
  { method: "GET", path: "/health/readiness/details", only: "new", handler: readinessDetails },
  { method: "POST", path: "/budget/info", handler: budgetInfo },
  { method: "GET", path: "/budget/list", handler: budgetList },
  { method: "GET", path: "/key/info", handler: keyInfo },
  // Mid-2024 proxies have no /key/list.
  { method: "GET", path: "/key/list", only: "new", handler: keyList },
  { method: "POST", path: "/v2/key/info", handler: keyInfoV2 },
  { method: "GET", path: "/team/info", handler: teamInfo },
  { method: "GET", path: "/user/info", handler: userInfo },
  { method: "GET", path: "/v2/user/info", only: "new", handler: userInfoV2 },
  { method: "GET", path: "/organization/info", only: "new", handler: organizationInfoGet },
  { method: "POST", path: "/organization/info", handler: organizationInfoPost },
  { method: "GET", path: "/customer/info", handler: customerInfo },
  { method: "GET", path: "/end_user/info", handler: customerInfo },
];

function dispatch(ctx: Ctx): Reply {
  const candidates = ROUTES.filter((r) => r.path === ctx.path && (r.only === undefined || r.only === ctx.state.flavor));
  if (candidates.length === 0) return detail(404, "Not Found");
  const route = candidates.find((r) => r.method === ctx.method);
  if (!route) {
    const reply = detail(405, "Method Not Allowed");
    return { ...reply, headers: { allow: candidates.map((r) => r.method).join(", ") } };
  }
  if (!route.public) {
    const ident = authenticate(ctx);
    if (isReply(ident)) return ident;
    ctx.ident = ident;
    const refused = routeGate(ctx);
    if (refused) return refused;
  }
  return route.handler(ctx);
}

// ---------------------------------------------------------------------------------------------
// The server

const MAX_REQUEST_BODY = 16 * 1024 * 1024;
const ANONYMOUS: Identity = { role: null, userId: null, teamId: null, token: null, isMaster: false, noAuth: false, key: null };

function normaliseRoot(root: string | undefined): string {
  if (!root || root === "/") return "";
  const withSlash = root.startsWith("/") ? root : `/${root}`;
  return withSlash.replace(/\/+$/, "");
}

function effectiveFaults(faults: FaultConfig | null, method: string, path: string): { spec: FaultSpec; failScope: string } {
  const byPath = faults?.routes?.[path];
  const byMethod = faults?.routes?.[`${method} ${path}`];
  const spec: FaultSpec = { ...faults?.global, ...byPath, ...byMethod };
  const failScope = byMethod?.failFirst !== undefined ? `${method} ${path}` : byPath?.failFirst !== undefined ? path : "*";
  return { spec, failScope };
}

export async function startFakeLiteLLM(options: FakeLiteLLMOptions = {}): Promise<FakeLiteLLM> {
  const input = options.state ?? readFixture(options.fixture ?? "demo");
  const state = loadState(input);
  if (options.flavor) state.flavor = options.flavor;
  if (options.db) state.db = options.db;
  if (options.readiness) state.readiness = options.readiness;
  if (options.keyHeaderName !== undefined) state.keyHeaderName = options.keyHeaderName;
  const rootPath = normaliseRoot(options.rootPath);
  const now = options.now ?? (() => new Date());
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let faults: FaultConfig | null = options.faults ?? null;
  let failCounters = new Map<string, number>();
  let closed = false;

  const later = (ms: number): Promise<void> =>
    new Promise((done) => {
      const t = setTimeout(() => {
        timers.delete(t);
        done();
      }, ms);
      timers.add(t);
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size <= MAX_REQUEST_BODY) chunks.push(chunk);
    }
    const bodyText = Buffer.concat(chunks).toString("utf8");
    const target = req.url ?? "/";
    const q = target.indexOf("?");
    const rawPath = q === -1 ? target : target.slice(0, q);
    const search = q === -1 ? "" : target.slice(q + 1);
    const query = new URLSearchParams(search);
    let path: string | null = rawPath;
    if (rootPath !== "") {
      path = rawPath === rootPath ? "/" : rawPath.startsWith(`${rootPath}/`) ? rawPath.slice(rootPath.length) : null;
    }
    let parsedJson: unknown;
    try {
      parsedJson = bodyText === "" ? undefined : JSON.parse(bodyText);
    } catch {
      parsedJson = undefined;
    }
    const method = req.method ?? "GET";
    requests.push({
      method, url: target, path: path ?? rawPath, query: Object.fromEntries([...query.keys()].map((k) => [k, query.get(k) ?? ""])),
      headers: { ...req.headers }, body: bodyText, json: parsedJson, outsideRoot: path === null,
    });

    const presented = extractKey(req.headers, state);
    const { spec, failScope } = effectiveFaults(faults, method, path ?? rawPath);
    const send = (reply: Reply): Promise<void> => writeReply(res, reply, spec, presented);

    if (spec.delayMs !== undefined && spec.delayMs > 0) await later(spec.delayMs);
    if (closed || res.destroyed) return;
    if (spec.hang) return; // never answer; close() destroys the socket
    if (spec.redirectTo !== undefined) {
      const location = `${spec.redirectTo.replace(/\/+$/, "")}${path ?? rawPath}${search ? `?${search}` : ""}`;
      return send({ ...text(302, "text/html; charset=utf-8", ""), headers: { location } });
    }
    if (spec.failFirst !== undefined) {
      const seen = failCounters.get(failScope) ?? 0;
      failCounters.set(failScope, seen + 1);
      if (seen < spec.failFirst) return send(faultStatusReply(503, state));
    }
    if (spec.status429) {
      const retryAfter = typeof spec.status429 === "object" ? spec.status429.retryAfter : undefined;
      const hashed = presented.apiKey ? hashKey(presented.apiKey) : "None";
      const reply = envelope({ state }, 429, `Max parallel request limit reached. Hit limit for api_key: ${hashed}. tpm_limit: 100, current tpm: 100 , rpm_limit: 1, current rpm: 1.`, "None");
      return send(retryAfter === undefined ? reply : { ...reply, headers: { "retry-after": String(retryAfter) } });
    }
    if (spec.status !== undefined) return send(faultStatusReply(spec.status, state));
    if (spec.gatewayStatus !== undefined) return send(text(spec.gatewayStatus, "text/html", nginxPage(spec.gatewayStatus)));
    if (spec.html) return send(text(200, "text/html; charset=utf-8", LOGIN_PAGE));
    if (path === null) return send(detail(404, "Not Found"));
    const ctx: Ctx = { method, path, query, bodyText, state, presented, ident: ANONYMOUS, now: now() };
    return send(dispatch(ctx));
  }

  async function writeReply(res: ServerResponse, reply0: Reply, spec: FaultSpec, presented: Presented): Promise<void> {
    let reply = reply0;
    if (spec.echoKeyInErrors && reply.status >= 400 && presented.presented) reply = echoKey(reply, presented.presented);
    const headers: Record<string, string> = {
      "content-type": spec.wrongContentType ? "text/html; charset=utf-8" : reply.contentType,
      server: "uvicorn",
      ...reply.headers,
    };
    if (spec.hugeBodyBytes !== undefined) return streamHuge(res, reply.status, headers, spec.hugeBodyBytes, spec.hugeBodyWithLength === true);
    let body = Buffer.from(reply.body, "utf8");
    if (spec.malformedJson) {
      headers["content-type"] = "application/json";
      const source = body.length >= 2 ? body : Buffer.from('{"status": "healthy"}');
      body = source.subarray(0, Math.max(1, Math.floor(source.length / 2)));
    }
    headers["content-length"] = String(body.length);
    if (spec.resetMidBody) {
      res.writeHead(reply.status, headers);
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
      return;
    }
    if (spec.slowDripMs !== undefined && spec.slowDripMs > 0) {
      res.writeHead(reply.status, headers);
      res.flushHeaders();
      for (let i = 0; i < body.length; i++) {
        await later(spec.slowDripMs);
        if (closed || res.destroyed) return;
        res.write(body.subarray(i, i + 1));
      }
      res.end();
      return;
    }
    res.writeHead(reply.status, headers);
    res.end(body);
  }

  async function streamHuge(res: ServerResponse, status: number, headers: Record<string, string>, total: number, withLength: boolean): Promise<void> {
    const head = Buffer.from('{"filler":"');
    const tail = Buffer.from('"}');
    const h: Record<string, string> = { ...headers, "content-type": headers["content-type"] ?? "application/json" };
    if (withLength) h["content-length"] = String(total);
    res.writeHead(status, h);
    const chunk = Buffer.alloc(64 * 1024, 0x78);
    let remaining = total;
    const framed = total >= head.length + tail.length;
    if (framed) {
      res.write(head);
      remaining -= head.length + tail.length;
    }
    while (remaining > 0) {
      if (closed || res.destroyed) return;
      const piece = remaining >= chunk.length ? chunk : chunk.subarray(0, remaining);
      remaining -= piece.length;
      if (!res.write(piece)) {
        await new Promise<void>((done) => {
          const finish = (): void => {
            res.off("drain", finish);
            res.off("close", finish);
            done();
          };
          res.on("drain", finish);
          res.on("close", finish);
        });
      }
    }
    if (!res.destroyed) res.end(framed ? tail : undefined);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("Internal Server Error");
      } else {
        res.destroy();
      }
    });
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", fail);
      done();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const origin = `http://${host}:${address.port}`;

  return {
    url: `${origin}${rootPath}`,
    origin,
    port: address.port,
    rootPath,
    state,
    requests,
    setFaults(next: FaultConfig | null): void {
      faults = next;
      failCounters = new Map();
    },
    count(path?: string, method?: string): number {
      return requests.filter((r) => (path === undefined || r.path === path) && (method === undefined || r.method === method)).length;
    },
    clearRequests(): void {
      requests.length = 0;
    },
    close(): Promise<void> {
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      return new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// CLI

export async function main(argv: string[]): Promise<FakeLiteLLM> {
  const { values } = parseArgs({
    args: argv,
    options: {
      state: { type: "string" },
      port: { type: "string", default: "0" },
      host: { type: "string", default: "127.0.0.1" },
      flavor: { type: "string" },
      "root-path": { type: "string" },
      readiness: { type: "string" },
      faults: { type: "string" },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad --port ${values.port}`);
  if (values.flavor !== undefined && !FLAVORS.includes(values.flavor)) throw new Error(`--flavor must be old or new`);
  if (values.readiness !== undefined && !READINESS.includes(values.readiness)) throw new Error(`--readiness must be new, old, intermediate or minimal`);
  const opts: FakeLiteLLMOptions = { fixture: values.state ?? "demo", port, host: values.host };
  if (values.flavor !== undefined) opts.flavor = values.flavor as Flavor;
  if (values.readiness !== undefined) opts.readiness = values.readiness as ReadinessShape;
  if (values["root-path"] !== undefined) opts.rootPath = values["root-path"];
  if (values.faults !== undefined) opts.faults = JSON.parse(values.faults) as FaultConfig;
  return startFakeLiteLLM(opts);
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  // Handlers first, so a signal during start-up also ends the process cleanly (exit 0).
  let running: FakeLiteLLM | null = null;
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), 2000).unref();
    if (running === null) process.exit(0);
    else void running.close().then(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  main(process.argv.slice(2)).then(
    (server) => {
      running = server;
      if (stopping) {
        void server.close().then(() => process.exit(0));
        return;
      }
      process.stdout.write(`${server.url}\n`);
    },
    (err: unknown) => {
      process.stderr.write(`fake-litellm: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    },
  );
}
