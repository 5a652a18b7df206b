/**
 * Budget ids an earlier values layer sets that the merged values lose: helm replaces a list from a
 * later `-f` whole, so a later layer that writes the env list without the variable drops it, and the
 * pods run with the default id.
 */
import type { NodeRef } from "../core/source.ts";
import type { ValuesModel } from "../inputs/values.ts";
import { childAt, type VNode } from "../yaml/vnode.ts";
import type { DroppedBudgetId, EnvScope } from "./types.ts";
import { collectValuesScopes, valuesObjectIndex } from "./values-scopes.ts";


export function droppedBudgetIds(values: ValuesModel, mergedScopes: readonly EnvScope[], budgetIdEnv: readonly string[]): DroppedBudgetId[] {
  if (values.trees.filter(Boolean).length < 2) return [];
  const merged = new Map(mergedScopes.filter((scope) => scope.origin === "values").map((scope) => [scopeKey(scope), scope]));
  const drops: DroppedBudgetId[] = [];
  const seen = new Set<string>();
  // The last layer that set it is the one the merge lost.
  for (let layer = values.trees.length - 2; layer >= 0; layer--) {
    const tree = values.trees[layer];
    if (!tree) continue;
    const scopes: EnvScope[] = [];
    collectValuesScopes(tree, [], scopes, valuesObjectIndex(tree));
    for (const scope of scopes) {
      const key = scopeKey(scope);
      const now = merged.get(key);
      // A pool gone from the merged values is switched off, or reads the main list (its own emptied);
      // a scope that still sets a budget id by any name keeps one.
      const pool = scope.peers !== undefined && POOL_LIST.test(scope.label);
      if ((!now && pool) || (now && budgetIdEnv.some((name) => now.vars.get(name))) || seen.has(key)) continue;
      const envName = budgetIdEnv.find((name) => scope.vars.get(name)?.entry);
      const variable = envName === undefined ? undefined : scope.vars.get(envName);
      if (envName === undefined || !variable?.entry) continue;
      seen.add(key);
      const setAt = variable.entry.at;
      // The merged list at the path of the one that held it, which a later layer wrote; or the
      // later layer's null there (helm deletes a key set to null).
      const listPath = setAt.path.slice(0, -1);
      const replacing = now?.lists.find((list) => list.at.source !== setAt.source && samePath(list.at.path, listPath))?.at;
      const nulled = replacing ? undefined : nullAfter(values, layer, listPath);
      const replacedAt = replacing ?? nulled;
      if (replacedAt) drops.push({ envName, id: variable.value, sensitive: variable.sensitive || setAt.sensitive === true, setAt, replacedAt, nulled: nulled !== undefined, scope: now?.label ?? scope.label });
    }
  }
  return drops;
}

const POOL_LIST = /(dsPool|proxyPool)\.extraEnv$/;

/** The same scope in a layer and in the merged values: CodeMie's chart map and pool, or the list's path. */
function scopeKey(scope: EnvScope): string {
  if (scope.peers === undefined) return scope.label;
  return `${scope.peers}\0${POOL_LIST.exec(scope.label)?.[1] ?? "main"}`;
}

/** The last null a layer after `layer` sets at `path`, as a key's place. */
function nullAfter(values: ValuesModel, layer: number, path: readonly (string | number)[]): NodeRef | undefined {
  let found: NodeRef | undefined;
  for (let later = layer + 1; later < values.trees.length; later++) {
    let node: VNode | undefined = values.trees[later] ?? undefined;
    for (const segment of path) node = childAt(node, segment);
    if (node?.kind === "scalar" && node.value === null) found = { ...node.origin, part: "key" };
  }
  return found;
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}
