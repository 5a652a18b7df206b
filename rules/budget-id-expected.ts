import { defineRule } from "../src/engine/rule.ts";
import type { NodeRef } from "../src/core/source.ts";

export default defineRule({
  meta: {
    id: "budget-id-expected",
    name: "BudgetIdExpected",
    input: "any",
    defaultSeverity: "error",
    description: "The effective budget id is not the one this environment expects",
    details:
      "An environment in `.litellm-preflight.yaml` can name the budget its users must get (`environments.<name>.budgetId`), and so can this rule's `expected` option. A values layer copied from staging into prod, or a prod file that forgot to set the id, then hands prod's users another budget (or the built-in `default`), and LiteLLM accepts it silently. Every effective budget id of the inputs must equal the expected one.",
    remediation: "Set the budget-id variable to the budget this environment expects, or correct the expected id in the config.",
    example:
      "# .litellm-preflight.yaml\nenvironments:\n  prod:\n    values: [values.yaml, values-prod.yaml]\n    budgetId: prod-budget\n# values-prod.yaml: right\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}",
    tags: ["correctness", "litellm", "budget"],
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { expected: { description: "The budget id every workload must get", type: "string", minLength: 1 } },
    },
    messages: {
      differs: '{{envName}} is "{{id}}", but budget "{{expected}}" is expected here',
      unset: 'no budget id is set, so "{{id}}" applies, but budget "{{expected}}" is expected here',
    },
  },
  check({ model, options, report }) {
    const expected = typeof options.expected === "string" ? options.expected : undefined;
    if (expected === undefined) return;
    for (const fact of model.facts.budgetIds) {
      // budgets-config entries define budgets; manifest facts supplied by a values file are reported there.
      if (fact.mappedTo || fact.source === "budgets-config" || fact.id === undefined || fact.id === expected) continue;
      const id = fact.variable?.sensitive ? "(secret)" : fact.id;
      if (fact.source === "default") {
        // Nothing sets an id: the first input is where one belongs.
        const first = model.values?.files[0] ?? model.manifests?.objects[0]?.source;
        if (first) report({ messageId: "unset", data: { id, expected }, at: { source: first, path: [] } as NodeRef });
        continue;
      }
      if (fact.at) report({ messageId: "differs", data: { envName: fact.envName ?? "the budget id", id, expected }, at: fact.at, related: fact.related });
    }
  },
});
