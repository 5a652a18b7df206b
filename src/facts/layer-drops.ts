/**
 * Budget ids an earlier values layer sets that the merged values lose: helm replaces a list from a
 * later `-f` whole, so a later layer that writes the env list without the variable drops it, and the
 * pods run with the default id.
 */
import type { ValuesModel } from "../inputs/values.ts";
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
      // No such scope any more: the workload is switched off or reads another list (a pool's own empty
      // list leaves it the main one); and a scope that still sets a budget id by any name keeps one.
      if (!now || budgetIdEnv.some((name) => now.vars.get(name)) || seen.has(key)) continue;
      for (const envName of budgetIdEnv) {
        const variable = scope.vars.get(envName);
        if (!variable?.entry || seen.has(key)) continue;
        seen.add(key);
        const setAt = variable.entry.at;
        // The merged list at the path of the one that held it: the later layer wrote it.
        const listPath = setAt.path.slice(0, -1);
        const replacing = now.lists.find((list) => list.at.source !== setAt.source && samePath(list.at.path, listPath));
        drops.push({ envName, id: variable.value, sensitive: variable.sensitive || setAt.sensitive === true, setAt, replacedAt: replacing?.at, scope: now.label });
      }
    }
  }
  return drops;
}

/** The same scope in a layer and in the merged values: CodeMie's chart map and pool, or the list's path. */
function scopeKey(scope: EnvScope): string {
  if (scope.peers === undefined) return scope.label;
  return `${scope.peers}\0${/(dsPool|proxyPool)\.extraEnv$/.exec(scope.label)?.[1] ?? "main"}`;
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}
