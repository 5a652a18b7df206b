import { defineRule } from "../src/engine/rule.ts";
import type { NodeRef } from "../src/core/source.ts";
import type { YamlPath } from "../src/core/types.ts";

/** A checksum of the object on the pod template: a changed object changes the template, and the pods roll. */
const CHECKSUM = /^checksum\//;
/** Stakater Reloader's annotations, which it reads on the workload (and which are kept on the template too). */
const RELOADER = /^(configmap\.reloader\.stakater\.com\/reload|secret\.reloader\.stakater\.com\/reload|reloader\.stakater\.com\/(auto|search))$/;
/** Their pods read the object when they start, and there is nothing to restart: a Job's template cannot change, a CronJob makes new pods. */
const RUN_TO_COMPLETION = new Set(["Pod", "Job", "CronJob"]);

export default defineRule({
  meta: {
    id: "budget-id-restart",
    name: "BudgetIdRestart",
    input: "manifest",
    defaultSeverity: "warning",
    description: "The budget id comes from a ConfigMap or Secret, but the pods are not restarted when it changes",
    details:
      "Environment variables read from a ConfigMap or Secret are resolved when a container starts. When `helm upgrade` changes the budget id in such an object but leaves the pod template untouched, no pod restarts, and the new budget id takes effect only whenever pods happen to be replaced. Charts solve this with a checksum annotation on the pod template (`checksum/config: {{ include (print $.Template.BasePath \"/configmap.yaml\") . | sha256sum }}`); any `checksum/…` annotation on the pod template (not on the workload's own metadata: a Deployment rolls out only when its template changes), or a Stakater Reloader annotation on the workload, satisfies this rule. Jobs and CronJobs are not checked: their pods read the object when they start (a Job's template cannot be changed by an upgrade, a CronJob makes new pods each run). Only objects rendered with the release are checked: an object managed elsewhere is not changed by the upgrade.",
    remediation: "Add a checksum/… annotation of the ConfigMap or Secret to the pod template, so that a changed budget id rolls the pods.",
    example:
      "# templates/deployment.yaml\nspec:\n  template:\n    metadata:\n      annotations:\n        checksum/config: {{ include (print $.Template.BasePath \"/configmap.yaml\") . | sha256sum }}",
    tags: ["correctness", "helm", "budget"],
    messages: {
      noRestart: '{{envName}} comes from {{kind}} "{{name}}", but {{workload}} has no checksum/ annotation on its pod template, so helm upgrade will not restart its pods when the id changes',
    },
  },
  check({ model, report }) {
    if (!model.manifests) return;
    const seen = new Set<string>();
    for (const fact of model.facts.budgetIds) {
      const variable = fact.variable;
      const scope = fact.scope;
      if (fact.source !== "manifest" || !variable || !scope?.object || !fact.envName) continue;
      if (variable.origin !== "configMapKeyRef" && variable.origin !== "secretKeyRef" && variable.origin !== "envFrom") continue;
      // The object must be part of this rendering (an upgrade changes it); objects read from the cluster are not.
      const holder = variable.valueAt?.source;
      if (holder?.kind !== "manifest" || !holder.object || (holder.object.kind !== "ConfigMap" && holder.object.kind !== "Secret")) continue;
      const workload = scope.workload;
      if (!workload?.pod || RUN_TO_COMPLETION.has(workload.identity.kind)) continue;
      const { templateAnnotationKeys, workloadAnnotationKeys } = workload.pod;
      if (templateAnnotationKeys.some((key) => CHECKSUM.test(key) || RELOADER.test(key)) || workloadAnnotationKeys.some((key) => RELOADER.test(key))) continue;
      const templatePath: YamlPath = workload.pod.specPath.slice(0, -1);
      const key = `${workload.identity.kind}/${workload.identity.name}\0${holder.object.kind}/${holder.object.name}\0${fact.envName}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const at: NodeRef = { source: workload.source, path: [...templatePath, "metadata"], part: "key" };
      const related = [variable.entry?.at, variable.valueAt].filter((ref): ref is NodeRef => ref !== undefined && ref !== null);
      report({
        messageId: "noRestart",
        data: { envName: fact.envName, kind: holder.object.kind, name: holder.object.name, workload: `${workload.identity.kind}/${workload.identity.name}` },
        at,
        related,
      });
    }
  },
});
