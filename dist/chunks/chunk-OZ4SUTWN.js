import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/facts/budget-ids.ts
var TEMPLATE = /\{\{.*\}\}/;
var PLACEHOLDER = /%%\w+%%/;
var REFERENCE = /\$\(([^)]*)\)/;
function budgetIdDefect(id) {
  if (id.trim() === "") return "empty";
  if (id !== id.trim()) return "whitespace";
  if (TEMPLATE.test(id)) return "template";
  if (PLACEHOLDER.test(id)) return "placeholder";
  if (REFERENCE.test(id)) return "undefinedReference";
  return void 0;
}
function budgetFacts(scopes, options) {
  const facts = [];
  for (const scope of scopes) {
    for (const envName of options.budgetIdEnv) {
      const variable = scope.vars.get(envName);
      if (!variable) continue;
      const at = variable.valueAt ?? variable.entry?.at ?? null;
      const source = scope.origin === "manifest" ? "manifest" : at?.source.kind === "set" ? "set" : "values";
      facts.push({ id: variable.value, source, envName, scope, variable, at, related: [] });
    }
  }
  mapManifestFactsToValues(facts);
  if (facts.length === 0) {
    facts.push({ id: options.defaultBudgetId, source: "default", envName: null, scope: null, variable: null, at: null, related: [] });
  }
  return facts;
}
function mapManifestFactsToValues(facts) {
  const valuesFacts = facts.filter((fact) => fact.source === "values" || fact.source === "set");
  for (const fact of facts) {
    if (fact.source !== "manifest" || fact.id === void 0) continue;
    const twin = valuesFacts.find((candidate) => candidate.envName === fact.envName && candidate.id === fact.id);
    if (!twin) continue;
    fact.mappedTo = twin;
    if (fact.at) twin.related.push(fact.at);
  }
}

// src/core/guards.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  PLACEHOLDER,
  REFERENCE,
  budgetIdDefect,
  budgetFacts,
  isRecord
};
