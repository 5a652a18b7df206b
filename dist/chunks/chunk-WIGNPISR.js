import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  Lexer,
  PYTHON_TIMESTAMP,
  Scalar,
  YamlFileSource,
  budgetFacts,
  buildLiteLLMChart,
  buildTree,
  bySetFlagOrder,
  childAt,
  coalesceValues,
  isRecord,
  isScalar,
  isTruthy,
  loadValues,
  parseDocument,
  parseProblems,
  rangeOfOffsets,
  readLayer,
  resolveRange,
  separateLiteLLMLayers,
  toJS,
  walk
} from "./chunk-L6SKZPTU.js";
import {
  LineIndex
} from "./chunk-ZTHYLWEB.js";
import {
  isLiveRule,
  renderMessage
} from "./chunk-JJJ5BOV3.js";
import {
  snippetOf
} from "./chunk-NQUIDX5X.js";
import {
  SECRET_KIND_LINE,
  isPseudoFile,
  maskKeys,
  mayBeSecretName,
  toLocation
} from "./chunk-UAKUUDY6.js";
import {
  SEVERITY_RANK,
  byCodeUnits
} from "./chunk-3TY5ZICS.js";
import {
  withRoom
} from "./chunk-47ZAMWHR.js";
import {
  UsageError
} from "./chunk-YI5XR4DP.js";
import {
  closeSync,
  constants,
  existsSync,
  fsPromises,
  fstatSync,
  ftruncateSync,
  globSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
  writeFileSync,
  writeSync
} from "./chunk-T7WBHCFS.js";

// src/engine/engine.ts
import { matchesGlob } from "node:path";

// src/yaml/comments.ts
var MARKERS = /* @__PURE__ */ new Set(["", "", ""]);
function inComment(text) {
  const ranges = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
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
  constructor(parent, scalarPath, text) {
    this.parent = parent;
    this.scalarPath = scalarPath;
    this.kind = parent.kind;
    this.file = parent.file;
    if (parent.doc !== void 0) this.doc = parent.doc;
    if (parent.object) this.object = parent.object;
    if (parent.sensitive) this.sensitive = parent.sensitive;
    this.text = text;
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
function blockMapping(text, headerOffset, lineCounter, value) {
  const headerEnd = text.indexOf("\n", headerOffset);
  if (headerEnd === -1) return null;
  const kept2 = /^(?:[ \t]*\n)*( *)/.exec(value)[1].length;
  for (let lineStart = headerEnd + 1; lineStart < text.length; ) {
    const newline = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline);
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
var PLACEHOLDER = /\u00a7(\d+)\u00a4*/g;
function restoreActions(node, actions) {
  if (node.kind === "scalar") {
    if (typeof node.value === "string" && node.value.includes(ACTION_LEAD)) node.value = node.value.replace(PLACEHOLDER, (placeholder, index) => actions[Number(index)] ?? placeholder);
  } else if (node.kind === "seq") node.items.forEach((item) => restoreActions(item, actions));
  else for (const child of node.entries.values()) restoreActions(child, actions);
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
  const text = (field) => accepted.get(field);
  const number = (field) => accepted.get(field);
  return {
    index,
    node,
    budgetId: text("budget_id"),
    category: text("budget_category"),
    maxBudget: number("max_budget"),
    softBudget: number("soft_budget"),
    duration: text("budget_duration"),
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
  const text = value.trim();
  if (!PYDANTIC_FLOAT.test(text)) return void 0;
  const word = text.replace(/^[+-]/, "").toLowerCase();
  if (word.startsWith("inf")) return text.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return word === "nan" ? Number.NaN : Number(text.replace(/_/g, ""));
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
    const visit = (node, key, depth) => {
      if (depth > 50) return;
      if (node.kind === "seq" && key === "extraObjects") {
        for (const item of node.items) {
          const object = item.kind === "map" ? item : item.kind === "scalar" && typeof item.value === "string" ? parseStringItem(item) : void 0;
          if (object) fromValuesConfigMap(object, found);
        }
        return;
      }
      if (node.kind === "map") for (const [childKey, child] of node.entries) visit(child, childKey, depth + 1);
    };
    visit(values.root, void 0, 0);
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
  return maps.some((map) => map.kind === "map" && (map.entries.has("extraEnv") || map.entries.has("customEnv")) && CHART_MARKERS.some((key) => map.entries.has(key)));
}
function isCodemieChart(chart) {
  if (chart.input.chartName === "codemie") return true;
  if (looksLikeChart(chart.defaultsTree ?? void 0)) return true;
  const read2 = (key) => [...chart.templates.values()].some((template) => template.text.includes(`.Values.${key}`));
  return (read2("extraEnv") || read2("customEnv")) && CHART_MARKERS.some(read2);
}
function parseVersion(text, at) {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  if (!match || match[1] === "0") return void 0;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0), text: text.trim(), at };
}
function apiImageTags(values) {
  const root = values?.root;
  if (!root) return [];
  const candidates = [root, ...[...root.entries.entries()].filter(([key]) => API_NAME.test(key)).map(([, child]) => child)];
  return candidates.flatMap((map) => {
    const image = map.kind === "map" ? map.entries.get("image") : void 0;
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
function isOn(text) {
  return PYDANTIC_TRUE.test(text ?? "");
}
function reconcilesBudgets(scopes) {
  return scopes.some((scope) => ["LLM_PROXY_ENABLED", "LLM_PROXY_BUDGET_CHECK_ENABLED", "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED"].every((name) => isOn(scope.vars.get(name)?.value)));
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
    const text = raw === void 0 || raw === null ? "" : typeof raw === "string" ? raw : String(raw);
    let sensitive = false;
    let undefinedReference;
    let unknown;
    const value = expand(text, (reference) => {
      const referenced = this.referenced(reference, index);
      if (referenced?.sensitive) sensitive = true;
      if (referenced === void 0) undefinedReference ??= reference;
      else if (referenced.value === void 0) unknown ??= referenced;
      else if (referenced.undefinedReference !== void 0) undefinedReference ??= referenced.undefinedReference;
      return referenced?.value;
    });
    if (unknown) {
      const why = unknown.optional && unknown.unresolved ? `${unknown.unresolved.replace(OPTIONAL_SKIPPED, "")}; the reference is optional, so without the object the kubelet skips that ${unknown.name} and $(${unknown.name}) reads an earlier one, or stays as written` : unknown.unresolved;
      const unresolved = `${entry.name} expands $(${unknown.name}), and ${why ?? `the value of ${unknown.name} is not known from the inputs`}`;
      return { name: entry.name, value: void 0, origin: "value", sensitive, entry, valueAt: entry.valueAt, unresolved, ...unknown.missing ? { missing: unknown.missing } : {} };
    }
    return new ValueVar(entry, value, sensitive, undefinedReference);
  }
};
var ValueVar = class {
  name;
  value;
  origin = "value";
  sensitive;
  entry;
  undefinedReference;
  constructor(entry, value, sensitive, undefinedReference) {
    this.name = entry.name;
    this.value = value;
    this.sensitive = sensitive;
    this.entry = entry;
    this.undefinedReference = undefinedReference;
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
  const sensitive = kind === "Secret";
  const spec = isRecord(reference) ? reference : {};
  const name = typeof spec.name === "string" ? spec.name : "";
  const dataKey = typeof spec.key === "string" ? spec.key : "";
  const object = objects.find(kind, name, namespace);
  if (!object) {
    const unresolved = objects.why?.(kind, name, namespace) ?? `${kind} "${name}" is not in ${objects.searched}`;
    const resolved = fromVar(entry, key, sensitive, void 0, entry.valueAt, spec.optional === true ? `${unresolved}${OPTIONAL_SKIPPED}` : unresolved, { kind, name, namespace });
    if (spec.optional === true) resolved.optional = true;
    return resolved;
  }
  const value = object.data.get(dataKey);
  if (value === void 0 && spec.optional === true) return SETS_NOTHING;
  if (value === void 0) return fromVar(entry, key, sensitive, void 0, entry.valueAt, `${object.external ?? `${kind} "${name}"`} has no key "${dataKey}"`);
  return fromVar(entry, key, sensitive, value, object.external ? entry.valueAt : object.keyAt(dataKey));
}
function fromVar(entry, origin, sensitive, value, valueAt, unresolved, missing) {
  return { name: entry.name, entry, value, origin, sensitive, valueAt, unresolved, missing };
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
function decodeBase64(text) {
  return Buffer.from(text, "base64").toString("utf8");
}

// src/facts/values-scopes.ts
var MAP_ENV_KEYS = /* @__PURE__ */ new Set(["env", "envVars", "extraEnvVars", "envVariables"]);
var CODEMIE_LISTS = ["extraEnv", "customEnv"];
var CODEMIE_POOLS = ["dsPool", "proxyPool"];
function walkEnvLists(root, onList, onMap) {
  const visit = (node, path, parentKey, depth) => {
    if (depth > 200) return;
    if (node.kind === "seq") {
      const list2 = envListFromSeq(node, parentKey);
      if (list2) onList(list2, node);
      else node.items.forEach((item, index) => visit(item, [...path, index], index, depth + 1));
      return;
    }
    if (node.kind !== "map") return;
    const list = typeof parentKey === "string" && MAP_ENV_KEYS.has(parentKey) ? envListFromMap(node) : void 0;
    if (list) {
      onList(list, node);
      return;
    }
    onMap?.(node, path);
    for (const [key, child] of node.entries) visit(child, [...path, key], key, depth + 1);
  };
  visit(root, [], void 0, 0);
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
  for (const { map, path } of chartMaps) {
    const main = CODEMIE_LISTS.map((key) => map.entries.get(key)).flatMap((node) => node && listsByNode.get(node) ? [listsByNode.get(node)] : []);
    if (main.length > 0 && main.every((list) => consumed.has(list))) continue;
    for (const list of main) {
      consumed.add(list);
      list.mergedByName = true;
    }
    const pools = CODEMIE_POOLS.flatMap((pool) => {
      const list = listsByNode.get(poolList(map, pool));
      return list && !consumed.has(list) ? [{ pool, list, node: map.entries.get(pool) }] : [];
    });
    if (main.length === 0 && pools.length === 0) continue;
    const mainLabel = main.length > 0 ? CODEMIE_LISTS.filter((key) => map.entries.has(key)).map((key) => label(path, key)).join(" + ") : `${label(path, "extraEnv")} (not set)`;
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
  const map = envVars?.kind === "map" ? envListFromMap(envVars, false) : void 0;
  if (map) lists.push(map);
  const extraEnvVars = root.entries.get("extraEnvVars");
  const list = extraEnvVars?.kind === "seq" ? envListFromSeq(extraEnvVars, "extraEnvVars") : void 0;
  if (list) lists.push(list);
  return lists;
}
function poolList(map, pool) {
  const node = map.entries.get(pool);
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
    const sensitive = mayBeSecretName(name);
    const at = { ...value.origin, part: "pair", sensitive };
    if (value.kind === "scalar") {
      entries.push({ name, value: value.value, at, valueAt: { ...value.origin, sensitive } });
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
  const visit = (node, key, depth) => {
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
    if (node.kind === "map") for (const [childKey, child] of node.entries) visit(child, childKey, depth + 1);
  };
  visit(root, void 0, 0);
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
      const text = String(value.value);
      data.set(key, decode ? decodeBase64(text) : text);
      refs.set(key, value.origin);
    }
  };
  read2("data", kind === "Secret");
  if (kind === "Secret") read2("stringData", false);
  return { data, keyAt: (key) => refs.get(key) ?? item.origin, sensitive: kind === "Secret" };
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
function manifestObjectIndex(objects, release) {
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
      const namespace = candidate.identity.namespace ?? release;
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
      const wanted = namespace ?? release;
      return elsewhere !== void 0 && wanted !== void 0 ? `${kind} "${name}" is in namespace ${elsewhere}, and the pod reads its own, ${wanted}` : void 0;
    },
    find(kind, name, namespace) {
      const group = groupOf(kind, name);
      if (!group) return void 0;
      const wanted = namespace ?? release;
      const object = group.byNamespace.get(wanted) ?? // Without -n, an object or a workload rendered without a namespace may be in the other's.
      (release === void 0 ? wanted === void 0 ? group.first : group.withoutNamespace : void 0);
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
    for (const [key, text] of Object.entries(block)) {
      if (text === null || text === void 0) continue;
      data.set(key, decode ? decodeBase64(String(text)) : String(text));
      paths.set(key, [field, key]);
    }
  };
  read2("data", secret);
  if (secret) read2("stringData", false);
  return { data, keyAt: (key) => ({ source: object.source, path: paths.get(key) ?? [] }), sensitive: secret };
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
  const schema = input.schema ? new YamlFileSource(input.schema, "config") : null;
  const templates = new Map((input.templates ?? []).map((template) => [template.helmPath, new TextFileSource(template.input)]));
  return { input, defaults, defaultsTree, coalesced, userLayers, schema, templates };
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
function keyString(value) {
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
  constructor(text, offset, needsFullParse, lines, asciiBytes) {
    this.text = text;
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
    if (this.asciiBytes !== void 0) return this.asciiBytes.toString("latin1", this.offset, this.offset + this.text.length);
    const copy = Buffer.from(this.text, "latin1").toString("latin1");
    return copy === this.text ? copy : Buffer.from(this.text, "utf16le").toString("utf16le");
  }
  /** The whole stream `text` is a slice of, which V8 holds as one sequence of characters: read in place, a part of the document needs no copy. */
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
    this.askedOffsets.splice(nearest + 1, 0, offset);
    this.askedLines.splice(nearest + 1, 0, line);
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
var BOM = 65279;
var BAIL = /* @__PURE__ */ Symbol("bail");
function readFast(text) {
  try {
    return new Reader(text, false).document();
  } catch {
    return UNSUPPORTED;
  }
}
function readFlowAt(text, i, depth, tracking = false) {
  try {
    return new Reader(text, tracking).flowAt(i, depth);
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
function readSpans(text, focus) {
  try {
    const reader = new Reader(text, true, focus);
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
  let pos = stream.charCodeAt(0) === BOM ? 1 : 0;
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
        if (trailing || needsFullParse || stream.charCodeAt(next) === BOM) {
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
    if (c !== SPACE && c !== TAB && c !== BOM && !(c === CR && s.charCodeAt(i + 1) === LF2)) return true;
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
    if (this.src.charCodeAt(0) === BOM) this.lineStart = 1;
    if (!this.focus && hasUnsupportedChars(this.src, this.lineStart)) throw BAIL;
    if (this.tracking && this.src.includes("\r")) throw BAIL;
    const indent = this.nextContentLine();
    if (indent < 0) {
      if (this.tracking) throw BAIL;
      return null;
    }
    this.commentsBail = this.tracking;
    if (this.lineStart === 1 && this.src.charCodeAt(0) === BOM && (indent > 0 || this.src.charCodeAt(1) === DASH2)) throw BAIL;
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
    const map = {};
    const entries = this.tracking ? /* @__PURE__ */ new Map() : void 0;
    const start = this.lineStart + col;
    let end = start;
    const focusAt = this.focusAt;
    for (; ; ) {
      const key = this.blockKey(this.lineStart + col);
      const keyRange = this.keyRange;
      const keyText = this.keyText;
      const skip = this.offFocus(focusAt, keyText);
      this.focusAt = focusAt + 1;
      let value = null;
      if (skip) this.skipNode(this.p, col, true);
      else value = this.mappingValue(col);
      if (entries) {
        entries.set(keyText, { key: keyRange, value: this.span });
        end = this.span.end;
      } else {
        setEntry(map, key, value);
      }
      const indent = this.nextContentLine();
      if (indent > col) throw BAIL;
      if (indent < col) break;
    }
    this.focusAt = focusAt;
    if (entries) this.span = { start, end, entries };
    this.depth--;
    return map;
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
      const text = src.slice(i, end);
      if (text === "<<") throw BAIL;
      const resolved = resolvePlain(text);
      if (resolved === null) throw BAIL;
      key = keyString(resolved);
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
    let text = first;
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
      text += breaks === 0 ? " " : "\n".repeat(breaks);
      text += src.slice(j, end);
      breaks = 0;
      line = stop;
    }
    this.mark(start, end);
    this.finishLine(end);
    return text;
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
    let sep = "";
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
      const text = src.slice(line + indent, end);
      if (!started) {
        value = "\n".repeat(blanks);
        started = true;
      } else if (!folded) {
        value += "\n".repeat(blanks);
      } else {
        for (let k = 0; k < blanks; k++) {
          if (sep === "\n") value += "\n";
          else sep = "\n";
        }
      }
      blanks = 0;
      if (!folded) {
        value += sep + text;
        sep = "\n";
      } else if (spaces > indent || src.charCodeAt(line + indent) === TAB) {
        if (sep === " ") sep = "\n";
        else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
        value += sep + text;
        sep = "\n";
        prevMoreIndented = true;
      } else {
        value += sep + text;
        sep = " ";
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
    const isSeq = src.charCodeAt(i) === LBRACKET;
    const close = isSeq ? RBRACKET : RBRACE;
    const seq = [];
    const map = {};
    const start = i;
    const items = this.tracking && isSeq ? [] : void 0;
    const entries = this.tracking && !isSeq ? /* @__PURE__ */ new Map() : void 0;
    i = this.skipFlowSpaces(i + 1, parent);
    if (src.charCodeAt(i) !== close) {
      for (; ; ) {
        if (isSeq) {
          seq.push(this.flowValue(i, parent));
          items?.push(this.span);
        } else {
          const key = this.flowKey(i);
          const keyRange = this.keyRange;
          const keyText = this.keyText;
          setEntry(map, key, this.flowValue(this.skipFlowSpaces(this.p, parent), parent));
          entries?.set(keyText, { key: keyRange, value: this.span });
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
    return isSeq ? seq : map;
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
    const text = src.slice(i, end);
    if (text === "<<") throw BAIL;
    this.p = stop + 1;
    const resolved = resolvePlain(text);
    if (resolved === null) throw BAIL;
    if (this.tracking) {
      this.keyRange = [i, end];
      this.keyText = String(resolved);
    }
    return keyString(resolved);
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
function setEntry(map, key, value) {
  if (Object.hasOwn(map, key)) throw BAIL;
  if (key === "__proto__") {
    Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    map[key] = value;
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
      const map2 = pendingMap;
      pendingMap = void 0;
      if (column > pendingColumn && (c === LBRACE2 || c === LBRACKET2)) {
        const empty = emptyFlow(src, i, end);
        if (empty === UNSUPPORTED) return UNSUPPORTED;
        if (!track) map2[pendingKey] = empty;
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
          map2[pendingKey] = child;
          if (dash && pendingKey === "env" && !comments) envLists.push(child, lineStart, lines - 1);
        }
        if (rootKeys !== void 0 && map2 === root && !dash) {
          innerKeys = rootKeys.get(pendingKey);
          if (innerKeys !== void 0) innerMap = child;
        }
        nodes.push(child);
        columns.push(column);
      } else {
        if (!track) map2[pendingKey] = null;
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
    let map;
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
      map = collection(false, track);
      if (!track) node.push(map);
      nodes.push(map);
      columns.push(column);
      if (nodes.length > MAX_DEPTH) return UNSUPPORTED;
    } else {
      if (dash) return UNSUPPORTED;
      map = node;
    }
    let colon;
    let keyEnd;
    let key;
    let keyText = "";
    c = src.charCodeAt(i);
    if (c === DQUOTE2 || c === SQUOTE2) {
      keyEnd = quotedEnd(src, i, end, backslashes);
      if (keyEnd < 0) return UNSUPPORTED;
      colon = keyEnd;
      while (src.charCodeAt(colon) === SPACE2) colon++;
      if (src.charCodeAt(colon) !== COLON2 || colon + 1 < end && src.charCodeAt(colon + 1) !== SPACE2 || colon - i > MAX_KEY_LENGTH) return UNSUPPORTED;
      key = src.slice(i + 1, keyEnd - 1);
      if (key === "null") return UNSUPPORTED;
      if (track) keyText = key;
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
      if (track) keyText = word ? plain : String(resolved);
      key = track || word ? plain : keyString(resolved);
    }
    if (!track && (key === "__proto__" || Object.hasOwn(map, key))) return UNSUPPORTED;
    let v = colon + 1;
    while (src.charCodeAt(v) === SPACE2) v++;
    if (rootKeys !== void 0 && (map === root && !rootKeys.has(key) || map === innerMap && !innerKeys.has(key))) {
      const passedHere = map === root ? passedKeys ??= [] : innerPassedKeys ??= [];
      if (passedHere.includes(key)) return UNSUPPORTED;
      passedHere.push(key);
      skipDeeperThan = column;
      skipDashes = v >= end;
      skipStarts = true;
      continue;
    }
    if (v >= end) {
      if (nodes.length >= MAX_DEPTH) return UNSUPPORTED;
      pendingMap = map;
      pendingKey = key;
      pendingColumn = column;
      if (track) {
        pendingKeyRange = [i, keyEnd];
        pendingKeyText = keyText;
        pendingAt = v;
      }
      continue;
    }
    const value = track ? null : lineValue(src, v, end, nodes.length, comments, backslashes);
    if (value === UNSUPPORTED) return UNSUPPORTED;
    if (!track) map[key] = value;
    track?.entry(keyText, [i, keyEnd], v, end, nodes.length);
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
    const map = this.top();
    map.entries.set(key, { key: keyRange, value });
    map.end = value.end;
  }
  /** An item of the innermost open sequence (whose span starts at its first dash). */
  addItem(dashAt, item) {
    const seq = this.top();
    if (seq.items.length === 0) seq.start = dashAt;
    seq.items.push(item);
    seq.end = item.end;
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
  const map = {};
  let i = v + 1;
  while (src.charCodeAt(i) === SPACE2) i++;
  if (i === end - 1) return map;
  for (; ; ) {
    const keyStart = i;
    if (!isAsciiLetter(src.charCodeAt(i))) return void 0;
    while (isFlowWordChar(src.charCodeAt(i))) i++;
    if (src.charCodeAt(i) !== COLON2 || src.charCodeAt(i + 1) !== SPACE2) return void 0;
    const key = keyAt(src, keyStart, i);
    if (!plainWord(key) && resolvePlain(key) !== key) return void 0;
    if (key === "__proto__" || Object.hasOwn(map, key)) return void 0;
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
    map[key] = plainWord(value) ? value : resolvePlain(value);
    if (next === RBRACE2) return i === end - 1 ? map : void 0;
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
function plainWord(text) {
  const c = text.charCodeAt(0) | 32;
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
  const text = src.slice(v, end);
  return plainWord(text) ? text : resolvePlain(text);
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
  return (text) => {
    const known = pool.get(text);
    if (known !== void 0) return known;
    pool.set(text, text);
    return text;
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
    const documentPath = this.prefix ? [...this.prefix, ...path] : path;
    return resolveRange(positions.tree(documentPath), positions.lines, positions.text, documentPath, part, this.firstLine);
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
    const text = lines.lineText(line) ?? "";
    return { start: { line, column: indent + 1 }, end: { line, column: Math.max(text.length, indent) + 1 }, path: full.slice(0, depth) };
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
        const text = lines.lineText(line) ?? "";
        const trimmed = text.trim();
        if (trimmed === "" || trimmed.startsWith("#")) continue;
        if (trimmed.startsWith("{{")) return;
        const indent = text.length - text.trimStart().length;
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
      const text = lines.lineText(line) ?? "";
      const trimmed = text.trim();
      if (trimmed === "" || trimmed.startsWith("{{") || trimmed.startsWith("#")) continue;
      const indent = text.length - text.trimStart().length;
      if (indent <= parentIndent) return;
      if (within && line > within.line && indent === within.indent && /^-(\s|$)/.test(trimmed)) return;
      const match = key.exec(text);
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
    const text = lines.lineText(line) ?? "";
    const trimmed = text.trim();
    if (trimmed === "" || trimmed.startsWith("{{") || trimmed.startsWith("#")) continue;
    const at = text.length - text.trimStart().length;
    if (at <= parentIndent || item && at === item.indent && /^-(\s|$)/.test(trimmed)) return false;
    if (at === indent && key.exec(text)?.[1].length === indent) return true;
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
function identityOnly(text, noControlChars) {
  const kind = KIND_LINE.exec(text)?.[1];
  if (kind === void 0 || !Object.hasOwn(IDENTITY_ONLY, kind)) return void 0;
  const head = readLines(text, IDENTITY_KEYS, noControlChars);
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
  return toJS(buildTree(doc, source, problems, limits, "kubernetes"));
}
var SOURCE_COMMENT = /^# Source: (.+)$/m;
function missingIdentity(value) {
  const wrong = ["apiVersion", "kind"].filter((key) => typeof value[key] !== "string" || value[key] === "");
  if (wrong.length === 0) return void 0;
  const problems = wrong.map((key) => value[key] === void 0 || value[key] === null || value[key] === "" ? `no ${key}` : `${key === "apiVersion" ? "an" : "a"} ${key} that is no string`);
  const hint = value.apiVersion === void 0 && value.kind === void 0 ? "; a values file is passed without -m" : "";
  const field = wrong.find((key) => value[key] !== void 0 && typeof value[key] !== "string");
  const path = field ? [field] : typeof value.kind === "string" ? ["kind"] : [];
  return { message: `this document has ${problems.join(" and ")}: kubectl and helm refuse it${hint}`, path };
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

// src/chart/schema.ts
var compiled = /* @__PURE__ */ new Map();
async function ajvClass(dialect) {
  const load2 = async (module) => {
    const loaded = await module;
    const candidate = loaded.default;
    return candidate.default ?? candidate;
  };
  if (dialect.includes("2020-12")) return load2(import("./2020-33YXHH5L.js"));
  if (dialect.includes("2019-09")) return load2(import("./2019-CSQLY726.js"));
  return load2(import("./ajv-QP5CJEHF.js"));
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
  const schema = parsed.value;
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return { ok: false, reason: "it is not a JSON object" };
  const remote = [];
  let validate = compiled.get(source.text);
  const { $schema, ...rest } = schema;
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
  const data = toJS(root) ?? {};
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
  if (error.keyword === "type") problem += `, not ${typeName(toJS(nodeAt(root, path)))}`;
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
  const fallback = chart.userLayers.at(-1)?.source ?? chart.defaults ?? chart.coalesced.root.origin.source;
  return { source: fallback, path: [], part: "key" };
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

// src/core/suppress.ts
var DIRECTIVE = /#\s*litellm-preflight-disable(?:-(next-line|line))?(?![\w-])(.*)$/;
function parseDirectives(source, text, isComment) {
  if (!text.includes("litellm-preflight-disable")) return [];
  const comment = isComment(text);
  const directives = [];
  let lineStart = 0;
  for (let line = 1; lineStart <= text.length; line++) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd2 = newline === -1 ? text.length : newline;
    const lineText = text.slice(lineStart, lineEnd2).replace(/\r$/, "");
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
    const whole = lines.get(null) ?? [];
    const candidates = own.length === 0 ? whole : whole.length === 0 ? own : [...own, ...whole].sort((a, b) => order.get(a) - order.get(b));
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
function newTimings() {
  return { model: 0, rules: /* @__PURE__ */ new Map(), live: 0, lint: 0 };
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
  const { rules, timings } = request;
  const started = timings ? performance.now() : 0;
  const knownRuleIds = new Set(rules.map((rule) => rule.meta.id));
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
      related: [...twin ? [raw.at] : [], ...raw.related ?? []].map(toLocation)
    };
    const snippet = request.snippets === false ? void 0 : snippetOf(at.source, location);
    if (snippet !== void 0) finding.snippet = snippet;
    if (raw.remediation) finding.remediation = raw.remediation;
    if (raw.fix && request.fixes !== false) finding.fix = resolveFix(raw.fix);
    findings.push(finding);
    if (twin) fromRendering.add(finding);
    return finding;
  };
  const enabled = rules.filter((rule) => severityOf(rule) !== "off" && rule.appliesTo?.(model) !== false);
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
  reportUnusedDirectives(model, rules, report);
  const ignored = (finding) => {
    const name = options.ignoreName?.(finding.location.file) ?? finding.location.file;
    return !enforced(finding) && !isPseudoFile(finding.location.file) && options.ignore.some((glob) => matchesGlob(name, glob));
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
function reportUnusedDirectives(model, rules, report) {
  const rule = rules.find((candidate) => candidate.meta.id === "suppression-directive");
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

// src/io/files.ts
import { basename, dirname, join, resolve } from "node:path";

// src/core/control-bytes-module.ts
var CONTROL_BYTES_MODULE = "AGFzbQEAAAABBgFgAX8BfwMCAQAFAwEAAQcRAgZtZW1vcnkCAARzY2FuAAAKsQEBrgEDAn8BewF/IABBcHEhAgJAA0AgASACTw0BIAH9AAQAIQMgA/0MICAgICAgICAgICAgICAgIP0mIAP9DAoKCgoKCgoKCgoKCgoKCgr9I/1PIAP9DH9/f39/f39/f39/f39/f3/9I/1Q/VMNASABQRBqIQEMAAsLAkADQCABIABPDQEgAS0AACEEIARBIEkgBEEKR3EgBEH/AEZyBEAgAQ8LIAFBAWohAQwACwtBfws=";

// src/core/control-bytes.ts
var CHUNK = 65536;
var { WebAssembly: wasm } = globalThis;
var scanner;
function load() {
  try {
    const { exports } = new wasm.Instance(new wasm.Module(Buffer.from(CONTROL_BYTES_MODULE, "base64")));
    return { scan: exports.scan, chunk: new Uint8Array(exports.memory.buffer) };
  } catch {
    return null;
  }
}
function controlBytesIn(bytes, limit) {
  const current = scanner === void 0 ? scanner = load() : scanner;
  if (current === null) return void 0;
  const found = [];
  for (let at = nextControlByte(current, bytes, 0); at !== -1; at = nextControlByte(current, bytes, at + 1)) {
    if (found.length === limit) return void 0;
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

// src/io/files.ts
var decoder = new TextDecoder("utf-8", { fatal: true });
var LIMIT_HINT = "limits.maxFileBytes in the config";
function decodeText(bytes, what) {
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) !== -1) throw new UsageError(`${what} is binary (it contains NUL bytes)`);
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new UsageError(`${what} is not UTF-8 text`);
  }
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
var readBefore;
function takeFilesFrom(source) {
  readBefore = source;
}
function readValuesText(path, what, options) {
  const values = options.maxValuesFileBytes ?? DEFAULT_MAX_VALUES_FILE_BYTES;
  const files = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const text = values <= files ? readInputText(path, what, values, "limits.maxValuesFileBytes in the config") : readInputText(path, what, files);
  const maxNodes = Math.floor(values / BYTES_PER_NODE);
  const nodes = separators(text);
  if (nodes > maxNodes) throw new UsageError(`${what} has ${nodes} lines and flow items, more than the ${maxNodes} a values file may have (one for every ${BYTES_PER_NODE} bytes of limits.maxValuesFileBytes in the config)`);
  return text;
}
var BYTES_PER_NODE = 16;
function separators(text) {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
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
function pathExists(path) {
  return existsSync(path);
}
function sameFileKey(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function overwriteProblem(cwd, outputs, inputs) {
  const same = (path) => sameFileKey(resolve(cwd, path));
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
function isRegularFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function existingFileText(path, what) {
  return isRegularFile(path) ? readInputText(path, what) : void 0;
}
function readInputText(path, what, maxBytes = DEFAULT_MAX_FILE_BYTES, limitHint = LIMIT_HINT) {
  return decodeText(readInputBytes(path, what, maxBytes, limitHint), what);
}
function readSetFileText(path, what, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(readInputBytes(path, what, maxBytes, LIMIT_HINT));
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
function* fileLines(path) {
  if (!isRegularFile(path)) return;
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(1 << 16);
    const decoder2 = new TextDecoder("utf-8");
    let rest = "";
    for (let read2 = readSync(fd, buffer); read2 > 0; read2 = readSync(fd, buffer)) {
      const lines = (rest + decoder2.decode(buffer.subarray(0, read2), { stream: true })).split("\n");
      rest = lines.pop();
      yield* lines;
    }
    yield rest + decoder2.decode();
  } finally {
    closeSync(fd);
  }
}
async function* stdinChunks(stdin, maxBytes) {
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes) throw new UsageError(`stdin has more than ${maxBytes} bytes (${LIMIT_HINT})`);
    yield buffer;
  }
}
async function readStdinText(stdin, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  const streaming = new TextDecoder("utf-8", { fatal: true });
  const parts = [];
  for await (const buffer of stdinChunks(stdin, maxBytes)) {
    if (buffer.includes(0)) throw new UsageError("stdin is binary (it contains NUL bytes)");
    parts.push(decodePart(streaming, buffer, true));
  }
  parts.push(decodePart(streaming, void 0, false));
  const text = parts.join("");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
async function readStdinBytes(stdin, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  const chunks = [];
  for await (const buffer of stdinChunks(stdin, maxBytes)) chunks.push(buffer);
  return Buffer.concat(chunks);
}
function decodePart(decoder2, bytes, more) {
  try {
    return decoder2.decode(bytes, { stream: more });
  } catch {
    throw new UsageError("stdin is not UTF-8 text");
  }
}
function headText({ head, ended }, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  if (!ended || head.length > maxBytes) throw new UsageError(`stdin has more than ${maxBytes} bytes (${LIMIT_HINT})`);
  return decodeText(head, "stdin");
}
function holdsDocuments(text) {
  return /^(?![ \t\r]*(?:#|---|\.\.\.|%|$))/m.test(text);
}
function readManifestFile(path, name, what, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  const bytes = readInputBytes(path, what, maxBytes, LIMIT_HINT);
  const text = readManifestText(decodeText(bytes, what), what);
  if (bytes.length !== text.length) return { name, text };
  const input = { name, text };
  const controlCharacters = controlBytesIn(bytes, MAX_CONTROL_CHARACTERS);
  if (controlCharacters !== void 0) input.controlCharacters = controlCharacters;
  if (bytes.length < COPY_DOCUMENTS_BELOW) input.bytes = bytes;
  return input;
}
var MAX_CONTROL_CHARACTERS = 4096;
function readManifestText(text, what) {
  if (!holdsDocuments(text)) throw new UsageError(`${what} holds no YAML documents (did the command that rendered it fail?)`);
  return text;
}
function* batched(pieces, size = 1 << 16) {
  let pending = [];
  let length = 0;
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length >= size) {
      yield pending.join("");
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield pending.join("");
}
function writePieces(fd, pieces) {
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  let written = 0;
  for (const piece of pieces) {
    const room = buffer.length - used;
    const bytes = piece.length * 3 <= room ? 0 : Buffer.byteLength(piece);
    if (bytes > room) {
      writeAll(fd, buffer, used);
      written += used;
      used = 0;
      if (bytes > buffer.length) {
        writeFileSync(fd, piece);
        written += bytes;
        continue;
      }
    }
    used += buffer.write(piece, used);
  }
  writeAll(fd, buffer, used);
  return written + used;
}
var WRITE_BUFFER_BYTES = 1 << 18;
function writeAll(fd, buffer, length) {
  for (let written = 0; written < length; ) written += writeSync(fd, buffer, written, length - written);
}
async function appendOutput(path, text, what) {
  try {
    await fsPromises().appendFile(path, text);
  } catch (error) {
    throw new UsageError(`${what}: cannot append to ${path}: ${errnoText(error, "its directory does not exist")}`);
  }
}
function writeOutput(path, text, what) {
  try {
    const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT);
    try {
      const written = writePieces(fd, typeof text === "string" ? [text] : text);
      if (fstatSync(fd).isFile()) ftruncateSync(fd, written);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new UsageError(`${what}: cannot write the file: ${errnoText(error, "its directory does not exist")}`);
  }
}
function expandInputPaths(cwd, patterns, what) {
  return patterns.flatMap((pattern) => {
    if (isUrl(pattern)) throw new UsageError(urlRefusal(what, pattern));
    if (pattern === "-") throw new UsageError(stdinRefusal(what));
    if (!/[*?[\]{}]/.test(pattern)) return [pattern];
    const matches = globSync(pattern, { cwd }).filter((path) => {
      try {
        return statSync(resolve(cwd, path)).isFile();
      } catch {
        return false;
      }
    });
    if (matches.length === 0) throw new UsageError(`${what}: ${pattern} matches no file`);
    return matches.map((path) => path.split("\\").join("/")).sort(byCodeUnits);
  });
}
async function replaceFile(linkOrPath, text, expected, what) {
  let temporary;
  try {
    const path = await fsPromises().realpath(linkOrPath);
    const now = await fsPromises().readFile(path, "utf8");
    const bom = now.startsWith("\uFEFF") ? "\uFEFF" : "";
    if (now.slice(bom.length) !== expected) throw new UsageError(`${what}: the file changed since it was read; it was not fixed (run again)`);
    temporary = join(dirname(path), `.${basename(path)}.litellm-preflight-${process.pid}-${Date.now()}.tmp`);
    const { mode, uid, gid } = await fsPromises().stat(path);
    await fsPromises().writeFile(temporary, bom + text, { flag: "wx", mode });
    await fsPromises().chmod(temporary, mode);
    if (process.getuid?.() === 0) await fsPromises().chown(temporary, uid, gid);
    await fsPromises().rename(temporary, path);
  } catch (error) {
    if (temporary) await fsPromises().rm(temporary, { force: true });
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${what}: cannot write the file: ${errnoText(error, "it no longer exists")}`);
  }
}

export {
  embeddedTree,
  BUDGETS_CONFIG_KEY,
  BUDGET_CATEGORIES,
  apiImageTags,
  atLeast,
  readsBudgetsConfig,
  isOn,
  reconcilesBudgets,
  expand,
  envListsOf,
  TextFileSource,
  itemsOf,
  RenderedDocumentSource,
  schemaJson,
  validateChartValues,
  nodeAt,
  scopedValuesPath,
  LITELLM_URL_ENV,
  budgetEnvNames,
  failClosed,
  newTimings,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_OPTIONS,
  withDetectedHelm,
  lint,
  takeFilesFrom,
  readValuesText,
  errnoText,
  pathExists,
  overwriteProblem,
  isUrl,
  stdinRefusal,
  urlRefusal,
  existingFileText,
  readInputText,
  readSetFileText,
  fileLines,
  readStdinText,
  readStdinBytes,
  headText,
  holdsDocuments,
  readManifestFile,
  readManifestText,
  batched,
  appendOutput,
  writeOutput,
  expandInputPaths,
  replaceFile
};
