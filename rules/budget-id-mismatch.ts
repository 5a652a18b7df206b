import { defineRule } from "../src/engine/rule.ts";

export default defineRule({
  meta: {
    id: "budget-id-mismatch",
    name: "BudgetIdMismatch",
    input: "any",
    defaultSeverity: "warning",
    description: "Workloads, values layers, or values and manifests disagree on the budget id",
    details:
      "Every workload of the platform should hand out the same end-user budget. When the API and a worker pool, or the values under review and the rendered manifests name different budget ids, users are billed against different budgets depending on which pod served them, and a rename done in one place silently misses the others. A workload that sets no budget id while the other workloads of the same application do (CodeMie's API when only `proxyPool.extraEnv` sets one, a container of the same name and image in another Deployment) runs with the default id and is reported too. With --chart, only the workloads the chart renders count: a pool or subchart that is switched off adds no id. Of several values layers (-f), a later one that writes an env list without the budget-id variable an earlier one sets drops it (helm replaces lists whole, it does not merge them), and the pods run with the default id; a later layer that sets another id overrides it, as layers are meant to.",
    remediation: "Set the same budget id everywhere, ideally in one values key that every workload reads.",
    example: "# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\nproxyPool:\n  enabled: true\n  extraEnv:\n    - {name: LITELLM_BUDGET_ID, value: prod-budgt}\n# right: drop the pool override, or make it equal",
    tags: ["correctness", "litellm", "budget"],
    messages: {
      mismatch: 'budget id "{{id}}" ({{scope}}) differs from "{{other}}" used by {{otherScope}}',
      defaultId: '{{scope}} sets no budget id, so its pods run with the default "{{id}}" while {{otherScope}} uses "{{other}}"',
      droppedByLayer: 'this list replaces the one in {{earlier}} (helm replaces lists whole) and drops its {{envName}} "{{id}}", so {{scope}} runs with the default budget id',
      droppedByNull: 'this null deletes the list {{earlier}} writes here (helm deletes a key set to null), with its {{envName}} "{{id}}", so {{scope}} runs with the default budget id',
    },
  },
  check({ model, report }) {
    for (const drop of model.facts.droppedBudgetIds ?? []) {
      // Reported where the list that dropped it is, or the null that deleted it.
      const at = drop.replacedAt;
      report({
        messageId: drop.nulled ? "droppedByNull" : "droppedByLayer",
        data: { envName: drop.envName, id: drop.sensitive ? "(secret)" : (drop.id ?? "(unresolved)"), earlier: drop.setAt.source.file, scope: drop.scope },
        at: { ...at, part: "key" },
        related: [drop.setAt],
      });
    }
    // budgets-config.yaml holds several budgets by design (platform, cli, premium_models).
    const facts = model.facts.budgetIds.filter((fact) => fact.source !== "budgets-config" && fact.id !== undefined && fact.at && !fact.mappedTo && !fact.variable?.sensitive);
    const groups = Map.groupBy(facts, (fact) => fact.id!);
    if (groups.size < 2) return;
    // The id most places use is taken as intended; every other one is reported.
    const [majorityId, majority] = [...groups].sort((a, b) => b[1].length - a[1].length)[0]!;
    const reference = majority[0]!;
    for (const fact of facts) {
      if (fact.id === majorityId) continue;
      report({
        messageId: fact.source === "default" ? "defaultId" : "mismatch",
        data: { id: fact.id!, scope: fact.scope?.label ?? fact.source, other: majorityId, otherScope: reference.scope?.label ?? reference.source },
        at: fact.at!,
        related: [reference.at!, ...fact.related],
      });
    }
  },
});
