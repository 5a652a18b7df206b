import { budgetEnvNames, LITELLM_URL_ENV } from "../src/engine/deployed.ts";
import { defineRule } from "../src/engine/rule.ts";
import { placeKey, type NodeRef } from "../src/core/source.ts";
import type { EnvScope } from "../src/facts/types.ts";
import type { ResolvedVar } from "../src/kube/env.ts";

interface Change {
  at: NodeRef;
  envName: string;
  before: string;
  after: string;
  secret: boolean;
  scopes: string[];
}

export default defineRule({
  meta: {
    id: "budget-id-change",
    name: "BudgetIdChange",
    input: "any",
    defaultSeverity: "note",
    description: "The deployment changes the effective budget id or the LiteLLM URL compared with the running release",
    details:
      "With --compare-release, the release that runs now is read from the cluster (Helm's release Secret) and its manifest is resolved like the inputs. A change of the effective budget id moves every end user to another LiteLLM budget, and a change of the LiteLLM URL (LITE_LLM_URL) points the platform at another proxy; both are sometimes intended and always worth a reviewer's attention. Workloads are matched by kind, name and container; values given without manifests are compared with every workload of the release. Values that come from a Secret are never shown.",
    remediation: "Confirm that the change is intended, and that the new budget exists in LiteLLM before the upgrade.",
    example: "# running: LITELLM_BUDGET_ID=prod-budget\n# under review\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget-2026}",
    tags: ["review", "litellm", "budget"],
    messages: {
      changed: '{{envName}} changes from "{{before}}" to "{{after}}" compared with release {{release}} revision {{revision}} ({{scopes}})',
      changedSecret: "{{envName}} changes compared with release {{release}} revision {{revision}} ({{scopes}}); the values come from a Secret and are not shown",
    },
  },
  check({ model, report }) {
    const deployed = model.deployed;
    if (!deployed) return;
    const release = deployed.input.release;
    const revision = deployed.input.revision;
    const budgetNames = new Set(budgetEnvNames(model));
    const names = [...budgetNames, LITELLM_URL_ENV];
    const changes = new Map<string, Change>();
    const add = (change: Omit<Change, "scopes">, scope: string): void => {
      const key = `${placeKey(change.at)}\0${change.envName}\0${change.before}\0${change.after}`;
      const existing = changes.get(key);
      if (existing) existing.scopes.push(scope);
      else changes.set(key, { ...change, scopes: [scope] });
    };
    const effective = (variable: ResolvedVar | undefined, envName: string): string | undefined =>
      variable ? variable.value : budgetNames.has(envName) ? deployed.defaultBudgetId : undefined;
    // A scope has one variable per name, so scope and name find its budget-id fact.
    const factsByScope = Map.groupBy(model.facts.budgetIds, (fact) => fact.scope);
    const where = (scope: EnvScope, variable: ResolvedVar): NodeRef | undefined => {
      const fact = factsByScope.get(scope)?.find((candidate) => candidate.envName === variable.name);
      return fact?.mappedTo?.at ?? fact?.at ?? variable.valueAt ?? variable.entry?.at ?? undefined;
    };

    const reviewed = model.facts.scopes.filter((scope) => scope.origin === "manifest" && scope.object);
    const running = deployed.facts.scopes.filter((scope) => scope.object);
    if (reviewed.length > 0) {
      const twins = new Map<string, EnvScope>();
      for (const candidate of running) {
        const key = `${candidate.object?.kind}\0${candidate.label}`;
        if (!twins.has(key)) twins.set(key, candidate);
      }
      for (const scope of reviewed) {
        const twin = twins.get(`${scope.object?.kind}\0${scope.label}`);
        if (!twin) continue;
        for (const envName of names) {
          const now = scope.vars.get(envName);
          if (!now) continue;
          const after = now.value;
          const before = effective(twin.vars.get(envName), envName);
          if (after === undefined || before === undefined || after === before) continue;
          const at = where(scope, now);
          if (!at) continue;
          add({ at, envName, before, after, secret: now.sensitive || Boolean(twin.vars.get(envName)?.sensitive) }, scope.label);
        }
      }
    } else {
      const runningByName = new Map(names.map((envName) => [envName, running.map((candidate) => candidate.vars.get(envName)).filter((variable) => variable?.value !== undefined)]));
      for (const scope of model.facts.scopes) {
        for (const envName of names) {
          const now = scope.vars.get(envName);
          if (!now || now.value === undefined) continue;
          const runningValues = runningByName.get(envName)!;
          if (runningValues.length === 0 || runningValues.some((variable) => variable!.value === now.value)) continue;
          const before = [...new Set(runningValues.map((variable) => variable!.value!))].join('", "');
          const at = where(scope, now);
          if (!at) continue;
          add({ at, envName, before, after: now.value, secret: now.sensitive || runningValues.some((variable) => variable!.sensitive) }, scope.label);
        }
      }
    }
    for (const change of changes.values()) {
      const data = { envName: change.envName, release, revision, scopes: change.scopes.join(", ") };
      if (change.secret) report({ messageId: "changedSecret", data, at: change.at });
      else report({ messageId: "changed", data: { ...data, before: change.before, after: change.after }, at: change.at });
    }
  },
});
