/**
 * Env scopes of the values: env lists at any depth (list and map style), CodeMie's extraEnv +
 * customEnv merged by name with the pools' lists, and the ConfigMaps/Secrets the values ship.
 */
import { mayBeSecretName } from "../core/secrets.ts";
import type { NodeRef } from "../core/source.ts";
import type { YamlPath } from "../core/types.ts";
import { decodeBase64, envEntries, ResolvedEnv, type EnvEntry, type ObjectData, type ObjectIndex } from "../kube/env.ts";
import { embeddedTree } from "../yaml/embedded.ts";
import { isTruthy, type VMap, type VNode } from "../yaml/vnode.ts";
import type { EnvList, EnvScope } from "./types.ts";

const MAP_ENV_KEYS = new Set(["env", "envVars", "extraEnvVars", "envVariables"]);
/** CodeMie's chart merges these lists by name, later wins; pools append their own list. */
const CODEMIE_LISTS = ["extraEnv", "customEnv"];
const CODEMIE_POOLS = ["dsPool", "proxyPool"];

/**
 * The env lists of a values tree: lists of entries at any depth, and maps under env-like keys.
 * `onMap` sees every map that is no env list, with its path.
 */
function walkEnvLists(root: VMap, onList: (list: EnvList, node: VNode) => void, onMap?: (map: VMap, path: YamlPath) => void): void {
  const visit = (node: VNode, path: YamlPath, parentKey: string | number | undefined, depth: number): void => {
    if (depth > 200) return;
    if (node.kind === "seq") {
      const list = envListFromSeq(node, parentKey);
      if (list) onList(list, node);
      else node.items.forEach((item, index) => visit(item, [...path, index], index, depth + 1));
      return;
    }
    if (node.kind !== "map") return;
    const list = typeof parentKey === "string" && MAP_ENV_KEYS.has(parentKey) ? envListFromMap(node) : undefined;
    if (list) {
      onList(list, node);
      return;
    }
    onMap?.(node, path);
    for (const [key, child] of node.entries) visit(child, [...path, key], key, depth + 1);
  };
  visit(root, [], undefined, 0);
}

/** The env lists one values file writes (before later layers replace them: a literal key there is still committed). */
export function envListsOf(root: VMap): EnvList[] {
  const lists: EnvList[] = [];
  walkEnvLists(root, (list) => lists.push(list));
  return lists;
}

export function collectValuesScopes(root: VMap, envLists: EnvList[], scopes: EnvScope[], objects: ObjectIndex): void {
  const consumed = new Set<EnvList>();
  const listsByNode = new Map<VNode, EnvList>();
  const chartMaps: { map: VMap; path: YamlPath }[] = [];
  walkEnvLists(
    root,
    (list, node) => {
      envLists.push(list);
      listsByNode.set(node, list);
    },
    (node, path) => {
      // CodeMie's chart map: its own lists, or a pool with a list (the main workload runs without one).
      if (CODEMIE_LISTS.some((key) => node.entries.get(key)?.kind === "seq") || CODEMIE_POOLS.some((pool) => poolList(node, pool)?.kind === "seq")) chartMaps.push({ map: node, path });
    },
  );

  const label = (path: YamlPath, key: string): string => [...path, key].join(".");
  for (const { map, path } of chartMaps) {
    const main = CODEMIE_LISTS.map((key) => map.entries.get(key)).flatMap((node) => (node && listsByNode.get(node) ? [listsByNode.get(node)!] : []));
    // A pool's own `extraEnv` was taken with its parent chart map (visited first).
    if (main.length > 0 && main.every((list) => consumed.has(list))) continue;
    for (const list of main) {
      consumed.add(list);
      list.mergedByName = true;
    }
    const pools = CODEMIE_POOLS.flatMap((pool) => {
      const list = listsByNode.get(poolList(map, pool)!);
      return list && !consumed.has(list) ? [{ pool, list, node: map.entries.get(pool) as VMap }] : [];
    });
    if (main.length === 0 && pools.length === 0) continue;
    const mainLabel = main.length > 0 ? CODEMIE_LISTS.filter((key) => map.entries.has(key)).map((key) => label(path, key)).join(" + ") : `${label(path, "extraEnv")} (not set)`;
    const peers = path.join(".");
    const mainAt: NodeRef = main.length > 0 ? { ...main[0]!.at, part: "key" } : { ...pools[0]!.node.origin, part: "key" };
    scopes.push({ ...valuesScope(mainLabel, main, objects, true), peers, at: mainAt });
    for (const { pool, list: poolList, node: poolNode } of pools) {
      consumed.add(poolList);
      poolList.mergedByName = true;
      // CodeMie's chart deploys a pool only `if .Values.<pool>.enabled`, false by default: its list reaches no pod otherwise.
      if (poolList.entries.length === 0 || !isTruthy(poolNode.entries.get("enabled"))) continue;
      scopes.push({ ...valuesScope(`${mainLabel} + ${label(path, `${pool}.extraEnv`)}`, [...main, poolList], objects, true), peers });
    }
  }
  for (const list of envLists) {
    if (consumed.has(list)) continue;
    scopes.push(valuesScope(list.at.path.join("."), [list], objects, false));
  }
}

/**
 * The env lists of the LiteLLM chart's own values: `envVars` (a map the chart renders quoted) and
 * `extraEnvVars` (a list it renders with toYaml, types and all), checked like the platform's.
 */
export function liteLLMEnvLists(root: VMap): EnvList[] {
  const lists: EnvList[] = [];
  const envVars = root.entries.get("envVars");
  // The chart renders each value with `quote`: a map there is no entry's fields.
  const map = envVars?.kind === "map" ? envListFromMap(envVars, false) : undefined;
  if (map) lists.push(map);
  const extraEnvVars = root.entries.get("extraEnvVars");
  const list = extraEnvVars?.kind === "seq" ? envListFromSeq(extraEnvVars, "extraEnvVars") : undefined;
  if (list) lists.push(list);
  return lists;
}

/** The `extraEnv` node of a CodeMie pool (`dsPool`, `proxyPool`) under `map`, if any. */
function poolList(map: VMap, pool: string): VNode | undefined {
  const node = map.entries.get(pool);
  return node?.kind === "map" ? node.entries.get("extraEnv") : undefined;
}

/** `mergedByName`: CodeMie's chart merges the lists; any other list reaches the container as written (the kubelet's order). */
function valuesScope(label: string, lists: EnvList[], objects: ObjectIndex, mergedByName: boolean): EnvScope {
  const written = lists.flatMap((list) => list.entries);
  const entries = mergedByName ? mergeByName(written) : written;
  return { origin: "values", label, lists, vars: new ResolvedEnv(envEntries(entries), [], undefined, objects), missingEnvFrom: [] };
}

/** The chart's merge: one entry per name, the last value, in order of first appearance. */
function mergeByName(entries: EnvEntry[]): EnvEntry[] {
  const byName = new Map<string, EnvEntry>();
  for (const entry of entries) byName.set(entry.name, entry);
  const order = new Map<string, EnvEntry>();
  for (const entry of entries) if (!order.has(entry.name)) order.set(entry.name, byName.get(entry.name)!);
  return [...order.values()];
}

/**
 * A list of `{name, value | valueFrom}` maps. Like the charts that merge env lists by name, items
 * without a name (or null padding from a `--set list[5]…`) are skipped, and so is any other item
 * that is no such map; an entry with no value, or
 * `value: null`, gives the container "". A list under a key named like env counts even when no
 * entry has a value; elsewhere one value is needed (`ports: [{name: http}]` is no env list).
 */
function envListFromSeq(node: VNode & { kind: "seq" }, parentKey: string | number | undefined): EnvList | undefined {
  const envKey = typeof parentKey === "string" && /env$/i.test(parentKey);
  const entries: EnvEntry[] = [];
  let hasValue = false;
  for (const item of node.items) {
    if (item.kind === "scalar" && item.value === null) continue;
    // An item that is no env entry (a scalar, a list, a name that is not a string) is passed over: the
    // others are still checked (one odd item must not hide a literal key in the same list).
    if (item.kind !== "map") continue;
    const name = item.entries.get("name");
    if (!name || name.kind !== "scalar" || typeof name.value !== "string") continue;
    if (item.entries.has("value") || item.entries.has("valueFrom")) hasValue = true;
    entries.push(entryOf(name.value, item, { ...item.origin, sensitive: mayBeSecretName(name.value) }));
  }
  if (!hasValue && !envKey) return undefined;
  return { ...envEntries(entries), origin: "values", style: "list", at: node.origin, entries };
}

/**
 * A map of names to values (`{NAME: value}`), or (`entryFields`) to an entry's own fields
 * (`{NAME: {valueFrom: …}}`, which charts render with toYaml). Anything else under a key is no env map (`env: {prod: {…}}`).
 * Charts render the map with `range`, which goes through Go's sorted keys: the container sees the
 * entries in that order, whatever order the file writes them in, and `$(VAR)` expands in it.
 */
function envListFromMap(node: VMap, entryFields = true): EnvList | undefined {
  const entries: EnvEntry[] = [];
  for (const [name, value] of node.entries) {
    const sensitive = mayBeSecretName(name);
    const at: NodeRef = { ...value.origin, part: "pair", sensitive };
    if (value.kind === "scalar") {
      entries.push({ name, value: value.value, at, valueAt: { ...value.origin, sensitive } });
      continue;
    }
    // Under a key the chart renders with quote (the LiteLLM chart's envVars), a map or list is text no check reads: the rest still counts.
    if (!entryFields) continue;
    const fields = value.kind === "map" ? [...value.entries.keys()] : [];
    if (fields.length === 0 || !fields.every((field) => field === "value" || field === "valueFrom")) return undefined;
    entries.push(entryOf(name, value as VMap, at));
  }
  entries.sort((a, b) => compareCodePoints(a.name, b.name));
  return { ...envEntries(entries), origin: "values", style: "map", at: node.origin, entries };
}

/** An entry from a map of its fields (`value`, `valueFrom`): no value, or `value: null`, gives the container "". */
function entryOf(name: string, fields: VMap, at: NodeRef): EnvEntry {
  const value = fields.entries.get("value");
  const valueFrom = fields.entries.get("valueFrom");
  const entry: EnvEntry = { name, at, valueAt: { ...(value ?? valueFrom ?? fields).origin, sensitive: at.sensitive } };
  if (value && !(value.kind === "scalar" && value.value === null)) entry.value = value.kind === "scalar" ? value.value : toPlain(value);
  else if (!valueFrom) entry.value = "";
  if (valueFrom) entry.valueFrom = toPlain(valueFrom);
  return entry;
}

/** Go's string order (bytes of UTF-8), which is code point order; `<` on JS strings compares UTF-16 units. */
function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = left[i]!.codePointAt(0)! - right[i]!.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

function toPlain(node: VNode): unknown {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toPlain);
  return Object.fromEntries([...node.entries].map(([key, child]) => [key, toPlain(child)]));
}

/** ConfigMaps and Secrets that the values themselves ship (CodeMie's `extraObjects`, map or string items). */
export function valuesObjectIndex(root: VMap): ObjectIndex {
  const found: { kind: "ConfigMap" | "Secret"; name: string; data: ObjectData }[] = [];
  const visit = (node: VNode, key: string | number | undefined, depth: number): void => {
    if (depth > 50) return;
    if (node.kind === "seq" && (key === "extraObjects" || key === "extraManifests")) {
      for (const listed of node.items) {
        // An item written as a string is YAML the chart renders through `tpl`.
        const item = listed.kind === "scalar" ? embeddedTree(listed) : listed;
        if (item?.kind !== "map") continue;
        const kind = scalarString(item.entries.get("kind"));
        const metadata = item.entries.get("metadata");
        const name = metadata?.kind === "map" ? scalarString(metadata.entries.get("name")) : undefined;
        if ((kind === "ConfigMap" || kind === "Secret") && name) found.push({ kind, name, data: dataOfValuesObject(item, kind) });
      }
      return;
    }
    if (node.kind === "map") for (const [childKey, child] of node.entries) visit(child, childKey, depth + 1);
  };
  visit(root, undefined, 0);
  return {
    searched: "the values' extraObjects",
    // A name the chart renders (`{{ .Release.Name }}-budget`) matches any name with its literal parts.
    find: (kind, name) => (found.find((object) => object.kind === kind && object.name === name) ?? found.find((object) => object.kind === kind && renderedNamePattern(object.name)?.test(name)))?.data,
  };
}

function renderedNamePattern(name: string): RegExp | undefined {
  if (!name.includes("{{")) return undefined;
  const parts = name.split(/\{\{.*?\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".+")}$`);
}

function scalarString(node: VNode | undefined): string | undefined {
  return node?.kind === "scalar" && typeof node.value === "string" ? node.value : undefined;
}

function dataOfValuesObject(item: VMap, kind: "ConfigMap" | "Secret"): ObjectData {
  const data = new Map<string, string>();
  const refs = new Map<string, NodeRef>();
  const read = (field: string, decode: boolean): void => {
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

