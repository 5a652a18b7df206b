import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { request } from "undici";
import { fixturePath, hashKey, loadState, readFixture, startFakeLiteLLM } from "../../tools/fakes/litellm/server.ts";
import type { FakeLiteLLM, FakeLiteLLMOptions } from "../../tools/fakes/litellm/server.ts";

const MASTER = "sk-demo-master-0001";
const INTEGRATION = "sk-demo-integration-0001";
const INTEGRATION_HASH = createHash("sha256").update(INTEGRATION).digest("hex");
const VIEWER = "sk-roles-viewer-0001";
const ALICE = "sk-roles-alice-0001";
const OTHER_TEAM = "sk-roles-other-0001";
const ORG_ADMIN = "sk-roles-orgadmin-0001";
const LLM_ONLY = "sk-roles-llmonly-0001";
const READ_ONLY = "sk-roles-readonly-0001";
const USER_ADMIN = "sk-roles-useradmin-0001";
const SAME_TEAM = "sk-roles-codemie2-0001";
const LONER = "sk-roles-loner-0001";
const SERVER_FILE = fileURLToPath(new URL("../../tools/fakes/litellm/server.ts", import.meta.url));
const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

const started: FakeLiteLLM[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});

async function start(options: FakeLiteLLMOptions = {}): Promise<FakeLiteLLM> {
  const s = await startFakeLiteLLM(options);
  started.push(s);
  return s;
}

interface CallOptions {
  key?: string;
  headers?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  signal?: AbortSignal;
}
interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  // Tests poke into arbitrary response shapes.
  json: any;
}

async function call(s: FakeLiteLLM, method: string, path: string, opts: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.key !== undefined) headers["authorization"] = `Bearer ${opts.key}`;
  let body: string | undefined;
  if (opts.rawBody !== undefined) body = opts.rawBody;
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["content-type"] = "application/json";
  }
  const init: RequestInit = { method, headers, redirect: "manual" };
  if (body !== undefined) init.body = body;
  if (opts.signal) init.signal = opts.signal;
  const res = await fetch(`${s.url}${path}`, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
const get = (s: FakeLiteLLM, path: string, key?: string): Promise<CallResult> => call(s, "GET", path, key === undefined ? {} : { key });
const post = (s: FakeLiteLLM, path: string, body: unknown, key?: string): Promise<CallResult> =>
  call(s, "POST", path, key === undefined ? { body } : { body, key });

// -------------------------------------------------------------------------------------------
describe("state loading and hashing", () => {
  it("hashes keys as lowercase sha256 hex of the UTF-8 raw key", () => {
    expect(hashKey("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashKey(INTEGRATION)).toBe(INTEGRATION_HASH);
  });

  const fixtures = readdirSync(fixturePath("demo").replace(/demo\.json$/, "")).filter((f) => f.endsWith(".json"));

  it("finds the fixture files", () => {
    expect(fixtures).toEqual(expect.arrayContaining(["demo.json", "capped-team.json", "roles.json", "old-proxy.json"]));
  });

  it.each(fixtures)("%s loads, hashes raw keys and drops them", (file) => {
    const input = readFixture(fixturePath(file.replace(/\.json$/, "")));
    const state = loadState(input);
    expect(state.masterKey === null || state.masterKey.startsWith("sk-")).toBe(true);
    expect(state.keys.length).toBe(input.keys?.length ?? 0);
    state.keys.forEach((k, i) => {
      const raw = input.keys?.[i]?.raw;
      expect(k.token).toMatch(/^[0-9a-f]{64}$/);
      if (raw !== undefined) expect(k.token).toBe(createHash("sha256").update(raw, "utf8").digest("hex"));
      expect(k).not.toHaveProperty("raw");
    });
  });

  it("rejects inconsistent fixtures", () => {
    const demo = readFixture("demo");
    const key = demo.keys?.[0];
    expect(key).toBeDefined();
    expect(() => loadState({ ...demo, keys: [{ ...key, token: "0".repeat(64) }] })).toThrow(/not sha256/);
    expect(() => loadState({ ...demo, keys: [{ key_alias: "x" }] })).toThrow(/raw or token/);
    expect(() => loadState({ ...demo, budgets: [{ budget_id: "a" }, { budget_id: "a" }] })).toThrow(/duplicate/);
    expect(() => loadState({ ...demo, flavor: "newest" as never })).toThrow(/flavor/);
    expect(() => loadState({ ...demo, keys: [{ raw: "nope-1" }] })).toThrow(/sk-/);
  });

  it("accepts a key given only by its hash and finds it by raw key", async () => {
    const demo = readFixture("demo");
    const s = await start({ state: { ...demo, keys: [{ token: INTEGRATION_HASH, key_alias: "hashed-only", team_id: "codemie" }] } });
    const r = await get(s, "/key/info", INTEGRATION);
    expect(r.status).toBe(200);
    expect(r.json.info.key_alias).toBe("hashed-only");
  });

  const semantics: [string, (s: FakeLiteLLM) => Promise<void>][] = [
    ["demo", async (s) => {
      const k = (await get(s, `/key/info?key=${INTEGRATION_HASH}`, MASTER)).json.info;
      expect([k.key_alias, k.max_budget, k.budget_id, k.team_id]).toEqual(["codemie-back", null, null, "codemie"]);
      expect((await get(s, "/team/info?team_id=codemie", MASTER)).json.team_info.max_budget).toBeNull();
      const budgets = (await post(s, "/budget/info", { budgets: ["default", "prod-budget"] }, MASTER)).json;
      expect(budgets[0]).toMatchObject({ budget_id: "default", max_budget: 120, soft_budget: 80, budget_duration: "30d" });
      expect(budgets[1].budget_id).toBe("prod-budget");
    }],
    ["capped-team", async (s) => {
      expect((await get(s, "/team/info?team_id=codemie", MASTER)).json.team_info.max_budget).toBe(500);
    }],
    ["key-cap", async (s) => {
      expect((await get(s, `/key/info?key=${INTEGRATION_HASH}`, MASTER)).json.info.max_budget).toBe(0);
    }],
    ["key-budget-row", async (s) => {
      const info = (await get(s, `/key/info?key=${INTEGRATION_HASH}`, MASTER)).json.info;
      expect(info.litellm_budget_table).toMatchObject({ budget_id: "prod-budget", max_budget: 300 });
    }],
    ["soft-only-budget", async (s) => {
      const info = (await get(s, `/key/info?key=${INTEGRATION_HASH}`, MASTER)).json.info;
      expect(info.budget_id).toBe("key-soft-only");
      expect(info.litellm_budget_table).toMatchObject({ max_budget: null, soft_budget: 50 });
    }],
    ["key-model-budget", async (s) => {
      const info = (await get(s, `/key/info?key=${INTEGRATION_HASH}`, MASTER)).json.info;
      expect(Object.keys(info.model_max_budget)).toEqual(["openai/gpt-4o-mini"]);
    }],
    ["key-budget-limits", async (s) => {
      const info = (await get(s, `/key/info?key=${INTEGRATION_HASH}`, MASTER)).json.info;
      expect(info.budget_limits).toEqual([{ budget_duration: "1d", max_budget: 10, reset_at: "2026-06-02T00:00:00+00:00" }]);
    }],
    ["team-member-budget", async (s) => {
      const t = (await get(s, "/team/info?team_id=codemie", MASTER)).json;
      expect(t.team_info.team_member_budget_table).toMatchObject({ budget_id: "b-members", max_budget: 10 });
      expect(t.team_memberships[0]).toMatchObject({ user_id: "svc-codemie", litellm_budget_table: { budget_id: "b-svc-codemie", max_budget: 5 } });
    }],
    ["path-rate-limits", async (s) => {
      const t = (await get(s, "/team/info?team_id=codemie", MASTER)).json;
      expect(t.team_memberships[0].litellm_budget_table).toMatchObject({ budget_id: "b-svc-codemie", max_budget: null, rpm_limit: 30 });
      expect((await get(s, "/user/info?user_id=svc-codemie", MASTER)).json.user_info).toMatchObject({ max_budget: null, tpm_limit: 50000 });
      const org = (await post(s, "/organization/info", { organizations: ["acme"] }, MASTER)).json;
      expect(org[0].litellm_budget_table).toMatchObject({ budget_id: "b-acme", max_budget: null, rpm_limit: 20, tpm_limit: 200000 });
    }],
    ["org-cap", async (s) => {
      expect((await get(s, "/team/info?team_id=codemie", MASTER)).json.team_info.organization_id).toBe("acme");
      const org = (await get(s, "/organization/info?organization_id=acme", MASTER)).json;
      expect(org.litellm_budget_table.max_budget).toBe(1000);
    }],
    ["user-cap", async (s) => {
      const info = (await get(s, `/key/info?key=${INTEGRATION_HASH}`, MASTER)).json.info;
      expect([info.team_id, info.user_id]).toEqual([null, "svc-codemie"]);
      expect((await get(s, "/user/info?user_id=svc-codemie", MASTER)).json.user_info.max_budget).toBe(40);
    }],
    ["expired-key", async (s) => {
      expect((await get(s, "/key/info", INTEGRATION)).json.error.type).toBe("expired_key");
      expect((await get(s, `/key/info?key=${INTEGRATION_HASH}`, MASTER)).json.info.expires).toBe("2020-01-01T00:00:00+00:00");
    }],
    ["blocked-key", async (s) => {
      expect((await get(s, "/key/info", INTEGRATION)).json.error.message).toMatch(/Key is blocked/);
      expect((await get(s, `/key/info?key=${INTEGRATION_HASH}`, MASTER)).json.info.blocked).toBe(true);
    }],
    ["ambiguous-alias", async (s) => {
      expect((await get(s, "/key/list?key_alias=codemie-back", MASTER)).json.total_count).toBe(2);
    }],
    ["no-db", async (s) => {
      expect((await get(s, "/health/readiness")).json.db).toBe("Not connected");
    }],
    ["no-master-key", async (s) => {
      expect((await post(s, "/budget/info", { budgets: ["default"] })).status).toBe(200);
    }],
    ["old-proxy", async (s) => {
      const r = (await get(s, "/health/readiness")).json;
      expect(r.litellm_version).toBe("1.42.7");
      expect(r).not.toHaveProperty("log_level");
    }],
  ];
  it.each(semantics)("fixture %s has the documented content", async (name, check) => {
    await check(await start({ fixture: name }));
  });
});

// -------------------------------------------------------------------------------------------
describe("health endpoints", () => {
  it("new readiness: status healthy, db, version and the newer fields", async () => {
    const r = await get(await start(), "/health/readiness");
    expect(r.status).toBe(200);
    expect(Object.keys(r.json)).toEqual(["status", "db", "cache", "litellm_version", "success_callbacks", "use_aiohttp_transport", "log_level", "is_detailed_debug"]);
    expect(r.json).toMatchObject({ status: "healthy", db: "connected", cache: null, litellm_version: "1.80.12" });
  });

  it("old readiness lacks the last three fields", async () => {
    const r = await get(await start({ fixture: "old-proxy" }), "/health/readiness");
    expect(Object.keys(r.json)).toEqual(["status", "db", "cache", "litellm_version", "success_callbacks"]);
  });

  it("a failing DB still answers 200 and reports db disconnected", async () => {
    const r = await get(await start({ db: "disconnected" }), "/health/readiness");
    expect([r.status, r.json.db, r.json.status]).toEqual([200, "disconnected", "healthy"]);
  });

  it("minimal (newest) readiness: public {status, db}, 503 for a database that is down, details behind a key", async () => {
    const s = await start({ readiness: "minimal" });
    expect((await get(s, "/health/readiness")).json).toEqual({ status: "healthy", db: "connected" });
    expect((await get(s, "/health/readiness/details")).status).toBe(401);
    const details = await get(s, "/health/readiness/details", MASTER);
    expect([details.status, details.json.litellm_version, details.json.db]).toEqual([200, "1.80.12", "connected"]);
    s.state.db = "disconnected";
    const down = await get(s, "/health/readiness");
    expect([down.status, down.json]).toEqual([503, { detail: "Service Unhealthy (database unreachable)" }]);
    expect((await get(s, "/health/readiness/details", MASTER)).status).toBe(503);
    const old = await start({ fixture: "old-proxy", readiness: "minimal" });
    expect((await get(old, "/health/readiness/details", MASTER)).status).toBe(404);
  });

  it("intermediate readiness puts the DB state in status and keeps db connected", async () => {
    const s = await start({ readiness: "intermediate", db: "disconnected" });
    const r = (await get(s, "/health/readiness")).json;
    expect([r.status, r.db]).toEqual(["disconnected", "connected"]);
    expect(typeof r.last_updated).toBe("string");
    s.state.db = "Not connected";
    const r2 = (await get(s, "/health/readiness")).json;
    expect([r2.status, r2.db]).toEqual(["healthy", "Not connected"]);
  });

  it("liveliness on both flavors, liveness only on new", async () => {
    const n = await start();
    const o = await start({ fixture: "old-proxy" });
    expect((await get(n, "/health/liveliness")).json).toBe("I'm alive!");
    expect((await get(o, "/health/liveliness")).json).toBe("I'm alive!");
    expect((await get(n, "/health/liveness")).status).toBe(200);
    expect((await get(o, "/health/liveness")).status).toBe(404);
  });

  it("unknown routes 404 and wrong methods 405 in FastAPI shape, before auth", async () => {
    const s = await start();
    const nf = await get(s, "/nope");
    expect([nf.status, nf.json]).toEqual([404, { detail: "Not Found" }]);
    const na = await get(s, "/budget/info");
    expect([na.status, na.json, na.headers.get("allow")]).toEqual([405, { detail: "Method Not Allowed" }, "POST"]);
  });
});

// -------------------------------------------------------------------------------------------
describe("POST /budget/info", () => {
  it("returns only the rows that exist, in DB order", async () => {
    const r = await post(await start(), "/budget/info", { budgets: ["prod-budget", "nope", "default"] }, MASTER);
    expect(r.status).toBe(200);
    expect(r.json.map((b: { budget_id: string }) => b.budget_id)).toEqual(["default", "prod-budget"]);
  });

  it("answers 200 [] for an unknown budget", async () => {
    const r = await post(await start(), "/budget/info", { budgets: ["nope"] }, MASTER);
    expect([r.status, r.json]).toEqual([200, []]);
  });

  it("new rows carry allowed_models/projects/tags; old rows do not", async () => {
    const n = (await post(await start(), "/budget/info", { budgets: ["default"] }, MASTER)).json[0];
    const o = (await post(await start({ fixture: "old-proxy" }), "/budget/info", { budgets: ["default"] }, MASTER)).json[0];
    expect(n).toMatchObject({ allowed_models: [], projects: null, tags: null, keys: null, team_membership: null });
    for (const col of ["allowed_models", "projects", "tags"]) expect(o).not.toHaveProperty(col);
    expect(o).toMatchObject({ budget_id: "default", max_budget: 120, created_by: "default_user_id", organization: null });
  });

  it("400 with the FastAPI detail shape on an empty list", async () => {
    const r = await post(await start(), "/budget/info", { budgets: [] }, MASTER);
    expect([r.status, r.json]).toEqual([400, { detail: { error: "Specify list of budget id's to query. Passed in=[]" } }]);
  });

  it.each([
    ["no body", undefined, "missing", ["body"]],
    ["invalid JSON", "{budgets:", "json_invalid", ["body", 0]],
    ["budgets missing", "{}", "missing", ["body", "budgets"]],
    ["budgets not a list", '{"budgets":"default"}', "list_type", ["body", "budgets"]],
    ["non-string id", '{"budgets":[1]}', "string_type", ["body", "budgets", 0]],
    ["body not an object", "[]", "model_attributes_type", ["body"]],
  ])("422 on %s", async (_name, rawBody, type, loc) => {
    const s = await start();
    const r = await call(s, "POST", "/budget/info", rawBody === undefined ? { key: MASTER } : { key: MASTER, rawBody });
    expect(r.status).toBe(422);
    expect(r.json.detail[0]).toMatchObject({ type, loc });
  });

  it("authenticates before validating the body", async () => {
    const r = await call(await start(), "POST", "/budget/info", { rawBody: "{" });
    expect(r.status).toBe(401);
  });

  it("500 No db connected without a DB; plain 500 when the DB fails", async () => {
    const s = await start({ fixture: "no-db" });
    const r = await post(s, "/budget/info", { budgets: ["default"] }, MASTER);
    expect([r.status, r.json]).toEqual([500, { detail: { error: "No db connected" } }]);
    s.state.db = "disconnected";
    const r2 = await post(s, "/budget/info", { budgets: ["default"] }, MASTER);
    expect([r2.status, r2.text, r2.headers.get("content-type")]).toEqual([500, "Internal Server Error", "text/plain; charset=utf-8"]);
  });
});

// -------------------------------------------------------------------------------------------
describe("GET /budget/list", () => {
  it("lists every row for the master key", async () => {
    const r = await get(await start({ fixture: "org-cap" }), "/budget/list", MASTER);
    expect(r.json.map((b: { budget_id: string }) => b.budget_id)).toEqual(["default", "prod-budget", "org-acme"]);
  });

  it("admin viewer: allowed on new, 400 Admin-only on old", async () => {
    const n = await get(await start({ fixture: "roles" }), "/budget/list", VIEWER);
    expect(n.status).toBe(200);
    const o = await get(await start({ fixture: "roles", flavor: "old" }), "/budget/list", VIEWER);
    expect([o.status, o.json]).toEqual([400, { detail: { error: "Admin-only endpoint. Not allowed to access this., your role=proxy_admin_viewer" } }]);
  });

  it("400 DB not connected without a DB", async () => {
    const r = await get(await start({ fixture: "no-db" }), "/budget/list", MASTER);
    expect(r.status).toBe(400);
    expect(r.json.detail.error).toMatch(/^DB not connected/);
  });

  it("without a master key the handler check refuses (internal_user)", async () => {
    const r = await get(await start({ fixture: "no-master-key" }), "/budget/list");
    expect([r.status, r.json.detail.error]).toEqual([400, "Admin-only endpoint. Not allowed to access this., your role=internal_user"]);
  });
});

// -------------------------------------------------------------------------------------------
describe("authentication and roles", () => {
  const budgetInfo = { method: "POST", path: "/budget/info", body: { budgets: ["default"] } };
  const keyInfoSelf = { method: "GET", path: "/key/info" };
  type Case = [string, { method: string; path: string; body?: unknown }, Record<string, string>, number, string, RegExp];
  const cases: Case[] = [
    ["no key", budgetInfo, {}, 401, "auth_error", /No api key passed in\./],
    ["raw key without Bearer", keyInfoSelf, { authorization: INTEGRATION }, 401, "auth_error", /Malformed API Key passed in\. Ensure Key has `Bearer ` prefix\./],
    ["Bearer without a key", keyInfoSelf, { authorization: "Bearer" }, 401, "auth_error", /Malformed API Key/],
    ["key without sk-", keyInfoSelf, { authorization: "Bearer abcd-not-a-virtual-key-wxyz" }, 401, "auth_error", /Virtual Key expected\. Received=abcd\*\*\*\*wxyz/],
    ["unknown sk- key", keyInfoSelf, { authorization: "Bearer sk-unknown-0000" }, 401, "token_not_found_in_db", /Invalid proxy server token passed/],
    ["integration key on /budget/info", budgetInfo, { authorization: `Bearer ${INTEGRATION}` }, 401, "auth_error", /Only proxy admin can be used.*Route=\/budget\/info\. Your role=None/],
    ["integration key on /customer/info", { method: "GET", path: "/customer/info?end_user_id=x" }, { authorization: `Bearer ${INTEGRATION}` }, 401, "auth_error", /Only proxy admin/],
    ["internal user on /budget/list", { method: "GET", path: "/budget/list" }, { authorization: `Bearer ${ALICE}` }, 401, "auth_error", /Your role=internal_user\. Your user_id=alice/],
    ["viewer on POST /budget/info", budgetInfo, { authorization: `Bearer ${VIEWER}` }, 403, "auth_error", /user not allowed to access this route, role= proxy_admin_viewer/],
    ["llm_api_routes key on /key/info", keyInfoSelf, { authorization: `Bearer ${LLM_ONLY}` }, 403, "auth_error", /Virtual key is not allowed to call this route/],
    ["info_routes key on /budget/list", { method: "GET", path: "/budget/list" }, { authorization: `Bearer ${READ_ONLY}` }, 403, "auth_error", /not allowed to call this route/],
    ["org admin on /budget/info", budgetInfo, { authorization: `Bearer ${ORG_ADMIN}` }, 401, "auth_error", /Only proxy admin/],
  ];
  it.each(cases)("%s → %i %s", async (_name, route, headers, status, type, message) => {
    const s = await start({ fixture: "roles" });
    const r = await call(s, route.method, route.path, route.body === undefined ? { headers } : { headers, body: route.body });
    expect(r.status).toBe(status);
    expect(r.json.error).toMatchObject({ type, code: String(status) });
    expect(r.json.error.message).toMatch(message);
  });

  type Ok = [string, { method: string; path: string; body?: unknown }, string];
  const allowed: Ok[] = [
    ["master key on /budget/info", budgetInfo, MASTER],
    ["user with proxy_admin role on /budget/info", budgetInfo, USER_ADMIN],
    ["viewer on GET /budget/list", { method: "GET", path: "/budget/list" }, VIEWER],
    ["viewer on GET /customer/info", { method: "GET", path: "/customer/info?end_user_id=alice@example.com" }, VIEWER],
    ["info_routes key on /key/info", keyInfoSelf, READ_ONLY],
    ["org admin on GET /organization/info", { method: "GET", path: "/organization/info?organization_id=acme" }, ORG_ADMIN],
    ["integration key on its own team", { method: "GET", path: "/team/info?team_id=codemie" }, INTEGRATION],
  ];
  it.each(allowed)("%s → 200", async (_name, route, key) => {
    const s = await start({ fixture: "roles" });
    const r = await call(s, route.method, route.path, route.body === undefined ? { key } : { key, body: route.body });
    expect(r.status).toBe(200);
  });

  it("lowercase bearer is accepted", async () => {
    const r = await call(await start(), "GET", "/key/info", { headers: { authorization: `bearer ${INTEGRATION}` } });
    expect(r.status).toBe(200);
  });

  it("blocked keys get 401, expired keys 400 (LiteLLM's ProxyException(expired_key, code=400))", async () => {
    const blocked = await get(await start({ fixture: "blocked-key" }), "/key/info", INTEGRATION);
    expect([blocked.status, blocked.json.error.type]).toEqual([401, "auth_error"]);
    const expired = await get(await start({ fixture: "expired-key" }), "/key/info", INTEGRATION);
    expect([expired.status, expired.json.error.type]).toEqual([400, "expired_key"]);
    expect(expired.json.error.message).toMatch(/Expired Key/);
  });

  it("expiry follows the injected clock", async () => {
    const s = await start({ fixture: "expired-key", now: () => new Date("2019-06-01T00:00:00Z") });
    expect((await get(s, "/key/info", INTEGRATION)).status).toBe(200);
  });

  it("a blocked team blocks its keys", async () => {
    const s = await start();
    const team = s.state.teams[0];
    expect(team).toBeDefined();
    if (team) team["blocked"] = true;
    const r = await get(s, "/key/info", INTEGRATION);
    expect([r.status, r.json.error.message]).toEqual([401, expect.stringMatching(/Team=codemie is blocked/)]);
  });

  it("error code is a string on new proxies and an int on old ones", async () => {
    const n = await get(await start(), "/key/info");
    const o = await get(await start({ fixture: "old-proxy" }), "/key/info");
    expect(n.json.error.code).toBe("401");
    expect(o.json.error.code).toBe(401);
    expect(o.json.error.param).toBeNull();
    expect(n.json.error.param).toBe("None");
  });

  it("the master key works without a DB; virtual keys do not", async () => {
    const s = await start({ fixture: "no-db" });
    expect((await get(s, "/budget/list", MASTER)).json.detail.error).toMatch(/DB not connected/);
    const v = await get(s, "/key/info", INTEGRATION);
    expect([v.status, v.json.error.type, v.json.error.code]).toEqual([400, "no_db_connection", "400"]);
    s.state.db = "disconnected";
    const d = await get(s, "/key/info", INTEGRATION);
    expect([d.status, d.json.error.type]).toEqual([503, "no_db_connection"]);
    s.state.flavor = "old";
    s.state.db = "Not connected";
    const o = await get(s, "/key/info", INTEGRATION);
    expect([o.status, o.json.error.code]).toEqual([401, 401]);
  });

  it("x-litellm-api-key supersedes Authorization on new proxies only", async () => {
    const n = await start();
    const headers = { "x-litellm-api-key": INTEGRATION, authorization: "Bearer sk-wrong-0000" };
    expect((await call(n, "GET", "/key/info", { headers })).status).toBe(200);
    expect((await call(n, "GET", "/key/info", { headers: { "x-litellm-api-key": `Bearer ${INTEGRATION}` } })).status).toBe(200);
    const o = await start({ fixture: "old-proxy" });
    const r = await call(o, "GET", "/key/info", { headers });
    expect([r.status, r.json.error.type]).toEqual([401, "token_not_found_in_db"]);
  });

  it("API-Key works everywhere, x-api-key only on new proxies", async () => {
    const n = await start();
    const o = await start({ fixture: "old-proxy" });
    expect((await call(n, "GET", "/key/info", { headers: { "api-key": INTEGRATION } })).status).toBe(200);
    expect((await call(o, "GET", "/key/info", { headers: { "api-key": INTEGRATION } })).status).toBe(200);
    expect((await call(n, "GET", "/key/info", { headers: { "x-api-key": INTEGRATION } })).status).toBe(200);
    expect((await call(o, "GET", "/key/info", { headers: { "x-api-key": INTEGRATION } })).status).toBe(401);
  });

  it("a custom key header name is the only header read", async () => {
    const s = await start({ keyHeaderName: "X-Proxy-Key" });
    const viaAuth = await get(s, "/key/info", INTEGRATION);
    expect([viaAuth.status, viaAuth.json.error.message]).toEqual([401, expect.stringMatching(/No api key passed in/)]);
    expect((await call(s, "GET", "/key/info", { headers: { "x-proxy-key": `Bearer ${INTEGRATION}` } })).status).toBe(200);
    const raw = await call(s, "GET", "/key/info", { headers: { "x-proxy-key": INTEGRATION } });
    expect([raw.status, raw.json.error.message]).toEqual([401, expect.stringMatching(/Malformed API Key/)]);
    expect((await call(s, "GET", "/key/info", { headers: { "x-litellm-api-key": INTEGRATION } })).status).toBe(401);
  });

  it("without a master key every request is internal_user: /budget/info answers with no header", async () => {
    const s = await start({ fixture: "no-master-key" });
    const r = await post(s, "/budget/info", { budgets: ["default"] });
    expect([r.status, r.json[0].budget_id]).toEqual([200, "default"]);
    expect((await get(s, "/team/info?team_id=codemie")).status).toBe(403);
  });
});

// -------------------------------------------------------------------------------------------
describe("GET /key/info", () => {
  it("finds a key by hash and by raw key; echoes the input; never returns the token", async () => {
    const s = await start();
    const byHash = await get(s, `/key/info?key=${INTEGRATION_HASH}`, MASTER);
    const byRaw = await get(s, `/key/info?key=${INTEGRATION}`, MASTER);
    expect(byHash.status).toBe(200);
    expect(byHash.json.key).toBe(INTEGRATION_HASH);
    expect(byRaw.json.key).toBe(INTEGRATION);
    expect(byRaw.json.info).toEqual(byHash.json.info);
    expect(byHash.json.info).not.toHaveProperty("token");
    expect(byHash.json.info).toMatchObject({ key_name: "sk-...0001", key_alias: "codemie-back", team_id: "codemie", organization_id: null });
  });

  it("without key= answers for the caller (self) with its hash", async () => {
    const r = await get(await start(), "/key/info", INTEGRATION);
    expect([r.status, r.json.key, r.json.info.key_alias]).toEqual([200, INTEGRATION_HASH, "codemie-back"]);
  });

  it("the master key has no key row of its own", async () => {
    const r = await get(await start(), "/key/info", MASTER);
    expect([r.status, r.json.error.type]).toEqual([404, "not_found_error"]);
  });

  it("new includes litellm_budget_table and newer columns; old includes neither", async () => {
    const n = (await get(await start({ fixture: "key-budget-row" }), `/key/info?key=${INTEGRATION_HASH}`, MASTER)).json.info;
    expect(n.litellm_budget_table).toMatchObject({ budget_id: "prod-budget", max_budget: 300, allowed_models: [] });
    expect(n).toHaveProperty("object_permission", null);
    expect(n).toHaveProperty("budget_limits");
    const o = (await get(await start({ fixture: "key-budget-row", flavor: "old" }), `/key/info?key=${INTEGRATION_HASH}`, MASTER)).json.info;
    expect(o.budget_id).toBe("prod-budget");
    for (const col of ["litellm_budget_table", "object_permission", "budget_limits", "soft_budget_cooldown", "project_id"]) {
      expect(o).not.toHaveProperty(col);
    }
  });

  it("unknown key: new 404 not_found_error, mid-2024 401 'user key does not exist in db' even for the master key", async () => {
    const n = await get(await start(), `/key/info?key=${"a".repeat(64)}`, MASTER);
    expect([n.status, n.json]).toEqual([404, { error: { message: "Key not found in database", type: "not_found_error", param: "key", code: "404" } }]);
    const o = await get(await start({ fixture: "old-proxy" }), `/key/info?key=${"a".repeat(64)}`, MASTER);
    expect([o.status, o.json.error.type, o.json.error.code]).toEqual([401, "auth_error", 401]);
    expect(o.json.error.message).toContain("invalid user key - user key does not exist in db");
  });

  it("new ownership rules: viewer, same team, same user allowed; others 403", async () => {
    const s = await start({ fixture: "roles" });
    const target = `/key/info?key=${INTEGRATION_HASH}`;
    expect((await get(s, target, VIEWER)).status).toBe(200);
    expect((await get(s, target, SAME_TEAM)).status).toBe(200);
    const other = await get(s, target, OTHER_TEAM);
    expect([other.status, other.json.error.message]).toEqual([403, "You are not allowed to access this key's info. Your role=None"]);
    expect((await get(s, target, ALICE)).status).toBe(403);
  });

  it("a key passing its own raw key is not 'self' (identity is the hash) unless user or team match", async () => {
    const s = await start({ fixture: "roles" });
    expect((await get(s, `/key/info?key=${hashKey(LONER)}`, LONER)).status).toBe(200);
    expect((await get(s, "/key/info", LONER)).status).toBe(200);
    expect((await get(s, `/key/info?key=${LONER}`, LONER)).status).toBe(403);
    expect((await get(s, `/key/info?key=${ALICE}`, ALICE)).status).toBe(200);
  });

  it("old proxies let any valid key read any key", async () => {
    const r = await get(await start({ fixture: "roles", flavor: "old" }), `/key/info?key=${INTEGRATION_HASH}`, OTHER_TEAM);
    expect(r.status).toBe(200);
  });

  it("500 Database not connected for the master key without a DB", async () => {
    const r = await get(await start({ fixture: "no-db" }), `/key/info?key=${INTEGRATION_HASH}`, MASTER);
    expect([r.status, r.json.error.type]).toEqual([500, "internal_server_error"]);
  });
});

// -------------------------------------------------------------------------------------------
describe("GET /key/list", () => {
  it("filters by alias server-side and exactly", async () => {
    const s = await start({ fixture: "roles" });
    const hit = await get(s, "/key/list?key_alias=codemie-back&return_full_object=true", MASTER);
    expect(hit.json).toMatchObject({ total_count: 1, current_page: 1, total_pages: 1 });
    expect(hit.json.keys[0]).toMatchObject({ token: INTEGRATION_HASH, key_alias: "codemie-back", team_id: "codemie" });
    expect(hit.json.keys[0]).not.toHaveProperty("litellm_budget_table");
    for (const alias of ["codemie", "CODEMIE-BACK", "codemie-back "]) {
      expect((await get(s, `/key/list?key_alias=${encodeURIComponent(alias)}`, MASTER)).json).toEqual({ keys: [], total_count: 0, current_page: 1, total_pages: 0 });
    }
  });

  it("returns hashes unless return_full_object=true", async () => {
    const r = await get(await start(), "/key/list?key_alias=codemie-back", MASTER);
    expect(r.json.keys).toEqual([INTEGRATION_HASH]);
  });

  it("reports an ambiguous alias and pages", async () => {
    const s = await start({ fixture: "ambiguous-alias" });
    const all = await get(s, "/key/list?key_alias=codemie-back&size=2", MASTER);
    expect([all.json.total_count, all.json.keys.length]).toEqual([2, 2]);
    const p2 = await get(s, "/key/list?key_alias=codemie-back&size=1&page=2", MASTER);
    expect(p2.json).toEqual({ keys: [hashKey("sk-demo-integration-0002")], total_count: 2, current_page: 2, total_pages: 2 });
  });

  it("422 on a bad size", async () => {
    const r = await get(await start(), "/key/list?size=0", MASTER);
    expect([r.status, r.json.detail[0].loc]).toEqual([422, ["query", "size"]]);
  });

  it("non-admin callers only see their own user's keys", async () => {
    const s = await start({ fixture: "roles" });
    const own = await get(s, "/key/list", ALICE);
    expect(own.json.keys).toEqual([hashKey(ALICE)]);
    expect((await get(s, "/key/list?user_id=viewer", ALICE)).status).toBe(403);
    expect((await get(s, "/key/list?key_alias=codemie-back", INTEGRATION)).json.total_count).toBe(0);
  });
});

// -------------------------------------------------------------------------------------------
describe("POST /v2/key/info", () => {
  it("returns rows with token and budget table for raw and hashed keys", async () => {
    const s = await start({ fixture: "roles" });
    const r = await post(s, "/v2/key/info", { keys: [INTEGRATION, hashKey(ALICE)] }, MASTER);
    expect(r.status).toBe(200);
    expect(r.json.key).toEqual([INTEGRATION, hashKey(ALICE)]);
    expect(r.json.info.map((k: { token: string }) => k.token)).toEqual([INTEGRATION_HASH, hashKey(ALICE)]);
    expect(r.json.info[0]).toHaveProperty("litellm_budget_table", null);
  });

  it("unknown keys give info: []", async () => {
    const r = await post(await start(), "/v2/key/info", { keys: ["sk-nope"] }, MASTER);
    expect([r.status, r.json]).toEqual([200, { key: ["sk-nope"], info: [] }]);
  });

  it("ignores key_aliases and returns every key by spend", async () => {
    const r = await post(await start({ fixture: "roles" }), "/v2/key/info", { key_aliases: ["codemie-back"] }, MASTER);
    expect(r.json.key).toBeNull();
    expect(r.json.info.length).toBe(10);
    expect(r.json.info[0].key_alias).toBe("codemie-back");
    const spends = r.json.info.map((k: { spend: number }) => k.spend);
    expect(spends).toEqual([...spends].sort((a: number, b: number) => b - a));
  });

  it("422 when neither keys nor key_aliases is given", async () => {
    const r = await post(await start(), "/v2/key/info", {}, MASTER);
    expect(r.status).toBe(422);
    expect(r.json.detail[0].msg).toMatch(/At least one of 'keys' or 'key_aliases'/);
  });

  it("old proxies require keys and do not include the budget table", async () => {
    const s = await start({ fixture: "old-proxy" });
    const r = await post(s, "/v2/key/info", { key_aliases: ["codemie-back"] }, MASTER);
    expect([r.status, r.json.detail[0].loc]).toEqual([422, ["body", "keys"]]);
    const ok = await post(s, "/v2/key/info", { keys: [INTEGRATION] }, MASTER);
    expect(ok.json.info[0]).not.toHaveProperty("litellm_budget_table");
  });

  it("is an info route: a plain virtual key may call it", async () => {
    const r = await post(await start(), "/v2/key/info", { keys: [INTEGRATION] }, INTEGRATION);
    expect(r.status).toBe(200);
  });
});

// -------------------------------------------------------------------------------------------
describe("GET /team/info", () => {
  it("returns team_info, the team's keys without tokens and memberships", async () => {
    const r = await get(await start({ fixture: "team-member-budget" }), "/team/info?team_id=codemie", MASTER);
    expect(Object.keys(r.json)).toEqual(["team_id", "team_info", "keys", "team_memberships"]);
    expect(r.json.team_info).toMatchObject({ team_id: "codemie", max_budget: null, metadata: { team_member_budget_id: "b-members" } });
    expect(r.json.keys[0]).not.toHaveProperty("token");
    expect(r.json.keys[0].key_alias).toBe("codemie-back");
  });

  it("404 with a repr-string message on new, a dict on old", async () => {
    const n = await get(await start(), "/team/info?team_id=nope", MASTER);
    expect([n.status, n.json.error]).toEqual([404, { message: "{'message': 'Team not found, passed team id: nope.'}", type: "auth_error", param: "None", code: "404" }]);
    const o = await get(await start({ fixture: "old-proxy" }), "/team/info?team_id=nope", MASTER);
    expect([o.status, o.json.error.message, o.json.error.code]).toEqual([404, { message: "Team not found, passed team id: nope." }, 404]);
  });

  it("403 for a key of another team, allowed for a member", async () => {
    const s = await start({ fixture: "roles" });
    const r = await get(s, "/team/info?team_id=codemie", OTHER_TEAM);
    expect([r.status, r.json.error.message]).toEqual([403, "{'error': 'User=None not authorized to access this team=codemie'}"]);
    s.state.teamMemberships.push({ user_id: "alice", team_id: "other" });
    expect((await get(s, "/team/info?team_id=other", ALICE)).status).toBe(200);
  });

  it("422 without team_id", async () => {
    const r = await get(await start(), "/team/info", MASTER);
    expect([r.status, r.json.detail[0]]).toEqual([422, { type: "missing", loc: ["query", "team_id"], msg: "Field required", input: null }]);
  });
});

// -------------------------------------------------------------------------------------------
describe("user info", () => {
  it("/user/info returns the row without password, the user's keys and teams", async () => {
    const s = await start({ fixture: "team-member-budget" });
    const user = s.state.users[0];
    if (user) user["password"] = "hunter2";
    const r = await get(s, "/user/info?user_id=svc-codemie", MASTER);
    expect(r.json.user_id).toBe("svc-codemie");
    expect(r.json.user_info).toMatchObject({ user_role: "internal_user", max_budget: null });
    expect(r.json.user_info).not.toHaveProperty("password");
    expect(r.json.keys.map((k: { key_alias: string }) => k.key_alias)).toEqual(["codemie-back"]);
    expect(r.json.teams.map((t: { team_id: string }) => t.team_id)).toEqual(["codemie"]);
  });

  it("/user/info: self allowed, other users 403, unknown 404", async () => {
    const s = await start({ fixture: "roles" });
    expect((await get(s, "/user/info", ALICE)).json.user_info.max_budget).toBe(25);
    expect((await get(s, "/user/info?user_id=viewer", ALICE)).status).toBe(403);
    expect((await get(s, "/user/info?user_id=nobody", MASTER)).status).toBe(404);
  });

  it("/v2/user/info on new: flat shape with team ids; 404 when unknown or not allowed", async () => {
    const s = await start({ fixture: "team-member-budget" });
    const r = await get(s, "/v2/user/info?user_id=svc-codemie", MASTER);
    expect(Object.keys(r.json)).toEqual(["user_id", "user_email", "user_alias", "user_role", "spend", "max_budget", "models", "budget_duration", "budget_reset_at", "metadata", "created_at", "updated_at", "sso_user_id", "teams"]);
    expect(r.json.teams).toEqual(["codemie"]);
    expect((await get(s, "/v2/user/info?user_id=nobody", MASTER)).status).toBe(404);
    const roles = await start({ fixture: "roles" });
    expect((await get(roles, "/v2/user/info?user_id=viewer", ALICE)).status).toBe(404);
    expect((await get(roles, "/v2/user/info", ALICE)).json.user_id).toBe("alice");
  });

  it("/v2/user/info does not exist on old proxies", async () => {
    const r = await get(await start({ fixture: "old-proxy" }), "/v2/user/info?user_id=x", MASTER);
    expect([r.status, r.json]).toEqual([404, { detail: "Not Found" }]);
  });
});

// -------------------------------------------------------------------------------------------
describe("organization info", () => {
  it("new GET returns the org with its budget row and teams", async () => {
    const r = await get(await start({ fixture: "org-cap" }), "/organization/info?organization_id=acme", MASTER);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ organization_id: "acme", budget_id: "org-acme", litellm_budget_table: { budget_id: "org-acme", max_budget: 1000 } });
    expect(r.json.teams.map((t: { team_id: string }) => t.team_id)).toEqual(["codemie"]);
  });

  it("new GET: unknown 404 detail, missing id 422", async () => {
    const s = await start({ fixture: "org-cap" });
    const r = await get(s, "/organization/info?organization_id=nope", MASTER);
    expect([r.status, r.json]).toEqual([404, { detail: { error: "Organization not found" } }]);
    expect((await get(s, "/organization/info", MASTER)).status).toBe(422);
  });

  it("old: GET is 405, POST returns rows with their budget table", async () => {
    const s = await start({ fixture: "org-cap", flavor: "old" });
    expect((await get(s, "/organization/info?organization_id=acme", MASTER)).status).toBe(405);
    const r = await post(s, "/organization/info", { organizations: ["acme", "nope"] }, MASTER);
    expect(r.json.map((o: { organization_id: string }) => o.organization_id)).toEqual(["acme"]);
    expect(r.json[0].litellm_budget_table.max_budget).toBe(1000);
    expect((await post(s, "/organization/info", { organizations: ["nope"] }, MASTER)).json).toEqual([]);
    expect((await post(s, "/organization/info", { organizations: [] }, MASTER)).status).toBe(400);
  });

  it("a plain virtual key is refused", async () => {
    const r = await get(await start({ fixture: "org-cap" }), "/organization/info?organization_id=acme", INTEGRATION);
    expect([r.status, r.json.error.message]).toEqual([401, expect.stringMatching(/Only proxy admin/)]);
  });
});

// -------------------------------------------------------------------------------------------
describe("GET /customer/info", () => {
  it("new: nests the full budget row", async () => {
    const r = await get(await start(), "/customer/info?end_user_id=alice@example.com", MASTER);
    expect(r.json).toMatchObject({ user_id: "alice@example.com", blocked: false, spend: 0.0123, object_permission: null });
    expect(r.json.litellm_budget_table).toMatchObject({ budget_id: "default", max_budget: 120, budget_reset_at: "2026-07-01T00:00:00+00:00" });
  });

  it("old: the budget subset only", async () => {
    const r = await get(await start({ fixture: "old-proxy" }), "/customer/info?end_user_id=alice@example.com", MASTER);
    expect(Object.keys(r.json.litellm_budget_table)).toEqual(["budget_id", "soft_budget", "max_budget", "max_parallel_requests", "tpm_limit", "rpm_limit", "model_max_budget", "budget_duration"]);
    expect(r.json).not.toHaveProperty("object_permission");
  });

  it("unknown: new 404 envelope type not_found, old 400 detail", async () => {
    const n = await get(await start(), "/customer/info?end_user_id=bob", MASTER);
    expect([n.status, n.json]).toEqual([404, { error: { message: "End User Id=bob does not exist in db", type: "not_found", param: "end_user_id", code: "404" } }]);
    const o = await get(await start({ fixture: "old-proxy" }), "/customer/info?end_user_id=bob", MASTER);
    expect([o.status, o.json]).toEqual([400, { detail: { error: "End User Id=bob does not exist in db" } }]);
  });

  it("/end_user/info is an alias", async () => {
    const r = await get(await start(), "/end_user/info?end_user_id=alice@example.com", MASTER);
    expect(r.json.litellm_budget_table.budget_id).toBe("default");
  });
});

// -------------------------------------------------------------------------------------------
describe("root path and recording", () => {
  it("serves every route under the root path and records paths without it", async () => {
    const s = await start({ rootPath: "/litellm/" });
    expect(s.url).toBe(`${s.origin}/litellm`);
    const r = await post(s, "/budget/info?x=1", { budgets: ["default"] }, MASTER);
    expect(r.status).toBe(200);
    const rec = s.requests.at(-1);
    expect(rec).toMatchObject({ method: "POST", path: "/budget/info", url: "/litellm/budget/info?x=1", query: { x: "1" }, outsideRoot: false, json: { budgets: ["default"] } });
    expect(rec?.headers.authorization).toBe(`Bearer ${MASTER}`);
    expect(rec?.body).toBe('{"budgets":["default"]}');
  });

  it("404s outside the prefix and on a doubled slash", async () => {
    const s = await start({ rootPath: "/litellm" });
    const outside = await fetch(`${s.origin}/health/readiness`);
    expect(outside.status).toBe(404);
    expect(s.requests.at(-1)).toMatchObject({ path: "/health/readiness", outsideRoot: true });
    expect((await fetch(`${s.url}//health/readiness`)).status).toBe(404);
  });

  it("counts requests per path and method", async () => {
    const s = await start();
    await get(s, "/health/readiness");
    await get(s, "/health/readiness");
    await post(s, "/budget/info", { budgets: ["x"] }, MASTER);
    expect([s.count(), s.count("/health/readiness"), s.count("/budget/info", "GET"), s.count("/budget/info", "POST")]).toEqual([3, 2, 0, 1]);
    s.clearRequests();
    expect(s.count()).toBe(0);
  });
});

// -------------------------------------------------------------------------------------------
describe("fault injection", () => {
  it("hang: accepts and never answers, but records the request", async () => {
    const s = await start({ faults: { routes: { "/budget/info": { hang: true } } } });
    const t0 = performance.now();
    const outcome = await call(s, "POST", "/budget/info", { key: MASTER, body: { budgets: ["default"] }, signal: AbortSignal.timeout(300) })
      .then(() => "answered", (err: Error) => err.name);
    expect(outcome).toBe("TimeoutError");
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    expect(s.requests.at(-1)).toMatchObject({ method: "POST", path: "/budget/info", json: { budgets: ["default"] } });
    expect((await get(s, "/health/liveliness")).status).toBe(200);
  });

  it("delayMs delays the answer", async () => {
    const s = await start({ faults: { global: { delayMs: 150 } } });
    const t0 = performance.now();
    const r = await get(s, "/health/liveliness");
    expect(r.status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it.each([
    [500, "application/json", /internal_server_error/],
    [502, "text/html", /502 Bad Gateway/],
    [503, "text/html", /503 Service Temporarily Unavailable/],
    [504, "text/html", /504 Gateway Time-out/],
  ])("status %i answers with a plausible body", async (status, type, body) => {
    const s = await start({ faults: { global: { status } } });
    const r = await get(s, "/health/readiness");
    expect(r.status).toBe(status);
    expect(r.headers.get("content-type")).toBe(type);
    expect(r.text).toMatch(body);
  });

  it("status429 with and without Retry-After", async () => {
    const s = await start({ faults: { routes: { "/key/info": { status429: { retryAfter: 7 } }, "/team/info": { status429: true } } } });
    const a = await get(s, "/key/info", INTEGRATION);
    expect([a.status, a.headers.get("retry-after"), a.json.error.code]).toEqual([429, "7", "429"]);
    const b = await get(s, "/team/info?team_id=codemie", INTEGRATION);
    expect([b.status, b.headers.get("retry-after")]).toEqual([429, null]);
  });

  it("failFirst fails N requests with 503 then behaves; counters are per scope", async () => {
    const s = await start({ faults: { routes: { "POST /budget/info": { failFirst: 2 } } } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(s, "/budget/info", { budgets: ["default"] }, MASTER)).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect((await get(s, "/health/readiness")).status).toBe(200);
    s.setFaults({ global: { failFirst: 1 } });
    expect([(await get(s, "/health/readiness")).status, (await get(s, "/health/liveliness")).status]).toEqual([503, 200]);
  });

  it("malformedJson sends invalid JSON as application/json", async () => {
    const s = await start({ faults: { global: { malformedJson: true } } });
    for (const path of ["/health/readiness", "/health/liveliness"]) {
      const r = await get(s, path);
      expect([r.status, r.headers.get("content-type")]).toEqual([200, "application/json"]);
      expect(r.text.length).toBeGreaterThan(0);
      expect(() => JSON.parse(r.text)).toThrow();
    }
    const empty = await post(s, "/budget/info", { budgets: ["nope"] }, MASTER);
    expect(() => JSON.parse(empty.text)).toThrow();
  });

  it("wrongContentType sends the real body as text/html", async () => {
    const r = await get(await start({ faults: { global: { wrongContentType: true } } }), "/health/readiness");
    expect(r.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(r.json.status).toBe("healthy");
  });

  it("hugeBodyBytes streams exactly N bytes (50 MB, chunked)", async () => {
    const size = 50 * 1024 * 1024;
    const s = await start({ faults: { routes: { "/health/readiness": { hugeBodyBytes: size } } } });
    const res = await fetch(`${s.url}/health/readiness`);
    expect(res.headers.get("content-length")).toBeNull();
    expect(res.headers.get("transfer-encoding")).toBe("chunked");
    let total = 0;
    let first = "";
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      if (first === "") first = Buffer.from(chunk.subarray(0, 11)).toString();
      total += chunk.byteLength;
    }
    expect(total).toBe(size);
    expect(first).toBe('{"filler":"');
  });

  it("hugeBodyWithLength declares the size, and a client may stop early", async () => {
    const size = 20 * 1024 * 1024;
    const s = await start({ faults: { global: { hugeBodyBytes: size, hugeBodyWithLength: true } } });
    const controller = new AbortController();
    const res = await fetch(`${s.url}/health/readiness`, { signal: controller.signal });
    expect(res.headers.get("content-length")).toBe(String(size));
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const { value } = await reader.read();
    expect(value?.byteLength).toBeGreaterThan(0);
    controller.abort();
    // The server notices the closed socket and stops; a later request still works.
    s.setFaults(null);
    expect((await get(s, "/health/liveliness")).status).toBe(200);
  });

  it("resetMidBody writes half a body and destroys the socket", async () => {
    const s = await start({ faults: { routes: { "/health/readiness": { resetMidBody: true } } } });
    const outcome = await fetch(`${s.url}/health/readiness`).then(
      async (res) => {
        expect(res.headers.get("content-length")).not.toBeNull();
        return res.text().then(() => "complete", () => "reset");
      },
      () => "reset",
    );
    expect(outcome).toBe("reset");
  });

  it("slowDripMs sends one byte every N ms", async () => {
    const s = await start({ faults: { routes: { "/health/liveliness": { slowDripMs: 20 } } } });
    const t0 = performance.now();
    const res = await fetch(`${s.url}/health/liveliness`);
    const headersAt = performance.now() - t0;
    const body = await res.text();
    const total = performance.now() - t0;
    expect(body).toBe('"I\'m alive!"');
    expect(total).toBeGreaterThanOrEqual(12 * 20 - 20);
    expect(headersAt).toBeLessThan(total / 2);
  });

  it("redirectTo answers 302 to another origin, whose server records what a client forwards", async () => {
    const target = await start();
    const s = await start({ rootPath: "/litellm", faults: { global: { redirectTo: target.url } } });
    const r = await get(s, `/key/info?key=${INTEGRATION_HASH}`, INTEGRATION);
    expect(r.status).toBe(302);
    const location = r.headers.get("location");
    expect(location).toBe(`${target.url}/key/info?key=${INTEGRATION_HASH}`);
    // A naive client that re-sends its credentials to the new origin:
    const forwarded = await request(location ?? "", { headers: { authorization: `Bearer ${INTEGRATION}` } });
    await forwarded.body.text();
    expect(forwarded.statusCode).toBe(200);
    expect(target.requests[0]?.headers.authorization).toBe(`Bearer ${INTEGRATION}`);
    // fetch drops Authorization on a cross-origin redirect:
    target.clearRequests();
    await (await fetch(`${s.url}/health/liveliness`, { headers: { authorization: `Bearer ${INTEGRATION}` } })).text();
    expect(target.requests[0]?.path).toBe("/health/liveliness");
    expect(target.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("html answers an HTML page with 200", async () => {
    const r = await post(await start({ faults: { global: { html: true } } }), "/budget/info", { budgets: ["default"] }, MASTER);
    expect([r.status, r.headers.get("content-type")]).toEqual([200, "text/html; charset=utf-8"]);
    expect(r.text).toMatch(/<form/);
    expect(r.json).toBeUndefined();
  });

  it("route faults override global ones; METHOD-qualified keys match one method", async () => {
    const s = await start({ faults: { global: { status: 500 }, routes: { "/health/liveliness": { status: 502 }, "GET /team/info": { html: true, status: undefined } } } });
    expect((await get(s, "/health/readiness")).status).toBe(500);
    expect((await get(s, "/health/liveliness")).status).toBe(502);
    expect((await get(s, "/team/info?team_id=codemie", MASTER)).text).toMatch(/<html/);
  });

  it("setFaults changes behaviour at runtime and null clears it", async () => {
    const s = await start();
    expect((await get(s, "/health/readiness")).status).toBe(200);
    s.setFaults({ global: { status: 503 } });
    expect((await get(s, "/health/readiness")).status).toBe(503);
    s.setFaults(null);
    expect((await get(s, "/health/readiness")).status).toBe(200);
  });
});

// -------------------------------------------------------------------------------------------
describe("key echo in error bodies", () => {
  const secret = "sk-this-is-a-very-secret-raw-key-9876";

  it("by default the proxy echoes only parts of a key", async () => {
    const s = await start();
    const bad = await get(s, "/key/info", "not-a-virtual-key-1234");
    expect(bad.text).toContain("Received=not-****1234");
    expect(bad.text).not.toContain("not-a-virtual-key-1234");
    const unknown = await get(s, "/key/info", secret);
    expect(unknown.text).toContain("sk-...9876");
    expect(unknown.text).not.toContain(secret);
  });

  it.each([
    ["an unknown key (401 envelope)", { method: "GET", path: "/key/info" }, {}],
    ["a 422 detail list", { method: "POST", path: "/budget/info", rawBody: "{}" }, { key: MASTER }],
    ["a malformed header", { method: "GET", path: "/key/info" }, { headers: { authorization: secret } }],
    ["a fault status page", { method: "GET", path: "/health/readiness" }, { status: 502 }],
  ])("echoKeyInErrors puts the full raw key into %s", async (_name, route, extra) => {
    const { status, ...opts } = extra as { status?: number; key?: string; headers?: Record<string, string> };
    const spec = status === undefined ? { echoKeyInErrors: true } : { echoKeyInErrors: true, status };
    const s = await start({ faults: { global: spec } });
    const callOpts: CallOptions = { ...opts };
    if (callOpts.key === undefined && callOpts.headers === undefined) callOpts.key = secret;
    if ("rawBody" in route) callOpts.rawBody = route.rawBody;
    const r = await call(s, route.method, route.path, callOpts);
    expect(r.status).toBeGreaterThanOrEqual(400);
    const presented = callOpts.key ?? secret;
    expect(r.text).toContain(presented);
  });

  it("echoKeyInErrors leaves successful bodies alone", async () => {
    const r = await get(await start({ faults: { global: { echoKeyInErrors: true } } }), "/key/info", INTEGRATION);
    expect(r.status).toBe(200);
    expect(r.text).not.toContain(INTEGRATION);
  });
});

// -------------------------------------------------------------------------------------------
describe("CLI", () => {
  function run(args: string[]): { url: Promise<string>; exit: Promise<{ code: number | null; stderr: string }>; kill: () => void } {
    const child = spawn(process.execPath, [SERVER_FILE, ...args], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const url = new Promise<string>((done, fail) => {
      child.stdout.on("data", (d: Buffer) => {
        stdout += d.toString();
        const nl = stdout.indexOf("\n");
        if (nl !== -1) done(stdout.slice(0, nl));
      });
      child.once("exit", () => fail(new Error(`exited before printing a URL: ${stderr}`)));
    });
    url.catch(() => undefined);
    const exit = new Promise<{ code: number | null; stderr: string }>((done) => {
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.once("exit", (code) => done({ code, stderr }));
    });
    return { url, exit, kill: () => child.kill("SIGTERM") };
  }

  it("runs standalone, prints the URL on one line and stops on SIGTERM", async () => {
    const p = run(["--state", "tools/fakes/litellm/states/old-proxy.json", "--port", "0", "--flavor", "new", "--root-path", "/litellm"]);
    const url = await p.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/litellm$/);
    const r = await fetch(`${url}/health/readiness`);
    const body = (await r.json()) as Record<string, unknown>;
    expect(body["litellm_version"]).toBe("1.42.7");
    expect(body).toHaveProperty("log_level");
    p.kill();
    expect((await p.exit).code).toBe(0);
  });

  it("exits 2 with a one-line message on a bad option", async () => {
    const p = run(["--flavor", "newest"]);
    const { code, stderr } = await p.exit;
    expect(code).toBe(2);
    expect(stderr).toMatch(/fake-litellm: --flavor must be old or new/);
  });
});

// Keep fixtures honest about the demo's documented credentials.
describe("demo fixture credentials", () => {
  it("uses the documented master and integration keys", () => {
    const demo = readFixture("demo");
    expect(demo.masterKey).toBe(MASTER);
    expect(demo.keys?.[0]).toMatchObject({ raw: INTEGRATION, key_alias: "codemie-back", team_id: "codemie" });
  });
});
