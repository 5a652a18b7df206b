/**
 * Layer `facts`: what rules read about the inputs: every env list (values and manifests), every
 * resolved environment (a values scope or a manifest container), and the effective budget ids with
 * their origins. May import core, yaml, kube and inputs.
 */
import type { NodeRef } from "../core/source.ts";
import type { YamlPath } from "../core/types.ts";
import type { ManifestModel } from "../inputs/manifests.ts";
import type { ValuesModel } from "../inputs/values.ts";
import type { EnvEntry, ObjectIndex } from "../kube/env.ts";
import { budgetFacts } from "./budget-ids.ts";
import { collectManifestScopes, manifestObjectIndex } from "./manifest-scopes.ts";
import type { EnvList, EnvScope, FactOptions, Facts } from "./types.ts";
import { collectValuesScopes, valuesObjectIndex } from "./values-scopes.ts";

/**
 * `external` answers for ConfigMaps and Secrets the inputs do not contain (the cluster, when the
 * adapters were asked to look there); it is consulted only after the inputs' own objects.
 */
export function buildFacts(values: ValuesModel | null, manifests: ManifestModel | null, options: FactOptions, external?: ObjectIndex, releaseNamespace?: string): Facts {
  const environments = collectEnvironments(values, manifests, external, releaseNamespace);
  return { ...environments, budgetIds: budgetFacts(environments.scopes, options) };
}

/** Every env list and scope, without budget ids (the engine picks their variables once it knows the platform). */
export function collectEnvironments(values: ValuesModel | null, manifests: ManifestModel | null, external?: ObjectIndex, releaseNamespace?: string): Omit<Facts, "budgetIds"> {
  const envLists: EnvList[] = [];
  const scopes: EnvScope[] = [];
  if (values) collectValuesScopes(values.root, envLists, scopes, withFallback(valuesObjectIndex(values.root), external));
  let workloads = 0;
  if (manifests) workloads = collectManifestScopes(manifests, envLists, scopes, withFallback(manifestObjectIndex(manifests.objects, releaseNamespace), external));
  return { envLists, scopes, workloads };
}

function withFallback(own: ObjectIndex, external: ObjectIndex | undefined): ObjectIndex {
  if (!external) return own;
  return {
    searched: `${own.searched} or ${external.searched}`,
    find: (kind, name, namespace) => own.find(kind, name, namespace) ?? external.find(kind, name, namespace),
    why: (kind, name, namespace) => {
      const reason = external.why?.(kind, name, namespace);
      const ownReason = own.why?.(kind, name, namespace) ?? `${kind} "${name}" is not in ${own.searched}`;
      return reason && `${ownReason}, and ${reason}`;
    },
  };
}

/**
 * The values node that supplied a rendered env entry (or a node inside it): the last values entry
 * of that name whose value renders the same. A finding on the rendered copy is reported there, once.
 */
export function valuesTwin(facts: Facts, at: NodeRef): NodeRef | undefined {
  if (at.source.kind !== "manifest") return undefined;
  const index = twinIndex(facts);
  if (index.valuesByName.size === 0) return undefined;
  for (const list of index.manifestLists.get(at.source) ?? []) {
    for (const entry of list.entries) {
      if (!startsWith(at.path, entry.at.path)) continue;
      const twin = index.valuesByName.get(entry.name)?.findLast((candidate) => sameValue(candidate, entry));
      if (!twin) return undefined;
      const suffix = at.path.slice(entry.at.path.length);
      const intoValue = suffix[0] === "value" || suffix[0] === "valueFrom";
      const base = intoValue ? twin.valueAt : twin.at;
      return { ...base, path: [...base.path, ...(intoValue ? suffix.slice(1) : suffix)], ...(at.part ? { part: at.part } : {}) };
    }
  }
  return undefined;
}

interface TwinIndex {
  valuesByName: Map<string, EnvEntry[]>;
  /** Empty when no values entry could be a twin. */
  manifestLists: Map<NodeRef["source"], EnvList[]>;
}

const twinIndexes = new WeakMap<Facts, TwinIndex>();

function twinIndex(facts: Facts): TwinIndex {
  let index = twinIndexes.get(facts);
  if (!index) {
    const valuesEntries = facts.envLists.filter((list) => list.origin === "values").flatMap((list) => list.entries);
    // Without values entries there is no twin: the manifest lists (thousands, each making its place) are not grouped.
    const manifestLists =
      valuesEntries.length === 0
        ? new Map<NodeRef["source"], EnvList[]>()
        : Map.groupBy(
            facts.envLists.filter((list) => list.origin === "manifest"),
            (list) => list.at.source,
          );
    index = { valuesByName: Map.groupBy(valuesEntries, (entry) => entry.name), manifestLists };
    twinIndexes.set(facts, index);
  }
  return index;
}

function startsWith(path: YamlPath, prefix: YamlPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}

/** Helm renders a values entry as JSON/YAML with sorted keys; a scalar value as its text. */
function sameValue(values: EnvEntry, rendered: EnvEntry): boolean {
  if ((values.value === undefined) !== (rendered.value === undefined) || (values.valueFrom === undefined) !== (rendered.valueFrom === undefined)) return false;
  if (values.value !== undefined && String(values.value) !== String(rendered.value)) return false;
  return values.valueFrom === undefined || canonical(values.valueFrom) === canonical(rendered.valueFrom);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}
