/**
 * The pure side of cluster lookups: which ConfigMaps and Secrets the inputs reference but do not
 * contain, and the deployed release as a second, read-only model. The adapters fetch; this module
 * never does I/O.
 */
import { buildFacts } from "../facts/facts.ts";
import type { FactOptions, Facts } from "../facts/types.ts";
import type { ObjectIndex } from "../kube/env.ts";
import { loadManifests, type ManifestModel } from "../inputs/manifests.ts";
import type { TextInput } from "../inputs/values.ts";

export interface ExternalRef {
  kind: "ConfigMap" | "Secret";
  name: string;
  /** undefined: the release namespace (--namespace, else the kube context's). */
  namespace: string | undefined;
}

/** Fetches the referenced objects (once each) and answers for them; throws a UsageError when the cluster cannot be used at all. */
export type ExternalLookup = (refs: ExternalRef[]) => Promise<ObjectIndex>;

export interface DeployedInput {
  release: string;
  namespace: string;
  revision: number;
  /** The release's rendered manifest, as stored by Helm. */
  manifest: TextInput;
}

export interface DeployedModel {
  input: DeployedInput;
  manifests: ManifestModel;
  facts: Facts;
  defaultBudgetId: string;
}

/** The variables whose references are worth a cluster read. */
export const LITELLM_URL_ENV = "LITE_LLM_URL";

export function buildDeployed(input: DeployedInput, options: FactOptions, index?: ObjectIndex, manifests?: ManifestModel): DeployedModel {
  const model = manifests ?? loadManifests([input.manifest]);
  return { input, manifests: model, facts: buildFacts(null, model, options, index), defaultBudgetId: options.defaultBudgetId };
}

/** The budget-id variables of the inputs and of the running release, each once. */
export function budgetEnvNames({ facts, deployed }: { facts: Facts; deployed?: DeployedModel | null }): string[] {
  const budgetIds = [...facts.budgetIds, ...(deployed?.facts.budgetIds ?? [])];
  return [...new Set(budgetIds.flatMap((fact) => (fact.envName ? [fact.envName] : [])))];
}

/**
 * References to read: `valueFrom` of the named variables, and `envFrom` sources of manifest
 * containers where a named variable is not set by an `env` entry (it may come from there).
 */
export function missingRefs(factsList: Facts[], names: readonly string[]): ExternalRef[] {
  const refs = new Map<string, ExternalRef>();
  const add = (ref: ExternalRef): void => {
    refs.set(`${ref.kind}\0${ref.namespace ?? ""}\0${ref.name}`, ref);
  };
  for (const facts of factsList) {
    for (const scope of facts.scopes) {
      for (const name of names) {
        const variable = scope.vars.get(name);
        if (variable?.missing && variable.missing.name) add({ ...variable.missing });
      }
      const setByEnv = names.some((name) => scope.vars.get(name)?.entry);
      if (setByEnv) continue;
      for (const source of scope.missingEnvFrom) add({ kind: source.kind, name: source.name, namespace: scope.object?.namespace });
    }
  }
  return [...refs.values()].sort((a, b) => `${a.kind}/${a.namespace}/${a.name}`.localeCompare(`${b.kind}/${b.namespace}/${b.name}`));
}
