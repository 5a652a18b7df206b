import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-BEDV53EO.js";
import {
  placeKey
} from "./chunk-TLGIGAKR.js";
import {
  KEY_TOKEN
} from "./chunk-B675Y2P7.js";
import {
  __toESM
} from "./chunk-BE7JI7H6.js";

// src/core/guards.ts
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
  const text2 = String(value);
  return text2.length > 0 && text2.length <= max && /^[\w .:@/+-]+$/.test(text2) ? text2 : null;
}
function formatAmount(value) {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e4) / 1e4);
}
function parseReadiness(data, path = "readiness") {
  const body = row(data);
  if (!body) return null;
  const version = safeText(body.litellm_version, 40) ?? void 0;
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
function buildTree(doc, source, problems, limits = DEFAULT_BUILD_LIMITS, reading = "yaml", byOffsets = false) {
  let aliases = 0;
  const helm = reading === "helm";
  const build = (node, path, depth) => {
    if (depth > limits.maxDepth) {
      throw new LimitExceeded(`nesting deeper than ${limits.maxDepth} levels`);
    }
    if (node && (0, import_yaml.isAlias)(node)) node = resolveAlias(node);
    const origin = { source, path };
    if (byOffsets && node?.range) origin.offsets = [node.range[0], node.range[1]];
    if (node && (0, import_yaml.isMap)(node)) {
      const entries = /* @__PURE__ */ new Map();
      const seenAt = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        if (isMergeKey(pair)) {
          mergeInto(entries, pair.value, path, depth);
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
      return { kind: "map", entries, origin };
    }
    if (node && (0, import_yaml.isSeq)(node)) {
      const items = node.items.map((item, index) => build((0, import_yaml.isPair)(item) ? null : item ?? null, [...path, index], depth + 1));
      return { kind: "seq", items, origin };
    }
    if (node && (0, import_yaml.isScalar)(node)) {
      const quoted = node.type !== void 0 && node.type !== import_yaml.Scalar.PLAIN;
      if (!helm || quoted || node.tag !== void 0 || typeof node.source !== "string") return { kind: "scalar", value: node.value, quoted, origin };
      const value = helmPlainScalar(node.source);
      if (typeof value === "number" && !Number.isFinite(value)) throw new InvalidYaml(`helm cannot read ${node.source}: JSON has no ${Number.isNaN(value) ? "NaN" : "infinite numbers"} (json: unsupported value)`, node);
      return { kind: "scalar", value, quoted, origin };
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
function helmKeyString(pair) {
  const key = pair.key;
  if (key === null) throw new InvalidYaml("helm cannot read an empty key: a JSON key must be a string (unsupported map key of type nil)", null);
  if (!(0, import_yaml.isScalar)(key) || key.type !== import_yaml.Scalar.PLAIN || key.tag !== void 0 || typeof key.source !== "string") return keyString(pair);
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
async function createUndiciTransport(env = {}) {
  const loaded = await import("./undici-OBYI3BK5.js");
  const { EnvHttpProxyAgent } = loaded.EnvHttpProxyAgent ? loaded : loaded.default ?? loaded;
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
    const limit = this.options.concurrency ?? 4;
    if (this.active >= limit) await new Promise((resume) => this.waiting.push(resume));
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
    const failure = (kind, text2) => fail({ kind, status, error, reason: text2 ? `${base}: ${text2}` : base });
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
  const text2 = texts.join(" ").toLowerCase();
  info.blocked = /\bis blocked\b/.test(text2);
  info.notFound = /not found|does not exist/.test(text2);
  info.unhealthy = /^service unhealthy\b/.test(text2);
  info.noDb = /no db connected|db not connected|database not connected|no connected db|no_db_connection/.test(text2) || info.type === "no_db_connection";
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
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new Error("aborted"));
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error("aborted"));
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

// src/live/scrub.ts
import { createHash } from "node:crypto";
function sha256Hex(raw) {
  return createHash("sha256").update(raw, "utf8").digest("hex");
}
var REDACTED = "[redacted]";
var Scrubber = class {
  secrets = [];
  add(secret) {
    if (!secret || secret.length < 4) return;
    for (const form of [secret, sha256Hex(secret)]) if (!this.secrets.includes(form)) this.secrets.push(form);
    this.secrets.sort((a, b) => b.length - a.length);
  }
  /** A hash that is a secret in itself (an integration key's token found by alias). */
  addHash(hash) {
    if (hash.length >= 16 && !this.secrets.includes(hash)) this.secrets.push(hash);
    this.secrets.sort((a, b) => b.length - a.length);
  }
  scrub(text2) {
    let out = text2;
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED);
    return out.replace(KEY_TOKEN, REDACTED).replace(/\b[0-9a-fA-F]{64}\b/g, REDACTED);
  }
};

// src/live/config.ts
var DEFAULT_TIMEOUT_MS = 1e4;

// src/facts/budget-ids.ts
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

// src/inputs/values.ts
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
function offsetsOf2(doc, path, part) {
  const walked = walk(doc, path);
  const complete = walked.path.length === path.length;
  const wantKey = part === "key" || !complete;
  let range = null;
  if (wantKey && walked.pair) range = rangeOfNode(walked.pair.key);
  else if (part === "pair" && walked.pair) {
    const k = rangeOfNode(walked.pair.key);
    const v = rangeOfNode(walked.pair.value);
    range = k && v ? [k[0], v[1]] : k ?? v;
  }
  if (!range) range = rangeOfNode(walked.node);
  if (!range && walked.pair) range = rangeOfNode(walked.pair.key);
  if (!range) range = rangeOfNode(doc.contents) ?? [0, 0];
  let [start, end] = range;
  if (end <= start) end = start;
  return { start, end, path: walked.path };
}
function positionAt(lineCounter, offset, lineOffset = 0) {
  const pos = lineCounter.linePos(offset);
  return { line: pos.line + lineOffset, column: pos.col };
}
function rangeOfOffsets(lineCounter, [start, end], path, lineOffset = 0) {
  return { start: positionAt(lineCounter, start, lineOffset), end: positionAt(lineCounter, end, lineOffset), path };
}
function resolveRange(doc, lineCounter, text2, path, part, lineOffset = 0) {
  const { start, end: rawEnd, path: found } = offsetsOf2(doc, path, part);
  let end = rawEnd;
  while (end > start && isSpace(text2.charCodeAt(end - 1))) end--;
  return { start: positionAt(lineCounter, start, lineOffset), end: positionAt(lineCounter, end, lineOffset), path: found };
}
function isSpace(code) {
  return code === 32 || code === 10 || code === 13 || code === 9;
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
    this.documents = (0, import_yaml3.parseAllDocuments)(input.text, {
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
      for (const error of doc.errors) {
        problems.push({ kind: "syntax", message: error.message.split("\n")[0] ?? "invalid YAML", at: { source, path: [], offsets: [error.pos[0], error.pos[1]] } });
      }
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
  return doc.errors.length === 0 && (doc.contents === null || (0, import_yaml3.isScalar)(doc.contents) && doc.contents.value === null);
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
function buildLiteLLMChart(files, detected, release2, limits) {
  if (files.length === 0 && detected.files.length === 0) return null;
  const given = loadValues(files, [], limits);
  const coalesced = coalesceValues([...given.files, ...detected.files], [...given.trees, ...detected.trees], []);
  const values = { ...coalesced, problems: given.problems };
  return { values, release: release2 || DEFAULT_LITELLM_RELEASE, anchor: { source: values.files[0], path: [] } };
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
  for (const map of ["envVars", "extraEnvVars"]) {
    const vars = nodeAt(root, [map]);
    if (vars?.kind === "map" && vars.entries.has("DATABASE_URL")) return { state: "configured" };
  }
  const secrets = nodeAt(root, ["environmentSecrets"]);
  if (secrets?.kind === "seq" && secrets.items.length > 0) return { state: "unknown", at: standalone.origin };
  return { state: "none", at: standalone.origin };
}

// src/live/targets.ts
var MAX_RELATED = 10;
function isLookupCandidate(id) {
  return budgetIdDefect(id) === void 0 && id.length <= 512;
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
      target = { id, shown: sensitive ? "(value from a Secret)" : id, sensitive, isDefault, envName: effective.envName ?? budgetIdEnv, at, related: [], places: 0, ...effective.source === "budgets-config" ? { fromBudgetsConfig: true } : {} };
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
  const targets = [...byId.values()];
  const fallback = endUserDefaultTarget(model);
  if (fallback) targets.push(fallback);
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

// src/facts/litellm-advisories.ts
var LITELLM_ADVISORIES = [
  {
    id: "malicious-1.82.7-1.82.8",
    versions: ["1.82.7", "1.82.8"],
    severity: "error",
    summary: "malicious releases uploaded to PyPI on 2026-03-24 from a hijacked maintainer account; they steal credentials (SSH keys, cloud and Kubernetes credentials, environment variables); rotate every credential the image could read",
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
    summary: "end users that get their budget from max_end_user_budget_id keep accumulating spend across budget resets, so they stay blocked once they reach the cap (closed without a fix)",
    url: "https://github.com/BerriAI/litellm/issues/24675",
    verified: "BerriAI/litellm#24675 (closed as stale; PRs #24737 and #25168 closed unmerged)"
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
function parseRelease(text2) {
  const match = /(?:^|[^\d.])v?(\d{1,3})\.(\d{1,4})\.(\d{1,4})(?![\d])/.exec(text2);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}
function compareReleases(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
function formatRelease(release2) {
  return release2.join(".");
}
function release(text2) {
  const parsed = parseRelease(text2);
  if (!parsed) throw new Error(`bad release number in the advisory data: ${text2}`);
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
    if (failure.status === 404 && !error?.routeMissing) return { status: "not-found", key, how: identity.kind === "alias" ? "alias" : "key" };
    if (failure.status === 400 && error?.notFound) return { status: "not-found", key, how: identity.kind === "alias" ? "alias" : "key" };
    if (via === "master" && failure.status === 401 && error?.notFound) return { status: "not-found", key, how: identity.kind === "alias" ? "alias" : "key" };
    if (via === own && failure.status === 401) {
      if (error?.type === "expired_key") return { status: "expired", key, when: "an earlier date (the proxy refuses it as expired)" };
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
    if (linked) limitGates(budgetId, linked, gates);
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
      const teamMax = num(teamInfo.max_budget);
      const teamFix = (text2, change) => ({ text: text2, request: { method: "POST", path: "/team/update", body: { team_id: teamId, ...change } } });
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
        const teamMetadata = row(teamInfo.metadata);
        const memberBudgetId = teamMetadata ? str(teamMetadata.team_member_budget_id) : null;
        if (memberBudgetId !== null) {
          let memberBudget = null;
          if (isRecord(teamInfo.team_member_budget_table)) memberBudget = budgetLimits(teamInfo.team_member_budget_table);
          else {
            const fetched = await budgetRow(client, memberBudgetId);
            if (typeof fetched === "string") failures.push(fetched);
            else memberBudget = fetched;
          }
          if (memberBudget?.maxBudget !== null && memberBudget?.maxBudget !== void 0) {
            const fix = { text: `stop applying the member budget of ${label} to its members`, request: { method: "POST", path: "/team/update", body: { team_id: teamId, metadata: { ...teamMetadata, team_member_budget_id: null } } } };
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
      const userMax = num(userInfo.max_budget);
      if (userMax !== null) {
        const cap = { level: label, amount: amount(userMax, str(userInfo.budget_duration)), fix: { text: `remove the max_budget of ${label}`, request: { method: "POST", path: "/user/update", body: { user_id: userId, max_budget: null } } } };
        if (!teamId) caps.push(cap);
        else userCap = cap;
      }
    }
  }
  if (orgCall && orgId) {
    const label = `organization ${quoteId(orgId)}`;
    const org = await orgCall;
    if (typeof org === "string") failures.push(org);
    else if (org === null) notes.push(`the ${label} was not found`);
    else if (org.maxBudget !== null && org.maxBudget > 0) {
      caps.push({ level: label, amount: amount(org.maxBudget, org.duration), fix: { text: `remove the max_budget of ${label}`, request: { method: "POST", path: "/organization/update", body: { organization_id: orgId, max_budget: null } } } });
    }
  }
  if (blockedBy) return { status: "blocked", key, by: blockedBy };
  if (caps.length > 0) return { status: "limited", key, caps, gates, notes, ...dormant ? { dormant } : {} };
  if (failures.length > 0) return inconclusive(failures.join("; "));
  return { status: "unlimited", key, ...userCap ? { userCap } : {}, ...dormant ? { dormant } : {}, gates, notes };
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
    if (failure.status === 404 && !absent) return null;
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
function keyUpdate(text2, change) {
  return { text: `${text2} (replace the key placeholder)`, request: { method: "POST", path: "/key/update", body: { key: KEY_PLACEHOLDER, ...change } } };
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
function gatesOf(owner, source, gates) {
  const fix = (field, value) => owner.level === "key" ? keyUpdate(`remove the key's ${field}`, { [field]: value }) : { text: `remove the ${field} of ${owner.label}`, request: { method: "POST", path: "/team/update", body: { team_id: owner.id, [field]: value } } };
  for (const kind of RATE_FIELDS) {
    const value = num(source[kind]);
    if (value !== null) gates.push({ kind, value, source: owner.label, level: owner.level, fix: fix(kind, null) });
  }
  const metadata = row(source.metadata);
  for (const kind of ["model_tpm_limit", "model_rpm_limit"]) {
    const limits = metadata ? row(metadata[kind]) : null;
    if (!limits) continue;
    for (const [model, raw] of Object.entries(limits).slice(0, 5)) {
      const value = num(raw);
      const name = safeText(model);
      if (value !== null && name) gates.push({ kind, value: `${name} ${value}`, source: owner.label, level: owner.level, fix: fix("metadata", { ...metadata, [kind]: null }) });
    }
  }
}
function limitGates(budgetId, limits, gates) {
  const source = `budget row ${quoteId(budgetId)}`;
  const fix = (field) => ({ text: `remove the ${field} of ${source}`, request: { method: "POST", path: "/budget/update", body: { budget_id: budgetId, [field]: null } } });
  if (limits.tpm !== null) gates.push({ kind: "tpm_limit", value: limits.tpm, source, level: "budget row", fix: fix("tpm_limit") });
  if (limits.rpm !== null) gates.push({ kind: "rpm_limit", value: limits.rpm, source, level: "budget row", fix: fix("rpm_limit") });
  if (limits.parallel !== null) gates.push({ kind: "max_parallel_requests", value: limits.parallel, source, level: "budget row", fix: fix("max_parallel_requests") });
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
  out.push(...gates.filter((gate) => gate.kind === "model_tpm_limit" || gate.kind === "model_rpm_limit"));
  return out;
}
function describeGates(gates) {
  return gates.map((gate) => `${gate.kind} ${gate.value} (from ${gate.source})`).join(", ");
}
function quoteId(id) {
  const safe = safeText(id);
  return safe ? `"${safe}"` : "(unprintable id)";
}

export {
  PLACEHOLDER,
  REFERENCE,
  budgetIdDefect,
  budgetFacts,
  isRecord,
  LineIndex,
  walk,
  rangeOfOffsets,
  resolveRange,
  DEFAULT_BUILD_LIMITS,
  buildTree,
  toJS,
  childAt,
  describeCaps,
  num,
  str,
  row,
  safeText,
  formatAmount,
  parseReadiness,
  unhealthyReadiness,
  mergeReadiness,
  budgetLimits,
  describeLimits,
  SetSyntaxError,
  SetApplyError,
  parseSetArgument,
  bySetFlagOrder,
  YamlFileSource,
  loadValues,
  coalesceValues,
  readLayer,
  BUDGET_ROW_JOIN_FROM,
  parseRelease,
  formatRelease,
  advisoriesFor,
  advisoryFix,
  buildLiteLLMChart,
  separateLiteLLMLayers,
  nodeAt,
  chartFullname,
  servicePort,
  imageTag,
  proxySetting,
  litellmSettingsInUse,
  usesExternalConfig,
  databaseWiring,
  budgetTargets,
  keyAnchor,
  PROXY_KEY_ENV,
  envAnchor,
  createUndiciTransport,
  CREDENTIAL_ENV,
  LiteLLMClient,
  Scrubber,
  assessKey,
  KEY_PLACEHOLDER,
  effectiveGates,
  describeGates,
  DEFAULT_TIMEOUT_MS
};
