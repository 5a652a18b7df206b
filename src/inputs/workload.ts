/**
 * What rules read of a rendered object, taken while its document's tree is in hand. The tree
 * itself is not kept: a 50 MB manifest holds a few hundred bytes per workload instead of its
 * whole object, and the trees die young (cheap for the garbage collector).
 */
// Type-only: the Kubernetes shapes document what is read; manifests are still checked at run time.
import type { V1Container, V1EnvVar, V1PodSpec, V1Volume } from "@kubernetes/client-node";
import { mayBeSecretName } from "../core/secrets.ts";
import type { NodeRef, SourceHandle } from "../core/source.ts";
import type { YamlPath } from "../core/types.ts";
import { isRecord } from "../core/guards.ts";
import { type EnvEntries, type EnvEntry, type EnvFromEntry } from "../kube/env.ts";

export interface PodTemplate {
  /** Where the pod spec is in the document. */
  specPath: YamlPath;
  containers: readonly PodContainer[];
  volumes: readonly PodVolume[];
  /** Annotation keys of the workload itself (a Pod: its own). */
  workloadAnnotationKeys: readonly string[];
  /** Annotation keys of its pod template (a Pod: none). */
  templateAnnotationKeys: readonly string[];
}

/**
 * What an `env` entry says, shared by every entry that says the same (rendered charts repeat
 * their env in each workload); an entry's position comes from its container and index.
 */
export interface EnvDefinition {
  readonly name: string;
  readonly value?: unknown;
  readonly valueFrom?: unknown;
  /** The entry has a `value` key (findings then point at the value). */
  readonly hasValue: boolean;
  /** Its name may hold a secret (mayBeSecretName), worked out once per definition. */
  readonly sensitive: boolean;
}

export class PodContainer implements EnvEntries {
  readonly source: SourceHandle;
  readonly group: "initContainers" | "containers";
  readonly index: number;
  /** Where the pod spec is in the document. */
  readonly specPath: YamlPath;
  /** Its `name`, or its index when it has none. */
  name = "";
  /** Its image without tag or digest (`ghcr.io/x/api`), "" when it has none. */
  imageRepository = "";
  /** The `env` entries with a string name; undefined when `env` is not a list. */
  env: readonly EnvDefinition[] | undefined;
  /** Each definition's index in the `env` list, when items without a name were skipped. */
  envIndexes: readonly number[] | undefined;
  envFrom: readonly EnvFromEntry[] = NONE;
  volumeMounts: readonly PodMount[] = NONE;
  /** `env` or `envFrom` written as something other than a list (a map from `toYaml` of map-style values): the API server refuses it. */
  notLists: readonly { field: "env" | "envFrom"; type: string }[] = NONE;
  /** Indexes of `env` items that are no entry with a string name (`- null` from a --set list[1]…): the API server refuses them. */
  unnamedEnv: readonly number[] = NONE;
  /**
   * Where the line reader found the `env` block (envListsRead): the offset in the document of its
   * first item's line and that line's 0-based index; -1 when another reader read it, when it is no
   * block, or when the document has a `#` after its first content line.
   */
  envOffset = -1;
  envLine = -1;

  constructor(source: SourceHandle, specPath: YamlPath, group: PodContainer["group"], index: number) {
    this.source = source;
    this.specPath = specPath;
    this.group = group;
    this.index = index;
  }

  /** Where the container is in the document. */
  get path(): YamlPath {
    return extended(this.specPath, this.group, this.index);
  }

  /** Where its env entry `index` (or that entry's `value`) is, in one array. */
  envPath(index: number, value: boolean): YamlPath {
    return value ? extended(this.specPath, this.group, this.index, "env", index, "value") : extended(this.specPath, this.group, this.index, "env", index);
  }

  get length(): number {
    return this.env?.length ?? 0;
  }

  nameAt(index: number): string {
    return this.env![index]!.name;
  }

  valueOf(index: number): unknown {
    return this.env![index]!.value;
  }

  entryAt(index: number): EnvEntry {
    return new ManifestEnvEntry(this, this.envIndexes?.[index] ?? index, this.env![index]!);
  }

  /** Every `env` entry, made now (each call makes new ones). */
  envEntries(): EnvEntry[] {
    return this.env?.map((definition, index) => new ManifestEnvEntry(this, this.envIndexes?.[index] ?? index, definition)) ?? [];
  }
}

export interface PodMount {
  name: string;
  mountPath: string;
  subPath: string | undefined;
  index: number;
}

export interface PodVolume {
  name: string;
  /** The ConfigMaps it shows: its `configMap`, or the `configMap` sources of a projected volume. */
  configMaps: readonly VolumeConfigMap[];
  index: number;
}

export interface VolumeConfigMap {
  name: string;
  /** Its `items`: the keys shown, each at its path; undefined shows every key under its own name. */
  items: readonly { key: string; path: string }[] | undefined;
  /** Where it is written, under the volume. */
  path: YamlPath;
}

/** A volume source's `items` (`[{key, path}]`), the well-formed ones; none (or `[]`, as the kubelet reads it) shows every key. */
export function itemsOf(items: unknown): VolumeConfigMap["items"] {
  if (!Array.isArray(items) || items.length === 0) return undefined;
  return items.flatMap((item) => (isRecord(item) && typeof item.key === "string" && typeof item.path === "string" ? [{ key: item.key, path: item.path }] : []));
}

/** One string per distinct text: rendered charts repeat the same names and values thousands of times. */
export type Intern = (text: string) => string;

function stringPool(): Intern {
  const pool = new Map<string, string>();
  return (text) => {
    const known = pool.get(text);
    if (known !== undefined) return known;
    pool.set(text, text);
    return text;
  };
}

/** One definition per distinct `env` entry of a manifest (within one load). */
export class DefinitionPool {
  /** By name, then by value (`undefined` for an entry with neither value nor valueFrom). */
  private readonly byValue = new Map<string, Map<string | undefined, EnvDefinition>>();
  /** By the entry's name, its reference and each of its scalar fields and values (referenceNode). */
  private readonly byReference: ReferenceNode = new Map();
  readonly intern: Intern = stringPool();

  of(item: V1EnvVar): EnvDefinition {
    const hasValue = "value" in item;
    const keys = keyCount(item);
    if (hasValue ? keys === 2 && typeof item.value === "string" : keys === 1) {
      let values = this.byValue.get(item.name);
      if (!values) this.byValue.set(item.name, (values = new Map()));
      let definition = values.get(item.value);
      if (!definition) values.set(item.value, (definition = this.make(item, hasValue)));
      return definition;
    }
    const node = keys === 2 ? referenceNode(this.byReference, item.name, item.valueFrom) : undefined;
    if (node === undefined) return this.make(item, hasValue);
    let definition = node.get(DEFINITION) as EnvDefinition | undefined;
    if (!definition) node.set(DEFINITION, (definition = this.make(item, hasValue)));
    return definition;
  }

  private make(item: V1EnvVar, hasValue: boolean): EnvDefinition {
    const definition: { name: string; value?: unknown; valueFrom?: unknown; hasValue: boolean; sensitive: boolean } = { name: this.intern(item.name), hasValue, sensitive: mayBeSecretName(item.name) };
    if (hasValue) definition.value = typeof item.value === "string" ? this.intern(item.value) : item.value;
    if ("valueFrom" in item) definition.valueFrom = item.valueFrom;
    return definition;
  }
}

/** How many keys a plain object read from YAML has, without an array of them (one per env entry: hundreds of thousands). */
function keyCount(item: object): number {
  let count = 0;
  for (const _ in item) count++;
  return count;
}

/**
 * Definitions by the parts of their entry, one map per part: looked up without making a key string
 * per entry (5,000 of them, 2.8 MB, for the 5 MB bench file). A node holds its definition under
 * DEFINITION.
 */
type ReferenceNode = Map<unknown, ReferenceNode | EnvDefinition>;

const DEFINITION = Symbol("definition");

/**
 * The node of an entry whose valueFrom is one reference with scalar fields: by its name, the
 * reference, then each field and its value in order (values as they are: "1", 1 and true differ).
 * Anything odd is kept as written: undefined.
 */
function referenceNode(root: ReferenceNode, name: string, from: unknown): ReferenceNode | undefined {
  if (!isRecord(from)) return undefined;
  let reference: string | undefined;
  for (const key in from) {
    if (reference !== undefined) return undefined;
    reference = key;
  }
  if (reference === undefined) return undefined;
  const fields = from[reference];
  if (!isRecord(fields)) return undefined;
  let node = childNode(childNode(root, name), reference);
  for (const field in fields) {
    const value = fields[field];
    const type = typeof value;
    if (type !== "string" && type !== "boolean" && type !== "number") return undefined;
    node = childNode(childNode(node, field), value);
  }
  return node;
}

function childNode(node: ReferenceNode, key: unknown): ReferenceNode {
  let child = node.get(key) as ReferenceNode | undefined;
  if (child === undefined) node.set(key, (child = new Map()));
  return child;
}

/**
 * The pod template of a workload object (`specPath` is where its kind keeps the pod spec).
 * `envLists`: the env blocks the line reader found in the object's document (envListsRead), when it read it.
 */
export function readPodTemplate(object: Record<string, unknown>, specPath: YamlPath, source: SourceHandle, pool: DefinitionPool, envLists?: readonly unknown[]): PodTemplate | undefined {
  const { intern } = pool;
  const spec = getIn(object, specPath) as Partial<V1PodSpec> | undefined;
  if (!isRecord(spec)) return undefined;
  // Indexed loops, no closure, iterator or array literal per workload or container: this runs for each of
  // thousands, mostly in Maglev's code, which makes an object for each.
  const containers: PodContainer[] = [];
  for (let g = 0; g < CONTAINER_GROUPS.length; g++) {
    const group = CONTAINER_GROUPS[g]!;
    const list: unknown = spec[group];
    if (!Array.isArray(list)) continue;
    for (let index = 0; index < list.length; index++) {
      const container: unknown = list[index];
      if (isRecord(container)) containers.push(readContainer(container, new PodContainer(source, specPath, group, index), pool, envLists));
    }
  }
  const volumes: PodVolume[] = [];
  const specVolumes: unknown = spec.volumes;
  if (Array.isArray(specVolumes)) {
    for (let index = 0; index < specVolumes.length; index++) {
      const volume: unknown = specVolumes[index];
      if (isRecord(volume) && typeof volume.name === "string") volumes.push({ name: intern(volume.name), configMaps: configMapsOf(volume, intern), index });
    }
  }
  const workloadAnnotationKeys = annotationKeys(object.metadata, intern);
  // The pod template holds the pod spec (a Pod's own spec has none above it).
  const template = specPath.length > 1 ? getIn(object, specPath, specPath.length - 1) : undefined;
  const templateAnnotationKeys = isRecord(template) ? annotationKeys(template.metadata, intern) : NONE;
  return { specPath, containers: kept(containers), volumes: kept(volumes), workloadAnnotationKeys, templateAnnotationKeys };
}

const CONTAINER_GROUPS = ["initContainers", "containers"] as const;

/** The ConfigMaps a volume shows: its `configMap`, or the `configMap` sources of a projected volume. */
function configMapsOf(volume: Partial<V1Volume>, intern: Intern): VolumeConfigMap[] {
  const configMaps: VolumeConfigMap[] = [];
  addConfigMap(configMaps, volume.configMap, ["configMap"], intern);
  const projected: unknown = volume.projected;
  const sources: unknown = isRecord(projected) ? projected.sources : undefined;
  if (Array.isArray(sources)) {
    for (let i = 0; i < sources.length; i++) {
      const source: unknown = sources[i];
      addConfigMap(configMaps, isRecord(source) ? source.configMap : undefined, ["projected", "sources", i, "configMap"], intern);
    }
  }
  return configMaps;
}

function addConfigMap(configMaps: VolumeConfigMap[], source: unknown, path: YamlPath, intern: Intern): void {
  if (isRecord(source) && typeof source.name === "string") configMaps.push({ name: intern(source.name), items: itemsOf(source.items), path });
}

/** The keys of `metadata.annotations`, one string per distinct key. */
function annotationKeys(metadata: unknown, intern: Intern): readonly string[] {
  const annotations = isRecord(metadata) ? metadata.annotations : undefined;
  if (!isRecord(annotations)) return NONE;
  const keys = Object.keys(annotations);
  for (let i = 0; i < keys.length; i++) keys[i] = intern(keys[i]!);
  return keys;
}

function readContainer(container: Partial<V1Container>, read: PodContainer, pool: DefinitionPool, envLists: readonly unknown[] | undefined): PodContainer {
  const { intern } = pool;
  read.name = typeof container.name === "string" ? intern(container.name) : String(read.index);
  if (typeof container.image === "string") read.imageRepository = intern(container.image.replace(/@.*$/, "").replace(/:[^:/]*$/, ""));
  const env: unknown = container.env;
  const envFrom: unknown = container.envFrom;
  noteNotList(read, "env", env);
  noteNotList(read, "envFrom", envFrom);
  if (Array.isArray(env)) {
    if (envLists !== undefined) {
      for (let k = 0; k < envLists.length; k += 3) {
        if (envLists[k] !== env) continue;
        read.envOffset = envLists[k + 1] as number;
        read.envLine = envLists[k + 2] as number;
        break;
      }
    }
    const definitions: EnvDefinition[] = [];
    const indexes: number[] = [];
    for (let index = 0; index < env.length; index++) {
      const item: unknown = env[index];
      if (!isRecord(item) || typeof item.name !== "string") continue;
      definitions.push(pool.of(item as unknown as V1EnvVar));
      indexes.push(index);
    }
    read.env = kept(definitions);
    // Items without a name are not variables, but they count for the others' positions.
    if (indexes.length < env.length) {
      read.envIndexes = kept(indexes);
      read.unnamedEnv = env.map((_, index) => index).filter((index) => !indexes.includes(index));
    }
  }
  if (Array.isArray(envFrom)) {
    const path = read.path;
    const sources: EnvFromEntry[] = [];
    for (let index = 0; index < envFrom.length; index++) {
      const item: unknown = envFrom[index];
      if (!isRecord(item)) continue;
      const prefix = typeof item.prefix === "string" ? item.prefix : "";
      const at = { source: read.source, path: extended(path, "envFrom", index) };
      addEnvFrom(sources, item.configMapRef, "ConfigMap", prefix, at);
      addEnvFrom(sources, item.secretRef, "Secret", prefix, at);
    }
    read.envFrom = kept(sources);
  }
  const volumeMounts: unknown = container.volumeMounts;
  if (Array.isArray(volumeMounts)) {
    const mounts: PodMount[] = [];
    for (let index = 0; index < volumeMounts.length; index++) {
      const mount: unknown = volumeMounts[index];
      if (!isRecord(mount) || typeof mount.name !== "string" || typeof mount.mountPath !== "string") continue;
      const subPath = typeof mount.subPath === "string" ? mount.subPath : undefined;
      mounts.push({ name: intern(mount.name), mountPath: intern(mount.mountPath), subPath, index });
    }
    read.volumeMounts = kept(mounts);
  }
  return read;
}

/** `env` or `envFrom` written as something other than a list: the API server refuses it. */
function noteNotList(read: PodContainer, field: "env" | "envFrom", value: unknown): void {
  if (value !== undefined && value !== null && !Array.isArray(value)) read.notLists = [...read.notLists, { field, type: isRecord(value) ? "a map" : `the ${typeof value} ${JSON.stringify(value)}` }];
}

function addEnvFrom(sources: EnvFromEntry[], ref: unknown, kind: "ConfigMap" | "Secret", prefix: string, at: NodeRef): void {
  if (isRecord(ref) && typeof ref.name === "string") sources.push({ kind, name: ref.name, prefix, optional: ref.optional === true, at });
}

/** An env entry of a manifest, made when asked for; its NodeRefs too. */
class ManifestEnvEntry implements EnvEntry {
  private readonly container: PodContainer;
  private readonly index: number;
  private readonly definition: EnvDefinition;

  constructor(container: PodContainer, index: number, definition: EnvDefinition) {
    this.container = container;
    this.index = index;
    this.definition = definition;
  }

  get name(): string {
    return this.definition.name;
  }

  get value(): unknown {
    return this.definition.value;
  }

  get valueFrom(): unknown {
    return this.definition.valueFrom;
  }

  get at(): NodeRef {
    return { source: this.container.source, path: this.container.envPath(this.index, false), sensitive: this.definition.sensitive };
  }

  get valueAt(): NodeRef {
    return { source: this.container.source, path: this.container.envPath(this.index, this.definition.hasValue), sensitive: this.definition.sensitive };
  }
}

/**
 * `head` and then `tail`, in an array of exactly that size: findings keep these paths, and a spread
 * one has room to grow (twice the memory per finding). Not concat either: it asks each argument
 * whether it spreads, five times this cost, and a finding-dense lint makes several per finding.
 */
function extended(head: YamlPath, ...tail: (string | number)[]): YamlPath {
  const path = new Array<string | number>(head.length + tail.length);
  for (let i = 0; i < head.length; i++) path[i] = head[i]!;
  for (let i = 0; i < tail.length; i++) path[head.length + i] = tail[i]!;
  return path;
}

const NONE: readonly never[] = Object.freeze([]);

/** Arrays grown by push keep spare room (17 slots for one item): what is kept is copied to its size. */
function kept<T>(items: T[]): readonly T[] {
  return items.length === 0 ? NONE : items.slice();
}

/** The value at `path`, or at its first `length` segments. */
function getIn(value: unknown, path: YamlPath, length = path.length): unknown {
  let current = value;
  for (let i = 0; i < length; i++) {
    const segment = path[i]!;
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isRecord(current)) current = current[String(segment)];
    else return undefined;
  }
  return current;
}
