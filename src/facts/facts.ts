/**
 * Facts the rules read: every env list (values and manifests), every resolved environment
 * (a values scope or a manifest container), and the effective budget ids with their origins.
 */
import { mayBeSecretName } from "../core/secrets.ts";
import type { NodeRef } from "../core/source.ts";
import type { BudgetIdSource, ObjectIdentity, YamlPath } from "../core/types.ts";
import type { BudgetsConfig } from "../codemie/budgets-config.ts";
import type { ManifestModel, ManifestObject } from "../inputs/manifests.ts";
import type { PodContainer } from "../inputs/workload.ts";
import type { ValuesModel } from "../inputs/values.ts";
import type { VMap, VNode } from "../yaml/vnode.ts";
import { envEntries, ResolvedEnv, type EnvEntry, type EnvFromEntry, type ObjectData, type ObjectIndex, type ResolvedVar } from "../kube/env.ts";

export interface EnvList {
  origin: "values" | "manifest";
  style: "list" | "map";
  /** Where the list is (path in the effective values, or in the manifest document). */
  at: NodeRef;
  entries: EnvEntry[];
}

export interface EnvScope {
  origin: "values" | "manifest";
  /** "extraEnv + customEnv", "Deployment/codemie container api", … */
  label: string;
  lists: EnvList[];
  vars: ResolvedEnv;
  object?: ObjectIdentity;
  /** A manifest scope's workload. */
  workload?: ManifestObject;
  missingEnvFrom: EnvFromEntry[];
}

export interface BudgetIdFact {
  id: string | undefined;
  source: BudgetIdSource;
  envName: string | null;
  scope: EnvScope | null;
  variable: ResolvedVar | null;
  /** Where findings point: the value's node (for manifest facts with a values twin, the values node). */
  at: NodeRef | null;
  related: NodeRef[];
  /** A manifest fact whose value the values files supply: findings go to that values fact. */
  mappedTo?: BudgetIdFact;
  /** For budgets-config.yaml entries: platform, cli or premium_models. */
  category?: string;
}

export interface FactOptions {
  budgetIdEnv: string[];
  defaultBudgetId: string;
}

export interface Facts {
  envLists: EnvList[];
  scopes: EnvScope[];
  budgetIds: BudgetIdFact[];
  workloads: number;
}

const MAP_ENV_KEYS = new Set(["env", "envVars", "extraEnvVars", "envVariables"]);
/** CodeMie's chart merges these lists by name, later wins; pools append their own list. */
const CODEMIE_LISTS = ["extraEnv", "customEnv"];
const CODEMIE_POOLS = ["dsPool", "proxyPool"];

/**
 * `external` answers for ConfigMaps and Secrets the inputs do not contain (the cluster, when the
 * adapters were asked to look there); it is consulted only after the inputs' own objects.
 */
export function buildFacts(values: ValuesModel | null, manifests: ManifestModel | null, options: FactOptions, external?: ObjectIndex): Facts {
  const environments = collectEnvironments(values, manifests, external);
  return { ...environments, budgetIds: budgetFacts(environments.scopes, options) };
}

/** Every env list and scope, without budget ids (the engine picks their variables once it knows the platform). */
export function collectEnvironments(values: ValuesModel | null, manifests: ManifestModel | null, external?: ObjectIndex): Omit<Facts, "budgetIds"> {
  const envLists: EnvList[] = [];
  const scopes: EnvScope[] = [];
  if (values) collectValuesScopes(values.root, envLists, scopes, withFallback(valuesObjectIndex(values.root), external));
  let workloads = 0;
  if (manifests) workloads = collectManifestScopes(manifests, envLists, scopes, withFallback(manifestObjectIndex(manifests.objects), external));
  return { envLists, scopes, workloads };
}

// ---------------------------------------------------------------- values

function withFallback(own: ObjectIndex, external: ObjectIndex | undefined): ObjectIndex {
  if (!external) return own;
  return {
    searched: `${own.searched} or ${external.searched}`,
    find: (kind, name, namespace) => own.find(kind, name, namespace) ?? external.find(kind, name, namespace),
    why: (kind, name, namespace) => {
      const reason = external.why?.(kind, name, namespace);
      return reason && `${kind} "${name}" is not in ${own.searched}, and ${reason}`;
    },
  };
}

function collectValuesScopes(root: VMap, envLists: EnvList[], scopes: EnvScope[], objects: ObjectIndex): void {
  const consumed = new Set<EnvList>();
  const listsByNode = new Map<VNode, EnvList>();
  const chartMaps: { map: VMap; path: YamlPath }[] = [];

  const visit = (node: VNode, path: YamlPath, parentKey: string | number | undefined, depth: number): void => {
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
  visit(root, [], undefined, 0);

  const label = (path: YamlPath, key: string): string => [...path, key].join(".");
  for (const { map, path } of chartMaps) {
    const main = CODEMIE_LISTS.map((key) => map.entries.get(key)).flatMap((node) => (node && listsByNode.get(node) ? [listsByNode.get(node)!] : []));
    // A pool's own `extraEnv` was taken with its parent chart map (visited first).
    if (main.length === 0 || main.every((list) => consumed.has(list))) continue;
    main.forEach((list) => consumed.add(list));
    const mainLabel = CODEMIE_LISTS.filter((key) => map.entries.has(key)).map((key) => label(path, key)).join(" + ");
    scopes.push(valuesScope(mainLabel, main, objects));
    for (const pool of CODEMIE_POOLS) {
      const poolNode = map.entries.get(pool);
      const poolList = poolNode?.kind === "map" ? listsByNode.get(poolNode.entries.get("extraEnv")!) : undefined;
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

function valuesScope(label: string, lists: EnvList[], objects: ObjectIndex): EnvScope {
  const entries = mergeByName(lists.flatMap((list) => list.entries));
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

function envListFromSeq(node: VNode & { kind: "seq" }, parentKey: string | number | undefined): EnvList | undefined {
  if (node.items.length === 0) return typeof parentKey === "string" && /env$/i.test(parentKey) ? { origin: "values", style: "list", at: node.origin, entries: [] } : undefined;
  const entries: EnvEntry[] = [];
  let hasValue = false;
  for (const item of node.items) {
    if (item.kind !== "map") return undefined;
    const name = item.entries.get("name");
    if (!name || name.kind !== "scalar" || typeof name.value !== "string") return undefined;
    const value = item.entries.get("value");
    const valueFrom = item.entries.get("valueFrom");
    if (value || valueFrom) hasValue = true;
    const secret = mayBeSecretName(name.value);
    const entry: EnvEntry = { name: name.value, at: { ...item.origin, sensitive: secret }, valueAt: { ...(value ?? valueFrom ?? item).origin, sensitive: secret } };
    if (value) entry.value = value.kind === "scalar" ? value.value : toPlain(value);
    if (valueFrom) entry.valueFrom = toPlain(valueFrom);
    entries.push(entry);
  }
  if (!hasValue) return undefined;
  return { origin: "values", style: "list", at: node.origin, entries };
}

function envListFromMap(node: VMap): EnvList | undefined {
  const entries: EnvEntry[] = [];
  for (const [name, value] of node.entries) {
    if (value.kind !== "scalar") return undefined;
    const sensitive = mayBeSecretName(name);
    entries.push({ name, value: value.value, at: { ...value.origin, part: "pair", sensitive }, valueAt: { ...value.origin, sensitive } });
  }
  return { origin: "values", style: "map", at: node.origin, entries };
}

function toPlain(node: VNode): unknown {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toPlain);
  return Object.fromEntries([...node.entries].map(([key, child]) => [key, toPlain(child)]));
}

/** ConfigMaps and Secrets that the values themselves ship (CodeMie's `extraObjects`). */
function valuesObjectIndex(root: VMap): ObjectIndex {
  const found: { kind: "ConfigMap" | "Secret"; name: string; data: ObjectData }[] = [];
  const visit = (node: VNode, key: string | number | undefined, depth: number): void => {
    if (depth > 50) return;
    if (node.kind === "seq" && (key === "extraObjects" || key === "extraManifests")) {
      for (const item of node.items) {
        if (item.kind !== "map") continue;
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
    find: (kind, name) => found.find((object) => object.kind === kind && object.name === name)?.data,
  };
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

function decodeBase64(text: string): string {
  return Buffer.from(text, "base64").toString("utf8");
}

// ---------------------------------------------------------------- manifests

function collectManifestScopes(model: ManifestModel, envLists: EnvList[], scopes: EnvScope[], objects: ObjectIndex): number {
  let workloads = 0;
  for (const object of model.objects) {
    const pod = object.pod;
    if (!pod) continue;
    workloads++;
    const namespace = object.identity.namespace;
    for (const container of pod.containers) {
      const list = container.env && new ManifestEnvList(container);
      if (list) envLists.push(list);
      // Copies: the container's entries outlive this model (a rebuild with cluster answers reuses them).
      const missingEnvFrom = container.envFrom
        .filter((source) => !source.optional && !objects.find(source.kind, source.name, namespace))
        .map((source) => {
          const reason = objects.why?.(source.kind, source.name, namespace);
          return reason ? { ...source, unresolved: reason } : source;
        });
      scopes.push(new ManifestScope(object, container, list, new ResolvedEnv(container, container.envFrom, namespace, objects), missingEnvFrom));
    }
  }
  return workloads;
}

/** A container's `env`: its entries (with positions) are made each time they are read, never kept. */
class ManifestEnvList implements EnvList {
  readonly origin = "manifest";
  readonly style = "list";
  private readonly container: PodContainer;

  constructor(container: PodContainer) {
    this.container = container;
  }

  get at(): NodeRef {
    return { source: this.container.source, path: [...this.container.path, "env"] };
  }

  get entries(): EnvEntry[] {
    return this.container.envEntries();
  }
}

class ManifestScope implements EnvScope {
  readonly origin = "manifest";
  readonly workload: ManifestObject;
  private readonly container: PodContainer;
  private readonly list: EnvList | undefined;
  readonly vars: ResolvedEnv;
  readonly missingEnvFrom: EnvFromEntry[];

  constructor(workload: ManifestObject, container: PodContainer, list: EnvList | undefined, vars: ResolvedEnv, missingEnvFrom: EnvFromEntry[]) {
    this.workload = workload;
    this.container = container;
    this.list = list;
    this.vars = vars;
    this.missingEnvFrom = missingEnvFrom;
  }

  get object(): ObjectIdentity {
    return this.workload.identity;
  }

  get label(): string {
    const { kind, name } = this.workload.identity;
    return `${kind}/${name} ${this.container.group === "initContainers" ? "init container" : "container"} ${this.container.name}`;
  }

  get lists(): EnvList[] {
    return this.list ? [this.list] : [];
  }
}

function manifestObjectIndex(objects: ManifestObject[]): ObjectIndex {
  const configObjects = objects.filter(({ identity }) => identity.kind === "ConfigMap" || identity.kind === "Secret");
  const byName = Map.groupBy(configObjects, ({ identity }) => `${identity.kind}/${identity.name}`);
  const cache = new Map<ManifestObject, ObjectData>();
  return {
    searched: "the manifests",
    find(kind, name, namespace) {
      // Objects rendered without a namespace land in the release namespace, like the workload.
      const object = byName.get(`${kind}/${name}`)?.find((candidate) => !namespace || !candidate.identity.namespace || candidate.identity.namespace === namespace);
      if (!object) return undefined;
      let data = cache.get(object);
      if (!data) {
        data = manifestObjectData(object);
        cache.set(object, data);
      }
      return data;
    },
  };
}

function manifestObjectData(object: ManifestObject): ObjectData {
  const data = new Map<string, string>();
  const paths = new Map<string, YamlPath>();
  const secret = object.identity.kind === "Secret";
  const read = (field: "data" | "stringData", decode: boolean): void => {
    const block = object[field];
    if (!block) return;
    for (const [key, text] of Object.entries(block)) {
      if (text === null || text === undefined) continue;
      data.set(key, decode ? decodeBase64(String(text)) : String(text));
      paths.set(key, [field, key]);
    }
  };
  read("data", secret);
  if (secret) read("stringData", false);
  return { data, keyAt: (key) => ({ source: object.source, path: paths.get(key) ?? [] }), sensitive: secret };
}

// ---------------------------------------------------------------- budget ids

const TEMPLATE = /\{\{.*\}\}/;
export const PLACEHOLDER = /%%\w+%%/;
export const REFERENCE = /\$\(([^)]*)\)/;

/** What is wrong with a budget id on its face (budget-id-invalid reports it; the live phase does not look it up). */
export function budgetIdDefect(id: string): "empty" | "whitespace" | "template" | "placeholder" | "undefinedReference" | undefined {
  if (id.trim() === "") return "empty";
  if (id !== id.trim()) return "whitespace";
  if (TEMPLATE.test(id)) return "template";
  if (PLACEHOLDER.test(id)) return "placeholder";
  if (REFERENCE.test(id)) return "undefinedReference";
  return undefined;
}

export function budgetFacts(scopes: EnvScope[], options: FactOptions): BudgetIdFact[] {
  const facts: BudgetIdFact[] = [];
  for (const scope of scopes) {
    for (const envName of options.budgetIdEnv) {
      const variable = scope.vars.get(envName);
      if (!variable) continue;
      const at = variable.valueAt ?? variable.entry?.at ?? null;
      const source: BudgetIdSource = scope.origin === "manifest" ? "manifest" : at?.source.kind === "set" ? "set" : "values";
      facts.push({ id: variable.value, source, envName, scope, variable, at, related: [] });
    }
  }
  mapManifestFactsToValues(facts);
  if (facts.length === 0) {
    facts.push({ id: options.defaultBudgetId, source: "default", envName: null, scope: null, variable: null, at: null, related: [] });
  }
  return facts;
}

/** A manifest value that a values file supplied is reported at the values line (the file a PR edits). */
function mapManifestFactsToValues(facts: BudgetIdFact[]): void {
  const valuesFacts = facts.filter((fact) => fact.source === "values" || fact.source === "set");
  for (const fact of facts) {
    if (fact.source !== "manifest" || fact.id === undefined) continue;
    const twin = valuesFacts.find((candidate) => candidate.envName === fact.envName && candidate.id === fact.id);
    if (!twin) continue;
    fact.mappedTo = twin;
    if (fact.at) twin.related.push(fact.at);
  }
}

/**
 * Every predefined budget of a CodeMie budgets-config.yaml is a budget id; the `platform` entry
 * is the end users' default, so it replaces the built-in default id.
 */
export function addBudgetsConfigFacts(facts: Facts, configs: BudgetsConfig[]): void {
  const seen = new Set<string>();
  const added: BudgetIdFact[] = [];
  for (const config of configs) {
    for (const entry of config.entries) {
      if (entry.budgetId === undefined || seen.has(entry.budgetId)) continue;
      seen.add(entry.budgetId);
      const fact: BudgetIdFact = { id: entry.budgetId, source: "budgets-config", envName: null, scope: null, variable: null, at: entry.at("budget_id"), related: [] };
      if (entry.category !== undefined) fact.category = entry.category;
      added.push(fact);
    }
  }
  if (added.length === 0) return;
  if (added.some((fact) => fact.category === "platform")) facts.budgetIds = facts.budgetIds.filter((fact) => fact.source !== "default");
  facts.budgetIds.push(...added);
}
