import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  LineIndex
} from "./chunk-ZTHYLWEB.js";
import {
  SECRET_KIND_LINE
} from "./chunk-MLDY5ZZJ.js";
import {
  Scalar,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments
} from "./chunk-BLVANPRA.js";

// src/core/guards.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/yaml/python-scalars.ts
var PYTHON_BOOLEANS = new Map([
  ...["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"].map((word) => [word, true]),
  ...["no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"].map((word) => [word, false])
]);
var PYTHON_NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var PYTHON_INT = /^[-+]?(?:0b[01_]+|0[0-7_]+|0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
var PYTHON_FLOAT = /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var PYTHON_TIMESTAMP = /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;
function pythonPlainScalar(text2) {
  if (PYTHON_NULLS.has(text2)) return null;
  const boolean = PYTHON_BOOLEANS.get(text2);
  if (boolean !== void 0) return boolean;
  if (PYTHON_INT.test(text2)) return pythonInt(text2.replace(/_/g, ""));
  if (PYTHON_FLOAT.test(text2)) return pythonFloat(text2.replace(/_/g, ""));
  return text2;
}
function pythonInt(text2) {
  const sign = text2.startsWith("-") ? -1 : 1;
  const digits = text2.replace(/^[-+]/, "");
  if (digits.includes(":")) return sign * sexagesimal(digits);
  if (digits.startsWith("0b")) return sign * Number.parseInt(digits.slice(2), 2);
  if (digits.startsWith("0x")) return sign * Number.parseInt(digits.slice(2), 16);
  if (digits.length > 1 && digits.startsWith("0")) return sign * Number.parseInt(digits.slice(1), 8);
  return sign * Number(digits);
}
function pythonFloat(text2) {
  const sign = text2.startsWith("-") ? -1 : 1;
  const digits = text2.replace(/^[-+]/, "").toLowerCase();
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
        if (isMergeKey(pair)) {
          if (deferred) deferred.push(pair);
          else mergeInto(entries, pair.value, path, depth);
          continue;
        }
        const key = helm ? helmKeyString(pair) : keyString(pair);
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
      if (reading === "yaml" || quoted || node.tag !== void 0 || typeof node.source !== "string") return { kind: "scalar", value: node.value, quoted, origin };
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
function isMergeKey(pair) {
  const key = pair.key;
  return isScalar(key) && (typeof key.value === "symbol" || key.value === "<<" && key.type === Scalar.PLAIN);
}
function keyString(pair) {
  const key = pair.key;
  if (isScalar(key)) return key.value === null ? "null" : String(key.value);
  return String(key);
}
function helmKeyString(pair) {
  const key = pair.key;
  if (key === null) throw new InvalidYaml("helm cannot read an empty key: a JSON key must be a string (unsupported map key of type nil)", null);
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
function helmPlainScalar(text2) {
  if (GO_YAML_V2_WORDS.has(text2)) return GO_YAML_V2_WORDS.get(text2);
  if (text2 === "") return null;
  const first = text2[0];
  if (first === ".") return YAML_STYLE_FLOAT.test(text2) ? Number(text2) : text2;
  if (!/[0-9+-]/.test(first)) return text2;
  const plain = text2.replace(/_/g, "");
  const integer = goParseIntBase0(plain);
  if (integer !== void 0) return integer;
  if (YAML_STYLE_FLOAT.test(plain)) return Number(plain);
  return text2;
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
function parseSetArgument(arg, flag, argIndex, helmMajor = 3) {
  const p = new ArgParser(arg, flag, argIndex);
  try {
    p.parse();
  } catch (error) {
    if (helmMajor === 4 && error instanceof SetSyntaxError && error.helmMessage === INDEX_EOF) return error.assignmentsBefore;
    throw error;
  }
  return p.out;
}
var INDEX_EOF = "error parsing index: EOF";
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
    if (last === EOF) this.fail(INDEX_EOF, at);
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
  /** The `=` has been used up: valList, else val (--set-json: one JSON value). */
  value(path, offsets, eqAt) {
    if (this.flag === "--set-json") return this.jsonValue(path, offsets, eqAt);
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
    return typedVal(text2, this.flag !== "--set");
  }
  /**
   * strvals' JSON branch: blanks, then nothing before `,` or the end (null), else one JSON value
   * (Go's json.Decoder), then blanks and an optional `,`.
   */
  jsonValue(path, offsets, eqAt) {
    const text2 = this.sc.s;
    let at = this.sc.pos;
    while (at < text2.length && /\s/.test(text2[at])) at++;
    if (at >= text2.length || text2[at] === ",") {
      this.sc.pos = Math.min(at + 1, text2.length);
      this.emit(path, offsets, "value", null, eqAt, at, at);
      return at >= text2.length ? "eof" : "nil";
    }
    const end = jsonValueEnd(text2, at);
    let value;
    try {
      value = JSON.parse(text2.slice(at, end));
    } catch {
      this.fail(`invalid JSON value ${goQuote(text2.slice(at, end))}`, at);
    }
    this.emit(path, offsets, "value", value, eqAt, at, end);
    let next = end;
    while (next < text2.length && /\s/.test(text2[next])) next++;
    if (next < text2.length && text2[next] === ",") next++;
    this.sc.pos = next;
    return next >= text2.length ? "eof" : "nil";
  }
};
function jsonValueEnd(text2, start) {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text2.length; i++) {
    const ch = text2[i];
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
  return text2.length;
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
var FLAG_ORDER = { "--set-json": 0, "--set": 1, "--set-string": 2, "--set-file": 3 };
var bySetFlagOrder = (a, b) => FLAG_ORDER[a] - FLAG_ORDER[b];
function applySetLayers(root, layers) {
  const out = copyMap(root);
  const ordered = layers.flatMap((layer) => layer.assignments.map((a) => ({ a, source: layer.source }))).map((entry, i) => ({ ...entry, i })).sort(
    (x, y) => FLAG_ORDER[x.a.flag] - FLAG_ORDER[y.a.flag] || x.a.argIndex - y.a.argIndex || x.a.start - y.a.start || x.i - y.i
  );
  for (const { a, source } of ordered) new Replay(a, source).key(out, 0, 0);
  return out;
}
function fromJS(value, origin) {
  if (Array.isArray(value)) return { kind: "seq", items: value.map((item) => fromJS(item, origin)), origin };
  if (isRecord(value)) return { kind: "map", entries: new Map(Object.keys(value).map((key) => [key, fromJS(value[key], origin)])), origin };
  return { kind: "scalar", value, quoted: false, origin };
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
    const quoted = this.a.flag === "--set-string" || this.a.flag === "--set-file";
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
  const kept = options.renderingIsTruth && scopes.some((scope) => scope.origin === "manifest") ? renderedOnly(facts) : facts;
  if (kept.length === 0) {
    kept.push({ id: options.defaultBudgetId, source: "default", envName: null, scope: null, variable: null, at: null, related: [] });
  }
  return kept;
}
function defaultRunners(scopes, facts, defaultBudgetId) {
  const withId = new Set(facts.map((fact) => fact.scope));
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

// src/yaml/locate.ts
function keyText(pair) {
  const key = pair.key;
  if (isScalar(key)) return String(key.value);
  return String(key);
}
function childOf(doc, node, segment, merges = 0) {
  if (isMap(node)) {
    const explicitFirst = explicitKeysFirst.has(doc);
    for (const pass of explicitFirst ? ["explicit", "merge"] : ["both"]) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i];
        if (isMergeKey(pair)) {
          if (pass === "explicit") continue;
          const merged = merges < MAX_MERGE_DEPTH ? mergedChild(doc, pair.value, segment, merges + 1) : void 0;
          if (merged) return merged;
        } else if (pass !== "merge" && keyText(pair) === String(segment)) {
          return { node: pair.value ?? null, pair };
        }
      }
    }
    return void 0;
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    if (item === void 0) return void 0;
    return { node: isPair(item) ? null : item, pair: null };
  }
  return void 0;
}
var MAX_MERGE_DEPTH = 50;
function mergedChild(doc, value, segment, merges) {
  const resolved = value && isAlias(value) ? value.resolve(doc) ?? null : value;
  const maps = resolved && isSeq(resolved) ? resolved.items : [resolved];
  for (const item of maps) {
    const map = item && isAlias(item) ? item.resolve(doc) ?? null : item;
    const child = map && isMap(map) ? childOf(doc, map, segment, merges) : void 0;
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
  const { start, end: rawEnd, path: found } = isSpan(doc) ? offsetsInSpans(doc, path, part) : offsetsInDocument(doc, path, part);
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
function loadValues(files, sets, limits, helmMajor = 3) {
  const problems = [];
  const sources = files.map((input) => new YamlFileSource(input));
  const trees = sources.map((source) => readLayer(source, problems, limits, helmMajor));
  const setSources = sets.map((input) => new SetSource(input, withFileTexts(input, parseSetArgument(input.arg, input.flag, input.index, helmMajor))));
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
function readLayer(source, problems, limits, helmMajor = 3) {
  const documents = source.documents.filter((doc, index) => index === 0 || !isEmptyDocument(doc));
  const [first, ...rest] = documents;
  if (!first) return null;
  const read = helmMajor === 4 ? documents : [first];
  let layer = null;
  for (const doc of read) {
    if (doc.errors.length > 0) {
      problems.push(...parseProblems(doc, source, limits));
      return null;
    }
    const tree = buildTree(doc, source, problems, limits, "helm", doc !== first);
    if (tree === null || tree.kind === "scalar" && tree.value === null) continue;
    if (tree.kind !== "map") {
      problems.push({ kind: "syntax", message: `a values file must be a map of keys, not a ${tree.kind === "seq" ? "list" : "scalar"}`, at: { source, path: [] } });
      return null;
    }
    layer = layer ? mergeMaps(layer, tree) : tree;
  }
  const ignored = rest[0];
  if (helmMajor === 3 && ignored) {
    const start = ignored.range?.[0] ?? 0;
    problems.push({
      kind: "ignored",
      message: "a values file holds more than one YAML document: helm 3 reads only the first and ignores this one (helm 4 merges them all)",
      at: { source, path: [], offsets: [start, start] }
    });
  }
  return layer;
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
function mergeMaps(base, over) {
  const entries = new Map(base.entries);
  for (const [key, value] of over.entries) {
    const previous = entries.get(key);
    entries.set(key, previous?.kind === "map" && value.kind === "map" ? mergeMaps(previous, value) : value);
  }
  return { kind: "map", entries, origin: base.entries.size > 0 ? base.origin : over.origin };
}
function coalesceWithDefaults(user, defaults) {
  const entries = new Map(user.entries);
  for (const [key, fallback] of defaults.entries) {
    const value = user.entries.get(key);
    if (value === void 0) entries.set(key, fallback);
    else if (isNull(value)) entries.delete(key);
    else if (value.kind === "map" && fallback.kind === "map") entries.set(key, coalesceWithDefaults(value, fallback));
  }
  return { kind: "map", entries, origin: user.entries.size > 0 ? user.origin : defaults.origin };
}
var nullSource = {
  kind: "values",
  file: "<none>",
  locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, path: [] }),
  lineText: () => void 0
};

// src/litellm/chart-values.ts
var DEFAULT_LITELLM_RELEASE = "litellm";
var CHART_NAME = "litellm-helm";
var DEFAULT_NAME_OVERRIDE = "litellm";
var DEFAULT_SERVICE_PORT = 4e3;
function buildLiteLLMChart(files, detected, release, limits) {
  if (files.length === 0 && detected.files.length === 0) return null;
  const given = loadValues(files, [], limits);
  const coalesced = coalesceValues([...given.files, ...detected.files], [...given.trees, ...detected.trees], []);
  const values = { ...coalesced, problems: given.problems };
  return { values, release: release || DEFAULT_LITELLM_RELEASE, anchor: { source: values.files[0], path: [] } };
}
function separateLiteLLMLayers(values) {
  const litellm = { files: [], trees: [] };
  const platform = { files: [], trees: [] };
  values.files.forEach((file, i) => {
    const tree = values.trees[i] ?? null;
    const side = tree && looksLikeLiteLLMChart(tree) ? litellm : platform;
    side.files.push(file);
    side.trees.push(tree);
  });
  if (litellm.files.length === 0) return { platform: values, litellm };
  if (platform.files.length === 0 && values.sets.length === 0) return { platform: null, litellm };
  return { platform: { ...coalesceValues(platform.files, platform.trees, values.sets), problems: values.problems }, litellm };
}
function looksLikeLiteLLMChart(root) {
  for (const [key, value] of root.entries) if (/env$/i.test(key) && value.kind !== "scalar") return false;
  if (root.entries.has("proxy_config") || root.entries.has("masterkey") || root.entries.has("masterkeySecretName") || root.entries.has("proxyConfigMap")) return true;
  const repository = scalarAt(root, ["image", "repository"]);
  return typeof repository?.value === "string" && /(^|\/)berriai\/litellm(-[\w-]+)?$/i.test(repository.value);
}
function nodeAt(root, path) {
  let node = root;
  for (const key of path) {
    if (node?.kind !== "map") return void 0;
    node = node.entries.get(key);
  }
  return node;
}
function scalarAt(root, path) {
  const node = nodeAt(root, path);
  return node?.kind === "scalar" ? node : void 0;
}
function text(root, path) {
  const node = scalarAt(root, path);
  if (!node || node.value === null || node.value === void 0) return void 0;
  return { value: String(node.value), at: node.origin };
}
function chartFullname(chart) {
  const root = chart.values.root;
  const override = text(root, ["fullnameOverride"]);
  if (override && override.value !== "") return { value: dnsName(override.value), at: override.at, via: "fullnameOverride" };
  const nameSetting = text(root, ["nameOverride"]);
  const name = nameSetting ? nameSetting.value || CHART_NAME : DEFAULT_NAME_OVERRIDE;
  const full = chart.release.includes(name) ? chart.release : `${chart.release}-${name}`;
  const via = `release "${chart.release}" and ${nameSetting ? `nameOverride "${name}"` : `the chart's default nameOverride "${name}"`}`;
  return nameSetting?.at ? { value: dnsName(full), at: nameSetting.at, via } : { value: dnsName(full), via };
}
function dnsName(name) {
  return name.slice(0, 63).replace(/-+$/, "");
}
function servicePort(chart) {
  const port = text(chart.values.root, ["service", "port"]);
  const parsed = port ? Number(port.value) : NaN;
  return port && Number.isInteger(parsed) ? { value: parsed, at: port.at } : { value: DEFAULT_SERVICE_PORT };
}
function imageTag(chart) {
  const tag = text(chart.values.root, ["image", "tag"]);
  return tag && tag.value.trim() !== "" ? tag : void 0;
}
function proxySetting(chart, section, key) {
  const node = nodeAt(chart.values.root, ["proxy_config", section, key]);
  return node?.kind === "scalar" && node.value === null ? void 0 : node;
}
function litellmSettingsInUse(chart) {
  if (!chart) return null;
  const settings = nodeAt(chart.values.root, ["proxy_config", "litellm_settings"]);
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
  const existing = scalarAt(root, ["db", "useExisting"]);
  if (!standalone || standalone.value !== false) return { state: "configured" };
  if (existing?.value === true) return { state: "configured" };
  const envVars = nodeAt(root, ["envVars"]);
  if (envVars?.kind === "map" && envVars.entries.has("DATABASE_URL")) return { state: "configured" };
  const extraEnvVars = nodeAt(root, ["extraEnvVars"]);
  if (extraEnvVars?.kind === "seq" && extraEnvVars.items.some((item) => scalarAt(item, ["name"])?.value === "DATABASE_URL")) return { state: "configured" };
  const databaseUrl = scalarAt(root, ["proxy_config", "general_settings", "database_url"]);
  if (databaseUrl && databaseUrl.value !== null && databaseUrl.value !== "") return { state: "configured" };
  const secrets = nodeAt(root, ["environmentSecrets"]);
  if (secrets?.kind === "seq" && secrets.items.length > 0) return { state: "unknown", at: standalone.origin };
  return { state: "none", at: standalone.origin };
}

export {
  PLACEHOLDER,
  budgetIdDefect,
  undefinedReference,
  budgetFacts,
  isRecord,
  PYTHON_TIMESTAMP,
  DEFAULT_BUILD_LIMITS,
  buildTree,
  parseProblems,
  yamlErrorMessage,
  isTruthy,
  toJS,
  childAt,
  walk,
  rangeOfOffsets,
  resolveRange,
  SetSyntaxError,
  SetApplyError,
  parseSetArgument,
  bySetFlagOrder,
  YamlFileSource,
  loadValues,
  coalesceValues,
  readLayer,
  buildLiteLLMChart,
  separateLiteLLMLayers,
  nodeAt,
  chartFullname,
  servicePort,
  imageTag,
  proxySetting,
  litellmSettingsInUse,
  usesExternalConfig,
  databaseWiring
};
