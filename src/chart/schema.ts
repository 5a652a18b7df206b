/**
 * values.schema.json checked with Ajv (loaded on first use) against the coalesced values, each error
 * turned into the node of the layer that supplied the offending value.
 */
import type { NodeRef, SourceHandle } from "../core/source.ts";
import type { YamlPath } from "../core/types.ts";
import { childAt, toJS, type VMap, type VNode } from "../yaml/vnode.ts";
import { lastLayerWriting, type ChartModel } from "./model.ts";

export interface SchemaError {
  kind: "invalid" | "required" | "additional";
  path: YamlPath;
  /** The missing or extra key. */
  key?: string;
  /** Ajv's wording: "must be string", "must be >= 1". */
  problem: string;
  at: NodeRef;
  /** The schema keyword that failed. */
  schemaAt?: NodeRef;
}

/** `remote`: a schema the chart's refers to by URL, which is left out (helm fetches it; this tool reads no network). */
export type SchemaOutcome = { ok: true; errors: SchemaError[]; remote?: string } | { ok: false; reason: string; at?: [number, number] };

interface AjvError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
}
type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
type AjvInstance = { compile(schema: unknown): Validate };
type AjvClass = new (options: Record<string, unknown>) => AjvInstance;

const compiled = new Map<string, Validate | Error>();

async function ajvClass(dialect: string): Promise<AjvClass> {
  const load = async (module: Promise<unknown>): Promise<AjvClass> => {
    const loaded = (await module) as { default: AjvClass | { default: AjvClass } };
    const candidate = loaded.default as AjvClass & { default?: AjvClass };
    return candidate.default ?? candidate;
  };
  if (dialect.includes("2020-12")) return load(import("ajv/dist/2020.js"));
  if (dialect.includes("2019-09")) return load(import("ajv/dist/2019.js"));
  return load(import("ajv"));
}

const parsedSchemas = new WeakMap<SourceHandle, { value: unknown } | { error: Error }>();

/** The schema file read as JSON, once per source (validation and the unknown-key check both read it). */
export function schemaJson(source: SourceHandle & { text: string }): { value: unknown } | { error: Error } {
  let parsed = parsedSchemas.get(source);
  if (!parsed) {
    try {
      parsed = { value: JSON.parse(source.text) };
    } catch (error) {
      parsed = { error: error as Error };
    }
    parsedSchemas.set(source, parsed);
  }
  return parsed;
}

/** Compiles (once per schema text) and validates. Formats are not asserted: ajv-formats is not a dependency. */
export async function validateChartValues(chart: ChartModel): Promise<SchemaOutcome> {
  const source = chart.schema;
  if (!source) return { ok: true, errors: [] };
  const parsed = schemaJson(source);
  if ("error" in parsed) {
    const offset = /position (\d+)/.exec(parsed.error.message)?.[1];
    const at: [number, number] | undefined = offset === undefined ? undefined : [Number(offset), Number(offset) + 1];
    return { ok: false, reason: `it is not JSON (${parsed.error.message.split("\n")[0]})`, ...(at ? { at } : {}) };
  }
  const schema = parsed.value;
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return { ok: false, reason: "it is not a JSON object" };
  // Helm fetches a schema's remote $ref (a library chart's schema by URL); this tool reads no network,
  // so such a reference is left out and the rest of the schema is checked.
  const remote: string[] = [];
  let validate = compiled.get(source.text);
  const { $schema, ...rest } = schema as Record<string, unknown>;
  const local = withoutRemoteRefs(rest, remote);
  if (!validate) {
    try {
      const Ajv = await ajvClass(typeof $schema === "string" ? $schema : "");
      validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false, validateSchema: false }).compile(local as Record<string, unknown>);
    } catch (error) {
      validate = error as Error;
    }
    compiled.set(source.text, validate);
  }
  if (validate instanceof Error) return { ok: false, reason: `Ajv cannot compile it: ${validate.message.split("\n")[0]}` };

  const root = chart.coalesced.root;
  const data = toJS(root) ?? {};
  const outcome: SchemaOutcome = { ok: true, errors: [], ...(remote.length > 0 ? { remote: remote[0]! } : {}) };
  if (validate(data)) return outcome;
  for (const error of validate.errors ?? []) outcome.errors.push(toSchemaError(chart, root, error));
  return outcome;
}

/** Keywords whose values are data, not schemas: a `$ref` key inside them is no reference. */
const DATA_KEYWORDS = new Set(["default", "examples", "enum", "const"]);

/**
 * The schema without its `$ref`s to http(s) URLs, which go to `found`; JSON Schema's own meta-schemas
 * (json-schema.org) stay: Ajv has them.
 */
function withoutRemoteRefs(node: unknown, found: string[], depth = 0): unknown {
  if (depth > 64 || typeof node !== "object" || node === null) return node;
  if (Array.isArray(node)) return node.map((item) => withoutRemoteRefs(item, found, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string" && /^https?:\/\//i.test(value) && !/^https?:\/\/json-schema\.org\//i.test(value)) {
      found.push(value);
      continue;
    }
    copy[key] = DATA_KEYWORDS.has(key) ? value : withoutRemoteRefs(value, found, depth + 1);
  }
  return copy;
}

function toSchemaError(chart: ChartModel, root: VMap, error: AjvError): SchemaError {
  const path = pointerToPath(error.instancePath, root);
  const schemaAt = schemaRef(chart, error.schemaPath);
  const base = schemaAt ? { schemaAt } : {};
  if (error.keyword === "required") {
    const key = String(error.params.missingProperty ?? "");
    return { kind: "required", path, key, problem: error.message ?? "is required", at: parentKeyRef(chart, path), ...base };
  }
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    const key = String(error.params.additionalProperty ?? error.params.unevaluatedProperty ?? "");
    const node = childAt(nodeAt(root, path), key);
    const at: NodeRef = node ? { ...node.origin, part: "key" } : parentKeyRef(chart, path);
    return { kind: "additional", path, key, problem: error.message ?? "must not have additional properties", at, ...base };
  }
  let problem = error.message ?? `fails "${error.keyword}"`;
  if (error.keyword === "enum" && Array.isArray(error.params.allowedValues)) problem += `: ${error.params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}`;
  if (error.keyword === "type") problem += `, not ${typeName(toJS(nodeAt(root, path)))}`;
  const node = nodeAt(root, path);
  return { kind: "invalid", path, problem, at: invalidAt(chart, node, path, error), ...base };
}

/**
 * A scalar is reported where it is written. A map or list is merged from several layers, so its own
 * node is the chart's default: the error goes to the key in the last layer that writes it, or, for
 * `dependentRequired`/`dependencies`, to the key whose presence needs the missing one.
 */
function invalidAt(chart: ChartModel, node: VNode | undefined, path: YamlPath, error: AjvError): NodeRef {
  if (!node) return parentKeyRef(chart, path);
  if (node.kind === "scalar") return node.origin;
  const trigger = error.keyword === "dependentRequired" || error.keyword === "dependencies" ? childAt(node, String(error.params.property ?? "")) : undefined;
  if (trigger) return { ...trigger.origin, part: "key" };
  return parentKeyRef(chart, path);
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** The key of the parent in the last layer that writes it (or the top of that layer for the root). */
function parentKeyRef(chart: ChartModel, path: YamlPath): NodeRef {
  for (let length = path.length; length >= 0; length--) {
    const target = lastLayerWriting(chart, path.slice(0, length));
    if (target) return { source: target.source, path: target.path, part: "key" };
  }
  const fallback = chart.userLayers.at(-1)?.source ?? chart.defaults ?? chart.coalesced.root.origin.source;
  return { source: fallback, path: [], part: "key" };
}

export function nodeAt(root: VNode, path: YamlPath): VNode | undefined {
  let node: VNode | undefined = root;
  for (const segment of path) node = childAt(node, segment);
  return node;
}

function pointerToPath(pointer: string, root: VNode): YamlPath {
  if (pointer === "") return [];
  const path: YamlPath = [];
  let node: VNode | undefined = root;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const key: string | number = node?.kind === "seq" && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(key);
    node = childAt(node, key);
  }
  return path;
}

/** `#/properties/image/properties/tag/type` → that key in the schema document. */
function schemaRef(chart: ChartModel, schemaPath: string): NodeRef | undefined {
  if (!chart.schema || !schemaPath.startsWith("#")) return undefined;
  const segments = schemaPath
    .slice(1)
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~"));
  const path: YamlPath = segments.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  return { source: chart.schema, path, part: "key" };
}
