/** The effective budget ids: one fact per scope and budget-id variable, or the default when none is set. */
import type { BudgetIdSource } from "../core/types.ts";
import type { BudgetIdFact, EnvScope, FactOptions } from "./types.ts";

const TEMPLATE = /\{\{.*\}\}/;
export const PLACEHOLDER = /%%\w+%%/;
export const REFERENCE = /\$\(([^)]*)\)/;

/** What is wrong with a budget id on its face (budget-id-invalid reports it; the live phase does not look it up). */
export function budgetIdDefect(id: string): "empty" | "whitespace" | "template" | "placeholder" | "undefinedReference" | undefined {
  if (id.trim() === "") return "empty";
  if (id !== id.trim()) return "whitespace";
  if (TEMPLATE.test(id)) return "template";
  if (PLACEHOLDER.test(id)) return "placeholder";
  if (REFERENCE.test(id)) return "undefinedReference";
  return undefined;
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
  mapManifestFactsToValues(facts);
  if (facts.length === 0) {
    facts.push({ id: options.defaultBudgetId, source: "default", envName: null, scope: null, variable: null, at: null, related: [] });
  }
  return facts;
}

/** A manifest value that a values file supplied is reported at the values line (the file a PR edits). */
function mapManifestFactsToValues(facts: BudgetIdFact[]): void {
  const valuesFacts = facts.filter((fact) => fact.source === "values" || fact.source === "set");
  for (const fact of facts) {
    if (fact.source !== "manifest" || fact.id === undefined) continue;
    const twin = valuesFacts.find((candidate) => candidate.envName === fact.envName && candidate.id === fact.id);
    if (!twin) continue;
    fact.mappedTo = twin;
    if (fact.at) twin.related.push(fact.at);
  }
}
