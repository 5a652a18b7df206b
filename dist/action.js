import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import "./chunks/chunk-BE7JI7H6.js";

// src/action/run.ts
import { appendFileSync, existsSync as existsSync2, mkdirSync, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname5, resolve as resolve7 } from "node:path";

// src/facts/budget-ids.ts
var TEMPLATE = /\{\{.*\}\}/;
var PLACEHOLDER = /%%[\w.-]+%%/;
var REFERENCE = /\$\(([^)]*)\)/;
function budgetIdDefect(id, variable) {
  if (id.trim() === "") return "empty";
  if (id !== id.trim()) return "whitespace";
  if (TEMPLATE.test(id)) return "template";
  if (PLACEHOLDER.test(id)) return "placeholder";
  if (undefinedReference(id, variable) !== void 0) return "undefinedReference";
  return void 0;
}
function undefinedReference(id, variable) {
  if (variable?.origin === "value") return variable.undefinedReference;
  return REFERENCE.exec(id)?.[1];
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
  facts.push(...defaultRunners(scopes, facts, options.defaultBudgetId));
  mapManifestFactsToValues(facts);
  const kept2 = options.renderingIsTruth && scopes.some((scope) => scope.origin === "manifest") ? renderedOnly(facts) : facts;
  if (kept2.length === 0) {
    kept2.push({ id: options.defaultBudgetId, source: "default", envName: null, scope: null, variable: null, at: null, related: [] });
  }
  return kept2;
}
function defaultRunners(scopes, facts, defaultBudgetId) {
  const withId = new Set(facts.map((fact) => fact.scope));
  if (scopes.every((scope) => withId.has(scope))) return [];
  const groups = Map.groupBy(
    scopes.filter((scope) => scope.peers !== void 0),
    (scope) => `${scope.origin}\0${scope.peers}`
  );
  const runners = [];
  for (const group of groups.values()) {
    if (!group.some((scope) => withId.has(scope))) continue;
    for (const scope of group) {
      if (!withId.has(scope)) runners.push({ id: defaultBudgetId, source: "default", envName: null, scope, variable: null, at: scope.at ?? null, related: [] });
    }
  }
  return runners;
}
function mapManifestFactsToValues(facts) {
  const valuesFacts = facts.filter((fact) => fact.scope?.origin === "values");
  for (const fact of facts) {
    if (fact.scope?.origin !== "manifest" || fact.id === void 0) continue;
    const twin = valuesFacts.find((candidate) => candidate.envName === fact.envName && candidate.id === fact.id);
    if (!twin) continue;
    fact.mappedTo = twin;
    if (fact.at) twin.related.push(fact.at);
  }
}
function renderedOnly(facts) {
  const used = new Set(facts.flatMap((fact) => fact.mappedTo ? [fact.mappedTo] : []));
  return facts.filter((fact) => fact.scope?.origin !== "values" || used.has(fact));
}

// src/core/guards.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/kube/env.ts
function envEntries(entries) {
  return { length: entries.length, nameAt: (index) => entries[index].name, valueOf: (index) => entries[index].value, entryAt: (index) => entries[index] };
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
    try {
      return this.definitionBefore(name, this.entries.length);
    } finally {
      this.expanding = void 0;
    }
  }
  /**
   * Sets `into[name]` to get(name) for each of `names` this environment defines, leaving the others
   * as they are. Without envFrom sources only a name an entry sets can be defined: one pass over the
   * entries' names finds them (a rule asks a dozen names of thousands of containers that set few of
   * them; a get() per name went over every entry for each).
   */
  getInto(names, into) {
    if (this.envFrom.length > 0) {
      for (const name of names) {
        const variable = this.get(name);
        if (variable !== void 0) into[name] = variable;
      }
      return;
    }
    const count = this.entries.length;
    for (let index = 0; index < count; index++) {
      const name = this.entries.nameAt(index);
      if (!names.has(name) || this.lastIndexOf(name, count) !== index) continue;
      const variable = this.get(name);
      if (variable !== void 0) into[name] = variable;
    }
  }
  /** Whether the inputs hold the object (in the pod's namespace): cheaper than resolving what reads it. */
  holds(kind, name) {
    return this.objects.find(kind, name, this.namespace) !== void 0;
  }
  lastIndexOf(name, before) {
    let index = before - 1;
    while (index >= 0 && this.entries.nameAt(index) !== name) index--;
    return index;
  }
  /**
   * The definition of `name` in effect before env entry `before`: the last entry that sets it (an
   * optional reference to a key its object lacks sets nothing, as the kubelet skips it), or the
   * envFrom sources (index -1).
   */
  definitionBefore(name, before) {
    for (let index = this.lastIndexOf(name, before); index >= 0; index = this.lastIndexOf(name, index)) {
      const resolved = this.resolveEntry(this.entries.entryAt(index), index);
      if (resolved !== SETS_NOTHING) return resolved;
    }
    return this.fromEnvFrom(name);
  }
  /** What `$(name)` in entry `index` expands to: the definition before it, resolved once per get(). */
  referenced(name, index) {
    const key = `${index}\0${name}`;
    this.expanding ??= /* @__PURE__ */ new Map();
    let found = this.expanding.get(key);
    if (found === void 0) {
      found = this.definitionBefore(name, index) ?? null;
      this.expanding.set(key, found);
    }
    return found ?? void 0;
  }
  fromEnvFrom(name) {
    let unreadLater;
    for (let index = this.envFrom.length - 1; index >= 0; index--) {
      const source = this.envFrom[index];
      if (!name.startsWith(source.prefix)) continue;
      const key = name.slice(source.prefix.length);
      const object = this.objects.find(source.kind, source.name, this.namespace);
      if (!object) {
        if (!source.optional) (unreadLater ??= []).unshift(source);
        continue;
      }
      const value = object.data.get(key);
      if (value !== void 0) {
        return { name, value, origin: "envFrom", sensitive: object.sensitive, entry: null, valueAt: object.external ? source.at : object.keyAt(key), unreadLater };
      }
    }
    return void 0;
  }
  resolveEntry(entry, index) {
    if (entry.valueFrom !== void 0 && entry.valueFrom !== null) return resolveValueFrom(entry, this.namespace, this.objects);
    const raw = entry.value;
    if (typeof raw === "object" && raw !== null) {
      return { name: entry.name, value: void 0, origin: "value", sensitive: false, entry, valueAt: entry.valueAt, unresolved: `the value of ${entry.name} is a ${Array.isArray(raw) ? "list" : "map"}, not a string` };
    }
    const text3 = raw === void 0 || raw === null ? "" : typeof raw === "string" ? raw : String(raw);
    let sensitive2 = false;
    let undefinedReference2;
    let unknown;
    const value = expand(text3, (reference) => {
      const referenced = this.referenced(reference, index);
      if (referenced?.sensitive) sensitive2 = true;
      if (referenced === void 0) undefinedReference2 ??= reference;
      else if (referenced.value === void 0) unknown ??= referenced;
      else if (referenced.undefinedReference !== void 0) undefinedReference2 ??= referenced.undefinedReference;
      return referenced?.value;
    });
    if (unknown) {
      const why = unknown.optional && unknown.unresolved ? `${unknown.unresolved.replace(OPTIONAL_SKIPPED, "")}; the reference is optional, so without the object the kubelet skips that ${unknown.name} and $(${unknown.name}) reads an earlier one, or stays as written` : unknown.unresolved;
      const unresolved = `${entry.name} expands $(${unknown.name}), and ${why ?? `the value of ${unknown.name} is not known from the inputs`}`;
      return { name: entry.name, value: void 0, origin: "value", sensitive: sensitive2, entry, valueAt: entry.valueAt, unresolved, ...unknown.missing ? { missing: unknown.missing } : {} };
    }
    return new ValueVar(entry, value, sensitive2, undefinedReference2);
  }
};
var ValueVar = class {
  name;
  value;
  origin = "value";
  sensitive;
  entry;
  undefinedReference;
  constructor(entry, value, sensitive2, undefinedReference2) {
    this.name = entry.name;
    this.value = value;
    this.sensitive = sensitive2;
    this.entry = entry;
    this.undefinedReference = undefinedReference2;
  }
  get valueAt() {
    return this.entry.valueAt;
  }
};
var OPTIONAL_SKIPPED = "; the reference is optional, so without it the kubelet skips the entry and an earlier value stays";
var SETS_NOTHING = /* @__PURE__ */ Symbol("sets nothing");
function resolveValueFrom(entry, namespace, objects) {
  const from = isRecord(entry.valueFrom) ? entry.valueFrom : {};
  if ("configMapKeyRef" in from) return resolveKeyRef(entry, from.configMapKeyRef, "ConfigMap", namespace, objects);
  if ("secretKeyRef" in from) return resolveKeyRef(entry, from.secretKeyRef, "Secret", namespace, objects);
  const origin = "resourceFieldRef" in from ? "resourceFieldRef" : "fieldRef" in from ? "fieldRef" : "fileKeyRef" in from ? "fileKeyRef" : "none";
  return fromVar(entry, origin, false, void 0, entry.valueAt, origin === "none" ? "its valueFrom names no source (Kubernetes rejects it)" : `${origin} is only known at run time`);
}
function resolveKeyRef(entry, reference, kind, namespace, objects) {
  const key = kind === "ConfigMap" ? "configMapKeyRef" : "secretKeyRef";
  const sensitive2 = kind === "Secret";
  const spec = isRecord(reference) ? reference : {};
  const name = typeof spec.name === "string" ? spec.name : "";
  const dataKey = typeof spec.key === "string" ? spec.key : "";
  const object = objects.find(kind, name, namespace);
  if (!object) {
    const unresolved = objects.why?.(kind, name, namespace) ?? `${kind} "${name}" is not in ${objects.searched}`;
    const resolved = fromVar(entry, key, sensitive2, void 0, entry.valueAt, spec.optional === true ? `${unresolved}${OPTIONAL_SKIPPED}` : unresolved, { kind, name, namespace });
    if (spec.optional === true) resolved.optional = true;
    return resolved;
  }
  const value = object.data.get(dataKey);
  if (value === void 0 && spec.optional === true) return SETS_NOTHING;
  if (value === void 0) return fromVar(entry, key, sensitive2, void 0, entry.valueAt, `${object.external ?? `${kind} "${name}"`} has no key "${dataKey}"`);
  return fromVar(entry, key, sensitive2, value, object.external ? entry.valueAt : object.keyAt(dataKey));
}
function fromVar(entry, origin, sensitive2, value, valueAt, unresolved, missing) {
  return { name: entry.name, entry, value, origin, sensitive: sensitive2, valueAt, unresolved, missing };
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
function decodeBase64(text3) {
  return Buffer.from(text3, "base64").toString("utf8");
}

// src/facts/manifest-scopes.ts
function collectManifestScopes(model, envLists2, scopes, objects) {
  let workloads = 0;
  for (const object of model.objects) {
    const pod = object.pod;
    if (!pod) continue;
    workloads++;
    const namespace = object.identity.namespace;
    for (const container of pod.containers) {
      const list = container.env && new ManifestEnvList(container);
      if (list) envLists2.push(list);
      const missingEnvFrom = container.envFrom.length === 0 ? [] : container.envFrom.filter((source) => !source.optional && !objects.find(source.kind, source.name, namespace)).map((source) => {
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
    return { source: this.container.source, path: this.container.path.concat("env") };
  }
  get entries() {
    return this.container.envEntries();
  }
  get length() {
    return this.container.length;
  }
  nameAt(index) {
    return this.container.nameAt(index);
  }
  valueOf(index) {
    return this.container.valueOf(index);
  }
  entryAt(index) {
    return this.container.entryAt(index);
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
  /** Containers of one name and image (not init containers) run the same application in several workloads. */
  get peers() {
    return this.container.group === "containers" ? `${this.container.name}\0${this.container.imageRepository}` : void 0;
  }
  get at() {
    return this.list?.at ?? { source: this.container.source, path: this.container.path };
  }
};
function manifestObjectIndex(objects, release3) {
  const byName = {
    ConfigMap: Map.groupBy(objects.filter(({ identity }) => identity.kind === "ConfigMap"), ({ identity }) => identity.name),
    Secret: Map.groupBy(objects.filter(({ identity }) => identity.kind === "Secret"), ({ identity }) => identity.name)
  };
  const grouped = { ConfigMap: /* @__PURE__ */ new Map(), Secret: /* @__PURE__ */ new Map() };
  const groupOf = (kind, name) => {
    const known = grouped[kind].get(name);
    if (known) return known;
    const candidates = byName[kind].get(name);
    if (!candidates) return void 0;
    const group = { first: candidates[0], byNamespace: /* @__PURE__ */ new Map(), withoutNamespace: void 0, someNamespace: void 0 };
    for (const candidate of candidates) {
      const namespace = candidate.identity.namespace ?? release3;
      if (!group.byNamespace.has(namespace)) group.byNamespace.set(namespace, candidate);
      if (candidate.identity.namespace === void 0) group.withoutNamespace ??= candidate;
      group.someNamespace ??= namespace;
    }
    grouped[kind].set(name, group);
    return group;
  };
  const cache = /* @__PURE__ */ new Map();
  return {
    searched: "the manifests",
    why(kind, name, namespace) {
      const elsewhere = groupOf(kind, name)?.someNamespace;
      const wanted = namespace ?? release3;
      return elsewhere !== void 0 && wanted !== void 0 ? `${kind} "${name}" is in namespace ${elsewhere}, and the pod reads its own, ${wanted}` : void 0;
    },
    find(kind, name, namespace) {
      const group = groupOf(kind, name);
      if (!group) return void 0;
      const wanted = namespace ?? release3;
      const object = group.byNamespace.get(wanted) ?? // Without -n, an object or a workload rendered without a namespace may be in the other's.
      (release3 === void 0 ? wanted === void 0 ? group.first : group.withoutNamespace : void 0);
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
  const read2 = (field, decode) => {
    const block = object[field];
    if (!block) return;
    for (const [key, text3] of Object.entries(block)) {
      if (text3 === null || text3 === void 0) continue;
      data.set(key, decode ? decodeBase64(String(text3)) : String(text3));
      paths.set(key, [field, key]);
    }
  };
  read2("data", secret);
  if (secret) read2("stringData", false);
  return { data, keyAt: (key) => ({ source: object.source, path: paths.get(key) ?? [] }), sensitive: secret };
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
var SECRET_KIND_LINE = /^[ \t]*(?:- +)?["']?kind["']?[ \t]*:[ \t]*["']?Secret["']?[ \t]*(?:#.*)?$/m;
var KEY_TOKEN = /\b(sk|pk)-[A-Za-z0-9_-]{3,}/g;
function maskKeyTokens(text3, replacement) {
  return text3.includes("k-") ? text3.replace(KEY_TOKEN, replacement) : text3;
}
function maskKeys(text3) {
  return maskKeyTokens(text3, "$1-****");
}
var SENSITIVE_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|AUTH)$/i;
function mayBeSecretName(name) {
  return LITELLM_CREDENTIAL_ENV.includes(name) || SENSITIVE_NAME.test(name);
}
function quotable(name, value) {
  if (mayBeSecretName(name) || typeof value !== "string") return void 0;
  return value.length <= 60 && /^[\w .:/@{}%$()-]*$/.test(value) ? value : void 0;
}

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
  const ctrl = callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = visit_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
  const ctrl = await callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path) {
  if (typeof visitor === "function")
    return visitor(key, node, path);
  if (isMap(node))
    return visitor.Map?.(key, node, path);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path);
  if (isPair(node))
    return visitor.Pair?.(key, node, path);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path);
  return void 0;
}
function replaceNode(key, path, node) {
  const parent = path[path.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error) {
        onError(String(error));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error = new Error("Failed to resolve repeated object (this should not happen)");
          error.source = source;
          throw error;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema4, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema4.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema4[MAP] : Symbol.iterator in Object(value) ? schema4[SEQ] : schema4[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema4, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    const k = path[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema4,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema4) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema4,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema4) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema4)
      copy.schema = schema4;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema4) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path, value) {
    if (isEmptyPath(path))
      this.add(value);
    else {
      const [key, ...rest] = path;
      const node = this.get(key, true);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    const [key, ...rest] = path;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    const [key, ...rest] = path;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text3, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text3;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text3.length <= endStep)
    return text3;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text3, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text3[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text3[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text3, i, indent.length);
      end = i + indent.length + endStep;
      split = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text3[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split = i;
      }
      if (i >= end) {
        if (split) {
          folds.push(split);
          end = split + endStep;
          split = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text3[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text3;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text3;
  if (onFold)
    onFold();
  let res = text3.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text3.length;
    if (fold === 0)
      res = `
${indent}${text3.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text3[fold]}\\`;
      res += `
${indent}${text3.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text3, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text3[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text3[++i];
    } else {
      do {
        ch = text3[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text3[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
function lineLengthOverLimit(str2, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit2 = lineWidth - indentLength;
  const strLen = str2.length;
  if (strLen <= limit2)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str2[i] === "\n") {
      if (i - start > limit2)
        return true;
      start = i + 1;
      if (strLen - start <= limit2)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str2 = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str2 += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i + 1]) {
        case "u":
          {
            str2 += json.slice(start, i);
            const code = json.substr(i + 2, 4);
            switch (code) {
              case "0000":
                str2 += "\\0";
                break;
              case "0007":
                str2 += "\\a";
                break;
              case "000b":
                str2 += "\\v";
                break;
              case "001b":
                str2 += "\\e";
                break;
              case "0085":
                str2 += "\\N";
                break;
              case "00a0":
                str2 += "\\_";
                break;
              case "2028":
                str2 += "\\L";
                break;
              case "2029":
                str2 += "\\P";
                break;
              default:
                if (code.substr(0, 2) === "00")
                  str2 += "\\x" + code.substr(2);
                else
                  str2 += json.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
            i += 1;
          } else {
            str2 += json.slice(start, i) + "\n\n";
            while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
              str2 += "\n";
              i += 2;
            }
            str2 += indent;
            if (json[i + 2] === " ")
              str2 += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str2 = start ? str2 + json.slice(start) : json;
  return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
  if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str2 = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow;
  switch (opt.collectionStyle) {
    case "block":
      inFlow = false;
      break;
    case "flow":
      inFlow = true;
      break;
    default:
      inFlow = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar(item)) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str2;
  return isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str2 = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str2 = `? ${str2}`;
    if (keyComment && !keyCommentDone) {
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str2;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
    str2 = `? ${str2}
${indent}:`;
  } else {
    str2 = `${str2}:`;
    if (keyComment)
      str2 += lineComment(str2, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str2.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str2 += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str2 += lineComment(str2, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str2;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema4) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema4);
    if (isNode(value))
      value = value.clone(schema4);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection2, ctx, options) {
  const flow = ctx.inFlow ?? collection2.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection2, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str3 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str3 += lineComment(str3, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str3);
  }
  let str2;
  if (lines.length === 0) {
    str2 = flowChars.start + flowChars.end;
  } else {
    str2 = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line = lines[i];
      str2 += line ? `
${indent}${line}` : "\n";
    }
  }
  if (comment) {
    str2 += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str2;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str2 = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
    if (i < items.length - 1) {
      str2 += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str2 += ",";
      }
    }
    if (comment)
      str2 += lineComment(str2, itemIndent, commentString(comment));
    lines.push(str2);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str2 = start;
      for (const line of lines)
        str2 += line ? `
${indentStep}${indent}${line}` : "\n";
      return `${str2}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema4) {
    super(MAP, schema4);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema4, obj, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema4);
    const add = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add(key, obj[key]);
    }
    if (typeof schema4.sortMapEntries === "function") {
      map2.items.sort(schema4.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema4, obj, ctx) => YAMLMap.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema4) {
    super(SEQ, schema4);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema4, obj, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema4);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema4, obj, ctx) => YAMLSeq.from(schema4, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str2) => str2,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str2) => new Scalar(str2[0] === "t" || str2[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num2 = typeof value === "number" ? value : Number(value);
  if (!isFinite(num2))
    return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2),
  stringify(node) {
    const num2 = Number(node.value);
    return isFinite(num2) ? num2.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str2) {
    const node = new Scalar(parseFloat(str2));
    const dot = str2.indexOf(".");
    if (dot !== -1 && str2[str2.length - 1] === "0")
      node.minFractionDigits = str2.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str2) => str2,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str2) => str2 === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str2) => parseFloat(str2),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str2, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
    return str2;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str2 = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str2.length);
      for (let i = 0; i < str2.length; ++i)
        buffer[i] = str2.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str2;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str2 = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str2.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str2.substr(o, lineWidth);
      }
      str2 = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema4, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema4);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema4, iterable, ctx) {
    const pairs2 = createPairs(schema4, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema4, iterable, ctx) => YAMLOMap.from(schema4, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
  stringify(node) {
    const num2 = Number(node.value);
    return isFinite(num2) ? num2.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str2) {
    const node = new Scalar(parseFloat(str2.replace(/_/g, "")));
    const dot = str2.indexOf(".");
    if (dot !== -1) {
      const f = str2.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str2, offset, radix, { intAsBigInt }) {
  const sign = str2[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str2 = str2.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str2 = `0b${str2}`;
        break;
      case 8:
        str2 = `0o${str2}`;
        break;
      case 16:
        str2 = `0x${str2}`;
        break;
    }
    const n2 = BigInt(str2);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str2, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str2 = value.toString(radix);
    return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str2, _onError, opt) => intResolve2(str2, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema4) {
    super(schema4);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema4, iterable, ctx) {
    const { replacer } = ctx;
    const set2 = new this(schema4);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
      }
    return set2;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema4, iterable, ctx) => YAMLSet.from(schema4, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str2, asBigInt) {
  const sign = str2[0];
  const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
  const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
  return sign === "-" ? num2(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num2 = (n) => n;
  if (typeof value === "bigint")
    num2 = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num2(-1);
  }
  const _60 = num2(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str2) => parseSexagesimal(str2, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str2) {
    const match = str2.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema4, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema4 === "string" && schema4 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge2);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    if (isEmptyPath(path)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    if (isEmptyPath(path))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    if (isEmptyPath(path))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    if (isEmptyPath(path)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code, message) {
    super();
    this.name = name;
    this.code = code;
    this.message = message;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLParseError", pos, code, message);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code, message) {
    super("YAMLWarning", pos, code, message);
  }
};
var prettifyError = (src, lc) => (error) => {
  if (error.pos[0] === -1)
    return;
  error.linePos = error.pos.map((pos) => lc.linePos(pos));
  const { line, col } = error.linePos[0];
  error.message += ` at line ${line}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "\u2026" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80)
    lineStr = lineStr.substring(0, 79) + "\u2026";
  if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
    if (prev.length > 80)
      prev = prev.substring(0, 79) + "\u2026\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count = 1;
    const end = error.linePos[1];
    if (end?.line === line && end.col > col) {
      count = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count);
    error.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep: sep5, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep5?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep5) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep5 ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep5, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep5 = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep5 + cb;
          sep5 = "";
          break;
        }
        case "newline":
          if (comment)
            sep5 += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep: sep5, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep5?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep5 && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep5 && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep5, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep5 ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep5)
            for (const st of sep5) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep5, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep5 = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep5 + indent.slice(trimIndent) + content;
      sep5 = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep5 === " ")
        sep5 = "\n";
      else if (!prevMoreIndented && sep5 === "\n")
        sep5 = "\n\n";
      value += sep5 + indent.slice(trimIndent) + content;
      sep5 = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep5 === "\n")
        value += "\n";
      else
        sep5 = "\n";
    } else {
      value += sep5 + content;
      sep5 = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error === -1)
        error = offset + i;
    }
  }
  if (error !== -1)
    onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2)
    lines.push([split[i], split[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match)
    return source;
  let trimEnd2, trimBoth;
  try {
    trimEnd2 = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd2 = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd2, "");
  let sep5 = " ";
  let pos = line.lastIndex;
  while (match = line.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep5 === "\n")
        res += sep5;
      else
        sep5 = "\n";
    } else {
      res += sep5 + lm;
      sep5 = " ";
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep5 + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema4, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema4[SCALAR];
  const matchWithTest = [];
  for (const tag of schema4.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema4.knownTags[tagName];
  if (kt && !kt.collection) {
    schema4.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema4[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema4 }, value, token, onError) {
  const tag = schema4.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema4[SCALAR];
  if (schema4.compat) {
    const compat = schema4.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema4[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        onError(token, "RESOURCE_EXHAUSTION", message);
      }
      break;
    default: {
      const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code, message, warning) => {
      const pos = getErrorPos(source);
      if (warning)
        this.warnings.push(new YAMLWarning(pos, code, message));
      else
        this.errors.push(new YAMLParseError(pos, code, message));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message, warning) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message, warning);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error);
        else
          this.doc.errors.push(error);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path) => {
  let item = cst;
  for (const [field, index] of path) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit2.parentCollection = (cst, path) => {
  const parent = visit2.itemAtPath(cst, path.slice(0, -1));
  const field = path[path.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line = this.getLine();
    if (line === null)
      return this.setNext("stream");
    if (line[0] === BOM) {
      yield* this.pushCount(1);
      line = line.substring(1);
    }
    if (line[0] === "%") {
      let dirEnd = line.length;
      let cs = line.indexOf("#");
      while (cs !== -1) {
        const ch = line[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line = this.getLine();
    if (line === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line[n]) {
      case "#":
        yield* this.pushCount(line.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line = this.getLine();
    if (line === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote = this.charAt(0);
    let end = this.buffer.indexOf(quote, this.pos + 1);
    if (quote === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
            if (!inFlow)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list, type) {
  for (let i = 0; i < list.length; ++i)
    if (list[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list) {
  for (let i = 0; i < list.length; ++i) {
    switch (list[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error) {
    const token = error ?? this.stack.pop();
    if (!token) {
      const message = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep5;
      if (scalar.end) {
        sep5 = scalar.end;
        sep5.push(this.sourceToken);
        delete scalar.end;
      } else
        sep5 = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep: sep5 }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep5 = it.sep;
              sep5.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep: sep5 }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs2 = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start, key: fs2, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs2);
          } else {
            Object.assign(it, { key: fs2, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map2.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs2 = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs2, sep: [] });
          else if (it.sep)
            this.stack.push(fs2);
          else
            Object.assign(it, { key: fs2, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep5 = fc.end.splice(1, fc.end.length);
        sep5.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep: sep5 }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseAllDocuments(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  const docs = Array.from(composer.compose(parser.parse(source)));
  if (prettyErrors && lineCounter)
    for (const doc of docs) {
      doc.errors.forEach(prettifyError(source, lineCounter));
      doc.warnings.forEach(prettifyError(source, lineCounter));
    }
  if (docs.length > 0)
    return docs;
  return Object.assign([], { empty: true }, composer.streamInfo());
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser.parse(source), true, source.length)) {
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}
function parse(src, reviver, options) {
  let _reviver = void 0;
  if (typeof reviver === "function") {
    _reviver = reviver;
  } else if (options === void 0 && reviver && typeof reviver === "object") {
    options = reviver;
  }
  const doc = parseDocument(src, options);
  if (!doc)
    return null;
  doc.warnings.forEach((warning) => warn(doc.options.logLevel, warning));
  if (doc.errors.length > 0) {
    if (doc.options.logLevel !== "silent")
      throw doc.errors[0];
    else
      doc.errors = [];
  }
  return doc.toJS(Object.assign({ reviver: _reviver }, options));
}

// src/yaml/line-index.ts
var LineIndex = class {
  starts = [0];
  text;
  length;
  /** Where the search for the next line break goes on; -1 when all are found. */
  scanned = 0;
  constructor(text3) {
    this.text = text3;
    this.length = text3.length;
  }
  get lineCount() {
    this.findLines(Infinity);
    return this.starts.length;
  }
  /** A 1-based line without its line break; undefined past the last line. */
  lineText(line) {
    this.findLines(line + 1);
    if (line < 1 || line > this.starts.length) return void 0;
    const start = this.starts[line - 1];
    let end = line < this.starts.length ? this.starts[line] - 1 : this.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13 && line < this.starts.length) end--;
    return this.text.slice(start, end);
  }
  /** Offset of a 1-based line's first character (the text's length past the last line). */
  lineStart(line) {
    this.findLines(line);
    return this.starts[line - 1] ?? this.length;
  }
  linePos(offset) {
    const clamped = Math.max(0, Math.min(offset, this.length));
    this.findOffset(clamped);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.starts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, col: clamped - this.starts[low] + 1 };
  }
  /** Finds line starts until `count` lines are known (or all are). */
  findLines(count) {
    while (this.starts.length < count && this.scanned >= 0) this.next();
  }
  /** Finds line starts until one is past `offset` (or all are). */
  findOffset(offset) {
    while (this.starts[this.starts.length - 1] <= offset && this.scanned >= 0) this.next();
  }
  next() {
    const at = this.text.indexOf("\n", this.scanned);
    if (at === -1) this.scanned = -1;
    else {
      this.starts.push(at + 1);
      this.scanned = at + 1;
    }
  }
};
var LineCursor = class {
  text;
  /** Starts of lines 1, 1025, 2049, …: as far as the cursor went. */
  kept = [0];
  line = 1;
  offset = 0;
  constructor(text3) {
    this.text = text3;
  }
  /** As LineIndex.lineStart: the text's length past the last line. */
  lineStart(line) {
    if (line < 1) return this.text.length;
    if (line < this.line) {
      const kept2 = Math.min(line - 1 >> 10, this.kept.length - 1);
      this.line = kept2 * 1024 + 1;
      this.offset = this.kept[kept2];
    }
    while (this.line < line) {
      const at = this.text.indexOf("\n", this.offset);
      if (at === -1) return this.text.length;
      this.offset = at + 1;
      this.line++;
      if ((this.line - 1) % 1024 === 0 && (this.line - 1) / 1024 === this.kept.length) this.kept.push(this.offset);
    }
    return this.offset;
  }
};

// src/yaml/python-scalars.ts
var PYTHON_BOOLEANS = new Map([
  ...["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"].map((word) => [word, true]),
  ...["no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"].map((word) => [word, false])
]);
var PYTHON_NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var PYTHON_INT = /^[-+]?(?:0b[01_]+|0[0-7_]+|0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
var PYTHON_FLOAT = /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var PYTHON_TIMESTAMP = /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;
function pythonPlainScalar(text3) {
  if (PYTHON_NULLS.has(text3)) return null;
  const boolean = PYTHON_BOOLEANS.get(text3);
  if (boolean !== void 0) return boolean;
  if (PYTHON_INT.test(text3)) return pythonInt(text3.replace(/_/g, ""));
  if (PYTHON_FLOAT.test(text3)) return pythonFloat(text3.replace(/_/g, ""));
  return text3;
}
function pythonInt(text3) {
  const sign = text3.startsWith("-") ? -1 : 1;
  const digits = text3.replace(/^[-+]/, "");
  if (digits.includes(":")) return sign * sexagesimal(digits);
  if (digits.startsWith("0b")) return sign * Number.parseInt(digits.slice(2), 2);
  if (digits.startsWith("0x")) return sign * Number.parseInt(digits.slice(2), 16);
  if (digits.length > 1 && digits.startsWith("0")) return sign * Number.parseInt(digits.slice(1), 8);
  return sign * Number(digits);
}
function pythonFloat(text3) {
  const sign = text3.startsWith("-") ? -1 : 1;
  const digits = text3.replace(/^[-+]/, "").toLowerCase();
  if (digits === ".inf") return sign * Number.POSITIVE_INFINITY;
  if (digits === ".nan") return Number.NaN;
  if (digits.includes(":")) return sign * sexagesimal(digits);
  return sign * Number(digits);
}
function sexagesimal(digits) {
  return digits.split(":").reduce((total, part) => total * 60 + Number(part), 0);
}

// src/yaml/vnode.ts
var DEFAULT_BUILD_LIMITS = { maxDepth: 500, maxAliases: 1e3 };
var LimitExceeded = class extends Error {
};
var InvalidYaml = class extends Error {
  node;
  constructor(message, node) {
    super(message);
    this.node = node;
  }
};
function buildTree(doc, source, problems, limits = DEFAULT_BUILD_LIMITS, reading = "yaml", byOffsets = false) {
  let aliases = 0;
  const helm = reading === "helm";
  const python = reading === "python";
  const kubernetes = reading === "kubernetes";
  if (python) explicitKeysFirst.add(doc);
  const build = (node, path, depth) => {
    if (depth > limits.maxDepth) {
      throw new LimitExceeded(`nesting deeper than ${limits.maxDepth} levels`);
    }
    if (node && isAlias(node)) node = resolveAlias(node);
    const origin = { source, path };
    if (byOffsets && node?.range) origin.offsets = [node.range[0], node.range[1]];
    if (node && isMap(node)) {
      const entries = /* @__PURE__ */ new Map();
      const seenAt = /* @__PURE__ */ new Map();
      const deferred = python ? [] : void 0;
      for (const pair of node.items) {
        if (isMergeKey2(pair)) {
          if (deferred) deferred.push(pair);
          else mergeInto(entries, pair.value, path, depth);
          continue;
        }
        const key = helm ? helmKeyString(pair) : kubernetes ? kubernetesKeyString(pair) : keyString(pair);
        const earlier = seenAt.get(key);
        if (earlier) {
          problems.push({
            kind: "duplicate-key",
            message: key,
            at: { source, path: [...path, key], part: "key", offsets: offsetsOf(pair.key) },
            related: [{ source, path: [...path, key], part: "key", offsets: offsetsOf(earlier.key) }]
          });
        }
        seenAt.set(key, pair);
        entries.delete(key);
        entries.set(key, build(pair.value ?? null, [...path, key], depth + 1));
      }
      for (const pair of deferred ?? []) mergeInto(entries, pair.value, path, depth, seenAt);
      return { kind: "map", entries, origin };
    }
    if (node && isSeq(node)) {
      const items = node.items.map((item, index) => build(isPair(item) ? null : item ?? null, [...path, index], depth + 1));
      return { kind: "seq", items, origin };
    }
    if (node && isScalar(node)) {
      const quoted = node.type !== void 0 && node.type !== Scalar.PLAIN;
      if (helm && node.tag !== void 0) return { kind: "scalar", value: helmTaggedScalar(node), quoted, origin };
      if (reading === "yaml" || kubernetes || quoted || node.tag !== void 0 || typeof node.source !== "string") return { kind: "scalar", value: node.value, quoted, origin };
      if (reading === "python") return { kind: "scalar", value: pythonPlainScalar(node.source), quoted, origin };
      const value = helmPlainScalar(node.source);
      if (typeof value === "number" && !Number.isFinite(value)) throw new InvalidYaml(`helm cannot read ${node.source}: JSON has no ${Number.isNaN(value) ? "NaN" : "infinite numbers"} (json: unsupported value)`, node);
      return { kind: "scalar", value, quoted, origin };
    }
    return { kind: "scalar", value: null, quoted: false, origin };
  };
  const mergeInto = (entries, value, path, depth, explicit) => {
    if (value && isAlias(value)) value = resolveAlias(value);
    const sources = value && isSeq(value) ? value.items : [value];
    const combined = /* @__PURE__ */ new Map();
    for (const item of sources) {
      const merged = build(item, path, depth + 1);
      if (merged.kind !== "map") throw new InvalidYaml("a merge key (<<) needs a map or a list of maps", item);
      for (const [key, child] of merged.entries) if (!combined.has(key)) combined.set(key, child);
    }
    for (const [key, child] of combined) {
      if (explicit?.has(key)) continue;
      entries.delete(key);
      entries.set(key, child);
    }
  };
  const resolveAlias = (alias) => {
    if (++aliases > limits.maxAliases) throw new LimitExceeded(`more than ${limits.maxAliases} alias references`);
    const target = alias.resolve(doc);
    if (!target) throw new InvalidYaml(`alias *${alias.source} refers to no anchor defined before it`, alias);
    return target;
  };
  try {
    if (doc.contents === null) return null;
    return build(doc.contents, [], 0);
  } catch (error) {
    if (error instanceof InvalidYaml) {
      problems.push({ kind: "syntax", message: error.message, at: { source, path: [], offsets: offsetsOf(error.node) ?? [0, 0] } });
      return null;
    }
    if (!(error instanceof LimitExceeded)) throw error;
    problems.push({ kind: "limit", message: error.message, at: { source, path: [] } });
    return null;
  }
}
function parseProblems(doc, source, limits = DEFAULT_BUILD_LIMITS) {
  const problems = [];
  for (const error of doc.errors) {
    if (STACK_OVERFLOW.test(error.message)) {
      if (!problems.some((problem) => problem.kind === "limit")) problems.push({ kind: "limit", message: `nesting deeper than ${limits.maxDepth} levels`, at: { source, path: [] } });
      continue;
    }
    problems.push({ kind: "syntax", message: yamlErrorMessage(error), at: { source, path: [], offsets: [error.pos[0], error.pos[1]] } });
  }
  return problems;
}
function yamlErrorMessage(error, limits = DEFAULT_BUILD_LIMITS) {
  if (STACK_OVERFLOW.test(error.message)) return `nesting deeper than ${limits.maxDepth} levels`;
  return error.message.split("\n")[0] || "invalid YAML";
}
var STACK_OVERFLOW = /Maximum call stack size exceeded|: Stack overflow$/m;
var explicitKeysFirst = /* @__PURE__ */ new WeakSet();
function isMergeKey2(pair) {
  const key = pair.key;
  return isScalar(key) && (typeof key.value === "symbol" || key.value === "<<" && key.type === Scalar.PLAIN);
}
function keyString(pair) {
  const key = pair.key;
  if (isScalar(key)) return key.value === null ? "null" : String(key.value);
  return String(key);
}
function kubernetesKeyString(pair) {
  const key = pair.key;
  if (key === null || isScalar(key) && key.value === null) {
    const text3 = isScalar(key) && typeof key.source === "string" && key.source !== "" ? key.source : "(empty)";
    throw new InvalidYaml(`kubectl and helm cannot read the null key ${text3}: a JSON key must be a string (unsupported map key of type nil)`, key);
  }
  return keyString(pair);
}
function helmKeyString(pair) {
  const key = pair.key;
  if (key === null) throw new InvalidYaml("helm cannot read an empty key: a JSON key must be a string (unsupported map key of type nil)", null);
  if (isMap(key) || isSeq(key)) throw new InvalidYaml(`helm cannot read a ${isMap(key) ? "map" : "list"} as a key: a JSON key must be a string (invalid map key)`, key);
  if (!isScalar(key) || key.type !== Scalar.PLAIN || key.tag !== void 0 || typeof key.source !== "string") return keyString(pair);
  const value = helmPlainScalar(key.source);
  if (value === null) throw new InvalidYaml(`helm cannot read the null key ${key.source || "(empty)"}: a JSON key must be a string (unsupported map key of type nil)`, key);
  return String(value);
}
var GO_YAML_V2_WORDS = new Map([
  ...["~", "null", "Null", "NULL"].map((word) => [word, null]),
  ...["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE"].map((word) => [word, true]),
  ...["n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE"].map((word) => [word, false]),
  ...[".nan", ".NaN", ".NAN"].map((word) => [word, Number.NaN]),
  ...[".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map((word) => [word, Number.POSITIVE_INFINITY]),
  ...["-.inf", "-.Inf", "-.INF"].map((word) => [word, Number.NEGATIVE_INFINITY])
]);
var YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
function helmTaggedScalar(node) {
  if (node.value instanceof Uint8Array) return new TextDecoder().decode(node.value);
  checkTagFits(node);
  if (node.value instanceof Date) return typeof node.source === "string" ? node.source : node.value.toISOString();
  if ((node.tag === "tag:yaml.org,2002:float" || node.tag === "tag:yaml.org,2002:int") && typeof node.value === "string") {
    const resolved = helmPlainScalar(node.value);
    if (typeof resolved === "number") return resolved;
  }
  return node.value;
}
var CHECKED_TAGS = /* @__PURE__ */ new Map([
  ["tag:yaml.org,2002:bool", "bool"],
  ["tag:yaml.org,2002:null", "null"],
  ["tag:yaml.org,2002:int", "int"],
  ["tag:yaml.org,2002:float", "float"],
  ["tag:yaml.org,2002:timestamp", "timestamp"]
]);
function checkTagFits(node) {
  const tag = node.tag === void 0 ? void 0 : CHECKED_TAGS.get(node.tag);
  if (tag === void 0) return;
  const text3 = typeof node.source === "string" ? node.source : String(node.value);
  const kind = goPlainKind(text3, tag === "timestamp");
  if (kind !== tag && !(tag === "float" && kind === "int")) throw new InvalidYaml(`helm cannot read this value: cannot decode !!${kind} \`${text3}\` as a !!${tag}`, node);
}
function goPlainKind(text3, timestamp2) {
  if (text3 === "") return "null";
  if (GO_YAML_V2_WORDS.has(text3)) {
    const word = GO_YAML_V2_WORDS.get(text3);
    return word === null ? "null" : typeof word === "boolean" ? "bool" : "float";
  }
  if (timestamp2 && goTimestamp(text3)) return "timestamp";
  const plain = text3.replace(/_/g, "");
  if (/^[0-9+-]/.test(text3) && goParseIntBase0(plain) !== void 0) return "int";
  if (YAML_STYLE_FLOAT.test(text3[0] === "." ? text3 : plain) && Number.isFinite(Number(text3[0] === "." ? text3 : plain))) return "float";
  return "str";
}
function goTimestamp(text3) {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?(?:Z|[-+]\d{2}:\d{2})| +\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?)?$/.exec(text3);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function helmPlainScalar(text3) {
  if (GO_YAML_V2_WORDS.has(text3)) return GO_YAML_V2_WORDS.get(text3);
  if (text3 === "") return null;
  const first = text3[0];
  if (first === ".") return YAML_STYLE_FLOAT.test(text3) ? goParseFloat(text3) : text3;
  if (!/[0-9+-]/.test(first)) return text3;
  const plain = text3.replace(/_/g, "");
  const integer = goParseIntBase0(plain);
  if (integer !== void 0) return integer;
  if (YAML_STYLE_FLOAT.test(plain)) return goParseFloat(plain, text3);
  return text3;
}
function goParseFloat(plain, text3 = plain) {
  const value = Number(plain);
  return Number.isFinite(value) ? value : text3;
}
var INT64_MIN = -(2n ** 63n);
var UINT64_MAX = 2n ** 64n - 1n;
function goParseIntBase0(s) {
  const match = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!match) return void 0;
  const [, sign, digits] = match;
  const prefix = digits.slice(0, 2).toLowerCase();
  let magnitude;
  if (prefix === "0x" || prefix === "0b") magnitude = BigInt(digits.toLowerCase());
  else if (prefix === "0o") magnitude = BigInt(`0o${digits.slice(2)}`);
  else if (digits.length > 1 && digits[0] === "0") magnitude = BigInt(`0o${digits.slice(1)}`);
  else magnitude = BigInt(digits);
  const value = sign === "-" ? -magnitude : magnitude;
  if (value < INT64_MIN || value > UINT64_MAX || sign !== "" && value > 2n ** 63n - 1n) return void 0;
  return Number(value);
}
function offsetsOf(node) {
  return node?.range ? [node.range[0], node.range[1]] : void 0;
}
function isTruthy(node) {
  if (node === void 0) return false;
  if (node.kind === "map") return node.entries.size > 0;
  if (node.kind === "seq") return node.items.length > 0;
  return node.value !== null && node.value !== false && node.value !== 0 && node.value !== "";
}
function toJS2(node) {
  if (!node) return null;
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toJS2);
  const out = {};
  for (const [key, child] of node.entries) {
    if (key === "__proto__") Object.defineProperty(out, key, { value: toJS2(child), writable: true, enumerable: true, configurable: true });
    else out[key] = toJS2(child);
  }
  return out;
}
function childAt(node, key) {
  if (!node) return void 0;
  if (node.kind === "map" && typeof key === "string") return node.entries.get(key);
  if (node.kind === "seq" && typeof key === "number") return node.items[key];
  return void 0;
}
function mergeMaps(base, over) {
  const entries = new Map(base.entries);
  for (const [key, value] of over.entries) {
    const previous = entries.get(key);
    entries.set(key, previous?.kind === "map" && value.kind === "map" ? mergeMaps(previous, value) : value);
  }
  return { kind: "map", entries, origin: base.entries.size > 0 ? base.origin : over.origin };
}

// src/yaml/locate.ts
function keyText(pair) {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return String(key);
}
function childOf(doc, node, segment, merges = 0) {
  if (isMap(node)) {
    const { lastPlain, mergeKeys } = keysOf(node);
    const plain = lastPlain.get(String(segment)) ?? -1;
    const explicitFirst = explicitKeysFirst.has(doc);
    if (!(explicitFirst && plain >= 0)) {
      for (let m = mergeKeys.length - 1; m >= 0 && (explicitFirst || mergeKeys[m] > plain); m--) {
        const pair2 = node.items[mergeKeys[m]];
        const merged = merges < MAX_MERGE_DEPTH ? mergedChild(doc, pair2.value, segment, merges + 1) : void 0;
        if (merged) return merged;
      }
    }
    if (plain < 0) return void 0;
    const pair = node.items[plain];
    return { node: pair.value ?? null, pair };
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    if (item === void 0) return void 0;
    return { node: isPair(item) ? null : item, pair: null };
  }
  return void 0;
}
var mapKeys = /* @__PURE__ */ new WeakMap();
function keysOf(node) {
  const known = mapKeys.get(node);
  if (known && known.items === node.items && known.count === node.items.length) return known;
  const keys = { items: node.items, count: node.items.length, lastPlain: /* @__PURE__ */ new Map(), mergeKeys: [] };
  node.items.forEach((pair, index) => {
    if (isMergeKey2(pair)) keys.mergeKeys.push(index);
    else keys.lastPlain.set(keyText(pair), index);
  });
  mapKeys.set(node, keys);
  return keys;
}
var MAX_MERGE_DEPTH = 50;
function mergedChild(doc, value, segment, merges) {
  const resolved = value && isAlias(value) ? value.resolve(doc) ?? null : value;
  const maps = resolved && isSeq(resolved) ? resolved.items : [resolved];
  for (const item of maps) {
    const map2 = item && isAlias(item) ? item.resolve(doc) ?? null : item;
    const child = map2 && isMap(map2) ? childOf(doc, map2, segment, merges) : void 0;
    if (child) return child;
  }
  return void 0;
}
function walk(doc, path) {
  let node = doc.contents;
  let pair = null;
  const found = [];
  for (const segment of path) {
    if (node && isAlias(node)) node = node.resolve(doc) ?? null;
    if (!node) break;
    const child = childOf(doc, node, segment);
    if (!child) break;
    found.push(segment);
    node = child.node;
    pair = child.pair;
  }
  return { node, pair: found.length === path.length ? pair : found.length === 0 ? null : pair, path: found };
}
function rangeOfNode(node) {
  if (!node || !node.range) return null;
  return [node.range[0], node.range[1]];
}
function offsetsInDocument(doc, path, part) {
  const { node, pair, path: found } = walk(doc, path);
  const key = pair ? rangeOfNode(pair.key) : null;
  return partOf(part, found.length === path.length, key, rangeOfNode(node), rangeOfNode(doc.contents), found);
}
function offsetsInSpans(root, path, part) {
  let node = root;
  let key = null;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const segment = path[depth];
    if (node.entries) {
      const entry = node.entries.get(String(segment));
      if (entry === void 0) break;
      node = entry.value;
      key = entry.key;
    } else {
      const item = typeof segment === "number" ? node.items?.[segment] : void 0;
      if (item === void 0) break;
      node = item;
      key = null;
    }
  }
  return partOf(part, depth === path.length, key, [node.start, node.end], [root.start, root.end], path.slice(0, depth));
}
function partOf(part, complete, key, value, root, found) {
  let range = null;
  if ((part === "key" || !complete) && key) range = key;
  else if (part === "pair" && key) range = value ? [key[0], value[1]] : key;
  range ??= value ?? key ?? root ?? [0, 0];
  const start = range[0];
  const end = range[1] <= start ? start : range[1];
  return { start, end, path: found };
}
function positionAt(lineCounter, offset, lineOffset = 0) {
  const pos = lineCounter.linePos(offset);
  return { line: pos.line + lineOffset, column: pos.col };
}
function rangeOfOffsets(lineCounter, [start, end], path, lineOffset = 0) {
  return { start: positionAt(lineCounter, start, lineOffset), end: positionAt(lineCounter, end, lineOffset), path };
}
function resolveRange(doc, lineCounter, text3, path, part, lineOffset = 0) {
  const { start, end: rawEnd, path: found } = isSpan(doc) ? offsetsInSpans(doc, path, part) : offsetsInDocument(doc, path, part);
  let end = rawEnd;
  while (end > start && isSpace(text3.charCodeAt(end - 1))) end--;
  return { start: positionAt(lineCounter, start, lineOffset), end: positionAt(lineCounter, end, lineOffset), path: found };
}
function isSpace(code) {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
function isSpan(doc) {
  return typeof doc.start === "number";
}

// src/yaml/embedded.ts
function isParsedSource(source) {
  return typeof source.positioned === "function" && typeof source.toOuter === "function";
}
var lastParsed;
var EmbeddedYamlSource = class {
  kind;
  file;
  doc;
  object;
  sensitive;
  text;
  parent;
  scalarPath;
  /**
   * Where the string is in the parent: its first position, and for a literal block the
   * parent-relative line of the content's first line and the block's indentation. Found on first
   * use: a rendered manifest is parsed with positions only when a finding needs them.
   */
  placement;
  parsed;
  constructor(parent, scalarPath, text3) {
    this.parent = parent;
    this.scalarPath = scalarPath;
    this.kind = parent.kind;
    this.file = parent.file;
    if (parent.doc !== void 0) this.doc = parent.doc;
    if (parent.object) this.object = parent.object;
    if (parent.sensitive) this.sensitive = parent.sensitive;
    this.text = text3;
  }
  placed() {
    if (!this.placement && this.parent.placedByPath) {
      this.placement = { anchor: this.parent.locate(this.scalarPath, "value").start, mapping: null };
    }
    if (!this.placement) {
      const { parent, scalarPath } = this;
      const { doc, lineCounter } = parent.positioned();
      const node = doc ? walk(doc, parent.prefix ? [...parent.prefix, ...scalarPath] : scalarPath).node : null;
      const start = node?.range?.[0] ?? 0;
      const at = lineCounter.linePos(start);
      const mapping = node && isScalar(node) && node.type === Scalar.BLOCK_LITERAL ? blockMapping(parent.text, start, lineCounter, this.text) : null;
      this.placement = { anchor: parent.toOuter({ line: at.line, column: at.col }), mapping };
    }
    return this.placement;
  }
  positioned() {
    if (!this.parsed) {
      if (lastParsed?.text !== this.text) {
        const doc = parseDocument(this.text, { version: "1.1", uniqueKeys: false, prettyErrors: false });
        lastParsed = { text: this.text, doc, lineCounter: new LineIndex(this.text) };
      }
      this.parsed = { doc: lastParsed.doc, lineCounter: lastParsed.lineCounter };
    }
    return this.parsed;
  }
  toOuter(position) {
    const { anchor, mapping } = this.placed();
    if (!mapping) return anchor;
    return this.parent.toOuter({ line: mapping.firstLine + position.line - 1, column: mapping.indent + position.column });
  }
  locate(path, part, offsets) {
    const { doc, lineCounter } = this.positioned();
    const inner = offsets ? rangeOfOffsets(lineCounter, offsets, path) : resolveRange(doc, lineCounter, this.text, path, part);
    return { start: this.toOuter(inner.start), end: this.toOuter(inner.end), path: inner.path };
  }
  lineText(line) {
    return this.parent.lineText(line);
  }
};
function blockMapping(text3, headerOffset, lineCounter, value) {
  const headerEnd = text3.indexOf("\n", headerOffset);
  if (headerEnd === -1) return null;
  const kept2 = /^(?:[ \t]*\n)*( *)/.exec(value)[1].length;
  for (let lineStart = headerEnd + 1; lineStart < text3.length; ) {
    const newline = text3.indexOf("\n", lineStart);
    const line = text3.slice(lineStart, newline === -1 ? text3.length : newline);
    if (line.trim() !== "") return { firstLine: lineCounter.linePos(headerEnd + 1).line, indent: line.length - line.trimStart().length - kept2 };
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return null;
}
function embeddedTree(node) {
  if (node.kind !== "scalar" || typeof node.value !== "string" || !isParsedSource(node.origin.source)) return null;
  const actions = [];
  const masked = node.value.replace(TEMPLATE_ACTION, (action) => {
    const lead = `${ACTION_LEAD}${actions.length}`;
    actions.push(action);
    return lead.length <= action.length ? lead + ACTION_PAD.repeat(action.length - lead.length) : action;
  });
  const source = new EmbeddedYamlSource(node.origin.source, node.origin.path, masked);
  const { doc } = source.positioned();
  if (doc.errors.length > 0) return null;
  const tree = buildTree(doc, source, []);
  if (tree && actions.length > 0) restoreActions(tree, actions);
  return tree;
}
var TEMPLATE_ACTION = /\{\{[^\n]*?\}\}/g;
var ACTION_LEAD = "\xA7";
var ACTION_PAD = "\xA4";
var PLACEHOLDER2 = /\u00a7(\d+)\u00a4*/g;
function restoreActions(node, actions) {
  if (node.kind === "scalar") {
    if (typeof node.value === "string" && node.value.includes(ACTION_LEAD)) node.value = node.value.replace(PLACEHOLDER2, (placeholder, index) => actions[Number(index)] ?? placeholder);
  } else if (node.kind === "seq") node.items.forEach((item) => restoreActions(item, actions));
  else for (const child of node.entries.values()) restoreActions(child, actions);
}

// src/facts/values-scopes.ts
var MAP_ENV_KEYS = /* @__PURE__ */ new Set(["env", "envVars", "extraEnvVars", "envVariables"]);
var CODEMIE_LISTS = ["extraEnv", "customEnv"];
var CODEMIE_POOLS = ["dsPool", "proxyPool"];
function walkEnvLists(root, onList, onMap) {
  const visit3 = (node, path, parentKey, depth) => {
    if (depth > 200) return;
    if (node.kind === "seq") {
      const list2 = envListFromSeq(node, parentKey);
      if (list2) onList(list2, node);
      else node.items.forEach((item, index) => visit3(item, [...path, index], index, depth + 1));
      return;
    }
    if (node.kind !== "map") return;
    const list = typeof parentKey === "string" && MAP_ENV_KEYS.has(parentKey) ? envListFromMap(node) : void 0;
    if (list) {
      onList(list, node);
      return;
    }
    onMap?.(node, path);
    for (const [key, child] of node.entries) visit3(child, [...path, key], key, depth + 1);
  };
  visit3(root, [], void 0, 0);
}
function envListsOf(root) {
  const lists = [];
  walkEnvLists(root, (list) => lists.push(list));
  return lists;
}
function collectValuesScopes(root, envLists2, scopes, objects) {
  const consumed = /* @__PURE__ */ new Set();
  const listsByNode = /* @__PURE__ */ new Map();
  const chartMaps = [];
  walkEnvLists(
    root,
    (list, node) => {
      envLists2.push(list);
      listsByNode.set(node, list);
    },
    (node, path) => {
      if (CODEMIE_LISTS.some((key) => node.entries.get(key)?.kind === "seq") || CODEMIE_POOLS.some((pool) => poolList(node, pool)?.kind === "seq")) chartMaps.push({ map: node, path });
    }
  );
  const label = (path, key) => [...path, key].join(".");
  for (const { map: map2, path } of chartMaps) {
    const main = CODEMIE_LISTS.map((key) => map2.entries.get(key)).flatMap((node) => node && listsByNode.get(node) ? [listsByNode.get(node)] : []);
    if (main.length > 0 && main.every((list) => consumed.has(list))) continue;
    for (const list of main) {
      consumed.add(list);
      list.mergedByName = true;
    }
    const pools = CODEMIE_POOLS.flatMap((pool) => {
      const list = listsByNode.get(poolList(map2, pool));
      return list && !consumed.has(list) ? [{ pool, list, node: map2.entries.get(pool) }] : [];
    });
    if (main.length === 0 && pools.length === 0) continue;
    const mainLabel = main.length > 0 ? CODEMIE_LISTS.filter((key) => map2.entries.has(key)).map((key) => label(path, key)).join(" + ") : `${label(path, "extraEnv")} (not set)`;
    const peers = path.join(".");
    const mainAt = main.length > 0 ? { ...main[0].at, part: "key" } : { ...pools[0].node.origin, part: "key" };
    scopes.push({ ...valuesScope(mainLabel, main, objects, true), peers, at: mainAt });
    for (const { pool, list: poolList2, node: poolNode } of pools) {
      consumed.add(poolList2);
      poolList2.mergedByName = true;
      if (poolList2.entries.length === 0 || !isTruthy(poolNode.entries.get("enabled"))) continue;
      scopes.push({ ...valuesScope(`${mainLabel} + ${label(path, `${pool}.extraEnv`)}`, [...main, poolList2], objects, true), peers });
    }
  }
  for (const list of envLists2) {
    if (consumed.has(list)) continue;
    scopes.push(valuesScope(list.at.path.join("."), [list], objects, false));
  }
}
function liteLLMEnvLists(root) {
  const lists = [];
  const envVars = root.entries.get("envVars");
  const map2 = envVars?.kind === "map" ? envListFromMap(envVars, false) : void 0;
  if (map2) lists.push(map2);
  const extraEnvVars = root.entries.get("extraEnvVars");
  const list = extraEnvVars?.kind === "seq" ? envListFromSeq(extraEnvVars, "extraEnvVars") : void 0;
  if (list) lists.push(list);
  return lists;
}
function poolList(map2, pool) {
  const node = map2.entries.get(pool);
  return node?.kind === "map" ? node.entries.get("extraEnv") : void 0;
}
function valuesScope(label, lists, objects, mergedByName) {
  const written = lists.flatMap((list) => list.entries);
  const entries = mergedByName ? mergeByName(written) : written;
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
  const envKey = typeof parentKey === "string" && /env$/i.test(parentKey);
  const entries = [];
  let hasValue = false;
  for (const item of node.items) {
    if (item.kind === "scalar" && item.value === null) continue;
    if (item.kind !== "map") continue;
    const name = item.entries.get("name");
    if (!name || name.kind !== "scalar" || typeof name.value !== "string") continue;
    if (item.entries.has("value") || item.entries.has("valueFrom")) hasValue = true;
    entries.push(entryOf(name.value, item, { ...item.origin, sensitive: mayBeSecretName(name.value) }));
  }
  if (!hasValue && !envKey) return void 0;
  return { ...envEntries(entries), origin: "values", style: "list", at: node.origin, entries };
}
function envListFromMap(node, entryFields = true) {
  const entries = [];
  for (const [name, value] of node.entries) {
    const sensitive2 = mayBeSecretName(name);
    const at = { ...value.origin, part: "pair", sensitive: sensitive2 };
    if (value.kind === "scalar") {
      entries.push({ name, value: value.value, at, valueAt: { ...value.origin, sensitive: sensitive2 } });
      continue;
    }
    if (!entryFields) continue;
    const fields = value.kind === "map" ? [...value.entries.keys()] : [];
    if (fields.length === 0 || !fields.every((field) => field === "value" || field === "valueFrom")) return void 0;
    entries.push(entryOf(name, value, at));
  }
  entries.sort((a, b) => compareCodePoints(a.name, b.name));
  return { ...envEntries(entries), origin: "values", style: "map", at: node.origin, entries };
}
function entryOf(name, fields, at) {
  const value = fields.entries.get("value");
  const valueFrom = fields.entries.get("valueFrom");
  const entry = { name, at, valueAt: { ...(value ?? valueFrom ?? fields).origin, sensitive: at.sensitive } };
  if (value && !(value.kind === "scalar" && value.value === null)) entry.value = value.kind === "scalar" ? value.value : toPlain(value);
  else if (!valueFrom) entry.value = "";
  if (valueFrom) entry.valueFrom = toPlain(valueFrom);
  return entry;
}
function compareCodePoints(a, b) {
  if (a === b) return 0;
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = left[i].codePointAt(0) - right[i].codePointAt(0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}
function toPlain(node) {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toPlain);
  return Object.fromEntries([...node.entries].map(([key, child]) => [key, toPlain(child)]));
}
function valuesObjectIndex(root) {
  const found = [];
  const visit3 = (node, key, depth) => {
    if (depth > 50) return;
    if (node.kind === "seq" && (key === "extraObjects" || key === "extraManifests")) {
      for (const listed of node.items) {
        const item = listed.kind === "scalar" ? embeddedTree(listed) : listed;
        if (item?.kind !== "map") continue;
        const kind = scalarString(item.entries.get("kind"));
        const metadata = item.entries.get("metadata");
        const name = metadata?.kind === "map" ? scalarString(metadata.entries.get("name")) : void 0;
        if ((kind === "ConfigMap" || kind === "Secret") && name) found.push({ kind, name, data: dataOfValuesObject(item, kind) });
      }
      return;
    }
    if (node.kind === "map") for (const [childKey, child] of node.entries) visit3(child, childKey, depth + 1);
  };
  visit3(root, void 0, 0);
  return {
    searched: "the values' extraObjects",
    // A name the chart renders (`{{ .Release.Name }}-budget`) matches any name with its literal parts.
    find: (kind, name) => (found.find((object) => object.kind === kind && object.name === name) ?? found.find((object) => object.kind === kind && renderedNamePattern(object.name)?.test(name)))?.data
  };
}
function renderedNamePattern(name) {
  if (!name.includes("{{")) return void 0;
  const parts = name.split(/\{\{.*?\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".+")}$`);
}
function scalarString(node) {
  return node?.kind === "scalar" && typeof node.value === "string" ? node.value : void 0;
}
function dataOfValuesObject(item, kind) {
  const data = /* @__PURE__ */ new Map();
  const refs = /* @__PURE__ */ new Map();
  const read2 = (field, decode) => {
    const node = item.entries.get(field);
    if (node?.kind !== "map") return;
    for (const [key, value] of node.entries) {
      if (value.kind !== "scalar" || value.value === null) continue;
      const text3 = String(value.value);
      data.set(key, decode ? decodeBase64(text3) : text3);
      refs.set(key, value.origin);
    }
  };
  read2("data", kind === "Secret");
  if (kind === "Secret") read2("stringData", false);
  return { data, keyAt: (key) => refs.get(key) ?? item.origin, sensitive: kind === "Secret" };
}

// src/facts/facts.ts
function buildFacts(values, manifests, options, external, releaseNamespace) {
  const environments = collectEnvironments(values, manifests, external, releaseNamespace);
  return { ...environments, budgetIds: budgetFacts(environments.scopes, options) };
}
function collectEnvironments(values, manifests, external, releaseNamespace) {
  const envLists2 = [];
  const scopes = [];
  if (values) collectValuesScopes(values.root, envLists2, scopes, withFallback(valuesObjectIndex(values.root), external));
  let workloads = 0;
  if (manifests) workloads = collectManifestScopes(manifests, envLists2, scopes, withFallback(manifestObjectIndex(manifests.objects, releaseNamespace), external));
  return { envLists: envLists2, scopes, workloads };
}
function withFallback(own, external) {
  if (!external) return own;
  return {
    searched: `${own.searched} or ${external.searched}`,
    find: (kind, name, namespace) => own.find(kind, name, namespace) ?? external.find(kind, name, namespace),
    why: (kind, name, namespace) => {
      const reason = external.why?.(kind, name, namespace);
      const ownReason = own.why?.(kind, name, namespace) ?? `${kind} "${name}" is not in ${own.searched}`;
      return reason && `${ownReason}, and ${reason}`;
    }
  };
}
function valuesTwin(facts, at) {
  if (at.source.kind !== "manifest") return void 0;
  const index = twinIndex(facts);
  if (index.valuesByName.size === 0) return void 0;
  for (const list of index.manifestLists.get(at.source) ?? []) {
    for (const entry of list.entries) {
      if (!startsWith(at.path, entry.at.path)) continue;
      const twin = index.valuesByName.get(entry.name)?.findLast((candidate) => sameValue(candidate, entry));
      if (!twin) return void 0;
      const suffix = at.path.slice(entry.at.path.length);
      const intoValue = suffix[0] === "value" || suffix[0] === "valueFrom";
      const base = intoValue ? twin.valueAt : twin.at;
      return { ...base, path: [...base.path, ...intoValue ? suffix.slice(1) : suffix], ...at.part ? { part: at.part } : {} };
    }
  }
  return void 0;
}
var twinIndexes = /* @__PURE__ */ new WeakMap();
function twinIndex(facts) {
  let index = twinIndexes.get(facts);
  if (!index) {
    const valuesEntries = facts.envLists.filter((list) => list.origin === "values").flatMap((list) => list.entries);
    const manifestLists = valuesEntries.length === 0 ? /* @__PURE__ */ new Map() : Map.groupBy(
      facts.envLists.filter((list) => list.origin === "manifest"),
      (list) => list.at.source
    );
    index = { valuesByName: Map.groupBy(valuesEntries, (entry) => entry.name), manifestLists };
    twinIndexes.set(facts, index);
  }
  return index;
}
function startsWith(path, prefix) {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}
function sameValue(values, rendered) {
  if (values.value === void 0 !== (rendered.value === void 0) || values.valueFrom === void 0 !== (rendered.valueFrom === void 0)) return false;
  if (values.value !== void 0 && String(values.value) !== String(rendered.value)) return false;
  return values.valueFrom === void 0 || canonical(values.valueFrom) === canonical(rendered.valueFrom);
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// src/core/buffer-natives.ts
function latin1Slice(bytes, start, end) {
  return bytes.latin1Slice(start, end);
}
function utf8Write(bytes, text3, offset) {
  return bytes.utf8Write(text3, offset);
}

// src/yaml/core-schema.ts
var UNSUPPORTED = /* @__PURE__ */ Symbol("fast-reader.unsupported");
var MAX_DEPTH = 500;
var MAX_KEY_LENGTH = 1e3;
var DASH = 45;
var PLUS = 43;
var DOT = 46;
var LF = 10;
function isIndicator(c) {
  switch (c) {
    case 44:
    // ,
    case 91:
    // [
    case 93:
    // ]
    case 123:
    // {
    case 125:
    // }
    case 35:
    // #
    case 38:
    // &
    case 42:
    // *
    case 33:
    // !
    case 124:
    // |
    case 62:
    // >
    case 39:
    // '
    case 34:
    // "
    case 37:
    // %
    case 64:
    // @
    case 96:
      return true;
  }
  return false;
}
function hasUnsupportedChars(src, from) {
  if (UNSUPPORTED_CHAR.test(from === 0 ? src : src.slice(from))) return true;
  for (let cr = src.indexOf("\r", from); cr !== -1; cr = src.indexOf("\r", cr + 1)) if (src.charCodeAt(cr + 1) !== LF) return true;
  return false;
}
var UNSUPPORTED_CHARS = "\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\ufeff\\u2028\\u2029\\ufffe\\uffff";
var UNSUPPORTED_CHAR = new RegExp(`[${UNSUPPORTED_CHARS}]`);
var INT_OCT = /^0o[0-7]+$/;
var INT = /^[-+]?[0-9]+$/;
var INT_HEX = /^0x[0-9a-fA-F]+$/;
var FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
function resolvePlain(s) {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === DASH || c === PLUS || c === DOT) {
    if (allDigits(s)) return parseInt(s, 10);
    if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
    if (INT.test(s)) return parseInt(s, 10);
    if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
    if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === "nan" ? NaN : c === DASH ? -Infinity : Infinity;
    if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
    return s;
  }
  if (s.length > 5) return s;
  switch (s) {
    case "~":
    case "null":
    case "Null":
    case "NULL":
      return null;
    case "true":
    case "True":
    case "TRUE":
      return true;
    case "false":
    case "False":
    case "FALSE":
      return false;
  }
  return s;
}
function allDigits(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
function keyString2(value) {
  return value === null ? "" : String(value);
}

// src/yaml/fast-reader.ts
var DocumentSlice = class {
  text;
  /** Offset of `text` in the stream, in UTF-16 code units. */
  offset;
  /** The document starts on its `---` line (content, tag or anchor after the marker, or a directive before it). */
  needsFullParse;
  /** How many line breaks `text` has, once a reader that went over every line, or a position after it, counted them. */
  newlines;
  lines;
  /** The stream's bytes, when they are its characters one for one (ASCII): see copy(). */
  asciiBytes;
  counted = -1;
  constructor(text3, offset, needsFullParse, lines, asciiBytes) {
    this.text = text3;
    this.offset = offset;
    this.needsFullParse = needsFullParse;
    this.lines = lines;
    this.asciiBytes = asciiBytes;
  }
  /**
   * `text` as a string of its own, which V8 holds as one sequence of characters. A document cut out
   * of the stream is a slice of it, whose characters Maglev's code (the CLI's main thread:
   * src/cli/v8-tuning.ts) reads through the whole stream's string one call at a time: read from a
   * copy, the line reader took 15–20% less of a lint of CodeMie's 200-release render (2.2 MB) or of
   * 5 MB of generated Deployments as a process. Copied out of the stream's ASCII bytes in one step
   * (2,600 documents of 5 MB: 1.5 ms, against 3–9 ms through a Buffer of the text); else Latin-1 both
   * ways copies a text of one-byte characters, and a text with any other character comes back
   * changed and is copied as UTF-16, which keeps every code unit, lone surrogates included.
   */
  copy() {
    if (this.asciiBytes !== void 0) return latin1Slice(this.asciiBytes, this.offset, this.offset + this.text.length);
    const copy = Buffer.from(this.text, "latin1").toString("latin1");
    return copy === this.text ? copy : Buffer.from(this.text, "utf16le").toString("utf16le");
  }
  /** The whole stream `text` is a slice of: a part of the document read there needs no copy of it (an env list's lines, for positions). */
  get stream() {
    return this.lines.stream;
  }
  /** 0-based line of the stream on which `text` starts: counted when first asked (positions ask for few documents), then kept. */
  get line() {
    if (this.counted < 0) this.counted = this.lines.lineAt(this.offset);
    return this.counted;
  }
};
var StreamLines = class {
  stream;
  /** The stream's documents, in order (splitDocuments fills it). */
  documents;
  /** Offsets asked for, ascending, and their lines. */
  askedOffsets = [];
  askedLines = [];
  constructor(stream, documents) {
    this.stream = stream;
    this.documents = documents;
  }
  lineAt(offset) {
    const nearest = lastAtOrBefore(this.askedOffsets, offset);
    if (nearest >= 0 && this.askedOffsets[nearest] === offset) return this.askedLines[nearest];
    let at = nearest < 0 ? 0 : this.askedOffsets[nearest];
    let line = nearest < 0 ? 0 : this.askedLines[nearest];
    for (let next = firstAtOrAfter(this.documents, at); ; next++) {
      const document = this.documents[next];
      if (document === void 0) break;
      const end = document.offset + document.text.length;
      if (end > offset) break;
      document.newlines ??= this.count(document.offset, end);
      line += this.count(at, document.offset) + document.newlines;
      at = end;
    }
    line += this.count(at, offset);
    if (nearest + 1 === this.askedOffsets.length) {
      this.askedOffsets.push(offset);
      this.askedLines.push(line);
    } else {
      this.askedOffsets.splice(nearest + 1, 0, offset);
      this.askedLines.splice(nearest + 1, 0, line);
    }
    return line;
  }
  /** Line breaks in the stream from `from` up to `to`. */
  count(from, to) {
    let breaks = 0;
    for (let nl = this.stream.indexOf("\n", from); nl !== -1 && nl < to; nl = this.stream.indexOf("\n", nl + 1)) breaks++;
    return breaks;
  }
};
function lastAtOrBefore(values, value) {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (values[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
function firstAtOrAfter(documents, offset) {
  let low = 0;
  let high = documents.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (documents[middle].offset < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
var TAB = 9;
var LF2 = 10;
var CR = 13;
var SPACE = 32;
var DQUOTE = 34;
var HASH = 35;
var PERCENT = 37;
var SQUOTE = 39;
var PLUS2 = 43;
var COMMA = 44;
var DASH2 = 45;
var DOT2 = 46;
var COLON = 58;
var GT = 62;
var QUESTION = 63;
var LBRACKET = 91;
var BACKSLASH = 92;
var RBRACKET = 93;
var LBRACE = 123;
var PIPE = 124;
var RBRACE = 125;
var BOM2 = 65279;
var BAIL = /* @__PURE__ */ Symbol("bail");
function readFast(text3) {
  try {
    return new Reader(text3, false).document();
  } catch {
    return UNSUPPORTED;
  }
}
function readFlowAt(text3, i, depth, tracking = false) {
  try {
    return new Reader(text3, tracking).flowAt(i, depth);
  } catch {
    return UNSUPPORTED;
  }
}
function spansCover(root, path) {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (node.skipped) return false;
    node = node.entries ? node.entries.get(String(segment))?.value : typeof segment === "number" ? node.items?.[segment] : void 0;
    if (!node) return true;
  }
  return true;
}
function readSpans(text3, focus) {
  try {
    const reader = new Reader(text3, true, focus);
    reader.document();
    return reader.span ?? UNSUPPORTED;
  } catch {
    return UNSUPPORTED;
  }
}
function splitDocuments(stream, bytes) {
  const docs = [];
  const lines = new StreamLines(stream, docs);
  const len = stream.length;
  const asciiBytes = bytes !== void 0 && bytes.length === len ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : void 0;
  let pos = stream.charCodeAt(0) === BOM2 ? 1 : 0;
  let start = pos;
  let open = false;
  let needsFullParse = false;
  const emit = (end) => {
    docs.push(new DocumentSlice(stream.slice(start, end), start, needsFullParse, lines, asciiBytes));
  };
  while (pos < len) {
    if (open) {
      pos = nextMarkerStart(stream, pos);
      if (pos >= len) break;
    }
    const nl = stream.indexOf("\n", pos);
    const eol = nl < 0 ? len : nl;
    const next = nl < 0 ? len : nl + 1;
    const c = stream.charCodeAt(pos);
    if ((c === DASH2 || c === DOT2) && isMarkerLine(stream, pos)) {
      const trailing = hasContentAfter(stream, pos + 3, eol);
      if (c === DASH2) {
        if (open) {
          emit(pos);
          needsFullParse = false;
        }
        if (trailing || needsFullParse || stream.charCodeAt(next) === BOM2) {
          if (!needsFullParse) start = pos;
          needsFullParse = true;
        } else {
          start = next;
        }
        open = true;
      } else {
        if (open || needsFullParse) emit(pos);
        else docs.push(new DocumentSlice("", pos, false, lines));
        open = trailing;
        needsFullParse = trailing;
        start = trailing ? pos : next;
      }
    } else if (!open) {
      if (c === PERCENT) needsFullParse = true;
      else if (hasContentAfter(stream, pos, eol)) open = true;
    }
    pos = next;
  }
  if (open) emit(len);
  return docs;
}
var MARKER_START = /\n(?:---|\.\.\.)/g;
function nextMarkerStart(stream, pos) {
  if (stream.startsWith("---", pos) || stream.startsWith("...", pos)) return pos;
  MARKER_START.lastIndex = pos;
  const found = MARKER_START.exec(stream);
  return found === null ? stream.length : found.index + 1;
}
function isMarkerLine(s, pos) {
  const c = s.charCodeAt(pos);
  if (s.charCodeAt(pos + 1) !== c || s.charCodeAt(pos + 2) !== c) return false;
  const after = s.charCodeAt(pos + 3);
  return after === SPACE || after === TAB || after === LF2 || after === CR || pos + 3 >= s.length;
}
function hasContentAfter(s, i, eol) {
  for (; i < eol; i++) {
    const c = s.charCodeAt(i);
    if (c === HASH) return false;
    if (c !== SPACE && c !== TAB && c !== BOM2 && !(c === CR && s.charCodeAt(i + 1) === LF2)) return true;
  }
  return false;
}
var Reader = class {
  src;
  len;
  /** Start of the line being read. */
  lineStart = 0;
  /** Position just after the last token read within a line. */
  p = 0;
  depth = 0;
  /** Flow collections open around `p`. */
  flowDepth = 0;
  /** The last nextContentLine() passed over a comment line. */
  passedComment = false;
  /** Spans are recorded (readSpans); comments after the first content line then bail. */
  tracking;
  commentsBail = false;
  /** The span of the node read last, when tracking. */
  span;
  /** The range and `yaml` key text of the block key read last, when tracking. */
  keyRange = [0, 0];
  keyText = "";
  focus;
  /** The index in `focus` of the segment the children of the node being read answer to. */
  focusAt = 0;
  constructor(src, tracking, focus) {
    this.src = src;
    this.len = src.length;
    this.tracking = tracking;
    this.focus = focus?.path;
  }
  /** With a focus, whether the child under `segment` of a node whose children answer to `focus[at]` is off it. */
  offFocus(at, segment) {
    const focus = this.focus;
    return focus !== void 0 && at < focus.length && String(focus[at]) !== String(segment);
  }
  /**
   * Skips a mapping value (after the colon at `from`) or a sequence item (after the dash) of the
   * collection at `col`: the rest of the line and the lines indented deeper, and for a value with
   * nothing after its colon, a sequence at the collection's own indentation. Sound only for text
   * `readFast` accepted; bails on comments, whose place in yaml's ranges the spans do not follow.
   */
  skipNode(from, col, mappingValue) {
    const src = this.src;
    let i = from;
    while (src.charCodeAt(i) === SPACE) i++;
    let start = -1;
    let end = i;
    let line = i;
    if (i < this.len && src.charCodeAt(i) !== LF2) {
      const eol = lineEnd(src, i);
      if (src.charCodeAt(i) === HASH || src.slice(i, eol).includes(" #")) throw BAIL;
      start = i;
      end = trimEnd(src, i, eol);
      line = eol;
    }
    const compact = mappingValue && start < 0;
    while (line < this.len) {
      const next = line + 1;
      let j = next;
      while (src.charCodeAt(j) === SPACE) j++;
      const c = src.charCodeAt(j);
      if (c === LF2) {
        line = j;
        continue;
      }
      if (j >= this.len) break;
      const indent = j - next;
      if (indent < col || indent === col && !(compact && c === DASH2 && this.separatedAt(j + 1))) break;
      if (c === HASH) throw BAIL;
      if (start < 0) start = j;
      const eol = lineEnd(src, j);
      end = trimEnd(src, j, eol);
      line = eol;
    }
    this.lineStart = line < this.len ? line + 1 : this.len;
    this.span = start < 0 ? { start: i, end: i, skipped: true } : { start, end, skipped: true };
  }
  flowAt(i, depth) {
    this.depth = depth;
    const value = this.flowCollection(i);
    return { value, next: this.p, span: this.span };
  }
  document() {
    if (this.src.charCodeAt(0) === BOM2) this.lineStart = 1;
    if (!this.focus && hasUnsupportedChars(this.src, this.lineStart)) throw BAIL;
    if (this.tracking && this.src.includes("\r")) throw BAIL;
    const indent = this.nextContentLine();
    if (indent < 0) {
      if (this.tracking) throw BAIL;
      return null;
    }
    this.commentsBail = this.tracking;
    if (this.lineStart === 1 && this.src.charCodeAt(0) === BOM2 && (indent > 0 || this.src.charCodeAt(1) === DASH2)) throw BAIL;
    const value = this.nodeOnOwnLine(indent, -1);
    if (this.nextContentLine() >= 0) throw BAIL;
    return value;
  }
  /**
   * Moves `lineStart` to the next line that is neither blank nor a comment and returns its
   * indentation, or -1 at the end of the text.
   */
  nextContentLine() {
    const src = this.src;
    let i = this.lineStart;
    this.passedComment = false;
    for (; ; ) {
      const start = i;
      let c = src.charCodeAt(i);
      while (c === SPACE) c = src.charCodeAt(++i);
      if (c === LF2) {
        i++;
      } else if (c === CR) {
        i += 2;
      } else if (c === HASH) {
        if (this.commentsBail) throw BAIL;
        this.passedComment = true;
        const nl = src.indexOf("\n", i);
        i = nl < 0 ? this.len : nl + 1;
      } else if (i >= this.len) {
        this.lineStart = this.len;
        return -1;
      } else if (c === TAB) {
        throw BAIL;
      } else {
        this.lineStart = start;
        return i - start;
      }
    }
  }
  /** After a token ending at `i`, accepts only trailing spaces and a comment, then moves to the next line. */
  finishLine(i) {
    const src = this.src;
    const from = i;
    let c = src.charCodeAt(i);
    while (c === SPACE) c = src.charCodeAt(++i);
    if (c === LF2) {
      this.lineStart = i + 1;
    } else if (c === CR) {
      this.lineStart = i + 2;
    } else if (i >= this.len) {
      this.lineStart = this.len;
    } else if (c === HASH && i > from) {
      if (this.commentsBail) throw BAIL;
      const nl = src.indexOf("\n", i);
      this.lineStart = nl < 0 ? this.len : nl + 1;
    } else {
      throw BAIL;
    }
  }
  /** Whether the indicator before `i` is followed by a separator (space or line end). */
  separatedAt(i) {
    const c = this.src.charCodeAt(i);
    if (c === SPACE || c === LF2 || c === CR || i >= this.len) return true;
    if (c === TAB) throw BAIL;
    return false;
  }
  /**
   * A block node whose first line (already current) is indented by `indent`; a nested one (a
   * mapping value or sequence item, in a collection indented by `parent`; -1 for the document's
   * root) may also be a flow collection (`toYaml` through `nindent` writes `{}` and `[]` on their
   * own line), a block scalar or a scalar.
   */
  nodeOnOwnLine(indent, parent) {
    const at = this.lineStart + indent;
    const c = this.src.charCodeAt(at);
    if (c === DASH2 && this.separatedAt(at + 1)) return this.blockSequence(indent);
    if (parent < 0) return this.blockMapping(indent);
    if (this.passedComment && (c === PIPE || c === GT || this.plainStart(at) && this.src.charCodeAt(this.plainInLine(at)) !== COLON)) throw BAIL;
    return this.inlineValue(at, parent, true);
  }
  /** A block sequence whose first `-` is on the current line at column `col`. */
  blockSequence(col) {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const src = this.src;
    const items = [];
    const spans = this.tracking ? [] : void 0;
    const start = this.lineStart + col;
    const focusAt = this.focusAt;
    for (; ; ) {
      let i = this.lineStart + col + 1;
      let c = src.charCodeAt(i);
      while (c === SPACE) c = src.charCodeAt(++i);
      this.focusAt = focusAt + 1;
      if (this.offFocus(focusAt, items.length)) {
        items.push(null);
        this.skipNode(this.lineStart + col + 1, col, false);
      } else if (c === LF2 || c === CR || c === HASH || i >= this.len) {
        this.finishLine(this.lineStart + col + 1);
        const indent2 = this.nextContentLine();
        if (indent2 > col) {
          items.push(this.nodeOnOwnLine(indent2, col));
        } else {
          items.push(null);
          this.mark(i, i);
        }
      } else if (c === TAB) {
        throw BAIL;
      } else {
        items.push(this.inlineValue(i, col, true));
      }
      spans?.push(this.span);
      const indent = this.nextContentLine();
      if (indent > col) throw BAIL;
      const at = this.lineStart + col;
      if (indent < col || src.charCodeAt(at) !== DASH2 || !this.separatedAt(at + 1)) break;
    }
    this.focusAt = focusAt;
    if (spans) this.span = { start, end: spans[spans.length - 1].end, items: spans };
    this.depth--;
    return items;
  }
  mark(start, end) {
    if (this.tracking) this.span = { start, end };
  }
  /** A block mapping whose first key is on the current line at column `col`. */
  blockMapping(col) {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const map2 = {};
    const entries = this.tracking ? /* @__PURE__ */ new Map() : void 0;
    const start = this.lineStart + col;
    let end = start;
    const focusAt = this.focusAt;
    for (; ; ) {
      const key = this.blockKey(this.lineStart + col);
      const keyRange = this.keyRange;
      const keyText2 = this.keyText;
      const skip = this.offFocus(focusAt, keyText2);
      this.focusAt = focusAt + 1;
      let value = null;
      if (skip) this.skipNode(this.p, col, true);
      else value = this.mappingValue(col);
      if (entries) {
        entries.set(keyText2, { key: keyRange, value: this.span });
        end = this.span.end;
      } else {
        setEntry(map2, key, value);
      }
      const indent = this.nextContentLine();
      if (indent > col) throw BAIL;
      if (indent < col) break;
    }
    this.focusAt = focusAt;
    if (entries) this.span = { start, end, entries };
    this.depth--;
    return map2;
  }
  /** Reads an implicit key at `i` and its `:`; leaves `p` just after the colon. */
  blockKey(i) {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (i === this.lineStart && (c === DASH2 || c === DOT2) && isMarkerLine(src, i)) throw BAIL;
    let key;
    let colon;
    if (c === DQUOTE || c === SQUOTE) {
      key = c === DQUOTE ? this.doubleQuoted(i) : this.singleQuoted(i);
      colon = this.p;
      if (this.tracking) {
        this.keyRange = [i, colon];
        this.keyText = key;
      }
      while (src.charCodeAt(colon) === SPACE) colon++;
      if (src.charCodeAt(colon) !== COLON || !this.separatedAt(colon + 1)) throw BAIL;
    } else {
      if (!this.plainStart(i)) throw BAIL;
      colon = this.plainInLine(i);
      if (src.charCodeAt(colon) !== COLON) throw BAIL;
      const end = trimEnd(src, i, colon);
      const text3 = src.slice(i, end);
      if (text3 === "<<") throw BAIL;
      const resolved = resolvePlain(text3);
      if (resolved === null) throw BAIL;
      key = keyString2(resolved);
      if (this.tracking) {
        this.keyRange = [i, end];
        this.keyText = String(resolved);
      }
    }
    if (colon - i > MAX_KEY_LENGTH) throw BAIL;
    this.p = colon + 1;
    return key;
  }
  /** The value after a block mapping key's colon (at `p`); `col` is the mapping's indentation. */
  mappingValue(col) {
    const src = this.src;
    let i = this.p;
    let c = src.charCodeAt(i);
    while (c === SPACE) c = src.charCodeAt(++i);
    if (c === LF2 || c === CR || c === HASH || i >= this.len) {
      this.finishLine(this.p);
      const indent = this.nextContentLine();
      if (indent > col) return this.nodeOnOwnLine(indent, col);
      const at = this.lineStart + col;
      if (indent === col && src.charCodeAt(at) === DASH2 && this.separatedAt(at + 1)) return this.blockSequence(col);
      this.mark(i, i);
      return null;
    }
    if (c === TAB) throw BAIL;
    return this.inlineValue(i, col, false);
  }
  /**
   * A value starting at `i`, after a mapping key or a sequence dash, on the same line. `parent` is
   * the indentation of the enclosing collection; `compact` allows a nested sequence or mapping to
   * start here (only after `- `).
   */
  inlineValue(i, parent, compact) {
    const src = this.src;
    const c = src.charCodeAt(i);
    switch (c) {
      case DASH2:
        if (this.separatedAt(i + 1)) {
          if (!compact) throw BAIL;
          return this.blockSequence(i - this.lineStart);
        }
        break;
      case PIPE:
      case GT:
        return this.blockScalar(i, parent);
      case DQUOTE:
      case SQUOTE: {
        const value = c === DQUOTE ? this.doubleQuoted(i, parent) : this.singleQuoted(i, parent);
        let j = this.p;
        while (src.charCodeAt(j) === SPACE) j++;
        if (src.charCodeAt(j) === COLON) {
          if (!compact) throw BAIL;
          return this.blockMapping(i - this.lineStart);
        }
        this.mark(i, this.p);
        this.finishLine(this.p);
        return value;
      }
      case LBRACKET:
      case LBRACE: {
        const value = this.flowCollection(i, parent);
        this.finishLine(this.p);
        return value;
      }
    }
    if (!this.plainStart(i)) throw BAIL;
    const stop = this.plainInLine(i);
    if (src.charCodeAt(stop) === COLON) {
      if (!compact) throw BAIL;
      return this.blockMapping(i - this.lineStart);
    }
    const end = trimEnd(src, i, stop);
    const first = src.slice(i, end);
    const atLineEnd = stop >= this.len || src.charCodeAt(stop) !== SPACE;
    if (atLineEnd && this.continuesPlain(stop, parent)) return this.multiLinePlain(i, first, stop, parent);
    this.mark(i, end);
    this.finishLine(stop);
    return this.tracking ? null : resolvePlain(first);
  }
  /** Whether the next non-blank line after the line end at `eol` is indented deeper than `parent`. */
  continuesPlain(eol, parent) {
    const src = this.src;
    let line = eol;
    for (; ; ) {
      if (line >= this.len) return false;
      line += src.charCodeAt(line) === CR ? 2 : 1;
      let j = line;
      while (src.charCodeAt(j) === SPACE) j++;
      const c = src.charCodeAt(j);
      if (c !== LF2 && c !== CR) return j < this.len && j - line > parent;
      line = j;
    }
  }
  /**
   * A plain scalar continued on lines indented deeper than `parent` (what go-yaml writes for long
   * strings, such as CRD descriptions): lines are joined by a space, blank lines become line
   * breaks. `first` is its first line's text, which ends at `eol`. Any character starts a
   * continuation line (yaml reads `- x`, `[x]` or `` `x` `` there as text); bails on comments and on
   * `: `, where yaml reads more than text.
   */
  multiLinePlain(start, first, eol, parent) {
    const src = this.src;
    let text3 = first;
    let end = eol;
    let line = eol;
    let breaks = 0;
    while (line < this.len) {
      const next = line + (src.charCodeAt(line) === CR ? 2 : 1);
      let j = next;
      while (src.charCodeAt(j) === SPACE) j++;
      const c = src.charCodeAt(j);
      if (c === LF2 || c === CR) {
        breaks++;
        line = j;
        continue;
      }
      if (j >= this.len || j - next <= parent) break;
      if (c === HASH) throw BAIL;
      const stop = this.plainInLine(j);
      const c2 = src.charCodeAt(stop);
      if (c2 !== LF2 && c2 !== CR && stop < this.len) throw BAIL;
      end = trimEnd(src, j, stop);
      text3 += breaks === 0 ? " " : "\n".repeat(breaks);
      text3 += src.slice(j, end);
      breaks = 0;
      line = stop;
    }
    this.mark(start, end);
    this.finishLine(end);
    return text3;
  }
  /** Whether a plain scalar may start at `i`. */
  plainStart(i) {
    const c = this.src.charCodeAt(i);
    if (c <= SPACE || i >= this.len) return false;
    if (c === DASH2 || c === QUESTION || c === COLON) return !this.separatedAt(i + 1);
    return !isIndicator(c);
  }
  /**
   * Scans a block plain scalar from `i` to the end of its line. Returns the index where it stops:
   * a `:` that makes it a key, the space before a comment, or the line end.
   */
  plainInLine(i) {
    const src = this.src;
    for (; ; i++) {
      const c = src.charCodeAt(i);
      if (c > COLON) continue;
      if (c === COLON) {
        if (this.separatedAt(i + 1)) return i;
      } else if (c === SPACE) {
        if (src.charCodeAt(i + 1) === HASH) return i;
      } else if (c === TAB) {
        throw BAIL;
      } else if (c === LF2 || c === CR || i >= this.len) {
        return i;
      }
    }
  }
  /**
   * A double-quoted scalar at `i`; leaves `p` after the closing quote. With `parent` (the
   * indentation of the enclosing block collection) it may go on over lines indented deeper.
   */
  doubleQuoted(i, parent = -1) {
    const src = this.src;
    let out = "";
    let chunk = ++i;
    for (; ; i++) {
      const c = src.charCodeAt(i);
      if (c === DQUOTE) break;
      if (c === BACKSLASH) {
        out += src.slice(chunk, i);
        i++;
        const e = src.charAt(i);
        const simple = ESCAPES.get(e);
        if (e === "\n" || e === "\r") {
          if (parent < 0 || this.quotedBreak(i, parent) !== " ") throw BAIL;
          i = this.p;
          chunk = i--;
          continue;
        } else if (simple !== void 0) {
          out += simple;
        } else {
          const digits = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
          if (digits === 0) throw BAIL;
          const hex = src.slice(i + 1, i + 1 + digits);
          if (hex.length !== digits || !HEX_DIGITS.test(hex)) throw BAIL;
          const code = parseInt(hex, 16);
          if (code > 1114111) throw BAIL;
          out += String.fromCodePoint(code);
          i += digits;
        }
        chunk = i + 1;
      } else if (c === LF2 || c === CR) {
        out += this.foldedLine(chunk, i, parent);
        i = this.p;
        chunk = i--;
      } else if (i >= this.len) {
        throw BAIL;
      }
    }
    this.p = i + 1;
    return out + src.slice(chunk, i);
  }
  /** A quoted scalar's text from `chunk` to the line break at `i`, folded with the break (see quotedBreak). */
  foldedLine(chunk, i, parent) {
    if (parent < 0) throw BAIL;
    return this.src.slice(chunk, trimEndWhite(this.src, chunk, i)) + this.quotedBreak(i, parent);
  }
  /**
   * A line break inside a quoted scalar, at `i`: the text it folds into (a space, or a line feed
   * for each blank line after it); leaves `p` at the next line's first character. Bails unless
   * that line is indented deeper than `parent`, and on tabs in the indentation.
   */
  quotedBreak(i, parent) {
    const src = this.src;
    let breaks = 0;
    let line = i + (src.charCodeAt(i) === CR ? 2 : 1);
    for (; ; ) {
      let j = line;
      while (src.charCodeAt(j) === SPACE) j++;
      const c = src.charCodeAt(j);
      if (c === TAB || j >= this.len) throw BAIL;
      if (c !== LF2 && c !== CR) {
        if (j - line <= parent) throw BAIL;
        this.p = j;
        return breaks === 0 ? " " : "\n".repeat(breaks);
      }
      breaks++;
      line = j + (c === CR ? 2 : 1);
    }
  }
  /** A single-quoted scalar at `i`, over several lines like doubleQuoted; leaves `p` after the closing quote. */
  singleQuoted(i, parent = -1) {
    const src = this.src;
    let out = "";
    let chunk = ++i;
    for (; ; i++) {
      const c = src.charCodeAt(i);
      if (c === SQUOTE) {
        if (src.charCodeAt(i + 1) !== SQUOTE) break;
        out += src.slice(chunk, ++i);
        chunk = i + 1;
      } else if (c === LF2 || c === CR) {
        out += this.foldedLine(chunk, i, parent);
        i = this.p;
        chunk = i--;
      } else if (i >= this.len) {
        throw BAIL;
      }
    }
    this.p = i + 1;
    return out + src.slice(chunk, i);
  }
  /**
   * A literal or folded block scalar whose header is at `i`; `parent` is the indentation of the
   * enclosing collection. Mirrors yaml's resolveBlockScalar for the lines it accepts.
   */
  blockScalar(i, parent) {
    const src = this.src;
    const folded = src.charCodeAt(i) === GT;
    let chomp = 0;
    let explicit = 0;
    let h = i + 1;
    for (; h < i + 3; h++) {
      const c = src.charCodeAt(h);
      if (chomp === 0 && (c === DASH2 || c === PLUS2)) chomp = c === DASH2 ? -1 : 1;
      else if (explicit === 0 && c > 48 && c <= 57) explicit = c - 48;
      else break;
    }
    this.finishLine(h);
    let indent = explicit > 0 ? parent + explicit : -1;
    let value = "";
    let sep5 = "";
    let prevMoreIndented = false;
    let started = false;
    let blanks = 0;
    let maxLeadingBlank = 0;
    let brokeAfterContent = false;
    let contentEnd = h;
    let line = this.lineStart;
    while (line < this.len) {
      let j = line;
      let c = src.charCodeAt(j);
      while (c === SPACE) c = src.charCodeAt(++j);
      const spaces = j - line;
      const nl = src.indexOf("\n", j);
      const next = nl < 0 ? this.len : nl + 1;
      const blank = c === LF2 || c === CR || j >= this.len;
      if (blank && indent >= 0 && spaces > indent && (c === CR || explicit > 0)) throw BAIL;
      if (blank && (indent < 0 || spaces <= indent)) {
        if (spaces > maxLeadingBlank) maxLeadingBlank = spaces;
        if (nl >= 0) blanks++;
        line = next;
        continue;
      }
      if (indent < 0) {
        if (spaces <= parent) break;
        if (maxLeadingBlank > spaces) throw BAIL;
        indent = spaces;
      }
      if (spaces < indent) {
        if (c === TAB) throw BAIL;
        break;
      }
      const end = nl < 0 ? this.len : src.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      contentEnd = end;
      const text3 = src.slice(line + indent, end);
      if (!started) {
        value = "\n".repeat(blanks);
        started = true;
      } else if (!folded) {
        value += "\n".repeat(blanks);
      } else {
        for (let k = 0; k < blanks; k++) {
          if (sep5 === "\n") value += "\n";
          else sep5 = "\n";
        }
      }
      blanks = 0;
      if (!folded) {
        value += sep5 + text3;
        sep5 = "\n";
      } else if (spaces > indent || src.charCodeAt(line + indent) === TAB) {
        if (sep5 === " ") sep5 = "\n";
        else if (!prevMoreIndented && sep5 === "\n") sep5 = "\n\n";
        value += sep5 + text3;
        sep5 = "\n";
        prevMoreIndented = true;
      } else {
        value += sep5 + text3;
        sep5 = " ";
        prevMoreIndented = false;
      }
      brokeAfterContent = nl >= 0;
      line = next;
    }
    this.lineStart = line;
    this.mark(i, contentEnd);
    if (!started) {
      if (chomp === 1) throw BAIL;
      return "";
    }
    if (chomp === -1) return value;
    if (chomp === 0) return value + "\n";
    return value + "\n".repeat(Math.max(1, (brokeAfterContent ? 1 : 0) + blanks));
  }
  /**
   * A flow collection; leaves `p` after it. With `parent` (the indentation of the block collection
   * holding it) it may go on over lines (`command: ["a",` then `"b"]` below), as far as yaml takes
   * them: line breaks between its entries, each line indented deeper than `parent`; without, it
   * must close on its line.
   */
  flowCollection(i, parent = -1) {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    this.flowDepth++;
    const src = this.src;
    const isSeq2 = src.charCodeAt(i) === LBRACKET;
    const close = isSeq2 ? RBRACKET : RBRACE;
    const seq2 = [];
    const map2 = {};
    const start = i;
    const items = this.tracking && isSeq2 ? [] : void 0;
    const entries = this.tracking && !isSeq2 ? /* @__PURE__ */ new Map() : void 0;
    i = this.skipFlowSpaces(i + 1, parent);
    if (src.charCodeAt(i) !== close) {
      for (; ; ) {
        if (isSeq2) {
          seq2.push(this.flowValue(i, parent));
          items?.push(this.span);
        } else {
          const key = this.flowKey(i);
          const keyRange = this.keyRange;
          const keyText2 = this.keyText;
          setEntry(map2, key, this.flowValue(this.skipFlowSpaces(this.p, parent), parent));
          entries?.set(keyText2, { key: keyRange, value: this.span });
        }
        i = this.skipFlowSpaces(this.p, parent);
        const c = src.charCodeAt(i);
        if (c === close) break;
        if (c !== COMMA) throw BAIL;
        i = this.skipFlowSpaces(i + 1, parent);
        if (src.charCodeAt(i) === close) break;
      }
    }
    this.p = i + 1;
    if (this.tracking) this.span = items ? { start, end: i + 1, items } : { start, end: i + 1, entries };
    this.depth--;
    this.flowDepth--;
    return isSeq2 ? seq2 : map2;
  }
  /**
   * Past spaces at `i`, and with `parent` (see flowCollection) past comments, line breaks and blank
   * lines to the next line's content: indented deeper than `parent`, or the outermost collection's
   * closing bracket at `parent` itself (yaml takes both; a tab there is left to yaml, and so are
   * comments when spans are read: yaml's ranges take some in).
   */
  skipFlowSpaces(i, parent = -1) {
    const src = this.src;
    let c = src.charCodeAt(i);
    for (; ; ) {
      while (c === SPACE) c = src.charCodeAt(++i);
      if (c === TAB) throw BAIL;
      if (parent >= 0 && c === HASH && (src.charCodeAt(i - 1) === SPACE || src.charCodeAt(i - 1) === LF2)) {
        if (this.commentsBail) throw BAIL;
        i = lineEnd(src, i);
        c = src.charCodeAt(i);
      }
      if (c !== LF2 || parent < 0) return i;
      const line = i + 1;
      i = line;
      c = src.charCodeAt(i);
      while (c === SPACE) c = src.charCodeAt(++i);
      if (c === LF2) continue;
      const indent = i - line;
      if (c === HASH) {
        if (indent <= parent) throw BAIL;
        continue;
      }
      if (i >= this.len || c === CR || c === TAB) throw BAIL;
      if (indent <= parent && !(indent === parent && this.flowDepth === 1 && (c === RBRACKET || c === RBRACE))) throw BAIL;
    }
  }
  /** A flow mapping key at `i` and its `:`; leaves `p` after the colon. */
  flowKey(i) {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      const key = c === DQUOTE ? this.doubleQuoted(i) : this.singleQuoted(i);
      if (this.tracking) {
        this.keyRange = [i, this.p];
        this.keyText = key;
      }
      const colon = this.skipFlowSpaces(this.p);
      if (src.charCodeAt(colon) !== COLON) throw BAIL;
      this.p = colon + 1;
      return key;
    }
    const stop = this.plainInFlow(i);
    if (src.charCodeAt(stop) !== COLON || src.charCodeAt(stop + 1) !== SPACE) throw BAIL;
    const end = trimEnd(src, i, stop);
    const text3 = src.slice(i, end);
    if (text3 === "<<") throw BAIL;
    this.p = stop + 1;
    const resolved = resolvePlain(text3);
    if (resolved === null) throw BAIL;
    if (this.tracking) {
      this.keyRange = [i, end];
      this.keyText = String(resolved);
    }
    return keyString2(resolved);
  }
  /** A flow sequence entry or flow mapping value at `i` (`parent` as for flowCollection); leaves `p` after it. */
  flowValue(i, parent = -1) {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (c === LBRACKET || c === LBRACE) return this.flowCollection(i, parent);
    if (c === DQUOTE || c === SQUOTE) {
      const value = c === DQUOTE ? this.doubleQuoted(i) : this.singleQuoted(i);
      this.mark(i, this.p);
      return value;
    }
    const stop = this.plainInFlow(i, parent);
    if (src.charCodeAt(stop) === COLON) throw BAIL;
    this.p = stop;
    const end = trimEnd(src, i, stop);
    this.mark(i, end);
    return resolvePlain(src.slice(i, end));
  }
  /**
   * Scans a flow plain scalar at `i` up to the `,`, `]`, `}` or `:` that ends it and returns that
   * index; with `parent` (see flowCollection), also up to a line break when the next line's content
   * starts with `,`, `]` or `}`. Bails on anything that would continue it onto another line.
   */
  plainInFlow(i, parent = -1) {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (!this.plainStart(i) || (c === DASH2 || c === QUESTION || c === COLON) && this.flowIndicator(i + 1)) throw BAIL;
    for (let j = i + 1; ; j++) {
      const d = src.charCodeAt(j);
      if (d === COMMA || d === RBRACKET || d === RBRACE || d === COLON) return j;
      if (d === SPACE) {
        if (src.charCodeAt(j + 1) === HASH) {
          if (parent < 0) throw BAIL;
          return j;
        }
      } else if (d === LF2 && parent >= 0) {
        let k = j + 1;
        let e = src.charCodeAt(k);
        while (e === SPACE || e === LF2) e = src.charCodeAt(++k);
        if (e === COMMA || e === RBRACKET || e === RBRACE) return j;
        throw BAIL;
      } else if (d === LBRACKET || d === LBRACE || d === TAB || d === LF2 || d === CR || j >= this.len) {
        throw BAIL;
      }
    }
  }
  flowIndicator(i) {
    const c = this.src.charCodeAt(i);
    return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
  }
};
function setEntry(map2, key, value) {
  if (Object.hasOwn(map2, key)) throw BAIL;
  if (key === "__proto__") {
    Object.defineProperty(map2, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    map2[key] = value;
  }
}
function lineEnd(src, i) {
  const nl = src.indexOf("\n", i);
  return nl < 0 ? src.length : nl;
}
function trimEnd(src, start, end) {
  while (end > start && src.charCodeAt(end - 1) === SPACE) end--;
  return end;
}
function trimEndWhite(src, start, end) {
  while (end > start && (src.charCodeAt(end - 1) === SPACE || src.charCodeAt(end - 1) === TAB)) end--;
  return end;
}
var ESCAPES = /* @__PURE__ */ new Map([
  ["0", "\0"],
  ["a", "\x07"],
  ["b", "\b"],
  ["e", "\x1B"],
  ["f", "\f"],
  ["n", "\n"],
  ["r", "\r"],
  ["t", "	"],
  ["v", "\v"],
  ["N", "\x85"],
  ["_", "\xA0"],
  ["L", "\u2028"],
  ["P", "\u2029"],
  [" ", " "],
  ['"', '"'],
  ["/", "/"],
  ["\\", "\\"],
  ["	", "	"]
]);
var HEX_DIGITS = /^[0-9a-fA-F]+$/;

// src/yaml/line-reader.ts
var NEWLINE = 10;
var SPACE2 = 32;
var DQUOTE2 = 34;
var HASH2 = 35;
var SQUOTE2 = 39;
var DASH3 = 45;
var DOT3 = 46;
var COLON2 = 58;
var QUESTION2 = 63;
var LBRACKET2 = 91;
var RBRACKET2 = 93;
var BACKSLASH2 = 92;
var LBRACE2 = 123;
var RBRACE2 = 125;
var COMMA2 = 44;
var UNREAD_CHAR = new RegExp(`[\\t\\r${UNSUPPORTED_CHARS}]`);
var INDENTING_TAB = /\n *\t/;
function nextLineAtMost(column, dashes) {
  const cache = dashes ? nextKeyAt : nextLineAt;
  let found = cache[column];
  if (found === void 0) {
    const left = column === 0 ? "" : ` {0,${column - 1}}[^ \\n#]|`;
    found = new RegExp(dashes ? `\\n(?:${left} {${column}}(?:[^ \\n#-]|-[^ \\n]))` : `\\n {0,${column}}[^ \\n#]`, "g");
    cache[column] = found;
  }
  return found;
}
var nextLineAt = [];
var nextKeyAt = [];
function readLines(src, rootKeys, noControlChars = false) {
  return read(src, rootKeys, void 0, noControlChars);
}
function lineBreaksRead() {
  return lineBreaks;
}
function envListsRead() {
  return envLists;
}
var envLists = [];
var lineBreaks = 0;
function blockItemRanges(src, from, items) {
  const ranges = new Array(4 * items);
  let found = 0;
  const len = src.length;
  let i = from;
  while (src.charCodeAt(i) === SPACE2) i++;
  const dashColumn = i - from;
  const indent = src.slice(from, i);
  let line = -1;
  let contentLine = 0;
  let contentEnd = 0;
  for (let pos = from; pos < len; ) {
    line++;
    let eol = src.indexOf("\n", pos);
    if (eol < 0) eol = len;
    const lineStart = pos;
    pos = eol + 1;
    let end = eol;
    while (src.charCodeAt(end - 1) === SPACE2 && end > lineStart) end--;
    if (end === lineStart) continue;
    if (!src.startsWith(indent, lineStart)) break;
    const at = lineStart + dashColumn;
    const c = src.charCodeAt(at);
    if (c === DASH3 && src.charCodeAt(at + 1) === SPACE2) {
      if (found === items) return [];
      if (found > 0) {
        ranges[4 * found - 2] = contentLine;
        ranges[4 * found - 1] = contentEnd;
      }
      i = at + 2;
      while (src.charCodeAt(i) === SPACE2) i++;
      ranges[4 * found] = line;
      ranges[4 * found + 1] = i - lineStart + 1;
      found++;
    } else if (c !== SPACE2) break;
    contentLine = line;
    contentEnd = end - lineStart + 1;
  }
  if (found < items || found === 0) return [];
  ranges[4 * found - 2] = contentLine;
  ranges[4 * found - 1] = contentEnd;
  return ranges;
}
function readLineSpans(src, focus) {
  const track = new SpanBuilder(src, focus?.path);
  if (read(src, void 0, track) === UNSUPPORTED || !track.root) return UNSUPPORTED;
  if (track.stopped) track.root.partial = true;
  return track.root;
}
function spansAnswer(root, focus, path) {
  if (!spansCover(root, path)) return false;
  return !root.partial || path.length >= focus.length && focus.every((segment, i) => String(segment) === String(path[i]));
}
function read(src, rootKeys, track, noControlChars = false) {
  if (!noControlChars && rootKeys === void 0 && track === void 0 && UNREAD_CHAR.test(src)) return UNSUPPORTED;
  if (!noControlChars && rootKeys !== void 0 && src.includes("	") && INDENTING_TAB.test(src)) return UNSUPPORTED;
  colonSearchedFrom = -1;
  if (track === void 0 && envLists.length > 0) envLists.length = 0;
  let comments = false;
  const backslashes = src.includes("\\");
  const len = src.length;
  const nodes = [];
  const columns = [];
  let root;
  let pendingMap;
  let pendingKey = "";
  let pendingColumn = -1;
  let pendingKeyRange = [0, 0];
  let pendingKeyText = "";
  let pendingAt = 0;
  let skipDeeperThan = -1;
  let skipDashes = false;
  let skipStarts = false;
  let passedKeys;
  let innerMap;
  let innerKeys;
  let innerPassedKeys;
  let passed;
  let passedColumn = 0;
  let passedSequence = false;
  let pos = 0;
  let lines = 0;
  while (pos < len) {
    lines++;
    let eol = src.indexOf("\n", pos);
    if (eol < 0) eol = len;
    const lineStart = pos;
    pos = eol + 1;
    let i = lineStart;
    while (src.charCodeAt(i) === SPACE2) i++;
    if (i === eol || src.charCodeAt(i) === HASH2) continue;
    let column = i - lineStart;
    if (skipDeeperThan >= 0) {
      if (skipStarts) {
        skipStarts = false;
        if (column > skipDeeperThan) skipDashes = false;
      }
      if (column > skipDeeperThan || skipDashes && column === skipDeeperThan && src.charCodeAt(i) === DASH3 && (i + 1 === eol || src.charCodeAt(i + 1) === SPACE2)) {
        const next = nextLineAtMost(skipDeeperThan, skipDashes);
        next.lastIndex = lineStart;
        pos = next.exec(src)?.index ?? len;
        pos++;
        continue;
      }
      skipDeeperThan = -1;
    }
    if (!noControlChars && rootKeys !== void 0 && UNREAD_CHAR.test(src.slice(lineStart, eol))) return UNSUPPORTED;
    let c = src.charCodeAt(i);
    if (column === 0 && (c === DASH3 || c === DOT3) && src.charCodeAt(i + 1) === c && src.charCodeAt(i + 2) === c && (i + 3 >= eol || src.charCodeAt(i + 3) === SPACE2)) return UNSUPPORTED;
    let end = eol;
    while (src.charCodeAt(end - 1) === SPACE2) end--;
    const dash = c === DASH3 && i + 1 < end && src.charCodeAt(i + 1) === SPACE2;
    if (c === DASH3 && i + 1 === end) return UNSUPPORTED;
    if (passed !== void 0) {
      if (column > passedColumn || column === passedColumn && (!passedSequence || dash)) {
        passed.end = end;
        continue;
      }
      track.passedOver(passed);
      passed = void 0;
    }
    if (pendingMap !== void 0) {
      const map3 = pendingMap;
      pendingMap = void 0;
      if (column > pendingColumn && (c === LBRACE2 || c === LBRACKET2)) {
        const empty = emptyFlow(src, i, end);
        if (empty === UNSUPPORTED) return UNSUPPORTED;
        if (!track) map3[pendingKey] = empty;
        track?.entry(pendingKeyText, pendingKeyRange, i, end, 0);
        continue;
      } else if (column > pendingColumn || column === pendingColumn && dash) {
        passed = track?.openEntry(pendingKeyText, pendingKeyRange, i, end, dash);
        if (passed !== void 0) {
          passedColumn = column;
          passedSequence = dash;
          continue;
        }
        const child = collection(dash, track);
        if (!track) {
          map3[pendingKey] = child;
          if (dash && pendingKey === "env" && !comments) envLists.push(child, lineStart, lines - 1);
        }
        if (rootKeys !== void 0 && map3 === root && !dash) {
          innerKeys = rootKeys.get(pendingKey);
          if (innerKeys !== void 0) innerMap = child;
        }
        nodes.push(child);
        columns.push(column);
      } else {
        if (!track) map3[pendingKey] = null;
        track?.entry(pendingKeyText, pendingKeyRange, pendingAt, pendingAt, 0);
      }
    } else if (root === void 0) {
      comments = src.includes("#", i);
      if (track && comments) return UNSUPPORTED;
      root = collection(dash, track);
      nodes.push(root);
      columns.push(column);
      track?.openRoot(i, dash);
    }
    while (columns.length > 0 && columns[columns.length - 1] > column) {
      columns.pop();
      nodes.pop();
      track?.close();
    }
    if (columns.length > 0 && columns[columns.length - 1] === column && !dash && Array.isArray(nodes[nodes.length - 1])) {
      columns.pop();
      nodes.pop();
      track?.close();
    }
    if (track?.done) {
      track.stopped = true;
      break;
    }
    if (columns.length === 0 || columns[columns.length - 1] !== column) return UNSUPPORTED;
    const node = nodes[nodes.length - 1];
    let map2;
    if (Array.isArray(node)) {
      if (!dash) return UNSUPPORTED;
      const dashAt = i;
      i += 2;
      while (src.charCodeAt(i) === SPACE2) i++;
      c = src.charCodeAt(i);
      if (c === HASH2 || c === DQUOTE2 || c === SQUOTE2 || c === LBRACE2 || c === LBRACKET2 || !plainStart(src, i, end)) {
        const item = track ? null : lineValue(src, i, end, nodes.length, comments, backslashes);
        if (item === UNSUPPORTED) return UNSUPPORTED;
        if (!track) node.push(item);
        track?.item(dashAt, i, end, nodes.length);
        continue;
      }
      const colon2 = keyColon(src, i, end, comments);
      if (colon2 === NO_COMMENT) return UNSUPPORTED;
      if (colon2 < 0) {
        const item = track ? null : lineValue(src, i, end, nodes.length, comments, backslashes);
        if (item === UNSUPPORTED) return UNSUPPORTED;
        if (!track) node.push(item);
        track?.item(dashAt, i, end, nodes.length);
        continue;
      }
      column = i - lineStart;
      passed = track?.openItem(dashAt, i, end);
      if (passed !== void 0) {
        passedColumn = column;
        passedSequence = false;
        continue;
      }
      map2 = collection(false, track);
      if (!track) node.push(map2);
      nodes.push(map2);
      columns.push(column);
      if (nodes.length > MAX_DEPTH) return UNSUPPORTED;
    } else {
      if (dash) return UNSUPPORTED;
      map2 = node;
    }
    let colon;
    let keyEnd;
    let key;
    let keyText2 = "";
    c = src.charCodeAt(i);
    if (c === DQUOTE2 || c === SQUOTE2) {
      keyEnd = quotedEnd(src, i, end, backslashes);
      if (keyEnd < 0) return UNSUPPORTED;
      colon = keyEnd;
      while (src.charCodeAt(colon) === SPACE2) colon++;
      if (src.charCodeAt(colon) !== COLON2 || colon + 1 < end && src.charCodeAt(colon + 1) !== SPACE2 || colon - i > MAX_KEY_LENGTH) return UNSUPPORTED;
      key = src.slice(i + 1, keyEnd - 1);
      if (key === "null") return UNSUPPORTED;
      if (track) keyText2 = key;
    } else {
      if (!plainStart(src, i, end)) return UNSUPPORTED;
      colon = keyColon(src, i, end, comments);
      if (colon < 0 || colon - i > MAX_KEY_LENGTH) return UNSUPPORTED;
      keyEnd = colon;
      while (src.charCodeAt(keyEnd - 1) === SPACE2) keyEnd--;
      const plain = keyAt(src, i, keyEnd);
      if (plain === "<<") return UNSUPPORTED;
      const word = plainWord(plain);
      const resolved = word ? plain : resolvePlain(plain);
      if (resolved === null) return UNSUPPORTED;
      if (track) keyText2 = word ? plain : String(resolved);
      key = track || word ? plain : keyString2(resolved);
    }
    if (!track && (key === "__proto__" || Object.hasOwn(map2, key))) return UNSUPPORTED;
    let v = colon + 1;
    while (src.charCodeAt(v) === SPACE2) v++;
    if (rootKeys !== void 0 && (map2 === root && !rootKeys.has(key) || map2 === innerMap && !innerKeys.has(key))) {
      const passedHere = map2 === root ? passedKeys ??= [] : innerPassedKeys ??= [];
      if (passedHere.includes(key)) return UNSUPPORTED;
      passedHere.push(key);
      skipDeeperThan = column;
      skipDashes = v >= end;
      skipStarts = true;
      continue;
    }
    if (v >= end) {
      if (nodes.length >= MAX_DEPTH) return UNSUPPORTED;
      pendingMap = map2;
      pendingKey = key;
      pendingColumn = column;
      if (track) {
        pendingKeyRange = [i, keyEnd];
        pendingKeyText = keyText2;
        pendingAt = v;
      }
      continue;
    }
    const value = track ? null : lineValue(src, v, end, nodes.length, comments, backslashes);
    if (value === UNSUPPORTED) return UNSUPPORTED;
    if (!track) map2[key] = value;
    track?.entry(keyText2, [i, keyEnd], v, end, nodes.length);
  }
  if (pendingMap !== void 0) {
    if (!track) pendingMap[pendingKey] = null;
    track?.entry(pendingKeyText, pendingKeyRange, pendingAt, pendingAt, 0);
  }
  if (passed !== void 0) track.passedOver(passed);
  track?.closeAll();
  if (rootKeys === void 0 && track === void 0) lineBreaks = len > 0 && src.charCodeAt(len - 1) !== NEWLINE ? lines - 1 : lines;
  return root ?? UNSUPPORTED;
}
var SpanBuilder = class {
  root;
  src;
  focus;
  /** The open collections' spans, as read()'s `nodes`. */
  open = [];
  /** For each open span: ON_PATH, FOCUSED or IN_FULL. */
  kinds = [];
  /** The focused collection, once open. */
  focused;
  /** It has closed: the rest of the document is not needed. */
  done = false;
  /** read() stopped there, before the document's end. */
  stopped = false;
  constructor(src, focus) {
    this.src = src;
    this.focus = focus;
  }
  openRoot(start, sequence) {
    this.root = collectionSpan(start, sequence);
    this.open.push(this.root);
    const kind = this.focus === void 0 ? IN_FULL : this.focus.length === 0 ? FOCUSED : ON_PATH;
    if (kind === FOCUSED) this.focused = this.root;
    this.kinds.push(kind);
  }
  /** A mapping entry whose value ends on its line (`depth` for a flow collection's own spans); `key` as span entries hold it. */
  entry(key, keyRange, start, end, depth) {
    this.addEntry(key, keyRange, this.childKind(key) === SKIPPED ? { start, end, skipped: true } : this.valueSpan(start, end, depth));
  }
  /**
   * A mapping entry whose value is a collection starting at `start` on a line ending at `end`: its
   * span is open from here, or it is off the focus and returned for read() to pass over.
   */
  openEntry(key, keyRange, start, end, sequence) {
    const kind = this.childKind(key);
    const span = kind === SKIPPED ? { start, end, skipped: true } : collectionSpan(start, sequence);
    this.addEntry(key, keyRange, span);
    if (kind === SKIPPED) return span;
    this.push(span, kind);
    return void 0;
  }
  item(dashAt, start, end, depth) {
    this.addItem(dashAt, this.childKind(this.top().items.length) === SKIPPED ? { start, end, skipped: true } : this.valueSpan(start, end, depth));
  }
  /** A compact mapping item (`- key: …`) starting at `start`; as openEntry. */
  openItem(dashAt, start, end) {
    const kind = this.childKind(this.top().items.length);
    const span = kind === SKIPPED ? { start, end, skipped: true } : collectionSpan(start, false);
    this.addItem(dashAt, span);
    if (kind === SKIPPED) return span;
    this.push(span, kind);
    return void 0;
  }
  /** read() has passed over the lines of `span`, which openEntry or openItem returned: its parent ends with it. */
  passedOver(span) {
    this.top().end = span.end;
  }
  /** Closes the innermost open collection: its end is final, and so far its parent's last. */
  close() {
    const span = this.open.pop();
    this.kinds.pop();
    const parent = this.open[this.open.length - 1];
    if (parent) parent.end = span.end;
    if (span === this.focused) this.done = true;
  }
  closeAll() {
    while (this.open.length > 0) this.close();
  }
  top() {
    return this.open[this.open.length - 1];
  }
  push(span, kind) {
    if (kind === FOCUSED) this.focused = span;
    this.open.push(span);
    this.kinds.push(kind);
  }
  /** How a child of the innermost open collection (under `segment`: an index, or a key as span entries hold it) is recorded. */
  childKind(segment) {
    const parent = this.kinds[this.kinds.length - 1];
    if (parent === IN_FULL) return IN_FULL;
    if (parent === FOCUSED) return SKIPPED;
    const depth = this.open.length - 1;
    const focus = this.focus;
    if (String(focus[depth]) !== String(segment)) return SKIPPED;
    return depth + 1 < focus.length ? ON_PATH : FOCUSED;
  }
  addEntry(key, keyRange, value) {
    const map2 = this.top();
    map2.entries.set(key, { key: keyRange, value });
    map2.end = value.end;
  }
  /** An item of the innermost open sequence (whose span starts at its first dash). */
  addItem(dashAt, item) {
    const seq2 = this.top();
    if (seq2.items.length === 0) seq2.start = dashAt;
    seq2.items.push(item);
    seq2.end = item.end;
  }
  /** The span of a value lineValue has read: its text, and a flow collection's entries or items. */
  valueSpan(start, end, depth) {
    const c = this.src.charCodeAt(start);
    if ((c === LBRACE2 || c === LBRACKET2) && end - start > 2) {
      const flow = readFlowAt(this.src, start, depth, true);
      if (flow !== UNSUPPORTED && flow.span) return flow.span;
    }
    return { start, end };
  }
};
var ON_PATH = 0;
var IN_FULL = 1;
var FOCUSED = 3;
var SKIPPED = 2;
var SPANS_ONLY_SEQUENCE = [];
var SPANS_ONLY_MAPPING = {};
function collection(sequence, track) {
  if (track) return sequence ? SPANS_ONLY_SEQUENCE : SPANS_ONLY_MAPPING;
  return sequence ? [] : {};
}
function collectionSpan(start, sequence) {
  return sequence ? { start, end: start, items: [] } : { start, end: start, entries: /* @__PURE__ */ new Map() };
}
var KEYS = new Array(1024).fill("");
function keyAt(src, i, end) {
  const length = end - i;
  const slot = length * 7 + src.charCodeAt(i) * 31 + src.charCodeAt(i + (length >> 1)) * 17 + src.charCodeAt(end - 1) * 131 & 1023;
  const known = KEYS[slot];
  if (known.length === length && src.startsWith(known, i)) return known;
  return KEYS[slot] = src.slice(i, end);
}
function quotedEnd(src, i, end, backslashes) {
  const quote = src.charCodeAt(i);
  const close = src.indexOf(quote === DQUOTE2 ? '"' : "'", i + 1);
  if (close < 0 || close >= end) return -1;
  if (quote === SQUOTE2 && src.charCodeAt(close + 1) === SQUOTE2) return -1;
  if (quote === DQUOTE2 && backslashes) {
    for (let k = i + 1; k < close; k++) if (src.charCodeAt(k) === BACKSLASH2) return -1;
  }
  return close + 1;
}
var colonSearchedFrom = -1;
var colonFound = -1;
function colonFrom(src, i) {
  if (colonSearchedFrom < 0 || i < colonSearchedFrom || colonFound >= 0 && i > colonFound) {
    colonSearchedFrom = i;
    colonFound = src.indexOf(":", i);
  }
  return colonFound;
}
var NO_COMMENT = -2;
function keyColon(src, i, end, comments) {
  if (!comments) {
    let k = colonFrom(src, i);
    while (k >= 0 && k < end) {
      if (k + 1 === end || src.charCodeAt(k + 1) === SPACE2) return k;
      k = colonFrom(src, k + 1);
    }
    return -1;
  }
  for (let k = i; k < end; k++) {
    const c = src.charCodeAt(k);
    if (c === COLON2) {
      if (k + 1 === end || src.charCodeAt(k + 1) === SPACE2) return k;
    } else if (comments && c === HASH2 && src.charCodeAt(k - 1) === SPACE2) {
      return NO_COMMENT;
    }
  }
  return -1;
}
function wordFlowMap(src, v, end) {
  if (src.charCodeAt(end - 1) !== RBRACE2) return void 0;
  const map2 = {};
  let i = v + 1;
  while (src.charCodeAt(i) === SPACE2) i++;
  if (i === end - 1) return map2;
  for (; ; ) {
    const keyStart = i;
    if (!isAsciiLetter(src.charCodeAt(i))) return void 0;
    while (isFlowWordChar(src.charCodeAt(i))) i++;
    if (src.charCodeAt(i) !== COLON2 || src.charCodeAt(i + 1) !== SPACE2) return void 0;
    const key = keyAt(src, keyStart, i);
    if (!plainWord(key) && resolvePlain(key) !== key) return void 0;
    if (key === "__proto__" || Object.hasOwn(map2, key)) return void 0;
    i += 2;
    while (src.charCodeAt(i) === SPACE2) i++;
    const valueStart = i;
    const first = src.charCodeAt(i);
    if (first === DASH3 || first === DOT3 || !isFlowWordChar(first)) return void 0;
    while (isFlowWordChar(src.charCodeAt(i))) i++;
    const value = src.slice(valueStart, i);
    while (src.charCodeAt(i) === SPACE2) i++;
    const next = src.charCodeAt(i);
    if (next !== COMMA2 && next !== RBRACE2) return void 0;
    map2[key] = plainWord(value) ? value : resolvePlain(value);
    if (next === RBRACE2) return i === end - 1 ? map2 : void 0;
    i++;
    while (src.charCodeAt(i) === SPACE2) i++;
  }
}
function isFlowWordChar(c) {
  return isAsciiLetter(c) || c - 48 >>> 0 <= 9 || c === 95 || c === DOT3 || c === 47 || c === 43 || c === DASH3;
}
function isAsciiLetter(c) {
  return (c | 32) - 97 >>> 0 <= 25;
}
function plainWord(text3) {
  const c = text3.charCodeAt(0) | 32;
  return c >= 97 && c <= 122 && c !== 110 && c !== 116 && c !== 102;
}
function plainStart(src, i, end) {
  const c = src.charCodeAt(i);
  if (c === DASH3 || c === QUESTION2 || c === COLON2) return i + 1 < end && src.charCodeAt(i + 1) !== SPACE2;
  return !isIndicator(c);
}
function lineValue(src, v, end, depth, comments, backslashes) {
  const c = src.charCodeAt(v);
  if (c === DQUOTE2 || c === SQUOTE2) {
    return quotedEnd(src, v, end, backslashes) === end ? src.slice(v + 1, end - 1) : UNSUPPORTED;
  }
  if (c === LBRACE2 || c === LBRACKET2) {
    const words = c === LBRACE2 && depth < MAX_DEPTH ? wordFlowMap(src, v, end) : void 0;
    if (words !== void 0) return words;
    const flow = readFlowAt(src, v, depth);
    return flow === UNSUPPORTED || flow.next !== end ? UNSUPPORTED : flow.value;
  }
  if (!plainStart(src, v, end)) return UNSUPPORTED;
  if (keyColon(src, v, end, comments) !== -1) return UNSUPPORTED;
  const text3 = src.slice(v, end);
  return plainWord(text3) ? text3 : resolvePlain(text3);
}
function emptyFlow(src, i, end) {
  if (end - i !== 2) return UNSUPPORTED;
  const open = src.charCodeAt(i);
  const close = src.charCodeAt(i + 1);
  if (open === LBRACE2 && close === RBRACE2) return {};
  if (open === LBRACKET2 && close === RBRACKET2) return [];
  return UNSUPPORTED;
}

// src/inputs/workload.ts
var PodContainer = class {
  source;
  group;
  index;
  /** Where the pod spec is in the document. */
  specPath;
  /** Its `name`, or its index when it has none. */
  name = "";
  /** Its image without tag or digest (`ghcr.io/x/api`), "" when it has none. */
  imageRepository = "";
  /** The `env` entries with a string name; undefined when `env` is not a list. */
  env;
  /** Each definition's index in the `env` list, when items without a name were skipped. */
  envIndexes;
  envFrom = NONE;
  volumeMounts = NONE;
  /** `env` or `envFrom` written as something other than a list (a map from `toYaml` of map-style values): the API server refuses it. */
  notLists = NONE;
  /** Indexes of `env` items that are no entry with a string name (`- null` from a --set list[1]…): the API server refuses them. */
  unnamedEnv = NONE;
  /**
   * Where the line reader found the `env` block (envListsRead): the offset in the document of its
   * first item's line and that line's 0-based index; -1 when another reader read it, when it is no
   * block, or when the document has a `#` after its first content line.
   */
  envOffset = -1;
  envLine = -1;
  constructor(source, specPath, group, index) {
    this.source = source;
    this.specPath = specPath;
    this.group = group;
    this.index = index;
  }
  /** Where the container is in the document. */
  get path() {
    return extended(this.specPath, this.group, this.index);
  }
  /** Where its env entry `index` (or that entry's `value`) is, in one array. */
  envPath(index, value) {
    return value ? extended(this.specPath, this.group, this.index, "env", index, "value") : extended(this.specPath, this.group, this.index, "env", index);
  }
  get length() {
    return this.env?.length ?? 0;
  }
  nameAt(index) {
    return this.env[index].name;
  }
  valueOf(index) {
    return this.env[index].value;
  }
  entryAt(index) {
    return new ManifestEnvEntry(this, this.envIndexes?.[index] ?? index, this.env[index]);
  }
  /** Every `env` entry, made now (each call makes new ones). */
  envEntries() {
    return this.env?.map((definition, index) => new ManifestEnvEntry(this, this.envIndexes?.[index] ?? index, definition)) ?? [];
  }
};
function itemsOf(items) {
  if (!Array.isArray(items) || items.length === 0) return void 0;
  return items.flatMap((item) => isRecord(item) && typeof item.key === "string" && typeof item.path === "string" ? [{ key: item.key, path: item.path }] : []);
}
function stringPool() {
  const pool = /* @__PURE__ */ new Map();
  return (text3) => {
    const known = pool.get(text3);
    if (known !== void 0) return known;
    pool.set(text3, text3);
    return text3;
  };
}
var DefinitionPool = class {
  /** By name, then by value (`undefined` for an entry with neither value nor valueFrom). */
  byValue = /* @__PURE__ */ new Map();
  /** By the entry's name, its reference and each of its scalar fields and values (referenceNode). */
  byReference = /* @__PURE__ */ new Map();
  intern = stringPool();
  of(item) {
    const hasValue = "value" in item;
    const keys = keyCount(item);
    if (hasValue ? keys === 2 && typeof item.value === "string" : keys === 1) {
      let values = this.byValue.get(item.name);
      if (!values) this.byValue.set(item.name, values = /* @__PURE__ */ new Map());
      let definition2 = values.get(item.value);
      if (!definition2) values.set(item.value, definition2 = this.make(item, hasValue));
      return definition2;
    }
    const node = keys === 2 ? referenceNode(this.byReference, item.name, item.valueFrom) : void 0;
    if (node === void 0) return this.make(item, hasValue);
    let definition = node.get(DEFINITION);
    if (!definition) node.set(DEFINITION, definition = this.make(item, hasValue));
    return definition;
  }
  make(item, hasValue) {
    const definition = { name: this.intern(item.name), hasValue, sensitive: mayBeSecretName(item.name) };
    if (hasValue) definition.value = typeof item.value === "string" ? this.intern(item.value) : item.value;
    if ("valueFrom" in item) definition.valueFrom = item.valueFrom;
    return definition;
  }
};
function keyCount(item) {
  let count = 0;
  for (const _ in item) count++;
  return count;
}
var DEFINITION = /* @__PURE__ */ Symbol("definition");
function referenceNode(root, name, from) {
  if (!isRecord(from)) return void 0;
  let reference;
  for (const key in from) {
    if (reference !== void 0) return void 0;
    reference = key;
  }
  if (reference === void 0) return void 0;
  const fields = from[reference];
  if (!isRecord(fields)) return void 0;
  let node = childNode(childNode(root, name), reference);
  for (const field in fields) {
    const value = fields[field];
    const type = typeof value;
    if (type !== "string" && type !== "boolean" && type !== "number") return void 0;
    node = childNode(childNode(node, field), value);
  }
  return node;
}
function childNode(node, key) {
  let child = node.get(key);
  if (child === void 0) node.set(key, child = /* @__PURE__ */ new Map());
  return child;
}
function readPodTemplate(object, specPath, source, pool, envLists2) {
  const { intern } = pool;
  const spec = getIn(object, specPath);
  if (!isRecord(spec)) return void 0;
  const containers = [];
  for (let g = 0; g < CONTAINER_GROUPS.length; g++) {
    const group = CONTAINER_GROUPS[g];
    const list = spec[group];
    if (!Array.isArray(list)) continue;
    for (let index = 0; index < list.length; index++) {
      const container = list[index];
      if (isRecord(container)) containers.push(readContainer(container, new PodContainer(source, specPath, group, index), pool, envLists2));
    }
  }
  const volumes = [];
  const specVolumes = spec.volumes;
  if (Array.isArray(specVolumes)) {
    for (let index = 0; index < specVolumes.length; index++) {
      const volume = specVolumes[index];
      if (isRecord(volume) && typeof volume.name === "string") volumes.push({ name: intern(volume.name), configMaps: configMapsOf(volume, intern), index });
    }
  }
  const workloadAnnotationKeys = annotationKeys(object.metadata, intern);
  const template = specPath.length > 1 ? getIn(object, specPath, specPath.length - 1) : void 0;
  const templateAnnotationKeys = isRecord(template) ? annotationKeys(template.metadata, intern) : NONE;
  return { specPath, containers: kept(containers), volumes: kept(volumes), workloadAnnotationKeys, templateAnnotationKeys };
}
var CONTAINER_GROUPS = ["initContainers", "containers"];
function configMapsOf(volume, intern) {
  const configMaps = [];
  addConfigMap(configMaps, volume.configMap, ["configMap"], intern);
  const projected = volume.projected;
  const sources = isRecord(projected) ? projected.sources : void 0;
  if (Array.isArray(sources)) {
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i];
      addConfigMap(configMaps, isRecord(source) ? source.configMap : void 0, ["projected", "sources", i, "configMap"], intern);
    }
  }
  return configMaps;
}
function addConfigMap(configMaps, source, path, intern) {
  if (isRecord(source) && typeof source.name === "string") configMaps.push({ name: intern(source.name), items: itemsOf(source.items), path });
}
function annotationKeys(metadata, intern) {
  const annotations = isRecord(metadata) ? metadata.annotations : void 0;
  if (!isRecord(annotations)) return NONE;
  const keys = Object.keys(annotations);
  for (let i = 0; i < keys.length; i++) keys[i] = intern(keys[i]);
  return keys;
}
function readContainer(container, read2, pool, envLists2) {
  const { intern } = pool;
  read2.name = typeof container.name === "string" ? intern(container.name) : String(read2.index);
  if (typeof container.image === "string") read2.imageRepository = intern(container.image.replace(/@.*$/, "").replace(/:[^:/]*$/, ""));
  const env = container.env;
  const envFrom = container.envFrom;
  noteNotList(read2, "env", env);
  noteNotList(read2, "envFrom", envFrom);
  if (Array.isArray(env)) {
    if (envLists2 !== void 0) {
      for (let k = 0; k < envLists2.length; k += 3) {
        if (envLists2[k] !== env) continue;
        read2.envOffset = envLists2[k + 1];
        read2.envLine = envLists2[k + 2];
        break;
      }
    }
    const definitions = [];
    const indexes = [];
    for (let index = 0; index < env.length; index++) {
      const item = env[index];
      if (!isRecord(item) || typeof item.name !== "string") continue;
      definitions.push(pool.of(item));
      indexes.push(index);
    }
    read2.env = kept(definitions);
    if (indexes.length < env.length) {
      read2.envIndexes = kept(indexes);
      read2.unnamedEnv = env.map((_, index) => index).filter((index) => !indexes.includes(index));
    }
  }
  if (Array.isArray(envFrom)) {
    const path = read2.path;
    const sources = [];
    for (let index = 0; index < envFrom.length; index++) {
      const item = envFrom[index];
      if (!isRecord(item)) continue;
      const prefix = typeof item.prefix === "string" ? item.prefix : "";
      const at = { source: read2.source, path: extended(path, "envFrom", index) };
      addEnvFrom(sources, item.configMapRef, "ConfigMap", prefix, at);
      addEnvFrom(sources, item.secretRef, "Secret", prefix, at);
    }
    read2.envFrom = kept(sources);
  }
  const volumeMounts = container.volumeMounts;
  if (Array.isArray(volumeMounts)) {
    const mounts = [];
    for (let index = 0; index < volumeMounts.length; index++) {
      const mount = volumeMounts[index];
      if (!isRecord(mount) || typeof mount.name !== "string" || typeof mount.mountPath !== "string") continue;
      const subPath = typeof mount.subPath === "string" ? mount.subPath : void 0;
      mounts.push({ name: intern(mount.name), mountPath: intern(mount.mountPath), subPath, index });
    }
    read2.volumeMounts = kept(mounts);
  }
  return read2;
}
function noteNotList(read2, field, value) {
  if (value !== void 0 && value !== null && !Array.isArray(value)) read2.notLists = [...read2.notLists, { field, type: isRecord(value) ? "a map" : `the ${typeof value} ${JSON.stringify(value)}` }];
}
function addEnvFrom(sources, ref, kind, prefix, at) {
  if (isRecord(ref) && typeof ref.name === "string") sources.push({ kind, name: ref.name, prefix, optional: ref.optional === true, at });
}
var ManifestEnvEntry = class {
  container;
  index;
  definition;
  constructor(container, index, definition) {
    this.container = container;
    this.index = index;
    this.definition = definition;
  }
  get name() {
    return this.definition.name;
  }
  get value() {
    return this.definition.value;
  }
  get valueFrom() {
    return this.definition.valueFrom;
  }
  get at() {
    return { source: this.container.source, path: this.container.envPath(this.index, false), sensitive: this.definition.sensitive };
  }
  get valueAt() {
    return { source: this.container.source, path: this.container.envPath(this.index, this.definition.hasValue), sensitive: this.definition.sensitive };
  }
};
function extended(head, ...tail) {
  const path = new Array(head.length + tail.length);
  for (let i = 0; i < head.length; i++) path[i] = head[i];
  for (let i = 0; i < tail.length; i++) path[head.length + i] = tail[i];
  return path;
}
var NONE = Object.freeze([]);
function kept(items) {
  return items.length === 0 ? NONE : items.slice();
}
function getIn(value, path, length = path.length) {
  let current = value;
  for (let i = 0; i < length; i++) {
    const segment = path[i];
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isRecord(current)) current = current[String(segment)];
    else return void 0;
  }
  return current;
}

// src/inputs/manifests.ts
var ManifestDocumentSource = class _ManifestDocumentSource {
  kind = "manifest";
  file;
  doc;
  /** Where the document is in the stream: its line is counted when a position needs it. */
  start;
  object;
  sensitive;
  prefix;
  /** The fast reader read the document: positions may read only the path asked for. */
  fastRead = false;
  /** Its containers, when the line reader found env blocks in them (PodContainer.envOffset): their items' ranges come from those blocks' lines. */
  containers;
  /** The line reader read the whole document: it gives the positions too. */
  lineRead = false;
  /** The source of the whole document, for an item of a list (they share one parse). */
  list;
  positions;
  constructor(file, doc, start, positions, item) {
    this.file = file;
    this.doc = doc;
    this.start = start;
    this.positions = positions;
    if (item) {
      this.list = item.list;
      this.prefix = item.prefix;
    }
  }
  /** The document's text: its slice of the stream. */
  get text() {
    return this.start.text;
  }
  /** 0-based line of the document's first character in the stream. */
  get firstLine() {
    return this.start.line;
  }
  /**
   * The ranges of the items of an env list the line reader found in the document (blockItemRanges),
   * read in the stream itself (DocumentSlice.stream): a finding on every workload's env list copied
   * every document again, 5 MB of strings for 5 MB of manifests.
   */
  envItemRanges(container, items) {
    return blockItemRanges(this.start.stream, this.start.offset + container.envOffset, items);
  }
  /** The document's text as a string of its own (DocumentSlice.copy). */
  copyOfText() {
    return this.start.copy();
  }
  /** An object of a `kind: List` document: its paths start at `items.<index>`. */
  item(index, identity) {
    const source = new _ManifestDocumentSource(this.file, this.doc, this.start, this.positions, { list: this, prefix: ["items", index] });
    source.object = identity;
    if (identity.kind === "Secret") source.sensitive = true;
    return source;
  }
  /** The document parsed by `yaml` with positions. */
  positioned() {
    return this.positions.of(this.list ?? this).parsed();
  }
  toOuter(position) {
    return { line: position.line + this.firstLine, column: position.column };
  }
  locate(path, part, offsets) {
    const positions = this.positions.of(this.list ?? this);
    if (offsets) return rangeOfOffsets(positions.lines, offsets, path, this.firstLine);
    const envItem = this.envItemRange(path);
    if (envItem) return envItem;
    const documentPath2 = this.prefix ? [...this.prefix, ...path] : path;
    return resolveRange(positions.tree(documentPath2), positions.lines, positions.text, documentPath2, part, this.firstLine);
  }
  lineText(line) {
    if (this.sensitive) return void 0;
    return this.positions.of(this.list ?? this).lines.lineText(line - this.firstLine);
  }
  /** The range of an env item from its list's lines alone (DocumentPositions.envItem); undefined where that does not answer. */
  envItemRange(path) {
    const container = this.containers && envItemContainer(this.containers, path);
    return container && this.positions.of(this).envItem(container, path);
  }
};
var OneDocumentPositions = class {
  current;
  /** Whether positions read a copy of the document (see COPY_DOCUMENTS_BELOW). */
  copy;
  constructor(copy) {
    this.copy = copy;
  }
  of(source) {
    if (this.current?.source !== source) this.current = new DocumentPositions(source, this.copy);
    return this.current;
  }
};
var DocumentPositions = class {
  source;
  /** Whether positions read a copy of the document (see COPY_DOCUMENTS_BELOW). */
  copy;
  copied;
  lineIndex;
  spans;
  /** The focus `spans` were read with (a partial read answers only within it). */
  spansFocus = [];
  yamlDoc;
  /** The ranges of the items of the env list asked for last (envItem). */
  envItems;
  constructor(source, copy) {
    this.source = source;
    this.copy = copy;
  }
  /** The document's text, read from a copy of its own (DocumentSlice.copy) while its positions are asked for. */
  get text() {
    return this.copied ??= this.copy ? this.source.copyOfText() : this.source.text;
  }
  get lines() {
    return this.lineIndex ??= new LineIndex(this.text);
  }
  /**
   * The range of item `path` of a container's env list, from a pass over the list's lines alone
   * (blockItemRanges), instead of a read of the document up to it. Undefined for an item the list
   * does not have. Every part is the item's node: an item has no key.
   */
  envItem(container, path) {
    if (this.envItems?.container !== container) {
      const items = container.length + container.unnamedEnv.length;
      this.envItems = { container, ranges: this.source.envItemRanges(container, items) };
    }
    const { ranges } = this.envItems;
    const at = 4 * path[path.length - 1];
    if (at >= ranges.length) return void 0;
    const line = this.source.firstLine + container.envLine + 1;
    return { start: { line: line + ranges[at], column: ranges[at + 1] }, end: { line: line + ranges[at + 2], column: ranges[at + 3] }, path };
  }
  /**
   * Spans that reach `path`; `yaml`'s Document for what the spans do not cover. For a document the
   * fast reader read, only the path and the collection holding its node are read in full: the
   * places a finding relates to are mostly that node's siblings (entries of one env list).
   */
  tree(path) {
    if (this.spans && spansAnswer(this.spans, this.spansFocus, path)) return this.spans;
    if (this.yamlDoc) return this.yamlDoc;
    const focus = this.spans ? void 0 : path.slice(0, -1);
    if (this.source.lineRead) {
      const spans2 = readLineSpans(this.text, focus && { path: focus });
      if (spans2 !== UNSUPPORTED && spansAnswer(spans2, focus ?? [], path)) {
        this.spansFocus = focus ?? [];
        return this.spans = spans2;
      }
    }
    let spans = this.source.fastRead && focus ? readSpans(this.text, { path: focus }) : UNSUPPORTED;
    if (spans === UNSUPPORTED) spans = readSpans(this.text);
    if (spans !== UNSUPPORTED) {
      this.spansFocus = [];
      return this.spans = spans;
    }
    return this.parsed().doc;
  }
  parsed() {
    this.yamlDoc ??= parseDocument(this.text, { uniqueKeys: false, prettyErrors: false });
    return { doc: this.yamlDoc, lineCounter: this.lines };
  }
};
function isRenderedInput(input) {
  return input.rendered === true;
}
var RenderedDocumentSource = class _RenderedDocumentSource extends ManifestDocumentSource {
  file;
  template;
  placedByPath = true;
  /** The template as helm names it (`codemie/charts/sub/templates/cm.yaml`: a subchart's, by its name or alias). */
  helmPath;
  templateLines;
  constructor(file, template, doc, start, positions, item) {
    super(file, doc, start, positions, item);
    this.helmPath = file;
    this.file = template?.name ?? file;
    this.template = template;
  }
  item(index, identity) {
    const source = new _RenderedDocumentSource(this.helmPath, this.template, this.doc, this.start, this.positions, { list: this, prefix: ["items", index] });
    source.object = identity;
    if (identity.kind === "Secret") source.sensitive = true;
    return source;
  }
  locate(path, _part, offsets) {
    if (!this.template) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, path: [] };
    const lines = this.templateLines ??= new LineIndex(this.template.text);
    const full = this.prefix ? [...this.prefix, ...path] : path;
    const { line, indent, depth } = templateKeyLine(lines, offsets ? [] : full);
    const text3 = lines.lineText(line) ?? "";
    return { start: { line, column: indent + 1 }, end: { line, column: Math.max(text3.length, indent) + 1 }, path: full.slice(0, depth) };
  }
  lineText(line) {
    if (this.sensitive) return void 0;
    return this.templateLine(line);
  }
  /** A line of the template, for tracing what it writes (never shown: a Secret's template may hold a literal). */
  templateLine(line) {
    if (!this.template) return void 0;
    return (this.templateLines ??= new LineIndex(this.template.text)).lineText(line);
  }
};
function templateKeyLine(lines, path) {
  let found = { line: 1, indent: 0, depth: 0 };
  let parentIndent = -1;
  let from = 1;
  let item;
  path.forEach((segment, depth) => {
    if (found.depth < depth) return;
    if (typeof segment === "number") {
      let seen = -1;
      let itemIndent = -1;
      for (let line = from; line <= lines.lineCount; line++) {
        const text3 = lines.lineText(line) ?? "";
        const trimmed = text3.trim();
        if (trimmed === "" || trimmed.startsWith("#")) continue;
        if (trimmed.startsWith("{{")) return;
        const indent = text3.length - text3.trimStart().length;
        if (indent <= parentIndent) return;
        if (!/^-(\s|$)/.test(trimmed)) continue;
        if (itemIndent === -1) itemIndent = indent;
        if (indent !== itemIndent || ++seen < segment) continue;
        found = { line, indent, depth: depth + 1 };
        item = { line, indent };
        parentIndent = indent - 1;
        from = line;
        return;
      }
      return;
    }
    const key = new RegExp(`^(\\s*(?:- )?)["']?${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:(\\s|$)`);
    const within = item;
    item = void 0;
    for (let line = from; line <= lines.lineCount; line++) {
      const text3 = lines.lineText(line) ?? "";
      const trimmed = text3.trim();
      if (trimmed === "" || trimmed.startsWith("{{") || trimmed.startsWith("#")) continue;
      const indent = text3.length - text3.trimStart().length;
      if (indent <= parentIndent) return;
      if (within && line > within.line && indent === within.indent && /^-(\s|$)/.test(trimmed)) return;
      const match = key.exec(text3);
      if (match) {
        if (writtenAgain(lines, line, match[1].length, key, parentIndent, within)) return;
        found = { line, indent: match[1].length, depth: depth + 1 };
        parentIndent = match[1].length;
        from = line + 1;
        return;
      }
    }
  });
  return found;
}
function writtenAgain(lines, after, indent, key, parentIndent, item) {
  for (let line = after + 1; line <= lines.lineCount; line++) {
    const text3 = lines.lineText(line) ?? "";
    const trimmed = text3.trim();
    if (trimmed === "" || trimmed.startsWith("{{") || trimmed.startsWith("#")) continue;
    const at = text3.length - text3.trimStart().length;
    if (at <= parentIndent || item && at === item.indent && /^-(\s|$)/.test(trimmed)) return false;
    if (at === indent && key.exec(text3)?.[1].length === indent) return true;
  }
  return false;
}
function loadManifests(inputs, limits) {
  const objects = [];
  const problems = [];
  let documents = 0;
  const readBy = { identity: 0, lines: 0, recursive: 0, yaml: 0 };
  const pool = new DefinitionPool();
  const fastReading = (limits?.maxDepth ?? MAX_DEPTH) >= MAX_DEPTH;
  const copyDocuments = inputs.reduce((sum, input) => sum + input.text.length, 0) < COPY_DOCUMENTS_BELOW;
  const positions = new OneDocumentPositions(copyDocuments);
  for (const input of inputs) {
    const parts = splitDocuments(input.text, copyDocuments ? input.bytes : void 0);
    const controls = input.controlCharacters;
    let nextControl = 0;
    parts.forEach((part, index) => {
      if (controls !== void 0) while (nextControl < controls.length && controls[nextControl] < part.offset) nextControl++;
      const noControlChars = controls !== void 0 && (nextControl === controls.length || controls[nextControl] >= part.offset + part.text.length);
      documents++;
      let value = UNSUPPORTED;
      let reader = "yaml";
      let lineRead = false;
      let fastRead = false;
      if (!part.needsFullParse && fastReading) {
        value = identityOnly(part.text, noControlChars) ?? UNSUPPORTED;
        reader = "identity";
        if (value === UNSUPPORTED) {
          const readText = copyDocuments ? part.copy() : part.text;
          value = readLines(readText, void 0, noControlChars);
          lineRead = value !== UNSUPPORTED;
          if (lineRead) part.newlines = lineBreaksRead();
          reader = "lines";
          if (value === UNSUPPORTED) {
            value = readFast(readText);
            reader = value === UNSUPPORTED ? "yaml" : "recursive";
          }
          fastRead = value !== UNSUPPORTED;
        }
      }
      const source = isRenderedInput(input) ? renderedSource(input, index, part, positions) : new ManifestDocumentSource(input.name, index, part, positions);
      source.lineRead = lineRead;
      source.fastRead = fastRead;
      readBy[reader] += part.text.length;
      if (value === UNSUPPORTED) value = readWithPositions(source, problems, limits);
      if (!isRecord(value)) {
        if (value !== null && value !== void 0) problems.push({ kind: "object", message: `this document is ${Array.isArray(value) ? "a list" : "a scalar"}, not a Kubernetes object: kubectl and helm refuse it`, at: { source, path: [] } });
        return;
      }
      const helmSource = SOURCE_COMMENT.exec(part.text)?.[1]?.trim();
      const identity = identify(value, helmSource, pool.intern);
      const unidentified = missingIdentity(value);
      if (unidentified) problems.push({ kind: "object", message: unidentified.message, at: { source, path: unidentified.path, part: "key" } });
      if (!identity) return;
      source.object = identity;
      if (identity.kind === "Secret") source.sensitive = true;
      const items = LIST_KIND.test(identity.kind) && Array.isArray(value.items) ? value.items : void 0;
      if (!items) {
        objects.push(objectOf(value, identity, source, pool, lineRead ? envListsRead() : void 0));
        return;
      }
      const itemKind = identity.kind === "List" ? void 0 : { kind: identity.kind.slice(0, -"List".length), apiVersion: identity.apiVersion };
      items.forEach((item, index2) => {
        const itemIdentity = isRecord(item) ? identify(itemKind && item.kind === void 0 ? { ...itemKind, ...item } : item, helmSource, pool.intern) : void 0;
        if (!isRecord(item) || !itemIdentity) return;
        const itemSource = source.item(index2, itemIdentity);
        if (itemSource.sensitive) source.sensitive = true;
        objects.push(objectOf(item, itemIdentity, itemSource, pool));
      });
    });
  }
  return { objects, documents, problems, readBy };
}
var IDENTITY_ONLY = {
  CustomResourceDefinition: ["apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1"],
  Service: ["v1"],
  ServiceAccount: ["v1"],
  Namespace: ["v1"],
  Endpoints: ["v1"],
  PersistentVolumeClaim: ["v1"],
  PersistentVolume: ["v1"],
  LimitRange: ["v1"],
  ResourceQuota: ["v1"],
  Role: ["rbac.authorization.k8s.io/v1"],
  RoleBinding: ["rbac.authorization.k8s.io/v1"],
  ClusterRole: ["rbac.authorization.k8s.io/v1"],
  ClusterRoleBinding: ["rbac.authorization.k8s.io/v1"],
  Ingress: ["networking.k8s.io/v1", "networking.k8s.io/v1beta1", "extensions/v1beta1"],
  IngressClass: ["networking.k8s.io/v1"],
  NetworkPolicy: ["networking.k8s.io/v1"],
  PodDisruptionBudget: ["policy/v1", "policy/v1beta1"],
  HorizontalPodAutoscaler: ["autoscaling/v1", "autoscaling/v2", "autoscaling/v2beta2"],
  StorageClass: ["storage.k8s.io/v1"],
  PriorityClass: ["scheduling.k8s.io/v1"],
  APIService: ["apiregistration.k8s.io/v1"],
  MutatingWebhookConfiguration: ["admissionregistration.k8s.io/v1"],
  ValidatingWebhookConfiguration: ["admissionregistration.k8s.io/v1"],
  ServiceMonitor: ["monitoring.coreos.com/v1"],
  PodMonitor: ["monitoring.coreos.com/v1"],
  PrometheusRule: ["monitoring.coreos.com/v1"]
};
var IDENTITY_KEYS = /* @__PURE__ */ new Map([
  ["apiVersion", void 0],
  ["kind", void 0],
  ["metadata", /* @__PURE__ */ new Set(["name", "namespace"])]
]);
var KIND_LINE = /^kind: *([A-Za-z]+) *$/m;
function identityOnly(text3, noControlChars) {
  const kind = KIND_LINE.exec(text3)?.[1];
  if (kind === void 0 || !Object.hasOwn(IDENTITY_ONLY, kind)) return void 0;
  const head = readLines(text3, IDENTITY_KEYS, noControlChars);
  if (!isRecord(head) || head.kind !== kind || typeof head.apiVersion !== "string" || !IDENTITY_ONLY[kind].includes(head.apiVersion)) return void 0;
  return head;
}
function renderedSource(input, index, part, positions) {
  const helmPath = SOURCE_COMMENT.exec(part.text)?.[1]?.trim();
  const template = helmPath === void 0 ? void 0 : input.templates.get(helmPath);
  return new RenderedDocumentSource(helmPath ?? input.name, template, index, part, positions);
}
var COPY_DOCUMENTS_BELOW = 8 * 1024 * 1024;
function envItemContainer(containers, path) {
  const index = path[path.length - 1];
  if (typeof index !== "number" || path[path.length - 2] !== "env") return void 0;
  for (let c = 0; c < containers.length; c++) {
    const container = containers[c];
    if (container.envOffset < 0 || path[path.length - 3] !== container.index || path[path.length - 4] !== container.group) continue;
    const specPath = container.specPath;
    if (path.length !== specPath.length + 4) continue;
    let same = true;
    for (let i = 0; i < specPath.length && same; i++) same = path[i] === specPath[i];
    if (same) return container;
  }
  return void 0;
}
var LIST_KIND = /List$/;
function objectOf(value, identity, source, pool, envLists2) {
  const specPath = podSpecPath(identity.kind);
  const holdsData = identity.kind === "ConfigMap" || identity.kind === "Secret";
  const images = imagesOf(value);
  const notMaps = holdsData ? ["data", "stringData"].filter((field) => value[field] !== void 0 && value[field] !== null && !isRecord(value[field])) : [];
  const pod = specPath && readPodTemplate(value, specPath, source, pool, envLists2);
  if (pod && envLists2 !== void 0 && envLists2.length > 0) source.containers = pod.containers;
  return {
    source,
    identity,
    pod,
    data: holdsData && isRecord(value.data) ? value.data : void 0,
    stringData: holdsData && isRecord(value.stringData) ? value.stringData : void 0,
    notMaps: notMaps.length > 0 ? notMaps.map((field) => ({ field, value: value[field] })) : void 0,
    images: images.length === 0 ? NO_IMAGES : images.map(pool.intern)
  };
}
var NO_IMAGES = Object.freeze([]);
function imagesOf(object) {
  const images = [];
  collectImages(object, 0, images);
  return images;
}
var IMAGE_HOLDERS = ["spec", "template", "jobTemplate", "containers"];
function collectImages(value, depth, images) {
  if (depth > 12 || typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) collectImages(value[i], depth + 1, images);
    return;
  }
  const record = value;
  if (typeof record.image === "string") images.push(record.image);
  for (let k = 0; k < IMAGE_HOLDERS.length; k++) {
    const held = record[IMAGE_HOLDERS[k]];
    if (held !== void 0) collectImages(held, depth + 1, images);
  }
}
function readWithPositions(source, problems, limits) {
  const { doc } = source.positioned();
  if (doc.errors.length > 0) {
    if (SECRET_KIND_LINE.test(source.text)) source.sensitive = true;
    problems.push(...parseProblems(doc, source, limits));
    return void 0;
  }
  return toJS2(buildTree(doc, source, problems, limits, "kubernetes"));
}
var SOURCE_COMMENT = /^# Source: (.+)$/m;
function missingIdentity(value) {
  const wrong = ["apiVersion", "kind"].filter((key) => typeof value[key] !== "string" || value[key] === "");
  if (wrong.length === 0) return void 0;
  const problems = wrong.map((key) => value[key] === void 0 || value[key] === null || value[key] === "" ? `no ${key}` : `${key === "apiVersion" ? "an" : "a"} ${key} that is no string`);
  const hint2 = value.apiVersion === void 0 && value.kind === void 0 ? "; a values file is passed without -m" : "";
  const field = wrong.find((key) => value[key] !== void 0 && typeof value[key] !== "string");
  const path = field ? [field] : typeof value.kind === "string" ? ["kind"] : [];
  return { message: `this document has ${problems.join(" and ")}: kubectl and helm refuse it${hint2}`, path };
}
function identify(value, helmSource, intern) {
  const { apiVersion, kind } = value;
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  if (typeof kind !== "string") return void 0;
  const identity = {
    apiVersion: typeof apiVersion === "string" ? intern(apiVersion) : "",
    kind: intern(kind),
    name: typeof metadata.name === "string" ? metadata.name : ""
  };
  if (typeof metadata.namespace === "string") identity.namespace = intern(metadata.namespace);
  if (helmSource) identity.source = intern(helmSource);
  return identity;
}
var POD_SPEC_PATHS = {
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  Rollout: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
  Pod: ["spec"]
};
function podSpecPath(kind) {
  return Object.hasOwn(POD_SPEC_PATHS, kind) ? POD_SPEC_PATHS[kind] : void 0;
}

// src/engine/deployed.ts
var LITELLM_URL_ENV = "LITE_LLM_URL";
function buildDeployed(input, options, index, manifests) {
  const model = manifests ?? loadManifests([input.manifest]);
  return { input, manifests: model, facts: buildFacts(null, model, options, index), defaultBudgetId: options.defaultBudgetId };
}
function budgetEnvNames({ facts, deployed }) {
  const budgetIds = [...facts.budgetIds, ...deployed?.facts.budgetIds ?? []];
  return [...new Set(budgetIds.flatMap((fact) => fact.envName ? [fact.envName] : []))];
}
function missingRefs(factsList, names) {
  const refs = /* @__PURE__ */ new Map();
  const add = (ref) => {
    refs.set(`${ref.kind}\0${ref.namespace ?? ""}\0${ref.name}`, ref);
  };
  for (const facts of factsList) {
    for (const scope of facts.scopes) {
      for (const name of names) {
        const variable = scope.vars.get(name);
        if (variable?.missing && variable.missing.name) add({ ...variable.missing });
      }
      const setByEnv = names.some((name) => scope.vars.get(name)?.entry);
      if (setByEnv) continue;
      for (const source of scope.missingEnvFrom) add({ kind: source.kind, name: source.name, namespace: scope.object?.namespace });
    }
  }
  return [...refs.values()].sort((a, b) => `${a.kind}/${a.namespace}/${a.name}`.localeCompare(`${b.kind}/${b.namespace}/${b.name}`));
}

// src/core/snippet.ts
var MAX_SNIPPET = 240;
var MASK = "****";
var MAX_SHOWN = 200;
function clip(text3, show = (shown) => shown) {
  if (text3.length <= MAX_SHOWN) return show(text3);
  const end = /[\ud800-\udbff]/.test(text3[MAX_SHOWN - 1]) ? MAX_SHOWN - 1 : MAX_SHOWN;
  return `${show(`${text3.slice(0, end)}\u2026`)} (${text3.length} characters)`;
}
var SECRET_PAIR = /\b((?:[\w-]{0,64}(?:_key|-key|token|secret|password|passwd)|masterkey|master_key)["']?\s*:\s*)[^\s,}#][^,}#]*/gi;
var SECRET_NAME = /\b[A-Z0-9_]{0,64}(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|AUTH)\b/;
var ANY_VALUE = /((?:["']?value["']?\s*:\s*)|=)("[^"]*"|'[^']*'|[^\s,}]+)/g;
var NAME_LINE = /^[ \t]*(?:- +)?["']?name["']?[ \t]*:/;
function maskLine(line, beside) {
  line = maskKeyTokens(line, MASK).replace(SECRET_PAIR, (_, name) => `${name}${MASK}`);
  const secretBeside = beside.some((text3) => text3 !== void 0 && NAME_LINE.test(text3) && SECRET_NAME.test(text3));
  return SECRET_NAME.test(line) || secretBeside ? line.replace(ANY_VALUE, (_, lead) => `${lead}${MASK}`) : line;
}
function snippetOf(source, location) {
  if (location.object?.kind === "Secret") return void 0;
  const text3 = source.lineText(location.start.line);
  if (text3 === void 0) return void 0;
  let line = text3;
  if (location.sensitive) {
    const from = location.start.column - 1;
    const to = location.end.line === location.start.line ? location.end.column - 1 : line.length;
    line = line.slice(0, from) + MASK + line.slice(to);
  }
  const cut = line.length > MAX_SNIPPET;
  if (cut) line = line.slice(0, MAX_SNIPPET);
  const number = location.start.line;
  line = maskLine(line, [number - 1, number + 1].map((beside) => beside > 0 ? source.lineText(beside)?.slice(0, MAX_SNIPPET) : void 0));
  return cut ? `${line}\u2026` : line;
}

// src/core/version.ts
var VERSION = "0.1.0";
var HOME_URL = "https://github.com/litellm-preflight/litellm-preflight";

// src/engine/rule.ts
function isLiveRule(rule) {
  return rule.meta.input === "live";
}
function defineRule(rule) {
  return rule;
}
var DOCS_BASE_URL = `${HOME_URL}/blob/main/docs/rules/`;
function docsUrl(ruleId) {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
function renderMessage(template, data = {}) {
  let parts = templateParts.get(template);
  if (parts === void 0) templateParts.set(template, parts = partsOf(template));
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let p = 1; p < parts.length; p += 3) {
    const key = parts[p];
    out += (key in data ? clip(String(data[key])) : parts[p + 1]) + parts[p + 2];
  }
  return out;
}
var templateParts = /* @__PURE__ */ new Map();
function partsOf(template) {
  const parts = [];
  let copied = 0;
  for (let open = template.indexOf("{{"); open !== -1; open = template.indexOf("{{", open + 1)) {
    let i = open + 2;
    while (isSpace2(template.charCodeAt(i))) i++;
    const keyStart = i;
    while (isWordChar(template.charCodeAt(i))) i++;
    const key = template.slice(keyStart, i);
    while (isSpace2(template.charCodeAt(i))) i++;
    if (key === "" || !template.startsWith("}}", i)) continue;
    parts.push(template.slice(copied, open), key, template.slice(open, i + 2));
    copied = i + 2;
    open = i + 1;
  }
  parts.push(template.slice(copied));
  return parts;
}
function isSpace2(code) {
  return code === 32 || code >= 9 && code <= 13 || code === 160 || code === 65279 || code === 8232 || code === 8233 || code === 5760 || code >= 8192 && code <= 8202 || code === 8239 || code === 8287 || code === 12288;
}
function isWordChar(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
}

// src/core/source.ts
function documentPath(ref) {
  return ref.source.prefix ? ref.source.prefix.concat(ref.path) : ref.path;
}
function placeKey(ref) {
  return `${ref.source.file}\0${ref.source.doc ?? ""}\0${JSON.stringify(documentPath(ref))}`;
}
function toLocation(ref) {
  const range = ref.source.locate(ref.path, ref.part ?? "value", ref.offsets);
  const location = { file: ref.source.file, path: documentPath(ref), start: range.start, end: range.end };
  if (ref.source.doc !== void 0) location.doc = ref.source.doc;
  if (ref.source.object) location.object = ref.source.object;
  if (ref.sensitive || ref.source.sensitive) location.sensitive = true;
  return location;
}
function isPseudoFile(file) {
  return file.startsWith("<") || file.startsWith("--");
}
function formatPath(path) {
  let out = "";
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? dottedOrQuoted(segment) : plainOrQuoted(segment);
  }
  return out;
}
var SEGMENT_FORMS = /* @__PURE__ */ new Map();
var PLAIN_SEGMENT = /^[A-Za-z_][\w-]*$/;
function dottedOrQuoted(segment) {
  let form = SEGMENT_FORMS.get(segment);
  if (form === void 0) {
    form = PLAIN_SEGMENT.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
    if (SEGMENT_FORMS.size < 4096) SEGMENT_FORMS.set(segment, form);
  }
  return form;
}
function plainOrQuoted(segment) {
  const form = dottedOrQuoted(segment);
  return form.charCodeAt(0) === 46 ? segment : form;
}

// rules/budget-id-change.ts
var budget_id_change_default = defineRule({
  meta: {
    id: "budget-id-change",
    name: "BudgetIdChange",
    input: "any",
    defaultSeverity: "note",
    description: "The deployment changes the effective budget id or the LiteLLM URL compared with the running release",
    details: "With --compare-release, the release that runs now is read from the cluster (Helm's release Secret) and its manifest is resolved like the inputs. A change of the effective budget id moves every end user to another LiteLLM budget, and a change of the LiteLLM URL (LITE_LLM_URL) points the platform at another proxy; both are sometimes intended and always worth a reviewer's attention. Workloads are matched by kind, name and container; values given without manifests are compared with every workload of the release. Values that come from a Secret are never shown.",
    remediation: "Confirm that the change is intended, and that the new budget exists in LiteLLM before the upgrade.",
    example: "# running: LITELLM_BUDGET_ID=prod-budget\n# under review\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget-2026}",
    tags: ["review", "litellm", "budget"],
    messages: {
      changed: '{{envName}} changes from "{{before}}" to "{{after}}" compared with release {{release}} revision {{revision}} ({{scopes}})',
      changedSecret: "{{envName}} changes compared with release {{release}} revision {{revision}} ({{scopes}}); the values come from a Secret and are not shown"
    }
  },
  check({ model, report }) {
    const deployed = model.deployed;
    if (!deployed) return;
    const release3 = deployed.input.release;
    const revision = deployed.input.revision;
    const budgetNames = new Set(budgetEnvNames(model));
    const names = [...budgetNames, LITELLM_URL_ENV];
    const changes = /* @__PURE__ */ new Map();
    const add = (change, scope) => {
      const key = `${placeKey(change.at)}\0${change.envName}\0${change.before}\0${change.after}`;
      const existing = changes.get(key);
      if (existing) existing.scopes.push(scope);
      else changes.set(key, { ...change, scopes: [scope] });
    };
    const effective = (variable, envName) => variable ? variable.value : budgetNames.has(envName) ? deployed.defaultBudgetId : void 0;
    const factsByScope = Map.groupBy(model.facts.budgetIds, (fact) => fact.scope);
    const where = (scope, variable) => {
      const fact = factsByScope.get(scope)?.find((candidate) => candidate.envName === variable.name);
      return fact?.mappedTo?.at ?? fact?.at ?? variable.valueAt ?? variable.entry?.at ?? void 0;
    };
    const reviewed = model.facts.scopes.filter((scope) => scope.origin === "manifest" && scope.object);
    const running = deployed.facts.scopes.filter((scope) => scope.object);
    if (reviewed.length > 0) {
      const twins = /* @__PURE__ */ new Map();
      for (const candidate of running) {
        const key = `${candidate.object?.kind}\0${candidate.label}`;
        if (!twins.has(key)) twins.set(key, candidate);
      }
      for (const scope of reviewed) {
        const twin = twins.get(`${scope.object?.kind}\0${scope.label}`);
        if (!twin) continue;
        for (const envName of names) {
          const now = scope.vars.get(envName);
          if (!now) continue;
          const after = now.value;
          const before = effective(twin.vars.get(envName), envName);
          if (after === void 0 || before === void 0 || after === before) continue;
          const at = where(scope, now);
          if (!at) continue;
          add({ at, envName, before, after, secret: now.sensitive || Boolean(twin.vars.get(envName)?.sensitive) }, scope.label);
        }
      }
    } else {
      const runningByName = new Map(names.map((envName) => [envName, running.map((candidate) => candidate.vars.get(envName)).filter((variable) => variable?.value !== void 0)]));
      for (const scope of model.facts.scopes) {
        for (const envName of names) {
          const now = scope.vars.get(envName);
          if (!now || now.value === void 0) continue;
          const runningValues = runningByName.get(envName);
          if (runningValues.length === 0 || runningValues.some((variable) => variable.value === now.value)) continue;
          const before = [...new Set(runningValues.map((variable) => variable.value))].join('", "');
          const at = where(scope, now);
          if (!at) continue;
          add({ at, envName, before, after: now.value, secret: now.sensitive || runningValues.some((variable) => variable.sensitive) }, scope.label);
        }
      }
    }
    for (const change of changes.values()) {
      const data = { envName: change.envName, release: release3, revision, scopes: change.scopes.join(", ") };
      if (change.secret) report({ messageId: "changedSecret", data, at: change.at });
      else report({ messageId: "changed", data: { ...data, before: change.before, after: change.after }, at: change.at });
    }
  }
});

// rules/budget-id-expected.ts
var budget_id_expected_default = defineRule({
  meta: {
    id: "budget-id-expected",
    name: "BudgetIdExpected",
    input: "any",
    defaultSeverity: "error",
    description: "The effective budget id is not the one this environment expects",
    details: "An environment in `.litellm-preflight.yaml` can name the budget its users must get (`environments.<name>.budgetId`), and so can this rule's `expected` option. A values layer copied from staging into prod, or a prod file that forgot to set the id, then hands prod's users another budget (or the built-in `default`), and LiteLLM accepts it silently. Every effective budget id of the inputs must equal the expected one.",
    remediation: "Set the budget-id variable to the budget this environment expects, or correct the expected id in the config.",
    example: "# .litellm-preflight.yaml\nenvironments:\n  prod:\n    values: [values.yaml, values-prod.yaml]\n    budgetId: prod-budget\n# values-prod.yaml: right\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}",
    tags: ["correctness", "litellm", "budget"],
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { expected: { description: "The budget id every workload must get", type: "string", minLength: 1 } }
    },
    messages: {
      differs: '{{envName}} is "{{id}}", but budget "{{expected}}" is expected here',
      unset: 'no budget id is set, so "{{id}}" applies, but budget "{{expected}}" is expected here'
    }
  },
  check({ model, options, report }) {
    const expected = typeof options.expected === "string" ? options.expected : void 0;
    if (expected === void 0) return;
    for (const fact of model.facts.budgetIds) {
      if (fact.mappedTo || fact.source === "budgets-config" || fact.id === void 0 || fact.id === expected) continue;
      const id = fact.variable?.sensitive ? "(secret)" : fact.id;
      if (fact.source === "default") {
        const first = model.values?.files[0] ?? model.manifests?.objects[0]?.source;
        if (first) report({ messageId: "unset", data: { id, expected }, at: { source: first, path: [] } });
        continue;
      }
      if (fact.at) report({ messageId: "differs", data: { envName: fact.envName ?? "the budget id", id, expected }, at: fact.at, related: fact.related });
    }
  }
});

// rules/budget-id-invalid.ts
var budget_id_invalid_default = defineRule({
  meta: {
    id: "budget-id-invalid",
    name: "BudgetIdInvalid",
    input: "any",
    defaultSeverity: "error",
    description: "The budget id is empty, an unrendered placeholder, or cannot be resolved",
    details: "The platform gives every end user the LiteLLM budget named by the budget-id variable (or, from CodeMie 2.23, by a budget_id in budgets-config.yaml). An empty id, a `{{ .Values.x }}` or `%%PLACEHOLDER%%` that was never substituted, a `$(VAR)` that names no variable, or a `valueFrom` that points at a ConfigMap or Secret the deployment does not contain leaves users without the intended budget, or the pod without its variable. An `envFrom` source that is not in the inputs, applied after whatever set the id (or in a container that runs with the default where another container of the same name and image sets one), is a note: it may set the id instead, so the id shown holds only if it does not. ConfigMaps and Secrets are read from the pod's own namespace (objects rendered without one are in the release namespace, `-n`).",
    remediation: "Set the budget-id variable to the literal id of a budget that exists in LiteLLM, or fix the reference it reads.",
    example: '# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: "{{ .Values.budget }}"}\n# right\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}',
    tags: ["correctness", "litellm", "budget"],
    messages: {
      empty: "{{envName}} is empty, so users get no budget",
      whitespace: '{{envName}} "{{id}}" has leading or trailing white space, which LiteLLM keeps as part of the id',
      template: '{{envName}} "{{id}}" is an unrendered Helm template',
      placeholder: '{{envName}} "{{id}}" still holds the placeholder {{placeholder}}',
      undefinedReference: '{{envName}} "{{id}}" references $({{reference}}), which is not defined before it, so the pod sees it literally',
      undefinedReferenceSorted: '{{envName}} "{{id}}" references $({{reference}}), which the chart renders after it (a map of env values reaches the pod in sorted key order), so the pod sees it literally',
      unresolved: "{{envName}} cannot be resolved: {{reason}}",
      envFromMissing: 'the budget id may come from envFrom {{kind}} "{{name}}", which cannot be resolved: {{reason}}',
      envFromUnread: 'the budget id may come from envFrom {{kind}} "{{name}}", which is not in the inputs: "{{id}}" holds only if that {{kind}} does not set it (add its manifest with -m, or read it from the cluster with --kubeconfig)'
    }
  },
  check({ model, report }) {
    for (const fact of model.facts.budgetIds) {
      const envName = fact.envName ?? (fact.source === "budgets-config" ? "budget_id in budgets-config.yaml" : null);
      const unread = fact.scope?.origin !== "manifest" ? [] : fact.variable === null ? fact.scope.missingEnvFrom : fact.variable.origin === "envFrom" ? fact.variable.unreadLater ?? [] : [];
      for (const source of unread) {
        const shown2 = fact.variable?.sensitive ? "(secret)" : fact.id ?? "";
        if (source.unresolved) report({ messageId: "envFromMissing", data: { kind: source.kind, name: source.name, reason: source.unresolved }, at: source.at });
        else report({ messageId: "envFromUnread", severity: "note", data: { kind: source.kind, name: source.name, id: shown2 }, at: source.at });
      }
      if (fact.mappedTo || !envName || !fact.at) continue;
      const at = fact.at;
      const related = fact.related;
      const id = fact.id;
      if (id === void 0) {
        report({ messageId: "unresolved", data: { envName, reason: fact.variable?.unresolved ?? "unknown source" }, at, related, ...fact.variable?.optional ? { severity: "note" } : {} });
        continue;
      }
      const secret = fact.variable?.sensitive === true;
      const shown = secret ? "(secret)" : id;
      const part = (match) => secret ? "(hidden)" : match;
      const defect = budgetIdDefect(id, fact.variable);
      if (defect === "empty") report({ messageId: "empty", data: { envName }, at, related });
      else if (defect === "whitespace" || defect === "template") report({ messageId: defect, data: { envName, id: shown }, at, related });
      else if (defect === "placeholder") report({ messageId: "placeholder", data: { envName, id: shown, placeholder: part(PLACEHOLDER.exec(id)[0]) }, at, related });
      else if (defect === "undefinedReference") {
        const reference = undefinedReference(id, fact.variable);
        const sorted = fact.scope?.lists.some((list) => list.style === "map" && list.entries.some((entry) => entry.name === reference)) === true;
        report({ messageId: sorted ? "undefinedReferenceSorted" : "undefinedReference", data: { envName, id: shown, reference: part(reference) }, at, related });
      }
    }
    const withId = new Set(model.facts.budgetIds.map((fact) => fact.scope));
    for (const scope of model.facts.scopes) {
      if (withId.has(scope)) continue;
      for (const source of scope.missingEnvFrom) {
        if (source.unresolved) report({ messageId: "envFromMissing", data: { kind: source.kind, name: source.name, reason: source.unresolved }, at: source.at });
      }
    }
  }
});

// rules/budget-id-mismatch.ts
var budget_id_mismatch_default = defineRule({
  meta: {
    id: "budget-id-mismatch",
    name: "BudgetIdMismatch",
    input: "any",
    defaultSeverity: "warning",
    description: "Workloads, values layers, or values and manifests disagree on the budget id",
    details: "Every workload of the platform should hand out the same end-user budget. When the API and a worker pool, or the values under review and the rendered manifests name different budget ids, users are billed against different budgets depending on which pod served them, and a rename done in one place silently misses the others. A workload that sets no budget id while the other workloads of the same application do (CodeMie's API when only `proxyPool.extraEnv` sets one, a container of the same name and image in another Deployment) runs with the default id and is reported too. With --chart, only the workloads the chart renders count: a pool or subchart that is switched off adds no id. Of several values layers (-f), a later one that writes an env list without the budget-id variable an earlier one sets drops it (helm replaces lists whole, it does not merge them), and the pods run with the default id; a later layer that sets another id overrides it, as layers are meant to.",
    remediation: "Set the same budget id everywhere, ideally in one values key that every workload reads.",
    example: "# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\nproxyPool:\n  enabled: true\n  extraEnv:\n    - {name: LITELLM_BUDGET_ID, value: prod-budgt}\n# right: drop the pool override, or make it equal",
    tags: ["correctness", "litellm", "budget"],
    messages: {
      mismatch: 'budget id "{{id}}" ({{scope}}) differs from "{{other}}" used by {{otherScope}}',
      defaultId: '{{scope}} sets no budget id, so its pods run with the default "{{id}}" while {{otherScope}} uses "{{other}}"',
      droppedByLayer: 'this list replaces the one in {{earlier}} (helm replaces lists whole) and drops its {{envName}} "{{id}}", so {{scope}} runs with the default budget id',
      droppedByNull: 'this null deletes the list {{earlier}} writes here (helm deletes a key set to null), with its {{envName}} "{{id}}", so {{scope}} runs with the default budget id'
    }
  },
  check({ model, report }) {
    for (const drop of model.facts.droppedBudgetIds ?? []) {
      const at = drop.replacedAt;
      report({
        messageId: drop.nulled ? "droppedByNull" : "droppedByLayer",
        data: { envName: drop.envName, id: drop.sensitive ? "(secret)" : drop.id ?? "(unresolved)", earlier: drop.setAt.source.file, scope: drop.scope },
        at: { ...at, part: "key" },
        related: [drop.setAt]
      });
    }
    const facts = model.facts.budgetIds.filter((fact) => fact.source !== "budgets-config" && fact.id !== void 0 && fact.at && !fact.mappedTo && !fact.variable?.sensitive);
    const groups = Map.groupBy(facts, (fact) => fact.id);
    if (groups.size < 2) return;
    const [majorityId, majority] = [...groups].sort((a, b) => b[1].length - a[1].length)[0];
    const reference = majority[0];
    for (const fact of facts) {
      if (fact.id === majorityId) continue;
      report({
        messageId: fact.source === "default" ? "defaultId" : "mismatch",
        data: { id: fact.id, scope: fact.scope?.label ?? fact.source, other: majorityId, otherScope: reference.scope?.label ?? reference.source },
        at: fact.at,
        related: [reference.at, ...fact.related]
      });
    }
  }
});

// rules/budget-id-restart.ts
var CHECKSUM = /^checksum\//;
var RELOADER = /^(configmap\.reloader\.stakater\.com\/reload|secret\.reloader\.stakater\.com\/reload|reloader\.stakater\.com\/(auto|search))$/;
var RUN_TO_COMPLETION = /* @__PURE__ */ new Set(["Pod", "Job", "CronJob"]);
var budget_id_restart_default = defineRule({
  meta: {
    id: "budget-id-restart",
    name: "BudgetIdRestart",
    input: "manifest",
    defaultSeverity: "warning",
    description: "The budget id comes from a ConfigMap or Secret, but the pods are not restarted when it changes",
    details: "Environment variables read from a ConfigMap or Secret are resolved when a container starts. When `helm upgrade` changes the budget id in such an object but leaves the pod template untouched, no pod restarts, and the new budget id takes effect only whenever pods happen to be replaced. Charts solve this with a checksum annotation on the pod template (`checksum/config: {{ include (print $.Template.BasePath \"/configmap.yaml\") . | sha256sum }}`); any `checksum/\u2026` annotation on the pod template (not on the workload's own metadata: a Deployment rolls out only when its template changes), or a Stakater Reloader annotation on the workload, satisfies this rule. Jobs and CronJobs are not checked: their pods read the object when they start (a Job's template cannot be changed by an upgrade, a CronJob makes new pods each run). Only objects rendered with the release are checked: an object managed elsewhere is not changed by the upgrade.",
    remediation: "Add a checksum/\u2026 annotation of the ConfigMap or Secret to the pod template, so that a changed budget id rolls the pods.",
    example: '# templates/deployment.yaml\nspec:\n  template:\n    metadata:\n      annotations:\n        checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}',
    tags: ["correctness", "helm", "budget"],
    messages: {
      noRestart: '{{envName}} comes from {{kind}} "{{name}}", but {{workload}} has no checksum/ annotation on its pod template, so helm upgrade will not restart its pods when the id changes'
    }
  },
  check({ model, report }) {
    if (!model.manifests) return;
    const seen = /* @__PURE__ */ new Set();
    for (const fact of model.facts.budgetIds) {
      const variable = fact.variable;
      const scope = fact.scope;
      if (fact.source !== "manifest" || !variable || !scope?.object || !fact.envName) continue;
      if (variable.origin !== "configMapKeyRef" && variable.origin !== "secretKeyRef" && variable.origin !== "envFrom") continue;
      const holder = variable.valueAt?.source;
      if (holder?.kind !== "manifest" || !holder.object || holder.object.kind !== "ConfigMap" && holder.object.kind !== "Secret") continue;
      const workload = scope.workload;
      if (!workload?.pod || RUN_TO_COMPLETION.has(workload.identity.kind)) continue;
      const { templateAnnotationKeys, workloadAnnotationKeys } = workload.pod;
      if (templateAnnotationKeys.some((key2) => CHECKSUM.test(key2) || RELOADER.test(key2)) || workloadAnnotationKeys.some((key2) => RELOADER.test(key2))) continue;
      const templatePath = workload.pod.specPath.slice(0, -1);
      const key = `${workload.identity.kind}/${workload.identity.name}\0${holder.object.kind}/${holder.object.name}\0${fact.envName}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const at = { source: workload.source, path: [...templatePath, "metadata"], part: "key" };
      const related = [variable.entry?.at, variable.valueAt].filter((ref) => ref !== void 0 && ref !== null);
      report({
        messageId: "noRestart",
        data: { envName: fact.envName, kind: holder.object.kind, name: holder.object.name, workload: `${workload.identity.kind}/${workload.identity.name}` },
        at,
        related
      });
    }
  }
});

// src/codemie/profile.ts
var CHART_MARKERS = ["dsPool", "proxyPool", "argoRollout", "ingressSwagger", "ingressWebHooks"];
var CODEMIE_ENV = /* @__PURE__ */ new Set(["LLM_PROXY_ENABLED", "LLM_PROXY_MODE", "LITE_LLM_URL", "LITE_LLM_APP_KEY", "LITE_LLM_MASTER_KEY"]);
function detectCodemie(setting, values, manifests, envLists2, budgetsConfigs, chart = null) {
  const version = valuesVersion(values) ?? manifestVersion(manifests);
  const active = setting === "on" || setting === "auto" && (budgetsConfigs.length > 0 || looksLikeChart(values?.root) || chart !== null && isCodemieChart(chart) || envLists2.some(setsCodemieEnv) || (manifests?.objects.some((object) => object.images.some((image) => /codemie/i.test(image))) ?? false));
  return { active, version, budgetsConfigs };
}
function setsCodemieEnv(list) {
  for (let index = 0; index < list.length; index++) if (CODEMIE_ENV.has(list.nameAt(index))) return true;
  return false;
}
function looksLikeChart(root) {
  if (root?.kind !== "map") return false;
  const maps = [root, ...[...root.entries.values()].filter((child) => child.kind === "map")];
  return maps.some((map2) => map2.kind === "map" && (map2.entries.has("extraEnv") || map2.entries.has("customEnv")) && CHART_MARKERS.some((key) => map2.entries.has(key)));
}
function isCodemieChart(chart) {
  if (chart.input.chartName === "codemie") return true;
  if (looksLikeChart(chart.defaultsTree ?? void 0)) return true;
  const read2 = (key) => [...chart.templates.values()].some((template) => template.text.includes(`.Values.${key}`));
  return (read2("extraEnv") || read2("customEnv")) && CHART_MARKERS.some(read2);
}
function parseVersion(text3, at) {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text3.trim());
  if (!match || match[1] === "0") return void 0;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0), text: text3.trim(), at };
}
function apiImageTags(values) {
  const root = values?.root;
  if (!root) return [];
  const candidates = [root, ...[...root.entries.entries()].filter(([key]) => API_NAME.test(key)).map(([, child]) => child)];
  return candidates.flatMap((map2) => {
    const image = map2.kind === "map" ? map2.entries.get("image") : void 0;
    const tag = image?.kind === "map" ? image.entries.get("tag") : void 0;
    return tag?.kind === "scalar" && tag.value !== null && String(tag.value) !== "" ? [tag] : [];
  });
}
function valuesVersion(values) {
  for (const tag of apiImageTags(values)) {
    const version = parseVersion(String(tag.value), tag.origin);
    if (version) return version;
  }
  return void 0;
}
var API_NAME = /^codemie(?:-api)?$/i;
var API_IMAGE = /(?:^|\/)codemie(?:-api)?:([^@/]+)(?:@.*)?$/i;
function manifestVersion(manifests) {
  const seen = /* @__PURE__ */ new Set();
  for (const object of manifests?.objects ?? []) {
    for (const image of object.images) {
      if (seen.has(image)) continue;
      seen.add(image);
      const match = API_IMAGE.exec(image);
      const version = match ? parseVersion(match[1], null) : void 0;
      if (version) return version;
    }
  }
  return void 0;
}
function atLeast(version, major, minor) {
  return version.major > major || version.major === major && version.minor >= minor;
}
var BUDGETS_FILE_SINCE = [2, 23];
var LEGACY_BUDGET_ID_ENV = "DEFAULT_BUDGET_ID";
function budgetIdVariables(profile, configured) {
  if (!profile.active || profile.version && atLeast(profile.version, ...BUDGETS_FILE_SINCE)) return [...configured];
  return [.../* @__PURE__ */ new Set([...configured, LEGACY_BUDGET_ID_ENV])];
}
function readsBudgetsConfig(profile) {
  return !profile.version || atLeast(profile.version, ...BUDGETS_FILE_SINCE);
}
var PYDANTIC_TRUE = /^(true|1|yes|on|t|y)$/i;
function isOn(text3) {
  return PYDANTIC_TRUE.test(text3 ?? "");
}
function reconcilesBudgets(scopes) {
  return scopes.some((scope) => ["LLM_PROXY_ENABLED", "LLM_PROXY_BUDGET_CHECK_ENABLED", "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED"].every((name) => isOn(scope.vars.get(name)?.value)));
}

// src/live/rule.ts
function defineLiveRule(rule) {
  return rule;
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
  const text3 = String(value);
  return text3.length > 0 && text3.length <= max && /^[\w .:@/+-]+$/.test(text3) ? text3 : null;
}
function versionText(value) {
  const text3 = safeText(value, 40);
  return text3 !== null && /^v?\d+\.\d+(?:\.\d+)*(?:[.+-][\w.+-]*)?$/.test(text3) ? text3 : void 0;
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

// rules/codemie-budget-drift.ts
var FILE_DEFAULTS = { soft_budget: 0, budget_duration: "30d" };
var codemie_budget_drift_default = defineLiveRule({
  meta: {
    id: "codemie-budget-drift",
    name: "CodemieBudgetDrift",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "warning",
    description: "A budget in CodeMie's budgets-config.yaml differs from the same budget in LiteLLM",
    details: "CodeMie treats budgets-config.yaml as the source of truth: with LLM_PROXY_BUDGET_RECONCILIATION_ENABLED (and the proxy and budget checking on) it overwrites LiteLLM's max_budget, soft_budget and budget_duration at the next start, undoing any change made in LiteLLM directly; without reconciliation the two stay apart and the file describes limits nobody enforces. Compared from the same POST /budget/info answer the other budget checks use: no extra request.",
    remediation: "Make budgets-config.yaml and LiteLLM agree: change the file when LiteLLM holds the intended limits, or let reconciliation write the file's values.",
    example: '# budgets-config.yaml\npredefined_budgets:\n  - {budget_id: default, name: Default, max_budget: 120.0, soft_budget: 80.0, budget_duration: 30d, budget_category: platform}\n# LiteLLM: POST /budget/info {"budgets": ["default"]} -> max_budget 120.0, soft_budget 80.0, budget_duration 30d',
    tags: ["correctness", "codemie", "budget", "live"],
    messages: {
      drift: 'budget "{{id}}": budgets-config.yaml sets {{field}} {{file}}, LiteLLM has {{litellm}}; {{consequence}}'
    }
  },
  // CodeMie before 2.23 does not read the file: it describes nothing (codemie-ignored-env says so).
  appliesTo: (model) => model.codemie.active && model.codemie.budgetsConfigs.length > 0 && readsBudgetsConfig(model.codemie),
  async check({ model, live, report }) {
    const outcome = await live.budgets();
    if (outcome.status !== "ok") return;
    const reconciling = reconcilesBudgets(model.facts.scopes);
    const consequence = reconciling ? "CodeMie's reconciliation overwrites LiteLLM at its next start" : "reconciliation is off, so LiteLLM keeps its own value";
    for (const config of model.codemie.budgetsConfigs) {
      for (const entry of config.entries) {
        const row2 = entry.budgetId === void 0 ? void 0 : outcome.found.get(entry.budgetId);
        if (!row2 || entry.budgetId === void 0) continue;
        const compare = (field, file, litellm) => {
          if (file === void 0 || file === litellm || file === 0 && litellm === null) return;
          const shown = (value) => value === null ? "none" : typeof value === "number" ? formatAmount(value) : safeText(value, 16) ?? "set";
          const remediation = reconciling ? { text: "nothing to call: CodeMie writes the file's value at its next start; change budgets-config.yaml if LiteLLM holds the intended one" } : { text: "write the file's value into LiteLLM, or change budgets-config.yaml", request: { method: "POST", path: "/budget/update", body: { budget_id: entry.budgetId, [field]: file } } };
          report({
            messageId: "drift",
            data: { id: entry.budgetId, field, file: shown(file), litellm: shown(litellm), consequence },
            at: entry.node.entries.has(field) ? entry.at(field) : entry.at("budget_id"),
            remediation
          });
        };
        compare("max_budget", entry.maxBudget, row2.maxBudget);
        compare("soft_budget", entry.softBudget ?? FILE_DEFAULTS.soft_budget, row2.softBudget);
        compare("budget_duration", entry.duration ?? FILE_DEFAULTS.budget_duration, row2.duration);
      }
    }
  }
});

// rules/codemie-budget-flags.ts
var BOOLEAN = /^(true|false|1|0|yes|no|on|off|t|f|y|n)$/i;
var BOOLEAN_SETTINGS = [
  "LLM_PROXY_ENABLED",
  "LLM_PROXY_BUDGET_CHECK_ENABLED",
  "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED",
  "LITELLM_FAIL_OPEN_ON_503",
  "LITELLM_SPEND_COLLECTOR_ENABLED",
  "LITELLM_BUDGET_RESET_TRACKER_ENABLED",
  "LITELLM_BUDGET_RESET_RECONCILIATION_ENABLED"
];
var PROXY_MODES = ["internal", "lite_llm"];
var JSON_LISTS = ["LITELLM_PREMIUM_MODELS_ALIASES", "GITHUB_IDENTIFIERS", "GITLAB_IDENTIFIERS", "BITBUCKET_IDENTIFIERS"];
var ASKED = [...BOOLEAN_SETTINGS, ...JSON_LISTS, "LLM_PROXY_MODE"];
var ASKED_NAMES = new Set(ASKED);
var NO_VARS = Object.fromEntries(ASKED.map((name) => [name, void 0]));
var codemie_budget_flags_default = defineRule({
  meta: {
    id: "codemie-budget-flags",
    name: "CodemieBudgetFlags",
    input: "any",
    defaultSeverity: "warning",
    description: "CodeMie's budget switches are inconsistent, so budgets are not enforced or the API does not start",
    details: "CodeMie enforces LiteLLM budgets only when LLM_PROXY_ENABLED is true, LLM_PROXY_MODE is lite_llm and LLM_PROXY_BUDGET_CHECK_ENABLED is true; reconciliation of budgets-config.yaml also needs budget checking. Premium-model aliases without a premium_models budget leave premium traffic on the platform budget. Boolean settings accept only pydantic's spellings (not an empty value), LLM_PROXY_MODE only internal or lite_llm, and list settings must be JSON: anything else stops the API at start-up (an error; the inconsistent switches are warnings).",
    remediation: `Turn on the switches a feature depends on, spell booleans as "true" or "false", and write list settings as JSON such as '["opus"]'.`,
    example: `extraEnv:
  - {name: LLM_PROXY_ENABLED, value: "true"}
  - {name: LLM_PROXY_MODE, value: lite_llm}
  - {name: LLM_PROXY_BUDGET_CHECK_ENABLED, value: "true"}
  - {name: LITELLM_PREMIUM_MODELS_ALIASES, value: '["opus"]'}`,
    tags: ["correctness", "codemie", "budget"],
    messages: {
      notBoolean: '{{name}} is "{{value}}", which CodeMie cannot read as a boolean; the API does not start',
      notJsonList: `{{name}} must be a JSON list such as '["a", "b"]'; the API does not start with {{shown}}`,
      checkWithoutProxy: "LLM_PROXY_BUDGET_CHECK_ENABLED is on but LLM_PROXY_ENABLED is not, so budgets are never checked",
      reconciliationWithoutCheck: "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED is on but LLM_PROXY_BUDGET_CHECK_ENABLED is not, so budgets-config.yaml is never synced",
      badMode: 'LLM_PROXY_MODE is "{{mode}}"; CodeMie knows only internal and lite_llm, and the API does not start',
      modeNotLiteLLM: 'LLM_PROXY_ENABLED is on but LLM_PROXY_MODE is "{{mode}}", so LLM calls bypass LiteLLM and its budgets',
      premiumWithoutBudget: "LITELLM_PREMIUM_MODELS_ALIASES lists premium models but budgets-config.yaml has no premium_models budget"
    }
  },
  appliesTo: (model) => model.codemie.active,
  check({ model, report }) {
    const hasPremiumBudget = model.codemie.budgetsConfigs.some((config) => config.entries.some((entry) => entry.category === "premium_models"));
    const knowsBudgets = model.codemie.budgetsConfigs.length > 0 && readsBudgetsConfig(model.codemie);
    const scopes = model.facts.scopes;
    for (let s = 0; s < scopes.length; s++) {
      const scope = scopes[s];
      const vars = { ...NO_VARS };
      scope.vars.getInto(ASKED_NAMES, vars);
      for (let i = 0; i < BOOLEAN_SETTINGS.length; i++) {
        const name = BOOLEAN_SETTINGS[i];
        const text3 = vars[name]?.value;
        if (text3 !== void 0 && !BOOLEAN.test(text3)) report({ messageId: "notBoolean", data: { name, value: text3 }, at: atOf(scope, vars, name), severity: "error" });
      }
      for (let i = 0; i < JSON_LISTS.length; i++) {
        const name = JSON_LISTS[i];
        const text3 = vars[name]?.value;
        if (text3 === void 0) continue;
        if (!isJsonList(text3)) report({ messageId: "notJsonList", data: { name, shown: text3.trim() === "" ? "an empty value" : `"${text3}"` }, at: atOf(scope, vars, name), severity: "error" });
      }
      const proxy = isOn(vars.LLM_PROXY_ENABLED?.value);
      const check = isOn(vars.LLM_PROXY_BUDGET_CHECK_ENABLED?.value);
      if (check && !proxy) report({ messageId: "checkWithoutProxy", at: atOf(scope, vars, "LLM_PROXY_BUDGET_CHECK_ENABLED") });
      if (isOn(vars.LLM_PROXY_BUDGET_RECONCILIATION_ENABLED?.value) && !check) report({ messageId: "reconciliationWithoutCheck", at: atOf(scope, vars, "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED") });
      const mode = vars.LLM_PROXY_MODE?.value ?? "internal";
      if (!PROXY_MODES.includes(mode)) report({ messageId: "badMode", data: { mode }, at: atOf(scope, vars, "LLM_PROXY_MODE"), severity: "error" });
      else if (proxy && mode !== "lite_llm") report({ messageId: "modeNotLiteLLM", data: { mode }, at: atOf(scope, vars, vars.LLM_PROXY_MODE ? "LLM_PROXY_MODE" : "LLM_PROXY_ENABLED") });
      const aliases = vars.LITELLM_PREMIUM_MODELS_ALIASES?.value;
      if (knowsBudgets && !hasPremiumBudget && aliases !== void 0 && isJsonList(aliases) && JSON.parse(aliases).length > 0) {
        report({ messageId: "premiumWithoutBudget", at: atOf(scope, vars, "LITELLM_PREMIUM_MODELS_ALIASES") });
      }
    }
  }
});
function isJsonList(text3) {
  try {
    const parsed = JSON.parse(text3);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === "string");
  } catch {
    return false;
  }
}
function atOf(scope, vars, name) {
  const variable = vars[name];
  return variable?.valueAt ?? variable?.entry?.at ?? scope.lists[0]?.at ?? { source: scope.lists[0].at.source, path: [] };
}

// src/codemie/budgets-config.ts
var BUDGETS_CONFIG_KEY = "budgets-config.yaml";
var BUDGET_CATEGORIES = ["platform", "cli", "premium_models"];
function readBudgetsConfig(source, label, at, configMap) {
  const problems = [];
  const { doc } = source.positioned();
  let root = null;
  if (doc && doc.errors.length > 0) {
    problems.push(parseProblems(doc, source)[0]);
  } else if (doc) {
    root = buildTree(doc, source, problems, void 0, "python");
  }
  const list = root?.kind === "map" ? root.entries.get("predefined_budgets") : void 0;
  const entries = list?.kind === "seq" ? list.items.flatMap((item, index) => item.kind === "map" ? [budgetEntry(item, index)] : []) : [];
  const config = { label, at, text: source.text, root, problems, entries };
  if (configMap) config.configMap = configMap;
  return config;
}
var FIELD_TYPES = {
  budget_id: "str",
  name: "str",
  description: "optional str",
  soft_budget: "float",
  max_budget: "float",
  budget_duration: "str",
  budget_category: "str"
};
function budgetEntry(node, index) {
  const wrongTypes = [];
  const accepted = /* @__PURE__ */ new Map();
  for (const [field, type] of Object.entries(FIELD_TYPES)) {
    const child = node.entries.get(field);
    if (child === void 0) continue;
    const value = type === "float" ? pydanticFloat(child) : pydanticString(child);
    if (value !== void 0) accepted.set(field, value);
    else if (!(type === "optional str" && child.kind === "scalar" && child.value === null)) {
      wrongTypes.push({ field, expected: type === "float" ? "a number" : "a string", written: pythonWritten(child) });
    }
  }
  const text3 = (field) => accepted.get(field);
  const number = (field) => accepted.get(field);
  return {
    index,
    node,
    budgetId: text3("budget_id"),
    category: text3("budget_category"),
    maxBudget: number("max_budget"),
    softBudget: number("soft_budget"),
    duration: text3("budget_duration"),
    wrongTypes,
    at: (field) => node.entries.get(field)?.origin ?? { ...node.origin, part: "value" }
  };
}
function pydanticString(node) {
  if (node.kind !== "scalar" || typeof node.value !== "string") return void 0;
  return isPythonDate(node) ? void 0 : node.value;
}
function pydanticFloat(node) {
  if (node.kind !== "scalar") return void 0;
  const { value } = node;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value !== "string" || isPythonDate(node)) return void 0;
  const text3 = value.trim();
  if (!PYDANTIC_FLOAT.test(text3)) return void 0;
  const word = text3.replace(/^[+-]/, "").toLowerCase();
  if (word.startsWith("inf")) return text3.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return word === "nan" ? Number.NaN : Number(text3.replace(/_/g, ""));
}
var PYDANTIC_FLOAT = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf|infinity|nan)$/i;
function isPythonDate(node) {
  return !node.quoted && typeof node.value === "string" && PYTHON_TIMESTAMP.test(node.value);
}
function pythonWritten(node) {
  if (node.kind === "map") return "a map";
  if (node.kind === "seq") return "a list";
  const { value } = node;
  if (value === null) return "null";
  if (typeof value === "boolean") return `a boolean (${value})`;
  if (typeof value === "number") return `a number (${value})`;
  if (isPythonDate(node)) return `a date (${String(value)})`;
  return `"${String(value)}"`;
}
function findBudgetsConfigs(values, manifests) {
  const found = [];
  if (values) {
    const visit3 = (node, key, depth) => {
      if (depth > 50) return;
      if (node.kind === "seq" && key === "extraObjects") {
        for (const item of node.items) {
          const object = item.kind === "map" ? item : item.kind === "scalar" && typeof item.value === "string" ? parseStringItem(item) : void 0;
          if (object) fromValuesConfigMap(object, found);
        }
        return;
      }
      if (node.kind === "map") for (const [childKey, child] of node.entries) visit3(child, childKey, depth + 1);
    };
    visit3(values.root, void 0, 0);
  }
  const fromValues = new Set(found.map((config) => config.text));
  for (const object of manifests?.objects ?? []) {
    if (object.identity.kind !== "ConfigMap") continue;
    for (const [key, value] of Object.entries(object.data ?? {})) {
      if (!isBudgetsKey(key) || typeof value !== "string" || fromValues.has(value)) continue;
      const at = { source: object.source, path: ["data", key] };
      const source = new EmbeddedYamlSource(object.source, ["data", key], value);
      found.push(readBudgetsConfig(source, `ConfigMap ${object.identity.name} (${object.source.file})`, at, { name: object.identity.name, key, at }));
    }
  }
  return found;
}
function isBudgetsKey(key) {
  return key === BUDGETS_CONFIG_KEY || key === "budgets-config.yml";
}
function parseStringItem(item) {
  const tree = embeddedTree(item);
  return tree?.kind === "map" ? tree : void 0;
}
function fromValuesConfigMap(object, found) {
  const kind = object.entries.get("kind");
  if (kind?.kind !== "scalar" || kind.value !== "ConfigMap") return;
  const metadata = object.entries.get("metadata");
  const nameNode = metadata?.kind === "map" ? metadata.entries.get("name") : void 0;
  const name = nameNode?.kind === "scalar" ? String(nameNode.value) : "";
  const data = object.entries.get("data");
  if (data?.kind !== "map") return;
  for (const [key, value] of data.entries) {
    if (!isBudgetsKey(key) || value.kind !== "scalar" || typeof value.value !== "string" || !isParsedSource(value.origin.source)) continue;
    const source = new EmbeddedYamlSource(value.origin.source, value.origin.path, value.value);
    const at = { ...value.origin, part: "key" };
    found.push(readBudgetsConfig(source, `ConfigMap ${name} in extraObjects`, at, { name, key, at }));
  }
}
function addBudgetsConfigFacts(facts, configs) {
  const seen = /* @__PURE__ */ new Set();
  const added = [];
  for (const config of configs) {
    const rendersTemplates = config.configMap !== void 0 && config.at.source.kind !== "manifest";
    for (const entry of config.entries) {
      if (entry.budgetId === void 0 || seen.has(entry.budgetId) || rendersTemplates && entry.budgetId.includes("{{")) continue;
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

// src/codemie/mounts.ts
import { posix } from "node:path";
var DEFAULT_BUDGETS_DIR = "/app/config/budgets";
function isWrongMount(issue) {
  return issue.kind === "subPathMismatch" || issue.kind === "notInDirectory" || issue.kind === "wholeVolume";
}
function budgetsMounts(mounts, dir) {
  const base = mountPoint(dir);
  return mounts.filter((mount) => {
    const at = mountPoint(mount.mountPath);
    return at === base || at === `${base}/${BUDGETS_CONFIG_KEY}`;
  });
}
function mountPoint(path) {
  return posix.normalize(path).replace(/(.)\/+$/, "$1");
}
function pathUnder(mount, target) {
  const at = mountPoint(mount.mountPath);
  if (at === target) return "";
  const prefix = at === "/" ? "/" : `${at}/`;
  return target.startsWith(prefix) ? target.slice(prefix.length) : void 0;
}
function checkWiring(configs, mounts, volumes, dir) {
  const issues = [];
  const relevant = budgetsMounts(mounts, dir);
  const target = `${mountPoint(dir)}/${BUDGETS_CONFIG_KEY}`;
  const candidates = mounts.flatMap((mount) => {
    const under = pathUnder(mount, target);
    return under === void 0 ? [] : [{ mount, under }];
  });
  const depth = (under) => under === "" ? 0 : under.split("/").length;
  const deepest = /* @__PURE__ */ new Map();
  for (const { mount, under } of candidates) deepest.set(mount.container, Math.min(deepest.get(mount.container) ?? Infinity, depth(under)));
  const holding = candidates.filter(({ mount, under }) => depth(under) === deepest.get(mount.container));
  let misrouted;
  for (const config of configs) {
    if (!config.configMap) continue;
    const { name, key } = config.configMap;
    let wired = false;
    for (const { mount, under } of holding) {
      for (const volume of volumes) {
        if (volume.name !== mount.name) continue;
        const shown = volume.configMaps.find((configMap) => configMap.name === name);
        if (!shown) continue;
        wired = true;
        const files = shown.items ? shown.items.filter((item) => item.key === key).map((item) => clean(item.path)) : [key];
        const onDirectory = under !== "";
        const read2 = onDirectory ? mount.subPath ? clean(`${mount.subPath}/${under}`) : under : mount.subPath && clean(mount.subPath);
        if (read2 !== void 0 && files.includes(read2)) continue;
        const file = files[0];
        const kind = read2 === void 0 ? "wholeVolume" : onDirectory ? "notInDirectory" : "subPathMismatch";
        issues.push({ kind, mount, volume, shown, config, file, target });
      }
    }
    if (wired) continue;
    misrouted ??= misroutedVolumes(configs, relevant, volumes);
    if (misrouted.length > 0) for (const { volume, shown } of misrouted) issues.push({ kind: "volumeOtherConfigMap", volume, shown, config });
    else issues.push({ kind: "notMounted", config, dir });
  }
  for (const mount of relevant) {
    if (!volumes.some((volume) => volume.name === mount.name)) issues.push({ kind: "mountWithoutVolume", mount });
  }
  return issues;
}
function clean(path) {
  return posix.normalize(path).replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}
function misroutedVolumes(configs, relevant, volumes) {
  let budgetMaps = budgetMapsOf.get(configs);
  if (!budgetMaps) budgetMapsOf.set(configs, budgetMaps = new Set(configs.map((config) => config.configMap?.name)));
  const misrouted = [];
  for (const mount of relevant) {
    for (const volume of volumes) {
      if (volume.name !== mount.name) continue;
      for (const shown of volume.configMaps) if (!budgetMaps.has(shown.name)) misrouted.push({ volume, shown });
    }
  }
  return misrouted;
}
var budgetMapsOf = /* @__PURE__ */ new WeakMap();
function valuesMountsAndVolumes(values) {
  const mounts = [];
  const volumes = [];
  const maps = [values.root, ...[...values.root.entries.values()].filter((child) => child.kind === "map")];
  for (const map2 of maps) {
    if (map2.kind !== "map") continue;
    for (const item of listOf(map2.entries.get("extraVolumeMounts"))) {
      const mount = mountOf(item);
      if (mount) mounts.push(mount);
    }
    for (const item of listOf(map2.entries.get("extraVolumes"))) {
      const volume = volumeOf(item);
      if (volume) volumes.push(volume);
    }
  }
  return { mounts, volumes };
}
function listOf(node) {
  if (!node) return [];
  if (node.kind === "seq") return node.items;
  const tree = embeddedTree(node);
  return tree?.kind === "seq" ? tree.items : [];
}
function text(node) {
  return node?.kind === "scalar" && node.value !== null && node.value !== void 0 ? String(node.value) : void 0;
}
function mountOf(item) {
  if (item.kind !== "map") return void 0;
  const name = text(item.entries.get("name"));
  const mountPath = text(item.entries.get("mountPath"));
  if (!name || !mountPath) return void 0;
  return { name, mountPath, subPath: text(item.entries.get("subPath")), at: item.origin, nameAt: item.entries.get("name").origin };
}
function volumeOf(item) {
  if (item.kind !== "map") return void 0;
  const name = text(item.entries.get("name"));
  if (!name) return void 0;
  const configMaps = [];
  const add = (source) => {
    const configMapName = source?.kind === "map" ? source.entries.get("name") : void 0;
    const shownName = text(configMapName);
    if (source?.kind === "map" && shownName) configMaps.push({ name: shownName, items: itemsOf(toJS2(source.entries.get("items"))), at: configMapName.origin });
  };
  add(item.entries.get("configMap"));
  const projected = item.entries.get("projected");
  const sources = projected?.kind === "map" ? projected.entries.get("sources") : void 0;
  if (sources?.kind === "seq") for (const source of sources.items) add(source.kind === "map" ? source.entries.get("configMap") : void 0);
  return { name, configMaps, at: item.origin };
}
function* manifestMountsAndVolumes(manifests) {
  for (const { source, pod } of manifests.objects) {
    if (!pod) continue;
    const mounts = [];
    for (const container of pod.containers) for (const mount of container.volumeMounts) mounts.push(new ManifestMount(source, container, mount));
    yield { mounts, volumes: pod.volumes.map((volume) => new ManifestVolume(source, pod.specPath, volume)) };
  }
}
var ManifestMount = class {
  name;
  mountPath;
  subPath;
  source;
  container;
  index;
  constructor(source, container, { name, mountPath, subPath, index }) {
    this.name = name;
    this.mountPath = mountPath;
    this.subPath = subPath;
    this.source = source;
    this.container = container;
    this.index = index;
  }
  get at() {
    return { source: this.source, path: this.container.path.concat("volumeMounts", this.index) };
  }
  get nameAt() {
    return { source: this.source, path: this.container.path.concat("volumeMounts", this.index, "name") };
  }
};
var ManifestVolume = class {
  name;
  configMaps;
  source;
  specPath;
  index;
  constructor(source, specPath, { name, configMaps, index }) {
    this.name = name;
    this.source = source;
    this.specPath = specPath;
    this.index = index;
    this.configMaps = configMaps.map((configMap) => new ManifestShownConfigMap(source, specPath.concat("volumes", index), configMap));
  }
  get at() {
    return { source: this.source, path: this.specPath.concat("volumes", this.index) };
  }
};
var ManifestShownConfigMap = class {
  name;
  items;
  source;
  volumePath;
  path;
  constructor(source, volumePath, { name, items, path }) {
    this.name = name;
    this.items = items;
    this.source = source;
    this.volumePath = volumePath;
    this.path = path;
  }
  get at() {
    return { source: this.source, path: this.volumePath.concat(this.path, "name") };
  }
};

// rules/codemie-budgets-config.ts
import { posix as posix2 } from "node:path";
var REQUIRED = ["budget_id", "name", "max_budget", "budget_category"];
var codemie_budgets_config_default = defineRule({
  meta: {
    id: "codemie-budgets-config",
    name: "CodemieBudgetsConfig",
    input: "any",
    defaultSeverity: "error",
    description: "CodeMie's budgets-config.yaml is invalid or not mounted where CodeMie reads it",
    details: "CodeMie 2.23 and later take end-user budgets from budgets-config.yaml (predefined_budgets, categories platform, cli and premium_models), validated at start-up as pydantic reads what PyYAML makes of it: a missing name, max_budget or budget_category, or a field of the wrong type (a null name, a number or a date as budget_id, a word as max_budget), crashes the API pod, an unknown category fails reconciliation, and the first platform entry is every user's default budget. The file usually ships as a ConfigMap in extraObjects and must be mounted at /app/config/budgets (or BUDGETS_CONFIG_DIR) as budgets-config.yaml; a mount without a volume, a volume of another ConfigMap, items that rename or leave out the file, or a whole volume mounted at the file's path keeps the pod from starting or silently leaves the built-in budgets in place.",
    remediation: "Give every budget a budget_id, name, max_budget above 0 and a known budget_category with exactly one platform entry, and mount the ConfigMap's budgets-config.yaml key at /app/config/budgets/budgets-config.yaml.",
    example: "extraVolumeMounts: |\n  - {name: codemie-budgets-config, mountPath: /app/config/budgets/budgets-config.yaml, subPath: budgets-config.yaml}\nextraVolumes: |\n  - {name: codemie-budgets-config, configMap: {name: codemie-budgets-config}}\nextraObjects:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: codemie-budgets-config}\n    data:\n      budgets-config.yaml: |\n        predefined_budgets:\n          - {budget_id: default, name: Default, soft_budget: 80.0, max_budget: 120.0, budget_duration: 30d, budget_category: platform}",
    tags: ["correctness", "codemie", "budget"],
    messages: {
      syntax: "budgets-config.yaml does not parse: {{message}}",
      noList: "budgets-config.yaml has no predefined_budgets list, so CodeMie has no platform budget",
      unknownKey: `budgets-config.yaml has the key "{{key}}", which CodeMie's settings forbid (only predefined_budgets); CodeMie fails to start`,
      notAnEntry: "predefined_budgets item {{index}} is {{written}}, not a budget; CodeMie fails to start",
      missingField: "budget {{entry}} has no {{field}}; CodeMie fails to start",
      wrongType: "budget {{entry}}: {{field}} is {{written}}, not {{expected}}; CodeMie fails to start",
      badCategory: 'budget {{entry}} has budget_category "{{category}}"; CodeMie knows platform, cli and premium_models, and reconciliation fails on anything else',
      maxNotPositive: "budget {{entry}} has max_budget {{value}}; it must be above 0",
      softNegative: "budget {{entry}} has soft_budget {{value}}; it must be 0 or more",
      softAboveMax: "budget {{entry}} has soft_budget {{soft}} above max_budget {{max}}",
      badDuration: 'budget {{entry}} has budget_duration "{{value}}"; CodeMie accepts a number with d, h or m, like 30d',
      duplicateId: 'budget_id "{{id}}" is defined again; reconciliation writes both entries to the same LiteLLM budget',
      noPlatform: "budgets-config.yaml has no platform budget, so end users get the empty budget id",
      extraPlatform: 'platform budget "{{id}}" is ignored: CodeMie uses the first platform entry, "{{first}}"',
      notMounted: "the ConfigMap {{configMap}} holds budgets-config.yaml but no volume mounts it at {{dir}}; CodeMie keeps its built-in budgets",
      notMountedElsewhere: "the ConfigMap {{configMap}} holds budgets-config.yaml but no volume mounts it at {{dir}} (BUDGETS_CONFIG_DIR), where CodeMie then finds no budgets-config.yaml and fails to start",
      notInDirectory: 'volume {{volume}} at {{mountPath}} has key {{key}} of ConfigMap {{configMap}} at "{{file}}", so {{path}} does not exist and CodeMie fails to start',
      itemsLeaveOut: "volume {{volume}} shows only the items it lists of ConfigMap {{configMap}}, and not key {{key}}, so {{path}} does not exist and CodeMie fails to start",
      wholeVolume: 'volumeMount "{{name}}" mounts the whole volume at {{path}}, which makes it a directory, and CodeMie fails to start; mount the file with subPath: {{file}}',
      mountWithoutVolume: 'volumeMount "{{name}}" at {{path}} names no volume; the pod does not start',
      volumeOtherConfigMap: "volume {{volume}} mounts ConfigMap {{actual}} at the budgets directory, but budgets-config.yaml is in ConfigMap {{expected}}",
      subPathMismatch: 'the budgets mount reads key "{{subPath}}" of ConfigMap {{configMap}}, which holds the file under "{{key}}"'
    }
  },
  // CodeMie before 2.23 does not read the file (codemie-ignored-env says so).
  appliesTo: (model) => model.codemie.active && model.codemie.budgetsConfigs.length > 0 && readsBudgetsConfig(model.codemie),
  check(context) {
    const { model } = context;
    const configs = model.codemie.budgetsConfigs;
    for (const config of configs) checkContent(config, context);
    const dir = budgetsDir(model.facts.scopes) ?? DEFAULT_BUDGETS_DIR;
    const fromValues = configs.filter((config) => config.configMap && config.at.source.kind !== "manifest");
    if (model.values && fromValues.length > 0) {
      const { mounts, volumes } = valuesMountsAndVolumes(model.values);
      for (const issue of checkWiring(fromValues, mounts, volumes, dir)) reportWiring(issue, context);
    }
    const fromManifests = configs.filter((config) => config.configMap && config.at.source.kind === "manifest");
    if (fromManifests.length > 0 && model.manifests) {
      const mounted = /* @__PURE__ */ new Set();
      const issues = [];
      const notMounted = /* @__PURE__ */ new Set();
      const troubledIn = /* @__PURE__ */ new Map();
      let workload = 0;
      for (const { mounts, volumes } of manifestMountsAndVolumes(model.manifests)) {
        workload++;
        const found = checkWiring(fromManifests, mounts, volumes, dir);
        for (const issue of found) if ("config" in issue && !isWrongMount(issue)) troubledIn.set(issue.config, workload);
        for (const config of fromManifests) if (troubledIn.get(config) !== workload) mounted.add(config);
        for (const issue of found) {
          if (issue.kind === "notMounted") {
            if (notMounted.has(issue.config)) continue;
            notMounted.add(issue.config);
          }
          issues.push(issue);
        }
      }
      const reported = /* @__PURE__ */ new Set();
      for (const issue of issues) {
        if ("config" in issue && !isWrongMount(issue)) {
          if (mounted.has(issue.config) || issue.kind === "notMounted" && reported.has(issue.config)) continue;
          reported.add(issue.config);
        }
        reportWiring(issue, context);
      }
    }
  }
});
function checkContent(config, { report }) {
  const unread = config.problems.filter((problem) => problem.kind === "syntax" || problem.kind === "limit");
  for (const problem of unread) report({ messageId: "syntax", data: { message: problem.message }, at: problem.at });
  if (unread.length > 0) return;
  const list = config.root?.kind === "map" ? config.root.entries.get("predefined_budgets") : void 0;
  if (list?.kind !== "seq") {
    report({ messageId: "noList", at: config.root?.origin ?? config.at });
    return;
  }
  const root = config.root;
  for (const key of root.entries.keys()) {
    if (key !== "predefined_budgets") report({ messageId: "unknownKey", data: { key }, at: { source: root.origin.source, path: [...root.origin.path, key], part: "key" } });
  }
  list.items.forEach((item, index) => {
    if (item.kind !== "map") report({ messageId: "notAnEntry", data: { index: index + 1, written: item.kind === "scalar" ? item.value === null ? "null" : "a scalar" : "a list" }, at: item.origin });
  });
  const seen = /* @__PURE__ */ new Map();
  let firstPlatform;
  for (const entry of config.entries) {
    const label = entry.budgetId !== void 0 ? `"${entry.budgetId}"` : `#${entry.index + 1}`;
    for (const field of REQUIRED) if (!entry.node.entries.has(field)) report({ messageId: "missingField", data: { entry: label, field }, at: entry.at(field) });
    for (const { field, expected, written } of entry.wrongTypes) report({ messageId: "wrongType", data: { entry: label, field, written, expected }, at: entry.at(field) });
    if (entry.category !== void 0 && !BUDGET_CATEGORIES.includes(entry.category)) {
      report({ messageId: "badCategory", data: { entry: label, category: entry.category }, at: entry.at("budget_category") });
    }
    if (entry.maxBudget !== void 0 && entry.maxBudget <= 0) report({ messageId: "maxNotPositive", data: { entry: label, value: entry.maxBudget }, at: entry.at("max_budget") });
    if (entry.softBudget !== void 0 && entry.softBudget < 0) report({ messageId: "softNegative", data: { entry: label, value: entry.softBudget }, at: entry.at("soft_budget") });
    if (entry.softBudget !== void 0 && entry.maxBudget !== void 0 && entry.softBudget > entry.maxBudget) {
      report({ messageId: "softAboveMax", data: { entry: label, soft: entry.softBudget, max: entry.maxBudget }, at: entry.at("soft_budget") });
    }
    if (entry.duration !== void 0 && !/^\d+[dhm]$/.test(entry.duration)) report({ messageId: "badDuration", data: { entry: label, value: entry.duration }, at: entry.at("budget_duration") });
    if (entry.budgetId !== void 0) {
      if (seen.has(entry.budgetId)) report({ messageId: "duplicateId", data: { id: entry.budgetId }, at: entry.at("budget_id"), related: [config.entries[seen.get(entry.budgetId)].at("budget_id")] });
      else seen.set(entry.budgetId, entry.index);
    }
    if (entry.category === "platform") {
      if (firstPlatform === void 0) firstPlatform = entry.budgetId ?? label;
      else report({ messageId: "extraPlatform", data: { id: entry.budgetId ?? label, first: firstPlatform }, at: entry.at("budget_category") });
    }
  }
  if (firstPlatform === void 0) report({ messageId: "noPlatform", at: list.origin });
}
function reportWiring(issue, { report }) {
  switch (issue.kind) {
    case "notMounted": {
      const messageId = issue.dir.replace(/\/+$/, "") === DEFAULT_BUDGETS_DIR ? "notMounted" : "notMountedElsewhere";
      report({ messageId, data: { configMap: issue.config.configMap.name, dir: issue.dir }, at: issue.config.configMap.at });
      break;
    }
    case "mountWithoutVolume":
      report({ messageId: "mountWithoutVolume", data: { name: issue.mount.name, path: issue.mount.mountPath }, at: issue.mount.nameAt });
      break;
    case "volumeOtherConfigMap":
      report({ messageId: "volumeOtherConfigMap", data: { volume: issue.volume.name, actual: issue.shown.name, expected: issue.config.configMap.name }, at: issue.shown.at, related: [issue.config.configMap.at] });
      break;
    default: {
      const { mount, volume, shown, config, file } = issue;
      const { name: configMap, key } = config.configMap;
      const path = issue.kind === "wholeVolume" ? mount.mountPath : issue.target;
      const related = [shown.at, config.configMap.at];
      if (file === void 0) report({ messageId: "itemsLeaveOut", data: { volume: volume.name, configMap, key, path }, at: mount.at, related });
      else if (issue.kind === "wholeVolume") report({ messageId: "wholeVolume", data: { name: mount.name, path, file }, at: mount.at, related });
      else if (issue.kind === "notInDirectory") report({ messageId: "notInDirectory", data: { volume: volume.name, mountPath: mount.mountPath, configMap, key, file, path }, at: mount.at, related });
      else report({ messageId: "subPathMismatch", data: { subPath: mount.subPath ?? "", configMap, key: file }, at: mount.at });
    }
  }
}
function budgetsDir(scopes) {
  for (const scope of scopes) {
    const dir = scope.vars.get("BUDGETS_CONFIG_DIR")?.value;
    if (dir) return posix2.resolve(CODEMIE_WORKDIR, dir);
  }
  return void 0;
}
var CODEMIE_WORKDIR = "/app";

// rules/codemie-ignored-env.ts
var BUDGETS_FILE = "the platform entry of budgets-config.yaml";
var RETIRED = new Map(
  Object.entries({
    LITELLM_BUDGET_ID: { since: [2, 23], instead: BUDGETS_FILE },
    DEFAULT_BUDGET_ID: { since: [2, 23], instead: BUDGETS_FILE },
    DEFAULT_SOFT_BUDGET_LIMIT: { since: [2, 23], instead: "soft_budget of the platform entry in budgets-config.yaml" },
    DEFAULT_HARD_BUDGET_LIMIT: { since: [2, 23], instead: "max_budget of the platform entry in budgets-config.yaml" },
    DEFAULT_BUDGET_DURATION: { since: [2, 23], instead: "budget_duration of the platform entry in budgets-config.yaml" },
    LITELLM_PREMIUM_MODELS_BUDGET_NAME: { since: [2, 23], instead: "a premium_models entry in budgets-config.yaml" },
    LITELLM_CLI_BUDGET_NAME: { since: [2, 23], instead: "a cli entry in budgets-config.yaml" },
    LLM_PROXY_BUDGET_SYNC_ENABLED: { since: [2, 23], instead: "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED" },
    LLM_PROXY_BUDGET_BACKFILL_ENABLED: { since: [2, 23], instead: "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED" },
    LITELLM_MAX_RETRIES: { since: null, instead: "the API always retries 3 times" }
  })
);
var BUDGET_ID_VARIABLES = /* @__PURE__ */ new Set(["LITELLM_BUDGET_ID", "DEFAULT_BUDGET_ID"]);
var codemie_ignored_env_default = defineRule({
  meta: {
    id: "codemie-ignored-env",
    name: "CodemieIgnoredEnv",
    input: "any",
    defaultSeverity: "note",
    description: "A CodeMie env variable, or a budgets-config.yaml, that the CodeMie version in use does not read",
    details: "CodeMie's settings ignore unknown variables silently. Since 2.23 the end-user budget comes from budgets-config.yaml, so LITELLM_BUDGET_ID, DEFAULT_BUDGET_ID and the DEFAULT_*_BUDGET_* family change nothing (a budget id set there is a warning: end users get the budgets-config.yaml platform budget instead of the one chosen), and the budget SYNC/BACKFILL switches were replaced by LLM_PROXY_BUDGET_RECONCILIATION_ENABLED. Before 2.23 it is the other way round: a budgets-config.yaml is not read at all, so its budgets (and its mistakes) reach no pod. The version is read from image.tag (values) or the container image (manifests); when it is unknown the finding says the variable may be ignored.",
    remediation: "Move the setting to its replacement named in the message and delete the variable.",
    example: "# CodeMie 2.42: the budget id comes from budgets-config.yaml\npredefined_budgets:\n  - {budget_id: prod-budget, name: Production, max_budget: 120, budget_category: platform}",
    tags: ["correctness", "codemie"],
    messages: {
      ignored: "{{name}} is not read by CodeMie {{version}} (ignored since {{since}}); use {{instead}}",
      neverRead: "{{name}} is not read by any public CodeMie version: {{instead}}",
      maybeIgnored: "{{name}} may be ignored: CodeMie {{since}} and later do not read it (image.tag names no version); use {{instead}}",
      budgetsConfigNotRead: "budgets-config.yaml ({{label}}) is not read by CodeMie {{version}} (read since 2.23): its budgets reach no pod, and the end-user budget id comes from {{instead}}"
    }
  },
  appliesTo: (model) => model.codemie.active,
  check({ model, report }) {
    const version = model.codemie.version;
    if (version && !readsBudgetsConfig(model.codemie)) {
      for (const config of model.codemie.budgetsConfigs) {
        report({ messageId: "budgetsConfigNotRead", data: { label: config.label, version: version.text, instead: "LITELLM_BUDGET_ID or DEFAULT_BUDGET_ID" }, at: config.at });
      }
    }
    for (const list of model.facts.envLists) {
      for (let index = 0; index < list.length; index++) {
        const retired = RETIRED.get(list.nameAt(index));
        if (!retired) continue;
        const entry = list.entryAt(index);
        const at = { ...entry.at, part: "value" };
        if (retired.since === null) {
          report({ messageId: "neverRead", data: { name: entry.name, instead: retired.instead }, at });
          continue;
        }
        const since = `${retired.since[0]}.${retired.since[1]}`;
        if (!version) report({ messageId: "maybeIgnored", data: { name: entry.name, since, instead: retired.instead }, at });
        else if (atLeast(version, ...retired.since)) report({ messageId: "ignored", data: { name: entry.name, version: version.text, since, instead: retired.instead }, at, ...BUDGET_ID_VARIABLES.has(entry.name) ? { severity: "warning" } : {} });
      }
    }
  }
});

// rules/config-data-invalid.ts
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var KEY = /^[-._a-zA-Z0-9]+$/;
var MAX_KEY_LENGTH2 = 253;
var config_data_invalid_default = defineRule({
  meta: {
    id: "config-data-invalid",
    name: "ConfigDataInvalid",
    input: "manifest",
    defaultSeverity: "error",
    description: "A ConfigMap's or Secret's data is refused by the API server",
    details: "The budget id and the LiteLLM keys usually reach the pods through a ConfigMap or Secret. The API server refuses the whole object, and with it the release, when a Secret's `data` value is not base64 (`illegal base64 data at input byte \u2026`; `stringData` takes plain text), when a value is a number, boolean or map instead of a string, or when a key holds anything but letters, digits, `-`, `_` and `.`. Such an object never reaches the cluster, and neither does the budget id or key it holds.",
    remediation: "Base64-encode Secret `data` values (`printf %s value | base64`) or move them to `stringData`; quote values that YAML reads as numbers or booleans; rename keys to letters, digits, `-`, `_` and `.`.",
    example: "# wrong\nkind: Secret\ndata:\n  budget-id: prod-budget\n# right\nkind: Secret\nstringData:\n  budget-id: prod-budget",
    tags: ["correctness", "kubernetes"],
    messages: {
      notBase64: 'data key "{{key}}" of Secret {{name}} is not base64; the API server refuses the Secret (stringData takes plain text)',
      notString: '{{field}} key "{{key}}" of {{kind}} {{name}} holds {{type}}, not a string; the API server refuses the {{kind}}',
      notMap: "{{field}} of {{kind}} {{name}} is {{type}}, not a map of keys to strings; the API server refuses the {{kind}}",
      badKey: 'key "{{key}}" of {{kind}} {{name}} is not a valid key (letters, digits, "-", "_" and "." only, at most 253, not "." and not starting with ".."); the API server refuses the {{kind}}'
    }
  },
  check({ model, report }) {
    for (const object of model.manifests?.objects ?? []) {
      const { kind, name } = object.identity;
      if (kind !== "ConfigMap" && kind !== "Secret") continue;
      for (const { field, value } of object.notMaps ?? []) {
        if (field === "stringData" && kind === "ConfigMap") continue;
        report({ messageId: "notMap", data: { kind, name, field, type: describe(value) }, at: { source: object.source, path: [field] } });
      }
      for (const field of ["data", "stringData"]) {
        if (field === "stringData" && kind === "ConfigMap") continue;
        for (const [key, value] of Object.entries(object[field] ?? {})) {
          const at = { source: object.source, path: [field, key] };
          if (!KEY.test(key) || key.length > MAX_KEY_LENGTH2 || key === "." || key.startsWith("..")) {
            report({ messageId: "badKey", data: { kind, name, key }, at: { ...at, part: "key" } });
          }
          if (value === null || value === void 0) continue;
          if (typeof value !== "string") report({ messageId: "notString", data: { kind, name, field, key, type: describe(value) }, at });
          else if (kind === "Secret" && field === "data" && !BASE64.test(value.replace(/[\r\n]/g, ""))) report({ messageId: "notBase64", data: { name, key }, at });
        }
      }
    }
  }
});
function describe(value) {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "a string";
  if (value instanceof Date) return "a date";
  return typeof value === "object" ? "a map" : `a ${typeof value}`;
}

// rules/duplicate-key.ts
var duplicate_key_default = defineRule({
  meta: {
    id: "duplicate-key",
    name: "DuplicateKey",
    input: "any",
    defaultSeverity: "warning",
    description: "A mapping key is repeated in one YAML map",
    details: "Helm's YAML reader silently keeps the last of two equal keys in one map, so the first value is dead text that reviewers still read as configuration. A duplicated `extraEnv` or `image` key usually means a merge went wrong.",
    remediation: "Keep one occurrence of the key and merge the two values into it.",
    example: "# wrong\nimage:\n  tag: 2.40.0\nimage:\n  tag: 2.42.0\n# right\nimage:\n  tag: 2.42.0",
    tags: ["correctness", "yaml"],
    messages: {
      duplicate: 'key "{{key}}" is repeated in this map; Helm keeps only the last occurrence (line {{winnerLine}})'
    }
  },
  check({ model, report }) {
    for (const problem of model.problems) {
      if (problem.kind !== "duplicate-key") continue;
      const earlier = problem.related?.[0];
      if (!earlier) continue;
      const winnerLine = problem.at.source.locate(problem.at.path, "key", problem.at.offsets).start.line;
      report({ messageId: "duplicate", data: { key: problem.message, winnerLine }, at: earlier, related: [problem.at] });
    }
  }
});

// rules/env-duplicate.ts
var envDuplicate = defineRule({
  meta: {
    id: "env-duplicate",
    name: "EnvDuplicate",
    input: "any",
    defaultSeverity: "warning",
    description: "An environment variable is defined twice in one env list",
    details: 'Kubernetes keeps the last definition of a name in a container\'s env list, and CodeMie\'s chart merges its env lists by name with the same rule. The earlier entry has no effect, yet it reads like configuration: the production CodeMie values set TRIGGER_ENGINE_ENABLED to "false" and, eighteen lines later, to "true". Two cases where the earlier entry does count are reported as such, without a fix: an entry between them, or the later one itself, that expands $(NAME) reads the earlier value, and a later `optional: true` reference to a key its ConfigMap or Secret lacks sets nothing.',
    remediation: "Delete the entry that loses, or move the intended value into a single entry.",
    example: '# wrong\nextraEnv:\n  - {name: TRIGGER_ENGINE_ENABLED, value: "false"}\n  - {name: TRIGGER_ENGINE_ENABLED, value: "true"}\n# right\nextraEnv:\n  - {name: TRIGGER_ENGINE_ENABLED, value: "true"}',
    fixable: true,
    tags: ["correctness", "kubernetes"],
    messages: {
      duplicate: "{{name}} is defined again at {{winnerLine}}; that later entry wins{{change}}",
      readBetween: "{{name}} is defined again at {{winnerLine}}, but $({{name}}) at line {{readerLine}} reads this entry first, so both values are used; another name for one of them would say so",
      readMerged: "{{name}} is defined again at {{winnerLine}}; CodeMie's chart puts that value at this entry's place, ahead of $({{name}}) at line {{readerLine}}: deleting this entry would move it after the reference, so set the value here and delete the later entry",
      optionalWinner: "{{name}} is defined again at {{winnerLine}} by an optional {{kind}} reference, which wins only while {{kind}} {{object}} has key {{key}}; otherwise this entry stays"
    }
  },
  check({ model, report }) {
    for (const list of model.facts.envLists) {
      if (!repeatsAName(list)) continue;
      const lastByName = list.length > PAIRWISE_UP_TO ? lastIndexes(list) : void 0;
      for (let index = 0; index < list.length; index++) {
        const name = list.nameAt(index);
        const winnerIndex = lastByName ? lastByName.get(name) : lastIndexOf(list, name, index);
        if (winnerIndex !== index) reportLoser(list, index, winnerIndex, report);
      }
    }
  }
});
function reportLoser(list, index, winnerIndex, report) {
  const name = list.nameAt(index);
  const entry = list.entryAt(index);
  const at = entry.at;
  const rendered = at.source instanceof RenderedDocumentSource;
  const nextOf = (from) => {
    let next = from + 1;
    while (next < winnerIndex && list.nameAt(next) !== name) next++;
    return next;
  };
  let winner = winnerIndex;
  if (list.mergedByName) {
    const reader = firstIndexOf(list, name) === index ? readerOf(list, name, index + 1, nextOf(index)) : -1;
    if (reader >= 0) {
      const winnerAt2 = list.entryAt(winnerIndex).at;
      const readerAt = list.entryAt(reader).at;
      report({ messageId: "readMerged", data: { name, winnerLine: placeOf(winnerAt2, at, rendered), readerLine: lineOf(readerAt) }, at, related: [winnerAt2, readerAt] });
      return;
    }
  } else {
    let until = nextOf(index);
    let untilEntry = list.entryAt(until);
    while (until < winnerIndex && optionalReference(untilEntry)) untilEntry = list.entryAt(until = nextOf(until));
    const surely = !optionalReference(untilEntry);
    const reader = readerOf(list, name, index + 1, until + 1);
    if (reader >= 0) {
      const nextAt = untilEntry.at;
      const readerAt = reader === until ? nextAt : list.entryAt(reader).at;
      report({ messageId: "readBetween", data: { name, winnerLine: placeOf(nextAt, at, rendered), readerLine: lineOf(readerAt) }, at, related: reader === until ? [nextAt] : [nextAt, readerAt] });
      return;
    }
    if (!surely) {
      const next = list.entryAt(nextOf(index));
      const nextAt = next.at;
      report({ messageId: "optionalWinner", data: { name, winnerLine: placeOf(nextAt, at, rendered), ...optionalReference(next) }, at, related: [nextAt] });
      return;
    }
    winner = until;
  }
  const winnerEntry = list.entryAt(winner);
  const winnerAt = winnerEntry.at;
  const winnerLine = placeOf(winnerAt, at, rendered);
  const change = describeChange(name, entry.value, winnerEntry.value);
  const siblings = at.source === winnerAt.source && sameParent(at.path, winnerAt.path);
  const fix = siblings ? { fix: { type: "fix", edits: [{ at, kind: "remove-item" }] } } : {};
  report({ messageId: "duplicate", data: { name, winnerLine, change }, at, related: [winnerAt], ...fix });
}
function lineOf(ref) {
  return ref.source.locate(ref.path, "value").start.line;
}
function placeOf(other, at, rendered) {
  return other.source === at.source && !rendered ? `line ${lineOf(other)}` : `${other.source.file}:${lineOf(other)}`;
}
function readerOf(list, name, from, to) {
  for (let index = from; index < to; index++) if (references(list.valueOf(index), name)) return index;
  return -1;
}
function firstIndexOf(list, name) {
  let index = 0;
  while (list.nameAt(index) !== name) index++;
  return index;
}
function lastIndexOf(list, name, index) {
  for (let last = list.length - 1; last > index; last--) if (list.nameAt(last) === name) return last;
  return index;
}
function lastIndexes(list) {
  const last = /* @__PURE__ */ new Map();
  for (let index = 0; index < list.length; index++) last.set(list.nameAt(index), index);
  return last;
}
function references(value, name) {
  if (typeof value !== "string" || !value.includes(`$(${name})`)) return false;
  let found = false;
  expand(value, (reference) => {
    if (reference === name) found = true;
    return void 0;
  });
  return found;
}
function optionalReference(entry) {
  if (!isRecord(entry.valueFrom)) return void 0;
  for (const [field, kind] of [["configMapKeyRef", "ConfigMap"], ["secretKeyRef", "Secret"]]) {
    const ref = entry.valueFrom[field];
    if (isRecord(ref) && ref.optional === true) return { kind, object: String(ref.name ?? ""), key: String(ref.key ?? "") };
  }
  return void 0;
}
function sameParent(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  return true;
}
function describeChange(name, loser, winner) {
  const before = quotable(name, loser);
  const after = quotable(name, winner);
  return before !== void 0 && after !== void 0 && before !== after ? ` ("${after}" replaces "${before}")` : "";
}
function repeatsAName(list) {
  const length = list.length;
  if (length > PAIRWISE_UP_TO) return new Set(Array.from({ length }, (_, index) => list.nameAt(index))).size < length;
  for (let i = 1; i < length; i++) {
    const name = list.nameAt(i);
    for (let j = 0; j < i; j++) if (list.nameAt(j) === name) return true;
  }
  return false;
}
var PAIRWISE_UP_TO = 48;
var env_duplicate_default = envDuplicate;

// rules/env-value-type.ts
var env_value_type_default = defineRule({
  meta: {
    id: "env-value-type",
    name: "EnvValueType",
    input: "any",
    defaultSeverity: "error",
    description: "An env entry's value is not a string",
    details: "Kubernetes' EnvVar.value is a string. An unquoted `true`, `4000` or `yes` (a boolean in Helm's YAML 1.1 reader) is rendered as a number or boolean, and the API server rejects the whole workload, so the release fails to install or upgrade. CodeMie's chart renders image.tag into APP_VERSION without quotes, so a tag such as 2.30 does the same. In rendered manifests, an `env` or `envFrom` that is a map (a chart that writes map-style values with `toYaml` instead of a `range`), and an env item without a name (a `null` that `--set list[1]\u2026` leaves before it), are refused the same way.",
    remediation: "Quote the value so that YAML reads it as a string.",
    example: '# wrong\nextraEnv:\n  - {name: LLM_PROXY_ENABLED, value: true}\n# right\nextraEnv:\n  - {name: LLM_PROXY_ENABLED, value: "true"}',
    fixable: true,
    tags: ["correctness", "kubernetes"],
    messages: {
      notString: "value of {{name}} is {{type}}, not a string; Kubernetes rejects the workload",
      notList: "{{field}} of container {{container}} is {{type}}, not a list; Kubernetes rejects the workload",
      unnamed: "env item {{index}} of container {{container}} has no name; Kubernetes rejects the workload (a --set list[n] without the items before it renders them as null)",
      appVersion: "image.tag {{tag}} is rendered without quotes as CodeMie's APP_VERSION, where YAML reads it as {{type}}, not a string; Kubernetes rejects the workload (a full release tag such as 2.30.0 is a string)"
    }
  },
  check({ model, report }) {
    const rendered = model.manifests?.objects.some((object) => object.source instanceof RenderedDocumentSource) === true;
    if (model.codemie.active && !rendered) {
      for (const tag of apiImageTags(model.values)) {
        const text3 = String(tag.value);
        const read2 = typeof tag.value === "string" ? helmPlainScalar(text3) : tag.value;
        if (typeof read2 === "string" || read2 === null) continue;
        report({ messageId: "appVersion", data: { tag: typeof tag.value === "string" ? `"${text3}"` : text3, type: describe2(read2, false) }, at: tag.origin });
      }
    }
    const objects = model.manifests?.objects ?? [];
    for (let o = 0; o < objects.length; o++) {
      const containers = objects[o].pod?.containers ?? [];
      for (let c = 0; c < containers.length; c++) {
        const container = containers[c];
        for (let i = 0; i < container.notLists.length; i++) {
          const { field, type } = container.notLists[i];
          report({ messageId: "notList", data: { field, container: container.name, type }, at: { source: container.source, path: container.path.concat(field), part: "key" } });
        }
        for (let i = 0; i < container.unnamedEnv.length; i++) {
          const index = container.unnamedEnv[i];
          report({ messageId: "unnamed", data: { index, container: container.name }, at: { source: container.source, path: container.path.concat("env", index) } });
        }
      }
    }
    for (const list of model.facts.envLists) {
      if (list.style !== "list") continue;
      for (let index = 0; index < list.length; index++) {
        const value = list.valueOf(index);
        if (value === void 0 || value === null || typeof value === "string") continue;
        const entry = list.entryAt(index);
        const type = describe2(value, mayBeSecretName(entry.name));
        const scalar = typeof value === "boolean" || typeof value === "number" || typeof value === "bigint";
        report({ messageId: "notString", data: { name: entry.name, type }, at: entry.valueAt, ...scalar ? { fix: { type: "fix", edits: [{ at: entry.valueAt, kind: "quote" }] } } : {} });
      }
    }
  }
});
function describe2(value, secret) {
  if (typeof value === "boolean") return secret ? "a boolean" : `the boolean ${value}`;
  if (typeof value === "number" || typeof value === "bigint") return secret ? "a number" : `the number ${value}`;
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a map" : `a ${typeof value}`;
}

// src/chart/helm-errors.ts
var VALUES_PARSE = /^failed to parse (.+?): (?:cannot unmarshal yaml document: )?(?:error converting YAML to JSON: )?(?:yaml: )?line (\d+): (.+)$/;
var SCHEMA_HEAD = /^values don't meet the specifications of the schema\(s\) in the following chart\(s\):/;
var POSITION = /(?:template: ([^:\s]+):(\d+):(\d+): |execution error at \(([^:\s]+):(\d+):(\d+)\): )/g;
var PARSE_ERROR = /^parse error at \(([^:\s]+):(\d+)\): (.+)$/;
var YAML_PARSE = /^YAML parse error on ([^:\s]+): (?:error converting YAML to JSON: )?(?:yaml: )?(?:line (\d+): )?(.+)$/;
var VALUES_REF = /<\$?\.Values((?:\.[\w-]+)+)>/g;
var NOISE = /^(?:(?:time=\S+ )?level=[A-Z]+ |WARNING|walk\.go|Use --debug)/;
var HELM4_POSITION = /^[^\s:]+:\d+:\d+$/;
function parseHelmError(stderr) {
  const problems = [];
  for (const block of errorBlocks(stderr)) {
    if (SCHEMA_HEAD.test(block[0])) problems.push(...schemaProblems(block.slice(1)));
    else problems.push(lineProblem(joinTemplateChain(block)));
  }
  const known = problems.filter((problem) => problem.kind !== "other");
  if (known.length > 0) return known;
  return problems.slice(0, 1);
}
function errorBlocks(stderr) {
  const blocks = [];
  for (const raw of stderr.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.trim() === "" || NOISE.test(line.trim())) continue;
    if (line.startsWith("Error: ") || blocks.length === 0) blocks.push([line.replace(/^Error: /, "")]);
    else blocks.at(-1).push(line);
  }
  return blocks;
}
function joinTemplateChain(block) {
  if (block.length === 1) return block[0].trim();
  return block.map((line) => HELM4_POSITION.test(line.trim()) ? `template: ${line.trim()}:` : line.trim()).join(" ");
}
function lineProblem(line) {
  let match = VALUES_PARSE.exec(line);
  if (match) return { kind: "values-parse", file: match[1], line: Number(match[2]), detail: match[3] };
  const positions = [...line.matchAll(POSITION)];
  const inFile = positions.filter((position) => (position[1] ?? position[4]) !== "gotpl");
  if (inFile.length > 0) {
    const place = inFile.at(-1);
    const last = positions.at(-1);
    const problem = {
      kind: "template",
      template: place[1] ?? place[4],
      line: Number(place[2] ?? place[5]),
      column: Number(place[3] ?? place[6]),
      detail: shortDetail(line.slice(last.index + last[0].length))
    };
    const ref = [...line.matchAll(VALUES_REF)].at(-1);
    if (ref) problem.valuesPath = ref[1].slice(1).split(".");
    return problem;
  }
  match = PARSE_ERROR.exec(line);
  if (match) return { kind: "template", template: match[1], line: Number(match[2]), column: 1, detail: match[3] };
  match = YAML_PARSE.exec(line);
  if (match) return { kind: "template", template: match[1], line: 1, column: 1, detail: `the rendered YAML is invalid${match[2] ? ` at line ${match[2]} of the output` : ""}: ${match[3]}` };
  return { kind: "other", detail: line };
}
function schemaProblems(lines) {
  const problems = [];
  let chart = "";
  lines.forEach((line, index) => {
    const header = /^([\w.-]+):$/.exec(line.trim());
    if (header) {
      chart = header[1];
      return;
    }
    const item = /^(\s*)- (.+)$/.exec(line);
    if (!item) {
      problems.push({ kind: "other", detail: line.trim() });
      return;
    }
    const nested = /^(\s*)- /.exec(lines[index + 1] ?? "");
    if (nested && nested[1].length > item[1].length) return;
    problems.push({ kind: "schema", chart, ...schemaItem(item[2]) });
  });
  return problems;
}
function shortDetail(detail) {
  const at = /^executing "[^"]*" at <[^>]*>: (.+)$/.exec(detail.trim());
  return at ? at[1] : detail.trim();
}
function schemaItem(text3) {
  const pointer = /^at '([^']*)': (.+)$/.exec(text3);
  if (pointer) {
    const path = pointer[1].split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
    return { path: path.map(numeric), detail: pointer[2] };
  }
  const dotted = /^([^:]+): (.+)$/.exec(text3);
  if (!dotted) return { path: [], detail: text3 };
  const field = dotted[1].trim();
  return { path: field === "(root)" ? [] : field.split(".").map(numeric), detail: dotted[2] };
}
function numeric(segment) {
  return /^\d+$/.test(segment) ? Number(segment) : segment;
}

// src/inputs/set-parser.ts
var SetSyntaxError = class extends Error {
  /** Helm's message exactly, without the "failed parsing --set data: " prefix. */
  helmMessage;
  /** 1-based column (offset + 1) in the argument. */
  column;
  offset;
  flag;
  argIndex;
  /** Entries that came before the error (Helm had already applied them before it gave up). */
  assignmentsBefore;
  constructor(helmMessage, loc, assignmentsBefore = []) {
    super(`${helmMessage} (${loc.flag} #${loc.argIndex + 1}, column ${loc.offset + 1})`);
    this.name = "SetSyntaxError";
    this.helmMessage = helmMessage;
    this.offset = loc.offset;
    this.column = loc.offset + 1;
    this.flag = loc.flag;
    this.argIndex = loc.argIndex;
    this.assignmentsBefore = assignmentsBefore;
  }
};
var SetApplyError = class extends Error {
  helmMessage;
  column;
  offset;
  flag;
  argIndex;
  assignment;
  constructor(helmMessage, assignment, offset) {
    super(`${helmMessage} (${assignment.flag} #${assignment.argIndex + 1}, column ${offset + 1})`);
    this.name = "SetApplyError";
    this.helmMessage = helmMessage;
    this.offset = offset;
    this.column = offset + 1;
    this.flag = assignment.flag;
    this.argIndex = assignment.argIndex;
    this.assignment = assignment;
  }
};
var MAX_INDEX = 65536;
var MAX_NESTED_NAME_LEVEL = 30;
var EOF = null;
var Scanner = class {
  s;
  pos = 0;
  constructor(s) {
    this.s = s;
  }
  /** Go's ReadRune: one code point, or EOF. */
  readRune() {
    if (this.pos >= this.s.length) return EOF;
    const cp = this.s.codePointAt(this.pos);
    const ch = String.fromCodePoint(cp);
    this.pos += ch.length;
    return ch;
  }
  unread(ch) {
    this.pos -= ch.length;
  }
  /** Go's runesUntil: read up to a stop character, which is used up. A backslash escapes the next character (not in runesUntilLiteral). */
  runesUntil(stop, escapes = true) {
    let text3 = "";
    for (; ; ) {
      const at = this.pos;
      const r = this.readRune();
      if (r === EOF) return { text: text3, last: EOF, stopAt: at };
      if (stop.includes(r)) return { text: text3, last: r, stopAt: at };
      if (r === "\\" && escapes) {
        const next = this.readRune();
        if (next === EOF) return { text: text3, last: EOF, stopAt: this.pos };
        text3 += next;
      } else {
        text3 += r;
      }
    }
  }
};
function parseSetArgument(arg, flag, argIndex, helmMajor2 = 3, maxDepth = DEFAULT_BUILD_LIMITS.maxDepth) {
  if (flag === "--set-json" && helmMajor2 === 4 && arg.trim().startsWith("{")) return [jsonObjectArgument(arg, argIndex, maxDepth)];
  const p = new ArgParser(arg, flag, argIndex, maxDepth);
  try {
    p.parse();
  } catch (error) {
    if (helmMajor2 === 4 && error instanceof SetSyntaxError && error.helmMessage === INDEX_EOF) return error.assignmentsBefore;
    throw error;
  }
  return p.out;
}
var INDEX_EOF = "error parsing index: EOF";
function jsonObjectArgument(arg, argIndex, maxDepth) {
  const start = arg.length - arg.trimStart().length;
  const end = arg.trimEnd().length;
  const where = { flag: "--set-json", argIndex, offset: start };
  let value;
  try {
    value = JSON.parse(arg.slice(start, end));
  } catch (error) {
    throw new SetSyntaxError(`failed parsing --set-json data JSON: ${error.message}`, where, []);
  }
  if (!isRecord(value)) throw new SetSyntaxError("failed parsing --set-json data JSON: not an object", where, []);
  if (depthOf(value) > maxDepth) throw new SetSyntaxError(`nesting deeper than ${maxDepth} levels (limits.maxDepth in the config)`, where, []);
  if (holdsInfinity(value)) throw new SetSyntaxError("failed parsing --set-json data JSON: a number out of float64's range", where, []);
  return { path: [], value, flag: "--set-json", argIndex, start, end, valueStart: start, valueEnd: end, keyEnd: start, segmentOffsets: [], terminal: "merge" };
}
var ArgParser = class {
  sc;
  flag;
  argIndex;
  out = [];
  entryStart = 0;
  /** limits.maxDepth: helm takes list indexes and JSON nested thousands deep, the values tree beyond this is not read. */
  maxDepth;
  /** --set-literal: keys without escapes or commas, and the value is the rest of the argument. */
  literal;
  constructor(arg, flag, argIndex, maxDepth) {
    this.sc = new Scanner(arg);
    this.flag = flag;
    this.argIndex = argIndex;
    this.maxDepth = maxDepth;
    this.literal = flag === "--set-literal";
  }
  failDeeper(offset) {
    this.fail(`nesting deeper than ${this.maxDepth} levels (limits.maxDepth in the config)`, offset);
  }
  parse() {
    for (; ; ) {
      this.entryStart = this.sc.pos;
      if (this.key([], [], 0) === "eof") return;
    }
  }
  fail(message, offset) {
    const before = this.out.filter((a) => a.start < this.entryStart);
    throw new SetSyntaxError(message, { flag: this.flag, argIndex: this.argIndex, offset }, before);
  }
  emit(path, offsets, terminal, value, keyEnd, valueStart, valueEnd) {
    this.out.push({
      path,
      value,
      flag: this.flag,
      argIndex: this.argIndex,
      start: this.entryStart,
      end: valueEnd,
      valueStart,
      valueEnd,
      keyEnd,
      segmentOffsets: offsets,
      terminal
    });
  }
  /** strvals parser.key: reads one map key and what follows it. */
  key(path, offsets, level) {
    const kStart = this.sc.pos;
    const { text: k, last, stopAt } = this.sc.runesUntil(this.literal ? "=[." : "=[,.", !this.literal);
    const kPath = [...path, k];
    const kOffsets = [...offsets, kStart];
    switch (last) {
      case EOF: {
        if (k.length > 0) this.fail(`key ${goQuote(k)} has no value`, kStart);
        if (path.length > 0) {
          const end = this.sc.pos;
          this.emit(path, offsets, "dot-at-end", void 0, end, end, end);
        }
        return "eof";
      }
      case "[": {
        const idxStart = this.sc.pos;
        const i = this.keyIndex();
        return this.listItem([...kPath, i.value], [...kOffsets, idxStart], i, level);
      }
      case "=":
        return this.value(kPath, kOffsets, stopAt);
      case ",":
        return this.fail(`key ${goQuote(k)} has no value (cannot end with ,)`, kStart);
      default: {
        level++;
        if (level > MAX_NESTED_NAME_LEVEL) {
          this.fail(
            `value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`,
            stopAt
          );
        }
        return this.key(kPath, kOffsets, level);
      }
    }
  }
  /** strvals parser.keyIndex + strconv.Atoi. The `[` is already used up. */
  keyIndex() {
    const at = this.sc.pos;
    const { text: text3, last } = this.sc.runesUntil("]", !this.literal);
    if (last === EOF) this.fail(INDEX_EOF, at);
    const parsed = goAtoi(text3);
    if (typeof parsed === "string") this.fail(`error parsing index: ${parsed}`, at);
    return { value: Number(parsed), text: parsed.toString(), offset: at };
  }
  /** strvals parser.listItem: what follows `name[i]`. */
  listItem(path, offsets, i, level) {
    if (i.value < 0) this.fail(`negative ${i.text} index not allowed`, i.offset);
    if (path.length > this.maxDepth) this.failDeeper(i.offset);
    const kStart = this.sc.pos;
    const { text: k, last, stopAt } = this.sc.runesUntil("[.=", !this.literal);
    if (k.length > 0) this.fail(`unexpected data at end of array index: ${goQuoteRunes(k)}`, kStart);
    let status;
    switch (last) {
      case EOF: {
        const end = this.sc.pos;
        this.emit(path, offsets, "index-only", void 0, end, end, end);
        return "eof";
      }
      case "=":
        this.value(path, offsets, stopAt);
        status = "nil";
        break;
      case "[": {
        const idxStart = this.sc.pos;
        const next = this.keyIndex();
        status = this.listItem([...path, next.value], [...offsets, idxStart], next, level);
        break;
      }
      default:
        status = this.key(path, offsets, level);
    }
    if (status === "nil" && i.value > MAX_INDEX) {
      this.fail(`index of ${i.text} is greater than maximum supported index of ${MAX_INDEX}`, i.offset);
    }
    return status;
  }
  /** The `=` has been used up: valList, else val (--set-json: one JSON value). */
  value(path, offsets, eqAt) {
    if (this.flag === "--set-json") return this.jsonValue(path, offsets, eqAt);
    const vStart = this.sc.pos;
    if (this.literal) {
      this.sc.pos = this.sc.s.length;
      this.emit(path, offsets, "value", this.sc.s.slice(vStart), eqAt, vStart, this.sc.s.length);
      return "eof";
    }
    const r = this.sc.readRune();
    if (r === EOF) {
      this.emit(path, offsets, "empty-at-end", "", eqAt, vStart, vStart);
      return "eof";
    }
    if (r === "{") {
      const items = [];
      for (; ; ) {
        const { text: text4, last, stopAt: stopAt2 } = this.sc.runesUntil(",}");
        if (last === EOF) return this.fail("list must terminate with '}'", vStart);
        items.push(this.typed(text4));
        if (last === "}") {
          const after = this.sc.readRune();
          if (after !== EOF && after !== ",") this.sc.unread(after);
          this.emit(path, offsets, "value", items, eqAt, vStart, stopAt2 + 1);
          return "nil";
        }
      }
    }
    this.sc.unread(r);
    const { text: text3, stopAt } = this.sc.runesUntil(",");
    this.emit(path, offsets, "value", this.typed(text3), eqAt, vStart, stopAt);
    return "nil";
  }
  typed(text3) {
    return typedVal(text3, this.flag !== "--set");
  }
  /**
   * strvals' JSON branch: blanks, then nothing before `,` or the end (null), else one JSON value
   * (Go's json.Decoder), then blanks and an optional `,`.
   */
  jsonValue(path, offsets, eqAt) {
    const text3 = this.sc.s;
    let at = this.sc.pos;
    while (at < text3.length && /\s/.test(text3[at])) at++;
    if (at >= text3.length || text3[at] === ",") {
      this.sc.pos = Math.min(at + 1, text3.length);
      this.emit(path, offsets, "value", null, eqAt, at, at);
      return at >= text3.length ? "eof" : "nil";
    }
    const end = jsonValueEnd(text3, at);
    let value;
    try {
      value = JSON.parse(text3.slice(at, end));
    } catch {
      this.fail(`invalid JSON value ${goQuote(text3.slice(at, end))}`, at);
    }
    if (path.length + depthOf(value) > this.maxDepth) this.failDeeper(at);
    if (holdsInfinity(value)) this.fail(`invalid JSON value ${goQuote(text3.slice(at, end))}`, at);
    this.emit(path, offsets, "value", value, eqAt, at, end);
    let next = end;
    while (next < text3.length && /\s/.test(text3[next])) next++;
    if (next < text3.length && text3[next] === ",") next++;
    this.sc.pos = next;
    return next >= text3.length ? "eof" : "nil";
  }
};
function jsonValueEnd(text3, start) {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text3.length; i++) {
    const ch = text3[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') {
        inString = false;
        if (depth === 0) return i + 1;
      }
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") {
      depth--;
      if (depth <= 0) return i + 1;
    } else if (depth === 0 && (ch === "," || /\s/.test(ch))) return i;
  }
  return text3.length;
}
var INT64_MIN2 = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
var UINT64_MAX2 = 2n ** 64n - 1n;
function goAtoi(s) {
  const syntax = `strconv.Atoi: parsing ${goQuote(s)}: invalid syntax`;
  const range = `strconv.Atoi: parsing ${goQuote(s)}: value out of range`;
  let digits = s;
  if (digits.startsWith("+") || digits.startsWith("-")) digits = digits.slice(1);
  if (digits === "") return syntax;
  let n = 0n;
  for (const c of digits) {
    if (c < "0" || c > "9") return syntax;
    n = n * 10n + BigInt(c.charCodeAt(0) - 48);
    if (n > UINT64_MAX2) return range;
  }
  const v = s.startsWith("-") ? -n : n;
  if (v < INT64_MIN2 || v > INT64_MAX) return range;
  return v;
}
function typedVal(val, stringOnly) {
  if (stringOnly) return val;
  if (goEqualFold(val, "true")) return true;
  if (goEqualFold(val, "false")) return false;
  if (goEqualFold(val, "null")) return null;
  if (val === "0") return 0;
  if (val !== "" && val[0] !== "0" && /^[+-]?[0-9]+$/.test(val)) {
    const v = BigInt(val);
    if (v >= INT64_MIN2 && v <= INT64_MAX) return Number(v);
  }
  return val;
}
function goEqualFold(a, asciiWord) {
  const cps = Array.from(a);
  if (cps.length !== asciiWord.length) return false;
  for (let i = 0; i < cps.length; i++) {
    let c = cps[i];
    if (c === "\u017F") c = "s";
    else if (c === "\u212A") c = "k";
    else if (c >= "A" && c <= "Z") c = c.toLowerCase();
    if (c !== asciiWord[i]) return false;
  }
  return true;
}
function goQuote(s) {
  return `"${goEscape(s, '"')}"`;
}
function goQuoteRunes(s) {
  return `[${Array.from(s, (ch) => `'${goEscape(ch, "'")}'`).join(" ")}]`;
}
function goEscape(s, quote) {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (ch === quote) {
      out += `\\${quote}`;
      continue;
    }
    switch (ch) {
      case "\\":
        out += "\\\\";
        continue;
      case "\x07":
        out += "\\a";
        continue;
      case "\b":
        out += "\\b";
        continue;
      case "\f":
        out += "\\f";
        continue;
      case "\n":
        out += "\\n";
        continue;
      case "\r":
        out += "\\r";
        continue;
      case "	":
        out += "\\t";
        continue;
      case "\v":
        out += "\\v";
        continue;
    }
    if (cp < 32 || cp === 127) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (cp >= 128 && cp < 160) out += `\\u${cp.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out;
}
var FLAG_ORDER = { "--set-json": 0, "--set": 1, "--set-string": 2, "--set-file": 3, "--set-literal": 4 };
var bySetFlagOrder = (a, b) => FLAG_ORDER[a] - FLAG_ORDER[b];
function applySetLayers(root, layers) {
  let out = copyMap(root);
  const ordered = layers.flatMap((layer) => layer.assignments.map((a) => ({ a, source: layer.source }))).map((entry, i) => ({ ...entry, i })).sort(
    (x, y) => FLAG_ORDER[x.a.flag] - FLAG_ORDER[y.a.flag] || x.a.argIndex - y.a.argIndex || x.a.start - y.a.start || x.i - y.i
  );
  for (const { a, source } of ordered) {
    if (a.terminal === "merge" || a.terminal === "replace") {
      const over = fromJS(a.value, { source, path: [] });
      out = { ...mergeMaps(a.terminal === "replace" ? emptyMap(out.origin) : out, over), origin: out.origin };
    } else new Replay(a, source).key(out, 0, 0);
  }
  return out;
}
function holdsInfinity(value) {
  const pending = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node === "number" && !Number.isFinite(node)) return true;
    if (Array.isArray(node)) for (const item of node) pending.push(item);
    else if (isRecord(node)) for (const key of Object.keys(node)) pending.push(node[key]);
  }
  return false;
}
function depthOf(value) {
  let deepest = 0;
  const pending = [[value, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop();
    if (depth > deepest) deepest = depth;
    if (Array.isArray(node)) for (const item of node) pending.push([item, depth + 1]);
    else if (isRecord(node)) for (const key of Object.keys(node)) pending.push([node[key], depth + 1]);
  }
  return deepest;
}
function fromJS(value, origin) {
  const at = (segment) => ({ ...origin, path: [...origin.path, segment] });
  if (Array.isArray(value)) return { kind: "seq", items: value.map((item, index) => fromJS(item, at(index))), origin };
  if (isRecord(value)) return { kind: "map", entries: new Map(Object.keys(value).map((key) => [key, fromJS(value[key], at(key))])), origin };
  return { kind: "scalar", value, quoted: false, origin };
}
function emptyMap(origin) {
  return { kind: "map", entries: /* @__PURE__ */ new Map(), origin };
}
function copyMap(map2) {
  return { ...map2, entries: new Map(map2.entries) };
}
function copySeq(seq2) {
  return { ...seq2, items: [...seq2.items] };
}
function isNullNode(node) {
  return node === void 0 || node.kind === "scalar" && (node.value === null || node.value === void 0);
}
var Replay = class {
  a;
  source;
  constructor(a, source) {
    this.a = a;
    this.source = source;
  }
  isLast(idx) {
    return idx === this.a.path.length - 1;
  }
  fail(message, idx) {
    throw new SetApplyError(message, this.a, this.a.segmentOffsets[idx] ?? this.a.start);
  }
  /** Where a container made for segment `idx` says it came from. */
  origin(idx) {
    return { source: this.source, path: this.a.path.slice(0, idx + 1) };
  }
  newValue() {
    const origin = { source: this.source, path: this.a.path };
    const quoted = this.a.flag === "--set-string" || this.a.flag === "--set-file" || this.a.flag === "--set-literal";
    const v = this.a.value;
    if (this.a.flag === "--set-json") return fromJS(v, origin);
    if (Array.isArray(v)) return { kind: "seq", items: v.map((value) => ({ kind: "scalar", value, quoted, origin })), origin };
    return { kind: "scalar", value: v, quoted, origin };
  }
  key(data, idx, level) {
    const k = this.a.path[idx];
    if (typeof k !== "string") this.fail("internal: expected a map key", idx);
    const last = this.isLast(idx);
    if (last && (this.a.terminal === "value" || this.a.terminal === "empty-at-end")) {
      goSet(data, k, this.newValue());
      return this.a.terminal === "empty-at-end" ? "eof" : "nil";
    }
    if (!last && typeof this.a.path[idx + 1] === "number") {
      const existing2 = data.entries.get(k);
      const list = existing2 ? copySeq(this.assertList(existing2, idx)) : { kind: "seq", items: [], origin: this.origin(idx) };
      const r = this.listItem(list, idx + 1, level);
      goSet(data, k, r.list);
      return r.status;
    }
    level++;
    if (level > MAX_NESTED_NAME_LEVEL) {
      this.fail(`value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`, idx);
    }
    const existing = data.entries.get(k);
    const inner = existing ? copyMap(this.assertMap(existing, idx)) : emptyMap(this.origin(idx));
    const e = last ? "eof" : this.key(inner, idx + 1, level);
    const empty = inner.entries.size === 0;
    if (e === "nil" && empty) this.fail(`key map ${goQuote(k)} has no value`, idx);
    if (!empty) goSet(data, k, inner);
    return e;
  }
  listItem(list, idx, level) {
    const i = this.a.path[idx];
    if (typeof i !== "number") return this.fail("internal: expected a list index", idx);
    if (i < 0) this.fail(`negative ${i} index not allowed`, idx);
    const last = this.isLast(idx);
    if (last) {
      switch (this.a.terminal) {
        case "index-only":
          return { list, status: "eof" };
        case "dot-at-end":
          if (list.items.length > i && list.items[i].kind !== "map") list.items[i] = emptyMap(this.origin(idx));
          return { list, status: "eof" };
        default:
          return { list: this.setIndex(list, i, this.newValue(), idx), status: "nil" };
      }
    }
    if (typeof this.a.path[idx + 1] === "number") {
      const existing = list.items[i];
      let crt = { kind: "seq", items: [], origin: this.origin(idx) };
      if (!isNullNode(existing)) list.items[i] = crt = copySeq(this.assertList(existing, idx));
      const r = this.listItem(crt, idx + 1, level);
      if (r.status !== "nil") return { list, status: r.status };
      return { list: this.setIndex(list, i, r.list, idx), status: "nil" };
    }
    let inner = emptyMap(this.origin(idx));
    if (list.items.length > i) {
      const existing = list.items[i];
      if (existing.kind === "map") inner = copyMap(existing);
      list.items[i] = inner;
    }
    const e = this.key(inner, idx + 1, level);
    if (e !== "nil") return { list, status: e };
    return { list: this.setIndex(list, i, inner, idx), status: "nil" };
  }
  setIndex(list, index, val, idx) {
    if (index < 0) this.fail(`negative ${index} index not allowed`, idx);
    if (index > MAX_INDEX) this.fail(`index of ${index} is greater than maximum supported index of ${MAX_INDEX}`, idx);
    const padding = this.origin(idx);
    while (list.items.length <= index) list.items.push({ kind: "scalar", value: null, quoted: false, origin: padding });
    list.items[index] = val;
    return list;
  }
  assertMap(v, idx) {
    if (v.kind === "map") return v;
    return this.fail(`unable to parse key: interface conversion: interface {} is ${goTypeName(v)}, not map[string]interface {}`, idx);
  }
  assertList(v, idx) {
    if (v.kind === "seq") return v;
    return this.fail(`unable to parse key: interface conversion: interface {} is ${goTypeName(v)}, not []interface {}`, idx);
  }
};
function goSet(data, key, val) {
  if (key !== "") data.entries.set(key, val);
}
function goTypeName(v) {
  if (v.kind === "seq") return "[]interface {}";
  if (v.kind === "map") return "map[string]interface {}";
  const value = v.value;
  if (value === null || value === void 0) return "nil";
  switch (typeof value) {
    case "string":
      return "string";
    case "boolean":
      return "bool";
    case "number":
      return "float64";
    case "bigint":
      return "int64";
    default:
      return "object";
  }
}

// src/inputs/values.ts
var YamlFileSource = class {
  kind;
  file;
  text;
  lineCounter;
  documents;
  constructor(input, kind = "values") {
    this.kind = kind;
    this.file = input.name;
    this.text = input.text;
    this.lineCounter = new LineIndex(input.text);
    this.documents = parseAllDocuments(input.text, {
      // Helm reads values with a YAML 1.1 parser (`yes` and `on` are booleans); our config is YAML 1.2.
      version: kind === "values" ? "1.1" : "1.2",
      uniqueKeys: false,
      prettyErrors: false,
      keepSourceTokens: false
    });
  }
  get document() {
    return this.documents[0];
  }
  positioned() {
    return { doc: this.document, lineCounter: this.lineCounter };
  }
  toOuter(position) {
    return position;
  }
  locate(path, part, offsets) {
    if (offsets) return this.rangeOfOffsets(offsets, path);
    const doc = this.document;
    if (!doc) return this.rangeOfOffsets([0, 0], []);
    return resolveRange(doc, this.lineCounter, this.text, path, part);
  }
  rangeOfOffsets([start, end], path) {
    while (end > start && /\s/.test(this.text[end - 1] ?? "")) end--;
    return rangeOfOffsets(this.lineCounter, [start, end], path);
  }
  lineText(line) {
    this.hidesLines ??= this.documents.some((doc) => doc.errors.length > 0) && SECRET_KIND_LINE.test(this.text);
    return this.hidesLines ? void 0 : this.lineCounter.lineText(line);
  }
  /** It does not parse and may hold a Secret object (see SECRET_KIND_LINE). */
  hidesLines;
};
var SetSource = class {
  kind = "set";
  file;
  input;
  assignments;
  constructor(input, assignments) {
    this.file = input.flag;
    this.input = input;
    this.assignments = assignments;
  }
  /** Line = which flag (1-based occurrence), columns = the assignment inside the argument. */
  locate(path, part) {
    const line = this.input.index + 1;
    let best;
    for (const assignment of this.assignments) {
      if (isPrefix(assignment.path, path) || isPrefix(path, assignment.path)) best = assignment;
    }
    if (!best) return { start: { line, column: 1 }, end: { line, column: this.input.arg.length + 1 }, path: [] };
    const inside = path.length > best.path.length ? this.insideJson(best, path.slice(best.path.length), part) : void 0;
    const [from, to] = inside ?? (part === "value" ? [best.valueStart, best.valueEnd] : [best.start, best.end]);
    return { start: { line, column: from + 1 }, end: { line, column: to + 1 }, path };
  }
  /** A --set-json value's node at `rest` (`extraEnv=[{"name":…,"value":""}]`, path `extraEnv[0].value`): its offsets in the argument. */
  insideJson(assignment, rest, part) {
    if (this.input.flag !== "--set-json") return void 0;
    const json = this.input.arg.slice(assignment.valueStart, assignment.valueEnd);
    if (json.includes("\n")) return void 0;
    const inJson = [...assignment.jsonPrefix ?? [], ...rest];
    const range = resolveRange(parseDocument(json), new LineIndex(json), json, inJson, part);
    if (range.path.length !== inJson.length) return void 0;
    return [assignment.valueStart + range.start.column - 1, assignment.valueStart + range.end.column - 1];
  }
  /** The argument itself: columns count inside it. */
  lineText() {
    return this.input.arg;
  }
};
function isPrefix(prefix, path) {
  if (prefix.length > path.length) return false;
  return prefix.every((segment, i) => segment === path[i]);
}
function loadValues(files, sets, limits, helmMajor2 = 3) {
  const problems = [];
  const sources = files.map((input) => new YamlFileSource(input));
  const trees = sources.map((source) => readLayer(source, problems, limits, helmMajor2));
  const setSources = sets.map((input) => new SetSource(input, withFileTexts(input, parseSetArgument(input.arg, input.flag, input.index, helmMajor2, limits?.maxDepth))));
  return { ...coalesceValues(sources, trees, setSources), problems };
}
function withFileTexts(input, assignments) {
  if (input.flag !== "--set-file") return assignments;
  return assignments.map(
    (assignment) => assignment.terminal === "value" && typeof assignment.value === "string" ? { ...assignment, value: input.files?.[assignment.value] ?? "" } : assignment
  );
}
function coalesceValues(files, trees, sets, chartDefaults) {
  let root = emptyMap2({ source: files[0] ?? chartDefaults?.source ?? nullSource, path: [] });
  for (const tree of trees) if (tree) root = mergeMaps(root, tree);
  if (sets.length > 0) root = applySetLayers(root, sets.map((source) => ({ source, assignments: source.assignments })));
  if (!chartDefaults) return { files, trees, sets, root };
  if (chartDefaults.tree) root = coalesceWithDefaults(root, chartDefaults.tree);
  return { files: [chartDefaults.source, ...files], trees: [chartDefaults.tree, ...trees], sets, root };
}
function readLayer(source, problems, limits, helmMajor2 = 3) {
  const documents = source.documents.filter((doc, index) => index === 0 || !isEmptyDocument(doc));
  const [first, ...rest] = documents;
  if (!first) return null;
  if (helmMajor2 === 4) {
    const separator = badSeparator(source.text);
    if (separator) {
      problems.push({ kind: "syntax", message: `helm 4 cannot read this line: invalid Yaml document separator: ${separator.rest}`, at: { source, path: [], offsets: [separator.index, separator.index + separator.length] } });
      return null;
    }
  }
  const read2 = helmMajor2 === 4 ? documents.filter((doc, index) => index === 0 || startsPart(source.text, documents[index - 1], doc)) : [first];
  if (helmMajor2 === 4 && read2.length < documents.length) {
    const passed = documents.find((doc) => !read2.includes(doc));
    const start = passed.range?.[0] ?? 0;
    problems.push({ kind: "ignored", message: "helm 4 reads only the first document between two --- lines and ignores this one (after ...)", at: { source, path: [], offsets: [start, start] } });
  }
  const unreadable2 = CONTROL_CHARACTER.exec(source.text.slice(0, helmMajor2 === 4 ? void 0 : first.range?.[2]));
  if (unreadable2) {
    const code = unreadable2[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
    problems.push({ kind: "syntax", message: `helm cannot read U+${code} here: control characters are not allowed (go-yaml)`, at: { source, path: [], offsets: [unreadable2.index, unreadable2.index + 1] } });
    return null;
  }
  const escape = unreadEscape(source.text, read2);
  if (escape) {
    problems.push({ kind: "syntax", message: escape.message, at: { source, path: [], offsets: [escape.index, escape.index + escape.length] } });
    return null;
  }
  const directive = unreadDirective(source.text.slice(0, first.range?.[0] ?? 0), helmMajor2);
  if (directive) {
    problems.push({ kind: "syntax", message: directive.message, at: { source, path: [], offsets: [directive.index, directive.index + directive.length] } });
    return null;
  }
  let layer = null;
  for (const doc of read2) {
    if (doc.errors.length > 0) {
      problems.push(...parseProblems(doc, source, limits));
      return null;
    }
    const tree = buildTree(doc, source, problems, limits, "helm", doc !== first);
    if (tree === null || tree.kind === "scalar" && tree.value === null) continue;
    if (tree.kind !== "map") {
      const start = doc.contents?.range?.[0] ?? 0;
      const at = doc === first ? { source, path: [] } : { source, path: [], offsets: [start, doc.contents?.range?.[1] ?? start] };
      problems.push({ kind: "syntax", message: `a values file must be a map of keys, not a ${tree.kind === "seq" ? "list" : "scalar"}`, at });
      return null;
    }
    layer = layer ? mergeMaps(layer, tree) : tree;
  }
  const manifest = read2.map(kubernetesKind).find((kind) => kind !== void 0);
  if (manifest) {
    problems.push({
      kind: "manifest",
      message: `this values file looks like a rendered Kubernetes manifest (kind: ${manifest.kind}): helm would read its keys as values, and nothing in it is checked as a workload; pass rendered manifests with -m`,
      at: { source, path: [], offsets: manifest.offsets }
    });
    return layer;
  }
  const ignored = rest[0];
  if (helmMajor2 === 3 && ignored) {
    const start = ignored.range?.[0] ?? 0;
    problems.push({
      kind: "ignored",
      message: "a values file holds more than one YAML document: helm 3 reads only the first and ignores this one (helm 4 merges them all)",
      at: { source, path: [], offsets: [start, start] }
    });
  }
  return layer;
}
function badSeparator(text3) {
  for (const match of text3.matchAll(/^---([^\n]*)/gm)) {
    const rest = match[1].trim();
    if (rest !== "" && !rest.startsWith("#")) return { rest, index: match.index, length: match[0].length };
  }
  return void 0;
}
function startsPart(text3, before, doc) {
  return /^---/m.test(text3.slice(before.range?.[1] ?? 0, (doc.range?.[0] ?? 0) + 3));
}
function unreadDirective(prefix, helmMajor2) {
  for (const match of prefix.matchAll(/^%([^\s]*)[^\n]*/gm)) {
    const [line, name] = match;
    const version = /^%YAML[ \t]+(\S+)/.exec(line)?.[1];
    const problem = name === "" || name.startsWith("%") ? "could not find expected directive name" : name !== "YAML" && name !== "TAG" ? "found unknown directive name" : name === "YAML" && version !== "1.1" ? "found incompatible YAML document (go-yaml reads YAML 1.1)" : helmMajor2 === 4 ? "did not find expected <document start> (helm 4 splits the file at --- lines, so the directive is a document alone)" : void 0;
    if (problem) return { message: `helm cannot read ${line.trim()}: ${problem}`, index: match.index, length: line.length };
  }
  return void 0;
}
function unreadEscape(text3, documents) {
  if (!/\\(\/|[uU])/.test(text3)) return void 0;
  let found;
  for (const doc of documents) {
    visit(doc, {
      Scalar(_key, node) {
        if (node.type !== Scalar.QUOTE_DOUBLE || !node.range) return void 0;
        const start = node.range[0];
        const quoted = text3.slice(start, node.range[1]);
        for (const match of quoted.matchAll(/\\(?:(\/)|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|.)/gs)) {
          const code = match[2] ?? match[3];
          const point = code === void 0 ? void 0 : Number.parseInt(code, 16);
          const problem = match[1] ? "found unknown escape character" : point !== void 0 && (point >= 55296 && point <= 57343 || point > 1114111) ? "found invalid Unicode character escape code" : void 0;
          if (problem) {
            found = { message: `helm cannot read ${match[0]} in a double-quoted value: ${problem} (go-yaml)`, index: start + match.index, length: match[0].length };
            return visit.BREAK;
          }
        }
        return void 0;
      }
    });
    if (found) return found;
  }
  return void 0;
}
var CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;
function kubernetesKind(doc) {
  if (doc.errors.length > 0 || !isMap(doc.contents)) return void 0;
  const apiVersion = doc.contents.get("apiVersion", true);
  const kind = doc.contents.get("kind", true);
  if (!isScalar(apiVersion) || !isScalar(kind) || !isMap(doc.contents.get("metadata", true))) return void 0;
  if (typeof apiVersion.value !== "string" || !/^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/.test(apiVersion.value)) return void 0;
  if (typeof kind.value !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(kind.value)) return void 0;
  const [start, end] = kind.range ?? [0, 0];
  return { kind: kind.value, offsets: [start, end] };
}
function isEmptyDocument(doc) {
  return doc.errors.length === 0 && (doc.contents === null || isScalar(doc.contents) && doc.contents.value === null);
}
function emptyMap2(origin) {
  return { kind: "map", entries: /* @__PURE__ */ new Map(), origin };
}
function isNull(node) {
  return node.kind === "scalar" && node.value === null;
}
function coalesceWithDefaults(user, defaults) {
  const entries = new Map(user.entries);
  for (const [key, fallback2] of defaults.entries) {
    const value = user.entries.get(key);
    if (value === void 0) entries.set(key, fallback2);
    else if (isNull(value)) entries.delete(key);
    else if (value.kind === "map" && fallback2.kind === "map") entries.set(key, coalesceWithDefaults(value, fallback2));
  }
  return { kind: "map", entries, origin: user.entries.size > 0 ? user.origin : defaults.origin };
}
var nullSource = {
  kind: "values",
  file: "<none>",
  locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, path: [] }),
  lineText: () => void 0
};

// src/chart/model.ts
function buildChartModel(input, values, limits, helmMajor2 = 3) {
  const defaults = input.values ? new YamlFileSource(input.values) : null;
  const problems = [];
  const defaultsTree = defaults ? readLayer(defaults, problems, limits, helmMajor2) : null;
  const userFiles = values?.files ?? [];
  const userTrees = values?.trees ?? [];
  const coalesced = {
    ...coalesceValues(userFiles, userTrees, values?.sets ?? [], defaults ? { source: defaults, tree: defaultsTree } : void 0),
    problems
  };
  const userLayers = [
    ...userFiles.map((source, index) => ({ source, tree: userTrees[index] ?? null, paths: [] })),
    ...[...coalesced.sets].sort((a, b) => bySetFlagOrder(a.input.flag, b.input.flag)).map((source) => ({ source, tree: null, paths: source.assignments.filter((a) => !a.path.includes("")).map((a) => a.path) }))
  ];
  const schema4 = input.schema ? new YamlFileSource(input.schema, "config") : null;
  const templates = new Map((input.templates ?? []).map((template) => [template.helmPath, new TextFileSource(template.input)]));
  return { input, defaults, defaultsTree, coalesced, userLayers, schema: schema4, templates };
}
function lastLayerWriting(chart, path) {
  for (let i = chart.userLayers.length - 1; i >= 0; i--) {
    const layer = chart.userLayers[i];
    if (layer.source instanceof YamlFileSource) {
      const doc2 = layer.source.document;
      if (doc2 && doc2.errors.length === 0 && walk(doc2, path).path.length === path.length) return { source: layer.source, path };
    } else if (layer.paths.some((written) => startsWith2(written, path))) {
      return { source: layer.source, path };
    }
  }
  const doc = chart.defaults?.document;
  if (chart.defaults && doc && walk(doc, path).path.length === path.length) return { source: chart.defaults, path };
  return void 0;
}
function startsWith2(path, prefix) {
  return prefix.length <= path.length && prefix.every((segment, i) => String(segment) === String(path[i]));
}
var TextFileSource = class {
  kind = "config";
  file;
  text;
  index;
  constructor(input) {
    this.file = input.name;
    this.text = input.text;
  }
  lines() {
    return this.index ??= new LineIndex(this.text);
  }
  /** Offsets of a 1-based line and column, to the end of that line. */
  offsetsAt(line, column) {
    const lines = this.lines();
    if (line < 1 || line > lines.lineCount) return [this.text.length, this.text.length];
    const start = lines.lineStart(line);
    const next = line < lines.lineCount ? lines.lineStart(line + 1) : this.text.length + 1;
    const end = Math.max(start, next - 1);
    return [Math.min(start + Math.max(column - 1, 0), end), end];
  }
  locate(path, _part, offsets) {
    const [from, to] = offsets ?? [0, 0];
    const position = (offset) => {
      const { line, col } = this.lines().linePos(offset);
      return { line, column: col };
    };
    return { start: position(from), end: position(to), path };
  }
  lineText(line) {
    return this.lines().lineText(line);
  }
};

// src/chart/schema.ts
var compiled = /* @__PURE__ */ new Map();
async function ajvClass(dialect) {
  const load3 = async (module) => {
    const loaded = await module;
    const candidate = loaded.default;
    return candidate.default ?? candidate;
  };
  if (dialect.includes("2020-12")) return load3(import("./chunks/2020-33YXHH5L.js"));
  if (dialect.includes("2019-09")) return load3(import("./chunks/2019-CSQLY726.js"));
  return load3(import("./chunks/ajv-QP5CJEHF.js"));
}
var parsedSchemas = /* @__PURE__ */ new WeakMap();
function schemaJson(source) {
  let parsed = parsedSchemas.get(source);
  if (!parsed) {
    try {
      parsed = { value: JSON.parse(source.text) };
    } catch (error) {
      parsed = { error };
    }
    parsedSchemas.set(source, parsed);
  }
  return parsed;
}
async function validateChartValues(chart) {
  const source = chart.schema;
  if (!source) return { ok: true, errors: [] };
  const parsed = schemaJson(source);
  if ("error" in parsed) {
    const offset = /position (\d+)/.exec(parsed.error.message)?.[1];
    const at = offset === void 0 ? void 0 : [Number(offset), Number(offset) + 1];
    return { ok: false, reason: `it is not JSON (${parsed.error.message.split("\n")[0]})`, ...at ? { at } : {} };
  }
  const schema4 = parsed.value;
  if (typeof schema4 !== "object" || schema4 === null || Array.isArray(schema4)) return { ok: false, reason: "it is not a JSON object" };
  const remote = [];
  let validate = compiled.get(source.text);
  const { $schema, ...rest } = schema4;
  const local = withoutRemoteRefs(rest, remote);
  if (!validate) {
    try {
      const Ajv = await ajvClass(typeof $schema === "string" ? $schema : "");
      validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false, validateSchema: false }).compile(local);
    } catch (error) {
      validate = error;
    }
    compiled.set(source.text, validate);
  }
  if (validate instanceof Error) return { ok: false, reason: `Ajv cannot compile it: ${validate.message.split("\n")[0]}` };
  const root = chart.coalesced.root;
  const data = toJS2(root) ?? {};
  const outcome = { ok: true, errors: [], ...remote.length > 0 ? { remote: remote[0] } : {} };
  if (validate(data)) return outcome;
  for (const error of validate.errors ?? []) outcome.errors.push(toSchemaError(chart, root, error));
  return outcome;
}
var DATA_KEYWORDS = /* @__PURE__ */ new Set(["default", "examples", "enum", "const"]);
function withoutRemoteRefs(node, found, depth = 0) {
  if (depth > 64 || typeof node !== "object" || node === null) return node;
  if (Array.isArray(node)) return node.map((item) => withoutRemoteRefs(item, found, depth + 1));
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string" && /^https?:\/\//i.test(value) && !/^https?:\/\/json-schema\.org\//i.test(value)) {
      found.push(value);
      continue;
    }
    copy[key] = DATA_KEYWORDS.has(key) ? value : withoutRemoteRefs(value, found, depth + 1);
  }
  return copy;
}
function toSchemaError(chart, root, error) {
  const path = pointerToPath(error.instancePath, root);
  const schemaAt = schemaRef(chart, error.schemaPath);
  const base = schemaAt ? { schemaAt } : {};
  if (error.keyword === "required") {
    const key = String(error.params.missingProperty ?? "");
    return { kind: "required", path, key, problem: error.message ?? "is required", at: parentKeyRef(chart, path), ...base };
  }
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    const key = String(error.params.additionalProperty ?? error.params.unevaluatedProperty ?? "");
    const node2 = childAt(nodeAt(root, path), key);
    const at = node2 ? { ...node2.origin, part: "key" } : parentKeyRef(chart, path);
    return { kind: "additional", path, key, problem: error.message ?? "must not have additional properties", at, ...base };
  }
  let problem = error.message ?? `fails "${error.keyword}"`;
  if (error.keyword === "enum" && Array.isArray(error.params.allowedValues)) problem += `: ${error.params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}`;
  if (error.keyword === "type") problem += `, not ${typeName(toJS2(nodeAt(root, path)))}`;
  const node = nodeAt(root, path);
  return { kind: "invalid", path, problem, at: invalidAt(chart, node, path, error), ...base };
}
function invalidAt(chart, node, path, error) {
  if (!node) return parentKeyRef(chart, path);
  if (node.kind === "scalar") return node.origin;
  const trigger = error.keyword === "dependentRequired" || error.keyword === "dependencies" ? childAt(node, String(error.params.property ?? "")) : void 0;
  if (trigger) return { ...trigger.origin, part: "key" };
  return parentKeyRef(chart, path);
}
function typeName(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function parentKeyRef(chart, path) {
  for (let length = path.length; length >= 0; length--) {
    const target = lastLayerWriting(chart, path.slice(0, length));
    if (target) return { source: target.source, path: target.path, part: "key" };
  }
  const fallback2 = chart.userLayers.at(-1)?.source ?? chart.defaults ?? chart.coalesced.root.origin.source;
  return { source: fallback2, path: [], part: "key" };
}
function nodeAt(root, path) {
  let node = root;
  for (const segment of path) node = childAt(node, segment);
  return node;
}
function pointerToPath(pointer, root) {
  if (pointer === "") return [];
  const path = [];
  let node = root;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const key = node?.kind === "seq" && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(key);
    node = childAt(node, key);
  }
  return path;
}
function schemaRef(chart, schemaPath) {
  if (!chart.schema || !schemaPath.startsWith("#")) return void 0;
  const segments = schemaPath.slice(1).split("/").filter((segment) => segment !== "").map((segment) => decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~"));
  const path = segments.map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
  return { source: chart.schema, path, part: "key" };
}

// src/chart/rendered.ts
var VALUES_PATH = /\.Values((?:\.[A-Za-z_][\w-]*)+)/g;
function scopedValuesPath(helmPath, path) {
  if (path[0] === "global") return path;
  return [...[...helmPath.matchAll(/\/charts\/([^/]+)(?=\/)/g)].map((match) => match[1]), ...path];
}
function valuesBehindTemplate(chart, at) {
  const source = at.source;
  if (!(source instanceof RenderedDocumentSource) || !source.template || at.offsets) return void 0;
  const full = source.prefix ? [...source.prefix, ...at.path] : at.path;
  const place = source.locate(at.path, "value");
  if (place.path.length !== full.length) return void 0;
  const refs = new Set([...(source.templateLine(place.start.line) ?? "").matchAll(VALUES_PATH)].map((match) => match[1]));
  if (refs.size !== 1) return void 0;
  const valuesPath = scopedValuesPath(source.helmPath, [...refs][0].slice(1).split("."));
  const node = nodeAt(chart.coalesced.root, valuesPath);
  if (node?.kind !== "scalar" || node.value === null) return void 0;
  const rendered = source.positioned().doc.getIn(full);
  if (rendered === void 0 || rendered === null || typeof rendered === "object" || String(rendered) !== String(node.value)) return void 0;
  return { ...node.origin, ...at.part ? { part: at.part } : {} };
}

// rules/helm-template.ts
var helm_template_default = defineRule({
  meta: {
    id: "helm-template",
    name: "HelmTemplate",
    input: "any",
    defaultSeverity: "error",
    description: "helm template fails for the chart with these values",
    details: "With --chart, the chart is rendered by `helm template` with the same values files and --set flags, and the rendered manifests are linted with the values. When helm fails, nothing can be deployed: this rule reports helm's error at the values file and line when helm names one (a values file it cannot parse, a schema error's path, a `.Values` key a template trips over), otherwise at the template position helm names. The values are still linted; the manifests are missing from this run. A rendering that succeeds can still warn that helm ignored a value whose type differs from the chart's default (a map where the default is a string, or the reverse): each such warning is a note at that value.",
    remediation: "Fix the value or the template at the reported position so that helm template succeeds.",
    example: '# wrong: the template reads .Values.image.tag, but image is not a map\nimage: nginx:1.27\n# right\nimage:\n  repository: nginx\n  tag: "1.27"',
    tags: ["correctness", "helm"],
    messages: {
      valuesParse: "helm cannot parse this values file: {{detail}}",
      schema: "{{path}} fails the schema of chart {{chart}}: {{detail}}",
      template: "helm template fails in {{template}}:{{line}}: {{detail}}",
      failed: "helm template fails: {{detail}}",
      coalesceWarning: "helm warns while merging the values: {{detail}}"
    }
  },
  check({ model, report }) {
    const chart = model.chart;
    for (const match of (chart?.input.renderWarnings ?? "").matchAll(/warning: ((?:destination for|cannot overwrite table with non table for|skipped value for) ([^\s":]+)[^\n"]*)/g)) {
      const at = valuesRef(chart, match[2].split(".").slice(1));
      if (!at || !chart.userLayers.some((layer) => layer.source === at.source)) continue;
      const detail = match[1].replace(/\s*\((?:[^()]|\([^()]*\))*\)\s*$/, " (the value is not shown)");
      report({ messageId: "coalesceWarning", severity: "note", data: { detail }, at });
    }
    if (!chart?.input.renderError) return;
    for (const problem of parseHelmError(chart.input.renderError)) {
      if (problem.kind === "values-parse") {
        const source = chart.coalesced.files.find((file) => sameFile(file.file, problem.file));
        if (source) {
          const start = source.lineCounter.lineStart(problem.line);
          const end = source.lineCounter.lineStart(problem.line + 1);
          report({ messageId: "valuesParse", data: { detail: problem.detail }, at: { source, path: [], offsets: [start, Math.max(start, end - 1)] } });
        } else {
          report({ messageId: "failed", data: { detail: `${problem.file}:${problem.line}: ${problem.detail}` }, at: fallback(chart) });
        }
      } else if (problem.kind === "schema") {
        if (chart.schema) continue;
        const path = problem.path.length === 0 ? "the values" : formatPath(problem.path);
        const extra = /additional propert(?:y|ies) '?([^'\s]+)'? (?:is )?not allowed/i.exec(problem.detail)?.[1];
        const extraAt = extra ? valuesRef(chart, [...problem.path, extra]) : void 0;
        const at = (extraAt ? { ...extraAt, part: "key" } : void 0) ?? valuesRef(chart, problem.path) ?? fallback(chart);
        report({ messageId: "schema", data: { path, chart: problem.chart || chart.input.name, detail: problem.detail }, at });
      } else if (problem.kind === "template") {
        const template = templateRef(chart, problem.template, problem.line, problem.column);
        const values = problem.valuesPath ? valuesRef(chart, scopedValuesPath(problem.template, problem.valuesPath)) : void 0;
        const data = { template: problem.template, line: problem.line, detail: problem.detail };
        if (values) report({ messageId: "template", data, at: values, related: template ? [template] : [] });
        else report({ messageId: "template", data, at: template ?? fallback(chart) });
      } else {
        const chartYaml = chart.input.chartYaml;
        const dependencies = /missing in charts\/ directory/i.test(problem.detail) && chartYaml && /^dependencies\s*:/m.test(chartYaml.text) ? chartYamlRef(chartYaml) : void 0;
        report({ messageId: "failed", data: { detail: problem.detail }, at: dependencies ?? fallback(chart) });
      }
    }
  }
});
function sameFile(ours, helms) {
  const clean2 = (name) => name.replace(/\\/g, "/").replace(/^\.\//, "");
  return clean2(ours) === clean2(helms) || clean2(helms).endsWith(`/${clean2(ours)}`);
}
function valuesRef(chart, path) {
  for (let length = path.length; length > 0; length--) {
    const node = nodeAt(chart.coalesced.root, path.slice(0, length));
    if (node) return { ...node.origin, part: length === path.length ? "value" : "key" };
  }
  return void 0;
}
function templateRef(chart, helmPath, line, column) {
  const source = chart.templates.get(helmPath);
  if (!source) return void 0;
  return { source, path: [], offsets: source.offsetsAt(line, column) };
}
function chartYamlRef(chartYaml) {
  return { source: new YamlFileSource(chartYaml, "config"), path: ["dependencies"], part: "key" };
}
function fallback(chart) {
  const source = chart.userLayers.at(-1)?.source ?? chart.defaults ?? new TextFileSource({ name: chart.input.name, text: "" });
  return { source, path: [], part: "key" };
}

// src/core/suggest.ts
function editDistance(a, b) {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates.slice(0, 1e4)) {
    if (candidate.length > 200 || candidate === word) continue;
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance || distance === bestDistance && best !== void 0 && candidate < best) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(Math.max(word.length, 1) / 3));
  return best !== void 0 && bestDistance <= allowed ? best : void 0;
}

// rules/litellm-budget-exists.ts
var CONSEQUENCE = "creating an end user with it fails on the database's foreign key (POST /customer/new answers 500), and LiteLLM then creates the end user on its first request without a budget: uncapped unless litellm_settings.max_end_user_budget_id is set";
var litellm_budget_exists_default = defineLiveRule({
  meta: {
    id: "litellm-budget-exists",
    name: "LitellmBudgetExists",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The budget id does not exist in the LiteLLM proxy",
    details: 'The platform hands every end user the LiteLLM budget named by the budget-id variable (or the built-in default `default`): CodeMie creates each end user with `POST /customer/new {"user_id", "budget_id"}`. LiteLLM answers a lookup of an unknown budget id with an empty list, not an error, so a typo or a budget that was never created goes unnoticed \u2014 and the consequence is an end user without any cap. The causal chain, read in LiteLLM\'s source: `/customer/new` passes `budget_id` unchecked to the insert; the database\'s foreign key `LiteLLM_EndUserTable_budget_id_fkey` rejects the unknown id and the call fails with HTTP 500; the platform carries on, and LiteLLM creates the end-user row on the user\'s first request **without** a budget, so the user is uncapped unless `litellm_settings.max_end_user_budget_id` names a budget that exists. The same happens later when a budget is deleted: the foreign key is `ON DELETE SET NULL`, so every end user that had it silently loses its cap. That is why this rule is an error. It asks the proxy for every effective budget id in one `POST /budget/info` call (admin only: it needs LITELLM_MASTER_KEY) and, when one is missing, lists the budgets that exist and suggests the closest.',
    remediation: "Create the budget in LiteLLM (POST /budget/new) or set the budget-id variable to a budget that exists; a budget not named default must be named in the variable.",
    example: "# LiteLLM has budgets: default, prod-budget\n# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budgte}\n# right\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}",
    fixable: true,
    tags: ["correctness", "litellm", "budget", "live"],
    messages: {
      missing: `budget "{{id}}" does not exist in LiteLLM{{places}}{{hint}}; ${CONSEQUENCE}`,
      missingDefault: `no {{envName}} is set, so the built-in default budget id "{{id}}" applies, and LiteLLM has no budget "{{id}}"{{hint}}; a budget not named "{{id}}" must be named in {{envName}}; ${CONSEQUENCE}`,
      missingPredefined: `budget "{{id}}" of budgets-config.yaml does not exist in LiteLLM yet; CodeMie creates it at its next start (LLM_PROXY_ENABLED, LLM_PROXY_BUDGET_CHECK_ENABLED and LLM_PROXY_BUDGET_RECONCILIATION_ENABLED are on), and until then ${CONSEQUENCE}`,
      missingEndUserDefault: 'litellm_settings.max_end_user_budget_id names budget "{{id}}", which does not exist in LiteLLM{{hint}}; end users without a budget of their own are then uncapped',
      noDatabase: 'budget "{{id}}" cannot exist: the LiteLLM proxy has no database (readiness reports db "Not connected"), and a proxy without a database cannot have budgets'
    }
  },
  async check({ model, live, report }) {
    const outcome = await live.budgets();
    if (outcome.status === "none") return;
    if (outcome.status === "inconclusive") {
      live.inconclusive("litellm-budget-exists", outcome.kind, outcome.reason);
      return;
    }
    if (outcome.status === "no-database") {
      const remediation = { text: "give the proxy a database: the LiteLLM chart's own PostgreSQL, or db.useExisting with db.url", config: "db.deployStandalone: true" };
      for (const target of outcome.targets) report({ messageId: "noDatabase", data: { id: target.shown }, at: target.at, related: target.related, remediation });
      return;
    }
    if (outcome.missing.length === 0) return;
    const existing = await live.existingBudgetIds();
    const heals = reconcilesBudgets(model.facts.scopes);
    for (const target of outcome.missing) {
      const suggestion2 = suggest(target, existing);
      const data = { id: target.shown, envName: target.envName, places: places(target), hint: hint(existing, suggestion2) };
      if (target.fromBudgetsConfig && heals) {
        const remediation = { text: "restart CodeMie (it creates its predefined budgets), or create the budget now", request: createBudget(target).request };
        report({ messageId: "missingPredefined", data, at: target.at, related: target.related, severity: "warning", remediation });
        continue;
      }
      const fix = suggestion2 !== void 0 && !target.isDefault && !target.endUserDefault ? { type: "suggestion", edits: [target.at, ...target.related].map((at) => ({ at, kind: "set-string", value: suggestion2 })) } : void 0;
      const messageId = target.endUserDefault ? "missingEndUserDefault" : target.isDefault ? "missingDefault" : "missing";
      report({ messageId, data, at: target.at, related: target.related, remediation: createBudget(target), ...fix ? { fix } : {} });
    }
  }
});
function createBudget(target) {
  const limits = target.predefined;
  if (limits) {
    const body = { budget_id: target.id, max_budget: limits.maxBudget ?? null, ...limits.softBudget !== void 0 ? { soft_budget: limits.softBudget } : {}, ...limits.duration !== void 0 ? { budget_duration: limits.duration } : {} };
    return { text: "create the budget as budgets-config.yaml defines it, or correct the id", request: { method: "POST", path: "/budget/new", body } };
  }
  const text3 = "create the budget with the per-user cap you want (10 USD per 30 days here), or correct the id";
  if (target.sensitive) return { text: `${text3}; the id is held in a Secret, so it is not written here` };
  return { text: text3, request: { method: "POST", path: "/budget/new", body: { budget_id: target.id, max_budget: 10, budget_duration: "30d" } } };
}
function places(target) {
  return target.places > 1 ? ` (set in ${target.places} places)` : "";
}
function suggest(target, existing) {
  return existing === null || target.sensitive ? void 0 : closest(target.id, existing);
}
function hint(existing, suggestion2) {
  if (existing === null) return "";
  if (existing.length === 0) return "; the proxy has no budgets at all";
  if (suggestion2 !== void 0) return `; did you mean "${suggestion2}"?`;
  const shown = existing.slice(0, 5).map((id) => `"${id}"`).join(", ");
  return `; existing budgets: ${shown}${existing.length > 5 ? `, and ${existing.length - 5} more` : ""}`;
}

// rules/litellm-budget-limits.ts
var litellm_budget_limits_default = defineLiveRule({
  meta: {
    id: "litellm-budget-limits",
    name: "LitellmBudgetLimits",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "warning",
    description: "The end-user budget has no hard cap, a zero cap, a soft budget above its cap, or does not reset",
    details: "A LiteLLM budget limits end users only through `max_budget`; `soft_budget` merely triggers an alert, so a budget without `max_budget` caps nobody. A `soft_budget` above `max_budget` never alerts before the hard cap stops users. `max_budget: 0` blocks every end user after the first cent (`spend > max` trips at once), and a negative one from the first request (LiteLLM accepts any number): both errors. Without `budget_duration` spend never resets, so users who reach the cap stay blocked (reported as a note). A `budget_duration` without `budget_reset_at` is not on the reset job's schedule (the job selects budgets by `budget_reset_at`; `/budget/update` does not compute it): older releases never reset it, newer ones reset it at once and keep zeroing spend (BerriAI/litellm#22013) \u2014 a warning. The limits are read from the same `POST /budget/info` answer as litellm-budget-exists: no extra request.",
    remediation: "Give the budget a max_budget, a soft_budget below it and a budget_duration (POST /budget/update).",
    example: '# LiteLLM budget row, wrong\n{"budget_id": "prod-budget", "max_budget": null, "soft_budget": 200}\n# right\n{"budget_id": "prod-budget", "max_budget": 300, "soft_budget": 200, "budget_duration": "30d"}',
    tags: ["correctness", "litellm", "budget", "live"],
    messages: {
      noMaxBudget: 'budget "{{id}}" has no max_budget, so it caps no end user ({{limits}})',
      softAboveMax: 'budget "{{id}}" has soft_budget {{soft}} above max_budget {{max}}, so the soft-budget alert cannot fire before the hard cap ({{limits}})',
      zeroMax: 'budget "{{id}}" has max_budget 0, so every end user is blocked after the first cent ({{limits}})',
      negativeMax: 'budget "{{id}}" has max_budget {{max}}, below 0, so every end user is blocked from the first request ({{limits}})',
      notScheduled: `budget "{{id}}" has budget_duration {{duration}} but no budget_reset_at, so LiteLLM's reset job does not reset it on schedule (never on older releases; at once and repeatedly on newer ones, BerriAI/litellm#22013) ({{limits}})`,
      noDuration: 'budget "{{id}}" has no budget_duration, so spend never resets and users who reach max_budget {{max}} stay blocked ({{limits}})'
    }
  },
  async check({ live, report }) {
    const outcome = await live.budgets();
    if (outcome.status === "inconclusive") {
      live.inconclusive("litellm-budget-limits", outcome.kind, outcome.reason);
      return;
    }
    if (outcome.status !== "ok") return;
    for (const target of outcome.targets) {
      const limits = outcome.found.get(target.id);
      if (!limits) continue;
      const base = { id: target.shown, limits: describeLimits(limits) };
      const update = (text3, change) => target.sensitive ? { text: `${text3} (POST /budget/update; the id is held in a Secret, so it is not written here)` } : { text: text3, request: { method: "POST", path: "/budget/update", body: { budget_id: target.id, ...change } } };
      const at = target.at;
      const related = target.related;
      if (limits.maxBudget === null) {
        report({ messageId: "noMaxBudget", data: base, at, related, remediation: update("give the budget the per-user cap you want (10 USD here)", { max_budget: 10 }) });
        continue;
      }
      if (limits.maxBudget < 0) {
        report({ messageId: "negativeMax", data: { ...base, max: formatAmount(limits.maxBudget) }, at, related, severity: "error", remediation: update("set max_budget to the per-user cap you want (10 USD here)", { max_budget: 10 }) });
        continue;
      }
      if (limits.maxBudget === 0) report({ messageId: "zeroMax", data: base, at, related, severity: "error", remediation: update("raise max_budget to the per-user cap you want (10 USD here)", { max_budget: 10 }) });
      const max = formatAmount(limits.maxBudget);
      if (limits.softBudget !== null && limits.softBudget > limits.maxBudget) {
        const soft = Math.round(limits.maxBudget * 80) / 100;
        report({ messageId: "softAboveMax", data: { ...base, soft: formatAmount(limits.softBudget), max }, at, related, remediation: update("put the soft budget below the cap (80 % here)", { soft_budget: soft }) });
      }
      if (limits.duration === null) report({ messageId: "noDuration", data: { ...base, max }, at, related, severity: "note", remediation: update("give the budget a reset period", { budget_duration: "30d" }) });
      else if (limits.resetAt === null) {
        const nextReset = nextMidnight(live.now);
        report({ messageId: "notScheduled", data: { ...base, duration: safeText(limits.duration, 16) ?? "set" }, at, related, remediation: update("put the budget on the reset schedule (the next reset date here: tomorrow, 00:00 UTC)", { budget_reset_at: nextReset }) });
      }
    }
  }
});
function nextMidnight(now) {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  return next.toISOString();
}

// rules/litellm-budget-soft.ts
var litellm_budget_soft_default = defineLiveRule({
  meta: {
    id: "litellm-budget-soft",
    name: "LitellmBudgetSoft",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "note",
    description: "The end-user budget carries a soft_budget, which LiteLLM does not apply to end users",
    details: 'A `soft_budget` on a key or team sends an alert when spend passes it; on end users (customers) LiteLLM\'s customer endpoints document it as "[Not Implemented Yet]" and the end-user budget check reads only `max_budget`, so a soft budget on the end-user budget neither alerts nor limits. It is reported as a note so that nobody counts on it; the hard cap is `max_budget`. Read from the same `POST /budget/info` answer as litellm-budget-exists: no extra request.',
    remediation: "Rely on max_budget for end users; drop soft_budget from the end-user budget or alert on spend elsewhere (POST /budget/update).",
    example: '# LiteLLM budget row for end users\n{"budget_id": "prod-budget", "max_budget": 300, "budget_duration": "30d"}',
    tags: ["litellm", "budget", "live"],
    messages: {
      softIgnored: 'budget "{{id}}" has soft_budget {{soft}}, which LiteLLM does not apply to end users (no alert, no limit); only max_budget caps them ({{limits}})'
    }
  },
  async check({ live, report }) {
    const outcome = await live.budgets();
    if (outcome.status === "inconclusive") {
      live.inconclusive("litellm-budget-soft", outcome.kind, outcome.reason);
      return;
    }
    if (outcome.status !== "ok") return;
    for (const target of outcome.targets) {
      const limits = outcome.found.get(target.id);
      if (limits?.softBudget === null || limits?.softBudget === void 0) continue;
      const text3 = "drop the soft budget from the end-user budget (it does nothing for end users)";
      const remediation = target.sensitive ? { text: text3 } : { text: text3, request: { method: "POST", path: "/budget/update", body: { budget_id: target.id, soft_budget: null } } };
      report({ messageId: "softIgnored", data: { id: target.shown, soft: formatAmount(limits.softBudget), limits: describeLimits(limits) }, at: target.at, related: target.related, remediation });
    }
  }
});

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
async function loadUndici() {
  const loaded = await import("./chunks/undici-OBYI3BK5.js");
  return loaded.Agent ? loaded : loaded.default ?? loaded;
}
async function createUndiciTransport(env = {}) {
  const { EnvHttpProxyAgent } = await loadUndici();
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
    const limit2 = this.options.concurrency ?? 4;
    if (this.active >= limit2) await new Promise((resume) => this.waiting.push(resume));
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
    const failure = (kind, text3) => fail({ kind, status, error, reason: text3 ? `${base}: ${text3}` : base });
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
  const text3 = texts.join(" ").toLowerCase();
  info.blocked = /\bis blocked\b/.test(text3);
  info.notFound = /not found|does not exist/.test(text3);
  info.unhealthy = /^service unhealthy\b/.test(text3);
  info.noDb = /no db connected|db not connected|database not connected|no connected db|no_db_connection/.test(text3) || info.type === "no_db_connection";
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
  return new Promise((resolve8, reject) => {
    if (signal.aborted) {
      reject(new Error("aborted"));
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve8();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error("aborted"));
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

// rules/litellm-global-budget.ts
var PROXY_BUDGET_USER = "litellm-proxy-budget";
var END_USER_SETTINGS_NOTICE = "LiteLLM's API does not expose litellm_settings.disable_end_user_cost_tracking, max_end_user_budget_id or max_end_user_budget (not in /get/config/callbacks, /config/list, /config/field/info): lint the LiteLLM chart's values (--litellm-values) to check them";
var litellm_global_budget_default = defineLiveRule({
  meta: {
    id: "litellm-global-budget",
    name: "LitellmGlobalBudget",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The proxy has a global budget, which cuts off the platform's integration key when it is spent",
    details: "`litellm_settings.max_budget` is a budget for the whole proxy: when it is spent LiteLLM refuses every LLM route (`_global_proxy_budget_check`), the platform's integration key included, so the promise that the integration key is never interrupted breaks. LiteLLM tracks it in a user row named `litellm-proxy-budget`, which this check reads with `GET /user/info?user_id=litellm-proxy-budget` (master key; one request; skipped without a database). No such row means no global budget on releases that keep the row; releases that do not are not told apart (unverified), so a missing row passes. From the LiteLLM chart's values the same setting is `litellm-proxy-settings`. The end-user settings (`disable_end_user_cost_tracking`, `max_end_user_budget_id`, `max_end_user_budget`) are not exposed by any LiteLLM endpoint (`/get/config/callbacks` returns callbacks, alerts and router settings; `/config/list` and `/config/field/info` only a few `general_settings`), so without the LiteLLM chart's values the report's notices say they were not checked.",
    remediation: "Remove litellm_settings.max_budget from the proxy's config and cap end users with their own budgets and max_end_user_budget_id.",
    example: "# LiteLLM config.yaml (the chart's proxy_config)\nlitellm_settings:\n  max_end_user_budget_id: default   # per-user caps, not a global one",
    tags: ["cost", "litellm", "budget", "live"],
    messages: {
      globalBudget: "the proxy has a global budget of {{amount}}{{period}} (litellm_settings.max_budget, read live from its litellm-proxy-budget row, spent {{spend}}): when it is spent LiteLLM refuses every LLM call, the platform's integration key included"
    }
  },
  async check({ model, live, report }) {
    if (!model.litellm) live.notice(END_USER_SETTINGS_NOTICE);
    if (!live.client.has("master") || live.readiness?.db === "none" || live.readiness?.db === "disconnected") return;
    const result = await live.client.call({ method: "GET", path: "/user/info", query: { user_id: PROXY_BUDGET_USER }, credential: "master" });
    if (!result.ok) {
      if (!saysNotFound(result.failure)) live.inconclusive("litellm-global-budget", "incomplete", result.failure.reason);
      return;
    }
    const user = row(row(result.data)?.user_info);
    const max = user ? num(user.max_budget) : null;
    if (!user || max === null || max <= 0) return;
    const duration = str(user.budget_duration);
    const data = {
      amount: formatAmount(max),
      period: duration ? ` per ${safeText(duration, 16) ?? "period"}` : "",
      spend: formatAmount(num(user.spend) ?? 0)
    };
    report({ messageId: "globalBudget", data, at: live.anchor, remediation: { text: "remove the global budget from the proxy's config (the LiteLLM chart's proxy_config) and restart it", config: "proxy_config.litellm_settings.max_budget: null" } });
  }
});

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
function parseRelease(text3) {
  const match = /(?:^|[^\d.])v?(\d{1,3})\.(\d{1,4})\.(\d{1,4})(?![\d])/.exec(text3);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}
function compareReleases(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
function formatRelease(release3) {
  return release3.join(".");
}
function release(text3) {
  const parsed = parseRelease(text3);
  if (!parsed) throw new Error(`bad release number in the advisory data: ${text3}`);
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

// src/litellm/chart-values.ts
var DEFAULT_LITELLM_RELEASE = "litellm";
var CHART_NAME = "litellm-helm";
var DEFAULT_NAME_OVERRIDE = "litellm";
var DEFAULT_SERVICE_PORT = 4e3;
function buildLiteLLMChart(files, detected, release3, limits) {
  if (files.length === 0 && detected.files.length === 0) return null;
  const given = loadValues(files, [], limits);
  const trees = given.trees.map((tree) => (tree && wrappedLiteLLMValues(tree, true)) ?? tree);
  const coalesced = coalesceValues([...given.files, ...detected.files], [...trees, ...detected.trees], detected.sets ?? []);
  const values = { ...coalesced, problems: given.problems };
  return { values, release: release3 || DEFAULT_LITELLM_RELEASE, anchor: { source: values.files[0], path: [] } };
}
function separateLiteLLMLayers(values) {
  const litellm = { files: [], trees: [] };
  const platform = { files: [], trees: [] };
  let wrapper = false;
  values.files.forEach((file, i) => {
    const tree = values.trees[i] ?? null;
    const wrapped = tree && wrappedLiteLLMValues(tree);
    if (wrapped) {
      wrapper = true;
      litellm.files.push(file);
      litellm.trees.push(wrapped);
      if (!holdsEnvLists(tree)) return;
    }
    const side = tree && looksLikeLiteLLMChart(tree) ? litellm : platform;
    side.files.push(file);
    side.trees.push(tree);
  });
  if (litellm.files.length === 0) return { platform: values, litellm };
  const wrapperSets = wrapper ? values.sets.flatMap((set2) => subchartSet(set2, CHART_NAME) ?? []) : void 0;
  const withSets = (sets) => sets ? { ...litellm, sets } : litellm;
  if (platform.files.length === values.files.length) return { platform: values, litellm: withSets(wrapperSets) };
  if (platform.files.length === 0) return { platform: null, litellm: withSets(wrapperSets ?? values.sets) };
  return { platform: { ...coalesceValues(platform.files, platform.trees, values.sets), problems: values.problems }, litellm: withSets(wrapperSets) };
}
function subchartSet(set2, key) {
  const under = set2.assignments.flatMap((assignment) => {
    const object = assignment.value;
    if (assignment.terminal === "merge") return isRecord(object) && isRecord(object[key]) ? [{ ...assignment, value: object[key], jsonPrefix: [key] }] : [];
    if (assignment.path[0] !== key) return [];
    if (assignment.path.length === 1) return assignment.flag === "--set-json" && assignment.terminal === "value" && isRecord(object) ? [{ ...assignment, path: [], segmentOffsets: [], terminal: "replace" }] : [];
    return [{ ...assignment, path: assignment.path.slice(1), segmentOffsets: assignment.segmentOffsets.slice(1) }];
  });
  if (under.length === 0) return void 0;
  return new SetSource(set2.input, under);
}
function wrappedLiteLLMValues(root, given = false) {
  if (looksLikeLiteLLMChart(root)) return null;
  const nested = root.entries.get("litellm-helm");
  return nested?.kind === "map" && (given || looksLikeLiteLLMChart(nested)) ? nested : null;
}
function holdsEnvLists(root) {
  for (const [key, value] of root.entries) if (/env$/i.test(key) && value.kind !== "scalar") return true;
  return false;
}
function configUnder(parent, remediation) {
  if (parent.length === 0 || remediation.config === void 0) return remediation;
  return { ...remediation, config: `${parent.join(".")}.${remediation.config}` };
}
function chartParent(at) {
  return at.path[0] === CHART_NAME ? [CHART_NAME] : [];
}
function looksLikeLiteLLMChart(root, { masterkeyAlone = true } = {}) {
  if (holdsEnvLists(root)) return false;
  if (root.entries.has("proxy_config") || masterkeyAlone && root.entries.has("masterkey") || root.entries.has("masterkeySecretName") || root.entries.has("proxyConfigMap")) return true;
  const repository = scalarAt(root, ["image", "repository"]);
  return typeof repository?.value === "string" && /(^|\/)berriai\/litellm(-[\w-]+)?$/i.test(repository.value);
}
function nodeAt2(root, path) {
  let node = root;
  for (const key of path) {
    if (node?.kind !== "map") return void 0;
    node = node.entries.get(key);
  }
  return node;
}
function scalarAt(root, path) {
  const node = nodeAt2(root, path);
  return node?.kind === "scalar" ? node : void 0;
}
function text2(root, path) {
  const node = scalarAt(root, path);
  if (!node || node.value === null || node.value === void 0) return void 0;
  return { value: String(node.value), at: node.origin };
}
function chartFullname(chart) {
  const root = chart.values.root;
  const override = text2(root, ["fullnameOverride"]);
  if (override && override.value !== "") return { value: dnsName(override.value), at: override.at, via: "fullnameOverride" };
  const nameSetting = text2(root, ["nameOverride"]);
  const name = nameSetting ? nameSetting.value || CHART_NAME : DEFAULT_NAME_OVERRIDE;
  const full = chart.release.includes(name) ? chart.release : `${chart.release}-${name}`;
  const via = `release "${chart.release}" and ${nameSetting ? `nameOverride "${name}"` : `the chart's default nameOverride "${name}"`}`;
  return nameSetting?.at ? { value: dnsName(full), at: nameSetting.at, via } : { value: dnsName(full), via };
}
function dnsName(name) {
  return name.slice(0, 63).replace(/-+$/, "");
}
function servicePort(chart) {
  const port = text2(chart.values.root, ["service", "port"]);
  const parsed = port ? Number(port.value) : NaN;
  return port && Number.isInteger(parsed) ? { value: parsed, at: port.at } : { value: DEFAULT_SERVICE_PORT };
}
function imageTag(chart) {
  const tag = text2(chart.values.root, ["image", "tag"]);
  return tag && tag.value.trim() !== "" ? tag : void 0;
}
function proxySetting(chart, section, key) {
  const node = nodeAt2(chart.values.root, ["proxy_config", section, key]);
  return node?.kind === "scalar" && node.value === null ? void 0 : node;
}
function litellmSettingsInUse(chart) {
  if (!chart) return null;
  const settings = nodeAt2(chart.values.root, ["proxy_config", "litellm_settings"]);
  if (settings?.kind !== "map") return /* @__PURE__ */ new Set();
  return new Set([...settings.entries].filter(([, node]) => !(node.kind === "scalar" && node.value === null)).map(([key]) => key));
}
function usesExternalConfig(chart) {
  const create = scalarAt(chart.values.root, ["proxyConfigMap", "create"]);
  return create && create.value === false ? { value: true, at: create.origin } : void 0;
}
function databaseWiring(chart) {
  const root = chart.values.root;
  const standalone = scalarAt(root, ["db", "deployStandalone"]);
  if (!standalone || isTruthy(standalone)) return { state: "configured" };
  if (isTruthy(nodeAt2(root, ["db", "useExisting"]))) return { state: "configured" };
  const databaseVariable = (name) => name === "DATABASE_URL" || name === "DATABASE_HOST";
  const envVars = nodeAt2(root, ["envVars"]);
  if (envVars?.kind === "map" && [...envVars.entries.keys()].some(databaseVariable)) return { state: "configured" };
  const extraEnvVars = nodeAt2(root, ["extraEnvVars"]);
  if (extraEnvVars?.kind === "seq" && extraEnvVars.items.some((item) => databaseVariable(scalarAt(item, ["name"])?.value))) return { state: "configured" };
  const databaseUrl = scalarAt(root, ["proxy_config", "general_settings", "database_url"]);
  if (databaseUrl && databaseUrl.value !== null && databaseUrl.value !== "") return { state: "configured" };
  const fromObjects = ["environmentSecrets", "environmentConfigMaps"].some((key) => {
    const list = nodeAt2(root, [key]);
    return list?.kind === "seq" && list.items.length > 0;
  });
  if (fromObjects) return { state: "unknown", at: standalone.origin };
  return { state: "none", at: standalone.origin };
}

// rules/litellm-image-advisory.ts
var litellm_image_advisory_default = defineRule({
  meta: {
    id: "litellm-image-advisory",
    name: "LitellmImageAdvisory",
    input: "values",
    defaultSeverity: "error",
    description: "The LiteLLM image tag names a known-bad LiteLLM release",
    details: "Checks `image.tag` of the LiteLLM chart's values (`main-v1.82.7`, `v1.82.7-stable`, `litellm-database:\u2026` tags all name a release) against the project's list of known-bad LiteLLM releases (src/facts/litellm-advisories.ts, each entry linked to the public issue it was verified against). Malicious releases are errors: 1.82.7 and 1.82.8 were uploaded to PyPI on 2026-03-24 from a hijacked account and steal credentials; official images were not built from them, but teams build their own. A budget-enforcement bug with a fixed release is a warning while the tag is before it; a bug nobody fixed is a note saying so. An empty tag (the chart's appVersion) is not checked; the live check `litellm-version-advisory` reads the version the running proxy reports.",
    remediation: "Move image.tag to a release that the message does not name (for a malicious release: rotate every credential the image could read).",
    example: "image:\n  repository: ghcr.io/berriai/litellm-database\n  tag: main-v1.82.6",
    tags: ["security", "litellm", "supply-chain"],
    securitySeverity: "9.0",
    messages: {
      advisory: "image.tag {{tag}} is LiteLLM {{version}}: {{summary}} ({{url}})"
    }
  },
  appliesTo: (model) => Boolean(model.litellm),
  check({ model, report }) {
    const tag = model.litellm ? imageTag(model.litellm) : void 0;
    const release3 = tag ? parseRelease(tag.value) : null;
    if (!tag || !release3) return;
    for (const match of advisoriesFor(release3, litellmSettingsInUse(model.litellm))) {
      const data = { version: formatRelease(release3), tag: tag.value, summary: match.advisory.summary, url: match.advisory.url };
      const config = match.advisory.fixed ? `image.tag: main-v${match.advisory.fixed}` : void 0;
      report({ messageId: "advisory", data, at: tag.at, severity: match.severity, remediation: { text: advisoryFix(match.advisory), ...config ? { config } : {} } });
    }
  }
});

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
    const sensitive2 = effective.variable?.sensitive === true;
    let target = byId.get(id);
    if (!target) {
      target = { id, shown: sensitive2 ? "(value from a Secret)" : id, sensitive: sensitive2, isDefault, envName: effective.envName ?? budgetIdEnv, at, related: [], places: 0 };
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
    if (target.sensitive !== sensitive2) target.sensitive = target.sensitive || sensitive2;
  }
  const targets = [...byId.values()];
  const fallback2 = endUserDefaultTarget(model);
  if (fallback2) targets.push(fallback2);
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
  const set2 = values?.sets[0];
  if (set2) return { source: set2, path: [] };
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

// src/core/sha256-module.ts
var SHA256_MODULE = "AGFzbQEAAAABCgJgAX8Bf2ABfwADBAMAAAEFAwEAAQcTAgZtZW1vcnkCAAZkaWdlc3QAAgrUBwMZACAAQQh3Qf+B/AdxIABBCHhBgP6DeHFyCxAAIABBMEHXACAAQQpJG2oLpgcBF39B58yn0AYhAkGF3Z7beyEDQfLmu+MDIQRBuuq/qnohBUH/pLmIBSEGQYzRldh5IQdBq7OP/AEhCEGZmoPfBSEJIABByABqQQZ2IQFBgAggAUEGdGohFyAAQYABOgCACEGBCCAAaiESAkADQCASIBdBBGtPDQEgEkEAOgAAIBJBAWohEgwACwsgF0EEayAAQQN0EAA2AgBBgAghEiAAQcAAT0HABSgCAHEEQEEAIRMCQANAIBMoAoAIIBMoAuAERw0BIBNBBGohEyATQcAASQ0AC0EAKAKgBSECQQAoAqQFIQNBACgCqAUhBEEAKAKsBSEFQQAoArAFIQZBACgCtAUhB0EAKAK4BSEIQQAoArwFIQlBwAghEgsLAkADQCASIBdPDQFBACETA0AgEyASIBNqKAIAEAA2AoACIBNBBGohEyATQcAASQ0ACwNAIBMoAsQBIRQgFEEHeCAUQRJ4cyAUQQN2cyEVIBMoAvgBIRQgFEEReCAUQRN4cyAUQQp2cyEWIBMgFiATKALkAWogFSATKALAAWpqNgKAAiATQQRqIRMgE0GAAkkNAAsgAiEKIAMhCyAEIQwgBSENIAYhDiAHIQ8gCCEQIAkhEUEAIRMDQCARIA5BBnggDkELeHMgDkEZeHNqIBAgDiAPIBBzcXMgEygCACATKAKAAmpqaiEVIApBAnggCkENeHMgCkEWeHMgCiALcSAMIAogC3JxcmohFiAQIREgDyEQIA4hDyANIBVqIQ4gDCENIAshDCAKIQsgFSAWaiEKIBNBBGohEyATQYACSQ0ACyACIApqIQIgAyALaiEDIAQgDGohBCAFIA1qIQUgBiAOaiEGIAcgD2ohByAIIBBqIQggCSARaiEJIBJBgAhGIABBwABPcQRAQQAhEwNAIBMgEygCgAg2AuAEIBNBBGohEyATQcAASQ0AC0EAIAI2AqAFQQAgAzYCpAVBACAENgKoBUEAIAU2AqwFQQAgBjYCsAVBACAHNgK0BUEAIAg2ArgFQQAgCTYCvAVBwAVBATYCAAsgEkHAAGohEgwACwtBACACEAA2AoAEQQAgAxAANgKEBEEAIAQQADYCiARBACAFEAA2AowEQQAgBhAANgKQBEEAIAcQADYClARBACAIEAA2ApgEQQAgCRAANgKcBEEAIRMDQCATLQCABCEUIBNBAXQgFEEEdhABOgCgBCATQQF0IBRBD3EQAToAoQQgE0EBaiETIBNBIEkNAAsLC4cCAQBBAAuAApgvikKRRDdxz/vAtaXbtelbwlY58RHxWaSCP5LVXhyrmKoH2AFbgxK+hTEkw30MVXRdvnL+sd6Apwbcm3Txm8HBaZvkhke+78adwQ/MoQwkbyzpLaqEdErcqbBc2oj5dlJRPphtxjGoyCcDsMd/Wb/zC+DGR5Gn1VFjygZnKSkUhQq3JzghGy78bSxNEw04U1RzCmW7Cmp2LsnCgYUscpKh6L+iS2YaqHCLS8KjUWzHGeiS0SQGmdaFNQ70cKBqEBbBpBkIbDceTHdIJ7W8sDSzDBw5SqrYTk/KnFvzby5o7oKPdG9jpXgUeMiECALHjPr/vpDrbFCk96P5vvJ4ccY=";

// src/core/sha256.ts
var MESSAGE = 1024;
var HEX = 544;
var PAGE = 65536;
var { WebAssembly: wasm } = globalThis;
var hasher;
function load() {
  const { exports } = new wasm.Instance(new wasm.Module(Buffer.from(SHA256_MODULE, "base64")));
  const memory = exports.memory;
  return { memory, digest: exports.digest, bytes: Buffer.from(memory.buffer) };
}
function sha256Hex(text3) {
  const current = hasher ??= load();
  const needed = MESSAGE + text3.length * 3 + 72;
  if (needed > current.bytes.length) {
    current.memory.grow(Math.ceil((needed - current.bytes.length) / PAGE));
    current.bytes = Buffer.from(current.memory.buffer);
  }
  current.digest(utf8Write(current.bytes, text3, MESSAGE));
  return latin1Slice(current.bytes, HEX, HEX + 64);
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
      const teamFix = (text3, change) => ({ text: text3, request: { method: "POST", path: "/team/update", body: { team_id: teamId, ...change } } });
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
      const userUpdate = (text3, change) => ({ text: text3, request: { method: "POST", path: "/user/update", body: { user_id: userId, ...change } } });
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
function keyUpdate(text3, change) {
  return { text: `${text3} (replace the key placeholder)`, request: { method: "POST", path: "/key/update", body: { key: KEY_PLACEHOLDER, ...change } } };
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

// rules/litellm-key-unlimited.ts
var NOT_FOUND_FIX = {
  text: "point LITELLM_API_KEY (or --key-alias) at the key the platform really uses, or create it without a budget for the platform's team",
  request: { method: "POST", path: "/key/generate", body: { key_alias: "codemie-back", team_id: "codemie" } }
};
function capFix(caps) {
  const fix = caps.find((cap) => cap.fix)?.fix;
  if (!fix) return void 0;
  return caps.length > 1 ? { ...fix, text: `${fix.text}; then the other levels the message names` } : fix;
}
var litellm_key_unlimited_default = defineLiveRule({
  meta: {
    id: "litellm-key-unlimited",
    name: "LitellmKeyUnlimited",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The platform's integration key has a budget cap, or cannot be used",
    details: "All LLM traffic of the platform runs on one integration key (CodeMie: alias codemie-back, a key of team codemie), so its effective budget must be unlimited: per-user limits come from the end-user budgets (LITELLM_BUDGET_ID and budgets-config), not from this key. A max_budget at any level that applies to the key \u2014 the key itself (0 included), its linked budget row, per-model or windowed budgets, its team, its team membership, its user (keys without a team) or its organization \u2014 cuts off the whole platform when it is spent: every LLM call of every user fails until the period resets. A key that silently inherits a team cap breaks production. A soft budget alone is not a cap (it only alerts) and is fine, while rate limits on the key's path (`tpm_limit`, `rpm_limit`, `max_parallel_requests` on the key, its budget row or its team, `model_rpm_limit`/`model_tpm_limit`/`model_max_parallel_requests` in their metadata, `tpm_limit`/`rpm_limit`/`max_parallel_requests` of its user, and `tpm_limit`/`rpm_limit` of its team membership's budget row and its organization's budget row) are warnings naming the effective limit \u2014 the key's own value, else its budget row's, with every other level a counter of its own, the strictest winning \u2014 and where it comes from, since all platform traffic shares them. A linked budget row caps the key only on proxies whose key lookup joins the budget table (1.56.2 on, BerriAI/litellm#7429): before that it is a warning (it will cap after an upgrade), with the version unknown an error that says so. On a team key a user budget applies only in some LiteLLM configurations, so it is a warning. A blocked or expired key is an error too, since every call with it fails. The check follows the key's links with the fewest requests (team, user and organization lookups only when linked, in parallel) and never passes a key when a lookup that could have found a cap failed.",
    remediation: 'Remove the max_budget at the level that caps the integration key (POST /team/update or /key/update with "max_budget": null, or drop the linked budget row), and unblock or renew the key when it is blocked or expired.',
    example: `# LiteLLM: remove the cap that the integration key inherits from its team
curl -X POST $LITELLM_URL/team/update -H "Authorization: Bearer $LITELLM_MASTER_KEY" \\
  -H 'Content-Type: application/json' -d '{"team_id": "codemie", "max_budget": null}'
# per-user limits belong in the end-user budget (LITELLM_BUDGET_ID), not on this key`,
    tags: ["security", "cost", "litellm", "live"],
    securitySeverity: "6.5",
    messages: {
      limited: "{{keyName}} {{key}} is capped by {{caps}}; when {{which}} is spent, every LLM call of the platform fails",
      userCapOnTeamKey: "{{keyName}} {{key}} may be capped by {{level}}: {{amount}}; LiteLLM applies a user budget to a team key only in some configurations, and when it applies and is spent every LLM call of the platform fails",
      blocked: "{{keyName}} {{key}} is blocked{{by}}, so every LLM call with it fails",
      expired: "{{keyName}} {{key}} expired ({{when}}), so every LLM call with it fails",
      notFound: "the {{keyName}} {{key}} does not exist in LiteLLM",
      aliasNotFound: "no LiteLLM key has the alias {{key}}",
      rateLimited: "{{keyName}} {{key}} is rate-limited: {{limits}}; all LLM traffic of the platform shares these limits, so every user is throttled when they are reached",
      dormantBudgetRow: "{{keyName}} {{key}} links {{level}} ({{amount}}); LiteLLM {{version}} does not apply a key's budget row (its key lookup joins the budget table only from {{from}} on), so the row caps nothing today, but it will cap the platform after an upgrade",
      aliasAmbiguous: "{{count}} LiteLLM keys have the alias {{key}}; give LITELLM_API_KEY or a unique --key-alias"
    }
  },
  async check({ live, report }) {
    judge(await live.integrationKey(), live.anchor, "integration key");
    const proxy = await live.proxyKey();
    if (proxy) judge(proxy.outcome, proxy.at, `coding-agent key (${PROXY_KEY_ENV})`);
    function judge(outcome, at, keyName) {
      const reportGates = (found) => {
        const effective = effectiveGates(found.gates);
        if (effective.length === 0) return;
        report({ messageId: "rateLimited", data: { keyName, key: found.key, limits: describeGates(effective) }, at, severity: "warning", remediation: effective[0].fix });
      };
      const reportDormant = (found) => {
        if (!found.dormant) return;
        const data = { keyName, key: found.key, level: found.dormant.cap.level, amount: found.dormant.cap.amount, version: found.dormant.version, from: BUDGET_ROW_JOIN_FROM };
        const remediation = { text: "unlink the budget row before an upgrade makes it cap the platform (replace the key placeholder)", request: { method: "POST", path: "/key/update", body: { key: KEY_PLACEHOLDER, budget_id: null } } };
        report({ messageId: "dormantBudgetRow", data, at, severity: "warning", remediation });
      };
      switch (outcome.status) {
        case "unverified":
          live.inconclusive("litellm-key-unlimited", outcome.kind, outcome.reason);
          return;
        case "inconclusive":
          live.inconclusive("litellm-key-unlimited", "incomplete", `${keyName} ${outcome.key}: ${outcome.reason}`);
          return;
        case "limited":
          reportDormant(outcome);
          report({ messageId: "limited", data: { keyName, key: outcome.key, caps: describeCaps(outcome.caps), which: outcome.caps.length === 1 ? "that" : "any of these" }, at, remediation: capFix(outcome.caps) });
          reportGates(outcome);
          for (const note of outcome.notes) live.notice(`${keyName} ${outcome.key}: ${note}`);
          return;
        case "unlimited":
          reportDormant(outcome);
          reportGates(outcome);
          for (const note of outcome.notes) live.notice(`${keyName} ${outcome.key}: ${note}`);
          if (outcome.userCap) report({ messageId: "userCapOnTeamKey", data: { keyName, key: outcome.key, level: outcome.userCap.level, amount: outcome.userCap.amount }, at, severity: "warning", remediation: capFix([outcome.userCap]) });
          return;
        case "blocked":
          report({ messageId: "blocked", data: { keyName, key: outcome.key, by: outcome.by ? ` by ${outcome.by}` : "" }, at, remediation: { text: "unblock the key (replace the key placeholder; a blocked team: POST /team/unblock)", request: { method: "POST", path: "/key/unblock", body: { key: KEY_PLACEHOLDER } } } });
          return;
        case "expired":
          report({ messageId: "expired", data: { keyName, key: outcome.key, when: outcome.when }, at, remediation: { text: "clear the key's expiry (replace the key placeholder), or generate a new key and update the platform's Secret", request: { method: "POST", path: "/key/update", body: { key: KEY_PLACEHOLDER, duration: null } } } });
          return;
        case "not-found":
          report({ messageId: outcome.how === "alias" ? "aliasNotFound" : "notFound", data: { keyName, key: outcome.key }, at, remediation: NOT_FOUND_FIX });
          return;
        case "ambiguous":
          report({ messageId: "aliasAmbiguous", data: { keyName, key: outcome.key, count: outcome.count }, at, remediation: { text: "give the platform's key a unique alias (POST /key/update with key_alias), or set LITELLM_API_KEY instead of --key-alias" } });
          return;
      }
    }
  }
});

// rules/litellm-proxy-settings.ts
var litellm_proxy_settings_default = defineRule({
  meta: {
    id: "litellm-proxy-settings",
    name: "LitellmProxySettings",
    input: "values",
    defaultSeverity: "error",
    description: "A LiteLLM proxy setting that leaves end users uncapped or cuts off the platform",
    details: "Read from the LiteLLM chart's own values (`--litellm-values`, or a -f file of that shape): the proxy's config.yaml is `proxy_config`, rendered verbatim by the chart. `litellm_settings.max_budget` is a global proxy budget: when it is spent LiteLLM refuses every LLM route, the platform's integration key included, so the promise that the integration key is never interrupted breaks (error). `disable_end_user_cost_tracking: true` stops recording end-user spend, so no end-user budget ever trips (error). The legacy `max_end_user_budget` is documented upstream as no longer enforced (warning: use `max_end_user_budget_id`). Without `max_end_user_budget_id` nothing caps an end user whose own budget link failed \u2014 an unknown budget id on `/customer/new`, or a budget deleted later (note). A proxy without a database cannot hold budgets or keys at all: the chart deploys one unless `db.deployStandalone` is false, and then `db.useExisting` or a DATABASE_URL (or DATABASE_HOST, which LiteLLM builds it from) must provide it (error; a Secret or ConfigMap passed whole may hold it, which is not judged). `general_settings.master_key` set to null, or `general_settings` or `proxy_config` itself (a null removes the chart's default with what it holds), runs the proxy without a master key, so every request is accepted as an internal user (error).",
    remediation: "Change the LiteLLM chart values as the message says (the fix line gives the config).",
    example: "proxy_config:\n  general_settings:\n    master_key: os.environ/PROXY_MASTER_KEY\n  litellm_settings:\n    max_end_user_budget_id: default   # a budget that exists\n    # no max_budget (global), no disable_end_user_cost_tracking\ndb:\n  deployStandalone: true",
    tags: ["correctness", "cost", "litellm", "budget"],
    messages: {
      globalBudget: "litellm_settings.max_budget {{amount}} is a global proxy budget: when it is spent LiteLLM refuses every LLM call, the platform's integration key included",
      costTrackingOff: "litellm_settings.disable_end_user_cost_tracking is {{value}}, which the proxy takes as true: end-user spend is never recorded, so no end-user budget ever trips",
      legacyEndUserBudget: "litellm_settings.max_end_user_budget is no longer enforced by LiteLLM (documented upstream); use max_end_user_budget_id with a budget that exists",
      noDefaultEndUserBudget: "litellm_settings.max_end_user_budget_id is not set: an end user whose own budget link failed (an unknown budget id, a deleted budget) is uncapped",
      noDatabase: "the LiteLLM chart deploys no database (db.deployStandalone false, no db.useExisting, no DATABASE_URL): the proxy cannot hold budgets or keys, so no end user is capped",
      noMasterKey: "{{path}} is null, so the proxy's config has no master_key: the proxy runs without a master key and accepts every request as an internal user",
      externalConfig: "proxyConfigMap.create is false: the proxy reads an existing ConfigMap, so its budget settings cannot be checked from these values"
    }
  },
  appliesTo: (model) => Boolean(model.litellm),
  check({ model, report: reportAt }) {
    const chart = model.litellm;
    if (!chart) return;
    const report = (finding) => reportAt(finding.remediation ? { ...finding, remediation: configUnder(chartParent(finding.at), finding.remediation) } : finding);
    const external = usesExternalConfig(chart);
    if (external) report({ messageId: "externalConfig", at: external.at, severity: "note", remediation: { text: "lint the config.yaml of that ConfigMap as proxy_config, or let the chart render it", config: "proxyConfigMap.create: true" } });
    else {
      const maxBudget = proxySetting(chart, "litellm_settings", "max_budget");
      const amount2 = numberOf(maxBudget);
      if (maxBudget && amount2 !== null && amount2 > 0) report({ messageId: "globalBudget", data: { amount: String(amount2) }, at: maxBudget.origin, remediation: { text: "remove the global budget; cap end users with max_end_user_budget_id and their own budgets", config: "proxy_config.litellm_settings.max_budget: null" } });
      const tracking = proxySetting(chart, "litellm_settings", "disable_end_user_cost_tracking");
      if (tracking && isTruthy(tracking)) report({ messageId: "costTrackingOff", data: { value: tracking.kind === "scalar" ? JSON.stringify(tracking.value) : `a ${tracking.kind === "map" ? "map" : "list"}` }, at: tracking.origin, remediation: { text: "record end-user spend again", config: "proxy_config.litellm_settings.disable_end_user_cost_tracking: false" } });
      const legacy = proxySetting(chart, "litellm_settings", "max_end_user_budget");
      if (legacy) report({ messageId: "legacyEndUserBudget", at: legacy.origin, severity: "warning", remediation: DEFAULT_BUDGET_FIX });
      if (!proxySetting(chart, "litellm_settings", "max_end_user_budget_id")) {
        report({ messageId: "noDefaultEndUserBudget", at: anchorOfSettings(chart.values.root) ?? chart.anchor, severity: "note", remediation: DEFAULT_BUDGET_FIX });
      }
      const removed = MASTER_KEY_PATHS.map((path) => ({ node: nodeAt2(chart.values.root, path), path: path.join(".") })).find(({ node }) => node?.kind === "scalar" && node.value === null);
      if (removed) {
        report({ messageId: "noMasterKey", data: { path: removed.path }, at: removed.node.origin, remediation: { text: "wire the master key the chart keeps in its Secret", config: "proxy_config.general_settings.master_key: os.environ/PROXY_MASTER_KEY" } });
      }
    }
    const database = databaseWiring(chart);
    if (database.state === "none") report({ messageId: "noDatabase", at: database.at ?? chart.anchor, remediation: { text: "let the chart deploy PostgreSQL, or point db.useExisting at yours", config: "db.deployStandalone: true" } });
  }
});
var MASTER_KEY_PATHS = [["proxy_config"], ["proxy_config", "general_settings"], ["proxy_config", "general_settings", "master_key"]];
var DEFAULT_BUDGET_FIX = {
  text: "name a budget that exists (create it with POST /budget/new and the per-user max_budget)",
  config: "proxy_config.litellm_settings.max_end_user_budget_id: default"
};
function numberOf(node) {
  if (node?.kind !== "scalar") return null;
  const value = typeof node.value === "number" ? node.value : typeof node.value === "string" ? Number(node.value) : NaN;
  return Number.isFinite(value) ? value : null;
}
function settingsNode(root, section) {
  const config = root.kind === "map" ? root.entries.get("proxy_config") : void 0;
  return config?.kind === "map" ? config.entries.get(section) : void 0;
}
function anchorOfSettings(root) {
  const settings = settingsNode(root, "litellm_settings");
  if (settings) return { ...settings.origin, part: "key" };
  const config = root.kind === "map" ? root.entries.get("proxy_config") : void 0;
  return config ? { ...config.origin, part: "key" } : void 0;
}

// rules/litellm-service-url.ts
var URL_ENV = ["LITE_LLM_URL", "LITELLM_URL", "LITELLM_BASE_URL"];
var litellm_service_url_default = defineRule({
  meta: {
    id: "litellm-service-url",
    name: "LitellmServiceUrl",
    input: "values",
    defaultSeverity: "warning",
    description: "The platform's in-cluster LiteLLM URL does not name the Service the LiteLLM chart creates",
    details: "When both sides of the proxy are linted \u2014 the platform's values and the LiteLLM chart's (`--litellm-values`) \u2014 the platform's LiteLLM URL (`LITE_LLM_URL`) must reach the Service the chart creates. Its name is the chart's fullname, derived as the chart's `_helpers.tpl` does: `fullnameOverride`; else the release name (`--litellm-release`, default `litellm`) when it contains the chart name (`nameOverride`, default `litellm`), else `<release>-<name>`, cut to 63 characters. Its port is `service.port` (default 4000). An in-cluster URL (`http://name:port`, `name.namespace`, `\u2026.svc`, `\u2026.svc.cluster.local`) naming another Service or port is a warning showing both; URLs outside the cluster are not compared.",
    remediation: "Point the platform's LiteLLM URL at the chart's Service and port (or set fullnameOverride / --litellm-release to match).",
    example: "# LiteLLM chart: release litellm, nameOverride litellm, service.port 4000\nextraEnv:\n  - {name: LITE_LLM_URL, value: 'http://litellm.litellm.svc:4000'}",
    tags: ["correctness", "litellm"],
    messages: {
      otherService: '{{name}} points at Service "{{host}}", but the LiteLLM chart creates Service "{{fullname}}" ({{why}})',
      otherPort: `{{name}} uses port {{port}}, but the LiteLLM chart's Service "{{fullname}}" listens on service.port {{servicePort}}`
    }
  },
  appliesTo: (model) => Boolean(model.litellm && model.values),
  check({ model, report }) {
    const chart = model.litellm;
    if (!chart) return;
    const fullname = chartFullname(chart);
    const port = servicePort(chart);
    const checked = /* @__PURE__ */ new Set();
    for (const scope of model.facts.scopes) {
      if (scope.origin !== "values") continue;
      for (const name of URL_ENV) {
        const variable = scope.vars.get(name);
        const at = variable?.valueAt;
        if (typeof variable?.value !== "string" || !at || variable.origin !== "value") continue;
        const place = `${at.source.file}\0${at.path.join("\0")}`;
        if (checked.has(place)) continue;
        checked.add(place);
        const target = inClusterTarget(variable.value);
        if (!target) continue;
        if (target.service !== fullname.value) {
          report({ messageId: "otherService", data: { name, host: target.service, fullname: fullname.value, why: fullname.via }, at, related: fullname.at ? [fullname.at] : [], remediation: urlFix(name, target, fullname.value, port.value) });
        } else if (target.port !== port.value) {
          report({ messageId: "otherPort", data: { name, port: target.port, fullname: fullname.value, servicePort: port.value }, at, related: port.at ? [port.at] : [], remediation: urlFix(name, target, fullname.value, port.value) });
        }
      }
    }
  }
});
function urlFix(name, target, service, port) {
  const url = new URL(target.url.href);
  const rest = url.hostname.split(".").slice(1);
  url.hostname = [service, ...rest].join(".");
  url.port = String(port);
  return { text: "point the platform at the LiteLLM chart's Service and port", config: `- {name: ${name}, value: '${url.href.replace(/\/$/, "")}'}` };
}
function inClusterTarget(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const labels = url.hostname.toLowerCase().split(".");
  const inCluster = labels.length <= 2 || labels[2] === "svc" && (labels.length === 3 || labels.slice(3).join(".") === "cluster.local");
  if (!inCluster || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(labels[0] ?? "") || /^\d+$/.test(labels.at(-1) ?? "")) return null;
  if (labels[0] === "localhost") return null;
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  return { service: labels[0], port, url };
}

// rules/litellm-unverified.ts
var litellm_unverified_default = defineLiveRule({
  meta: {
    id: "litellm-unverified",
    name: "LitellmUnverified",
    input: "live",
    defaultSeverity: "warning",
    description: "A live LiteLLM check could not be completed",
    details: "Live checks are tri-state: passed, failed or inconclusive, never silently passed. A check is inconclusive when the proxy cannot be reached (connection refused, DNS, TLS, timeout), refuses the credential (401/403), lacks the endpoint (404 on an older version), or answers with something that is not the expected JSON (HTML, malformed, oversized), and when the credential it needs is not set: LITELLM_MASTER_KEY for budgets, LITELLM_API_KEY or --key-alias for the integration key. Raise this rule to error in the config for a fail-closed gate.",
    remediation: "Set the credential the message names, or make the proxy reachable from where the check runs, then run the check again.",
    example: "# .litellm-preflight.yaml: fail closed when a live check cannot run\nrules:\n  litellm-unverified: error",
    tags: ["litellm", "live"],
    messages: {
      missingCredential: "{{checks}} not checked: {{reason}}",
      incomplete: "{{checks}} could not be completed: {{reason}}"
    }
  },
  check({ live, report }) {
    const groups = /* @__PURE__ */ new Map();
    for (const problem of live.problems) {
      const key = `${problem.kind}\0${problem.reason}`;
      groups.set(key, [...groups.get(key) ?? [], problem]);
    }
    for (const problems of groups.values()) {
      const first = problems[0];
      const checks = [...new Set(problems.map((problem) => problem.ruleId))].join(", ");
      const text3 = first.kind === "credential" ? "set the credential the message names and run again" : "make the proxy and its database reachable from where the check runs, then run again";
      report({ messageId: first.kind === "credential" ? "missingCredential" : "incomplete", data: { checks, reason: first.reason }, at: first.at ?? live.anchor, remediation: { text: text3 } });
    }
  }
});

// rules/litellm-version-advisory.ts
var litellm_version_advisory_default = defineLiveRule({
  meta: {
    id: "litellm-version-advisory",
    name: "LitellmVersionAdvisory",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The LiteLLM proxy reports a known-bad LiteLLM release",
    details: "Checks the version the running proxy reports (`litellm_version` of `/health/readiness`, or of the authenticated `/health/readiness/details` on the newest releases) against the project's list of known-bad LiteLLM releases (src/facts/litellm-advisories.ts, each entry linked to the public issue it was verified against). Malicious releases (1.82.7 and 1.82.8, published to PyPI on 2026-03-24, credential stealers) are errors; a budget-enforcement bug is a warning while the proxy runs a release before its fix, and a note when no fix was ever released, so current versions are not warned about bugs nobody fixed. No extra request: the version comes from the readiness probe every live run makes.",
    remediation: "Upgrade (or, for a malicious release, replace) the LiteLLM proxy as the linked issue says, and rotate every credential it could read when the release is malicious.",
    example: "# LiteLLM chart values\nimage:\n  tag: main-v1.82.6",
    tags: ["security", "litellm", "supply-chain", "live"],
    securitySeverity: "9.0",
    messages: {
      advisory: "the LiteLLM proxy runs {{version}}: {{summary}} ({{url}})"
    }
  },
  check({ model, live, report }) {
    const version = live.readiness?.version;
    const release3 = version ? parseRelease(version) : null;
    if (!release3) return;
    for (const match of advisoriesFor(release3, litellmSettingsInUse(model.litellm))) {
      const data = { version: formatRelease(release3), summary: match.advisory.summary, url: match.advisory.url };
      report({ messageId: "advisory", data, at: live.anchor, severity: match.severity, remediation: { text: advisoryFix(match.advisory) } });
    }
  }
});

// rules/plaintext-credential.ts
var plaintext_credential_default = defineRule({
  meta: {
    id: "plaintext-credential",
    name: "PlaintextCredential",
    input: "any",
    defaultSeverity: "error",
    description: "A LiteLLM key is written as a literal instead of a Secret reference",
    details: "A LiteLLM master key or integration key in a values file or manifest is readable by everyone with access to the repository, its history, CI logs and the rendered release, also when a later values layer replaces it. A key read (through `secretKeyRef` or `envFrom`) from a Secret the inputs hold as text counts too: a committed Secret manifest (base64 hides nothing), a Secret in the values' `extraObjects`, or a rendered Secret whose value a values key supplies (reported at that key). Not reported: a rendered value the chart makes up (`randAlphaNum`; a rendering is known by helm's `# Source:` comments, or by coming on stdin), an object exported from the cluster (its metadata has a `uid` or `resourceVersion`; `kubectl create --dry-run -o yaml` writes neither), an encrypted value (SOPS `ENC[\u2026]`) and a placeholder a tool fills in (`<path:\u2026>`, `{{ \u2026 }}`, `%%\u2026%%`, `${\u2026}`). A key given in a `--set` flag is a note: it is not committed with the files, but helm stores it in the release, where `helm get values` shows it. The master key is an admin credential for the proxy: it can create keys and change budgets. The value is never shown in this tool's output.",
    remediation: "Store the key in a Kubernetes Secret and reference it with valueFrom.secretKeyRef (or masterkeySecretName in the LiteLLM chart), then rotate the exposed key.",
    example: "# wrong\nextraEnv:\n  - {name: LITE_LLM_MASTER_KEY, value: sk-...}\n# right\nextraEnv:\n  - name: LITE_LLM_MASTER_KEY\n    valueFrom:\n      secretKeyRef: {name: litellm-integration, key: litellm-master-key}",
    tags: ["security", "secrets", "litellm"],
    securitySeverity: "8.0",
    messages: {
      env: "{{name}} is set to a literal value; reference a Secret instead (the value is not shown)",
      chartMasterkey: "the LiteLLM chart's {{key}} is a literal master key; use masterkeySecretName instead (the value is not shown)",
      proxyConfig: "proxy_config.general_settings.master_key is a literal; use os.environ/PROXY_MASTER_KEY (the value is not shown)",
      secretLiteral: '{{name}} reads Secret "{{secret}}", whose {{key}} is written here as a literal: the key is committed with the Secret; keep it in a secret store (External Secrets, a sealed or SOPS-encrypted Secret) and rotate it (the value is not shown)'
    },
    optionsSchema: {
      type: "object",
      properties: { names: { type: "array", items: { type: "string" }, description: "More env names that hold credentials" } },
      additionalProperties: false
    },
    defaultOptions: { names: [] }
  },
  check({ model, options, report }) {
    const names = /* @__PURE__ */ new Set([...LITELLM_CREDENTIAL_ENV, ...options.names ?? []]);
    const layers = (model.values?.trees.length ?? 0) > 1 ? model.values.trees.flatMap((tree) => tree ? envListsOf(tree) : []) : [];
    const secretRefs = /* @__PURE__ */ new Map();
    for (const list of [...model.facts.envLists, ...layers]) {
      for (let index = 0; index < list.length; index++) {
        if (!names.has(list.nameAt(index))) continue;
        const entry = list.entryAt(index);
        if (isLiteral(entry.value)) {
          report({ messageId: "env", data: { name: entry.name }, at: { ...entry.valueAt, sensitive: true }, ...onlyPassed(entry.valueAt) });
          continue;
        }
        const ref = isRecord(entry.valueFrom) && isRecord(entry.valueFrom.secretKeyRef) ? entry.valueFrom.secretKeyRef : void 0;
        if (typeof ref?.name !== "string") continue;
        const refs = secretRefs.get(list);
        if (refs) refs.push({ name: entry.name, secret: ref.name });
        else secretRefs.set(list, [{ name: entry.name, secret: ref.name }]);
      }
    }
    const scopes = model.facts.scopes;
    for (let s = 0; s < scopes.length; s++) {
      const scope = scopes[s];
      let fromSecret;
      const lists = secretRefs.size > 0 ? scope.lists : [];
      for (let l = 0; l < lists.length; l++) for (const ref of secretRefs.get(lists[l]) ?? []) if (scope.vars.holds("Secret", ref.secret)) (fromSecret ??= /* @__PURE__ */ new Set()).add(ref.name);
      const envFrom = scope.vars.envFrom;
      for (let e = 0; e < envFrom.length; e++) {
        if (envFrom[e].kind !== "Secret" || !scope.vars.holds("Secret", envFrom[e].name)) continue;
        fromSecret ??= /* @__PURE__ */ new Set();
        for (const name of names) fromSecret.add(name);
        break;
      }
      if (fromSecret === void 0) continue;
      for (const name of fromSecret) {
        const variable = scope.vars.get(name);
        const at = variable?.valueAt;
        if (!variable || !at || !variable.sensitive || variable.origin !== "secretKeyRef" && variable.origin !== "envFrom" || !isLiteral(variable.value)) continue;
        if (variable.entry && at === variable.entry.valueAt) continue;
        if (!committed(at, model.valuesBehind)) continue;
        const ref = variable.origin === "secretKeyRef" ? (variable.entry?.valueFrom).secretKeyRef : void 0;
        const secret = ref ? String(ref.name) : at.source.object?.name ?? "(envFrom)";
        const key = ref ? String(ref.key) : String(at.path.at(-1) ?? name);
        report({ messageId: "secretLiteral", data: { name, secret, key: JSON.stringify(key) }, at: sensitive(at) });
      }
    }
    for (const root of [model.values?.root, model.litellm?.values.root]) {
      if (root) forEachLiteLLMChart(root, checkChart);
    }
    function checkChart(chart) {
      const masterkey = chart.entries.get("masterkey");
      if (masterkey?.kind === "scalar" && isLiteral(masterkey.value)) {
        const remediation = configUnder(masterkey.origin.path.slice(0, -1), { text: "keep the master key in a Secret the chart reads, delete the literal and rotate the exposed key", config: "masterkeySecretName: litellm-masterkey" });
        report({ messageId: "chartMasterkey", data: { key: [...masterkey.origin.path].join(".") }, at: sensitive(masterkey.origin), remediation, ...onlyPassed(masterkey.origin) });
      }
      const proxyConfig = chart.entries.get("proxy_config");
      const general = proxyConfig?.kind === "map" ? proxyConfig.entries.get("general_settings") : void 0;
      const masterKey = general?.kind === "map" ? general.entries.get("master_key") : void 0;
      if (masterKey?.kind === "scalar" && isLiteral(masterKey.value) && !String(masterKey.value).startsWith("os.environ/")) {
        report({ messageId: "proxyConfig", at: sensitive(masterKey.origin), remediation: configUnder(masterKey.origin.path.slice(0, -3), { text: "read the master key from the chart's Secret and rotate the exposed key", config: "proxy_config.general_settings.master_key: os.environ/PROXY_MASTER_KEY" }), ...onlyPassed(masterKey.origin) });
      }
    }
  }
});
function committed(at, valuesBehind) {
  if (at.source.kind !== "manifest") return at.source.kind === "values";
  const source = at.source;
  if (isPseudoFile(source.file) || typeof source.text === "string" && FROM_CLUSTER.test(source.text)) return false;
  return source.object?.source === void 0 || valuesBehind?.(at) !== void 0;
}
var FROM_CLUSTER = /(?:^\s+|[{,]\s*)(?:uid|resourceVersion)\s*:/m;
var NOT_A_KEY = /^ENC\[[^\]]*\]$|^<path:[^>]+>$|\{\{[\s\S]*\}\}|^%%[^%\s]+%%$|^\$\{[^}]+\}$/;
function isLiteral(value) {
  if (value === void 0 || value === null) return false;
  const text3 = String(value).trim();
  return text3 !== "" && !/^(\$\([^)]*\))+$/.test(text3) && !NOT_A_KEY.test(text3);
}
function onlyPassed(ref) {
  return ref.source.kind === "set" ? { severity: "note" } : {};
}
function sensitive(ref) {
  return { ...ref, sensitive: true };
}
function forEachLiteLLMChart(root, visit3) {
  const walk2 = (node, depth, litellmKey) => {
    if (node.kind !== "map" || depth > 3) return;
    const holds = node.entries.has("masterkey") || node.entries.has("proxy_config");
    if (holds && (depth === 0 || litellmKey || looksLikeLiteLLMChart(node, { masterkeyAlone: false }))) visit3(node);
    for (const [key, child] of node.entries) walk2(child, depth + 1, /litellm/i.test(key));
  };
  walk2(root, 0, false);
}

// rules/suppression-directive.ts
var suppression_directive_default = defineRule({
  meta: {
    id: "suppression-directive",
    name: "SuppressionDirective",
    input: "values",
    defaultSeverity: "warning",
    description: "An inline suppression comment is malformed or suppresses nothing",
    details: "`# litellm-preflight-disable-next-line <rule-id> -- reason` silences one finding on the next line, `# litellm-preflight-disable-line` one on its own line, and `# litellm-preflight-disable <rule-id> -- reason` (anywhere in the file) every finding of those rules in the file. A directive needs a reason so that reviewers know why; one that names an unknown rule or no longer matches a finding hides nothing and should go.",
    remediation: "Name existing rule ids, give a reason after ` -- `, and delete directives that no longer match a finding.",
    example: 'extraEnv:\n  # litellm-preflight-disable-next-line env-duplicate -- kept until the 2.43 chart lands\n  - {name: TRIGGER_ENGINE_ENABLED, value: "false"}\n  - {name: TRIGGER_ENGINE_ENABLED, value: "true"}',
    tags: ["maintainability"],
    messages: {
      missingReason: "suppression of {{rules}} has no reason; add one after ' -- '",
      unknownRule: 'suppression names unknown rule "{{rule}}"',
      noRule: "suppression names no rule id",
      unused: "suppression of {{rules}} matched no finding; remove it"
    }
  },
  check({ model, report }) {
    for (const directive of model.directives) {
      const at = { source: directive.source, path: [], offsets: directive.offsets };
      if (directive.ruleIds.length === 0) report({ messageId: "noRule", at });
      for (const rule of directive.ruleIds) if (!model.knownRuleIds.has(rule)) report({ messageId: "unknownRule", data: { rule }, at });
      if (directive.ruleIds.length > 0 && !directive.reason) report({ messageId: "missingReason", data: { rules: directive.ruleIds.join(", ") }, at });
    }
  }
});

// rules/values-schema.ts
var values_schema_default = defineRule({
  meta: {
    id: "values-schema",
    name: "ValuesSchema",
    input: "values",
    defaultSeverity: "error",
    description: "The coalesced values do not satisfy the chart's values.schema.json",
    details: "Helm validates the chart's values.schema.json against the coalesced values (the chart's values.yaml, then every -f file, then --set) and refuses to install or upgrade when they do not match, but it names only a JSON path. This rule runs the same check with Ajv when a chart is given (--chart DIR, or --values-schema) and points every error at the file, line and column of the layer that supplied the offending value, or at the parent key for a missing required key. Formats (`format: email` and the like) are not asserted. A part of the schema that refers to another schema by URL (`$ref: https://\u2026`, as charts built on a library chart do) is left out, and the rest is checked: helm fetches it, this tool reads no network; a note says so.",
    remediation: "Change the value at the reported position so that it matches the schema, or add the missing key under the reported parent.",
    example: '# values.schema.json: {"properties": {"replicaCount": {"type": "integer"}}}\n# wrong\nreplicaCount: "2"\n# right\nreplicaCount: 2',
    tags: ["correctness", "helm", "schema"],
    messages: {
      invalid: "{{path}} {{problem}} ({{schema}})",
      required: '{{path}} is missing the required key "{{key}}" ({{schema}})',
      additional: '{{path}} has the key "{{key}}", which {{schema}} does not allow',
      schemaUnusable: "the values schema {{file}} cannot be used: {{reason}}",
      schemaRemote: "the values schema {{file}} refers to {{ref}}, which helm fetches and this tool does not (it reads no network): what that schema requires is not checked here"
    }
  },
  async check({ model, report }) {
    const chart = model.chart;
    if (!chart?.schema || chart.coalesced.problems.some((problem) => problem.kind === "syntax" && problem.at.source === chart.defaults)) return;
    const outcome = await validateChartValues(chart);
    const schema4 = chart.schema.file;
    if (!outcome.ok) {
      report({ messageId: "schemaUnusable", data: { file: chart.schema.file, reason: outcome.reason }, at: { source: chart.schema, path: [], ...outcome.at ? { offsets: outcome.at } : {} } });
      return;
    }
    if (outcome.remote) report({ messageId: "schemaRemote", data: { file: chart.schema.file, ref: outcome.remote }, at: { source: chart.schema, path: [] }, severity: "note" });
    for (const error of outcome.errors) {
      const path = error.path.length === 0 ? "the values" : formatPath(error.path);
      const related = error.schemaAt ? [error.schemaAt] : [];
      if (error.kind === "required") report({ messageId: "required", data: { path, key: error.key ?? "", schema: schema4 }, at: error.at, related });
      else if (error.kind === "additional") report({ messageId: "additional", data: { path, key: error.key ?? "", schema: schema4 }, at: error.at, related });
      else report({ messageId: "invalid", data: { path, problem: error.problem, schema: schema4 }, at: error.at, related });
    }
  }
});

// src/chart/known-keys.ts
var FREE_FORM_NAME = /^(.*annotations|.*labels|.*selector|.*selectors|nodeselector|env|envs|envvars|envvariables|environment|extra.*|.*config|.*configs|configuration|.*configmaps?|data|stringdata|binarydata|.*files|.*secrets?|resources|affinity|.*tolerations|.*securitycontext|.*args|command|.*options|.*settings|.*parameters|.*params|.*overrides?|global)$/i;
var KeyCatalog = class {
  defaults;
  subcharts;
  referenced = /* @__PURE__ */ new Set();
  freeForm = /* @__PURE__ */ new Set();
  commented = /* @__PURE__ */ new Set();
  schema;
  constructor(chart) {
    this.defaults = chart.defaultsTree;
    this.subcharts = new Set(chart.input.subcharts ?? []);
    for (const [helmPath, template] of chart.templates) {
      const prefix = scopedValuesPath(helmPath, []);
      scanTemplate(template.text, this.referenced, this.freeForm, prefix);
      if (prefix.length > 0 && /\/_[^/]*$/.test(helmPath)) scanTemplate(template.text, this.referenced, this.freeForm);
    }
    if ([...chart.templates.values()].some((template) => /\btpl\b/.test(template.text))) {
      for (const text3 of stringsIn(chart.coalesced.root)) if (text3.includes(".Values")) scanTemplate(text3, this.referenced, /* @__PURE__ */ new Set());
    }
    if (chart.defaults) scanCommentedKeys(chart.defaults.text, this.commented);
    const parsed = chart.schema ? schemaJson(chart.schema) : void 0;
    this.schema = parsed && "value" in parsed ? parsed.value : void 0;
  }
  /** Verdict for `parent + key`, where `parent` was itself given "descend". */
  classify(parent, key) {
    if (parent.length === 0 && (key === "global" || this.subcharts.has(key))) return { kind: "free" };
    const path = [...parent, key];
    const joined = path.join(".");
    const parentNode = this.defaultsAt(parent);
    if (parentNode?.kind !== "map") return { kind: "free" };
    const child = parentNode.entries.get(key);
    if (child) return isCheckedMap(child, key) && !this.freeForm.has(joined) ? { kind: "descend" } : { kind: "free" };
    if (this.referenced.has(joined) || this.commented.has(joined)) return { kind: "free" };
    const schema4 = schemaVerdict(this.schema, parent, key);
    if (schema4 !== "unknown") return { kind: "free" };
    return { kind: "unknown", ...suggestion(key, this.candidates(parent, parentNode)) };
  }
  defaultsAt(path) {
    let node = this.defaults;
    for (const segment of path) node = node?.kind === "map" ? node.entries.get(String(segment)) : void 0;
    return node;
  }
  candidates(parent, parentNode) {
    const prefix = parent.length === 0 ? "" : `${parent.join(".")}.`;
    const out = new Set(parentNode.entries.keys());
    for (const set2 of [this.referenced, this.commented]) {
      for (const path of set2) {
        if (!path.startsWith(prefix)) continue;
        const next = path.slice(prefix.length).split(".")[0];
        if (next) out.add(next);
      }
    }
    for (const name of schemaProperties(this.schema, parent)) out.add(name);
    return [...out];
  }
};
function isCheckedMap(node, key) {
  if (node.kind !== "map" || node.entries.size === 0) return false;
  if (FREE_FORM_NAME.test(key)) return false;
  for (const name of node.entries.keys()) if (/[./]/.test(name) || /^[A-Z][A-Z0-9_]*$/.test(name)) return false;
  return true;
}
function stringsIn(root) {
  const out = [];
  const pending = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node.kind === "scalar") {
      if (typeof node.value === "string") out.push(node.value);
    } else if (node.kind === "map") for (const child of node.entries.values()) pending.push(child);
    else for (const item of node.items) pending.push(item);
  }
  return out;
}
function scanTemplate(text3, referenced, freeForm, prefix = []) {
  const scoped = (segments) => segments[0] === "global" ? segments : [...prefix.map(String), ...segments];
  const add = (segments) => {
    const full = scoped(segments);
    for (let i = 1; i <= full.length; i++) referenced.add(full.slice(0, i).join("."));
  };
  for (const match of text3.matchAll(/\.Values((?:\.[A-Za-z_][\w-]*)+)/g)) add(match[1].slice(1).split("."));
  for (const match of text3.matchAll(/index\s+\$?\.Values((?:\s+"[^"]+")+)/g)) add([...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]));
  const whole2 = [
    /(?:toYaml|toJson|toPrettyJson|toRawJson|tpl|merge|mergeOverwrite|keys|range\s+(?:\$\w+\s*(?:,\s*\$\w+\s*)?:=\s*)?)\s*\(?\s*\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*[|)}\s]/g,
    /\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*\|\s*(?:toYaml|toJson|toPrettyJson|keys)/g
  ];
  for (const pattern of whole2) for (const match of text3.matchAll(pattern)) freeForm.add(scoped(match[1].slice(1).split(".")).join("."));
  for (const match of text3.matchAll(/\{\{-?\s*with\s+\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*-?\}\}/g)) {
    const body = text3.slice(match.index + match[0].length, match.index + match[0].length + 400);
    const end = body.search(/\{\{-?\s*end\b/);
    const scope = end === -1 ? body : body.slice(0, end);
    if (/(toYaml|toJson|tpl|range)\s*\(?\s*\.\s*[|)}\s]|range\s+\$\w+\s*(,\s*\$\w+\s*)?:=\s*\.\s/.test(scope)) freeForm.add(scoped(match[1].slice(1).split(".")).join("."));
  }
}
function scanCommentedKeys(text3, out) {
  const stack = [];
  for (const line of text3.split(/\r?\n/)) {
    const real = /^(\s*)([A-Za-z_][\w.-]*|"[^"]+"|'[^']+'):(?:\s|$)/.exec(line);
    const commented = real ? null : /^(\s*)#+( *)([A-Za-z_][\w-]*):(?:\s|$)/.exec(line);
    if (!real && !commented) continue;
    const indent = real ? real[1].length : commented[1].length + Math.max(commented[2].length - 1, 0);
    const key = real ? real[2].replace(/^["']|["']$/g, "") : commented[3];
    while (stack.length > 0 && stack.at(-1).indent >= indent) stack.pop();
    const path = [...stack.map((entry) => entry.key), key].join(".");
    if (commented) out.add(path);
    stack.push({ indent, key });
  }
}
function schemaVerdict(schema4, parent, key) {
  const nodes = schemaNodesAt(schema4, schema4, parent);
  if (nodes.length === 0) return "unknown";
  let verdict = "unknown";
  for (const node of nodes) {
    const properties = node.properties;
    if (isRecord(properties) && key in properties) return "known";
    const patterns = node.patternProperties;
    if (isRecord(patterns) && Object.keys(patterns).some((pattern) => safeTest(pattern, key))) return "known";
    if (node.additionalProperties === false || node.unevaluatedProperties === false) verdict = "covered";
    else if (isRecord(node.additionalProperties) || node.additionalProperties === true) verdict = verdict === "covered" ? verdict : "free";
  }
  return verdict;
}
function schemaProperties(schema4, parent) {
  return schemaNodesAt(schema4, schema4, parent).flatMap((node) => isRecord(node.properties) ? Object.keys(node.properties) : []);
}
function schemaNodesAt(root, schema4, path, depth = 0) {
  if (!isRecord(schema4) || depth > 64) return [];
  const expanded = expand2(root, schema4, depth);
  if (path.length === 0) return expanded;
  const [head, ...rest] = path;
  const out = [];
  for (const node of expanded) {
    const properties = node.properties;
    if (isRecord(properties) && String(head) in properties) out.push(...schemaNodesAt(root, properties[String(head)], rest, depth + 1));
    else if (isRecord(node.additionalProperties)) out.push(...schemaNodesAt(root, node.additionalProperties, rest, depth + 1));
  }
  return out;
}
function expand2(root, schema4, depth) {
  if (depth > 64) return [];
  const out = [schema4];
  if (typeof schema4.$ref === "string" && schema4.$ref.startsWith("#")) {
    let target = root;
    for (const raw of schema4.$ref.slice(1).split("/").filter(Boolean)) target = isRecord(target) ? target[raw.replace(/~1/g, "/").replace(/~0/g, "~")] : void 0;
    if (isRecord(target)) out.push(...expand2(root, target, depth + 1));
  }
  if (Array.isArray(schema4.allOf)) {
    for (const member of schema4.allOf) if (isRecord(member)) out.push(...expand2(root, member, depth + 1));
  }
  return out;
}
function safeTest(pattern, key) {
  try {
    return new RegExp(pattern, "u").test(key);
  } catch {
    return false;
  }
}
function suggestion(key, candidates) {
  const normal = (text3) => text3.toLowerCase().replace(/[-_]/g, "");
  let best;
  for (const name of [...candidates].sort()) {
    if (name === key) continue;
    const distance = normal(name) === normal(key) ? 0.5 : editDistance2(key, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return {};
  const limit2 = key.length <= 4 ? 1 : key.length <= 10 ? 2 : 3;
  return best.distance <= limit2 ? { suggestion: best.name } : {};
}
function editDistance2(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2][j - 2] + 1);
      d[i][j] = value;
    }
  }
  return d[a.length][b.length];
}

// rules/values-unknown-key.ts
var values_unknown_key_default = defineRule({
  meta: {
    id: "values-unknown-key",
    name: "ValuesUnknownKey",
    input: "values",
    defaultSeverity: "note",
    description: "An override key does not exist in the chart's values.yaml, so Helm ignores it",
    details: "Helm accepts any key in a values file; a key the chart's templates never read is silently ignored, so a typo such as `replicaCont` or `image.tga` leaves the chart default in force. With the chart's own values.yaml (--chart DIR, or --chart-values), this rule flags override keys that the chart does not define, does not document in a commented-out line, and whose templates do not read, with a did-you-mean suggestion. Maps that are free-form by design are not checked below their own level: defaults that are empty maps or lists, scalars, annotations, labels, selectors, env maps, `extra*` keys, maps the templates pass whole to toYaml or range, subcharts and `global`. When the chart's values.schema.json forbids additional properties, values-schema reports the key instead.",
    remediation: "Correct the key to one the chart defines (see the suggestion), or remove it.",
    example: "# chart values.yaml: {replicaCount: 1}\n# wrong\nreplicaCont: 3\n# right\nreplicaCount: 3",
    tags: ["correctness", "helm"],
    messages: {
      unknown: `unknown key "{{key}}" in {{parent}}: the chart's values.yaml does not have it, so Helm ignores it`,
      unknownSuggest: `unknown key "{{key}}" in {{parent}}: the chart's values.yaml does not have it, so Helm ignores it; did you mean "{{suggestion}}"?`
    }
  },
  check({ model, report }) {
    const chart = model.chart;
    if (!chart?.defaultsTree) return;
    const catalog = new KeyCatalog({ ...chart, defaultsTree: chart.defaultsTree });
    const emit = (verdict, parent, key, at) => {
      const data = { key, parent: parent.length === 0 ? "the top level" : formatPath(parent) };
      if (verdict.suggestion) report({ messageId: "unknownSuggest", data: { ...data, suggestion: verdict.suggestion }, at });
      else report({ messageId: "unknown", data, at });
    };
    for (const layer of chart.userLayers) {
      if (layer.tree && layer.source instanceof YamlFileSource) {
        const source = layer.source;
        const visit3 = (node, path) => {
          for (const [key, child] of node.entries) {
            const verdict = catalog.classify(path, key);
            if (verdict.kind === "unknown") emit(verdict, path, key, { source, path: [...path, key], part: "key" });
            else if (verdict.kind === "descend" && child.kind === "map") visit3(child, [...path, key]);
          }
        };
        visit3(layer.tree, []);
        continue;
      }
      for (const written of layer.paths) {
        for (let i = 0; i < written.length; i++) {
          const key = written[i];
          if (typeof key === "number") break;
          const verdict = catalog.classify(written.slice(0, i), key);
          if (verdict.kind === "unknown") emit(verdict, written.slice(0, i), key, { source: layer.source, path: written.slice(0, i + 1), part: "key" });
          if (verdict.kind !== "descend") break;
        }
      }
    }
  }
});

// rules/yaml-syntax.ts
var yaml_syntax_default = defineRule({
  meta: {
    id: "yaml-syntax",
    name: "YamlSyntax",
    input: "any",
    defaultSeverity: "error",
    description: "A values file or manifest is not valid YAML, or not the shape Helm reads",
    details: "Helm refuses a values file it cannot parse, reads only the first document of a multi-document values file (helm 3; helm 4 merges them all, later documents winning), reads plain scalars the YAML 1.1 way of go-yaml v2 and then as JSON (so `.inf`, `.nan` and a `null:` key make it fail), and needs a map at the top. A values file that is a rendered Kubernetes manifest (top-level `apiVersion`, `kind` and `metadata`) is a warning: helm would take it as values, and its workloads are checked only when it is passed with `-m`. A manifest document that is not a Kubernetes object (no `apiVersion` or `kind`, one that is not a string, or a list or a scalar instead of a map) is an error, as kubectl and helm refuse it; a values file passed with `-m` is one. A rendered manifest that does not parse cannot be applied. Nothing else in the file can be checked until it parses.",
    remediation: "Fix the YAML at the reported position so that the file parses as a single map.",
    example: "# wrong: the flow map is never closed\nresources: {limits: {cpu: 2}\n# right\nresources: {limits: {cpu: 2}}",
    tags: ["correctness", "yaml"],
    messages: {
      syntax: "{{message}}",
      limit: "input exceeds a safety limit: {{message}}",
      ignored: "{{message}}",
      manifestAsValues: "{{message}}",
      notAnObject: "{{message}}"
    }
  },
  check({ model, report }) {
    for (const problem of model.problems) {
      if (problem.kind === "syntax") report({ messageId: "syntax", data: { message: problem.message }, at: problem.at });
      if (problem.kind === "ignored") report({ messageId: "ignored", data: { message: problem.message }, at: problem.at, severity: "warning" });
      if (problem.kind === "manifest") report({ messageId: "manifestAsValues", data: { message: problem.message }, at: problem.at, severity: "warning" });
      if (problem.kind === "object") report({ messageId: "notAnObject", data: { message: problem.message }, at: problem.at });
      if (problem.kind === "limit") report({ messageId: "limit", data: { message: problem.message }, at: problem.at });
    }
  }
});

// rules/registry.ts
var rules = [
  budget_id_change_default,
  budget_id_expected_default,
  budget_id_invalid_default,
  budget_id_mismatch_default,
  budget_id_restart_default,
  codemie_budget_drift_default,
  codemie_budget_flags_default,
  codemie_budgets_config_default,
  codemie_ignored_env_default,
  config_data_invalid_default,
  duplicate_key_default,
  env_duplicate_default,
  env_value_type_default,
  helm_template_default,
  litellm_budget_exists_default,
  litellm_budget_limits_default,
  litellm_budget_soft_default,
  litellm_global_budget_default,
  litellm_image_advisory_default,
  litellm_key_unlimited_default,
  litellm_proxy_settings_default,
  litellm_service_url_default,
  litellm_unverified_default,
  litellm_version_advisory_default,
  plaintext_credential_default,
  suppression_directive_default,
  values_schema_default,
  values_unknown_key_default,
  yaml_syntax_default
];

// src/core/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};

// src/engine/config.ts
var ENV_NAME = "^LITE_?LLM_[A-Za-z0-9_]*$";
var SEVERITY_SETTING = { enum: ["off", "note", "warning", "warn", "error"] };
function configSchema(rules2) {
  const ruleEntries = Object.fromEntries(
    rules2.map((rule) => [
      rule.meta.id,
      {
        anyOf: [
          SEVERITY_SETTING,
          {
            type: "object",
            additionalProperties: false,
            properties: { severity: SEVERITY_SETTING, options: rule.meta.optionsSchema ?? { type: "object", additionalProperties: false } }
          }
        ],
        description: rule.meta.description
      }
    ])
  );
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: `${HOME_URL}/blob/main/schemas/config.schema.json`,
    title: "litellm-preflight configuration (.litellm-preflight.yaml)",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      rules: { type: "object", additionalProperties: false, properties: ruleEntries },
      budgetIdEnv: {
        description: "Env names that carry the end-user budget id, in priority order",
        type: "array",
        minItems: 1,
        items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }
      },
      defaultBudgetId: { description: "The budget id in effect where none is set", type: "string", minLength: 1, pattern: "\\S" },
      ignore: { description: "Globs of files whose findings are dropped, relative to this file's directory", type: "array", items: { type: "string", minLength: 1 } },
      limits: {
        description: "Bounds for untrusted input (docs/limits.md)",
        type: "object",
        additionalProperties: false,
        properties: {
          maxFileBytes: { description: "Largest input file or stdin, in bytes (default 134217728)", type: "integer", minimum: 1 },
          maxValuesFileBytes: { description: "Largest values file, in bytes (default 16777216): values files are parsed whole, with positions", type: "integer", minimum: 1 },
          maxDepth: { description: "Deepest YAML nesting (default 500)", type: "integer", minimum: 1, maximum: 1e5 },
          maxAliases: { description: "Most YAML alias references per document (default 1000)", type: "integer", minimum: 0 }
        }
      },
      environments: {
        description: "Named environments (dev, staging, prod): `lint` with no inputs runs them all, --environment NAME some. Paths are relative to this config file",
        type: "object",
        minProperties: 1,
        propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", maxLength: 64 },
        additionalProperties: {
          type: "object",
          additionalProperties: false,
          properties: {
            values: { description: "Values files, merged in order like helm -f", type: "array", items: { type: "string", minLength: 1 } },
            set: { description: "--set assignments, applied after the files", type: "array", items: { type: "string" } },
            setString: { description: "--set-string assignments", type: "array", items: { type: "string" } },
            setLiteral: { description: "--set-literal assignments (the value is the rest of each item)", type: "array", items: { type: "string" } },
            manifests: { description: "Rendered manifest files", type: "array", items: { type: "string", minLength: 1 } },
            chart: { description: "A chart directory or reference rendered with helm template and the layers above", type: ["string", "null"], minLength: 1 },
            budgetId: { description: "The budget id this environment must get (rule budget-id-expected)", type: "string", minLength: 1 },
            litellm: {
              description: "Names of the environment variables that hold this environment's LiteLLM URL and keys (never the values)",
              type: "object",
              additionalProperties: false,
              properties: {
                urlEnv: { type: "string", pattern: ENV_NAME },
                masterKeyEnv: { type: "string", pattern: ENV_NAME },
                apiKeyEnv: { type: "string", pattern: ENV_NAME },
                keyAlias: { type: "string", minLength: 1 }
              }
            }
          }
        }
      },
      baseline: { description: "Baseline file (relative to this config file): findings recorded in it are hidden; write it with --write-baseline", type: "string", minLength: 1 },
      codemie: {
        description: "The CodeMie profile (CodeMie rules, DEFAULT_BUDGET_ID as a budget-id variable): auto turns it on when the inputs look like CodeMie's chart",
        enum: ["auto", "on", "off"]
      }
    }
  };
}
var CONFIG_AJV_OPTIONS = { allErrors: true, strict: false };
async function validatorFor(schema4) {
  const compiled2 = await import("./chunks/config-validator-JACZTG7U.js");
  if (JSON.stringify(schema4) === compiled2.SCHEMA_JSON) return compiled2.validate;
  const ajvModule = await import("./chunks/ajv-QP5CJEHF.js");
  const Ajv = ajvModule.Ajv ?? ("Ajv" in ajvModule.default ? ajvModule.default.Ajv : ajvModule.default);
  return new Ajv(CONFIG_AJV_OPTIONS).compile(schema4);
}
async function parseConfig(name, text3, rules2, base) {
  const source = new YamlFileSource({ name, text: text3 }, "config");
  const doc = source.document;
  const where = (path, part = "key", offsets) => {
    const { start } = source.locate(path, part, offsets);
    return `${name}:${start.line}:${start.column}`;
  };
  if (doc && doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new UsageError(`${where([], "key", [error.pos[0], error.pos[1]])}: invalid YAML: ${yamlErrorMessage(error)}`);
  }
  const problems = [];
  const tree = doc ? buildTree(doc, source, problems) : null;
  const duplicate = problems.find((problem) => problem.kind === "duplicate-key");
  if (duplicate) throw new UsageError(`${where(duplicate.at.path, "key", duplicate.at.offsets)}: key "${duplicate.message}" is repeated`);
  const unread = problems.find((problem) => problem.kind === "limit" || problem.kind === "syntax");
  if (unread) throw new UsageError(`${where(unread.at.path, "key", unread.at.offsets)}: ${unread.message}`);
  const config = toJS2(tree) ?? {};
  const validate = await validatorFor(configSchema(rules2));
  if (!validate(config)) {
    const lines = configErrors(validate.errors ?? [], rules2).map(({ path, part, text: text4 }) => ({ at: source.locate(path, part).start, text: `${where(path, part)}: ${text4}` }));
    lines.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
    throw new UsageError([...new Set(lines.map((line) => line.text))].join("\n"));
  }
  const severities = { ...base.severities };
  const ruleOptions = { ...base.ruleOptions };
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (typeof setting === "string") severities[id] = severitySetting(setting);
    else if (setting && typeof setting === "object") {
      const { severity, options } = setting;
      if (severity) severities[id] = severitySetting(severity);
      if (options) ruleOptions[id] = options;
    }
  }
  return {
    ...base,
    severities,
    ruleOptions,
    budgetIdEnv: config.budgetIdEnv ?? base.budgetIdEnv,
    defaultBudgetId: config.defaultBudgetId ?? base.defaultBudgetId,
    ignore: [...base.ignore, ...config.ignore ?? []],
    codemie: config.codemie ?? base.codemie ?? "auto",
    ...typeof config.baseline === "string" ? { baseline: config.baseline } : {},
    ...config.environments ? { environments: config.environments } : {},
    ...limitsFrom(config.limits, base)
  };
}
function severitySetting(written) {
  return written === "warn" ? "warning" : written;
}
function configErrors(errors, rules2) {
  const pathOf = (error) => error.instancePath.split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  const specific = errors.filter((error) => error.keyword !== "anyOf");
  const kept2 = specific.filter((error) => !(error.keyword === "type" && specific.some((other) => other !== error && other.instancePath === error.instancePath && other.keyword === "enum")));
  const inside = (error) => kept2.some((other) => other !== error && (other.instancePath.startsWith(`${error.instancePath}/`) || other.instancePath === error.instancePath && other.keyword === "additionalProperties"));
  const said = kept2.filter((error) => !((error.keyword === "enum" || error.keyword === "type") && inside(error)) && error.keyword !== "propertyNames");
  return said.map((error) => {
    const path = pathOf(error);
    if (error.keyword === "additionalProperty" || error.keyword === "additionalProperties") {
      const key = String(error.params.additionalProperty);
      const isRule = path.length === 1 && path[0] === "rules";
      const guess = closest(key, isRule ? rules2.map((rule) => rule.meta.id) : []);
      const what = isRule ? `unknown rule "${key}"` : `unknown key "${key}"`;
      return { path: [...path, key], part: "key", text: `${what}${path.length ? ` in ${path.join(".")}` : ""}${guess ? `; did you mean "${guess}"?` : ""}` };
    }
    if (error.keyword === "enum") {
      const allowed = error.params.allowedValues.filter((value) => value !== "warn").map(String);
      return { path, part: "value", text: `${path.join(".") || "config"} must be one of ${allowed.join(", ")}` };
    }
    if (error.propertyName !== void 0) return { path: [...path, error.propertyName], part: "key", text: `${path.join(".")} name ${JSON.stringify(error.propertyName)} ${error.message ?? "is invalid"}` };
    if (error.keyword === "minProperties" && path.join(".") === "environments") return { path, part: "value", text: "environments names none: give at least one, or leave the key out" };
    if (error.keyword === "pattern" && error.params.pattern === "\\S") return { path, part: "value", text: `${path.join(".")} takes a budget id, not white space only` };
    return { path, part: "value", text: `${path.join(".") || "config"} ${error.message ?? "is invalid"}` };
  });
}
function limitsFrom(limits, base) {
  if (!limits) return {};
  const build = { ...DEFAULT_BUILD_LIMITS, ...base.limits };
  return {
    maxFileBytes: limits.maxFileBytes ?? base.maxFileBytes,
    maxValuesFileBytes: limits.maxValuesFileBytes ?? base.maxValuesFileBytes,
    limits: { maxDepth: limits.maxDepth ?? build.maxDepth, maxAliases: limits.maxAliases ?? build.maxAliases }
  };
}

// src/io/fs.ts
var fs = process.getBuiltinModule("node:fs");
var { accessSync, closeSync, constants, existsSync, fstatSync, ftruncateSync, globSync, openSync, readFileSync, readSync, realpathSync, statSync, writeFileSync, writeSync } = fs;
function fsPromises() {
  return fs.promises;
}
function tmpdir() {
  return process.getBuiltinModule("node:os").tmpdir();
}

// src/io/find-up.ts
import { dirname, join, resolve } from "node:path";
var CONFIG_NAMES = [".litellm-preflight.yaml", ".litellm-preflight.yml"];
function findUp(start, names, exists) {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const name of names) if (exists(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return void 0;
  }
}
function findConfigFile(start, exists = existsSync) {
  return findUp(start, CONFIG_NAMES, exists);
}
function findGitRoot(start, exists = existsSync) {
  const marker = findUp(start, [".git"], exists);
  return marker && dirname(marker);
}

// src/engine/engine.ts
import { matchesGlob } from "node:path";

// src/yaml/comments.ts
var MARKERS = /* @__PURE__ */ new Set(["", "", ""]);
function inComment(text3) {
  const ranges = [];
  let offset = 0;
  for (const token of new Lexer().lex(text3)) {
    if (MARKERS.has(token)) continue;
    if (token.startsWith("#")) ranges.push(offset, offset + token.length);
    offset += token.length;
  }
  return (at) => {
    let low = 0;
    let high = ranges.length / 2;
    while (low < high) {
      const middle = low + high >> 1;
      if (ranges[2 * middle + 1] <= at) low = middle + 1;
      else high = middle;
    }
    return low < ranges.length / 2 && ranges[2 * low] <= at;
  };
}

// src/facts/layer-drops.ts
function droppedBudgetIds(values, mergedScopes, budgetIdEnv) {
  if (values.trees.filter(Boolean).length < 2) return [];
  const merged = new Map(mergedScopes.filter((scope) => scope.origin === "values").map((scope) => [scopeKey(scope), scope]));
  const drops = [];
  const seen = /* @__PURE__ */ new Set();
  for (let layer = values.trees.length - 2; layer >= 0; layer--) {
    const tree = values.trees[layer];
    if (!tree) continue;
    const scopes = [];
    collectValuesScopes(tree, [], scopes, valuesObjectIndex(tree));
    for (const scope of scopes) {
      const key = scopeKey(scope);
      const now = merged.get(key);
      const pool = scope.peers !== void 0 && POOL_LIST.test(scope.label);
      if (!now && pool || now && budgetIdEnv.some((name) => now.vars.get(name)) || seen.has(key)) continue;
      const envName = budgetIdEnv.find((name) => scope.vars.get(name)?.entry);
      const variable = envName === void 0 ? void 0 : scope.vars.get(envName);
      if (envName === void 0 || !variable?.entry) continue;
      seen.add(key);
      const setAt = variable.entry.at;
      const listPath = setAt.path.slice(0, -1);
      const replacing = now?.lists.find((list) => list.at.source !== setAt.source && samePath(list.at.path, listPath))?.at;
      const nulled = replacing ? void 0 : nullAfter(values, layer, listPath);
      const replacedAt = replacing ?? nulled;
      if (replacedAt) drops.push({ envName, id: variable.value, sensitive: variable.sensitive || setAt.sensitive === true, setAt, replacedAt, nulled: nulled !== void 0, scope: now?.label ?? scope.label });
    }
  }
  return drops;
}
var POOL_LIST = /(dsPool|proxyPool)\.extraEnv$/;
function scopeKey(scope) {
  if (scope.peers === void 0) return scope.label;
  return `${scope.peers}\0${POOL_LIST.exec(scope.label)?.[1] ?? "main"}`;
}
function nullAfter(values, layer, path) {
  let found;
  for (let later = layer + 1; later < values.trees.length; later++) {
    let node = values.trees[later] ?? void 0;
    for (const segment of path) node = childAt(node, segment);
    if (node?.kind === "scalar" && node.value === null) found = { ...node.origin, part: "key" };
  }
  return found;
}
function samePath(a, b) {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

// src/core/compare.ts
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var SEVERITY_RANK = { error: 0, warning: 1, note: 2 };

// src/core/suppress.ts
var DIRECTIVE = /#\s*litellm-preflight-disable(?:-(next-line|line))?(?![\w-])(.*)$/;
function parseDirectives(source, text3, isComment) {
  if (!text3.includes("litellm-preflight-disable")) return [];
  const comment = isComment(text3);
  const directives = [];
  let lineStart = 0;
  for (let line = 1; lineStart <= text3.length; line++) {
    const newline = text3.indexOf("\n", lineStart);
    const lineEnd2 = newline === -1 ? text3.length : newline;
    const lineText = text3.slice(lineStart, lineEnd2).replace(/\r$/, "");
    const match = DIRECTIVE.exec(lineText);
    const start = lineStart;
    lineStart = lineEnd2 + 1;
    if (!match || !comment(start + match.index)) continue;
    const [body = "", reason = ""] = (match[2] ?? "").split(/\s--\s?/, 2);
    directives.push({
      source,
      line,
      offsets: [start + match.index, start + lineText.length],
      targetLine: match[1] === "line" ? line : match[1] === "next-line" ? line + 1 : null,
      ruleIds: body.split(/[\s,]+/).filter(Boolean),
      reason: reason.trim(),
      used: false
    });
  }
  return directives;
}
function applyDirectives(findings, directives) {
  if (directives.length === 0) return;
  const byPlace = /* @__PURE__ */ new Map();
  const order = new Map(directives.map((directive, index) => [directive, index]));
  for (const directive of directives) {
    if (!directive.reason) continue;
    let lines = byPlace.get(directive.source.file);
    if (!lines) byPlace.set(directive.source.file, lines = /* @__PURE__ */ new Map());
    const onLine = lines.get(directive.targetLine);
    if (onLine) onLine.push(directive);
    else lines.set(directive.targetLine, [directive]);
  }
  for (const finding of findings) {
    const lines = byPlace.get(finding.location.file);
    if (!lines) continue;
    const own = lines.get(finding.location.start.line) ?? [];
    const whole2 = lines.get(null) ?? [];
    const candidates = own.length === 0 ? whole2 : whole2.length === 0 ? own : [...own, ...whole2].sort((a, b) => order.get(a) - order.get(b));
    for (const directive of candidates) {
      if (!directive.ruleIds.includes(finding.ruleId)) continue;
      finding.suppressed = { reason: directive.reason };
      directive.used = true;
    }
  }
}

// src/engine/engine.ts
function failClosed(options) {
  return { ...options, severities: { ...options.severities, "litellm-unverified": "error" }, enforced: [...options.enforced ?? [], "litellm-unverified"] };
}
var DEFAULT_MAX_FILE_BYTES = 128 * 1024 * 1024;
var DEFAULT_MAX_VALUES_FILE_BYTES = 16 * 1024 * 1024;
var DEFAULT_OPTIONS = {
  budgetIdEnv: ["LITELLM_BUDGET_ID"],
  defaultBudgetId: "default",
  severities: {},
  ruleOptions: {},
  ignore: []
};
function buildModel(request, knownRuleIds, cluster) {
  const { options } = request;
  const reuse = cluster?.reuse;
  const loaded = reuse ? null : request.values.length > 0 || request.sets.length > 0 ? loadValues(request.values, request.sets, options.limits, helmMajor(options)) : null;
  const split = loaded ? separateLiteLLMLayers(loaded) : null;
  const values = reuse ? reuse.values : split?.platform ?? null;
  const litellm = reuse ? reuse.litellm ?? null : buildLiteLLMChart(request.litellmValues ?? [], split?.litellm ?? { files: [], trees: [] }, request.litellmRelease, options.limits);
  const manifests = reuse ? reuse.manifests : request.manifests.length > 0 ? loadManifests(request.manifests, options.limits) : null;
  const chart = reuse ? reuse.chart ?? null : request.chart ? buildChartModel(request.chart, values, options.limits, helmMajor(options)) : null;
  const rendered = request.manifests.some(isRenderedInput);
  const environments = collectEnvironments(values, manifests, cluster?.index, options.namespace);
  const budgetsConfigs = findBudgetsConfigs(values, manifests);
  if (request.budgetsConfig) {
    const source = new YamlFileSource(request.budgetsConfig);
    budgetsConfigs.push(readBudgetsConfig(source, `--budgets-config ${source.file}`, { source, path: [] }));
  }
  const codemie = detectCodemie(options.codemie ?? "auto", values, manifests, environments.envLists, budgetsConfigs, chart);
  const budgetIdEnv = budgetIdVariables(codemie, options.budgetIdEnv);
  const facts = { ...environments, budgetIds: budgetFacts(environments.scopes, { ...options, budgetIdEnv, renderingIsTruth: rendered }) };
  if (chart) placeRenderedIdsAtValues(facts, chart);
  if (values && !reuse) facts.droppedBudgetIds = droppedBudgetIds(values, facts.scopes, budgetIdEnv);
  if (litellm) facts.envLists.push(...liteLLMEnvLists(litellm.values.root));
  if (!codemie.active || readsBudgetsConfig(codemie)) addBudgetsConfigFacts(facts, budgetsConfigs);
  const directives = values ? values.files.flatMap((file) => parseDirectives(file, file.text, inComment)) : [];
  const unreadChart = reuse ? [] : (chart?.coalesced.problems ?? []).filter((problem) => problem.kind === "syntax" || problem.kind === "limit");
  const problems = [...(reuse ? reuse.values : loaded)?.problems ?? [], ...manifests?.problems ?? [], ...litellm?.values.problems ?? [], ...unreadChart];
  const deployed = request.deployed ? buildDeployed(request.deployed, { ...options, budgetIdEnv }, cluster?.index, reuse?.deployed?.manifests) : null;
  const valuesBehind = (at) => chart ? valuesBehindTemplate(chart, at) : void 0;
  return { values, manifests, facts, problems, directives, knownRuleIds, codemie, chart, deployed, litellm, valuesBehind };
}
var helmMajor = (options) => options.helm?.major ?? 3;
function withDetectedHelm(options, detected) {
  return detected && !options.helm ? { ...options, helm: { major: detected, from: "detected" } } : options;
}
function helmAssumption(model, options) {
  const files = [...model.values?.files ?? [], ...model.chart?.defaults ? [model.chart.defaults] : []];
  const mattered = files.some((file) => file.documents.filter((doc) => doc.contents !== null).length > 1);
  return { major: helmMajor(options), from: options.helm?.from ?? "default", mattered };
}
function placeRenderedIdsAtValues(facts, chart) {
  for (const fact of facts.budgetIds) {
    if (fact.scope?.origin !== "manifest" || fact.mappedTo || !fact.at) continue;
    const values = valuesBehindTemplate(chart, fact.at);
    if (!values) continue;
    fact.related.push(fact.at);
    fact.at = values;
  }
}
async function lint(request) {
  const { rules: rules2, timings } = request;
  const started = timings ? performance.now() : 0;
  const knownRuleIds = new Set(rules2.map((rule) => rule.meta.id));
  let model = buildModel(request, knownRuleIds);
  if (request.external) model = await lookUpMissing(model, request.external, (index) => buildModel(request, knownRuleIds, { index, reuse: model }));
  if (timings) timings.model += performance.now() - started;
  const findings = [];
  const fromRendering = /* @__PURE__ */ new Set();
  const { options } = request;
  const severityOf = (rule) => options.severities[rule.meta.id] ?? rule.meta.defaultSeverity;
  const report = (rule, raw) => {
    const configured = severityOf(rule);
    if (configured === "off") return void 0;
    const severity = raw.severity !== void 0 && options.severities[rule.meta.id] === void 0 ? raw.severity : configured;
    const template = rule.meta.messages[raw.messageId];
    if (template === void 0) throw new Error(`rule ${rule.meta.id} reported unknown message id ${raw.messageId}`);
    const found = valuesTwin(model.facts, raw.at) ?? (model.chart ? valuesBehindTemplate(model.chart, raw.at) : void 0);
    const twin = found && raw.at.sensitive ? { ...found, sensitive: true } : found;
    const at = twin ?? raw.at;
    const location = toLocation(at);
    const finding = {
      ruleId: rule.meta.id,
      messageId: raw.messageId,
      message: maskKeys(renderMessage(template, raw.data)),
      severity,
      location,
      related: twin ? [raw.at, ...raw.related ?? []].map(toLocation) : raw.related?.map(toLocation) ?? []
    };
    const snippet = request.snippets === false ? void 0 : snippetOf(at.source, location);
    if (snippet !== void 0) finding.snippet = snippet;
    if (raw.remediation) finding.remediation = raw.remediation;
    if (raw.fix && request.fixes !== false) finding.fix = resolveFix(raw.fix);
    findings.push(finding);
    if (twin) fromRendering.add(finding);
    return finding;
  };
  const enabled = rules2.filter((rule) => severityOf(rule) !== "off" && rule.appliesTo?.(model) !== false);
  for (const rule of enabled) {
    if (isLiveRule(rule)) continue;
    const ruleOptions = { ...rule.meta.defaultOptions, ...options.ruleOptions[rule.meta.id] };
    const ruleStarted = timings ? performance.now() : 0;
    await rule.check({ model, options: ruleOptions, report: (raw) => report(rule, raw) });
    if (timings) timings.rules.set(rule.meta.id, (timings.rules.get(rule.meta.id) ?? 0) + performance.now() - ruleStarted);
  }
  const liveStarted = timings ? performance.now() : 0;
  const live = request.live ? await request.live(model, report, enabled.filter((rule) => isLiveRule(rule))) : { status: "skipped", requests: 0, reason: request.liveSkippedReason ?? "no LiteLLM URL given", notices: [] };
  if (timings) timings.live += performance.now() - liveStarted;
  findings.splice(0, findings.length, ...oneFindingPerProblem(findings, fromRendering));
  const enforced = (finding) => options.enforced?.includes(finding.ruleId) === true;
  applyDirectives(options.enforced ? findings.filter((finding) => !enforced(finding)) : findings, model.directives);
  reportUnusedDirectives(model, rules2, report);
  const ignoredFiles = /* @__PURE__ */ new Map();
  const ignored = (finding) => {
    const { file } = finding.location;
    if (enforced(finding) || isPseudoFile(file)) return false;
    let matched = ignoredFiles.get(file);
    if (matched === void 0) {
      const name = options.ignoreName?.(file) ?? file;
      ignoredFiles.set(file, matched = options.ignore.some((glob) => matchesGlob(name, glob)));
    }
    return matched;
  };
  const kept2 = options.ignore.length === 0 ? findings : findings.filter((finding) => !ignored(finding));
  const result = {
    findings: sortAndDeduplicate(kept2),
    budgetIds: budgetIdReports(model),
    live,
    stats: {
      valuesFiles: model.values?.files.length ?? 0,
      manifestDocuments: model.manifests?.documents ?? 0,
      workloads: model.facts.workloads
    },
    helm: helmAssumption(model, options)
  };
  if (timings) timings.lint += performance.now() - started;
  return result;
}
async function lookUpMissing(model, lookup, rebuild) {
  const names = [...budgetEnvNames(model), ...model.deployed ? [LITELLM_URL_ENV] : []];
  const refs = missingRefs([model.facts, ...model.deployed ? [model.deployed.facts] : []], names);
  if (refs.length === 0) return model;
  return rebuild(await lookup(refs));
}
function resolveFix({ type, edits }) {
  return {
    type,
    edits: edits.map(({ at, ...edit }) => {
      const { file, start, end } = toLocation(at);
      return { ...edit, file, source: at.source.kind, start, end };
    })
  };
}
function reportUnusedDirectives(model, rules2, report) {
  const rule = rules2.find((candidate) => candidate.meta.id === "suppression-directive");
  if (!rule) return;
  for (const directive of model.directives) {
    if (directive.used || !directive.reason || directive.ruleIds.length === 0 || directive.ruleIds.some((id) => !model.knownRuleIds.has(id))) continue;
    report(rule, {
      messageId: "unused",
      data: { rules: directive.ruleIds.join(", ") },
      at: { source: directive.source, path: [], offsets: directive.offsets }
    });
  }
}
function oneFindingPerProblem(findings, fromRendering) {
  if (fromRendering.size === 0) return findings;
  const key = (finding) => {
    const { file, start, end } = finding.location;
    return `${finding.ruleId}\0${finding.messageId}\0${file}\0${start.line}:${start.column}-${end.line}:${end.column}`;
  };
  const kept2 = /* @__PURE__ */ new Map();
  for (const finding of [...findings].sort((a, b) => Number(fromRendering.has(a)) - Number(fromRendering.has(b)))) {
    const existing = kept2.get(key(finding));
    if (!existing) kept2.set(key(finding), finding);
    else if (fromRendering.has(finding)) existing.related = [...existing.related ?? [], ...(finding.related ?? []).filter((related) => !existing.related?.some((known) => sameLocation(known, related)))];
  }
  return findings.filter((finding) => !fromRendering.has(finding) || kept2.get(key(finding)) === finding);
}
function sameLocation(a, b) {
  return a.file === b.file && a.start.line === b.start.line && a.start.column === b.start.column;
}
function compareFindings(a, b) {
  return byCodeUnits(a.location.file, b.location.file) || a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || byCodeUnits(a.ruleId, b.ruleId) || byCodeUnits(a.message, b.message);
}
function sortAndDeduplicate(findings) {
  const sorted = [...findings].sort(compareFindings);
  const kept2 = [];
  let placeStart = 0;
  let keys;
  for (const finding of sorted) {
    const previous = kept2[kept2.length - 1];
    if (previous === void 0 || !sameLocation(previous.location, finding.location)) {
      placeStart = kept2.length;
      keys = void 0;
      kept2.push(finding);
      continue;
    }
    keys ??= new Set(kept2.slice(placeStart).map(duplicateKey));
    const key = duplicateKey(finding);
    if (keys.has(key)) continue;
    keys.add(key);
    kept2.push(finding);
  }
  return kept2;
}
function duplicateKey(finding) {
  const { file, start, end } = finding.location;
  return `${finding.ruleId}\0${file}\0${start.line}:${start.column}-${end.line}:${end.column}\0${finding.message}`;
}
var UNRESOLVED_ID = "(unresolved)";
function budgetIdReports(model) {
  const groups = Map.groupBy(model.facts.budgetIds.filter((fact) => !fact.mappedTo), (fact) => JSON.stringify([fact.id, fact.source, fact.envName, fact.category, fact.variable?.sensitive === true]));
  return [...groups.values()].map((facts) => {
    const fact = facts[0];
    const label = fact.scope?.label ?? (fact.source === "budgets-config" ? "budgets-config.yaml" : "default (no budget id set)");
    const scope = facts.length > 1 ? `${label} and ${facts.length - 1} more` : label;
    const id = fact.id === void 0 ? UNRESOLVED_ID : fact.variable?.sensitive ? "(secret)" : maskKeys(fact.id);
    const report = { id, source: fact.source, envName: fact.envName, location: fact.at ? toLocation(fact.at) : null, scope };
    if (fact.category !== void 0) report.category = fact.category;
    return report;
  });
}

// src/format/common.ts
import { isAbsolute, relative, resolve as resolve2, sep } from "node:path";
function activeFindings(result) {
  return result.findings.filter((finding) => !finding.suppressed && finding.baseline !== "unchanged");
}
function findingIdentity(finding, artifact) {
  const { location } = finding;
  const object = location.object;
  const identity = object ? `${object.apiVersion}/${object.kind}/${object.namespace ?? ""}/${object.name}` : location.doc !== void 0 ? `#${location.doc}` : "";
  const path = location.path.length > 0 ? JSON.stringify(location.path) : `~${plainLine(finding.message)}`;
  return [finding.ruleId, finding.messageId, artifact, identity, path].join("\0");
}
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
var WHITE_SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;
function plainLine(text3) {
  return maskKeys(text3.replace(WHITE_SPACE_TO_COLLAPSE, " ").trim());
}
function sentence(text3) {
  let out = plainLine(text3);
  if (out === "") return out;
  const firstWord = /^[^\s]+/.exec(out)?.[0] ?? "";
  if (/^[a-z]+[,;:]?$/.test(firstWord)) out = out[0].toUpperCase() + out.slice(1);
  if (!/[.!?]["')\]]?$/.test(out)) out += ".";
  return out;
}
function sentenceWith(text3, context) {
  const base = sentence(text3);
  if (!context) return base;
  const body = base.endsWith(".") ? base.slice(0, -1) : base;
  return body.endsWith(")") ? `${body}, ${context}.` : `${body} (${context}).`;
}
function locationLabel(location) {
  const { file, start } = location;
  if (file.startsWith("--")) return `${file} #${start.line}, column ${start.column}`;
  return `${file}:${start.line}:${start.column}`;
}
function findingSentence(finding) {
  const { location } = finding;
  const object = objectLabel(location);
  const context = isPseudoFile(location.file) ? `from ${locationLabel(location)}${object ? `, ${object}` : ""}` : object ? `in ${object}` : void 0;
  return sentenceWith(finding.message, context);
}
function objectLabel(location) {
  const object = location.object;
  if (!object) return void 0;
  return `${object.kind} ${object.namespace ? `${object.namespace}/` : ""}${object.name}`;
}
function relativeName(base, absolute) {
  const rel = relative(resolve2(base), absolute);
  return (rel === "" ? absolute : rel).split(sep).join("/");
}
function rebaseFile(file, cwd, root) {
  if (isPseudoFile(file)) return file;
  return relativeName(root, isAbsolute(file) ? file : resolve2(cwd, file));
}
function rebaseResult(result, cwd, root) {
  if (resolve2(cwd) === resolve2(root)) return result;
  const move = (location) => ({ ...location, file: rebaseFile(location.file, cwd, root) });
  return {
    ...result,
    findings: result.findings.map((finding) => ({ ...finding, location: move(finding.location), related: finding.related.map(move) })),
    budgetIds: result.budgetIds.map((budget) => ({ ...budget, location: budget.location ? move(budget.location) : null }))
  };
}
function prioritise(findings, rules2) {
  const ruleRank = /* @__PURE__ */ new Map();
  const ordered = rules2.map((rule, index) => ({ id: rule.meta.id, index, security: Number(rule.meta.securitySeverity ?? 0) || 0 })).sort((a, b) => b.security - a.security || a.index - b.index);
  ordered.forEach((rule, rank) => ruleRank.set(rule.id, rank));
  const rankOf = (ruleId) => ruleRank.get(ruleId) ?? ordered.length;
  const out = [];
  for (const severity of ["error", "warning", "note"]) {
    const byRule = /* @__PURE__ */ new Map();
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      const list = byRule.get(finding.ruleId);
      if (list) list.push(finding);
      else byRule.set(finding.ruleId, [finding]);
    }
    const queues = [...byRule.entries()].sort(([a], [b]) => rankOf(a) - rankOf(b) || byCodeUnits(a, b)).map(([, list]) => list);
    for (let round = 0; queues.some((queue) => round < queue.length); round++) {
      for (const queue of queues) {
        const finding = queue[round];
        if (finding) out.push(finding);
      }
    }
  }
  return out;
}
function fixLine(remediation) {
  const { request, config } = remediation;
  if (request) {
    const body = request.body ? ` -H 'Content-Type: application/json' -d '${JSON.stringify(request.body).replace(/'/g, "'\\''")}'` : "";
    return `curl -X ${request.method} "$LITELLM_URL${request.path}" -H "Authorization: Bearer $LITELLM_MASTER_KEY"${body}  # ${remediation.text}`;
  }
  return config ? `${config}  # ${remediation.text}` : remediation.text;
}
function wholeText(pieces) {
  return [...pieces].join("");
}
function* jsonArrayPieces(items, depth, make) {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const atDepth = (value) => {
    for (let level = 0; level < depth; level++) value = [value];
    return value;
  };
  const nested = JSON.stringify(atDepth([0]), null, 2);
  const prefix = nested.indexOf("0");
  const suffix = nested.length - prefix - 1;
  const indent = "  ".repeat(depth + 1);
  yield "[";
  const piece = [];
  for (let start = 0; start < items.length; start += ITEMS_PER_PIECE) {
    const end = Math.min(items.length, start + ITEMS_PER_PIECE);
    piece.length = 0;
    for (let i = start; i < end; i++) piece.push(make(items[i]));
    const text3 = JSON.stringify(atDepth(piece), null, 2);
    yield start > 0 ? `,
${indent}` : `
${indent}`;
    yield text3.slice(prefix, text3.length - suffix);
  }
  piece.length = 0;
  yield `
${"  ".repeat(depth)}]`;
}
var ITEMS_PER_PIECE = 16;

// src/format/safe-text.ts
function printable(text3) {
  return noWorkflowCommand(text3.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, escaped));
}
function printableButLineBreaks(text3) {
  return noWorkflowCommand(text3.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, escaped));
}
function noWorkflowCommand(text3) {
  const bracketed = text3.includes("##[") ? text3.replaceAll("##[", "##\\u005b") : text3;
  return /^\s*::/.test(bracketed) ? bracketed.replace(/^(\s*):/, "$1\\u003a") : bracketed;
}
function escaped(char) {
  const code = char.charCodeAt(0);
  return code === 10 ? "\\n" : code === 13 ? "\\r" : `\\u${code.toString(16).padStart(4, "0")}`;
}

// src/format/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function escapeData(text3) {
  return text3.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text3) {
  return escapeData(text3).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = Object.entries(properties).filter((entry) => entry[1] !== void 0).map(([key, value]) => `${key}=${escapeProperty(printableButLineBreaks(String(value)))}`).join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(printableButLineBreaks(message))}`;
}
function annotation(finding) {
  const { location } = finding;
  const message = findingSentence(finding);
  const title = finding.environments ? `${finding.ruleId} (${finding.environments.join(", ")})` : finding.ruleId;
  const oneLine = location.start.line === location.end.line;
  const properties = isPseudoFile(location.file) ? { title } : {
    file: location.file,
    line: location.start.line,
    endLine: location.end.line,
    // GitHub takes columns only for a range on one line.
    col: oneLine ? location.start.column : void 0,
    endColumn: oneLine ? location.end.column : void 0,
    title
  };
  return workflowCommand(COMMAND[finding.severity], properties, message);
}
function logLine(finding) {
  const line = `${locationLabel(finding.location)}: ${finding.severity}: ${sentence(finding.message)} [${finding.ruleId}]`;
  return printable(line.replace(/[\r\n]+/g, " "));
}
function* githubText(result, rules2) {
  const ordered = prioritise(activeFindings(result), rules2);
  const counts = countBySeverity(ordered);
  const overflow = counts.error > ANNOTATIONS_PER_LEVEL || counts.warning > ANNOTATIONS_PER_LEVEL || counts.note > ANNOTATIONS_PER_LEVEL;
  const cap = { error: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL, note: overflow ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL };
  const used = { error: 0, warning: 0, note: 0 };
  const annotated = [];
  const rest = [];
  for (const finding of ordered) {
    if (used[finding.severity] < cap[finding.severity]) {
      used[finding.severity]++;
      annotated.push(finding);
    } else {
      rest.push(finding);
    }
  }
  for (const finding of annotated) yield `${annotation(finding)}
`;
  if (rest.length > 0) {
    const hidden = countBySeverity(rest);
    const parts = ["error", "warning", "note"].filter((severity) => hidden[severity] > 0).map((severity) => plural(hidden[severity], severity));
    yield `::group::${escapeData(`${rest.length} more finding${rest.length === 1 ? "" : "s"} without an annotation`)}
`;
    for (const finding of rest) yield `${logLine(finding)}
`;
    yield "::endgroup::\n";
    yield `${workflowCommand(
      "notice",
      { title: "litellm-preflight" },
      `${rest.length} more finding${rest.length === 1 ? "" : "s"} (${parts.join(", ")}) did not fit GitHub's limit of ${ANNOTATIONS_PER_LEVEL} annotations per level; the job summary and the SARIF report list them all.`
    )}
`;
  }
}
function plural(count, severity) {
  return `${count} ${severity}${count === 1 ? "" : "s"}`;
}

// src/format/json.ts
function jsonLocation(location) {
  const out = {
    file: location.file,
    line: location.start.line,
    column: location.start.column,
    endLine: location.end.line,
    endColumn: location.end.column,
    path: formatPath(location.path)
  };
  if (location.doc !== void 0) out.doc = location.doc;
  if (location.object) out.object = location.object;
  return out;
}
function jsonBudgetId(report) {
  return {
    id: report.id,
    source: report.source,
    envName: report.envName,
    ...report.category !== void 0 ? { category: report.category } : {},
    scope: report.scope,
    location: report.location ? jsonLocation(report.location) : null,
    ...report.environments ? { environments: report.environments } : {}
  };
}

// src/format/environments.ts
var LIVE_ORDER = ["failed", "inconclusive", "passed", "skipped"];
function mergeEnvironments(runs) {
  const findings = /* @__PURE__ */ new Map();
  const budgetIds = /* @__PURE__ */ new Map();
  for (const { name, result } of runs) {
    for (const finding of result.findings) {
      const { location } = finding;
      const key = JSON.stringify([finding.ruleId, finding.messageId, finding.message, finding.severity, location.file, location.doc, location.start, location.end, Boolean(finding.suppressed)]);
      const seen = findings.get(key);
      if (seen) seen.environments.push(name);
      else findings.set(key, { ...finding, environments: [name] });
    }
    for (const budget of result.budgetIds) {
      const key = JSON.stringify([budget.id, budget.source, budget.envName, budget.scope, budget.location?.file, budget.location?.start]);
      const seen = budgetIds.get(key);
      if (seen) seen.environments.push(name);
      else budgetIds.set(key, { ...budget, environments: [name] });
    }
  }
  const merged = [...findings.values()].sort(
    (a, b) => byCodeUnits(a.location.file, b.location.file) || a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]
  );
  const environments = runs.map(({ name, result }) => ({ name, live: result.live, budgetIds: result.budgetIds, stats: result.stats }));
  return {
    findings: merged,
    budgetIds: [...budgetIds.values()],
    live: combinedLive(runs.map((run) => run.result.live)),
    // Summed over the environments (a file shared by two counts twice: it was checked in both).
    stats: {
      valuesFiles: runs.reduce((sum, run) => sum + run.result.stats.valuesFiles, 0),
      manifestDocuments: runs.reduce((sum, run) => sum + run.result.stats.manifestDocuments, 0),
      workloads: runs.reduce((sum, run) => sum + run.result.stats.workloads, 0)
    },
    environments
  };
}
function combinedLive(lives) {
  const status = LIVE_ORDER.find((candidate) => lives.some((live) => live.status === candidate)) ?? "skipped";
  const worst = lives.find((live) => live.status === status);
  return {
    status,
    requests: lives.reduce((sum, live) => sum + live.requests, 0),
    notices: [...new Set(lives.flatMap((live) => live.notices))],
    ...worst?.reason ? { reason: worst.reason } : {},
    ...worst?.litellmVersion ? { litellmVersion: worst.litellmVersion } : {}
  };
}
function environmentResult(result, environment) {
  return {
    findings: result.findings.filter((finding) => finding.environments?.includes(environment.name)),
    budgetIds: environment.budgetIds,
    live: environment.live,
    stats: environment.stats,
    ...result.baseline ? { baseline: result.baseline } : {}
  };
}

// src/format/sarif.ts
var DEFAULT_SARIF_CATEGORY = "litellm-preflight/";
var MAX_SARIF_RESULTS = 25e3;
var MAX_SARIF_RUNS = 20;
var MAX_RELATED_LOCATIONS = 999;
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var INFORMATION_URI = DOCS_BASE_URL.replace(/\/blob\/.*$/, "");
var NOTIFICATIONS = [
  { id: "live-checks", name: "LiveChecks", text: "Status of the live checks against the LiteLLM proxy" },
  { id: "results-truncated", name: "ResultsTruncated", text: "Results were left out to stay within code scanning's limits" },
  { id: "suppressed-findings", name: "SuppressedFindings", text: "Findings suppressed by inline directives are not uploaded" },
  { id: "environments-in-one-run", name: "EnvironmentsInOneRun", text: "Environments share one run to stay within code scanning's limit of runs per file" }
];
function normaliseCategory(category) {
  const trimmed = category.trim();
  if (trimmed === "") return DEFAULT_SARIF_CATEGORY;
  return trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
}
function buildSarif(result, options) {
  const runs = runsOf(result, options).map(({ run, results }) => ({ ...run, results: results.map((make) => make()) }));
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs };
}
function runsOf(result, options) {
  if (!result.environments) return [runParts(result, options)];
  if (result.environments.length > MAX_SARIF_RUNS) return [runParts(result, { ...options, environmentsInOneRun: true })];
  return result.environments.map((environment) => runParts(environmentResult(result, environment), { ...options, category: `${normaliseCategory(options.category)}${environment.name}/` }));
}
function runParts(result, options) {
  const descriptors = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  for (const rule of options.rules) {
    if (ruleIndex.has(rule.meta.id)) continue;
    ruleIndex.set(rule.meta.id, descriptors.length);
    descriptors.push(reportingDescriptor(rule));
  }
  const active = result.findings.filter((finding) => !finding.suppressed);
  const kept2 = capResults(active, options.rules);
  for (const finding of kept2) {
    if (ruleIndex.has(finding.ruleId)) continue;
    ruleIndex.set(finding.ruleId, descriptors.length);
    descriptors.push({ id: finding.ruleId, shortDescription: { text: finding.ruleId }, help: { text: `See ${docsUrl(finding.ruleId)}.` }, helpUri: docsUrl(finding.ruleId) });
  }
  const seen = /* @__PURE__ */ new Map();
  const results = kept2.map((finding) => () => sarifResult(finding, ruleIndex.get(finding.ruleId), options, seen));
  const notifications = [];
  const notify = (id, level, text3) => {
    const index = NOTIFICATIONS.findIndex((notification) => notification.id === id);
    notifications.push({ descriptor: { id, index }, level, message: { text: sentence(text3) } });
  };
  if (kept2.length < active.length) {
    notify(
      "results-truncated",
      "warning",
      `Only the ${MAX_SARIF_RESULTS.toLocaleString("en-US")} most severe of ${active.length.toLocaleString("en-US")} results are included, because code scanning rejects runs with more; run with --format json for all of them`
    );
  }
  const suppressed = result.findings.length - active.length;
  if (options.environmentsInOneRun) {
    notify("environments-in-one-run", "warning", `The ${result.environments.length} environments share this run, because code scanning rejects a file with more than ${MAX_SARIF_RUNS} runs; each result names its environments`);
  }
  if (suppressed > 0) notify("suppressed-findings", "note", `${suppressed} finding${suppressed === 1 ? " was" : "s were"} suppressed by inline directives and left out (code scanning ignores SARIF suppressions)`);
  liveNotifications(result, notify);
  const version = options.tool.version;
  const run = {
    tool: {
      driver: {
        name: options.tool.name,
        version,
        .../^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/.test(version) ? { semanticVersion: version } : {},
        informationUri: INFORMATION_URI,
        rules: descriptors,
        notifications: NOTIFICATIONS.map((notification) => ({ id: notification.id, name: notification.name, shortDescription: { text: notification.text } }))
      }
    },
    automationDetails: { id: normaliseCategory(options.category) },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    columnKind: "utf16CodeUnits",
    results: RESULTS_PLACEHOLDER
  };
  return { run, results };
}
var RESULTS_PLACEHOLDER = "\0results";
function* sarifText(result, options) {
  const parts = runsOf(result, options);
  if (parts.length === 0) {
    yield `${JSON.stringify(buildSarif(result, options), null, 2)}
`;
    return;
  }
  const placeholder = JSON.stringify(RESULTS_PLACEHOLDER);
  const head = JSON.stringify({ $schema: SARIF_SCHEMA, version: "2.1.0" }, null, 2).slice(0, -2);
  yield `${head},
  "runs": [
`;
  for (const [index, { run, results }] of parts.entries()) {
    const text3 = `    ${JSON.stringify(run, null, 2).replaceAll("\n", "\n    ")}`;
    const at = text3.lastIndexOf(placeholder);
    yield `${index > 0 ? ",\n" : ""}${text3.slice(0, at)}`;
    yield* jsonArrayPieces(results, 3, (make) => make());
    yield text3.slice(at + placeholder.length);
  }
  yield "\n  ]\n}\n";
}
function formatSarif(result, options) {
  return [...sarifText(result, options)].join("");
}
function reportingDescriptor(rule) {
  const { meta } = rule;
  const properties = { tags: meta.tags.slice(0, 20), precision: "high" };
  if (meta.securitySeverity !== void 0) properties["security-severity"] = meta.securitySeverity;
  return {
    id: meta.id,
    name: limit(meta.name, 255),
    shortDescription: { text: limit(plainLine(meta.description), 1024) },
    fullDescription: { text: limitSentences(plainLine(meta.details), 1024) },
    help: { text: meta.remediation, markdown: helpMarkdown(rule) },
    helpUri: docsUrl(meta.id),
    defaultConfiguration: { level: meta.defaultSeverity },
    properties
  };
}
function helpMarkdown(rule) {
  const { meta } = rule;
  const longestTicks = Math.max(0, ...(meta.example.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestTicks + 1));
  return `${meta.remediation}

${fence}yaml
${meta.example.replace(/\n+$/, "")}
${fence}

[Rule documentation](${docsUrl(meta.id)})`;
}
function limit(text3, max) {
  return text3.length <= max ? text3 : `${text3.slice(0, max - 1)}\u2026`;
}
function limitSentences(text3, max) {
  if (text3.length <= max) return text3;
  const head = text3.slice(0, max);
  const end = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "));
  return end > max / 2 ? head.slice(0, end + 1) : limit(text3, max);
}
function capResults(findings, rules2) {
  if (findings.length <= MAX_SARIF_RESULTS) return findings;
  const kept2 = new Set(prioritise(findings, rules2).slice(0, MAX_SARIF_RESULTS));
  return findings.filter((finding) => kept2.has(finding));
}
function sarifResult(finding, index, options, seen) {
  const primary = finding.location;
  const related = finding.related.slice(0, MAX_RELATED_LOCATIONS);
  const key = fingerprintKey(finding, options);
  const occurrence = (seen.get(key) ?? 0) + 1;
  seen.set(key, occurrence);
  const out = {
    ruleId: finding.ruleId,
    ruleIndex: index,
    level: finding.severity,
    message: { text: messageText(finding, related, options) },
    locations: [{ physicalLocation: physicalLocation(primary, options) }]
  };
  if (related.length > 0) {
    out.relatedLocations = related.map((location, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(location, options),
      message: { text: relatedText(location) }
    }));
  }
  if (finding.baseline) out.baselineState = finding.baseline;
  out.partialFingerprints = { primaryLocationLineHash: `${sha256Hex(key).slice(0, 32)}:${occurrence}` };
  const properties = { yamlPath: formatPath(primary.path) };
  if (primary.object) properties.object = { ...primary.object };
  if (primary.doc !== void 0) properties.document = primary.doc;
  out.properties = properties;
  return out;
}
function messageText(finding, related, options) {
  const parts = [sentence(finding.message)];
  const { location } = finding;
  const object = objectLabel(location);
  if (location.file === "<stdin>") parts.push(`Found in the manifests read from stdin${object ? `, in ${object}` : ""}.`);
  else if (location.file.startsWith("--")) parts.push(`Set by the ${ordinal(location.start.line)} ${location.file} flag.`);
  else if (object) parts.push(`Found in ${object}${location.object?.source ? ` (rendered from ${location.object.source})` : ""}.`);
  if (options.environmentsInOneRun && finding.environments) parts.push(`In environment${finding.environments.length === 1 ? "" : "s"} ${finding.environments.join(", ")}.`);
  if (finding.remediation) parts.push(`Fix: ${fixLine(finding.remediation)}`);
  let text3 = parts.join(" ").replace(/\]\(/g, "] (");
  if (related.length > 0) {
    const links = related.slice(0, 3).map((r, i) => `[${linkText(locationLabel({ ...r, file: rebased(r.file, options) }))}](${i + 1})`);
    const more = related.length > 3 ? ` and ${related.length - 3} more` : "";
    text3 += ` See also ${links.join(", ")}${more}.`;
  }
  return text3;
}
function linkText(text3) {
  return text3.replace(/[[\]\\]/g, (char) => `\\${char}`);
}
function ordinal(n) {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : { 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th";
  return `${n}${suffix}`;
}
function relatedText(location) {
  const object = objectLabel(location);
  const path = formatPath(location.path);
  const where = [object, path].filter(Boolean).join(", ");
  return where === "" ? "Related location." : sentence(where);
}
var namesByRun = /* @__PURE__ */ new WeakMap();
function nameOf(file, options) {
  let names = namesByRun.get(options);
  if (!names) namesByRun.set(options, names = /* @__PURE__ */ new Map());
  let name = names.get(file);
  if (!name) names.set(file, name = { rebased: rebaseFile(file, options.cwd, options.root) });
  return name;
}
function rebased(file, options) {
  return nameOf(file, options).rebased;
}
function artifactUri(file, options) {
  const name = nameOf(file, options);
  return name.uri ??= uriOf(name.rebased);
}
function uriOf(rel) {
  return rel.split("/").map((segment) => segment === ".." || segment === "." ? segment : encodeSegment(segment)).join("/");
}
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(/%(2B|3D|40|2C|3B|24|26)/g, (match) => decodeURIComponent(match));
}
function whole(value, min) {
  return Number.isFinite(value) ? Math.max(min, Math.trunc(value)) : min;
}
function physicalLocation(location, options) {
  const startLine = whole(location.start.line, 1);
  const startColumn = whole(location.start.column, 1);
  const endLine = whole(location.end.line, startLine);
  const endColumn = endLine === startLine ? whole(location.end.column, startColumn) : whole(location.end.column, 1);
  return {
    artifactLocation: { uri: artifactUri(location.file, options) },
    region: { startLine, startColumn, endLine, endColumn }
  };
}
function fingerprintKey(finding, options) {
  const { location } = finding;
  return findingIdentity(finding, isPseudoFile(location.file) ? location.file : rebased(location.file, options));
}
function liveNotifications(result, notify) {
  const { live } = result;
  const requests = `${live.requests} request${live.requests === 1 ? "" : "s"}`;
  const version = live.litellmVersion ? `, LiteLLM ${live.litellmVersion}` : "";
  const reason = live.reason ? `: ${live.reason}` : "";
  switch (live.status) {
    case "skipped":
      notify("live-checks", "note", `Live LiteLLM checks were skipped${reason || ": not requested"}`);
      break;
    case "inconclusive":
      notify("live-checks", "warning", `Live LiteLLM checks were inconclusive (${requests}${version})${reason}`);
      break;
    case "failed":
      notify("live-checks", "note", `Live LiteLLM checks failed (${requests}${version}); the failures are results of this run${reason}`);
      break;
    case "passed":
      notify("live-checks", "note", `Live LiteLLM checks passed (${requests}${version})${reason}`);
      break;
  }
  for (const notice of live.notices) notify("live-checks", "note", `Live checks: ${notice}`);
}

// src/format/summary.ts
import { isAbsolute as isAbsolute2 } from "node:path";
var MAX_SUMMARY_FINDINGS = 500;
var MAX_SUMMARY_BUDGET_IDS = 200;
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", note: "\u2139\uFE0F" };
function markdownText(text3) {
  return printable(plainLine(text3)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~#!]/g, (char) => `\\${char}`).replace(/:\/\//g, ":&#47;&#47;").replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}&#46;`).replace(/@/g, "&#64;");
}
function markdownCode(text3) {
  const line = printable(plainLine(text3));
  if (line === "") return "";
  if (line.includes("`")) return markdownText(line);
  return `\`${line.replace(/\|/g, "\\|")}\``;
}
function plural2(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function githubBlobLinks(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!server || !repository || !sha || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{7,64}$/i.test(sha) || !/^https?:\/\/[^\s()<>]+$/.test(server)) return void 0;
  return (file, line) => {
    if (isPseudoFile(file) || isAbsolute2(file) || file.split("/").includes("..")) return void 0;
    return `${server.replace(/\/+$/, "")}/${repository}/blob/${sha}/${file.split("/").map(encodeURIComponent).join("/")}#L${line}`;
  };
}
function formatSummary(result, rules2, options = {}) {
  if (!result.environments) return withinSummaryLimit(summaryBody(result, rules2, options, [`## litellm-preflight${options.title ? ` \xB7 ${markdownText(options.title)}` : ""}`, ""], "###"));
  const names = result.environments.map((environment) => environment.name).join(", ");
  let out = `## litellm-preflight \xB7 ${markdownText(options.title ?? names)}

`;
  for (const environment of result.environments) {
    out += summaryBody(environmentResult(result, environment), rules2, options, [`### Environment ${markdownText(environment.name)}`, ""], "####");
    if (out.length > MAX_SUMMARY_BYTES) break;
  }
  return withinSummaryLimit(out);
}
var MAX_SUMMARY_BYTES = 900 * 1024;
function withinSummaryLimit(text3) {
  const bytes = Buffer.from(text3);
  if (bytes.length <= MAX_SUMMARY_BYTES) return text3;
  const end = bytes.lastIndexOf(10, MAX_SUMMARY_BYTES - 200);
  return `${bytes.subarray(0, end + 1).toString()}
\u2026the summary stops here to stay within GitHub's 1 MiB limit for a step's summary (the SARIF file and \`--format json\` list every finding).
`;
}
function summaryBody(result, rules2, options, heading, level) {
  const active = activeFindings(result);
  const counts = countBySeverity(active);
  const suppressed = result.findings.filter((finding) => finding.suppressed).length;
  const baselined = result.baseline ? ` \xB7 ${plural2(result.baseline.unchanged, "baselined finding")} not shown${result.baseline.stale.length > 0 ? `, ${result.baseline.stale.length} stale baseline entr${result.baseline.stale.length === 1 ? "y" : "ies"}` : ""}` : "";
  const out = [...heading];
  const where = (location) => {
    const label = markdownCode(locationLabel(location));
    const url = options.link?.(location.file, location.start.line);
    return url ? `[${label}](${url})` : label;
  };
  const totals = counts.error + counts.warning + counts.note;
  const icon = counts.error > 0 ? ICON.error : counts.warning > 0 ? ICON.warning : "\u2705";
  const headline = totals === 0 ? `${icon} No problems found` : `${icon} ${counts.error > 0 ? `**${plural2(counts.error, "error")}**` : plural2(counts.error, "error")}, ${plural2(counts.warning, "warning")}, ${plural2(counts.note, "note")}`;
  const inputs = [
    plural2(result.stats.valuesFiles, "values file"),
    plural2(result.stats.manifestDocuments, "manifest document"),
    plural2(result.stats.workloads, "workload")
  ].join(", ");
  out.push(`${headline} \xB7 checked ${inputs}${suppressed > 0 ? ` \xB7 ${suppressed} suppressed by inline directives (not annotated, not uploaded)` : ""}${baselined}`, "");
  out.push(`${level} Budget ids`, "");
  if (result.budgetIds.length === 0) {
    out.push("No budget id found.", "");
  } else {
    out.push("| Budget id | Source | Env | Scope | Where |", "|---|---|---|---|---|");
    for (const budget of result.budgetIds.slice(0, MAX_SUMMARY_BUDGET_IDS)) {
      const id = budget.id === "" ? "*(empty)*" : clip(budget.id, markdownCode);
      const place = budget.location ? where(budget.location) : "built-in default";
      out.push(`| ${id} | ${markdownText(budget.source)} | ${budget.envName ? markdownCode(budget.envName) : ""} | ${markdownText(budget.scope)} | ${place} |`);
    }
    if (result.budgetIds.length > MAX_SUMMARY_BUDGET_IDS) out.push("", `\u2026and ${result.budgetIds.length - MAX_SUMMARY_BUDGET_IDS} more.`);
    out.push("");
  }
  out.push(`${level} Live LiteLLM checks`, "");
  out.push(liveLine(result), "");
  for (const notice of result.live.notices) out.push(`- ${markdownText(notice)}`);
  if (result.live.notices.length > 0) out.push("");
  out.push(`${level} Findings`, "");
  if (active.length === 0) {
    out.push("None.", "");
  } else {
    out.push("| Severity | Rule | Message | Location |", "|---|---|---|---|");
    const ordered = prioritise(active, rules2);
    for (const finding of ordered.slice(0, MAX_SUMMARY_FINDINGS)) {
      const object = objectLabel(finding.location);
      const message = markdownText(sentenceWith(finding.message, object ? `in ${object}` : void 0));
      out.push(`| ${ICON[finding.severity]} ${finding.severity} | [${markdownText(finding.ruleId)}](${docsUrl(finding.ruleId)}) | ${message} | ${where(finding.location)} |`);
    }
    if (ordered.length > MAX_SUMMARY_FINDINGS) {
      out.push("", `\u2026and ${ordered.length - MAX_SUMMARY_FINDINGS} more (the SARIF file and \`--format json\` list them all).`);
    }
    out.push("");
  }
  return `${out.join("\n")}
`;
}
function liveLine(result) {
  const { live } = result;
  const reason = live.reason ? `: ${markdownText(live.reason.replace(/[.\s]+$/, ""))}` : "";
  if (live.status === "skipped") return `\u23ED\uFE0F Skipped${reason || ": not requested"}.`;
  const icon = live.status === "passed" ? "\u2705" : live.status === "failed" ? "\u274C" : "\u26A0\uFE0F";
  const details = [plural2(live.requests, "request"), ...live.litellmVersion ? [`LiteLLM ${markdownText(live.litellmVersion)}`] : []].join(", ");
  return `${icon} ${live.status[0].toUpperCase()}${live.status.slice(1)} (${details})${reason}.`;
}

// src/format/baseline.ts
import { dirname as dirname2, resolve as resolve3 } from "node:path";
var BASELINE_VERSION = 1;
function goneFiles(baseDir, exists) {
  return (file) => {
    if (isPseudoFile(file)) return false;
    const path = resolve3(baseDir, file);
    return !exists(path) && exists(dirname2(path));
  };
}
function judges(context, file) {
  return context.read.has(file) || context.gone?.(file) === true;
}
function readFiles(result, inputs, cwd, baseDir) {
  const names = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const add = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    names.add(rebaseFile(file, cwd, baseDir));
  };
  for (const input of inputs) {
    add(input.name);
    for (const template of input.templates?.values() ?? []) add(template.name);
  }
  for (const finding of result.findings) add(finding.location.file);
  return names;
}
function baselineEntry(finding, context) {
  const file = rebaseFile(finding.location.file, context.cwd, context.baseDir);
  const name = finding.location.file;
  const text3 = context.texts.get(name);
  let index = context.indexes?.get(name);
  if (text3 !== void 0 && index === void 0) (context.indexes ??= /* @__PURE__ */ new Map()).set(name, index = new LineCursor(text3));
  const value = finding.location.sensitive ? "" : textAt(index, text3, finding.location);
  const fingerprint = sha256Hex(`${findingIdentity(withoutIndexes(finding), file)}\0${sha256Hex(value)}`).slice(0, 32);
  return { ruleId: finding.ruleId, file, path: formatPath(finding.location.path), fingerprint };
}
function parseBaseline(text3, name) {
  let data;
  try {
    data = JSON.parse(text3);
  } catch {
    throw new UsageError(`baseline file ${name} is not JSON (write it with --write-baseline)`);
  }
  const record = data;
  if (!record || typeof record !== "object" || Array.isArray(record)) throw new UsageError(`baseline file ${name} is not a litellm-preflight baseline (write it with --write-baseline)`);
  if (record.version !== BASELINE_VERSION) throw new UsageError(`baseline file ${name} has version ${JSON.stringify(record.version ?? null)}; this litellm-preflight reads version ${BASELINE_VERSION}`);
  if (!Array.isArray(record.entries)) throw new UsageError(`baseline file ${name} has no entries list`);
  return record.entries.map((entry, index) => {
    const fields = entry;
    const valid = fields && typeof fields === "object" && ["ruleId", "file", "path", "fingerprint"].every((key) => typeof fields[key] === "string");
    if (!valid) throw new UsageError(`baseline file ${name}: entry ${index + 1} needs ruleId, file, path and fingerprint strings`);
    return { ruleId: fields.ruleId, file: fields.file, path: fields.path, fingerprint: fields.fingerprint };
  });
}
function applyBaseline(result, entries, file, context) {
  const remaining = /* @__PURE__ */ new Map();
  for (const entry of entries) remaining.set(entry.fingerprint, [...remaining.get(entry.fingerprint) ?? [], entry]);
  let unchanged = 0;
  const findings = result.findings.map((finding) => {
    if (finding.suppressed) return finding;
    if (!baselinable(finding)) return { ...finding, baseline: "new" };
    const { fingerprint } = baselineEntry(finding, context);
    const left = remaining.get(fingerprint);
    if (left && left.length > 0) {
      left.pop();
      unchanged++;
      return { ...finding, baseline: "unchanged" };
    }
    return { ...finding, baseline: "new" };
  });
  const stale = [...remaining.values()].flat().filter((entry) => judges(context, entry.file));
  stale.sort((a, b) => byCodeUnits(a.file, b.file) || byCodeUnits(a.ruleId, b.ruleId) || byCodeUnits(a.path, b.path));
  return { ...result, findings, baseline: { file, unchanged, stale } };
}
function baselinable(finding) {
  if (finding.ruleId === "litellm-unverified") return false;
  return finding.ruleId !== "yaml-syntax" || finding.messageId === "ignored" || finding.messageId === "manifestAsValues" || finding.messageId === "notAnObject";
}
function withoutIndexes(finding) {
  return { ...finding, location: { ...finding.location, path: finding.location.path.map((segment) => typeof segment === "number" ? "*" : segment) } };
}
function textAt(index, text3, location) {
  if (index === void 0 || text3 === void 0) return "";
  const start = index.lineStart(location.start.line) + location.start.column - 1;
  const end = index.lineStart(location.end.line) + location.end.column - 1;
  return text3.slice(start, Math.max(start, end));
}

// src/io/helm.ts
import { basename as basename2, delimiter, join as join4, relative as relative3, resolve as resolve5, sep as sep3 } from "node:path";

// src/io/chart-dir.ts
import { join as join3, relative as relative2, sep as sep2 } from "node:path";

// src/io/files.ts
import { basename, dirname as dirname3, join as join2, resolve as resolve4 } from "node:path";

// src/core/control-bytes-module.ts
var CONTROL_BYTES_MODULE = "AGFzbQEAAAABBgFgAX8BfwMCAQAFAwEAAQcRAgZtZW1vcnkCAARzY2FuAAAKsQEBrgEDAn8BewF/IABBcHEhAgJAA0AgASACTw0BIAH9AAQAIQMgA/0MICAgICAgICAgICAgICAgIP0mIAP9DAoKCgoKCgoKCgoKCgoKCgr9I/1PIAP9DH9/f39/f39/f39/f39/f3/9I/1Q/VMNASABQRBqIQEMAAsLAkADQCABIABPDQEgAS0AACEEIARBIEkgBEEKR3EgBEH/AEZyBEAgAQ8LIAFBAWohAQwACwtBfws=";

// src/core/control-bytes.ts
var CHUNK = 65536;
var { WebAssembly: wasm2 } = globalThis;
var scanner;
function load2() {
  try {
    const { exports } = new wasm2.Instance(new wasm2.Module(Buffer.from(CONTROL_BYTES_MODULE, "base64")));
    return { scan: exports.scan, chunk: new Uint8Array(exports.memory.buffer) };
  } catch {
    return null;
  }
}
function controlBytesIn(bytes, limit2) {
  const current = scanner === void 0 ? scanner = load2() : scanner;
  if (current === null) return void 0;
  const found = [];
  for (let at = nextControlByte(current, bytes, 0); at !== -1; at = nextControlByte(current, bytes, at + 1)) {
    if (found.length === limit2) return void 0;
    found.push(at);
  }
  return found;
}
function nextControlByte(current, bytes, from) {
  for (let start = from; start < bytes.length; start += CHUNK) {
    const length = Math.min(CHUNK, bytes.length - start);
    current.chunk.set(bytes.subarray(start, start + length));
    const found = current.scan(length);
    if (found >= 0) return start + found;
  }
  return -1;
}

// src/io/stdin.ts
function withRoom(buffer, size, needed, limit2) {
  if (needed <= buffer.length) return buffer;
  const grown = Buffer.allocUnsafeSlow(Math.min(limit2, Math.max(buffer.length * 2, needed)));
  buffer.copy(grown, 0, 0, size);
  release2(buffer);
  return grown;
}
function release2(bytes, whole2 = isWholeBuffer(bytes)) {
  if (whole2) bytes.buffer.transfer(0);
}
function isWholeBuffer(bytes) {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

// src/io/files.ts
var decoder = new TextDecoder("utf-8", { fatal: true });
var LIMIT_HINT = "limits.maxFileBytes in the config";
function decodeText(bytes, what, controls) {
  const binary2 = controls ? controls.some((at) => bytes[at] === 0) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) !== -1;
  if (binary2) throw new UsageError(`${what} is binary (it contains NUL bytes)`);
  let text3;
  try {
    text3 = decoder.decode(bytes);
  } catch {
    throw new UsageError(`${what} is not UTF-8 text`);
  }
  return text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3;
}
var readBefore;
function readValuesText(path, what, options) {
  const values = options.maxValuesFileBytes ?? DEFAULT_MAX_VALUES_FILE_BYTES;
  const files = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const text3 = values <= files ? readInputText(path, what, values, "limits.maxValuesFileBytes in the config") : readInputText(path, what, files);
  const maxNodes = Math.floor(values / BYTES_PER_NODE);
  const nodes = separators(text3);
  if (nodes > maxNodes) throw new UsageError(`${what} has ${nodes} lines and flow items, more than the ${maxNodes} a values file may have (one for every ${BYTES_PER_NODE} bytes of limits.maxValuesFileBytes in the config)`);
  return text3;
}
var BYTES_PER_NODE = 16;
function separators(text3) {
  let count = 0;
  for (let i = 0; i < text3.length; i++) {
    const code = text3.charCodeAt(i);
    if (code === 10 || code === 44) count++;
  }
  return count;
}
function errnoText(error, missing, otherwise = "failed") {
  const code = error.code;
  switch (code) {
    case "ENOENT":
      return missing;
    case "EISDIR":
      return "it is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "ELOOP":
      return "too many symbolic links (a loop?)";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EROFS":
      return "a read-only file system";
    case "EIO":
      return "an input/output error";
    case "ENAMETOOLONG":
      return "the name is too long";
    default:
      return code ?? otherwise;
  }
}
function sameFileKey(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function overwriteProblem(cwd, outputs, inputs) {
  const same = (path) => sameFileKey(resolve4(cwd, path));
  const read2 = new Set(inputs.map(same));
  const written = /* @__PURE__ */ new Map();
  for (const [flag, path] of outputs) {
    if (path === void 0) continue;
    const key = same(path);
    if (read2.has(key)) return `${flag} ${path} is one of the inputs: the report would replace it`;
    const other = written.get(key);
    if (other) return `${other} and ${flag} name the same file, ${path}: give each its own`;
    written.set(key, flag);
  }
  return void 0;
}
function isUrl(path) {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(path);
}
function stdinRefusal(what, flag) {
  return `${what} - : stdin is read only for -m -; give a file, or through process substitution: ${flag ? `${flag} ` : ""}<(command)`;
}
function urlRefusal(what, url) {
  return `${what} ${url}: a URL is not fetched; download the file and give its path (curl -fsSL URL -o file.yaml)`;
}
function readInputText(path, what, maxBytes = DEFAULT_MAX_FILE_BYTES, limitHint = LIMIT_HINT) {
  return decodeText(readInputBytes(path, what, maxBytes, limitHint), what);
}
function readInputBytes(path, what, maxBytes, limitHint) {
  let bytes;
  try {
    const stats = statSync(path);
    if (stats.size > maxBytes) throw new UsageError(`${what} has ${stats.size} bytes, more than the limit of ${maxBytes} (${limitHint})`);
    const given = stats.isFile() ? readBefore?.(path) : void 0;
    bytes = given?.length === stats.size ? given : stats.isFile() || stats.isDirectory() ? readFileSync(path) : readBounded(path, what, maxBytes, limitHint);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const reason = errnoText(error, "no such file", "unreadable");
    throw new UsageError(`cannot read ${what}: ${reason}`);
  }
  return bytes;
}
function readBounded(path, what, maxBytes, limitHint = LIMIT_HINT) {
  const fd = openSync(path, "r");
  try {
    let buffer = Buffer.allocUnsafeSlow(Math.min(maxBytes + 1, 1 << 20));
    let size = 0;
    for (; ; ) {
      buffer = withRoom(buffer, size, size + 1, maxBytes + 1);
      const read2 = readSync(fd, buffer, size, buffer.length - size, null);
      if (read2 === 0) return size === buffer.length ? buffer : Buffer.from(buffer.buffer.transfer(size));
      size += read2;
      if (size > maxBytes) throw new UsageError(`${what} has more than ${maxBytes} bytes (${limitHint})`);
    }
  } finally {
    closeSync(fd);
  }
}
function holdsDocuments(text3) {
  return /^(?![ \t\r]*(?:#|---|\.\.\.|%|$))/m.test(text3);
}
function readManifestFile(path, name, what, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  const bytes = readInputBytes(path, what, maxBytes, LIMIT_HINT);
  const controlCharacters = controlBytesIn(bytes, MAX_CONTROL_CHARACTERS);
  const text3 = readManifestText(decodeText(bytes, what, controlCharacters), what);
  if (bytes.length !== text3.length) return { name, text: text3 };
  const input = { name, text: text3 };
  if (controlCharacters !== void 0) input.controlCharacters = controlCharacters;
  if (bytes.length < COPY_DOCUMENTS_BELOW) input.bytes = bytes;
  return input;
}
var MAX_CONTROL_CHARACTERS = 4096;
function readManifestText(text3, what) {
  if (!holdsDocuments(text3)) throw new UsageError(`${what} holds no YAML documents (did the command that rendered it fail?)`);
  return text3;
}
var WRITE_BUFFER_BYTES = 1 << 18;
function expandInputPaths(cwd, patterns, what) {
  return patterns.flatMap((pattern) => {
    if (isUrl(pattern)) throw new UsageError(urlRefusal(what, pattern));
    if (pattern === "-") throw new UsageError(stdinRefusal(what));
    if (!/[*?[\]{}]/.test(pattern)) return [pattern];
    const matches = globSync(pattern, { cwd }).filter((path) => {
      try {
        return statSync(resolve4(cwd, path)).isFile();
      } catch {
        return false;
      }
    });
    if (matches.length === 0) throw new UsageError(`${what}: ${pattern} matches no file`);
    return matches.map((path) => path.split("\\").join("/")).sort(byCodeUnits);
  });
}

// src/io/chart-dir.ts
var MAX_TEMPLATES = 2e3;
var MAX_TEMPLATE_BYTES = 1e6;
async function readChartDir(dir, display2, sizes = {}) {
  const readOptional = (path, what, values2 = false) => readChartFile(path, what, sizes, values2);
  const chartYaml = await readOptional(join3(dir, "Chart.yaml"), `${display2}/Chart.yaml`);
  if (chartYaml === void 0) throw new UsageError(`--chart ${display2} is not a chart directory (no Chart.yaml)`);
  let meta = {};
  try {
    const parsed = parse(chartYaml);
    if (typeof parsed === "object" && parsed !== null) meta = parsed;
  } catch {
    throw new UsageError(`${display2}/Chart.yaml is not valid YAML`);
  }
  const chartName = typeof meta.name === "string" ? meta.name : dir.split(sep2).at(-1) ?? "chart";
  const input = { name: display2, chartName, chartYaml: { name: `${display2}/Chart.yaml`, text: chartYaml } };
  const values = await readOptional(join3(dir, "values.yaml"), `${display2}/values.yaml`, true);
  if (values !== void 0) input.values = { name: `${display2}/values.yaml`, text: values };
  const schema4 = await readOptional(join3(dir, "values.schema.json"), `${display2}/values.schema.json`);
  if (schema4 !== void 0) input.schema = { name: `${display2}/values.schema.json`, text: schema4 };
  input.subcharts = await subchartNames(dir, meta, sizes);
  input.templates = await templateFiles(dir, display2, chartName);
  return input;
}
function readChartFile(path, what, sizes, values) {
  if (!existsSync(path)) return void 0;
  return values ? readValuesText(path, what, sizes) : readInputText(path, what, sizes.maxFileBytes);
}
async function subchartNames(dir, meta, sizes) {
  const names = /* @__PURE__ */ new Set();
  if (Array.isArray(meta.dependencies)) {
    for (const dependency of meta.dependencies) {
      if (typeof dependency !== "object" || dependency === null) continue;
      const { alias, name } = dependency;
      if (typeof alias === "string") names.add(alias);
      else if (typeof name === "string") names.add(name);
    }
  }
  let entries = [];
  try {
    entries = await fsPromises().readdir(join3(dir, "charts"));
  } catch {
    entries = [];
  }
  for (const entry of entries) {
    if (entry.endsWith(".tgz")) {
      names.add(entry.replace(/\.tgz$/, "").replace(/-v?\d+\.\d+\.\d+.*$/, ""));
      continue;
    }
    let sub;
    try {
      sub = readChartFile(join3(dir, "charts", entry, "Chart.yaml"), `charts/${entry}/Chart.yaml`, sizes, false);
    } catch {
      sub = void 0;
    }
    if (sub === void 0) continue;
    try {
      const parsed = parse(sub);
      names.add(typeof parsed?.name === "string" ? parsed.name : entry);
    } catch {
      names.add(entry);
    }
  }
  return [...names].sort();
}
async function templateFiles(dir, display2, chartName) {
  const out = [];
  const walk2 = async (path, depth) => {
    if (out.length >= MAX_TEMPLATES || depth > 12) return;
    let entries;
    try {
      entries = await fsPromises().readdir(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join3(path, entry.name);
      if (entry.isDirectory()) {
        await walk2(full, depth + 1);
        continue;
      }
      if (!entry.isFile() || !/\.(ya?ml|tpl|txt|json)$/.test(entry.name)) continue;
      const rel = relative2(dir, full).split(sep2).join("/");
      if (!/(^|\/)templates\//.test(rel)) continue;
      if ((await fsPromises().stat(full)).size > MAX_TEMPLATE_BYTES) continue;
      const text3 = await fsPromises().readFile(full, "utf8");
      const input = { name: `${display2}/${rel}`, text: text3 };
      out.push({ helmPath: `${chartName}/${rel}`, input });
      if (out.length >= MAX_TEMPLATES) return;
    }
  };
  await walk2(join3(dir, "templates"), 0);
  await walk2(join3(dir, "charts"), 0);
  return out;
}

// src/io/helm.ts
var HELM_TIMEOUT_MS = 12e4;
var MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
function startRendering(helm, args, io) {
  const rendering = startHelm(helm, args, io);
  const version = startHelm(helm, ["version", "--short"], io);
  const stop = () => {
    rendering.stop();
    version.stop();
  };
  return { helm, args, cwd: io.cwd, env: io.env, rendering, version, stop };
}
function helmInvocation(flags, valuesPaths, sets, io) {
  const chartPath = resolve5(io.cwd, flags.chart);
  const exists = existsSync(chartPath);
  if (!exists && (!flags.chart.includes("/") || /^(\.{1,2})?\//.test(flags.chart) || /^[A-Za-z]:[\\/]/.test(flags.chart))) {
    throw new UsageError(`cannot read --chart ${flags.chart}: no such directory`);
  }
  const isDir = exists && statSync(chartPath).isDirectory();
  const skipSchema = Boolean(flags.valuesSchema) || isDir && existsSync(join4(chartPath, "values.schema.json"));
  const args = helmArgs(flags, isDir ? display(io.cwd, chartPath) : flags.chart, valuesPaths, sets, skipSchema);
  return { helm: findOnPath("helm", io.env), args, chartPath, isDir };
}
async function prepareChart(flags, valuesPaths, sets, io, early) {
  if (!flags.chart) {
    early?.stop();
    if (flags.chartVersion) throw new UsageError("--chart-version needs --chart");
    if (!flags.valuesSchema && !flags.chartValues) return {};
    const chart2 = { name: flags.chartValues ?? flags.valuesSchema };
    await addOverrides(chart2, flags, io.cwd);
    return { chart: chart2 };
  }
  let invocation;
  try {
    invocation = helmInvocation({ ...flags, chart: flags.chart }, valuesPaths, sets, io);
  } catch (error) {
    early?.stop();
    throw error;
  }
  const { helm, args, chartPath, isDir } = invocation;
  const same = early && early.helm === helm && early.cwd === io.cwd && early.env === io.env && early.args.join("\0") === args.join("\0");
  if (early && !same) early.stop();
  const started = same ? early : helm ? startRendering(helm, args, io) : void 0;
  let chart;
  try {
    chart = isDir ? await readChartDir(chartPath, display(io.cwd, chartPath), flags.sizes) : { name: flags.chart };
    await addOverrides(chart, flags, io.cwd);
  } catch (error) {
    started?.stop();
    throw error;
  }
  if (!helm || !started) throw new UsageError("--chart needs the helm binary on PATH, and there is none: install Helm 3 or 4, or render the chart yourself and pass the output with -m");
  let run = await started.rendering.result;
  if (run.code !== 0 && args.includes("--skip-schema-validation") && /unknown flag: --skip-schema-validation/.test(run.stderr)) {
    args.splice(args.indexOf("--skip-schema-validation"), 1);
    run = await startHelm(helm, args, io).result;
  }
  const helmMajor2 = majorOf(await started.version.result.catch(() => void 0));
  if (run.code === 0) {
    if (/warning:/.test(run.stderr)) chart.renderWarnings = run.stderr;
    const templates = new Map((chart.templates ?? []).map((template) => [template.helmPath, template.input]));
    return { chart, rendered: { name: chart.name, text: run.stdout, rendered: true, templates }, ...helmMajor2 ? { helmMajor: helmMajor2 } : {} };
  }
  const stderr = run.stderr.trim() || `helm exited with code ${run.code}`;
  const rendering = /execution error at \(|Error: template: |YAML parse error on |parse error at \(|failed to parse |error converting YAML to JSON|values don't meet the specifications/.test(stderr);
  if (!isDir && !rendering && /failed to download|repo .* not found|not found in .* repository|no such host|could not find|chart ".*" not found|unable to locate|401|403|failed to fetch|x509|dial tcp|connection refused|connection reset|i\/o timeout|network is unreachable|TLS handshake timeout/i.test(stderr)) {
    throw new UsageError(`helm cannot fetch chart ${flags.chart}: ${firstLine(stderr)}`);
  }
  chart.renderError = stderr;
  return { chart, ...helmMajor2 ? { helmMajor: helmMajor2 } : {} };
}
async function addOverrides(chart, flags, cwd) {
  if (flags.valuesSchema) chart.schema = { name: display(cwd, resolve5(cwd, flags.valuesSchema)), text: readInputText(resolve5(cwd, flags.valuesSchema), `--values-schema ${flags.valuesSchema}`, flags.sizes?.maxFileBytes) };
  if (flags.chartValues) chart.values = { name: display(cwd, resolve5(cwd, flags.chartValues)), text: readValuesText(resolve5(cwd, flags.chartValues), `--chart-values ${flags.chartValues}`, flags.sizes ?? {}) };
}
function helmArgs(flags, chart, valuesPaths, sets, skipSchema) {
  const args = ["template"];
  if (flags.release) args.push(flags.release);
  args.push(chart);
  if (flags.namespace) args.push("--namespace", flags.namespace);
  if (flags.chartVersion) args.push("--version", flags.chartVersion);
  if (skipSchema) args.push("--skip-schema-validation");
  for (const path of valuesPaths) args.push("-f", valuesFlagValue(path));
  for (const set2 of [...sets].sort((a, b) => a.index - b.index)) args.push(set2.flag, set2.arg);
  return args;
}
function majorOf(run) {
  const major = run?.code === 0 ? /\bv(\d+)\.\d+/.exec(run.stdout)?.[1] : void 0;
  return major === "3" || major === "4" ? Number(major) : void 0;
}
function findOnPath(name, env) {
  const extensions = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const extension of extensions) {
      const candidate = join4(dir, name + extension);
      try {
        accessSync(candidate, constants.X_OK);
        if (statSync(candidate).isFile()) return candidate;
      } catch {
      }
    }
  }
  return void 0;
}
async function renderOverLayers(flags, valuesPaths, before, after, sets, io) {
  const dir = await fsPromises().mkdtemp(join4(tmpdir(), "litellm-preflight-fix-"));
  try {
    const paths = await Promise.all(
      valuesPaths.map(async (path, index) => {
        if (after[index].text === before[index].text && isRegularFile(resolve5(io.cwd, path))) return path;
        const copy = join4(dir, `${index}-${basename2(path)}`);
        await fsPromises().writeFile(copy, after[index].text);
        return copy;
      })
    );
    return (await prepareChart(flags, paths, sets, io)).rendered;
  } finally {
    await fsPromises().rm(dir, { recursive: true, force: true });
  }
}
function isRegularFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function startHelm(helm, args, io) {
  const { spawn } = process.getBuiltinModule("node:child_process");
  const child = spawn(helm, args, { cwd: io.cwd, env: io.env, stdio: ["ignore", "pipe", "pipe"] });
  let timer;
  const stop = () => {
    clearTimeout(timer);
    child.kill("SIGKILL");
    child.stdout.destroy();
    child.stderr.destroy();
    child.unref();
  };
  const result = new Promise((resolvePromise, reject) => {
    const out = [];
    const err = [];
    let size = 0;
    let failure;
    const fail2 = (error) => {
      failure = error;
      stop();
      io.signal?.removeEventListener("abort", stop);
      reject(error);
    };
    timer = setTimeout(() => fail2(new UsageError(`helm template did not finish within ${HELM_TIMEOUT_MS / 1e3} s`)), HELM_TIMEOUT_MS);
    child.stdout.on("data", (chunk) => {
      if (failure) return;
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) fail2(new UsageError(`helm template printed more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB`));
      else out.push(chunk);
    });
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new UsageError(`cannot run helm: ${error.code ?? error.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      io.signal?.removeEventListener("abort", stop);
      if (failure) reject(failure);
      else resolvePromise({ code: code ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
  });
  result.catch(() => void 0);
  if (io.signal?.aborted) stop();
  else io.signal?.addEventListener("abort", stop, { once: true });
  return { result, stop };
}
function firstLine(text3) {
  return (text3.split(/\r?\n/).find((line) => line.trim() !== "") ?? text3).replace(/^Error: /, "").trim();
}
function display(cwd, absolute) {
  const rel = relative3(cwd, absolute);
  return (rel === "" ? "." : rel).split(sep3).join("/");
}
function valuesFlagValue(path) {
  return /[,"]/.test(path) ? `"${path.replace(/"/g, '""')}"` : path;
}

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
  scrub(text3) {
    const out = this.pattern ? text3.replace(this.pattern, REDACTED) : text3;
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
  notice(text3) {
    const clean2 = this.options.scrubber.scrub(text3);
    if (!this.notices.includes(clean2)) this.notices.push(clean2);
  }
};
function databaseDown(readiness) {
  return `the proxy's database is down (${readiness.evidence}): budgets and keys cannot be read until it is back`;
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

// src/live/phase.ts
function createLivePhase(config) {
  return (model, report, rules2) => runLivePhase(config, model, report, rules2);
}
async function runLivePhase(config, model, report, rules2) {
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
    const network = rules2.filter((rule) => rule.meta.requiresNetwork);
    const readers = rules2.filter((rule) => !rule.meta.requiresNetwork);
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

// src/action/live.ts
function actionLivePhase(inputs, env, options) {
  if (inputs.offline) return { liveSkippedReason: "the offline input is true" };
  if (inputs.url === "") return { liveSkippedReason: "no litellm-url input given" };
  return { live: createLivePhase(liveConfig(inputs.url, 'input "litellm-url"', env, options.budgetIdEnv[0], { keyAlias: inputs.keyAlias || void 0 })) };
}
function environmentLivePhase(inputs, env, options, name, litellm) {
  if (!litellm?.urlEnv || inputs.offline) return actionLivePhase({ ...inputs, keyAlias: litellm?.keyAlias ?? inputs.keyAlias }, env, options);
  const url = env[litellm.urlEnv];
  if (!url) return { liveSkippedReason: `${litellm.urlEnv} is not set (environment ${name})` };
  const keys = { ...env, LITELLM_MASTER_KEY: env[litellm.masterKeyEnv ?? "LITELLM_MASTER_KEY"], LITELLM_API_KEY: env[litellm.apiKeyEnv ?? "LITELLM_API_KEY"] };
  return { live: createLivePhase(liveConfig(url, litellm.urlEnv, keys, options.budgetIdEnv[0], { keyAlias: litellm.keyAlias ?? (inputs.keyAlias || void 0) })) };
}

// src/io/environments.ts
import { dirname as dirname4, relative as relative4, resolve as resolve6, sep as sep4 } from "node:path";
function pickEnvironments(all, names) {
  const known = Object.keys(all);
  if (!names) return Object.entries(all);
  return [...new Set(names)].map((name) => {
    const config = Object.hasOwn(all, name) ? all[name] : void 0;
    if (config) return [name, config];
    const guess = closest(name, known);
    throw new UsageError(`unknown environment "${name}"${guess ? `; did you mean "${guess}"?` : ""} (the config has ${known.join(", ")})`);
  });
}
async function prepareEnvironments(picked, configPath, base, io) {
  const stopHelm = new AbortController();
  const preparing = picked.map(([name, config]) => prepareEnvironment(name, config, configPath, base, { ...io, signal: stopHelm.signal }));
  for (const job of preparing) job.catch(() => void 0);
  const jobs = [];
  try {
    for (const job of preparing) jobs.push(await job);
  } catch (error) {
    stopHelm.abort();
    throw error;
  }
  return jobs;
}
async function prepareEnvironment(name, config, configPath, base, io) {
  const dir = dirname4(configPath);
  const inputs = [...config.values ?? [], ...config.manifests ?? [], ...config.set ?? [], ...config.setString ?? [], ...config.setLiteral ?? []];
  if (inputs.length === 0 && !config.chart) throw new UsageError(`environment "${name}" names no input: give it values, manifests, set or chart`);
  const read2 = (path, what) => {
    if (isUrl(path)) throw new UsageError(urlRefusal(`${what} of environment ${name}:`, path));
    if (path === "-") throw new UsageError(stdinRefusal(`${what} of environment ${name}:`));
    const absolute = resolve6(dir, path);
    const shown = relative4(io.cwd, absolute).split(sep4).join("/") || absolute;
    const described = `${what} ${shown} (environment ${name})`;
    return what === "values file" ? { name: shown, text: readValuesText(absolute, described, base) } : readManifestFile(absolute, shown, described, base.maxFileBytes);
  };
  const values = (config.values ?? []).map((path) => read2(path, "values file"));
  const manifests = (config.manifests ?? []).map((path) => read2(path, "manifest file"));
  const sets = [
    ...(config.set ?? []).map((arg) => ({ flag: "--set", arg })),
    ...(config.setString ?? []).map((arg) => ({ flag: "--set-string", arg })),
    ...(config.setLiteral ?? []).map((arg) => ({ flag: "--set-literal", arg }))
  ].map((set2, index) => ({ ...set2, index }));
  const options = config.budgetId ? { ...base, ruleOptions: { ...base.ruleOptions, "budget-id-expected": { ...base.ruleOptions["budget-id-expected"], expected: config.budgetId } } } : base;
  const job = { name, values, manifests, sets, options, ...config.litellm ? { litellm: config.litellm } : {} };
  if (config.chart) {
    const chartFlags = { chart: config.chart, sizes: options };
    const chart = await prepareChart(chartFlags, config.values ?? [], sets, { ...io, cwd: dir });
    if (chart.rendered) {
      job.manifests.push(chart.rendered);
      job.rendered = { input: chart.rendered, again: (fixed) => renderOverLayers(chartFlags, config.values ?? [], values, fixed, sets, { ...io, cwd: dir }) };
    }
    if (chart.chart) job.chart = chart.chart;
    job.options = withDetectedHelm(options, chart.helmMajor);
  }
  return job;
}
async function lintEnvironments(jobs, lintJob, valuesOverride) {
  const byName = new Map((valuesOverride ?? []).map((input) => [input.name, input]));
  const runs = [];
  for (const job of jobs) {
    const values = job.values.map((input) => byName.get(input.name) ?? input);
    let manifests = job.manifests;
    if (job.rendered && values.some((input, index) => input.text !== job.values[index].text)) {
      const again = await job.rendered.again(values);
      manifests = [...manifests.filter((input) => input !== job.rendered.input), ...again ? [again] : []];
    }
    runs.push({ name: job.name, result: await lintJob({ ...job, values, manifests }) });
  }
  return runs;
}
function distinctValues(jobs) {
  const seen = /* @__PURE__ */ new Map();
  for (const job of jobs) for (const input of job.values) if (!seen.has(input.name)) seen.set(input.name, input);
  return [...seen.values()];
}

// src/action/protocol.ts
import { randomUUID } from "node:crypto";
var InputError = class extends Error {
  name = "InputError";
};
function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function getInput(env, name) {
  return (env[inputVariable(name)] ?? "").trim();
}
function getMultilineInput(env, name) {
  return getInput(env, name).split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
}
function getBooleanInput(env, name, fallback2) {
  const value = getInput(env, name);
  if (value === "") return fallback2;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`input "${name}" must be true or false, not "${value}"`);
}
function maskCommands(secret) {
  const values = /* @__PURE__ */ new Set([secret, secret.trim(), ...secret.split(/\r?\n/).map((line) => line.trim())]);
  return [...values].filter((value) => value !== "").map((value) => `::add-mask::${escapeData(value)}`);
}
function outputBlock(name, value) {
  let delimiter2 = `ghadelimiter_${randomUUID()}`;
  while (value.includes(delimiter2)) delimiter2 = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter2}
${value}
${delimiter2}
`;
}

// src/action/run.ts
var TOOL = { name: "litellm-preflight", version: VERSION };
var FAIL_ON = ["error", "warning", "never"];
function readInputs(env, workspace) {
  const values = expandInputPaths(workspace, getMultilineInput(env, "values"), 'input "values"');
  const sets = getMultilineInput(env, "set");
  const manifests = getMultilineInput(env, "manifests");
  const chart = getInput(env, "chart");
  const release3 = getInput(env, "release");
  const namespace = getInput(env, "namespace");
  const requireLive = getBooleanInput(env, "require-live", false);
  const maxWarningsText = getInput(env, "max-warnings");
  if (maxWarningsText !== "" && !/^\d+$/.test(maxWarningsText)) throw new InputError(`input "max-warnings" must be a whole number \u2265 0, not "${clip(maxWarningsText)}"`);
  const maxWarnings = maxWarningsText === "" ? void 0 : Number(maxWarningsText);
  const baseline = getInput(env, "baseline");
  const environments = getMultilineInput(env, "environment");
  const config = getInput(env, "config");
  const litellmUrl = getInput(env, "litellm-url");
  const keyAlias = getInput(env, "key-alias");
  const offline = getBooleanInput(env, "offline", false);
  const failOn = getInput(env, "fail-on") || "error";
  const sarifFile = getInput(env, "sarif-file") || "litellm-preflight.sarif";
  const sarifCategory = getInput(env, "sarif-category") || DEFAULT_SARIF_CATEGORY;
  if (!FAIL_ON.includes(failOn)) throw new InputError(`input "fail-on" must be one of ${FAIL_ON.join(", ")}, not "${failOn}"`);
  if (manifests.includes("-")) throw new InputError('input "manifests" cannot read stdin ("-"); render the manifests to a file first (helm template \u2026 > rendered.yaml)');
  const explicit = values.length > 0 || manifests.length > 0 || sets.length > 0 || chart !== "";
  if (explicit && environments.length > 0) throw new InputError(`input "environment" runs the config's environments; "values", "set", "manifests" and "chart" run without them: give one or the other`);
  if (!explicit && environments.length === 0) throw new InputError('nothing to lint: set the "values", "set", "manifests", "chart" or "environment" input');
  if ((release3 || namespace) && !chart) throw new InputError('inputs "release" and "namespace" need the "chart" input');
  if (requireLive && (offline || !litellmUrl && environments.length === 0)) throw new InputError('input "require-live" needs the "litellm-url" input, and "offline" false');
  return {
    values,
    sets,
    manifests: expandInputPaths(workspace, manifests, 'input "manifests"'),
    chart,
    release: release3,
    namespace,
    config,
    litellmUrl,
    keyAlias,
    offline,
    requireLive,
    failOn,
    maxWarnings,
    baseline,
    environments,
    sarifFile,
    sarifCategory
  };
}
async function runAction(io) {
  const keyVariables = Object.keys(io.env).filter((name) => /^LITE_?LLM_\w*KEY\w*$/.test(name));
  for (const name of /* @__PURE__ */ new Set([...LITELLM_CREDENTIAL_ENV, ...keyVariables])) {
    const value = io.env[name];
    if (value) for (const line of maskCommands(value)) io.stdout(`${line}
`);
  }
  try {
    return await lintAndReport(io);
  } catch (error) {
    const known = error instanceof InputError || error instanceof UsageError || error instanceof SetSyntaxError || error instanceof SetApplyError;
    const message = plainLine(known ? error.message : `internal error: ${error.message ?? String(error)}`);
    io.stdout(`${workflowCommand("error", { title: "litellm-preflight" }, message)}
`);
    appendSummary(io.env, `## litellm-preflight

\u274C The check could not run: ${markdownText(message)}
`);
    return 2;
  }
}
async function lintAndReport(io) {
  const workspace = resolve7(io.cwd, io.env.GITHUB_WORKSPACE || ".");
  const inputs = readInputs(io.env, workspace);
  const at = (path) => resolve7(workspace, path);
  const display2 = (absolute) => relativeName(workspace, absolute);
  let options = { ...DEFAULT_OPTIONS };
  const configPath = inputs.config ? at(inputs.config) : findConfigFile(workspace);
  if (configPath) {
    options = await parseConfig(display2(configPath), readInputText(configPath, `config file ${display2(configPath)}`), rules, options);
    options.ignoreName = (file) => rebaseFile(file, workspace, dirname5(configPath));
  }
  if (inputs.requireLive) options = failClosed(options);
  const { linted, values, manifests } = inputs.environments.length > 0 ? await lintEnvironmentsOf(inputs, options, configPath, workspace, io.env) : await lintInputs(inputs, options, workspace, io.env, at, display2);
  const baselinePath = inputs.baseline ? at(inputs.baseline) : options.baseline !== void 0 && configPath ? resolve7(dirname5(configPath), options.baseline) : void 0;
  const baseDir = configPath ? dirname5(configPath) : workspace;
  const read2 = [...values, ...manifests];
  const context = { baseDir, cwd: workspace, texts: new Map(read2.map((input) => [input.name, input.text])), read: readFiles(linted, read2, workspace, baseDir), gone: goneFiles(baseDir, existsSync2) };
  const result = baselinePath ? applyBaseline(linted, parseBaseline(readInputText(baselinePath, `baseline file ${display2(baselinePath)}`), display2(baselinePath)), display2(baselinePath), context) : linted;
  const firstInput2 = [...inputs.values, ...inputs.manifests][0];
  const root = findGitRoot(firstInput2 ? dirname5(at(firstInput2)) : workspace) ?? findGitRoot(workspace) ?? workspace;
  const forGithub = rebaseResult(result, workspace, root);
  const sarifPath = at(inputs.sarifFile);
  const replaced = overwriteProblem(workspace, [['input "sarif-file"', inputs.sarifFile]], [
    ...read2.map((input) => input.name).filter((name) => !isPseudoFile(name)),
    ...[configPath, baselinePath].filter((path) => path !== void 0)
  ]);
  if (replaced) throw new InputError(replaced);
  try {
    mkdirSync(dirname5(sarifPath), { recursive: true });
    writeFileSync2(sarifPath, formatSarif(result, { rules, tool: TOOL, root, cwd: workspace, category: inputs.sarifCategory }));
  } catch (error) {
    throw new InputError(`cannot write the SARIF file ${inputs.sarifFile}: ${errnoText(error, "its directory cannot be made")}`);
  }
  const counts = countBySeverity(activeFindings(result));
  io.stdout(`${TOOL.name} ${TOOL.version}: ${describeInputs(result)}; live checks ${result.live.status}${result.live.reason ? ` (${result.live.reason})` : ""}
`);
  io.stdout(wholeText(githubText(forGithub, rules)));
  const gate = gateReason(inputs.failOn, inputs.maxWarnings, counts);
  const title = result.environments ? result.environments.map((environment) => environment.name).join(", ") : [...inputs.values, ...inputs.manifests, ...inputs.chart ? [`chart ${inputs.chart}`] : []].join(", ");
  appendSummary(io.env, formatSummary(forGithub, rules, { title, link: githubBlobLinks(io.env) }) + (gate ? `**Failed:** ${markdownText(gate)}
` : ""));
  setOutputs(io.env, {
    "sarif-file": sarifPath,
    errors: String(counts.error),
    warnings: String(counts.warning),
    "budget-ids": JSON.stringify(forGithub.budgetIds.map(jsonBudgetId)),
    "live-status": result.live.status
  });
  io.stdout(`${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"}, ${counts.note} note${counts.note === 1 ? "" : "s"}; SARIF written to ${display2(sarifPath)}
`);
  if (gate) {
    io.stderr(`litellm-preflight: failed: ${gate}
`);
    return 1;
  }
  return 0;
}
async function lintInputs(inputs, options, workspace, env, at, display2) {
  const values = inputs.values.map((path) => ({ name: display2(at(path)), text: readValuesText(at(path), `values file ${path}`, options) }));
  const manifests = inputs.manifests.map((path) => readManifestFile(at(path), display2(at(path)), `manifest file ${path}`, options.maxFileBytes));
  const sets = inputs.sets.map((arg, index) => ({ flag: "--set", arg, index }));
  const chart = inputs.chart ? await prepareChart({ chart: inputs.chart, release: inputs.release || void 0, namespace: inputs.namespace || void 0, sizes: options }, inputs.values, sets, { cwd: workspace, env }) : {};
  if (chart.rendered) manifests.push(chart.rendered);
  const live = actionLivePhase({ url: inputs.litellmUrl, keyAlias: inputs.keyAlias, offline: inputs.offline }, env, options);
  const inNamespace = inputs.namespace ? { ...options, namespace: inputs.namespace } : options;
  const linted = await lint({ rules, values, sets, manifests, options: withDetectedHelm(inNamespace, chart.helmMajor), snippets: false, fixes: false, ...chart.chart ? { chart: chart.chart } : {}, ...live });
  return { linted, values, manifests };
}
async function lintEnvironmentsOf(inputs, options, configPath, workspace, env) {
  if (!configPath || !options.environments) throw new InputError('input "environment" needs environments: in the config file');
  const names = inputs.environments.includes("*") ? void 0 : inputs.environments;
  const jobs = await prepareEnvironments(pickEnvironments(options.environments, names), configPath, options, { cwd: workspace, env });
  const live = { url: inputs.litellmUrl, keyAlias: inputs.keyAlias, offline: inputs.offline };
  const runs = await lintEnvironments(
    jobs,
    (job) => lint({ rules, values: job.values, sets: job.sets, manifests: job.manifests, options: job.options, snippets: false, fixes: false, ...job.chart ? { chart: job.chart } : {}, ...environmentLivePhase(live, env, job.options, job.name, job.litellm) })
  );
  return { linted: mergeEnvironments(runs), values: distinctValues(jobs), manifests: jobs.flatMap((job) => job.manifests) };
}
function gateReason(failOn, maxWarnings, counts) {
  if (failOn !== "never" && counts.error > 0) return `${counts.error} error${counts.error === 1 ? "" : "s"} (fail-on: ${failOn})`;
  if (failOn === "warning" && counts.warning > 0) return `${counts.warning} warning${counts.warning === 1 ? "" : "s"} (fail-on: warning)`;
  if (maxWarnings !== void 0 && counts.warning > maxWarnings) return `too many warnings (${counts.warning}, maximum ${maxWarnings})`;
  return void 0;
}
function describeInputs(result) {
  const { valuesFiles, manifestDocuments, workloads } = result.stats;
  return `${valuesFiles} values file${valuesFiles === 1 ? "" : "s"}, ${manifestDocuments} manifest document${manifestDocuments === 1 ? "" : "s"}, ${workloads} workload${workloads === 1 ? "" : "s"}`;
}
function setOutputs(env, outputs) {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  appendFileSync(file, Object.entries(outputs).map(([name, value]) => outputBlock(name, value)).join(""));
}
function appendSummary(env, markdown) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    appendFileSync(file, markdown);
  } catch {
  }
}

// src/action/main.ts
process.exitCode = await runAction({
  env: process.env,
  cwd: process.cwd(),
  stdout: (text3) => process.stdout.write(text3),
  stderr: (text3) => process.stderr.write(text3)
});
