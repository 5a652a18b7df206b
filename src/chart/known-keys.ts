/**
 * Which override keys the chart knows: its values.yaml (including keys left commented out), the
 * `.Values` paths its templates read, and its schema. Maps that are free-form by design (empty or
 * scalar defaults, annotations, labels, env maps, `extra*`, maps passed to toYaml, subcharts) are
 * never checked below their own level.
 */
import { isRecord } from "../core/guards.ts";
import { schemaJson } from "./schema.ts";
import type { YamlPath } from "../core/types.ts";
import type { VMap, VNode } from "../yaml/vnode.ts";
import type { ChartModel } from "./model.ts";
import { scopedValuesPath } from "./rendered.ts";

export type KeyVerdict = { kind: "descend" } | { kind: "free" } | { kind: "unknown"; suggestion?: string };

/** Key names whose maps hold arbitrary user keys in most charts. */
const FREE_FORM_NAME =
  /^(.*annotations|.*labels|.*selector|.*selectors|nodeselector|env|envs|envvars|envvariables|environment|extra.*|.*config|.*configs|configuration|.*configmaps?|data|stringdata|binarydata|.*files|.*secrets?|resources|affinity|.*tolerations|.*securitycontext|.*args|command|.*options|.*settings|.*parameters|.*params|.*overrides?|global)$/i;

export class KeyCatalog {
  private readonly defaults: VMap;
  private readonly subcharts: Set<string>;
  private readonly referenced = new Set<string>();
  private readonly freeForm = new Set<string>();
  private readonly commented = new Set<string>();
  private readonly schema: unknown;

  constructor(chart: ChartModel & { defaultsTree: VMap }) {
    this.defaults = chart.defaultsTree;
    this.subcharts = new Set(chart.input.subcharts ?? []);
    // A subchart's template reads its own section of the values (`.Values.x` there is `sub.x` here).
    // Its helpers (`_*.tpl`, a library chart's) may be included with the parent's context: both.
    for (const [helmPath, template] of chart.templates) {
      const prefix = scopedValuesPath(helmPath, []);
      scanTemplate(template.text, this.referenced, this.freeForm, prefix);
      if (prefix.length > 0 && /\/_[^/]*$/.test(helmPath)) scanTemplate(template.text, this.referenced, this.freeForm);
    }
    // A chart that renders values through `tpl` (CodeMie's extraObjects) reads what those strings reference too.
    if ([...chart.templates.values()].some((template) => /\btpl\b/.test(template.text))) {
      for (const text of stringsIn(chart.coalesced.root)) if (text.includes(".Values")) scanTemplate(text, this.referenced, new Set());
    }
    if (chart.defaults) scanCommentedKeys(chart.defaults.text, this.commented);
    const parsed = chart.schema ? schemaJson(chart.schema) : undefined;
    this.schema = parsed && "value" in parsed ? parsed.value : undefined;
  }

  /** Verdict for `parent + key`, where `parent` was itself given "descend". */
  classify(parent: YamlPath, key: string): KeyVerdict {
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

  private defaultsAt(path: YamlPath): VNode | undefined {
    let node: VNode | undefined = this.defaults;
    for (const segment of path) node = node?.kind === "map" ? node.entries.get(String(segment)) : undefined;
    return node;
  }

  private candidates(parent: YamlPath, parentNode: VMap): string[] {
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
}

/** A default that is a non-empty map of identifier-like keys, under a name that is not free-form by convention. */
function isCheckedMap(node: VNode, key: string): boolean {
  if (node.kind !== "map" || node.entries.size === 0) return false;
  if (FREE_FORM_NAME.test(key)) return false;
  for (const name of node.entries.keys()) if (/[./]/.test(name) || /^[A-Z][A-Z0-9_]*$/.test(name)) return false;
  return true;
}

/** Every string value in a tree, without recursion (values may nest deep). */
function stringsIn(root: VNode): string[] {
  const out: string[] = [];
  const pending: VNode[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.kind === "scalar") {
      if (typeof node.value === "string") out.push(node.value);
    } else if (node.kind === "map") for (const child of node.entries.values()) pending.push(child);
    else for (const item of node.items) pending.push(item);
  }
  return out;
}

/** `.Values.a.b` and `index .Values "a" "b"` paths (and their prefixes); maps passed whole to toYaml, tpl or range are free-form. */
export function scanTemplate(text: string, referenced: Set<string>, freeForm: Set<string>, prefix: YamlPath = []): void {
  // `global` is shared by the chart and its subcharts; anything else is under the subchart's key.
  const scoped = (segments: string[]): string[] => (segments[0] === "global" ? segments : [...prefix.map(String), ...segments]);
  const add = (segments: string[]): void => {
    const full = scoped(segments);
    for (let i = 1; i <= full.length; i++) referenced.add(full.slice(0, i).join("."));
  };
  for (const match of text.matchAll(/\.Values((?:\.[A-Za-z_][\w-]*)+)/g)) add(match[1]!.slice(1).split("."));
  for (const match of text.matchAll(/index\s+\$?\.Values((?:\s+"[^"]+")+)/g)) add([...match[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!));
  const whole = [
    /(?:toYaml|toJson|toPrettyJson|toRawJson|tpl|merge|mergeOverwrite|keys|range\s+(?:\$\w+\s*(?:,\s*\$\w+\s*)?:=\s*)?)\s*\(?\s*\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*[|)}\s]/g,
    /\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*\|\s*(?:toYaml|toJson|toPrettyJson|keys)/g,
  ];
  for (const pattern of whole) for (const match of text.matchAll(pattern)) freeForm.add(scoped(match[1]!.slice(1).split(".")).join("."));
  // {{- with .Values.podAnnotations }} … {{- toYaml . | nindent 8 }} … {{- end }}
  for (const match of text.matchAll(/\{\{-?\s*with\s+\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*-?\}\}/g)) {
    const body = text.slice(match.index + match[0].length, match.index + match[0].length + 400);
    const end = body.search(/\{\{-?\s*end\b/);
    const scope = end === -1 ? body : body.slice(0, end);
    if (/(toYaml|toJson|tpl|range)\s*\(?\s*\.\s*[|)}\s]|range\s+\$\w+\s*(,\s*\$\w+\s*)?:=\s*\.\s/.test(scope)) freeForm.add(scoped(match[1]!.slice(1).split(".")).join("."));
  }
}

/** Keys documented but commented out (`# nodeSelector: {}`), placed under their parent by indentation. */
export function scanCommentedKeys(text: string, out: Set<string>): void {
  const stack: { indent: number; key: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const real = /^(\s*)([A-Za-z_][\w.-]*|"[^"]+"|'[^']+'):(?:\s|$)/.exec(line);
    const commented = real ? null : /^(\s*)#+( *)([A-Za-z_][\w-]*):(?:\s|$)/.exec(line);
    if (!real && !commented) continue;
    const indent = real ? real[1]!.length : commented![1]!.length + Math.max(commented![2]!.length - 1, 0);
    const key = real ? real[2]!.replace(/^["']|["']$/g, "") : commented![3]!;
    while (stack.length > 0 && stack.at(-1)!.indent >= indent) stack.pop();
    const path = [...stack.map((entry) => entry.key), key].join(".");
    if (commented) out.add(path);
    stack.push({ indent, key });
  }
}

type SchemaVerdict = "known" | "free" | "covered" | "unknown";

/** What the schema says about `parent.key`: declared, allowed by additional/pattern properties, forbidden (the schema rule reports it), or nothing. */
function schemaVerdict(schema: unknown, parent: YamlPath, key: string): SchemaVerdict {
  const nodes = schemaNodesAt(schema, schema, parent);
  if (nodes.length === 0) return "unknown";
  let verdict: SchemaVerdict = "unknown";
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

function schemaProperties(schema: unknown, parent: YamlPath): string[] {
  return schemaNodesAt(schema, schema, parent).flatMap((node) => (isRecord(node.properties) ? Object.keys(node.properties) : []));
}

function schemaNodesAt(root: unknown, schema: unknown, path: YamlPath, depth = 0): Record<string, unknown>[] {
  if (!isRecord(schema) || depth > 64) return [];
  const expanded = expand(root, schema, depth);
  if (path.length === 0) return expanded;
  const [head, ...rest] = path;
  const out: Record<string, unknown>[] = [];
  for (const node of expanded) {
    const properties = node.properties;
    if (isRecord(properties) && String(head) in properties) out.push(...schemaNodesAt(root, properties[String(head)], rest, depth + 1));
    else if (isRecord(node.additionalProperties)) out.push(...schemaNodesAt(root, node.additionalProperties, rest, depth + 1));
  }
  return out;
}

/** The schema with local `$ref`s and `allOf` members followed. */
function expand(root: unknown, schema: Record<string, unknown>, depth: number): Record<string, unknown>[] {
  if (depth > 64) return [];
  const out: Record<string, unknown>[] = [schema];
  if (typeof schema.$ref === "string" && schema.$ref.startsWith("#")) {
    let target: unknown = root;
    for (const raw of schema.$ref.slice(1).split("/").filter(Boolean)) target = isRecord(target) ? target[raw.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
    if (isRecord(target)) out.push(...expand(root, target, depth + 1));
  }
  if (Array.isArray(schema.allOf)) for (const member of schema.allOf) if (isRecord(member)) out.push(...expand(root, member, depth + 1));
  return out;
}


function safeTest(pattern: string, key: string): boolean {
  try {
    return new RegExp(pattern, "u").test(key);
  } catch {
    return false;
  }
}

/** The closest candidate by edit distance (transpositions count once), for a did-you-mean. */
export function suggestion(key: string, candidates: string[]): { suggestion?: string } {
  const normal = (text: string): string => text.toLowerCase().replace(/[-_]/g, "");
  let best: { name: string; distance: number } | undefined;
  for (const name of [...candidates].sort()) {
    if (name === key) continue;
    const distance = normal(name) === normal(key) ? 0.5 : editDistance(key, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return {};
  const limit = key.length <= 4 ? 1 : key.length <= 10 ? 2 : 3;
  return best.distance <= limit ? { suggestion: best.name } : {};
}

function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}
