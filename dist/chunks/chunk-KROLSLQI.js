import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  UsageError,
  require_dist
} from "./chunk-PZ4JXDO2.js";
import {
  defineRule,
  isLiveRule,
  renderMessage
} from "./chunk-WQODLWK4.js";
import {
  PLACEHOLDER,
  REFERENCE,
  budgetFacts,
  budgetIdDefect,
  describeCaps,
  describeLimits,
  formatAmount,
  isRecord,
  safeText
} from "./chunk-FLM64P6W.js";
import {
  formatPath,
  placeKey,
  toLocation
} from "./chunk-TLGIGAKR.js";
import {
  SEVERITY_RANK,
  byCodeUnits
} from "./chunk-WJPUQHBL.js";
import {
  KEY_TOKEN,
  LITELLM_CREDENTIAL_ENV,
  mayBeSecretName,
  quotable
} from "./chunk-B675Y2P7.js";
import {
  __toESM
} from "./chunk-BE7JI7H6.js";

// src/yaml/vnode.ts
var import_yaml = __toESM(require_dist(), 1);
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
function buildTree(doc, source, problems, limits = DEFAULT_BUILD_LIMITS) {
  let aliases = 0;
  const build = (node, path, depth) => {
    if (depth > limits.maxDepth) {
      throw new LimitExceeded(`nesting deeper than ${limits.maxDepth} levels`);
    }
    if (node && (0, import_yaml.isAlias)(node)) node = resolveAlias(node);
    const origin = { source, path };
    if (node && (0, import_yaml.isMap)(node)) {
      const entries = /* @__PURE__ */ new Map();
      const seenAt = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        if (isMergeKey(pair)) {
          mergeInto(entries, pair.value, path, depth);
          continue;
        }
        const key = keyString(pair);
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
      return { kind: "map", entries, origin };
    }
    if (node && (0, import_yaml.isSeq)(node)) {
      const items = node.items.map((item, index) => build((0, import_yaml.isPair)(item) ? null : item ?? null, [...path, index], depth + 1));
      return { kind: "seq", items, origin };
    }
    if (node && (0, import_yaml.isScalar)(node)) {
      const quoted = node.type !== void 0 && node.type !== import_yaml.Scalar.PLAIN;
      return { kind: "scalar", value: node.value, quoted, origin };
    }
    return { kind: "scalar", value: null, quoted: false, origin };
  };
  const mergeInto = (entries, value, path, depth) => {
    if (value && (0, import_yaml.isAlias)(value)) value = resolveAlias(value);
    const sources = value && (0, import_yaml.isSeq)(value) ? value.items : [value];
    for (const item of sources) {
      const merged = build(item, path, depth + 1);
      if (merged.kind !== "map") throw new InvalidYaml("a merge key (<<) needs a map or a list of maps", item);
      for (const [key, child] of merged.entries) if (!entries.has(key)) entries.set(key, child);
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
function isMergeKey(pair) {
  const key = pair.key;
  return (0, import_yaml.isScalar)(key) && (typeof key.value === "symbol" || key.value === "<<" && key.type === import_yaml.Scalar.PLAIN);
}
function keyString(pair) {
  const key = pair.key;
  if ((0, import_yaml.isScalar)(key)) return key.value === null ? "null" : String(key.value);
  return String(key);
}
function offsetsOf(node) {
  return node?.range ? [node.range[0], node.range[1]] : void 0;
}
function toJS(node) {
  if (!node) return null;
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toJS);
  const out = {};
  for (const [key, child] of node.entries) {
    if (key === "__proto__") Object.defineProperty(out, key, { value: toJS(child), writable: true, enumerable: true, configurable: true });
    else out[key] = toJS(child);
  }
  return out;
}
function childAt(node, key) {
  if (!node) return void 0;
  if (node.kind === "map" && typeof key === "string") return node.entries.get(key);
  if (node.kind === "seq" && typeof key === "number") return node.items[key];
  return void 0;
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
  /** Go's runesUntil: read up to a stop character, which is used up. A backslash escapes the next character. */
  runesUntil(stop) {
    let text2 = "";
    for (; ; ) {
      const at = this.pos;
      const r = this.readRune();
      if (r === EOF) return { text: text2, last: EOF, stopAt: at };
      if (stop.includes(r)) return { text: text2, last: r, stopAt: at };
      if (r === "\\") {
        const next = this.readRune();
        if (next === EOF) return { text: text2, last: EOF, stopAt: this.pos };
        text2 += next;
      } else {
        text2 += r;
      }
    }
  }
};
function parseSetArgument(arg, flag, argIndex) {
  const p = new ArgParser(arg, flag, argIndex);
  p.parse();
  return p.out;
}
var ArgParser = class {
  sc;
  flag;
  argIndex;
  out = [];
  entryStart = 0;
  constructor(arg, flag, argIndex) {
    this.sc = new Scanner(arg);
    this.flag = flag;
    this.argIndex = argIndex;
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
    const { text: k, last, stopAt } = this.sc.runesUntil("=[,.");
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
    const { text: text2, last } = this.sc.runesUntil("]");
    if (last === EOF) this.fail("error parsing index: EOF", at);
    const parsed = goAtoi(text2);
    if (typeof parsed === "string") this.fail(`error parsing index: ${parsed}`, at);
    return { value: Number(parsed), text: parsed.toString(), offset: at };
  }
  /** strvals parser.listItem: what follows `name[i]`. */
  listItem(path, offsets, i, level) {
    if (i.value < 0) this.fail(`negative ${i.text} index not allowed`, i.offset);
    const kStart = this.sc.pos;
    const { text: k, last, stopAt } = this.sc.runesUntil("[.=");
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
  /** The `=` has been used up: valList, else val. */
  value(path, offsets, eqAt) {
    const vStart = this.sc.pos;
    const r = this.sc.readRune();
    if (r === EOF) {
      this.emit(path, offsets, "empty-at-end", "", eqAt, vStart, vStart);
      return "eof";
    }
    if (r === "{") {
      const items = [];
      for (; ; ) {
        const { text: text3, last, stopAt: stopAt2 } = this.sc.runesUntil(",}");
        if (last === EOF) return this.fail("list must terminate with '}'", vStart);
        items.push(this.typed(text3));
        if (last === "}") {
          const after = this.sc.readRune();
          if (after !== EOF && after !== ",") this.sc.unread(after);
          this.emit(path, offsets, "value", items, eqAt, vStart, stopAt2 + 1);
          return "nil";
        }
      }
    }
    this.sc.unread(r);
    const { text: text2, stopAt } = this.sc.runesUntil(",");
    this.emit(path, offsets, "value", this.typed(text2), eqAt, vStart, stopAt);
    return "nil";
  }
  typed(text2) {
    return typedVal(text2, this.flag === "--set-string");
  }
};
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
var UINT64_MAX = 2n ** 64n - 1n;
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
    if (n > UINT64_MAX) return range;
  }
  const v = s.startsWith("-") ? -n : n;
  if (v < INT64_MIN || v > INT64_MAX) return range;
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
    if (v >= INT64_MIN && v <= INT64_MAX) return Number(v);
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
var FLAG_ORDER = { "--set": 0, "--set-string": 1 };
function applySetLayers(root, layers) {
  const out = copyMap(root);
  const ordered = layers.flatMap((layer) => layer.assignments.map((a) => ({ a, source: layer.source }))).map((entry, i) => ({ ...entry, i })).sort(
    (x, y) => FLAG_ORDER[x.a.flag] - FLAG_ORDER[y.a.flag] || x.a.argIndex - y.a.argIndex || x.a.start - y.a.start || x.i - y.i
  );
  for (const { a, source } of ordered) new Replay(a, source).key(out, 0, 0);
  return out;
}
function emptyMap(origin) {
  return { kind: "map", entries: /* @__PURE__ */ new Map(), origin };
}
function copyMap(map) {
  return { ...map, entries: new Map(map.entries) };
}
function copySeq(seq) {
  return { ...seq, items: [...seq.items] };
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
    const quoted = this.a.flag === "--set-string";
    const v = this.a.value;
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
    const text2 = raw === void 0 || raw === null ? "" : typeof raw === "string" ? raw : String(raw);
    let sensitive2 = false;
    const value = expand(text2, (reference) => {
      const referenced = this.referenced(reference, index);
      if (referenced?.sensitive) sensitive2 = true;
      return referenced?.value;
    });
    return { name: entry.name, value, origin: "value", sensitive: sensitive2, entry, get valueAt() {
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
    const sensitive2 = kind === "Secret";
    const spec = isRecord(from[key]) ? from[key] : {};
    const name = typeof spec.name === "string" ? spec.name : "";
    const dataKey = typeof spec.key === "string" ? spec.key : "";
    const object = objects.find(kind, name, namespace);
    if (!object) {
      const missing = { kind, name, namespace };
      return { ...base, value: void 0, origin: key, sensitive: sensitive2, valueAt: entry.valueAt, unresolved: objects.why?.(kind, name, namespace) ?? `${kind} "${name}" is not in ${objects.searched}`, missing };
    }
    const value = object.data.get(dataKey);
    if (value === void 0) {
      return { ...base, value: void 0, origin: key, sensitive: sensitive2, valueAt: entry.valueAt, unresolved: `${object.external ?? `${kind} "${name}"`} has no key "${dataKey}"` };
    }
    return { ...base, value, origin: key, sensitive: sensitive2, valueAt: object.external ? entry.valueAt : object.keyAt(dataKey) };
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
function decodeBase64(text2) {
  return Buffer.from(text2, "base64").toString("utf8");
}

// src/facts/manifest-scopes.ts
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
    for (const [key, text2] of Object.entries(block)) {
      if (text2 === null || text2 === void 0) continue;
      data.set(key, decode ? decodeBase64(String(text2)) : String(text2));
      paths.set(key, [field, key]);
    }
  };
  read("data", secret);
  if (secret) read("stringData", false);
  return { data, keyAt: (key) => ({ source: object.source, path: paths.get(key) ?? [] }), sensitive: secret };
}

// src/facts/values-scopes.ts
var MAP_ENV_KEYS = /* @__PURE__ */ new Set(["env", "envVars", "extraEnvVars", "envVariables"]);
var CODEMIE_LISTS = ["extraEnv", "customEnv"];
var CODEMIE_POOLS = ["dsPool", "proxyPool"];
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
    const sensitive2 = mayBeSecretName(name);
    entries.push({ name, value: value.value, at: { ...value.origin, part: "pair", sensitive: sensitive2 }, valueAt: { ...value.origin, sensitive: sensitive2 } });
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
      const text2 = String(value.value);
      data.set(key, decode ? decodeBase64(text2) : text2);
      refs.set(key, value.origin);
    }
  };
  read("data", kind === "Secret");
  if (kind === "Secret") read("stringData", false);
  return { data, keyAt: (key) => refs.get(key) ?? item.origin, sensitive: kind === "Secret" };
}

// src/facts/facts.ts
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

// src/inputs/manifests.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/yaml/line-index.ts
var LineIndex = class {
  starts = [0];
  text;
  length;
  constructor(text2) {
    this.text = text2;
    this.length = text2.length;
    for (let at = text2.indexOf("\n"); at !== -1; at = text2.indexOf("\n", at + 1)) this.starts.push(at + 1);
  }
  get lineCount() {
    return this.starts.length;
  }
  /** A 1-based line without its line break; undefined past the last line. */
  lineText(line) {
    if (line < 1 || line > this.starts.length) return void 0;
    const start = this.starts[line - 1];
    let end = line < this.starts.length ? this.starts[line] - 1 : this.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13 && line < this.starts.length) end--;
    return this.text.slice(start, end);
  }
  /** Offset of a 1-based line's first character (the text's length past the last line). */
  lineStart(line) {
    return this.starts[line - 1] ?? this.length;
  }
  linePos(offset) {
    const clamped = Math.max(0, Math.min(offset, this.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.starts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, col: clamped - this.starts[low] + 1 };
  }
};

// src/yaml/fast-reader.ts
var UNSUPPORTED = /* @__PURE__ */ Symbol("fast-reader.unsupported");
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var BANG = 33;
var DQUOTE = 34;
var HASH = 35;
var PERCENT = 37;
var AMP = 38;
var SQUOTE = 39;
var STAR = 42;
var PLUS = 43;
var COMMA = 44;
var DASH = 45;
var DOT = 46;
var COLON = 58;
var GT = 62;
var QUESTION = 63;
var AT = 64;
var LBRACKET = 91;
var BACKSLASH = 92;
var RBRACKET = 93;
var BACKTICK = 96;
var LBRACE = 123;
var PIPE = 124;
var RBRACE = 125;
var BOM = 65279;
var MAX_DEPTH = 500;
var MAX_KEY_LENGTH = 1e3;
var BAIL = /* @__PURE__ */ Symbol("bail");
function readFast(text2) {
  try {
    return new Reader(text2, false).document();
  } catch {
    return UNSUPPORTED;
  }
}
function spansCover(root, path) {
  let node = root;
  for (const segment of path) {
    if (node.skipped) return false;
    node = node.entries ? node.entries.get(String(segment))?.value : typeof segment === "number" ? node.items?.[segment] : void 0;
    if (!node) return true;
  }
  return true;
}
function readSpans(text2, focus) {
  try {
    const reader = new Reader(text2, true, focus);
    reader.document();
    return reader.span ?? UNSUPPORTED;
  } catch {
    return UNSUPPORTED;
  }
}
function splitDocuments(stream) {
  const docs = [];
  const len = stream.length;
  let pos = stream.charCodeAt(0) === BOM ? 1 : 0;
  let start = pos;
  let startLine = 0;
  let open = false;
  let needsFullParse = false;
  const emit = (end) => {
    const doc = { text: stream.slice(start, end), offset: start, line: startLine };
    if (needsFullParse) doc.needsFullParse = true;
    docs.push(doc);
  };
  for (let line = 0; pos < len; line++) {
    const nl = stream.indexOf("\n", pos);
    const eol = nl < 0 ? len : nl;
    const next = nl < 0 ? len : nl + 1;
    const nextLine = nl < 0 ? line : line + 1;
    const c = stream.charCodeAt(pos);
    if ((c === DASH || c === DOT) && isMarkerLine(stream, pos)) {
      const trailing = hasContentAfter(stream, pos + 3, eol);
      if (c === DASH) {
        if (open) {
          emit(pos);
          needsFullParse = false;
        }
        if (trailing || needsFullParse || stream.charCodeAt(next) === BOM) {
          if (!needsFullParse) {
            start = pos;
            startLine = line;
          }
          needsFullParse = true;
        } else {
          start = next;
          startLine = nextLine;
        }
        open = true;
      } else {
        if (open || needsFullParse) emit(pos);
        else docs.push({ text: "", offset: pos, line });
        open = trailing;
        needsFullParse = trailing;
        start = trailing ? pos : next;
        startLine = trailing ? line : nextLine;
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
function isMarkerLine(s, pos) {
  const c = s.charCodeAt(pos);
  if (s.charCodeAt(pos + 1) !== c || s.charCodeAt(pos + 2) !== c) return false;
  const after = s.charCodeAt(pos + 3);
  return after === SPACE || after === TAB || after === LF || after === CR || pos + 3 >= s.length;
}
function hasContentAfter(s, i, eol) {
  for (; i < eol; i++) {
    const c = s.charCodeAt(i);
    if (c === HASH) return false;
    if (c !== SPACE && c !== TAB && c !== CR && c !== BOM) return true;
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
    if (i < this.len && src.charCodeAt(i) !== LF) {
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
      if (c === LF) {
        line = j;
        continue;
      }
      if (j >= this.len) break;
      const indent = j - next;
      if (indent < col || indent === col && !(compact && c === DASH && this.separatedAt(j + 1))) break;
      if (c === HASH) throw BAIL;
      if (start < 0) start = j;
      const eol = lineEnd(src, j);
      end = trimEnd(src, j, eol);
      line = eol;
    }
    this.lineStart = line < this.len ? line + 1 : this.len;
    this.span = start < 0 ? { start: i, end: i, skipped: true } : { start, end, skipped: true };
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
    const value = this.nodeOnOwnLine(indent, false);
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
    for (; ; ) {
      const start = i;
      let c = src.charCodeAt(i);
      while (c === SPACE) c = src.charCodeAt(++i);
      if (c === LF) {
        i++;
      } else if (c === CR) {
        i += 2;
      } else if (c === HASH) {
        if (this.commentsBail) throw BAIL;
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
    if (c === LF) {
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
    if (c === SPACE || c === LF || c === CR || i >= this.len) return true;
    if (c === TAB) throw BAIL;
    return false;
  }
  /**
   * A block node whose first line (already current) is indented by `indent`; a `nested` one (a
   * mapping value or sequence item) may also be a flow collection (`toYaml` through `nindent`
   * writes `{}` and `[]` on their own line).
   */
  nodeOnOwnLine(indent, nested) {
    const at = this.lineStart + indent;
    const c = this.src.charCodeAt(at);
    if (c === DASH && this.separatedAt(at + 1)) return this.blockSequence(indent);
    if (nested && (c === LBRACE || c === LBRACKET)) {
      const value = this.flowCollection(at);
      this.finishLine(this.p);
      return value;
    }
    return this.blockMapping(indent);
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
      } else if (c === LF || c === CR || c === HASH || i >= this.len) {
        this.finishLine(this.lineStart + col + 1);
        const indent2 = this.nextContentLine();
        if (indent2 > col) {
          items.push(this.nodeOnOwnLine(indent2, true));
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
      if (indent < col || src.charCodeAt(at) !== DASH || !this.separatedAt(at + 1)) break;
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
    if (i === this.lineStart && (c === DASH || c === DOT) && isMarkerLine(src, i)) throw BAIL;
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
      const text2 = src.slice(i, end);
      if (text2 === "<<") throw BAIL;
      const resolved = resolvePlain(text2);
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
    if (c === LF || c === CR || c === HASH || i >= this.len) {
      this.finishLine(this.p);
      const indent = this.nextContentLine();
      if (indent > col) return this.nodeOnOwnLine(indent, true);
      const at = this.lineStart + col;
      if (indent === col && src.charCodeAt(at) === DASH && this.separatedAt(at + 1)) return this.blockSequence(col);
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
      case DASH:
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
        const value = this.flowCollection(i);
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
      if (c !== LF && c !== CR) return j < this.len && j - line > parent;
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
    let text2 = first;
    let end = eol;
    let line = eol;
    let breaks = 0;
    while (line < this.len) {
      const next = line + (src.charCodeAt(line) === CR ? 2 : 1);
      let j = next;
      while (src.charCodeAt(j) === SPACE) j++;
      const c = src.charCodeAt(j);
      if (c === LF || c === CR) {
        breaks++;
        line = j;
        continue;
      }
      if (j >= this.len || j - next <= parent) break;
      if (c === HASH) throw BAIL;
      const stop = this.plainInLine(j);
      const c2 = src.charCodeAt(stop);
      if (c2 !== LF && c2 !== CR && stop < this.len) throw BAIL;
      end = trimEnd(src, j, stop);
      text2 += breaks === 0 ? " " : "\n".repeat(breaks);
      text2 += src.slice(j, end);
      breaks = 0;
      line = stop;
    }
    this.mark(start, end);
    this.finishLine(end);
    return text2;
  }
  /** Whether a plain scalar may start at `i`. */
  plainStart(i) {
    const c = this.src.charCodeAt(i);
    if (c <= SPACE || i >= this.len) return false;
    switch (c) {
      case DASH:
      case QUESTION:
      case COLON:
        return !this.separatedAt(i + 1);
      case COMMA:
      case LBRACKET:
      case RBRACKET:
      case LBRACE:
      case RBRACE:
      case HASH:
      case AMP:
      case STAR:
      case BANG:
      case PIPE:
      case GT:
      case SQUOTE:
      case DQUOTE:
      case PERCENT:
      case AT:
      case BACKTICK:
        return false;
    }
    return true;
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
      } else if (c === LF || c === CR || i >= this.len) {
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
      } else if (c === LF || c === CR) {
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
      if (c !== LF && c !== CR) {
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
      } else if (c === LF || c === CR) {
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
      if (chomp === 0 && (c === DASH || c === PLUS)) chomp = c === DASH ? -1 : 1;
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
      if (c === LF || c === CR || j >= this.len) {
        if (indent >= 0 && spaces > indent) throw BAIL;
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
      const text2 = src.slice(line + indent, end);
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
        value += sep + text2;
        sep = "\n";
      } else if (spaces > indent || src.charCodeAt(line + indent) === TAB) {
        if (sep === " ") sep = "\n";
        else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
        value += sep + text2;
        sep = "\n";
        prevMoreIndented = true;
      } else {
        value += sep + text2;
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
  /** A flow collection that must close on the same line; leaves `p` after it. */
  flowCollection(i) {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const src = this.src;
    const isSeq3 = src.charCodeAt(i) === LBRACKET;
    const close = isSeq3 ? RBRACKET : RBRACE;
    const seq = [];
    const map = {};
    const start = i;
    const items = this.tracking && isSeq3 ? [] : void 0;
    const entries = this.tracking && !isSeq3 ? /* @__PURE__ */ new Map() : void 0;
    i = this.skipFlowSpaces(i + 1);
    if (src.charCodeAt(i) !== close) {
      for (; ; ) {
        if (isSeq3) {
          seq.push(this.flowValue(i));
          items?.push(this.span);
        } else {
          const key = this.flowKey(i);
          const keyRange = this.keyRange;
          const keyText2 = this.keyText;
          setEntry(map, key, this.flowValue(this.skipFlowSpaces(this.p)));
          entries?.set(keyText2, { key: keyRange, value: this.span });
        }
        i = this.skipFlowSpaces(this.p);
        const c = src.charCodeAt(i);
        if (c === close) break;
        if (c !== COMMA) throw BAIL;
        i = this.skipFlowSpaces(i + 1);
        if (src.charCodeAt(i) === close) throw BAIL;
      }
    }
    this.p = i + 1;
    if (this.tracking) this.span = items ? { start, end: i + 1, items } : { start, end: i + 1, entries };
    this.depth--;
    return isSeq3 ? seq : map;
  }
  skipFlowSpaces(i) {
    let c = this.src.charCodeAt(i);
    while (c === SPACE) c = this.src.charCodeAt(++i);
    if (c === TAB) throw BAIL;
    return i;
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
    const text2 = src.slice(i, end);
    if (text2 === "<<") throw BAIL;
    this.p = stop + 1;
    const resolved = resolvePlain(text2);
    if (this.tracking) {
      this.keyRange = [i, end];
      this.keyText = String(resolved);
    }
    return keyString2(resolved);
  }
  /** A flow sequence entry or flow mapping value at `i`; leaves `p` after it. */
  flowValue(i) {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (c === LBRACKET || c === LBRACE) return this.flowCollection(i);
    if (c === DQUOTE || c === SQUOTE) {
      const value = c === DQUOTE ? this.doubleQuoted(i) : this.singleQuoted(i);
      this.mark(i, this.p);
      return value;
    }
    const stop = this.plainInFlow(i);
    if (src.charCodeAt(stop) === COLON) throw BAIL;
    this.p = stop;
    const end = trimEnd(src, i, stop);
    this.mark(i, end);
    return resolvePlain(src.slice(i, end));
  }
  /**
   * Scans a flow plain scalar at `i` up to the `,`, `]`, `}` or `:` that ends it and returns that
   * index. Bails on anything that would continue it onto another line.
   */
  plainInFlow(i) {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (!this.plainStart(i) || (c === DASH || c === QUESTION || c === COLON) && this.flowIndicator(i + 1)) throw BAIL;
    for (let j = i + 1; ; j++) {
      const d = src.charCodeAt(j);
      if (d === COMMA || d === RBRACKET || d === RBRACE || d === COLON) return j;
      if (d === SPACE) {
        if (src.charCodeAt(j + 1) === HASH) throw BAIL;
      } else if (d === LBRACKET || d === LBRACE || d === TAB || d === LF || d === CR || j >= this.len) {
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
function hasUnsupportedChars(src, from) {
  if (UNSUPPORTED_CHAR.test(from === 0 ? src : src.slice(from))) return true;
  for (let cr = src.indexOf("\r", from); cr !== -1; cr = src.indexOf("\r", cr + 1)) if (src.charCodeAt(cr + 1) !== LF) return true;
  return false;
}
var UNSUPPORTED_CHAR = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029\ufffe\uffff]/;
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
var INT_OCT = /^0o[0-7]+$/;
var INT = /^[-+]?[0-9]+$/;
var INT_HEX = /^0x[0-9a-fA-F]+$/;
var FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
function resolvePlain(s) {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === DASH || c === PLUS || c === DOT) {
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
function keyString2(value) {
  return value === null ? "" : String(value);
}

// src/yaml/locate.ts
var import_yaml2 = __toESM(require_dist(), 1);
function keyText(pair) {
  const key = pair.key;
  if ((0, import_yaml2.isScalar)(key)) return String(key.value);
  return String(key);
}
function childOf(node, segment) {
  if ((0, import_yaml2.isMap)(node)) {
    for (let i = node.items.length - 1; i >= 0; i--) {
      const pair = node.items[i];
      if (keyText(pair) === String(segment)) return { node: pair.value ?? null, pair };
    }
    return void 0;
  }
  if ((0, import_yaml2.isSeq)(node) && typeof segment === "number") {
    const item = node.items[segment];
    if (item === void 0) return void 0;
    return { node: (0, import_yaml2.isPair)(item) ? null : item, pair: null };
  }
  return void 0;
}
function walk(doc, path) {
  let node = doc.contents;
  let pair = null;
  const found = [];
  for (const segment of path) {
    if (node && (0, import_yaml2.isAlias)(node)) node = node.resolve(doc) ?? null;
    if (!node) break;
    const child = childOf(node, segment);
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
function yamlTree(doc) {
  return {
    root: doc.contents,
    deref: (node) => (0, import_yaml2.isAlias)(node) ? node.resolve(doc) ?? null : node,
    child(node, segment) {
      const child = childOf(node, segment);
      return child && { node: child.node, key: child.pair ? rangeOfNode(child.pair.key) : null };
    },
    range: rangeOfNode
  };
}
function spanTree(root) {
  return {
    root,
    deref: (node) => node,
    child(node, segment) {
      if (node.entries) {
        const entry = node.entries.get(String(segment));
        return entry && { node: entry.value, key: entry.key };
      }
      const item = typeof segment === "number" ? node.items?.[segment] : void 0;
      return item && { node: item, key: null };
    },
    range: (node) => node ? [node.start, node.end] : null
  };
}
function offsetsIn(tree, path, part) {
  let node = tree.root;
  let key = null;
  const found = [];
  for (const segment of path) {
    if (node) node = tree.deref(node);
    if (!node) break;
    const child = tree.child(node, segment);
    if (!child) break;
    found.push(segment);
    node = child.node;
    key = child.key;
  }
  const complete = found.length === path.length;
  let range = null;
  if ((part === "key" || !complete) && key) range = key;
  else if (part === "pair" && key) {
    const value = tree.range(node);
    range = value ? [key[0], value[1]] : key;
  }
  range ??= tree.range(node) ?? key ?? tree.range(tree.root) ?? [0, 0];
  let [start, end] = range;
  if (end <= start) end = start;
  return { start, end, path: found };
}
function positionAt(lineCounter, offset, lineOffset = 0) {
  const pos = lineCounter.linePos(offset);
  return { line: pos.line + lineOffset, column: pos.col };
}
function rangeOfOffsets(lineCounter, [start, end], path, lineOffset = 0) {
  return { start: positionAt(lineCounter, start, lineOffset), end: positionAt(lineCounter, end, lineOffset), path };
}
function resolveRange(doc, lineCounter, text2, path, part, lineOffset = 0) {
  const { start, end: rawEnd, path: found } = isSpan(doc) ? offsetsIn(spanTree(doc), path, part) : offsetsIn(yamlTree(doc), path, part);
  let end = rawEnd;
  while (end > start && isSpace(text2.charCodeAt(end - 1))) end--;
  return { start: positionAt(lineCounter, start, lineOffset), end: positionAt(lineCounter, end, lineOffset), path: found };
}
function isSpace(code) {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
function isSpan(doc) {
  return typeof doc.start === "number";
}

// src/inputs/workload.ts
var PodContainer = class {
  source;
  group;
  index;
  specPath;
  /** Its `name`, or its index when it has none. */
  name = "";
  /** The `env` entries with a string name; undefined when `env` is not a list. */
  env;
  /** Each definition's index in the `env` list, when items without a name were skipped. */
  envIndexes;
  envFrom = NONE;
  volumeMounts = NONE;
  constructor(source, specPath, group, index) {
    this.source = source;
    this.specPath = specPath;
    this.group = group;
    this.index = index;
  }
  /** Where the container is in the document. */
  get path() {
    return [...this.specPath, this.group, this.index];
  }
  get length() {
    return this.env?.length ?? 0;
  }
  nameAt(index) {
    return this.env[index].name;
  }
  entryAt(index) {
    return new ManifestEnvEntry(this, this.envIndexes?.[index] ?? index, this.env[index]);
  }
  /** Every `env` entry, made now (each call makes new ones). */
  envEntries() {
    return this.env?.map((definition, index) => new ManifestEnvEntry(this, this.envIndexes?.[index] ?? index, definition)) ?? [];
  }
};
function stringPool() {
  const pool = /* @__PURE__ */ new Map();
  return (text2) => {
    const known = pool.get(text2);
    if (known !== void 0) return known;
    pool.set(text2, text2);
    return text2;
  };
}
var DefinitionPool = class {
  /** By name, then by value (`undefined` for an entry with neither value nor valueFrom). */
  byValue = /* @__PURE__ */ new Map();
  /** By the JSON of the entry's scalar fields. */
  byReference = /* @__PURE__ */ new Map();
  intern = stringPool();
  of(item) {
    const hasValue = "value" in item;
    const keys = Object.keys(item).length;
    if (hasValue ? keys === 2 && typeof item.value === "string" : keys === 1) {
      let values = this.byValue.get(item.name);
      if (!values) this.byValue.set(item.name, values = /* @__PURE__ */ new Map());
      let definition2 = values.get(item.value);
      if (!definition2) values.set(item.value, definition2 = this.make(item, hasValue));
      return definition2;
    }
    const key = keys === 2 ? referenceKey(item.name, item.valueFrom) : void 0;
    if (key === void 0) return this.make(item, hasValue);
    let definition = this.byReference.get(key);
    if (!definition) this.byReference.set(key, definition = this.make(item, hasValue));
    return definition;
  }
  make(item, hasValue) {
    const definition = { name: this.intern(item.name), hasValue };
    if (hasValue) definition.value = typeof item.value === "string" ? this.intern(item.value) : item.value;
    if ("valueFrom" in item) definition.valueFrom = item.valueFrom;
    return definition;
  }
};
function referenceKey(name, from) {
  if (!isRecord(from)) return void 0;
  const [reference, more] = Object.keys(from);
  const fields = reference === void 0 || more !== void 0 ? void 0 : from[reference];
  if (!isRecord(fields)) return void 0;
  const parts = [name, reference];
  for (const [field, value] of Object.entries(fields)) {
    if (typeof value !== "string" && typeof value !== "boolean" && typeof value !== "number") return void 0;
    parts.push(field, value);
  }
  return JSON.stringify(parts);
}
function readPodTemplate(object, specPath, source, pool) {
  const { intern } = pool;
  const spec = getIn(object, specPath);
  if (!isRecord(spec)) return void 0;
  const containers = [];
  for (const group of ["initContainers", "containers"]) {
    const list = spec[group];
    if (!Array.isArray(list)) continue;
    list.forEach((container, index) => {
      if (isRecord(container)) containers.push(readContainer(container, new PodContainer(source, specPath, group, index), pool));
    });
  }
  const volumes = [];
  if (Array.isArray(spec.volumes)) {
    spec.volumes.forEach((volume, index) => {
      if (!isRecord(volume) || typeof volume.name !== "string") return;
      const configMap = isRecord(volume.configMap) && typeof volume.configMap.name === "string" ? intern(volume.configMap.name) : void 0;
      volumes.push({ name: intern(volume.name), configMap, index });
    });
  }
  const templatePath = specPath.slice(0, -1);
  const annotationKeys = [...keysOf(getIn(object, ["metadata", "annotations"])), ...templatePath.length > 0 ? keysOf(getIn(object, [...templatePath, "metadata", "annotations"])) : []].map(intern);
  return { specPath, containers: kept(containers), volumes: kept(volumes), annotationKeys };
}
function readContainer(container, read, pool) {
  const { intern } = pool;
  read.name = typeof container.name === "string" ? intern(container.name) : String(read.index);
  if (Array.isArray(container.env)) {
    const env = [];
    const indexes = [];
    container.env.forEach((item, index) => {
      if (!isRecord(item) || typeof item.name !== "string") return;
      env.push(pool.of(item));
      indexes.push(index);
    });
    read.env = kept(env);
    if (indexes.length < container.env.length) read.envIndexes = kept(indexes);
  }
  if (Array.isArray(container.envFrom)) {
    const path = read.path;
    const envFrom = [];
    container.envFrom.forEach((item, index) => {
      if (!isRecord(item)) return;
      const prefix = typeof item.prefix === "string" ? item.prefix : "";
      const at = { source: read.source, path: [...path, "envFrom", index] };
      for (const [field, kind] of [["configMapRef", "ConfigMap"], ["secretRef", "Secret"]]) {
        const ref = item[field];
        if (isRecord(ref) && typeof ref.name === "string") envFrom.push({ kind, name: ref.name, prefix, optional: ref.optional === true, at });
      }
    });
    read.envFrom = kept(envFrom);
  }
  if (Array.isArray(container.volumeMounts)) {
    const mounts = [];
    container.volumeMounts.forEach((mount, index) => {
      if (!isRecord(mount) || typeof mount.name !== "string" || typeof mount.mountPath !== "string") return;
      const subPath = typeof mount.subPath === "string" ? mount.subPath : void 0;
      mounts.push({ name: intern(mount.name), mountPath: intern(mount.mountPath), subPath, index });
    });
    read.volumeMounts = kept(mounts);
  }
  return read;
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
    return { source: this.container.source, path: [...this.container.path, "env", this.index], sensitive: mayBeSecretName(this.name) };
  }
  get valueAt() {
    return { source: this.container.source, path: [...this.container.path, "env", this.index, ...this.definition.hasValue ? ["value"] : []], sensitive: mayBeSecretName(this.name) };
  }
};
var NONE = Object.freeze([]);
function kept(items) {
  return items.length === 0 ? NONE : items.slice();
}
function keysOf(value) {
  return isRecord(value) ? Object.keys(value) : [];
}
function getIn(value, path) {
  let current = value;
  for (const segment of path) {
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
  text;
  /** 0-based line of the document's first character in the stream. */
  firstLine;
  object;
  sensitive;
  prefix;
  /** The fast reader read the document: positions may read only the path asked for. */
  fastRead = false;
  /** The source of the whole document, for an item of a list (they share one parse). */
  list;
  positions;
  constructor(file, doc, text2, firstLine, positions, item) {
    this.file = file;
    this.doc = doc;
    this.text = text2;
    this.firstLine = firstLine;
    this.positions = positions;
    if (item) {
      this.list = item.list;
      this.prefix = item.prefix;
    }
  }
  /** An object of a `kind: List` document: its paths start at `items.<index>`. */
  item(index, identity) {
    const source = new _ManifestDocumentSource(this.file, this.doc, this.text, this.firstLine, this.positions, { list: this, prefix: ["items", index] });
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
    const documentPath = this.prefix ? [...this.prefix, ...path] : path;
    return resolveRange(positions.tree(documentPath), positions.lines, this.text, documentPath, part, this.firstLine);
  }
  lineText(line) {
    if (this.sensitive) return void 0;
    return this.positions.of(this.list ?? this).lines.lineText(line - this.firstLine);
  }
};
var OneDocumentPositions = class {
  current;
  of(source) {
    if (this.current?.source !== source) this.current = new DocumentPositions(source);
    return this.current;
  }
};
var DocumentPositions = class {
  source;
  lines;
  spans;
  yamlDoc;
  constructor(source) {
    this.source = source;
    this.lines = new LineIndex(source.text);
  }
  /**
   * Spans that reach `path`; `yaml`'s Document for what the spans do not cover. For a document the
   * fast reader read, only the path and the collection holding its node are read in full: the
   * places a finding relates to are mostly that node's siblings (entries of one env list).
   */
  tree(path) {
    if (this.spans && spansCover(this.spans, path)) return this.spans;
    if (this.yamlDoc) return this.yamlDoc;
    let spans = this.source.fastRead ? readSpans(this.source.text, { path: path.slice(0, -1) }) : UNSUPPORTED;
    if (spans === UNSUPPORTED) spans = readSpans(this.source.text);
    if (spans !== UNSUPPORTED) return this.spans = spans;
    return this.parsed().doc;
  }
  parsed() {
    this.yamlDoc ??= (0, import_yaml3.parseDocument)(this.source.text, { uniqueKeys: false, prettyErrors: false });
    return { doc: this.yamlDoc, lineCounter: this.lines };
  }
};
function loadManifests(inputs, limits) {
  const objects = [];
  const problems = [];
  let documents = 0;
  const pool = new DefinitionPool();
  const positions = new OneDocumentPositions();
  for (const input of inputs) {
    const parts = splitDocuments(input.text);
    parts.forEach((part, index) => {
      documents++;
      const source = new ManifestDocumentSource(input.name, index, part.text, part.line, positions);
      let value = part.needsFullParse ? UNSUPPORTED : readFast(part.text);
      source.fastRead = value !== UNSUPPORTED;
      if (value === UNSUPPORTED) value = readWithPositions(source, problems, limits);
      if (!isRecord(value)) return;
      const identity = identify(value, part.text, pool.intern);
      if (!identity) return;
      source.object = identity;
      if (identity.kind === "Secret") source.sensitive = true;
      const items = LIST_KIND.test(identity.kind) && Array.isArray(value.items) ? value.items : void 0;
      if (!items) {
        objects.push(objectOf(value, identity, source, pool));
        return;
      }
      const itemKind = identity.kind === "List" ? void 0 : { kind: identity.kind.slice(0, -"List".length), apiVersion: identity.apiVersion };
      items.forEach((item, index2) => {
        const itemIdentity = isRecord(item) ? identify(itemKind && item.kind === void 0 ? { ...itemKind, ...item } : item, part.text, pool.intern) : void 0;
        if (!isRecord(item) || !itemIdentity) return;
        const itemSource = source.item(index2, itemIdentity);
        if (itemSource.sensitive) source.sensitive = true;
        objects.push(objectOf(item, itemIdentity, itemSource, pool));
      });
    });
  }
  return { objects, documents, problems };
}
var LIST_KIND = /List$/;
function objectOf(value, identity, source, pool) {
  const specPath = podSpecPath(identity.kind);
  const holdsData = identity.kind === "ConfigMap" || identity.kind === "Secret";
  const images = imagesOf(value);
  const notMaps = holdsData ? ["data", "stringData"].filter((field) => value[field] !== void 0 && value[field] !== null && !isRecord(value[field])) : [];
  return {
    source,
    identity,
    pod: specPath && readPodTemplate(value, specPath, source, pool),
    data: holdsData && isRecord(value.data) ? value.data : void 0,
    stringData: holdsData && isRecord(value.stringData) ? value.stringData : void 0,
    notMaps: notMaps.length > 0 ? notMaps.map((field) => ({ field, value: value[field] })) : void 0,
    images: images.length === 0 ? NO_IMAGES : images.map(pool.intern)
  };
}
var NO_IMAGES = Object.freeze([]);
function imagesOf(object) {
  const images = [];
  const visit = (value, depth) => {
    if (depth > 12) return;
    if (Array.isArray(value)) value.forEach((item) => visit(item, depth + 1));
    else if (isRecord(value)) {
      if (typeof value.image === "string") images.push(value.image);
      for (const key of ["spec", "template", "jobTemplate", "containers"]) if (key in value) visit(value[key], depth + 1);
    }
  };
  visit(object, 0);
  return images;
}
function readWithPositions(source, problems, limits) {
  const { doc } = source.positioned();
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({ kind: "syntax", message: error.message.split("\n")[0] ?? "invalid YAML", at: { source, path: [], offsets: [error.pos[0], error.pos[1]] } });
    }
    return void 0;
  }
  return toJS(buildTree(doc, source, problems, limits));
}
var SOURCE_COMMENT = /^# Source: (.+)$/m;
function identify(value, text2, intern) {
  const { apiVersion, kind } = value;
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  if (typeof kind !== "string") return void 0;
  const identity = {
    apiVersion: typeof apiVersion === "string" ? intern(apiVersion) : "",
    kind: intern(kind),
    name: typeof metadata.name === "string" ? metadata.name : ""
  };
  if (typeof metadata.namespace === "string") identity.namespace = intern(metadata.namespace);
  const source = SOURCE_COMMENT.exec(text2)?.[1]?.trim();
  if (source) identity.source = intern(source);
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
  return POD_SPEC_PATHS[kind];
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
    const release = deployed.input.release;
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
      const data = { envName: change.envName, release, revision, scopes: change.scopes.join(", ") };
      if (change.secret) report({ messageId: "changedSecret", data, at: change.at });
      else report({ messageId: "changed", data: { ...data, before: change.before, after: change.after }, at: change.at });
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
    details: "The platform gives every end user the LiteLLM budget named by the budget-id variable. An empty id, a `{{ .Values.x }}` or `%%PLACEHOLDER%%` that was never substituted, a `$(VAR)` that names no variable, or a `valueFrom` that points at a ConfigMap or Secret the deployment does not contain leaves users without the intended budget, or the pod without its variable.",
    remediation: "Set the budget-id variable to the literal id of a budget that exists in LiteLLM, or fix the reference it reads.",
    example: '# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: "{{ .Values.budget }}"}\n# right\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}',
    tags: ["correctness", "litellm", "budget"],
    messages: {
      empty: "{{envName}} is empty, so users get no budget",
      whitespace: '{{envName}} "{{id}}" has leading or trailing white space, which LiteLLM keeps as part of the id',
      template: '{{envName}} "{{id}}" is an unrendered Helm template',
      placeholder: '{{envName}} "{{id}}" still holds the placeholder {{placeholder}}',
      undefinedReference: '{{envName}} "{{id}}" references $({{reference}}), which is not defined before it, so the pod sees it literally',
      unresolved: "{{envName}} cannot be resolved: {{reason}}",
      envFromMissing: 'the budget id may come from envFrom {{kind}} "{{name}}", which cannot be resolved: {{reason}}'
    }
  },
  check({ model, report }) {
    for (const fact of model.facts.budgetIds) {
      if (fact.mappedTo || !fact.envName || !fact.at) continue;
      const at = fact.at;
      const related = fact.related;
      const envName = fact.envName;
      const id = fact.id;
      if (id === void 0) {
        report({ messageId: "unresolved", data: { envName, reason: fact.variable?.unresolved ?? "unknown source" }, at, related });
        continue;
      }
      const secret = fact.variable?.sensitive === true;
      const shown = secret ? "(secret)" : id;
      const part = (match) => secret ? "(hidden)" : match;
      const defect = budgetIdDefect(id);
      if (defect === "empty") report({ messageId: "empty", data: { envName }, at, related });
      else if (defect === "whitespace" || defect === "template") report({ messageId: defect, data: { envName, id: shown }, at, related });
      else if (defect === "placeholder") report({ messageId: "placeholder", data: { envName, id: shown, placeholder: part(PLACEHOLDER.exec(id)[0]) }, at, related });
      else if (defect === "undefinedReference") report({ messageId: "undefinedReference", data: { envName, id: shown, reference: part(REFERENCE.exec(id)[1]) }, at, related });
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
    details: "Every workload of the platform should hand out the same end-user budget. When the API and a worker pool, two values layers, or the values under review and the rendered manifests name different budget ids, users are billed against different budgets depending on which pod served them, and a rename done in one place silently misses the others.",
    remediation: "Set the same budget id everywhere, ideally in one values key that every workload reads.",
    example: "# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\nproxyPool:\n  extraEnv:\n    - {name: LITELLM_BUDGET_ID, value: prod-budgt}\n# right: drop the pool override, or make it equal",
    tags: ["correctness", "litellm", "budget"],
    messages: {
      mismatch: 'budget id "{{id}}" ({{scope}}) differs from "{{other}}" used by {{otherScope}}'
    }
  },
  check({ model, report }) {
    const facts = model.facts.budgetIds.filter((fact) => fact.source !== "budgets-config" && fact.id !== void 0 && fact.at && !fact.mappedTo && !fact.variable?.sensitive);
    const groups = Map.groupBy(facts, (fact) => fact.id);
    if (groups.size < 2) return;
    const [majorityId, majority] = [...groups].sort((a, b) => b[1].length - a[1].length)[0];
    const reference = majority[0];
    for (const fact of facts) {
      if (fact.id === majorityId) continue;
      report({
        messageId: "mismatch",
        data: { id: fact.id, scope: fact.scope?.label ?? fact.source, other: majorityId, otherScope: reference.scope?.label ?? reference.source },
        at: fact.at,
        related: [reference.at, ...fact.related]
      });
    }
  }
});

// rules/budget-id-restart.ts
var RESTART_ANNOTATION = /^(checksum\/|configmap\.reloader\.stakater\.com\/reload$|secret\.reloader\.stakater\.com\/reload$|reloader\.stakater\.com\/(auto|search)$)/;
var budget_id_restart_default = defineRule({
  meta: {
    id: "budget-id-restart",
    name: "BudgetIdRestart",
    input: "manifest",
    defaultSeverity: "warning",
    description: "The budget id comes from a ConfigMap or Secret, but the pods are not restarted when it changes",
    details: 'Environment variables read from a ConfigMap or Secret are resolved when a container starts. When `helm upgrade` changes the budget id in such an object but leaves the pod template untouched, no pod restarts, and the new budget id takes effect only whenever pods happen to be replaced. Charts solve this with a checksum annotation on the pod template (`checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}`); any `checksum/\u2026` annotation, or a Stakater Reloader annotation on the workload, satisfies this rule. Only objects rendered with the release are checked: an object managed elsewhere is not changed by the upgrade.',
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
      if (!workload?.pod || workload.identity.kind === "Pod") continue;
      if (workload.pod.annotationKeys.some((key2) => RESTART_ANNOTATION.test(key2))) continue;
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

// src/live/rule.ts
function defineLiveRule(rule) {
  return rule;
}

// rules/codemie-budget-drift.ts
var FILE_DEFAULTS = { soft_budget: 0, budget_duration: "30d" };
var ON = /^(true|1|yes|on|t|y)$/i;
var codemie_budget_drift_default = defineLiveRule({
  meta: {
    id: "codemie-budget-drift",
    name: "CodemieBudgetDrift",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "warning",
    description: "A budget in CodeMie's budgets-config.yaml differs from the same budget in LiteLLM",
    details: "CodeMie treats budgets-config.yaml as the source of truth: with LLM_PROXY_BUDGET_RECONCILIATION_ENABLED it overwrites LiteLLM's max_budget, soft_budget and budget_duration at the next start, undoing any change made in LiteLLM directly; without reconciliation the two stay apart and the file describes limits nobody enforces. Compared from the same POST /budget/info answer the other budget checks use: no extra request.",
    remediation: "Make budgets-config.yaml and LiteLLM agree: change the file when LiteLLM holds the intended limits, or let reconciliation write the file's values.",
    example: '# budgets-config.yaml\npredefined_budgets:\n  - {budget_id: default, name: Default, max_budget: 120.0, soft_budget: 80.0, budget_duration: 30d, budget_category: platform}\n# LiteLLM: POST /budget/info {"budgets": ["default"]} -> max_budget 120.0, soft_budget 80.0, budget_duration 30d',
    tags: ["correctness", "codemie", "budget", "live"],
    messages: {
      drift: 'budget "{{id}}": budgets-config.yaml sets {{field}} {{file}}, LiteLLM has {{litellm}}; {{consequence}}'
    }
  },
  appliesTo: (model) => model.codemie.active && model.codemie.budgetsConfigs.length > 0,
  async check({ model, live, report }) {
    const outcome = await live.budgets();
    if (outcome.status !== "ok") return;
    const reconciling = model.facts.scopes.some((scope) => ON.test(scope.vars.get("LLM_PROXY_BUDGET_RECONCILIATION_ENABLED")?.value?.trim() ?? ""));
    const consequence = reconciling ? "CodeMie's reconciliation overwrites LiteLLM at its next start" : "reconciliation is off, so LiteLLM keeps its own value";
    for (const config of model.codemie.budgetsConfigs) {
      for (const entry of config.entries) {
        const row = entry.budgetId === void 0 ? void 0 : outcome.found.get(entry.budgetId);
        if (!row || entry.budgetId === void 0) continue;
        const compare = (field, file, litellm) => {
          if (file === void 0 || file === litellm || file === 0 && litellm === null) return;
          const shown = (value) => value === null ? "none" : typeof value === "number" ? formatAmount(value) : safeText(value, 16) ?? "set";
          report({
            messageId: "drift",
            data: { id: entry.budgetId, field, file: shown(file), litellm: shown(litellm), consequence },
            at: entry.node.entries.has(field) ? entry.at(field) : entry.at("budget_id")
          });
        };
        compare("max_budget", entry.maxBudget, row.maxBudget);
        compare("soft_budget", entry.softBudget ?? FILE_DEFAULTS.soft_budget, row.softBudget);
        compare("budget_duration", entry.duration ?? FILE_DEFAULTS.budget_duration, row.duration);
      }
    }
  }
});

// rules/codemie-budget-flags.ts
var BOOLEAN = /^(true|false|1|0|yes|no|on|off|t|f|y|n)$/i;
var TRUE = /^(true|1|yes|on|t|y)$/i;
var BOOLEAN_SETTINGS = [
  "LLM_PROXY_ENABLED",
  "LLM_PROXY_BUDGET_CHECK_ENABLED",
  "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED",
  "LITELLM_FAIL_OPEN_ON_503",
  "LITELLM_SPEND_COLLECTOR_ENABLED",
  "LITELLM_BUDGET_RESET_TRACKER_ENABLED",
  "LITELLM_BUDGET_RESET_RECONCILIATION_ENABLED"
];
var JSON_LISTS = ["LITELLM_PREMIUM_MODELS_ALIASES", "GITHUB_IDENTIFIERS", "GITLAB_IDENTIFIERS", "BITBUCKET_IDENTIFIERS"];
var codemie_budget_flags_default = defineRule({
  meta: {
    id: "codemie-budget-flags",
    name: "CodemieBudgetFlags",
    input: "any",
    defaultSeverity: "warning",
    description: "CodeMie's budget switches are inconsistent, so budgets are not enforced or the API does not start",
    details: "CodeMie enforces LiteLLM budgets only when LLM_PROXY_ENABLED is true, LLM_PROXY_MODE is lite_llm and LLM_PROXY_BUDGET_CHECK_ENABLED is true; reconciliation of budgets-config.yaml also needs budget checking. Premium-model aliases without a premium_models budget leave premium traffic on the platform budget. Boolean settings accept only pydantic's spellings, and list settings must be JSON: anything else stops the API at start-up.",
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
      modeNotLiteLLM: 'LLM_PROXY_ENABLED is on but LLM_PROXY_MODE is "{{mode}}", so LLM calls bypass LiteLLM and its budgets',
      premiumWithoutBudget: "LITELLM_PREMIUM_MODELS_ALIASES lists premium models but budgets-config.yaml has no premium_models budget"
    }
  },
  appliesTo: (model) => model.codemie.active,
  check({ model, report }) {
    const hasPremiumBudget = model.codemie.budgetsConfigs.some((config) => config.entries.some((entry) => entry.category === "premium_models"));
    const knowsBudgets = model.codemie.budgetsConfigs.length > 0;
    for (const scope of model.facts.scopes) {
      const value = (name) => scope.vars.get(name)?.value;
      const at = (name) => atOf(scope, name);
      for (const name of BOOLEAN_SETTINGS) {
        const text2 = value(name);
        if (text2 !== void 0 && text2 !== "" && !BOOLEAN.test(text2.trim())) report({ messageId: "notBoolean", data: { name, value: text2 }, at: at(name) });
      }
      for (const name of JSON_LISTS) {
        const text2 = value(name);
        if (text2 === void 0) continue;
        if (!isJsonList(text2)) report({ messageId: "notJsonList", data: { name, shown: text2.trim() === "" ? "an empty value" : `"${text2}"` }, at: at(name) });
      }
      const on = (name) => TRUE.test(value(name)?.trim() ?? "");
      if (on("LLM_PROXY_BUDGET_CHECK_ENABLED") && !on("LLM_PROXY_ENABLED")) report({ messageId: "checkWithoutProxy", at: at("LLM_PROXY_BUDGET_CHECK_ENABLED") });
      if (on("LLM_PROXY_BUDGET_RECONCILIATION_ENABLED") && !on("LLM_PROXY_BUDGET_CHECK_ENABLED")) report({ messageId: "reconciliationWithoutCheck", at: at("LLM_PROXY_BUDGET_RECONCILIATION_ENABLED") });
      const mode = value("LLM_PROXY_MODE") ?? "internal";
      if (on("LLM_PROXY_ENABLED") && mode !== "lite_llm") report({ messageId: "modeNotLiteLLM", data: { mode }, at: scope.vars.get("LLM_PROXY_MODE") ? at("LLM_PROXY_MODE") : at("LLM_PROXY_ENABLED") });
      const aliases = value("LITELLM_PREMIUM_MODELS_ALIASES");
      if (knowsBudgets && !hasPremiumBudget && aliases !== void 0 && isJsonList(aliases) && JSON.parse(aliases).length > 0) {
        report({ messageId: "premiumWithoutBudget", at: at("LITELLM_PREMIUM_MODELS_ALIASES") });
      }
    }
  }
});
function isJsonList(text2) {
  try {
    const parsed = JSON.parse(text2);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === "string");
  } catch {
    return false;
  }
}
function atOf(scope, name) {
  const variable = scope.vars.get(name);
  return variable?.valueAt ?? variable?.entry?.at ?? scope.lists[0]?.at ?? { source: scope.lists[0].at.source, path: [] };
}

// src/yaml/embedded.ts
var import_yaml4 = __toESM(require_dist(), 1);
function isParsedSource(source) {
  return typeof source.positioned === "function" && typeof source.toOuter === "function";
}
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
  constructor(parent, scalarPath, text2) {
    this.parent = parent;
    this.scalarPath = scalarPath;
    this.kind = parent.kind;
    this.file = parent.file;
    if (parent.doc !== void 0) this.doc = parent.doc;
    if (parent.object) this.object = parent.object;
    if (parent.sensitive) this.sensitive = parent.sensitive;
    this.text = text2;
  }
  placed() {
    if (!this.placement) {
      const { parent, scalarPath } = this;
      const { doc, lineCounter } = parent.positioned();
      const node = doc ? walk(doc, parent.prefix ? [...parent.prefix, ...scalarPath] : scalarPath).node : null;
      const start = node?.range?.[0] ?? 0;
      const at = lineCounter.linePos(start);
      const mapping = node && (0, import_yaml4.isScalar)(node) && node.type === import_yaml4.Scalar.BLOCK_LITERAL ? blockMapping(parent.text, start, lineCounter) : null;
      this.placement = { anchor: parent.toOuter({ line: at.line, column: at.col }), mapping };
    }
    return this.placement;
  }
  positioned() {
    if (!this.parsed) {
      const lineCounter = new LineIndex(this.text);
      const doc = (0, import_yaml4.parseDocument)(this.text, { version: "1.1", uniqueKeys: false, prettyErrors: false });
      this.parsed = { doc, lineCounter };
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
function blockMapping(text2, headerOffset, lineCounter) {
  const headerEnd = text2.indexOf("\n", headerOffset);
  if (headerEnd === -1) return null;
  for (let lineStart = headerEnd + 1; lineStart < text2.length; ) {
    const newline = text2.indexOf("\n", lineStart);
    const line = text2.slice(lineStart, newline === -1 ? text2.length : newline);
    if (line.trim() !== "") return { firstLine: lineCounter.linePos(headerEnd + 1).line, indent: line.length - line.trimStart().length };
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return null;
}
function embeddedTree(node) {
  if (node.kind !== "scalar" || typeof node.value !== "string" || !isParsedSource(node.origin.source)) return null;
  const source = new EmbeddedYamlSource(node.origin.source, node.origin.path, node.value);
  const { doc } = source.positioned();
  if (doc.errors.length > 0) return null;
  return buildTree(doc, source, []);
}

// src/codemie/budgets-config.ts
var BUDGETS_CONFIG_KEY = "budgets-config.yaml";
var BUDGET_CATEGORIES = ["platform", "cli", "premium_models"];
function readBudgetsConfig(source, label, at, configMap) {
  const problems = [];
  const { doc } = source.positioned();
  let root = null;
  if (doc && doc.errors.length > 0) {
    const error = doc.errors[0];
    problems.push({ kind: "syntax", message: error.message.split("\n")[0] ?? "invalid YAML", at: { source, path: [], offsets: [error.pos[0], error.pos[1]] } });
  } else if (doc) {
    root = buildTree(doc, source, problems);
  }
  const list = root?.kind === "map" ? root.entries.get("predefined_budgets") : void 0;
  const entries = list?.kind === "seq" ? list.items.flatMap((item, index) => item.kind === "map" ? [budgetEntry(item, index)] : []) : [];
  const config = { label, at, root, problems, entries };
  if (configMap) config.configMap = configMap;
  return config;
}
function budgetEntry(node, index) {
  const scalar = (field) => {
    const child = node.entries.get(field);
    return child?.kind === "scalar" ? child.value : void 0;
  };
  const text2 = (field) => {
    const value = scalar(field);
    return value === void 0 || value === null ? void 0 : String(value);
  };
  const number = (field) => {
    const value = scalar(field);
    const parsed = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
    return Number.isFinite(parsed) ? parsed : void 0;
  };
  return {
    index,
    node,
    budgetId: text2("budget_id"),
    category: text2("budget_category"),
    maxBudget: number("max_budget"),
    softBudget: number("soft_budget"),
    duration: text2("budget_duration"),
    at: (field) => node.entries.get(field)?.origin ?? { ...node.origin, part: "value" }
  };
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
  for (const object of manifests?.objects ?? []) {
    if (object.identity.kind !== "ConfigMap") continue;
    for (const [key, value] of Object.entries(object.data ?? {})) {
      if (!isBudgetsKey(key) || typeof value !== "string") continue;
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

// src/codemie/mounts.ts
var DEFAULT_BUDGETS_DIR = "/app/config/budgets";
function budgetsMounts(mounts, dir) {
  const base = dir.replace(/\/+$/, "");
  return mounts.filter((mount) => mount.mountPath.replace(/\/+$/, "") === base || mount.mountPath === `${base}/${BUDGETS_CONFIG_KEY}`);
}
function checkWiring(configs, mounts, volumes, dir) {
  const issues = [];
  const relevant = budgetsMounts(mounts, dir);
  for (const config of configs) {
    if (!config.configMap) continue;
    const { name, key } = config.configMap;
    const wired = relevant.filter((mount) => volumes.some((volume) => volume.name === mount.name && volume.configMap === name));
    if (wired.length === 0) {
      const budgetMaps = new Set(configs.map((other) => other.configMap?.name));
      const misrouted = relevant.flatMap((mount) => volumes.filter((volume) => volume.name === mount.name && volume.configMap !== void 0 && !budgetMaps.has(volume.configMap)));
      if (misrouted.length > 0) misrouted.forEach((volume) => issues.push({ kind: "volumeOtherConfigMap", volume, config }));
      else issues.push({ kind: "notMounted", config, dir });
    }
    for (const mount of wired) {
      if (mount.mountPath.endsWith(`/${BUDGETS_CONFIG_KEY}`) && mount.subPath !== void 0 && mount.subPath !== key) issues.push({ kind: "subPathMismatch", mount, config });
    }
  }
  for (const mount of relevant) {
    if (!volumes.some((volume) => volume.name === mount.name)) issues.push({ kind: "mountWithoutVolume", mount });
  }
  return issues;
}
function valuesMountsAndVolumes(values) {
  const mounts = [];
  const volumes = [];
  const maps = [values.root, ...[...values.root.entries.values()].filter((child) => child.kind === "map")];
  for (const map of maps) {
    if (map.kind !== "map") continue;
    for (const item of listOf(map.entries.get("extraVolumeMounts"))) {
      const mount = mountOf(item);
      if (mount) mounts.push(mount);
    }
    for (const item of listOf(map.entries.get("extraVolumes"))) {
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
  const configMap = item.entries.get("configMap");
  const configMapName = configMap?.kind === "map" ? configMap.entries.get("name") : void 0;
  return { name, configMap: text(configMapName), at: item.origin, configMapAt: configMapName?.origin ?? item.origin };
}
function* manifestMountsAndVolumes(manifests) {
  for (const { source, pod } of manifests.objects) {
    if (!pod) continue;
    const mounts = pod.containers.flatMap(
      (container) => container.volumeMounts.map(({ name, mountPath, subPath, index }) => {
        const path = [...container.path, "volumeMounts", index];
        return { name, mountPath, subPath, at: { source, path }, nameAt: { source, path: [...path, "name"] } };
      })
    );
    const volumes = pod.volumes.map(({ name, configMap, index }) => {
      const path = [...pod.specPath, "volumes", index];
      return { name, configMap, at: { source, path }, configMapAt: { source, path: [...path, "configMap", "name"] } };
    });
    yield { mounts, volumes };
  }
}

// rules/codemie-budgets-config.ts
var REQUIRED = ["budget_id", "name", "max_budget", "budget_category"];
var codemie_budgets_config_default = defineRule({
  meta: {
    id: "codemie-budgets-config",
    name: "CodemieBudgetsConfig",
    input: "any",
    defaultSeverity: "error",
    description: "CodeMie's budgets-config.yaml is invalid or not mounted where CodeMie reads it",
    details: "CodeMie 2.23 and later take end-user budgets from budgets-config.yaml (predefined_budgets, categories platform, cli and premium_models), validated at start-up: a missing name, max_budget or budget_category crashes the API pod, an unknown category fails reconciliation, and the first platform entry is every user's default budget. The file usually ships as a ConfigMap in extraObjects and must be mounted at /app/config/budgets; a mount without a volume, or a volume of another ConfigMap, keeps the pod from starting or silently leaves the built-in budgets in place.",
    remediation: "Give every budget a budget_id, name, max_budget above 0 and a known budget_category with exactly one platform entry, and mount the ConfigMap's budgets-config.yaml key at /app/config/budgets/budgets-config.yaml.",
    example: "extraVolumeMounts: |\n  - {name: codemie-budgets-config, mountPath: /app/config/budgets/budgets-config.yaml, subPath: budgets-config.yaml}\nextraVolumes: |\n  - {name: codemie-budgets-config, configMap: {name: codemie-budgets-config}}\nextraObjects:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: codemie-budgets-config}\n    data:\n      budgets-config.yaml: |\n        predefined_budgets:\n          - {budget_id: default, name: Default, soft_budget: 80.0, max_budget: 120.0, budget_duration: 30d, budget_category: platform}",
    tags: ["correctness", "codemie", "budget"],
    messages: {
      syntax: "budgets-config.yaml does not parse: {{message}}",
      noList: "budgets-config.yaml has no predefined_budgets list, so CodeMie has no platform budget",
      missingField: "budget {{entry}} has no {{field}}; CodeMie fails to start",
      badCategory: 'budget {{entry}} has budget_category "{{category}}"; CodeMie knows platform, cli and premium_models, and reconciliation fails on anything else',
      maxNotPositive: "budget {{entry}} has max_budget {{value}}; it must be above 0",
      softNegative: "budget {{entry}} has soft_budget {{value}}; it must be 0 or more",
      softAboveMax: "budget {{entry}} has soft_budget {{soft}} above max_budget {{max}}",
      badDuration: 'budget {{entry}} has budget_duration "{{value}}"; CodeMie accepts a number with d, h or m, like 30d',
      duplicateId: 'budget_id "{{id}}" is defined again; reconciliation writes both entries to the same LiteLLM budget',
      noPlatform: "budgets-config.yaml has no platform budget, so end users get the empty budget id",
      extraPlatform: 'platform budget "{{id}}" is ignored: CodeMie uses the first platform entry, "{{first}}"',
      notMounted: "the ConfigMap {{configMap}} holds budgets-config.yaml but no volume mounts it at {{dir}}; CodeMie keeps its built-in budgets",
      mountWithoutVolume: 'volumeMount "{{name}}" at {{path}} names no volume; the pod does not start',
      volumeOtherConfigMap: "volume {{volume}} mounts ConfigMap {{actual}} at the budgets directory, but budgets-config.yaml is in ConfigMap {{expected}}",
      subPathMismatch: 'the budgets mount reads key "{{subPath}}" of ConfigMap {{configMap}}, which holds the file under "{{key}}"'
    }
  },
  appliesTo: (model) => model.codemie.active && model.codemie.budgetsConfigs.length > 0,
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
      for (const { mounts, volumes } of manifestMountsAndVolumes(model.manifests)) {
        const found = checkWiring(fromManifests, mounts, volumes, dir);
        for (const config of fromManifests) if (!found.some((issue) => "config" in issue && issue.config === config && issue.kind !== "subPathMismatch")) mounted.add(config);
        issues.push(...found);
      }
      const reported = /* @__PURE__ */ new Set();
      for (const issue of issues) {
        if ("config" in issue && issue.kind !== "subPathMismatch") {
          if (mounted.has(issue.config) || issue.kind === "notMounted" && reported.has(issue.config)) continue;
          reported.add(issue.config);
        }
        reportWiring(issue, context);
      }
    }
  }
});
function checkContent(config, { report }) {
  for (const problem of config.problems) {
    if (problem.kind === "syntax") report({ messageId: "syntax", data: { message: problem.message }, at: problem.at });
  }
  if (config.problems.some((problem) => problem.kind === "syntax")) return;
  const list = config.root?.kind === "map" ? config.root.entries.get("predefined_budgets") : void 0;
  if (list?.kind !== "seq") {
    report({ messageId: "noList", at: config.root?.origin ?? config.at });
    return;
  }
  const seen = /* @__PURE__ */ new Map();
  let firstPlatform;
  for (const entry of config.entries) {
    const label = entry.budgetId !== void 0 ? `"${entry.budgetId}"` : `#${entry.index + 1}`;
    for (const field of REQUIRED) {
      if (!entry.node.entries.has(field) || field === "max_budget" && entry.maxBudget === void 0) {
        report({ messageId: "missingField", data: { entry: label, field }, at: entry.at(field) });
      }
    }
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
    case "notMounted":
      report({ messageId: "notMounted", data: { configMap: issue.config.configMap.name, dir: issue.dir }, at: issue.config.configMap.at });
      break;
    case "mountWithoutVolume":
      report({ messageId: "mountWithoutVolume", data: { name: issue.mount.name, path: issue.mount.mountPath }, at: issue.mount.nameAt });
      break;
    case "volumeOtherConfigMap":
      report({ messageId: "volumeOtherConfigMap", data: { volume: issue.volume.name, actual: issue.volume.configMap ?? "", expected: issue.config.configMap.name }, at: issue.volume.configMapAt, related: [issue.config.configMap.at] });
      break;
    case "subPathMismatch":
      report({ messageId: "subPathMismatch", data: { subPath: issue.mount.subPath ?? "", configMap: issue.config.configMap.name, key: issue.config.configMap.key }, at: issue.mount.at });
      break;
  }
}
function budgetsDir(scopes) {
  for (const scope of scopes) {
    const dir = scope.vars.get("BUDGETS_CONFIG_DIR")?.value;
    if (dir) return dir;
  }
  return void 0;
}

// src/codemie/profile.ts
var CHART_MARKERS = ["dsPool", "proxyPool", "argoRollout", "ingressSwagger", "ingressWebHooks"];
var CODEMIE_ENV = /* @__PURE__ */ new Set(["LLM_PROXY_ENABLED", "LLM_PROXY_MODE", "LITE_LLM_URL", "LITE_LLM_APP_KEY", "LITE_LLM_MASTER_KEY"]);
function detectCodemie(setting, values, manifests, envLists, budgetsConfigs) {
  const version = valuesVersion(values) ?? manifestVersion(manifests);
  const active = setting === "on" || setting === "auto" && (budgetsConfigs.length > 0 || looksLikeChart(values?.root) || envLists.some((list) => list.entries.some((entry) => CODEMIE_ENV.has(entry.name))) || (manifests?.objects.some((object) => object.images.some((image) => /codemie/i.test(image))) ?? false));
  return { active, version, budgetsConfigs };
}
function looksLikeChart(root) {
  if (root?.kind !== "map") return false;
  const maps = [root, ...[...root.entries.values()].filter((child) => child.kind === "map")];
  return maps.some((map) => map.kind === "map" && (map.entries.has("extraEnv") || map.entries.has("customEnv")) && CHART_MARKERS.some((key) => map.entries.has(key)));
}
function parseVersion(text2, at) {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text2.trim());
  if (!match) return void 0;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0), text: text2.trim(), at };
}
function valuesVersion(values) {
  const root = values?.root;
  if (!root) return void 0;
  const candidates = [root, ...[...root.entries.entries()].filter(([key]) => /codemie/i.test(key)).map(([, child]) => child)];
  for (const map of candidates) {
    const image = map.kind === "map" ? map.entries.get("image") : void 0;
    const tag = image?.kind === "map" ? image.entries.get("tag") : void 0;
    if (tag?.kind === "scalar" && tag.value !== null && String(tag.value) !== "") {
      const version = parseVersion(String(tag.value), tag.origin);
      if (version) return version;
    }
  }
  return void 0;
}
function manifestVersion(manifests) {
  for (const object of manifests?.objects ?? []) {
    for (const image of object.images) {
      const match = /codemie[^:/]*:([^@]+)$/i.exec(image);
      const version = match ? parseVersion(match[1], null) : void 0;
      if (version) return version;
    }
  }
  return void 0;
}
function atLeast(version, major, minor) {
  return version.major > major || version.major === major && version.minor >= minor;
}

// rules/codemie-ignored-env.ts
var BUDGETS_FILE = "the platform entry of budgets-config.yaml";
var RETIRED = {
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
};
var codemie_ignored_env_default = defineRule({
  meta: {
    id: "codemie-ignored-env",
    name: "CodemieIgnoredEnv",
    input: "any",
    defaultSeverity: "note",
    description: "A CodeMie env variable that the CodeMie version in use does not read",
    details: "CodeMie's settings ignore unknown variables silently. Since 2.23 the end-user budget comes from budgets-config.yaml, so LITELLM_BUDGET_ID, DEFAULT_BUDGET_ID and the DEFAULT_*_BUDGET_* family change nothing, and the budget SYNC/BACKFILL switches were replaced by LLM_PROXY_BUDGET_RECONCILIATION_ENABLED. The version is read from image.tag (values) or the container image (manifests); when it is unknown the finding says the variable may be ignored.",
    remediation: "Move the setting to its replacement named in the message and delete the variable.",
    example: "# CodeMie 2.42: the budget id comes from budgets-config.yaml\npredefined_budgets:\n  - {budget_id: prod-budget, name: Production, max_budget: 120, budget_category: platform}",
    tags: ["correctness", "codemie"],
    messages: {
      ignored: "{{name}} is not read by CodeMie {{version}} (ignored since {{since}}); use {{instead}}",
      neverRead: "{{name}} is not read by any public CodeMie version: {{instead}}",
      maybeIgnored: "{{name}} may be ignored: CodeMie {{since}} and later do not read it (image.tag names no version); use {{instead}}"
    }
  },
  appliesTo: (model) => model.codemie.active,
  check({ model, report }) {
    const version = model.codemie.version;
    for (const list of model.facts.envLists) {
      for (const entry of list.entries) {
        const retired = RETIRED[entry.name];
        if (!retired) continue;
        const at = { ...entry.at, part: "value" };
        if (retired.since === null) {
          report({ messageId: "neverRead", data: { name: entry.name, instead: retired.instead }, at });
          continue;
        }
        const since = `${retired.since[0]}.${retired.since[1]}`;
        if (!version) report({ messageId: "maybeIgnored", data: { name: entry.name, since, instead: retired.instead }, at });
        else if (atLeast(version, ...retired.since)) report({ messageId: "ignored", data: { name: entry.name, version: version.text, since, instead: retired.instead }, at });
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
var env_duplicate_default = defineRule({
  meta: {
    id: "env-duplicate",
    name: "EnvDuplicate",
    input: "any",
    defaultSeverity: "warning",
    description: "An environment variable is defined twice in one env list",
    details: `Kubernetes keeps the last definition of a name in a container's env list, and CodeMie's chart merges its env lists by name with the same rule. The earlier entry has no effect, yet it reads like configuration: the production CodeMie values set TRIGGER_ENGINE_ENABLED to "false" and, eighteen lines later, to "true".`,
    remediation: "Delete the entry that loses, or move the intended value into a single entry.",
    example: '# wrong\nextraEnv:\n  - {name: TRIGGER_ENGINE_ENABLED, value: "false"}\n  - {name: TRIGGER_ENGINE_ENABLED, value: "true"}\n# right\nextraEnv:\n  - {name: TRIGGER_ENGINE_ENABLED, value: "true"}',
    tags: ["correctness", "kubernetes"],
    messages: {
      duplicate: "{{name}} is defined again at line {{winnerLine}}; that later entry wins{{change}}"
    }
  },
  check({ model, report }) {
    for (const list of model.facts.envLists) {
      const entries = list.entries;
      const last = /* @__PURE__ */ new Map();
      entries.forEach((entry, index) => last.set(entry.name, index));
      entries.forEach((entry, index) => {
        const winnerIndex = last.get(entry.name);
        if (winnerIndex === index) return;
        const winner = entries[winnerIndex];
        const winnerLine = winner.at.source.locate(winner.at.path, "value").start.line;
        const change = describeChange(entry.name, entry.value, winner.value);
        report({ messageId: "duplicate", data: { name: entry.name, winnerLine, change }, at: { ...entry.at, part: "value" }, related: [winner.at] });
      });
    }
  }
});
function describeChange(name, loser, winner) {
  const before = quotable(name, loser);
  const after = quotable(name, winner);
  return before !== void 0 && after !== void 0 && before !== after ? ` ("${after}" replaces "${before}")` : "";
}

// rules/env-value-type.ts
var env_value_type_default = defineRule({
  meta: {
    id: "env-value-type",
    name: "EnvValueType",
    input: "any",
    defaultSeverity: "error",
    description: "An env entry's value is not a string",
    details: "Kubernetes' EnvVar.value is a string. An unquoted `true`, `4000` or `yes` (a boolean in Helm's YAML 1.1 reader) is rendered as a number or boolean, and the API server rejects the whole workload, so the release fails to install or upgrade.",
    remediation: "Quote the value so that YAML reads it as a string.",
    example: '# wrong\nextraEnv:\n  - {name: LLM_PROXY_ENABLED, value: true}\n# right\nextraEnv:\n  - {name: LLM_PROXY_ENABLED, value: "true"}',
    tags: ["correctness", "kubernetes"],
    messages: {
      notString: "value of {{name}} is {{type}}, not a string; Kubernetes rejects the workload"
    }
  },
  check({ model, report }) {
    for (const list of model.facts.envLists) {
      if (list.style !== "list") continue;
      for (const entry of list.entries) {
        const { value } = entry;
        if (value === void 0 || value === null || typeof value === "string") continue;
        const type = describe2(value, mayBeSecretName(entry.name));
        report({ messageId: "notString", data: { name: entry.name, type }, at: entry.valueAt });
      }
    }
  }
});
function describe2(value, secret) {
  if (typeof value === "boolean") return secret ? "a boolean" : `the boolean ${value}`;
  if (typeof value === "number" || typeof value === "bigint") return secret ? "a number" : `the number ${value}`;
  if (value instanceof Date) return "a date (YAML 1.1 reads an unquoted date as a timestamp)";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a map" : `a ${typeof value}`;
}

// src/chart/helm-errors.ts
var VALUES_PARSE = /^failed to parse (.+?): (?:error converting YAML to JSON: )?(?:yaml: )?line (\d+): (.+)$/;
var SCHEMA_HEAD = /^values don't meet the specifications of the schema\(s\) in the following chart\(s\):/;
var TEMPLATE_EXEC = /^template: ([^:\s]+):(\d+):(\d+): (.+)$/;
var EXECUTION_ERROR = /^execution error at \(([^:\s]+):(\d+):(\d+)\): (.+)$/;
var PARSE_ERROR = /^parse error at \(([^:\s]+):(\d+)\): (.+)$/;
var YAML_PARSE = /^YAML parse error on ([^:\s]+): (?:error converting YAML to JSON: )?(?:yaml: )?(?:line (\d+): )?(.+)$/;
var VALUES_REF = /<\$?\.Values((?:\.[\w-]+)+)>/;
function parseHelmError(stderr) {
  const lines = stderr.split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line.trim() !== "" && !/^(WARNING|walk\.go|Use --debug)/.test(line.trim()));
  const problems = [];
  let schemaChart;
  let inSchema = false;
  for (const raw of lines) {
    const line = raw.replace(/^Error: /, "").trim();
    if (SCHEMA_HEAD.test(line)) {
      inSchema = true;
      continue;
    }
    if (inSchema) {
      const item = /^- (.+)$/.exec(line);
      if (item) {
        problems.push({ kind: "schema", chart: schemaChart ?? "", ...schemaItem(item[1]) });
        continue;
      }
      const chart = /^([\w.-]+):$/.exec(line);
      if (chart) {
        schemaChart = chart[1];
        continue;
      }
      inSchema = false;
    }
    let match = VALUES_PARSE.exec(line);
    if (match) {
      problems.push({ kind: "values-parse", file: match[1], line: Number(match[2]), detail: match[3] });
      continue;
    }
    match = TEMPLATE_EXEC.exec(line);
    if (match) {
      const detail = match[4];
      const ref = VALUES_REF.exec(detail);
      const problem = { kind: "template", template: match[1], line: Number(match[2]), column: Number(match[3]), detail: shortDetail(detail) };
      if (ref) problem.valuesPath = ref[1].slice(1).split(".");
      problems.push(problem);
      continue;
    }
    match = EXECUTION_ERROR.exec(line);
    if (match) {
      problems.push({ kind: "template", template: match[1], line: Number(match[2]), column: Number(match[3]), detail: match[4] });
      continue;
    }
    match = PARSE_ERROR.exec(line);
    if (match) {
      problems.push({ kind: "template", template: match[1], line: Number(match[2]), column: 1, detail: match[3] });
      continue;
    }
    match = YAML_PARSE.exec(line);
    if (match) {
      problems.push({ kind: "template", template: match[1], line: 1, column: 1, detail: `the rendered YAML is invalid${match[2] ? ` at line ${match[2]} of the output` : ""}: ${match[3]}` });
      continue;
    }
    problems.push({ kind: "other", detail: line });
  }
  const known = problems.filter((problem) => problem.kind !== "other");
  if (known.length > 0) return known;
  return problems.slice(0, 1);
}
function shortDetail(detail) {
  const at = /^executing "[^"]*" at <[^>]*>: (.+)$/.exec(detail);
  return at ? at[1] : detail;
}
function schemaItem(text2) {
  const pointer = /^at '([^']*)': (.+)$/.exec(text2);
  if (pointer) {
    const path = pointer[1].split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
    return { path: path.map(numeric), detail: pointer[2] };
  }
  const dotted = /^([^:]+): (.+)$/.exec(text2);
  if (!dotted) return { path: [], detail: text2 };
  const field = dotted[1].trim();
  return { path: field === "(root)" ? [] : field.split(".").map(numeric), detail: dotted[2] };
}
function numeric(segment) {
  return /^\d+$/.test(segment) ? Number(segment) : segment;
}

// src/inputs/values.ts
var import_yaml5 = __toESM(require_dist(), 1);
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
    this.documents = (0, import_yaml5.parseAllDocuments)(input.text, {
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
    return this.lineCounter.lineText(line);
  }
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
    const [from, to] = part === "value" ? [best.valueStart, best.valueEnd] : [best.start, best.end];
    return { start: { line, column: from + 1 }, end: { line, column: to + 1 }, path };
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
function loadValues(files, sets, limits) {
  const problems = [];
  const sources = files.map((input) => new YamlFileSource(input));
  const trees = sources.map((source) => readLayer(source, problems, limits));
  const setSources = sets.map((input) => new SetSource(input, parseSetArgument(input.arg, input.flag, input.index)));
  return { ...coalesceValues(sources, trees, setSources), problems };
}
function coalesceValues(files, trees, sets) {
  let root = emptyMap2({ source: files[0] ?? nullSource, path: [] });
  for (const tree of trees) if (tree) root = mergeMaps(root, tree);
  if (sets.length > 0) root = dropSetNulls(applySetLayers(root, sets.map((source) => ({ source, assignments: source.assignments }))), sets);
  return { files, trees, sets, root };
}
function dropSetNulls(root, sets) {
  for (const source of sets) {
    for (const { path, value } of source.assignments) {
      if (value !== null) continue;
      let parent = root;
      for (const segment of path.slice(0, -1)) parent = childAt(parent, segment);
      const key = path.at(-1);
      const node = parent?.kind === "map" && typeof key === "string" ? parent.entries.get(key) : void 0;
      if (parent?.kind === "map" && node?.kind === "scalar" && node.value === null && node.origin.source === source) parent.entries.delete(key);
    }
  }
  return root;
}
function readLayer(source, problems, limits) {
  const [doc, ...rest] = source.documents;
  if (!doc) return null;
  const errors = doc.errors;
  if (errors.length > 0) {
    for (const error of errors) {
      problems.push({ kind: "syntax", message: error.message.split("\n")[0] ?? "invalid YAML", at: { source, path: [], offsets: [error.pos[0], error.pos[1]] } });
    }
    return null;
  }
  for (const extra of rest) {
    if (extra.contents === null || (0, import_yaml5.isScalar)(extra.contents) && extra.contents.value === null) continue;
    const start = extra.range?.[0] ?? 0;
    problems.push({
      kind: "syntax",
      message: "a values file holds one YAML document; Helm reads only the first and ignores this one",
      at: { source, path: [], offsets: [start, start] }
    });
    break;
  }
  const tree = buildTree(doc, source, problems, limits);
  if (tree === null || tree.kind === "scalar" && tree.value === null) return null;
  if (tree.kind !== "map") {
    problems.push({ kind: "syntax", message: `a values file must be a map of keys, not a ${tree.kind === "seq" ? "list" : "scalar"}`, at: { source, path: [] } });
    return null;
  }
  return tree;
}
function emptyMap2(origin) {
  return { kind: "map", entries: /* @__PURE__ */ new Map(), origin };
}
function isNull(node) {
  return node.kind === "scalar" && node.value === null;
}
function mergeMaps(base, over) {
  const entries = new Map(base.entries);
  for (const [key, value] of over.entries) {
    if (isNull(value)) {
      entries.delete(key);
      continue;
    }
    const previous = entries.get(key);
    entries.set(key, previous?.kind === "map" && value.kind === "map" ? mergeMaps(previous, value) : value);
  }
  return { kind: "map", entries, origin: base.entries.size > 0 ? base.origin : over.origin };
}
var nullSource = {
  kind: "values",
  file: "<none>",
  locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, path: [] }),
  lineText: () => void 0
};

// src/chart/model.ts
function buildChartModel(input, values, limits) {
  const defaults = input.values ? new YamlFileSource(input.values) : null;
  const problems = [];
  const defaultsTree = defaults ? readLayer(defaults, problems, limits) : null;
  const userFiles = values?.files ?? [];
  const userTrees = values?.trees ?? [];
  const coalesced = {
    ...coalesceValues(defaults ? [defaults, ...userFiles] : userFiles, defaults ? [defaultsTree, ...userTrees] : userTrees, values?.sets ?? []),
    problems
  };
  const userLayers = [
    ...userFiles.map((source, index) => ({ source, tree: userTrees[index] ?? null, paths: [] })),
    ...[...coalesced.sets].sort((a, b) => Number(a.input.flag === "--set-string") - Number(b.input.flag === "--set-string")).map((source) => ({ source, tree: null, paths: source.assignments.filter((a) => !a.path.includes("")).map((a) => a.path) }))
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
    } else if (layer.paths.some((written) => startsWith(written, path))) {
      return { source: layer.source, path };
    }
  }
  const doc = chart.defaults?.document;
  if (chart.defaults && doc && walk(doc, path).path.length === path.length) return { source: chart.defaults, path };
  return void 0;
}
function startsWith(path, prefix) {
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
  const load = async (module) => {
    const loaded = await module;
    const candidate = loaded.default;
    return candidate.default ?? candidate;
  };
  if (dialect.includes("2020-12")) return load(import("./2020-IZ7TVKWG.js"));
  if (dialect.includes("2019-09")) return load(import("./2019-XOCJIBBT.js"));
  return load(import("./ajv-XXTIXXYZ.js"));
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
  let validate = compiled.get(source.text);
  if (!validate) {
    const { $schema, ...rest } = schema;
    try {
      const Ajv = await ajvClass(typeof $schema === "string" ? $schema : "");
      validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false, validateSchema: false }).compile(rest);
    } catch (error) {
      validate = error;
    }
    compiled.set(source.text, validate);
  }
  if (validate instanceof Error) return { ok: false, reason: `Ajv cannot compile it: ${validate.message.split("\n")[0]}` };
  const root = chart.coalesced.root;
  const data = toJS(root) ?? {};
  if (validate(data)) return { ok: true, errors: [] };
  const errors = [];
  for (const error of validate.errors ?? []) errors.push(toSchemaError(chart, root, error));
  return { ok: true, errors };
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
  return { kind: "invalid", path, problem, at: node ? node.origin : parentKeyRef(chart, path), ...base };
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

// rules/helm-template.ts
var helm_template_default = defineRule({
  meta: {
    id: "helm-template",
    name: "HelmTemplate",
    input: "any",
    defaultSeverity: "error",
    description: "helm template fails for the chart with these values",
    details: "With --chart, the chart is rendered by `helm template` with the same values files and --set flags, and the rendered manifests are linted with the values. When helm fails, nothing can be deployed: this rule reports helm's error at the values file and line when helm names one (a values file it cannot parse, a schema error's path, a `.Values` key a template trips over), otherwise at the template position helm names. The values are still linted; the manifests are missing from this run.",
    remediation: "Fix the value or the template at the reported position so that helm template succeeds.",
    example: '# wrong: the template reads .Values.image.tag, but image is not a map\nimage: nginx:1.27\n# right\nimage:\n  repository: nginx\n  tag: "1.27"',
    tags: ["correctness", "helm"],
    messages: {
      valuesParse: "helm cannot parse this values file: {{detail}}",
      schema: "{{path}} fails the schema of chart {{chart}}: {{detail}}",
      template: "helm template fails in {{template}}:{{line}}: {{detail}}",
      failed: "helm template fails: {{detail}}"
    }
  },
  check({ model, report }) {
    const chart = model.chart;
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
        const values = problem.valuesPath ? valuesRef(chart, problem.valuesPath) : void 0;
        const data = { template: problem.template, line: problem.line, detail: problem.detail };
        if (values) report({ messageId: "template", data, at: values, related: template ? [template] : [] });
        else report({ messageId: "template", data, at: template ?? fallback(chart) });
      } else {
        report({ messageId: "failed", data: { detail: problem.detail }, at: fallback(chart) });
      }
    }
  }
});
function sameFile(ours, helms) {
  const clean = (name) => name.replace(/\\/g, "/").replace(/^\.\//, "");
  return clean(ours) === clean(helms) || clean(helms).endsWith(`/${clean(ours)}`);
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
function fallback(chart) {
  const source = chart.userLayers.at(-1)?.source ?? chart.defaults ?? new TextFileSource({ name: chart.input.name, text: "" });
  return { source, path: [], part: "key" };
}

// src/live/suggest.ts
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
var litellm_budget_exists_default = defineLiveRule({
  meta: {
    id: "litellm-budget-exists",
    name: "LitellmBudgetExists",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The budget id does not exist in the LiteLLM proxy",
    details: "The platform hands every end user the LiteLLM budget named by the budget-id variable (or the built-in default `default`). LiteLLM answers a lookup of an unknown budget id with an empty list, not an error, so a typo or a budget that was never created goes unnoticed until users are billed without a cap. This check asks the proxy for every effective budget id in one `POST /budget/info` call (admin only: it needs LITELLM_MASTER_KEY) and, when one is missing, lists the budgets that exist and suggests the closest.",
    remediation: "Create the budget in LiteLLM (POST /budget/new) or set the budget-id variable to a budget that exists; a budget not named default must be named in the variable.",
    example: "# LiteLLM has budgets: default, prod-budget\n# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budgte}\n# right\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}",
    tags: ["correctness", "litellm", "budget", "live"],
    messages: {
      missing: 'budget "{{id}}" does not exist in LiteLLM{{places}}{{hint}}',
      missingDefault: 'no {{envName}} is set, so the built-in default budget id "{{id}}" applies, and LiteLLM has no budget "{{id}}"{{hint}}; a budget not named "{{id}}" must be named in {{envName}}',
      noDatabase: 'budget "{{id}}" cannot exist: the LiteLLM proxy has no database (readiness reports db "Not connected"), and a proxy without a database cannot have budgets'
    }
  },
  async check({ live, report }) {
    const outcome = await live.budgets();
    if (outcome.status === "none") return;
    if (outcome.status === "inconclusive") {
      live.inconclusive("litellm-budget-exists", outcome.kind, outcome.reason);
      return;
    }
    if (outcome.status === "no-database") {
      for (const target of outcome.targets) report({ messageId: "noDatabase", data: { id: target.shown }, at: target.at, related: target.related });
      return;
    }
    if (outcome.missing.length === 0) return;
    const existing = await live.existingBudgetIds();
    for (const target of outcome.missing) {
      const data = { id: target.shown, envName: target.envName, places: places(target), hint: hint(target, existing) };
      report({ messageId: target.isDefault ? "missingDefault" : "missing", data, at: target.at, related: target.related });
    }
  }
});
function places(target) {
  return target.places > 1 ? ` (set in ${target.places} places)` : "";
}
function hint(target, existing) {
  if (existing === null) return "";
  if (existing.length === 0) return "; the proxy has no budgets at all";
  const suggestion2 = target.sensitive ? void 0 : closest(target.id, existing);
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
    description: "The end-user budget has no hard cap, a soft budget above its cap, or never resets",
    details: "A LiteLLM budget limits end users only through `max_budget`; `soft_budget` merely triggers an alert, so a budget without `max_budget` caps nobody. A `soft_budget` above `max_budget` never alerts before the hard cap stops users. Without `budget_duration` spend never resets, so users who reach the cap stay blocked (reported as a note). The limits are read from the same `POST /budget/info` answer as litellm-budget-exists: no extra request.",
    remediation: "Give the budget a max_budget, a soft_budget below it and a budget_duration (POST /budget/update).",
    example: '# LiteLLM budget row, wrong\n{"budget_id": "prod-budget", "max_budget": null, "soft_budget": 200}\n# right\n{"budget_id": "prod-budget", "max_budget": 300, "soft_budget": 200, "budget_duration": "30d"}',
    tags: ["correctness", "litellm", "budget", "live"],
    messages: {
      noMaxBudget: 'budget "{{id}}" has no max_budget, so it caps no end user ({{limits}})',
      softAboveMax: 'budget "{{id}}" has soft_budget {{soft}} above max_budget {{max}}, so the soft-budget alert cannot fire before the hard cap ({{limits}})',
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
      const at = target.at;
      const related = target.related;
      if (limits.maxBudget === null) {
        report({ messageId: "noMaxBudget", data: base, at, related });
        continue;
      }
      const max = formatAmount(limits.maxBudget);
      if (limits.softBudget !== null && limits.softBudget > limits.maxBudget) {
        report({ messageId: "softAboveMax", data: { ...base, soft: formatAmount(limits.softBudget), max }, at, related });
      }
      if (limits.duration === null) report({ messageId: "noDuration", data: { ...base, max }, at, related, severity: "note" });
    }
  }
});

// rules/litellm-key-unlimited.ts
var litellm_key_unlimited_default = defineLiveRule({
  meta: {
    id: "litellm-key-unlimited",
    name: "LitellmKeyUnlimited",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The platform's integration key has a budget cap, or cannot be used",
    details: "All LLM traffic of the platform runs on one integration key (CodeMie: alias codemie-back, a key of team codemie), so its effective budget must be unlimited: per-user limits come from the end-user budgets (LITELLM_BUDGET_ID and budgets-config), not from this key. A max_budget at any level that applies to the key \u2014 the key itself (0 included), its linked budget row, per-model or windowed budgets, its team, its team membership, its user (keys without a team) or its organization \u2014 cuts off the whole platform when it is spent: every LLM call of every user fails until the period resets. A key that silently inherits a team cap breaks production. A soft budget alone is not a cap (it only alerts) and is fine, and so are rate limits, which are shown as notices. On a team key a user budget applies only in some LiteLLM configurations, so it is a warning. A blocked or expired key is an error too, since every call with it fails. The check follows the key's links with the fewest requests (team, user and organization lookups only when linked, in parallel) and never passes a key when a lookup that could have found a cap failed.",
    remediation: 'Remove the max_budget at the level that caps the integration key (POST /team/update or /key/update with "max_budget": null, or drop the linked budget row), and unblock or renew the key when it is blocked or expired.',
    example: `# LiteLLM: remove the cap that the integration key inherits from its team
curl -X POST $LITELLM_URL/team/update -H "Authorization: Bearer $LITELLM_MASTER_KEY" \\
  -H 'Content-Type: application/json' -d '{"team_id": "codemie", "max_budget": null}'
# per-user limits belong in the end-user budget (LITELLM_BUDGET_ID), not on this key`,
    tags: ["security", "cost", "litellm", "live"],
    securitySeverity: "6.5",
    messages: {
      limited: "integration key {{key}} is capped by {{caps}}; when {{which}} is spent, every LLM call of the platform fails",
      userCapOnTeamKey: "integration key {{key}} may be capped by {{level}}: {{amount}}; LiteLLM applies a user budget to a team key only in some configurations, and when it applies and is spent every LLM call of the platform fails",
      blocked: "integration key {{key}} is blocked{{by}}, so every LLM call with it fails",
      expired: "integration key {{key}} expired ({{when}}), so every LLM call with it fails",
      notFound: "the integration key {{key}} does not exist in LiteLLM",
      aliasNotFound: "no LiteLLM key has the alias {{key}}",
      aliasAmbiguous: "{{count}} LiteLLM keys have the alias {{key}}; give LITELLM_API_KEY or a unique --key-alias"
    }
  },
  async check({ live, report }) {
    const outcome = await live.integrationKey();
    const at = live.anchor;
    switch (outcome.status) {
      case "unverified":
        live.inconclusive("litellm-key-unlimited", outcome.kind, outcome.reason);
        return;
      case "inconclusive":
        live.inconclusive("litellm-key-unlimited", "incomplete", `integration key ${outcome.key}: ${outcome.reason}`);
        return;
      case "limited":
        report({ messageId: "limited", data: { key: outcome.key, caps: describeCaps(outcome.caps), which: outcome.caps.length === 1 ? "that" : "any of these" }, at });
        if (outcome.gates.length > 0) live.notice(`integration key ${outcome.key} rate limits (not budgets): ${outcome.gates.join(", ")}`);
        for (const note of outcome.notes) live.notice(`integration key ${outcome.key}: ${note}`);
        return;
      case "unlimited":
        if (outcome.gates.length > 0) live.notice(`integration key ${outcome.key} rate limits (not budgets): ${outcome.gates.join(", ")}`);
        for (const note of outcome.notes) live.notice(`integration key ${outcome.key}: ${note}`);
        if (outcome.userCap) report({ messageId: "userCapOnTeamKey", data: { key: outcome.key, level: outcome.userCap.level, amount: outcome.userCap.amount }, at, severity: "warning" });
        return;
      case "blocked":
        report({ messageId: "blocked", data: { key: outcome.key, by: outcome.by ? ` by ${outcome.by}` : "" }, at });
        return;
      case "expired":
        report({ messageId: "expired", data: { key: outcome.key, when: outcome.when }, at });
        return;
      case "not-found":
        report({ messageId: outcome.how === "alias" ? "aliasNotFound" : "notFound", data: { key: outcome.key }, at });
        return;
      case "ambiguous":
        report({ messageId: "aliasAmbiguous", data: { key: outcome.key, count: outcome.count }, at });
        return;
    }
  }
});

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
      report({ messageId: first.kind === "credential" ? "missingCredential" : "incomplete", data: { checks, reason: first.reason }, at: live.anchor });
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
    details: "A LiteLLM master key or integration key in a values file or manifest is readable by everyone with access to the repository, its history, CI logs and the rendered release. The master key is an admin credential for the proxy: it can create keys and change budgets. The value is never shown in this tool's output.",
    remediation: "Store the key in a Kubernetes Secret and reference it with valueFrom.secretKeyRef (or masterkeySecretName in the LiteLLM chart), then rotate the exposed key.",
    example: "# wrong\nextraEnv:\n  - {name: LITE_LLM_MASTER_KEY, value: sk-...}\n# right\nextraEnv:\n  - name: LITE_LLM_MASTER_KEY\n    valueFrom:\n      secretKeyRef: {name: litellm-integration, key: litellm-master-key}",
    tags: ["security", "secrets", "litellm"],
    securitySeverity: "8.0",
    messages: {
      env: "{{name}} is set to a literal value; reference a Secret instead (the value is not shown)",
      chartMasterkey: "the LiteLLM chart's {{key}} is a literal master key; use masterkeySecretName instead (the value is not shown)",
      proxyConfig: "proxy_config.general_settings.master_key is a literal; use os.environ/PROXY_MASTER_KEY (the value is not shown)"
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
    for (const list of model.facts.envLists) {
      for (const entry of list.entries) {
        if (!names.has(entry.name) || !isLiteral(entry.value)) continue;
        report({ messageId: "env", data: { name: entry.name }, at: { ...entry.valueAt, sensitive: true } });
      }
    }
    const root = model.values?.root;
    if (!root) return;
    forEachLiteLLMChart(root, (chart) => {
      const masterkey = chart.entries.get("masterkey");
      if (masterkey?.kind === "scalar" && isLiteral(masterkey.value)) {
        report({ messageId: "chartMasterkey", data: { key: [...masterkey.origin.path].join(".") }, at: sensitive(masterkey.origin) });
      }
      const proxyConfig = chart.entries.get("proxy_config");
      const general = proxyConfig?.kind === "map" ? proxyConfig.entries.get("general_settings") : void 0;
      const masterKey = general?.kind === "map" ? general.entries.get("master_key") : void 0;
      if (masterKey?.kind === "scalar" && isLiteral(masterKey.value) && !String(masterKey.value).startsWith("os.environ/")) {
        report({ messageId: "proxyConfig", at: sensitive(masterKey.origin) });
      }
    });
  }
});
function isLiteral(value) {
  if (value === void 0 || value === null) return false;
  const text2 = String(value).trim();
  return text2 !== "" && !/^(\$\([^)]*\))+$/.test(text2);
}
function sensitive(ref) {
  return { ...ref, sensitive: true };
}
function forEachLiteLLMChart(root, visit) {
  const walk2 = (node, depth) => {
    if (node.kind !== "map" || depth > 3) return;
    if (node.entries.has("masterkey") || node.entries.has("proxy_config")) visit(node);
    for (const child of node.entries.values()) walk2(child, depth + 1);
  };
  walk2(root, 0);
}

// rules/suppression-directive.ts
var suppression_directive_default = defineRule({
  meta: {
    id: "suppression-directive",
    name: "SuppressionDirective",
    input: "values",
    defaultSeverity: "warning",
    description: "An inline suppression comment is malformed or suppresses nothing",
    details: "`# litellm-preflight-disable-next-line <rule-id> -- reason` silences one finding on the next line, and `# litellm-preflight-disable-line` one on its own line. A directive needs a reason so that reviewers know why; one that names an unknown rule or no longer matches a finding hides nothing and should go.",
    remediation: "Name existing rule ids, give a reason after ` -- `, and delete directives that no longer match a finding.",
    example: '# litellm-preflight-disable-next-line env-duplicate -- kept until the 2.43 chart lands\n  - {name: TRIGGER_ENGINE_ENABLED, value: "true"}',
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
    details: "Helm validates the chart's values.schema.json against the coalesced values (the chart's values.yaml, then every -f file, then --set) and refuses to install or upgrade when they do not match, but it names only a JSON path. This rule runs the same check with Ajv when a chart is given (--chart DIR, or --values-schema) and points every error at the file, line and column of the layer that supplied the offending value, or at the parent key for a missing required key. Formats (`format: email` and the like) are not asserted.",
    remediation: "Change the value at the reported position so that it matches the schema, or add the missing key under the reported parent.",
    example: '# values.schema.json: {"properties": {"replicaCount": {"type": "integer"}}}\n# wrong\nreplicaCount: "2"\n# right\nreplicaCount: 2',
    tags: ["correctness", "helm", "schema"],
    messages: {
      invalid: "{{path}} {{problem}} ({{schema}})",
      required: '{{path}} is missing the required key "{{key}}" ({{schema}})',
      additional: '{{path}} has the key "{{key}}", which {{schema}} does not allow',
      schemaUnusable: "the values schema {{file}} cannot be used: {{reason}}"
    }
  },
  async check({ model, report }) {
    const chart = model.chart;
    if (!chart?.schema) return;
    const outcome = await validateChartValues(chart);
    const schema = chart.schema.file;
    if (!outcome.ok) {
      report({ messageId: "schemaUnusable", data: { file: chart.schema.file, reason: outcome.reason }, at: { source: chart.schema, path: [], ...outcome.at ? { offsets: outcome.at } : {} } });
      return;
    }
    for (const error of outcome.errors) {
      const path = error.path.length === 0 ? "the values" : formatPath(error.path);
      const related = error.schemaAt ? [error.schemaAt] : [];
      if (error.kind === "required") report({ messageId: "required", data: { path, key: error.key ?? "", schema }, at: error.at, related });
      else if (error.kind === "additional") report({ messageId: "additional", data: { path, key: error.key ?? "", schema }, at: error.at, related });
      else report({ messageId: "invalid", data: { path, problem: error.problem, schema }, at: error.at, related });
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
    for (const template of chart.templates.values()) scanTemplate(template.text, this.referenced, this.freeForm);
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
    const schema = schemaVerdict(this.schema, parent, key);
    if (schema !== "unknown") return { kind: "free" };
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
    for (const set of [this.referenced, this.commented]) {
      for (const path of set) {
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
function scanTemplate(text2, referenced, freeForm) {
  const add = (segments) => {
    for (let i = 1; i <= segments.length; i++) referenced.add(segments.slice(0, i).join("."));
  };
  for (const match of text2.matchAll(/\.Values((?:\.[A-Za-z_][\w-]*)+)/g)) add(match[1].slice(1).split("."));
  for (const match of text2.matchAll(/index\s+\$?\.Values((?:\s+"[^"]+")+)/g)) add([...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]));
  const whole = [
    /(?:toYaml|toJson|toPrettyJson|toRawJson|tpl|merge|mergeOverwrite|keys|range\s+(?:\$\w+\s*(?:,\s*\$\w+\s*)?:=\s*)?)\s*\(?\s*\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*[|)}\s]/g,
    /\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*\|\s*(?:toYaml|toJson|toPrettyJson|keys)/g
  ];
  for (const pattern of whole) for (const match of text2.matchAll(pattern)) freeForm.add(match[1].slice(1));
  for (const match of text2.matchAll(/\{\{-?\s*with\s+\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*-?\}\}/g)) {
    const body = text2.slice(match.index + match[0].length, match.index + match[0].length + 400);
    const end = body.search(/\{\{-?\s*end\b/);
    const scope = end === -1 ? body : body.slice(0, end);
    if (/(toYaml|toJson|tpl|range)\s*\(?\s*\.\s*[|)}\s]|range\s+\$\w+\s*(,\s*\$\w+\s*)?:=\s*\.\s/.test(scope)) freeForm.add(match[1].slice(1));
  }
}
function scanCommentedKeys(text2, out) {
  const stack = [];
  for (const line of text2.split(/\r?\n/)) {
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
function schemaVerdict(schema, parent, key) {
  const nodes = schemaNodesAt(schema, schema, parent);
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
function schemaProperties(schema, parent) {
  return schemaNodesAt(schema, schema, parent).flatMap((node) => isRecord(node.properties) ? Object.keys(node.properties) : []);
}
function schemaNodesAt(root, schema, path, depth = 0) {
  if (!isRecord(schema) || depth > 64) return [];
  const expanded = expand2(root, schema, depth);
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
function expand2(root, schema, depth) {
  if (depth > 64) return [];
  const out = [schema];
  if (typeof schema.$ref === "string" && schema.$ref.startsWith("#")) {
    let target = root;
    for (const raw of schema.$ref.slice(1).split("/").filter(Boolean)) target = isRecord(target) ? target[raw.replace(/~1/g, "/").replace(/~0/g, "~")] : void 0;
    if (isRecord(target)) out.push(...expand2(root, target, depth + 1));
  }
  if (Array.isArray(schema.allOf)) {
    for (const member of schema.allOf) if (isRecord(member)) out.push(...expand2(root, member, depth + 1));
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
  const normal = (text2) => text2.toLowerCase().replace(/[-_]/g, "");
  let best;
  for (const name of [...candidates].sort()) {
    if (name === key) continue;
    const distance = normal(name) === normal(key) ? 0.5 : editDistance2(key, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return {};
  const limit = key.length <= 4 ? 1 : key.length <= 10 ? 2 : 3;
  return best.distance <= limit ? { suggestion: best.name } : {};
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
        const visit = (node, path) => {
          for (const [key, child] of node.entries) {
            const verdict = catalog.classify(path, key);
            if (verdict.kind === "unknown") emit(verdict, path, key, { source, path: [...path, key], part: "key" });
            else if (verdict.kind === "descend" && child.kind === "map") visit(child, [...path, key]);
          }
        };
        visit(layer.tree, []);
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
    details: "Helm refuses a values file it cannot parse, reads only the first document of a multi-document values file, and needs a map at the top. A rendered manifest that does not parse cannot be applied. Nothing else in the file can be checked until it parses.",
    remediation: "Fix the YAML at the reported position so that the file parses as a single map.",
    example: "# wrong: the flow map is never closed\nresources: {limits: {cpu: 2}\n# right\nresources: {limits: {cpu: 2}}",
    tags: ["correctness", "yaml"],
    messages: {
      syntax: "{{message}}",
      limit: "input exceeds a safety limit: {{message}}"
    }
  },
  check({ model, report }) {
    for (const problem of model.problems) {
      if (problem.kind === "syntax") report({ messageId: "syntax", data: { message: problem.message }, at: problem.at });
      if (problem.kind === "limit") report({ messageId: "limit", data: { message: problem.message }, at: problem.at });
    }
  }
});

// rules/registry.ts
var rules = [
  budget_id_change_default,
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
  litellm_key_unlimited_default,
  litellm_unverified_default,
  plaintext_credential_default,
  suppression_directive_default,
  values_schema_default,
  values_unknown_key_default,
  yaml_syntax_default
];

// src/engine/config.ts
var SEVERITY_SETTING = { enum: ["off", "note", "warning", "error"] };
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
    $id: "https://github.com/litellm-preflight/litellm-preflight/blob/main/schemas/config.schema.json",
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
      defaultBudgetId: { description: "The budget id in effect where none is set", type: "string", minLength: 1 },
      ignore: { description: "Globs of files whose findings are dropped", type: "array", items: { type: "string", minLength: 1 } },
      limits: {
        description: "Bounds for untrusted input (docs/limits.md)",
        type: "object",
        additionalProperties: false,
        properties: {
          maxFileBytes: { description: "Largest input file or stdin, in bytes (default 134217728)", type: "integer", minimum: 1 },
          maxDepth: { description: "Deepest YAML nesting (default 500)", type: "integer", minimum: 1, maximum: 1e5 },
          maxAliases: { description: "Most YAML alias references per document (default 1000)", type: "integer", minimum: 0 }
        }
      },
      codemie: {
        description: "The CodeMie profile (CodeMie rules, DEFAULT_BUDGET_ID as a budget-id variable): auto turns it on when the inputs look like CodeMie's chart",
        enum: ["auto", "on", "off"]
      }
    }
  };
}
async function parseConfig(name, text2, rules2, base) {
  const source = new YamlFileSource({ name, text: text2 }, "config");
  const doc = source.document;
  const where = (path, part = "key", offsets) => {
    const { start } = source.locate(path, part, offsets);
    return `${name}:${start.line}:${start.column}`;
  };
  if (doc && doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new UsageError(`${where([], "key", [error.pos[0], error.pos[1]])}: invalid YAML: ${error.message.split("\n")[0]}`);
  }
  const problems = [];
  const tree = doc ? buildTree(doc, source, problems) : null;
  const duplicate = problems.find((problem) => problem.kind === "duplicate-key");
  if (duplicate) throw new UsageError(`${where(duplicate.at.path, "key", duplicate.at.offsets)}: key "${duplicate.message}" is repeated`);
  const config = toJS(tree) ?? {};
  const ajvModule = await import("./ajv-XXTIXXYZ.js");
  const Ajv = ajvModule.Ajv ?? ("Ajv" in ajvModule.default ? ajvModule.default.Ajv : ajvModule.default);
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(configSchema(rules2));
  if (!validate(config)) {
    const errors = validate.errors ?? [];
    const error = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length).find((e) => e.keyword !== "anyOf") ?? errors[0];
    const path = error.instancePath.split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
    if (error.keyword === "additionalProperty" || error.keyword === "additionalProperties") {
      const key = String(error.params.additionalProperty);
      const what = path.length === 1 && path[0] === "rules" ? `unknown rule "${key}"` : `unknown key "${key}"`;
      throw new UsageError(`${where([...path, key])}: ${what}${path.length ? ` in ${path.join(".")}` : ""}`);
    }
    throw new UsageError(`${where(path, "value")}: ${path.join(".") || "config"} ${error.message ?? "is invalid"}`);
  }
  const severities = { ...base.severities };
  const ruleOptions = { ...base.ruleOptions };
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (typeof setting === "string") severities[id] = setting;
    else if (setting && typeof setting === "object") {
      const { severity, options } = setting;
      if (severity) severities[id] = severity;
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
    ...limitsFrom(config.limits, base)
  };
}
function limitsFrom(limits, base) {
  if (!limits) return {};
  const build = { ...DEFAULT_BUILD_LIMITS, ...base.limits };
  return {
    maxFileBytes: limits.maxFileBytes ?? base.maxFileBytes,
    limits: { maxDepth: limits.maxDepth ?? build.maxDepth, maxAliases: limits.maxAliases ?? build.maxAliases }
  };
}

// src/engine/engine.ts
import { matchesGlob } from "node:path";

// src/core/snippet.ts
var MAX_SNIPPET = 240;
var SECRET_PAIR = /\b((?:[\w-]{0,64}(?:_key|-key|token|secret|password|passwd)|masterkey|master_key)["']?\s*:\s*)[^\s,}#][^,}#]*/gi;
var SECRET_NAME = /\b[A-Z0-9_]{0,64}(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|AUTH)\b/;
var ANY_VALUE = /((?:["']?value["']?\s*:\s*)|=)("[^"]*"|'[^']*'|[^\s,}]+)/g;
function snippetOf(source, location) {
  if (location.object?.kind === "Secret") return void 0;
  const text2 = source.lineText(location.start.line);
  if (text2 === void 0) return void 0;
  let line = text2;
  if (location.sensitive) {
    const from = location.start.column - 1;
    const to = location.end.line === location.start.line ? location.end.column - 1 : line.length;
    line = line.slice(0, from) + "*".repeat(Math.max(3, Math.min(to - from, 12))) + line.slice(to);
  }
  const cut = line.length > MAX_SNIPPET;
  if (cut) line = line.slice(0, MAX_SNIPPET);
  line = line.replace(KEY_TOKEN, "****").replace(SECRET_PAIR, (_, name) => `${name}****`);
  if (SECRET_NAME.test(line)) line = line.replace(ANY_VALUE, (_, lead) => `${lead}****`);
  return cut ? `${line}\u2026` : line;
}

// src/core/suppress.ts
var DIRECTIVE = /#\s*litellm-preflight-disable-(next-line|line)\b(.*)$/;
function parseDirectives(source, text2) {
  if (!text2.includes("litellm-preflight-disable")) return [];
  const directives = [];
  let lineStart = 0;
  for (let line = 1; lineStart <= text2.length; line++) {
    const newline = text2.indexOf("\n", lineStart);
    const lineEnd2 = newline === -1 ? text2.length : newline;
    const lineText = text2.slice(lineStart, lineEnd2).replace(/\r$/, "");
    const match = DIRECTIVE.exec(lineText);
    const start = lineStart;
    lineStart = lineEnd2 + 1;
    if (!match) continue;
    const [body = "", reason = ""] = (match[2] ?? "").split(/\s--\s?/, 2);
    directives.push({
      source,
      line,
      offsets: [start + match.index, start + lineText.length],
      targetLine: match[1] === "line" ? line : line + 1,
      ruleIds: body.split(/[\s,]+/).filter(Boolean),
      reason: reason.trim(),
      used: false
    });
  }
  return directives;
}
function applyDirectives(findings, directives) {
  if (directives.length === 0) return;
  for (const finding of findings) {
    for (const directive of directives) {
      if (!directive.reason || directive.source.file !== finding.location.file) continue;
      if (directive.targetLine !== finding.location.start.line || !directive.ruleIds.includes(finding.ruleId)) continue;
      finding.suppressed = { reason: directive.reason };
      directive.used = true;
    }
  }
}

// src/engine/engine.ts
var DEFAULT_MAX_FILE_BYTES = 128 * 1024 * 1024;
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
  const values = reuse ? reuse.values : request.values.length > 0 || request.sets.length > 0 ? loadValues(request.values, request.sets, options.limits) : null;
  const manifests = reuse ? reuse.manifests : request.manifests.length > 0 ? loadManifests(request.manifests, options.limits) : null;
  const environments = collectEnvironments(values, manifests, cluster?.index);
  const budgetsConfigs = findBudgetsConfigs(values, manifests);
  if (request.budgetsConfig) {
    const source = new YamlFileSource(request.budgetsConfig);
    budgetsConfigs.push(readBudgetsConfig(source, `--budgets-config ${source.file}`, { source, path: [] }));
  }
  const codemie = detectCodemie(options.codemie ?? "auto", values, manifests, environments.envLists, budgetsConfigs);
  const budgetIdEnv = codemie.active ? [.../* @__PURE__ */ new Set([...options.budgetIdEnv, LEGACY_BUDGET_ID_ENV])] : options.budgetIdEnv;
  const facts = { ...environments, budgetIds: budgetFacts(environments.scopes, { ...options, budgetIdEnv }) };
  addBudgetsConfigFacts(facts, budgetsConfigs);
  const directives = values ? values.files.flatMap((file) => parseDirectives(file, file.text)) : [];
  const problems = [...values?.problems ?? [], ...manifests?.problems ?? []];
  const chart = reuse ? reuse.chart ?? null : request.chart ? buildChartModel(request.chart, values, options.limits) : null;
  const deployed = request.deployed ? buildDeployed(request.deployed, { ...options, budgetIdEnv }, cluster?.index, reuse?.deployed?.manifests) : null;
  return { values, manifests, facts, problems, directives, knownRuleIds, codemie, chart, deployed };
}
var LEGACY_BUDGET_ID_ENV = "DEFAULT_BUDGET_ID";
async function lint(request) {
  const { rules: rules2 } = request;
  const knownRuleIds = new Set(rules2.map((rule) => rule.meta.id));
  let model = buildModel(request, knownRuleIds);
  if (request.external) model = await lookUpMissing(model, request.external, (index) => buildModel(request, knownRuleIds, { index, reuse: model }));
  const findings = [];
  const { options } = request;
  const severityOf = (rule) => options.severities[rule.meta.id] ?? rule.meta.defaultSeverity;
  const report = (rule, raw) => {
    const configured = severityOf(rule);
    if (configured === "off") return void 0;
    const severity = raw.severity !== void 0 && options.severities[rule.meta.id] === void 0 ? raw.severity : configured;
    const template = rule.meta.messages[raw.messageId];
    if (template === void 0) throw new Error(`rule ${rule.meta.id} reported unknown message id ${raw.messageId}`);
    const location = toLocation(raw.at);
    const finding = {
      ruleId: rule.meta.id,
      messageId: raw.messageId,
      message: renderMessage(template, raw.data),
      severity,
      location,
      related: (raw.related ?? []).map(toLocation)
    };
    const snippet = snippetOf(raw.at.source, location);
    if (snippet !== void 0) finding.snippet = snippet;
    findings.push(finding);
    return finding;
  };
  const enabled = rules2.filter((rule) => severityOf(rule) !== "off" && rule.appliesTo?.(model) !== false);
  for (const rule of enabled) {
    if (isLiveRule(rule)) continue;
    const ruleOptions = { ...rule.meta.defaultOptions, ...options.ruleOptions[rule.meta.id] };
    await rule.check({ model, options: ruleOptions, report: (raw) => report(rule, raw) });
  }
  const live = request.live ? await request.live(model, report, enabled.filter((rule) => isLiveRule(rule))) : { status: "skipped", requests: 0, reason: request.liveSkippedReason ?? "no LiteLLM URL given", notices: [] };
  applyDirectives(findings, model.directives);
  reportUnusedDirectives(model, rules2, report);
  const kept2 = findings.filter((finding) => !options.ignore.some((glob) => matchesGlob(finding.location.file, glob)));
  return {
    findings: sortAndDeduplicate(kept2),
    budgetIds: budgetIdReports(model),
    live,
    stats: {
      valuesFiles: model.values?.files.length ?? 0,
      manifestDocuments: model.manifests?.documents ?? 0,
      workloads: model.facts.workloads
    }
  };
}
async function lookUpMissing(model, lookup, rebuild) {
  const names = [...budgetEnvNames(model), ...model.deployed ? [LITELLM_URL_ENV] : []];
  const refs = missingRefs([model.facts, ...model.deployed ? [model.deployed.facts] : []], names);
  if (refs.length === 0) return model;
  return rebuild(await lookup(refs));
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
function compareFindings(a, b) {
  return byCodeUnits(a.location.file, b.location.file) || a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || byCodeUnits(a.ruleId, b.ruleId) || byCodeUnits(a.message, b.message);
}
function sortAndDeduplicate(findings) {
  const sorted = [...findings].sort(compareFindings);
  const seen = /* @__PURE__ */ new Set();
  return sorted.filter((finding) => {
    const { file, start, end } = finding.location;
    const key = `${finding.ruleId}\0${file}\0${start.line}:${start.column}-${end.line}:${end.column}\0${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function budgetIdReports(model) {
  const groups = Map.groupBy(model.facts.budgetIds, (fact) => JSON.stringify([fact.id, fact.source, fact.envName, fact.category, fact.variable?.sensitive === true]));
  return [...groups.values()].map((facts) => {
    const fact = facts[0];
    const label = fact.scope?.label ?? (fact.source === "budgets-config" ? "budgets-config.yaml" : "default (no budget id set)");
    const scope = facts.length > 1 ? `${label} and ${facts.length - 1} more` : label;
    const id = fact.variable?.sensitive && fact.id !== void 0 ? "(secret)" : fact.id ?? "";
    const report = { id, source: fact.source, envName: fact.envName, location: fact.at ? toLocation(fact.at) : null, scope };
    if (fact.category !== void 0) report.category = fact.category;
    return report;
  });
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
function jsonFinding(finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    location: jsonLocation(finding.location),
    related: finding.related.map(jsonLocation),
    ...finding.suppressed ? { suppressed: finding.suppressed } : {}
  };
}
function jsonBudgetId(report) {
  return {
    id: report.id,
    source: report.source,
    envName: report.envName,
    ...report.category !== void 0 ? { category: report.category } : {},
    scope: report.scope,
    location: report.location ? jsonLocation(report.location) : null
  };
}
function formatJson(result, tool) {
  const { status, requests, reason, litellmVersion, notices } = result.live;
  const report = {
    schemaVersion: 1,
    tool,
    budgetIds: result.budgetIds.map(jsonBudgetId),
    findings: result.findings.map(jsonFinding),
    live: { status, requests, ...reason ? { reason } : {}, ...litellmVersion ? { litellmVersion } : {}, ...notices.length ? { notices } : {} },
    stats: result.stats
  };
  return `${JSON.stringify(report, null, 2)}
`;
}

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
  return {
    url: parseLiteLLMUrl(url, from).href,
    masterKey: env.LITELLM_MASTER_KEY || void 0,
    apiKey: env.LITELLM_API_KEY || void 0,
    ...budgetIdEnv ? { budgetIdEnv } : {},
    proxyEnv: { HTTP_PROXY, http_proxy, HTTPS_PROXY, https_proxy, NO_PROXY, no_proxy },
    ...Object.fromEntries(Object.entries(more).filter(([, value]) => value !== void 0))
  };
}

// src/io/files.ts
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { appendFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
var decoder = new TextDecoder("utf-8", { fatal: true });
var LIMIT_HINT = "limits.maxFileBytes in the config";
function decodeText(bytes, what) {
  if (bytes.includes(0)) throw new UsageError(`${what} is binary (it contains NUL bytes)`);
  let text2;
  try {
    text2 = decoder.decode(bytes);
  } catch {
    throw new UsageError(`${what} is not UTF-8 text`);
  }
  return text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
}
function readInputText(path, what, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  let bytes;
  try {
    const stats = statSync(path);
    if (stats.size > maxBytes) throw new UsageError(`${what} has ${stats.size} bytes, more than the limit of ${maxBytes} (${LIMIT_HINT})`);
    bytes = stats.isFile() || stats.isDirectory() ? readFileSync(path) : readBounded(path, what, maxBytes);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = error.code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : code ?? "unreadable";
    throw new UsageError(`cannot read ${what}: ${reason}`);
  }
  return decodeText(bytes, what);
}
function readBounded(path, what, maxBytes) {
  const fd = openSync(path, "r");
  try {
    const chunks = [];
    let size = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return Buffer.concat(chunks);
      size += read;
      if (size > maxBytes) throw new UsageError(`${what} has more than ${maxBytes} bytes (${LIMIT_HINT})`);
      chunks.push(chunk.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
}
async function readStdinText(stdin, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  const streaming = new TextDecoder("utf-8", { fatal: true });
  const parts = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes) throw new UsageError(`stdin has more than ${maxBytes} bytes (${LIMIT_HINT})`);
    if (buffer.includes(0)) throw new UsageError("stdin is binary (it contains NUL bytes)");
    parts.push(decodePart(streaming, buffer, true));
  }
  parts.push(decodePart(streaming, void 0, false));
  const text2 = parts.join("");
  return text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
}
function decodePart(decoder2, bytes, more) {
  try {
    return decoder2.decode(bytes, { stream: more });
  } catch {
    throw new UsageError("stdin is not UTF-8 text");
  }
}
function readHead(stream, bytes) {
  return new Promise((resolve2, reject) => {
    const chunks = [];
    let size = 0;
    const finish = (ended) => {
      stream.pause();
      stream.off("data", onData).off("end", onEnd).off("error", onError);
      resolve2({ head: Buffer.concat(chunks), ended });
    };
    const onData = (chunk) => {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      chunks.push(buffer);
      size += buffer.length;
      if (size >= bytes) finish(false);
    };
    const onEnd = () => finish(true);
    const onError = (error) => {
      stream.off("data", onData).off("end", onEnd).off("error", onError);
      reject(error);
    };
    stream.on("data", onData).on("end", onEnd).on("error", onError);
  });
}
function headText({ head, ended }, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  if (!ended || head.length > maxBytes) throw new UsageError(`stdin has more than ${maxBytes} bytes (${LIMIT_HINT})`);
  return decodeText(head, "stdin");
}
function inputBytes(cwd, paths) {
  let bytes = 0;
  for (const path of paths) {
    if (path === "-") continue;
    try {
      const stats = statSync(resolve(cwd, path));
      if (stats.isFile()) bytes += stats.size;
    } catch {
    }
  }
  return bytes;
}
async function appendOutput(path, text2) {
  try {
    await appendFile(path, text2);
  } catch (error) {
    throw new UsageError(`cannot append to ${path}: ${error.code ?? "failed"}`);
  }
}
async function writeOutput(path, text2) {
  try {
    await writeFile(path, text2);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${error.code ?? "failed"}`);
  }
}

export {
  SetSyntaxError,
  SetApplyError,
  rules,
  parseConfig,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_OPTIONS,
  lint,
  jsonLocation,
  formatJson,
  liveConfig,
  readInputText,
  readStdinText,
  readHead,
  headText,
  inputBytes,
  appendOutput,
  writeOutput
};
