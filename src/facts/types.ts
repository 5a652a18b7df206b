/** What the facts are made of: env lists, resolved scopes and budget-id facts with their origins. */
import type { NodeRef } from "../core/source.ts";
import type { BudgetIdSource, ObjectIdentity } from "../core/types.ts";
import type { ManifestObject } from "../inputs/manifests.ts";
import type { EnvEntries, EnvEntry, EnvFromEntry, ResolvedEnv, ResolvedVar } from "../kube/env.ts";

/**
 * An env list. Its entries by index (nameAt, entryAt) or all at once (`entries`): a manifest's are
 * made each time they are asked for, so a rule that looks at every name makes an entry only for the
 * names it reports (thousands of containers, a few findings).
 */
export interface EnvList extends EnvEntries {
  origin: "values" | "manifest";
  style: "list" | "map";
  /** Where the list is (path in the effective values, or in the manifest document). */
  at: NodeRef;
  readonly entries: EnvEntry[];
  /** CodeMie's chart merges it by name: one entry per name, at its first place, with its last value. */
  mergedByName?: boolean;
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
  /**
   * Scopes that run the same application (CodeMie's API and its pools; containers of one name and image):
   * one of them without a budget id runs with the default while its peers set one.
   */
  peers?: string;
  /** Where a finding about the whole scope points (its env list, or its container). */
  at?: NodeRef;
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
  /**
   * The manifests are the chart's own rendering (--chart): they say which workloads exist, so a
   * values scope that no rendered workload uses (a pool or subchart that is off) adds no budget id.
   */
  renderingIsTruth?: boolean;
}

export interface Facts {
  envLists: EnvList[];
  scopes: EnvScope[];
  budgetIds: BudgetIdFact[];
  workloads: number;
  /** Budget ids an earlier values layer sets and a later one drops (see layer-drops.ts). */
  droppedBudgetIds?: DroppedBudgetId[];
}

/** A budget id an earlier values layer sets that a later one drops (see layer-drops.ts). */
export interface DroppedBudgetId {
  envName: string;
  /** undefined when it is not known (a reference the layer alone cannot resolve). */
  id: string | undefined;
  sensitive: boolean;
  /** Where the earlier layer sets it. */
  setAt: NodeRef;
  /** The env list that replaced the one holding it in the later layer, or the null that deleted it. */
  replacedAt: NodeRef;
  /** A later layer set the list's key to null (helm deletes it). */
  nulled: boolean;
  /** The scope's label in the merged values. */
  scope: string;
}
