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
      for (const envName of budgetIdEnv) {
        const variable = scope.vars.get(envName);
        if (!variable?.entry || now?.vars.get(envName) || seen.has(`${key}\0${envName}`)) continue;
        seen.add(`${key}\0${envName}`);
        drops.push({ envName, id: variable.value, sensitive: variable.sensitive || variable.entry.at.sensitive === true, setAt: variable.entry.at, replacedAt: now?.lists.at(-1)?.at, scope: now?.label ?? scope.label });
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
