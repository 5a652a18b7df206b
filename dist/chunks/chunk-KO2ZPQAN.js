import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-YI5XR4DP.js";

// src/env/resolve.ts
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
function proxyEnvOf(env) {
  const { HTTP_PROXY, http_proxy, HTTPS_PROXY, https_proxy, NO_PROXY, no_proxy } = env;
  return { HTTP_PROXY, http_proxy, HTTPS_PROXY, https_proxy, NO_PROXY, no_proxy };
}

export {
  envEntries,
  ResolvedEnv,
  isRecord,
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
  parseLiteLLMUrl,
  proxyEnvOf
};
