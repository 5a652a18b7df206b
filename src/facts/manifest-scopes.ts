/** Env scopes of rendered manifests: one per container, resolved against the manifests' ConfigMaps and Secrets. */
import type { NodeRef } from "../core/source.ts";
import type { ObjectIdentity, YamlPath } from "../core/types.ts";
import type { ManifestModel, ManifestObject } from "../inputs/manifests.ts";
import type { PodContainer } from "../inputs/workload.ts";
import { decodeBase64, ResolvedEnv, type EnvEntry, type EnvFromEntry, type ObjectData, type ObjectIndex } from "../kube/env.ts";
import type { EnvList, EnvScope } from "./types.ts";

export function collectManifestScopes(model: ManifestModel, envLists: EnvList[], scopes: EnvScope[], objects: ObjectIndex): number {
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
      const missingEnvFrom =
        container.envFrom.length === 0
          ? []
          : container.envFrom
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
    return { source: this.container.source, path: this.container.path.concat("env") };
  }

  get entries(): EnvEntry[] {
    return this.container.envEntries();
  }

  get length(): number {
    return this.container.length;
  }

  nameAt(index: number): string {
    return this.container.nameAt(index);
  }

  valueOf(index: number): unknown {
    return this.container.valueOf(index);
  }

  entryAt(index: number): EnvEntry {
    return this.container.entryAt(index);
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

  /** Containers of one name and image (not init containers) run the same application in several workloads. */
  get peers(): string | undefined {
    return this.container.group === "containers" ? `${this.container.name}\0${this.container.imageRepository}` : undefined;
  }

  get at(): NodeRef {
    return this.list?.at ?? { source: this.container.source, path: this.container.path };
  }
}

/** `release`: the namespace objects rendered without one are installed in (-n), when known. */
export function manifestObjectIndex(objects: ManifestObject[], release?: string): ObjectIndex {
  // By kind, then name: no key string is made per lookup (thousands of containers ask).
  const byName = {
    ConfigMap: Map.groupBy(objects.filter(({ identity }) => identity.kind === "ConfigMap"), ({ identity }) => identity.name),
    Secret: Map.groupBy(objects.filter(({ identity }) => identity.kind === "Secret"), ({ identity }) => identity.name),
  };
  // Each name's objects by namespace, made at its first lookup: a name in thousands of namespaces
  // (a ConfigMap per tenant) was searched through for every pod that reads it.
  const grouped = { ConfigMap: new Map<string, NameGroup>(), Secret: new Map<string, NameGroup>() };
  const groupOf = (kind: "ConfigMap" | "Secret", name: string): NameGroup | undefined => {
    const known = grouped[kind].get(name);
    if (known) return known;
    const candidates = byName[kind].get(name);
    if (!candidates) return undefined;
    const group: NameGroup = { first: candidates[0]!, byNamespace: new Map(), withoutNamespace: undefined, someNamespace: undefined };
    for (const candidate of candidates) {
      const namespace = candidate.identity.namespace ?? release;
      if (!group.byNamespace.has(namespace)) group.byNamespace.set(namespace, candidate);
      if (candidate.identity.namespace === undefined) group.withoutNamespace ??= candidate;
      group.someNamespace ??= namespace;
    }
    grouped[kind].set(name, group);
    return group;
  };
  const cache = new Map<ManifestObject, ObjectData>();
  return {
    searched: "the manifests",
    why(kind, name, namespace) {
      // Rendered, but where the pod cannot read it: said, so that "not in the manifests" does not mislead.
      const elsewhere = groupOf(kind, name)?.someNamespace;
      const wanted = namespace ?? release;
      return elsewhere !== undefined && wanted !== undefined ? `${kind} "${name}" is in namespace ${elsewhere}, and the pod reads its own, ${wanted}` : undefined;
    },
    find(kind, name, namespace) {
      // The kubelet reads the pod's own namespace; objects rendered without one land in the release namespace.
      const group = groupOf(kind, name);
      if (!group) return undefined;
      const wanted = namespace ?? release;
      const object =
        group.byNamespace.get(wanted) ??
        // Without -n, an object or a workload rendered without a namespace may be in the other's.
        (release === undefined ? (wanted === undefined ? group.first : group.withoutNamespace) : undefined);
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

/** The objects of one kind and name: the first in each namespace (objects without one in the release's), the first without one, and the first namespace any is in. */
interface NameGroup {
  first: ManifestObject;
  byNamespace: Map<string | undefined, ManifestObject>;
  withoutNamespace: ManifestObject | undefined;
  someNamespace: string | undefined;
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
