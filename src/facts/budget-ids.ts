/** The effective budget ids: one fact per scope and budget-id variable, or the default when none is set. */
import type { BudgetIdSource } from "../core/types.ts";
import type { ResolvedVar } from "../kube/env.ts";
import type { BudgetIdFact, EnvScope, FactOptions } from "./types.ts";

const TEMPLATE = /\{\{.*\}\}/;
export const PLACEHOLDER = /%%[\w.-]+%%/;
const REFERENCE = /\$\(([^)]*)\)/;

/**
 * What is wrong with a budget id on its face (budget-id-invalid reports it; the live phase does not
 * look it up). `variable` is the variable that holds it, when there is one.
 */
export function budgetIdDefect(id: string, variable?: ResolvedVar | null): "empty" | "whitespace" | "template" | "placeholder" | "undefinedReference" | undefined {
  if (id.trim() === "") return "empty";
  if (id !== id.trim()) return "whitespace";
  if (TEMPLATE.test(id)) return "template";
  if (PLACEHOLDER.test(id)) return "placeholder";
  if (undefinedReference(id, variable) !== undefined) return "undefinedReference";
  return undefined;
}

/**
 * The NAME of a `$(NAME)` in the id that no variable defined: the expansion of an env `value` knows
 * (an escaped `$$(NAME)` leaves `$(NAME)` on purpose); a value from elsewhere (a ConfigMap key) is
 * not expanded, so any `$(NAME)` in it counts.
 */
export function undefinedReference(id: string, variable?: ResolvedVar | null): string | undefined {
  if (variable?.origin === "value") return variable.undefinedReference;
  return REFERENCE.exec(id)?.[1];
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
  facts.push(...defaultRunners(scopes, facts, options.defaultBudgetId));
  mapManifestFactsToValues(facts);
  // A rendering with workloads says which ids are used, even when none of them sets one.
  const kept = options.renderingIsTruth && scopes.some((scope) => scope.origin === "manifest") ? renderedOnly(facts) : facts;
  if (kept.length === 0) {
    kept.push({ id: options.defaultBudgetId, source: "default", envName: null, scope: null, variable: null, at: null, related: [] });
  }
  return kept;
}

/** A scope that sets no budget id while a peer (same application, another workload) sets one runs with the default id. */
function defaultRunners(scopes: EnvScope[], facts: BudgetIdFact[], defaultBudgetId: string): BudgetIdFact[] {
  const withId = new Set(facts.map((fact) => fact.scope));
  // Most renders set an id in every container: then none runs with the default, and thousands of scopes need no grouping.
  if (scopes.every((scope) => withId.has(scope))) return [];
  const groups = Map.groupBy(
    scopes.filter((scope) => scope.peers !== undefined),
    (scope) => `${scope.origin}\0${scope.peers}`,
  );
  const runners: BudgetIdFact[] = [];
  for (const group of groups.values()) {
    if (!group.some((scope) => withId.has(scope))) continue;
    for (const scope of group) {
      if (!withId.has(scope)) runners.push({ id: defaultBudgetId, source: "default", envName: null, scope, variable: null, at: scope.at ?? null, related: [] });
    }
  }
  return runners;
}

/** A manifest value that a values file supplied is reported at the values line (the file a PR edits). */
function mapManifestFactsToValues(facts: BudgetIdFact[]): void {
  const valuesFacts = facts.filter((fact) => fact.scope?.origin === "values");
  for (const fact of facts) {
    if (fact.scope?.origin !== "manifest" || fact.id === undefined) continue;
    const twin = valuesFacts.find((candidate) => candidate.envName === fact.envName && candidate.id === fact.id);
    if (!twin) continue;
    fact.mappedTo = twin;
    if (fact.at) twin.related.push(fact.at);
  }
}

/** With the chart's rendering at hand, a values fact counts only when a rendered workload uses its id. */
function renderedOnly(facts: BudgetIdFact[]): BudgetIdFact[] {
  const used = new Set(facts.flatMap((fact) => (fact.mappedTo ? [fact.mappedTo] : [])));
  return facts.filter((fact) => fact.scope?.origin !== "values" || used.has(fact));
}
