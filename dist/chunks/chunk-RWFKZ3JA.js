import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-YI5XR4DP.js";

// src/kube/env.ts
function envEntries(entries) {
  return { length: entries.length, nameAt: (index) => entries[index].name, entryAt: (index) => entries[index] };
}
var ResolvedEnv = class {
  entries;
  envFrom;
  namespace;
  objects;
  /** While one variable is resolved: definitions by position, so chains of $(VAR) references are resolved once each. */
  expanding;
  constructor(entries, envFrom, namespace, objects) {
    this.entries = entries;
    this.envFrom = envFrom;
    this.namespace = namespace;
    this.objects = objects;
  }
  /**
   * The variable as the container sees it: the last definition wins. Nothing is kept between calls
   * (each call returns a new object): thousands of containers are asked for a few names each.
   */
  get(name) {
    const last = this.lastIndexOf(name, this.entries.length);
    try {
      const resolved = this.definitionAt(name, last);
      if (resolved) resolved.replaced = this.earlierDefinitions(name, last);
      return resolved;
    } finally {
      this.expanding = void 0;
    }
  }
  lastIndexOf(name, before) {
    let index = before - 1;
    while (index >= 0 && this.entries.nameAt(index) !== name) index--;
    return index;
  }
  /** The definition of `name` by env entry `index`, or by the envFrom sources when it is -1. */
  definitionAt(name, index) {
    return (index >= 0 ? this.resolveEntry(this.entries.entryAt(index), index) : this.fromEnvFrom(name)) ?? void 0;
  }
  /** What `$(name)` in entry `index` expands to: the definition before it, resolved once per get(). */
  referenced(name, index) {
    const before = this.lastIndexOf(name, index);
    const key = `${before}\0${name}`;
    this.expanding ??= /* @__PURE__ */ new Map();
    let found = this.expanding.get(key);
    if (found === void 0) {
      found = this.definitionAt(name, before) ?? null;
      this.expanding.set(key, found);
    }
    return found ?? void 0;
  }
  fromEnvFrom(name) {
    for (let index = this.envFrom.length - 1; index >= 0; index--) {
      const source = this.envFrom[index];
      if (!name.startsWith(source.prefix)) continue;
      const key = name.slice(source.prefix.length);
      const object = this.objects.find(source.kind, source.name, this.namespace);
      const value = object?.data.get(key);
      if (object && value !== void 0) {
        return { name, value, origin: "envFrom", sensitive: object.sensitive, entry: null, valueAt: object.external ? source.at : object.keyAt(key), replaced: [] };
      }
    }
    return void 0;
  }
  resolveEntry(entry, index) {
    if (entry.valueFrom !== void 0 && entry.valueFrom !== null) return resolveValueFrom(entry, this.namespace, this.objects);
    const raw = entry.value;
    const text = raw === void 0 || raw === null ? "" : typeof raw === "string" ? raw : String(raw);
    let sensitive = false;
    const value = expand(text, (reference) => {
      const referenced = this.referenced(reference, index);
      if (referenced?.sensitive) sensitive = true;
      return referenced?.value;
    });
    return { name: entry.name, value, origin: "value", sensitive, entry, get valueAt() {
      return entry.valueAt;
    }, replaced: [] };
  }
  /** What the winning definition (entry `last`, or envFrom when -1) replaced: envFrom first, then earlier entries. */
  earlierDefinitions(name, last) {
    const earlier = [];
    const fromEnvFrom = last < 0 ? void 0 : this.fromEnvFrom(name);
    if (fromEnvFrom) earlier.push(fromEnvFrom);
    for (let index = 0; index < last; index++) {
      if (this.entries.nameAt(index) === name) earlier.push(this.resolveEntry(this.entries.entryAt(index), index));
    }
    return earlier;
  }
};
function resolveValueFrom(entry, namespace, objects) {
  const base = { name: entry.name, entry, replaced: [] };
  const from = isRecord(entry.valueFrom) ? entry.valueFrom : {};
  const ref = (key) => {
    const kind = key === "configMapKeyRef" ? "ConfigMap" : "Secret";
    const sensitive = kind === "Secret";
    const spec = isRecord(from[key]) ? from[key] : {};
    const name = typeof spec.name === "string" ? spec.name : "";
    const dataKey = typeof spec.key === "string" ? spec.key : "";
    const object = objects.find(kind, name, namespace);
    if (!object) {
      const missing = { kind, name, namespace };
      return { ...base, value: void 0, origin: key, sensitive, valueAt: entry.valueAt, unresolved: objects.why?.(kind, name, namespace) ?? `${kind} "${name}" is not in ${objects.searched}`, missing };
    }
    const value = object.data.get(dataKey);
    if (value === void 0) {
      return { ...base, value: void 0, origin: key, sensitive, valueAt: entry.valueAt, unresolved: `${object.external ?? `${kind} "${name}"`} has no key "${dataKey}"` };
    }
    return { ...base, value, origin: key, sensitive, valueAt: object.external ? entry.valueAt : object.keyAt(dataKey) };
  };
  if ("configMapKeyRef" in from) return ref("configMapKeyRef");
  if ("secretKeyRef" in from) return ref("secretKeyRef");
  const origin = "resourceFieldRef" in from ? "resourceFieldRef" : "fieldRef";
  return { ...base, value: void 0, origin, sensitive: false, valueAt: entry.valueAt, unresolved: `${origin} is only known at run time` };
}
function expand(input, lookup) {
  if (!input.includes("$")) return input;
  let out = "";
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== "$" || cursor + 1 >= input.length) continue;
    out += input.slice(checkpoint, cursor);
    const next = input[cursor + 1];
    let advance = 1;
    if (next === "$") {
      out += "$";
    } else if (next === "(") {
      const close = input.indexOf(")", cursor + 2);
      if (close === -1) {
        out += "$(";
      } else {
        const name = input.slice(cursor + 2, close);
        out += lookup(name) ?? `$(${name})`;
        advance = close - cursor;
      }
    } else {
      out += `$${next}`;
    }
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return out + input.slice(checkpoint);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

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

// src/live/url.ts
var DEFAULT_TIMEOUT_MS = 1e4;
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
    masterKey: env.LITELLM_MASTER_KEY || void 0,
    apiKey: env.LITELLM_API_KEY || void 0,
    ...budgetIdEnv ? { budgetIdEnv } : {},
    proxyEnv: { HTTP_PROXY, http_proxy, HTTPS_PROXY, https_proxy, NO_PROXY, no_proxy },
    ...Object.fromEntries(Object.entries(more).filter(([, value]) => value !== void 0))
  };
}

// src/core/secrets.ts
var LITELLM_CREDENTIAL_ENV = [
  "LITE_LLM_APP_KEY",
  "LITE_LLM_MASTER_KEY",
  "LITE_LLM_PROXY_APP_KEY",
  "LITELLM_API_KEY",
  "LITELLM_MASTER_KEY",
  "LITELLM_SALT_KEY",
  "PROXY_MASTER_KEY"
];
var SENSITIVE_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|AUTH)$/i;
function mayBeSecretName(name) {
  return LITELLM_CREDENTIAL_ENV.includes(name) || SENSITIVE_NAME.test(name);
}
function quotable(name, value) {
  if (mayBeSecretName(name) || typeof value !== "string") return void 0;
  return value.length <= 60 && /^[\w .:/@{}%$()-]*$/.test(value) ? value : void 0;
}

// src/facts/facts.ts
var MAP_ENV_KEYS = /* @__PURE__ */ new Set(["env", "envVars", "extraEnvVars", "envVariables"]);
var CODEMIE_LISTS = ["extraEnv", "customEnv"];
var CODEMIE_POOLS = ["dsPool", "proxyPool"];
function buildFacts(values, manifests, options, external) {
  const environments = collectEnvironments(values, manifests, external);
  return { ...environments, budgetIds: budgetFacts(environments.scopes, options) };
}
function collectEnvironments(values, manifests, external) {
  const envLists = [];
  const scopes = [];
  if (values) collectValuesScopes(values.root, envLists, scopes, withFallback(valuesObjectIndex(values.root), external));
  let workloads = 0;
  if (manifests) workloads = collectManifestScopes(manifests, envLists, scopes, withFallback(manifestObjectIndex(manifests.objects), external));
  return { envLists, scopes, workloads };
}
function withFallback(own, external) {
  if (!external) return own;
  return {
    searched: `${own.searched} or ${external.searched}`,
    find: (kind, name, namespace) => own.find(kind, name, namespace) ?? external.find(kind, name, namespace),
    why: (kind, name, namespace) => {
      const reason = external.why?.(kind, name, namespace);
      return reason && `${kind} "${name}" is not in ${own.searched}, and ${reason}`;
    }
  };
}
function collectValuesScopes(root, envLists, scopes, objects) {
  const consumed = /* @__PURE__ */ new Set();
  const listsByNode = /* @__PURE__ */ new Map();
  const chartMaps = [];
  const visit = (node, path, parentKey, depth) => {
    if (depth > 200) return;
    if (node.kind === "seq") {
      const list = envListFromSeq(node, parentKey);
      if (list) {
        envLists.push(list);
        listsByNode.set(node, list);
        return;
      }
      node.items.forEach((item, index) => visit(item, [...path, index], index, depth + 1));
      return;
    }
    if (node.kind !== "map") return;
    if (typeof parentKey === "string" && MAP_ENV_KEYS.has(parentKey)) {
      const list = envListFromMap(node);
      if (list) {
        envLists.push(list);
        listsByNode.set(node, list);
        return;
      }
    }
    if (CODEMIE_LISTS.some((key) => node.entries.get(key)?.kind === "seq")) chartMaps.push({ map: node, path });
    for (const [key, child] of node.entries) visit(child, [...path, key], key, depth + 1);
  };
  visit(root, [], void 0, 0);
  const label = (path, key) => [...path, key].join(".");
  for (const { map, path } of chartMaps) {
    const main = CODEMIE_LISTS.map((key) => map.entries.get(key)).flatMap((node) => node && listsByNode.get(node) ? [listsByNode.get(node)] : []);
    if (main.length === 0 || main.every((list) => consumed.has(list))) continue;
    main.forEach((list) => consumed.add(list));
    const mainLabel = CODEMIE_LISTS.filter((key) => map.entries.has(key)).map((key) => label(path, key)).join(" + ");
    scopes.push(valuesScope(mainLabel, main, objects));
    for (const pool of CODEMIE_POOLS) {
      const poolNode = map.entries.get(pool);
      const poolList = poolNode?.kind === "map" ? listsByNode.get(poolNode.entries.get("extraEnv")) : void 0;
      if (!poolList) continue;
      consumed.add(poolList);
      if (poolList.entries.length === 0) continue;
      scopes.push(valuesScope(`${mainLabel} + ${label(path, `${pool}.extraEnv`)}`, [...main, poolList], objects));
    }
  }
  for (const list of envLists) {
    if (consumed.has(list)) continue;
    scopes.push(valuesScope(list.at.path.join("."), [list], objects));
  }
}
function valuesScope(label, lists, objects) {
  const entries = mergeByName(lists.flatMap((list) => list.entries));
  return { origin: "values", label, lists, vars: new ResolvedEnv(envEntries(entries), [], void 0, objects), missingEnvFrom: [] };
}
function mergeByName(entries) {
  const byName = /* @__PURE__ */ new Map();
  for (const entry of entries) byName.set(entry.name, entry);
  const order = /* @__PURE__ */ new Map();
  for (const entry of entries) if (!order.has(entry.name)) order.set(entry.name, byName.get(entry.name));
  return [...order.values()];
}
function envListFromSeq(node, parentKey) {
  if (node.items.length === 0) return typeof parentKey === "string" && /env$/i.test(parentKey) ? { origin: "values", style: "list", at: node.origin, entries: [] } : void 0;
  const entries = [];
  let hasValue = false;
  for (const item of node.items) {
    if (item.kind !== "map") return void 0;
    const name = item.entries.get("name");
    if (!name || name.kind !== "scalar" || typeof name.value !== "string") return void 0;
    const value = item.entries.get("value");
    const valueFrom = item.entries.get("valueFrom");
    if (value || valueFrom) hasValue = true;
    const secret = mayBeSecretName(name.value);
    const entry = { name: name.value, at: { ...item.origin, sensitive: secret }, valueAt: { ...(value ?? valueFrom ?? item).origin, sensitive: secret } };
    if (value) entry.value = value.kind === "scalar" ? value.value : toPlain(value);
    if (valueFrom) entry.valueFrom = toPlain(valueFrom);
    entries.push(entry);
  }
  if (!hasValue) return void 0;
  return { origin: "values", style: "list", at: node.origin, entries };
}
function envListFromMap(node) {
  const entries = [];
  for (const [name, value] of node.entries) {
    if (value.kind !== "scalar") return void 0;
    const sensitive = mayBeSecretName(name);
    entries.push({ name, value: value.value, at: { ...value.origin, part: "pair", sensitive }, valueAt: { ...value.origin, sensitive } });
  }
  return { origin: "values", style: "map", at: node.origin, entries };
}
function toPlain(node) {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toPlain);
  return Object.fromEntries([...node.entries].map(([key, child]) => [key, toPlain(child)]));
}
function valuesObjectIndex(root) {
  const found = [];
  const visit = (node, key, depth) => {
    if (depth > 50) return;
    if (node.kind === "seq" && (key === "extraObjects" || key === "extraManifests")) {
      for (const item of node.items) {
        if (item.kind !== "map") continue;
        const kind = scalarString(item.entries.get("kind"));
        const metadata = item.entries.get("metadata");
        const name = metadata?.kind === "map" ? scalarString(metadata.entries.get("name")) : void 0;
        if ((kind === "ConfigMap" || kind === "Secret") && name) found.push({ kind, name, data: dataOfValuesObject(item, kind) });
      }
      return;
    }
    if (node.kind === "map") for (const [childKey, child] of node.entries) visit(child, childKey, depth + 1);
  };
  visit(root, void 0, 0);
  return {
    searched: "the values' extraObjects",
    find: (kind, name) => found.find((object) => object.kind === kind && object.name === name)?.data
  };
}
function scalarString(node) {
  return node?.kind === "scalar" && typeof node.value === "string" ? node.value : void 0;
}
function dataOfValuesObject(item, kind) {
  const data = /* @__PURE__ */ new Map();
  const refs = /* @__PURE__ */ new Map();
  const read = (field, decode) => {
    const node = item.entries.get(field);
    if (node?.kind !== "map") return;
    for (const [key, value] of node.entries) {
      if (value.kind !== "scalar" || value.value === null) continue;
      const text = String(value.value);
      data.set(key, decode ? decodeBase64(text) : text);
      refs.set(key, value.origin);
    }
  };
  read("data", kind === "Secret");
  if (kind === "Secret") read("stringData", false);
  return { data, keyAt: (key) => refs.get(key) ?? item.origin, sensitive: kind === "Secret" };
}
function decodeBase64(text) {
  return Buffer.from(text, "base64").toString("utf8");
}
function collectManifestScopes(model, envLists, scopes, objects) {
  let workloads = 0;
  for (const object of model.objects) {
    const pod = object.pod;
    if (!pod) continue;
    workloads++;
    const namespace = object.identity.namespace;
    for (const container of pod.containers) {
      const list = container.env && new ManifestEnvList(container);
      if (list) envLists.push(list);
      const missingEnvFrom = container.envFrom.filter((source) => !source.optional && !objects.find(source.kind, source.name, namespace)).map((source) => {
        const reason = objects.why?.(source.kind, source.name, namespace);
        return reason ? { ...source, unresolved: reason } : source;
      });
      scopes.push(new ManifestScope(object, container, list, new ResolvedEnv(container, container.envFrom, namespace, objects), missingEnvFrom));
    }
  }
  return workloads;
}
var ManifestEnvList = class {
  origin = "manifest";
  style = "list";
  container;
  constructor(container) {
    this.container = container;
  }
  get at() {
    return { source: this.container.source, path: [...this.container.path, "env"] };
  }
  get entries() {
    return this.container.envEntries();
  }
};
var ManifestScope = class {
  origin = "manifest";
  workload;
  container;
  list;
  vars;
  missingEnvFrom;
  constructor(workload, container, list, vars, missingEnvFrom) {
    this.workload = workload;
    this.container = container;
    this.list = list;
    this.vars = vars;
    this.missingEnvFrom = missingEnvFrom;
  }
  get object() {
    return this.workload.identity;
  }
  get label() {
    const { kind, name } = this.workload.identity;
    return `${kind}/${name} ${this.container.group === "initContainers" ? "init container" : "container"} ${this.container.name}`;
  }
  get lists() {
    return this.list ? [this.list] : [];
  }
};
function manifestObjectIndex(objects) {
  const configObjects = objects.filter(({ identity }) => identity.kind === "ConfigMap" || identity.kind === "Secret");
  const byName = Map.groupBy(configObjects, ({ identity }) => `${identity.kind}/${identity.name}`);
  const cache = /* @__PURE__ */ new Map();
  return {
    searched: "the manifests",
    find(kind, name, namespace) {
      const object = byName.get(`${kind}/${name}`)?.find((candidate) => !namespace || !candidate.identity.namespace || candidate.identity.namespace === namespace);
      if (!object) return void 0;
      let data = cache.get(object);
      if (!data) {
        data = manifestObjectData(object);
        cache.set(object, data);
      }
      return data;
    }
  };
}
function manifestObjectData(object) {
  const data = /* @__PURE__ */ new Map();
  const paths = /* @__PURE__ */ new Map();
  const secret = object.identity.kind === "Secret";
  const read = (field, decode) => {
    const block = object[field];
    if (!block) return;
    for (const [key, text] of Object.entries(block)) {
      if (text === null || text === void 0) continue;
      data.set(key, decode ? decodeBase64(String(text)) : String(text));
      paths.set(key, [field, key]);
    }
  };
  read("data", secret);
  if (secret) read("stringData", false);
  return { data, keyAt: (key) => ({ source: object.source, path: paths.get(key) ?? [] }), sensitive: secret };
}
var TEMPLATE = /\{\{.*\}\}/;
var PLACEHOLDER = /%%\w+%%/;
var REFERENCE = /\$\(([^)]*)\)/;
function budgetIdDefect(id) {
  if (id.trim() === "") return "empty";
  if (id !== id.trim()) return "whitespace";
  if (TEMPLATE.test(id)) return "template";
  if (PLACEHOLDER.test(id)) return "placeholder";
  if (REFERENCE.test(id)) return "undefinedReference";
  return void 0;
}
function budgetFacts(scopes, options) {
  const facts = [];
  for (const scope of scopes) {
    for (const envName of options.budgetIdEnv) {
      const variable = scope.vars.get(envName);
      if (!variable) continue;
      const at = variable.valueAt ?? variable.entry?.at ?? null;
      const source = scope.origin === "manifest" ? "manifest" : at?.source.kind === "set" ? "set" : "values";
      facts.push({ id: variable.value, source, envName, scope, variable, at, related: [] });
    }
  }
  mapManifestFactsToValues(facts);
  if (facts.length === 0) {
    facts.push({ id: options.defaultBudgetId, source: "default", envName: null, scope: null, variable: null, at: null, related: [] });
  }
  return facts;
}
function mapManifestFactsToValues(facts) {
  const valuesFacts = facts.filter((fact) => fact.source === "values" || fact.source === "set");
  for (const fact of facts) {
    if (fact.source !== "manifest" || fact.id === void 0) continue;
    const twin = valuesFacts.find((candidate) => candidate.envName === fact.envName && candidate.id === fact.id);
    if (!twin) continue;
    fact.mappedTo = twin;
    if (fact.at) twin.related.push(fact.at);
  }
}
function addBudgetsConfigFacts(facts, configs) {
  const seen = /* @__PURE__ */ new Set();
  const added = [];
  for (const config of configs) {
    for (const entry of config.entries) {
      if (entry.budgetId === void 0 || seen.has(entry.budgetId)) continue;
      seen.add(entry.budgetId);
      const fact = { id: entry.budgetId, source: "budgets-config", envName: null, scope: null, variable: null, at: entry.at("budget_id"), related: [] };
      if (entry.category !== void 0) fact.category = entry.category;
      added.push(fact);
    }
  }
  if (added.length === 0) return;
  if (added.some((fact) => fact.category === "platform")) facts.budgetIds = facts.budgetIds.filter((fact) => fact.source !== "default");
  facts.budgetIds.push(...added);
}

export {
  LITELLM_CREDENTIAL_ENV,
  mayBeSecretName,
  quotable,
  isRecord,
  buildFacts,
  collectEnvironments,
  PLACEHOLDER,
  REFERENCE,
  budgetIdDefect,
  budgetFacts,
  addBudgetsConfigFacts,
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
  liveConfig
};
