/**
 * Layer `facts`: what rules read about the inputs: every env list (values and manifests), every
 * resolved environment (a values scope or a manifest container), and the effective budget ids with
 * their origins. May import core, yaml, kube and inputs.
 */
import type { ManifestModel } from "../inputs/manifests.ts";
import type { ValuesModel } from "../inputs/values.ts";
import type { ObjectIndex } from "../kube/env.ts";
import { budgetFacts } from "./budget-ids.ts";
import { collectManifestScopes, manifestObjectIndex } from "./manifest-scopes.ts";
import type { EnvList, EnvScope, FactOptions, Facts } from "./types.ts";
import { collectValuesScopes, valuesObjectIndex } from "./values-scopes.ts";

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
