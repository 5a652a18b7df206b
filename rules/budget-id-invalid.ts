import { defineRule } from "../src/engine/rule.ts";
import type { NodeRef } from "../src/core/source.ts";
import { budgetIdDefect, PLACEHOLDER, undefinedReference } from "../src/facts/budget-ids.ts";

export default defineRule({
  meta: {
    id: "budget-id-invalid",
    name: "BudgetIdInvalid",
    input: "any",
    defaultSeverity: "error",
    description: "The budget id is empty, an unrendered placeholder, or cannot be resolved",
    details:
      "The platform gives every end user the LiteLLM budget named by the budget-id variable (or, from CodeMie 2.23, by a budget_id in budgets-config.yaml). An empty id, a `{{ .Values.x }}` or `%%PLACEHOLDER%%` that was never substituted, a `$(VAR)` that names no variable, or a `valueFrom` that points at a ConfigMap or Secret the deployment does not contain leaves users without the intended budget, or the pod without its variable. An `envFrom` source that is not in the inputs, applied after whatever set the id (or in a container that runs with the default where another container of the same name and image sets one), is a note: it may set the id instead, so the id shown holds only if it does not. ConfigMaps and Secrets are read from the pod's own namespace (objects rendered without one are in the release namespace, `-n`).",
    remediation: "Set the budget-id variable to the literal id of a budget that exists in LiteLLM, or fix the reference it reads.",
    example: "# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: \"{{ .Values.budget }}\"}\n# right\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}",
    tags: ["correctness", "litellm", "budget"],
    messages: {
      empty: "{{envName}} is empty, so users get no budget",
      whitespace: '{{envName}} "{{id}}" has leading or trailing white space, which LiteLLM keeps as part of the id',
      template: '{{envName}} "{{id}}" is an unrendered Helm template',
      placeholder: '{{envName}} "{{id}}" still holds the placeholder {{placeholder}}',
      undefinedReference: '{{envName}} "{{id}}" references $({{reference}}), which is not defined before it, so the pod sees it literally',
      undefinedReferenceSorted: '{{envName}} "{{id}}" references $({{reference}}), which the chart renders after it (a map of env values reaches the pod in sorted key order), so the pod sees it literally',
      unresolved: "{{envName}} cannot be resolved: {{reason}}",
      envFromMissing: "the budget id may come from envFrom {{kind}} \"{{name}}\", which cannot be resolved: {{reason}}",
      envFromUnread: "the budget id may come from envFrom {{kind}} \"{{name}}\", which is not in the inputs: \"{{id}}\" holds only if that {{kind}} does not set it (add its manifest with -m, or read it from the cluster with --kubeconfig)",
    },
  },
  check({ model, report }) {
    for (const fact of model.facts.budgetIds) {
      // A budgets-config.yaml entry's id is named by its field (CodeMie takes it as written, white space and all).
      const envName = fact.envName ?? (fact.source === "budgets-config" ? "budget_id in budgets-config.yaml" : null);
      // envFrom sources not in the inputs that the kubelet applies after what set the id (none set it: all of them).
      const unread = fact.scope?.origin !== "manifest" ? [] : fact.variable === null ? fact.scope.missingEnvFrom : fact.variable.origin === "envFrom" ? (fact.variable.unreadLater ?? []) : [];
      for (const source of unread) {
        const shown = fact.variable?.sensitive ? "(secret)" : (fact.id ?? "");
        if (source.unresolved) report({ messageId: "envFromMissing", data: { kind: source.kind, name: source.name, reason: source.unresolved }, at: source.at });
        else report({ messageId: "envFromUnread", severity: "note", data: { kind: source.kind, name: source.name, id: shown }, at: source.at });
      }
      if (fact.mappedTo || !envName || !fact.at) continue;
      const at: NodeRef = fact.at;
      const related = fact.related;
      const id = fact.id;
      if (id === undefined) {
        // An optional reference lets the pod start without its object: what it gives is unknown, not wrong.
        report({ messageId: "unresolved", data: { envName, reason: fact.variable?.unresolved ?? "unknown source" }, at, related, ...(fact.variable?.optional ? { severity: "note" as const } : {}) });
        continue;
      }
      // A Secret-held id is shown only as a reference, never by value.
      const secret = fact.variable?.sensitive === true;
      const shown = secret ? "(secret)" : id;
      const part = (match: string) => (secret ? "(hidden)" : match);
      const defect = budgetIdDefect(id, fact.variable);
      if (defect === "empty") report({ messageId: "empty", data: { envName }, at, related });
      else if (defect === "whitespace" || defect === "template") report({ messageId: defect, data: { envName, id: shown }, at, related });
      else if (defect === "placeholder") report({ messageId: "placeholder", data: { envName, id: shown, placeholder: part(PLACEHOLDER.exec(id)![0]) }, at, related });
      else if (defect === "undefinedReference") {
        const reference = undefinedReference(id, fact.variable)!;
        // Written above it in a map-style env, which charts render in sorted key order.
        const sorted = fact.scope?.lists.some((list) => list.style === "map" && list.entries.some((entry) => entry.name === reference)) === true;
        report({ messageId: sorted ? "undefinedReferenceSorted" : "undefinedReference", data: { envName, id: shown, reference: part(reference) }, at, related });
      }
    }
    // An envFrom source the cluster lookup could not read, in a container that sets no budget id itself.
    const withId = new Set(model.facts.budgetIds.map((fact) => fact.scope));
    for (const scope of model.facts.scopes) {
      if (withId.has(scope)) continue;
      for (const source of scope.missingEnvFrom) {
        if (source.unresolved) report({ messageId: "envFromMissing", data: { kind: source.kind, name: source.name, reason: source.unresolved }, at: source.at });
      }
    }
  },
});
