/**
 * Layer `yaml`: YAML read with positions: the fast manifest reader, value trees, path → range, line
 * index, YAML embedded in strings. May import core.
 *
 * Values as a tree that remembers where every node came from. Built from the `yaml` AST of one
 * values file, then coalesced across layers; each node keeps the NodeRef of the layer that supplied it.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Alias, type Document, type Node, type Pair } from "yaml";
import type { NodeRef, SourceHandle } from "../core/source.ts";
import type { YamlPath } from "../core/types.ts";
import { pythonPlainScalar } from "./python-scalars.ts";

export type VNode = VMap | VSeq | VScalar;
export interface VMap {
  kind: "map";
  entries: Map<string, VNode>;
  origin: NodeRef;
}
export interface VSeq {
  kind: "seq";
  items: VNode[];
  origin: NodeRef;
}
export interface VScalar {
  kind: "scalar";
  value: unknown;
  /** Written with quotes (or as a block scalar): the author meant a string. */
  quoted: boolean;
  origin: NodeRef;
}

export interface ParseProblem {
  /**
   * "ignored": something helm reads past without a word (a values file's later documents under helm 3);
   * "manifest": a values file that is a rendered manifest, which helm would take as values;
   * "object": a manifest document that is no Kubernetes object (no apiVersion or kind).
   */
  kind: "syntax" | "duplicate-key" | "limit" | "ignored" | "manifest" | "object";
  message: string;
  at: NodeRef;
  related?: NodeRef[];
}

export interface BuildLimits {
  maxDepth: number;
  maxAliases: number;
}

export const DEFAULT_BUILD_LIMITS: BuildLimits = { maxDepth: 500, maxAliases: 1000 };

/**
 * How plain scalars are read. "yaml" keeps the yaml library's reading; "helm" reads them as helm reads
 * values files: sigs.k8s.io/yaml, i.e. go-yaml v2 resolution, then JSON (see {@link helmPlainScalar});
 * "python" as PyYAML's safe_load does (see pythonPlainScalar).
 */
/** "kubernetes": a rendered manifest, YAML 1.2 scalars, and keys JSON can hold (kubectl and helm convert it to JSON). */
export type ScalarReading = "yaml" | "helm" | "python" | "kubernetes";

class LimitExceeded extends Error {}

/** YAML the yaml library accepts but Helm's parser refuses. */
class InvalidYaml extends Error {
  readonly node: Node | null;
  constructor(message: string, node: Node | null) {
    super(message);
    this.node = node;
  }
}

/** Builds the VNode tree of a parsed document; duplicate keys and limit breaches become problems. */
/**
 * `byOffsets`: every node's NodeRef carries its offsets, for a document that paths alone cannot find
 * (a values file's second document, which helm 4 reads too; the source locates paths in the first).
 */
export function buildTree(doc: Document, source: SourceHandle, problems: ParseProblem[], limits = DEFAULT_BUILD_LIMITS, reading: ScalarReading = "yaml", byOffsets = false): VNode | null {
  let aliases = 0;
  const helm = reading === "helm";
  const python = reading === "python";
  const kubernetes = reading === "kubernetes";
  if (python) explicitKeysFirst.add(doc);
  const build = (node: Node | null, path: YamlPath, depth: number): VNode => {
    if (depth > limits.maxDepth) {
      throw new LimitExceeded(`nesting deeper than ${limits.maxDepth} levels`);
    }
    if (node && isAlias(node)) node = resolveAlias(node);
    const origin: NodeRef = { source, path };
    if (byOffsets && node?.range) origin.offsets = [node.range[0], node.range[1]];
    if (node && isMap(node)) {
      const entries = new Map<string, VNode>();
      const seenAt = new Map<string, Pair>();
      // PyYAML applies merge keys after the explicit keys, which win wherever they are.
      const deferred: Pair[] | undefined = python ? [] : undefined;
      for (const pair of node.items) {
        if (isMergeKey(pair)) {
          if (deferred) deferred.push(pair);
          else mergeInto(entries, pair.value as Node | null, path, depth);
          continue;
        }
        const key = helm ? helmKeyString(pair) : kubernetes ? kubernetesKeyString(pair) : keyString(pair);
        const earlier = seenAt.get(key);
        if (earlier) {
          problems.push({
            kind: "duplicate-key",
            message: key,
            at: { source, path: [...path, key], part: "key", offsets: offsetsOf(pair.key as Node) },
            related: [{ source, path: [...path, key], part: "key", offsets: offsetsOf(earlier.key as Node) }],
          });
        }
        seenAt.set(key, pair);
        entries.delete(key); // a later duplicate or explicit key wins, and keeps the later order
        entries.set(key, build((pair.value as Node | null) ?? null, [...path, key], depth + 1));
      }
      for (const pair of deferred ?? []) mergeInto(entries, pair.value as Node | null, path, depth, seenAt);
      return { kind: "map", entries, origin };
    }
    if (node && isSeq(node)) {
      const items = node.items.map((item, index) => build(isPair(item) ? null : ((item as Node | null) ?? null), [...path, index], depth + 1));
      return { kind: "seq", items, origin };
    }
    if (node && isScalar(node)) {
      const quoted = node.type !== undefined && node.type !== Scalar.PLAIN;
      if (helm && node.tag !== undefined) return { kind: "scalar", value: helmTaggedScalar(node), quoted, origin };
      // A manifest's scalars are YAML 1.2's, as the fast readers read them (only its keys differ from "yaml").
      if (reading === "yaml" || kubernetes || quoted || node.tag !== undefined || typeof node.source !== "string") return { kind: "scalar", value: node.value, quoted, origin };
      if (reading === "python") return { kind: "scalar", value: pythonPlainScalar(node.source), quoted, origin };
      const value = helmPlainScalar(node.source);
      // sigs.k8s.io/yaml turns values into JSON, which has no infinite numbers and no NaN: helm fails.
      if (typeof value === "number" && !Number.isFinite(value)) throw new InvalidYaml(`helm cannot read ${node.source}: JSON has no ${Number.isNaN(value) ? "NaN" : "infinite numbers"} (json: unsupported value)`, node);
      return { kind: "scalar", value, quoted, origin };
    }
    return { kind: "scalar", value: null, quoted: false, origin };
  };

  // YAML merge keys as helm's go-yaml v2 applies them: in the mapping's order, so a merge overrides the
  // keys before it and the keys after it override the merge; of a list of merged maps the first listed
  // wins. `explicit`: keys no merge overrides (PyYAML's order).
  const mergeInto = (entries: Map<string, VNode>, value: Node | null, path: YamlPath, depth: number, explicit?: ReadonlyMap<string, Pair>): void => {
    if (value && isAlias(value)) value = resolveAlias(value);
    const sources = value && isSeq(value) ? (value.items as Node[]) : [value];
    const combined = new Map<string, VNode>();
    for (const item of sources) {
      const merged = build(item, path, depth + 1);
      // Helm's parser refuses the file: "map merge requires map or sequence of maps".
      if (merged.kind !== "map") throw new InvalidYaml("a merge key (<<) needs a map or a list of maps", item);
      for (const [key, child] of merged.entries) if (!combined.has(key)) combined.set(key, child);
    }
    for (const [key, child] of combined) {
      if (explicit?.has(key)) continue;
      entries.delete(key);
      entries.set(key, child);
    }
  };

  const resolveAlias = (alias: Alias): Node => {
    if (++aliases > limits.maxAliases) throw new LimitExceeded(`more than ${limits.maxAliases} alias references`);
    const target = alias.resolve(doc) as Node | undefined;
    // Helm's parser refuses the file: "unknown anchor … referenced".
    if (!target) throw new InvalidYaml(`alias *${alias.source} refers to no anchor defined before it`, alias);
    return target;
  };

  try {
    if (doc.contents === null) return null;
    return build(doc.contents as Node, [], 0);
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

/**
 * The problems of a document the yaml library could not parse, one per error. Flow collections
 * nested some 800 deep overflow the library's own stack before the nesting limit is checked; that
 * is the nesting limit too, once.
 */
export function parseProblems(doc: Document, source: SourceHandle, limits = DEFAULT_BUILD_LIMITS): ParseProblem[] {
  const problems: ParseProblem[] = [];
  for (const error of doc.errors) {
    if (STACK_OVERFLOW.test(error.message)) {
      if (!problems.some((problem) => problem.kind === "limit")) problems.push({ kind: "limit", message: `nesting deeper than ${limits.maxDepth} levels`, at: { source, path: [] } });
      continue;
    }
    problems.push({ kind: "syntax", message: yamlErrorMessage(error), at: { source, path: [], offsets: [error.pos[0], error.pos[1]] } });
  }
  return problems;
}

/** A yaml error's first line (the library adds a code frame after it); its stack overflow is the nesting limit. */
export function yamlErrorMessage(error: { message: string }, limits = DEFAULT_BUILD_LIMITS): string {
  if (STACK_OVERFLOW.test(error.message)) return `nesting deeper than ${limits.maxDepth} levels`;
  return error.message.split("\n")[0] || "invalid YAML";
}

const STACK_OVERFLOW = /Maximum call stack size exceeded|: Stack overflow$/m;

/** Documents whose explicit keys win over merge keys wherever they are (PyYAML); locate.ts finds values as read. */
export const explicitKeysFirst = new WeakSet<Document>();

/** A `<<` key (plain), or one the yaml library read as a merge. */
export function isMergeKey(pair: Pair): boolean {
  const key = pair.key;
  return isScalar(key) && (typeof key.value === "symbol" || (key.value === "<<" && key.type === Scalar.PLAIN));
}

function keyString(pair: Pair): string {
  const key = pair.key;
  if (isScalar(key)) return key.value === null ? "null" : String(key.value);
  return String(key);
}

/** A rendered manifest's key: sigs.k8s.io/yaml, which kubectl and helm convert it with, fails on a null one. */
function kubernetesKeyString(pair: Pair): string {
  const key = pair.key;
  if (key === null || (isScalar(key) && key.value === null)) {
    const text = isScalar(key) && typeof key.source === "string" && key.source !== "" ? key.source : "(empty)";
    throw new InvalidYaml(`kubectl and helm cannot read the null key ${text}: a JSON key must be a string (unsupported map key of type nil)`, key as Node | null);
  }
  return keyString(pair);
}

/** A map key as sigs.k8s.io/yaml makes it a JSON key: go-yaml v2 reads it, then it is printed. A null key fails. */
function helmKeyString(pair: Pair): string {
  const key = pair.key;
  if (key === null) throw new InvalidYaml("helm cannot read an empty key: a JSON key must be a string (unsupported map key of type nil)", null);
  if (isMap(key) || isSeq(key)) throw new InvalidYaml(`helm cannot read a ${isMap(key) ? "map" : "list"} as a key: a JSON key must be a string (invalid map key)`, key as Node);
  if (!isScalar(key) || key.type !== Scalar.PLAIN || key.tag !== undefined || typeof key.source !== "string") return keyString(pair);
  const value = helmPlainScalar(key.source);
  if (value === null) throw new InvalidYaml(`helm cannot read the null key ${key.source || "(empty)"}: a JSON key must be a string (unsupported map key of type nil)`, key);
  return String(value);
}

const GO_YAML_V2_WORDS = new Map<string, unknown>([
  ...["~", "null", "Null", "NULL"].map((word) => [word, null] as const),
  ...["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE"].map((word) => [word, true] as const),
  ...["n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE"].map((word) => [word, false] as const),
  ...[".nan", ".NaN", ".NAN"].map((word) => [word, Number.NaN] as const),
  ...[".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map((word) => [word, Number.POSITIVE_INFINITY] as const),
  ...["-.inf", "-.Inf", "-.INF"].map((word) => [word, Number.NEGATIVE_INFINITY] as const),
]);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/**
 * A tagged scalar as helm reads it: go-yaml v2 gives !!binary's decoded bytes as a string (JSON
 * then replaces what is not UTF-8) and keeps a !!timestamp's text (into interface{} it stays a string);
 * other tags as the yaml library resolves them.
 */
function helmTaggedScalar(node: Scalar): unknown {
  if (node.value instanceof Uint8Array) return new TextDecoder().decode(node.value);
  checkTagFits(node);
  if (node.value instanceof Date) return typeof node.source === "string" ? node.source : node.value.toISOString();
  // A number tag on text the yaml library keeps as a string (`!!float 1`): go-yaml reads the number.
  if ((node.tag === "tag:yaml.org,2002:float" || node.tag === "tag:yaml.org,2002:int") && typeof node.value === "string") {
    const resolved = helmPlainScalar(node.value);
    if (typeof resolved === "number") return resolved;
  }
  return node.value;
}

const CHECKED_TAGS = new Map([
  ["tag:yaml.org,2002:bool", "bool"],
  ["tag:yaml.org,2002:null", "null"],
  ["tag:yaml.org,2002:int", "int"],
  ["tag:yaml.org,2002:float", "float"],
  ["tag:yaml.org,2002:timestamp", "timestamp"],
]);

/**
 * go-yaml v2's resolve() with an explicit tag: the text is resolved as a plain scalar, and a kind
 * other than the tag's (an int is a float too) fails: `!!bool abc`, `!!int 1.5`, `!!null a`.
 */
function checkTagFits(node: Scalar): void {
  const tag = node.tag === undefined ? undefined : CHECKED_TAGS.get(node.tag);
  if (tag === undefined) return;
  const text = typeof node.source === "string" ? node.source : String(node.value);
  const kind = goPlainKind(text, tag === "timestamp");
  if (kind !== tag && !(tag === "float" && kind === "int")) throw new InvalidYaml(`helm cannot read this value: cannot decode !!${kind} \`${text}\` as a !!${tag}`, node);
}

/** The kind go-yaml v2 resolves a plain scalar to; timestamps only under an explicit !!timestamp, as in resolve.go. */
function goPlainKind(text: string, timestamp: boolean): string {
  if (text === "") return "null";
  if (GO_YAML_V2_WORDS.has(text)) {
    const word = GO_YAML_V2_WORDS.get(text);
    return word === null ? "null" : typeof word === "boolean" ? "bool" : "float";
  }
  if (timestamp && goTimestamp(text)) return "timestamp";
  const plain = text.replace(/_/g, "");
  if (/^[0-9+-]/.test(text) && goParseIntBase0(plain) !== undefined) return "int";
  if (YAML_STYLE_FLOAT.test(text[0] === "." ? text : plain) && Number.isFinite(Number(text[0] === "." ? text : plain))) return "float";
  return "str";
}

/** Go's time.Parse with go-yaml v2's layouts (2006-1-2T15:4:5.999999999Z07:00, the same with t, 2006-1-2 15:4:5.999999999, 2006-1-2); the date must exist. */
function goTimestamp(text: string): boolean {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?(?:Z|[-+]\d{2}:\d{2})| +\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?)?$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A plain (unquoted, untagged) scalar as go-yaml v2 resolves it (resolve.go) and JSON keeps it:
 * its words (`y`, `on`, `~`, `.inf` …), integers by Go's strconv.ParseInt base 0 after dropping `_`
 * (`0x10` 16, `0o7` 7, `010` 8, `0b11` 3), then floats of YAML's decimal form. Everything else
 * (dates, `1:20`, `1.5e`) stays the string as written: v2 gives timestamps back as their text.
 */
export function helmPlainScalar(text: string): unknown {
  if (GO_YAML_V2_WORDS.has(text)) return GO_YAML_V2_WORDS.get(text);
  if (text === "") return null;
  const first = text[0]!;
  if (first === ".") return YAML_STYLE_FLOAT.test(text) ? goParseFloat(text) : text;
  if (!/[0-9+-]/.test(first)) return text;
  const plain = text.replace(/_/g, "");
  const integer = goParseIntBase0(plain);
  if (integer !== undefined) return integer;
  if (YAML_STYLE_FLOAT.test(plain)) return goParseFloat(plain, text);
  return text;
}

/** strconv.ParseFloat: a number out of float64's range (1e400) is an error, and go-yaml v2 then keeps the text. */
function goParseFloat(plain: string, text = plain): number | string {
  const value = Number(plain);
  return Number.isFinite(value) ? value : text;
}

const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt(s, 0, 64), else ParseUint(s, 0, 64): the number, or undefined when both fail. */
function goParseIntBase0(s: string): number | undefined {
  const match = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!match) return undefined;
  const [, sign, digits] = match as unknown as [string, string, string];
  const prefix = digits.slice(0, 2).toLowerCase();
  let magnitude: bigint;
  if (prefix === "0x" || prefix === "0b") magnitude = BigInt(digits.toLowerCase());
  else if (prefix === "0o") magnitude = BigInt(`0o${digits.slice(2)}`);
  else if (digits.length > 1 && digits[0] === "0") magnitude = BigInt(`0o${digits.slice(1)}`);
  else magnitude = BigInt(digits);
  const value = sign === "-" ? -magnitude : magnitude;
  if (value < INT64_MIN || value > UINT64_MAX || (sign !== "" && value > 2n ** 63n - 1n)) return undefined;
  return Number(value);
}

function offsetsOf(node: Node | null | undefined): [number, number] | undefined {
  return node?.range ? [node.range[0], node.range[1]] : undefined;
}

/**
 * Whether a value is true to a Go template's `if` and to Python's `if` alike: absent, null, false, 0,
 * "" and empty collections are false, anything else true (the string "false" too).
 */
export function isTruthy(node: VNode | undefined): boolean {
  if (node === undefined) return false;
  if (node.kind === "map") return node.entries.size > 0;
  if (node.kind === "seq") return node.items.length > 0;
  return node.value !== null && node.value !== false && node.value !== 0 && node.value !== "";
}

/** Plain JS value of a tree (what Helm's templates would see). */
export function toJS(node: VNode | null | undefined): unknown {
  if (!node) return null;
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toJS);
  const out: Record<string, unknown> = {};
  for (const [key, child] of node.entries) {
    // An own property, never the prototype: `__proto__` is a key like any other in values.
    if (key === "__proto__") Object.defineProperty(out, key, { value: toJS(child), writable: true, enumerable: true, configurable: true });
    else out[key] = toJS(child);
  }
  return out;
}

export function childAt(node: VNode | null | undefined, key: string | number): VNode | undefined {
  if (!node) return undefined;
  if (node.kind === "map" && typeof key === "string") return node.entries.get(key);
  if (node.kind === "seq" && typeof key === "number") return node.items[key];
  return undefined;
}

/**
 * Helm's merge of user values (pkg/cli/values mergeMaps; its chart loader's MergeMaps for helm 4's
 * `--set-json '{…}'` is the same): maps merge deeply, anything else replaces, null included.
 */
export function mergeMaps(base: VMap, over: VMap): VMap {
  const entries = new Map(base.entries);
  for (const [key, value] of over.entries) {
    const previous = entries.get(key);
    entries.set(key, previous?.kind === "map" && value.kind === "map" ? mergeMaps(previous, value) : value);
  }
  return { kind: "map", entries, origin: base.entries.size > 0 ? base.origin : over.origin };
}
