import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  CREDENTIAL_ENV,
  DEFAULT_TIMEOUT_MS,
  LiteLLMClient,
  PROXY_KEY_ENV,
  assessKey,
  budgetLimits,
  budgetTargets,
  envAnchor,
  keyAnchor,
  mergeReadiness,
  parseReadiness,
  safeText,
  unhealthyReadiness,
  urlAnchor
} from "./chunk-RWM4WCZU.js";
import {
  createUndiciTransport
} from "./chunk-CFB6SWCT.js";
import {
  sha256Hex
} from "./chunk-YWQAKHHM.js";
import {
  maskKeyTokens
} from "./chunk-UAKUUDY6.js";

// src/live/scrub.ts
var REDACTED = "[redacted]";
var Scrubber = class {
  secrets = [];
  /** Every secret, in any letter case (a redirect's host name comes back lower-cased), longest first. */
  pattern;
  add(secret) {
    if (!secret || secret.length < 4) return;
    for (const form of [secret, sha256Hex(secret)]) this.remember(form);
  }
  /** A hash that is a secret in itself (an integration key's token found by alias). */
  addHash(hash) {
    if (hash.length >= 16) this.remember(hash);
  }
  remember(secret) {
    if (this.secrets.includes(secret)) return;
    this.secrets.push(secret);
    this.secrets.sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(this.secrets.map((known) => known.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
  }
  scrub(text) {
    const out = this.pattern ? text.replace(this.pattern, REDACTED) : text;
    return maskKeyTokens(out, REDACTED).replace(/\b[0-9a-fA-F]{64}\b/g, REDACTED);
  }
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
  proxyKeyPromise;
  model;
  constructor(options) {
    this.options = options;
    this.client = options.client;
    this.readiness = options.readiness;
    this.anchor = keyAnchor(options.model);
    this.model = options.model;
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
    if (this.readiness?.db === "disconnected") return { status: "inconclusive", kind: "incomplete", reason: databaseDown(this.readiness) };
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
    this.keyPromise ??= this.loadKey(this.options.apiKey, this.options.keyAlias, "api", "--key-alias", "set");
    return this.keyPromise;
  }
  proxyKey() {
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
  async loadKey(raw, alias, own, aliasFlag, missing) {
    const credentialEnv = CREDENTIAL_ENV[own];
    let identity;
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
  inconclusive(ruleId, kind, reason, at) {
    this.problems.push({ ruleId, kind, reason: this.options.scrubber.scrub(reason), ...at ? { at } : {} });
  }
  notice(text) {
    const clean = this.options.scrubber.scrub(text);
    if (!this.notices.includes(clean)) this.notices.push(clean);
  }
};
function databaseDown(readiness) {
  return `the proxy's database is down (${readiness.evidence}): budgets and keys cannot be read until it is back`;
}

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
  scrubber.add(config.proxyAppKey);
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
    proxyAppKey: config.proxyAppKey,
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
    const remediation = raw.remediation ? JSON.parse(scrubber.scrub(JSON.stringify(raw.remediation))) : void 0;
    const finding = report(rule, { ...raw, ...data ? { data } : {}, ...remediation ? { remediation } : {} });
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
      else if (readiness.version === void 0) readiness = await readinessDetails(client, readiness, notices);
    } else if (probe.failure.status === 503 && probe.failure.error?.unhealthy) {
      readiness = unhealthyReadiness();
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
      keyAlias: config.keyAlias,
      proxyAppKey: config.proxyAppKey,
      proxyKeyAlias: config.proxyKeyAlias
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
    if (readiness?.version) live.litellmVersion = scrubber.scrub(readiness.version);
    if (status === "inconclusive") live.reason = scrubber.scrub(summarise(session.problems.map((problem) => problem.reason)));
    return live;
  } finally {
    clearTimeout(timer);
    controller.abort();
    await transport?.close().catch(() => void 0);
  }
}
async function readinessDetails(client, readiness, notices) {
  const credential = client.has("master") ? "master" : client.has("api") ? "api" : void 0;
  if (!credential) {
    notices.push("the proxy does not publish its version on /health/readiness and no key is set to read /health/readiness/details: version-dependent checks assume the worst");
    return readiness;
  }
  const result = await client.call({ method: "GET", path: "/health/readiness/details", credential });
  if (result.ok) {
    const details = parseReadiness(result.data, "readiness details");
    if (details) return mergeReadiness(readiness, details);
  } else if (result.failure.status === 503 && result.failure.error?.unhealthy) {
    return mergeReadiness(readiness, unhealthyReadiness());
  }
  notices.push(`the proxy's version is unknown (${result.ok ? "GET /health/readiness/details: unexpected answer" : result.failure.reason}): version-dependent checks assume the worst`);
  return readiness;
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
