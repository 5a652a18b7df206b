import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  CREDENTIAL_ENV,
  DEFAULT_TIMEOUT_MS,
  LiteLLMClient,
  Scrubber,
  assessKey,
  budgetLimits,
  createUndiciTransport,
  parseReadiness,
  safeText
} from "./chunk-6Q7GPYOO.js";
import {
  placeKey
} from "./chunk-VPVSZO2G.js";

// src/live/targets.ts
var MAX_RELATED = 10;
function isLookupCandidate(id) {
  return id.trim() !== "" && id === id.trim() && !/\{\{.*\}\}/.test(id) && !/%%\w+%%/.test(id) && !/\$\([^)]*\)/.test(id) && id.length <= 512;
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
  inconclusive(ruleId, kind, reason) {
    this.problems.push({ ruleId, kind, reason: this.options.scrubber.scrub(reason) });
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
      for (const rule of network) session.inconclusive(rule.meta.id, "incomplete", `${client.displayUrl}: ${fatal}`);
    } else {
      await Promise.all(
        network.map(async (rule) => {
          try {
            await rule.check({ model, options: {}, report: (raw) => scrubbed(rule, raw), live: session });
          } catch (error) {
            session.inconclusive(rule.meta.id, "incomplete", `internal error: ${error.message ?? String(error)}`);
          }
        })
      );
    }
    for (const rule of readers) await rule.check({ model, options: {}, report: (raw) => scrubbed(rule, raw), live: session });
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
