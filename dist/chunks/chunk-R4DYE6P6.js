import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  BUDGET_ROW_JOIN_FROM,
  KEY_PLACEHOLDER,
  PROXY_KEY_ENV,
  advisoriesFor,
  advisoryFix,
  describeCaps,
  describeGates,
  describeLimits,
  effectiveGates,
  formatAmount,
  formatRelease,
  num,
  parseRelease,
  row,
  safeText,
  saysNotFound,
  str
} from "./chunk-RWM4WCZU.js";
import {
  jsonArrayPieces
} from "./chunk-XEQW7TWC.js";
import {
  BUDGETS_CONFIG_KEY,
  BUDGET_CATEGORIES,
  LITELLM_URL_ENV,
  RenderedDocumentSource,
  TextFileSource,
  apiImageTags,
  atLeast,
  budgetEnvNames,
  embeddedTree,
  envListsOf,
  expand,
  isOn,
  itemsOf,
  nodeAt,
  readsBudgetsConfig,
  reconcilesBudgets,
  schemaJson,
  scopedValuesPath,
  validateChartValues
} from "./chunk-WIGNPISR.js";
import {
  DEFAULT_BUILD_LIMITS,
  PLACEHOLDER,
  YamlFileSource,
  budgetIdDefect,
  buildTree,
  chartFullname,
  chartParent,
  configUnder,
  databaseWiring,
  helmPlainScalar,
  imageTag,
  isRecord,
  isTruthy,
  litellmSettingsInUse,
  looksLikeLiteLLMChart,
  nodeAt as nodeAt2,
  proxySetting,
  servicePort,
  toJS,
  undefinedReference,
  usesExternalConfig,
  yamlErrorMessage
} from "./chunk-L6SKZPTU.js";
import {
  defineRule
} from "./chunk-JJJ5BOV3.js";
import {
  LITELLM_CREDENTIAL_ENV,
  formatPath,
  isPseudoFile,
  mayBeSecretName,
  placeKey,
  quotable
} from "./chunk-UAKUUDY6.js";
import {
  closest
} from "./chunk-2FUTJC6X.js";
import {
  UsageError
} from "./chunk-YI5XR4DP.js";
import {
  existsSync
} from "./chunk-T7WBHCFS.js";
import {
  HOME_URL
} from "./chunk-PZGEJKJL.js";

// rules/budget-id-change.ts
var budget_id_change_default = defineRule({
  meta: {
    id: "budget-id-change",
    name: "BudgetIdChange",
    input: "any",
    defaultSeverity: "note",
    description: "The deployment changes the effective budget id or the LiteLLM URL compared with the running release",
    details: "With --compare-release, the release that runs now is read from the cluster (Helm's release Secret) and its manifest is resolved like the inputs. A change of the effective budget id moves every end user to another LiteLLM budget, and a change of the LiteLLM URL (LITE_LLM_URL) points the platform at another proxy; both are sometimes intended and always worth a reviewer's attention. Workloads are matched by kind, name and container; values given without manifests are compared with every workload of the release. Values that come from a Secret are never shown.",
    remediation: "Confirm that the change is intended, and that the new budget exists in LiteLLM before the upgrade.",
    example: "# running: LITELLM_BUDGET_ID=prod-budget\n# under review\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget-2026}",
    tags: ["review", "litellm", "budget"],
    messages: {
      changed: '{{envName}} changes from "{{before}}" to "{{after}}" compared with release {{release}} revision {{revision}} ({{scopes}})',
      changedSecret: "{{envName}} changes compared with release {{release}} revision {{revision}} ({{scopes}}); the values come from a Secret and are not shown"
    }
  },
  check({ model, report }) {
    const deployed = model.deployed;
    if (!deployed) return;
    const release = deployed.input.release;
    const revision = deployed.input.revision;
    const budgetNames = new Set(budgetEnvNames(model));
    const names = [...budgetNames, LITELLM_URL_ENV];
    const changes = /* @__PURE__ */ new Map();
    const add = (change, scope) => {
      const key = `${placeKey(change.at)}\0${change.envName}\0${change.before}\0${change.after}`;
      const existing = changes.get(key);
      if (existing) existing.scopes.push(scope);
      else changes.set(key, { ...change, scopes: [scope] });
    };
    const effective = (variable, envName) => variable ? variable.value : budgetNames.has(envName) ? deployed.defaultBudgetId : void 0;
    const factsByScope = Map.groupBy(model.facts.budgetIds, (fact) => fact.scope);
    const where = (scope, variable) => {
      const fact = factsByScope.get(scope)?.find((candidate) => candidate.envName === variable.name);
      return fact?.mappedTo?.at ?? fact?.at ?? variable.valueAt ?? variable.entry?.at ?? void 0;
    };
    const reviewed = model.facts.scopes.filter((scope) => scope.origin === "manifest" && scope.object);
    const running = deployed.facts.scopes.filter((scope) => scope.object);
    if (reviewed.length > 0) {
      const twins = /* @__PURE__ */ new Map();
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
          if (after === void 0 || before === void 0 || after === before) continue;
          const at = where(scope, now);
          if (!at) continue;
          add({ at, envName, before, after, secret: now.sensitive || Boolean(twin.vars.get(envName)?.sensitive) }, scope.label);
        }
      }
    } else {
      const runningByName = new Map(names.map((envName) => [envName, running.map((candidate) => candidate.vars.get(envName)).filter((variable) => variable?.value !== void 0)]));
      for (const scope of model.facts.scopes) {
        for (const envName of names) {
          const now = scope.vars.get(envName);
          if (!now || now.value === void 0) continue;
          const runningValues = runningByName.get(envName);
          if (runningValues.length === 0 || runningValues.some((variable) => variable.value === now.value)) continue;
          const before = [...new Set(runningValues.map((variable) => variable.value))].join('", "');
          const at = where(scope, now);
          if (!at) continue;
          add({ at, envName, before, after: now.value, secret: now.sensitive || runningValues.some((variable) => variable.sensitive) }, scope.label);
        }
      }
    }
    for (const change of changes.values()) {
      const data = { envName: change.envName, release, revision, scopes: change.scopes.join(", ") };
      if (change.secret) report({ messageId: "changedSecret", data, at: change.at });
      else report({ messageId: "changed", data: { ...data, before: change.before, after: change.after }, at: change.at });
    }
  }
});

// rules/budget-id-expected.ts
var budget_id_expected_default = defineRule({
  meta: {
    id: "budget-id-expected",
    name: "BudgetIdExpected",
    input: "any",
    defaultSeverity: "error",
    description: "The effective budget id is not the one this environment expects",
    details: "An environment in `.litellm-preflight.yaml` can name the budget its users must get (`environments.<name>.budgetId`), and so can this rule's `expected` option. A values layer copied from staging into prod, or a prod file that forgot to set the id, then hands prod's users another budget (or the built-in `default`), and LiteLLM accepts it silently. Every effective budget id of the inputs must equal the expected one.",
    remediation: "Set the budget-id variable to the budget this environment expects, or correct the expected id in the config.",
    example: "# .litellm-preflight.yaml\nenvironments:\n  prod:\n    values: [values.yaml, values-prod.yaml]\n    budgetId: prod-budget\n# values-prod.yaml: right\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}",
    tags: ["correctness", "litellm", "budget"],
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { expected: { description: "The budget id every workload must get", type: "string", minLength: 1 } }
    },
    messages: {
      differs: '{{envName}} is "{{id}}", but budget "{{expected}}" is expected here',
      unset: 'no budget id is set, so "{{id}}" applies, but budget "{{expected}}" is expected here'
    }
  },
  check({ model, options, report }) {
    const expected = typeof options.expected === "string" ? options.expected : void 0;
    if (expected === void 0) return;
    for (const fact of model.facts.budgetIds) {
      if (fact.mappedTo || fact.source === "budgets-config" || fact.id === void 0 || fact.id === expected) continue;
      const id = fact.variable?.sensitive ? "(secret)" : fact.id;
      if (fact.source === "default") {
        const first = model.values?.files[0] ?? model.manifests?.objects[0]?.source;
        if (first) report({ messageId: "unset", data: { id, expected }, at: { source: first, path: [] } });
        continue;
      }
      if (fact.at) report({ messageId: "differs", data: { envName: fact.envName ?? "the budget id", id, expected }, at: fact.at, related: fact.related });
    }
  }
});

// rules/budget-id-invalid.ts
var budget_id_invalid_default = defineRule({
  meta: {
    id: "budget-id-invalid",
    name: "BudgetIdInvalid",
    input: "any",
    defaultSeverity: "error",
    description: "The budget id is empty, an unrendered placeholder, or cannot be resolved",
    details: "The platform gives every end user the LiteLLM budget named by the budget-id variable (or, from CodeMie 2.23, by a budget_id in budgets-config.yaml). An empty id, a `{{ .Values.x }}` or `%%PLACEHOLDER%%` that was never substituted, a `$(VAR)` that names no variable, or a `valueFrom` that points at a ConfigMap or Secret the deployment does not contain leaves users without the intended budget, or the pod without its variable. An `envFrom` source that is not in the inputs, applied after whatever set the id (or in a container that runs with the default where another container of the same name and image sets one), is a note: it may set the id instead, so the id shown holds only if it does not. ConfigMaps and Secrets are read from the pod's own namespace (objects rendered without one are in the release namespace, `-n`).",
    remediation: "Set the budget-id variable to the literal id of a budget that exists in LiteLLM, or fix the reference it reads.",
    example: '# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: "{{ .Values.budget }}"}\n# right\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}',
    tags: ["correctness", "litellm", "budget"],
    messages: {
      empty: "{{envName}} is empty, so users get no budget",
      whitespace: '{{envName}} "{{id}}" has leading or trailing white space, which LiteLLM keeps as part of the id',
      template: '{{envName}} "{{id}}" is an unrendered Helm template',
      placeholder: '{{envName}} "{{id}}" still holds the placeholder {{placeholder}}',
      undefinedReference: '{{envName}} "{{id}}" references $({{reference}}), which is not defined before it, so the pod sees it literally',
      undefinedReferenceSorted: '{{envName}} "{{id}}" references $({{reference}}), which the chart renders after it (a map of env values reaches the pod in sorted key order), so the pod sees it literally',
      unresolved: "{{envName}} cannot be resolved: {{reason}}",
      envFromMissing: 'the budget id may come from envFrom {{kind}} "{{name}}", which cannot be resolved: {{reason}}',
      envFromUnread: 'the budget id may come from envFrom {{kind}} "{{name}}", which is not in the inputs: "{{id}}" holds only if that {{kind}} does not set it (add its manifest with -m, or read it from the cluster with --kubeconfig)'
    }
  },
  check({ model, report }) {
    for (const fact of model.facts.budgetIds) {
      const envName = fact.envName ?? (fact.source === "budgets-config" ? "budget_id in budgets-config.yaml" : null);
      const unread = fact.scope?.origin !== "manifest" ? [] : fact.variable === null ? fact.scope.missingEnvFrom : fact.variable.origin === "envFrom" ? fact.variable.unreadLater ?? [] : [];
      for (const source of unread) {
        const shown2 = fact.variable?.sensitive ? "(secret)" : fact.id ?? "";
        if (source.unresolved) report({ messageId: "envFromMissing", data: { kind: source.kind, name: source.name, reason: source.unresolved }, at: source.at });
        else report({ messageId: "envFromUnread", severity: "note", data: { kind: source.kind, name: source.name, id: shown2 }, at: source.at });
      }
      if (fact.mappedTo || !envName || !fact.at) continue;
      const at = fact.at;
      const related = fact.related;
      const id = fact.id;
      if (id === void 0) {
        report({ messageId: "unresolved", data: { envName, reason: fact.variable?.unresolved ?? "unknown source" }, at, related, ...fact.variable?.optional ? { severity: "note" } : {} });
        continue;
      }
      const secret = fact.variable?.sensitive === true;
      const shown = secret ? "(secret)" : id;
      const part = (match) => secret ? "(hidden)" : match;
      const defect = budgetIdDefect(id, fact.variable);
      if (defect === "empty") report({ messageId: "empty", data: { envName }, at, related });
      else if (defect === "whitespace" || defect === "template") report({ messageId: defect, data: { envName, id: shown }, at, related });
      else if (defect === "placeholder") report({ messageId: "placeholder", data: { envName, id: shown, placeholder: part(PLACEHOLDER.exec(id)[0]) }, at, related });
      else if (defect === "undefinedReference") {
        const reference = undefinedReference(id, fact.variable);
        const sorted = fact.scope?.lists.some((list) => list.style === "map" && list.entries.some((entry) => entry.name === reference)) === true;
        report({ messageId: sorted ? "undefinedReferenceSorted" : "undefinedReference", data: { envName, id: shown, reference: part(reference) }, at, related });
      }
    }
    const withId = new Set(model.facts.budgetIds.map((fact) => fact.scope));
    for (const scope of model.facts.scopes) {
      if (withId.has(scope)) continue;
      for (const source of scope.missingEnvFrom) {
        if (source.unresolved) report({ messageId: "envFromMissing", data: { kind: source.kind, name: source.name, reason: source.unresolved }, at: source.at });
      }
    }
  }
});

// rules/budget-id-mismatch.ts
var budget_id_mismatch_default = defineRule({
  meta: {
    id: "budget-id-mismatch",
    name: "BudgetIdMismatch",
    input: "any",
    defaultSeverity: "warning",
    description: "Workloads, values layers, or values and manifests disagree on the budget id",
    details: "Every workload of the platform should hand out the same end-user budget. When the API and a worker pool, or the values under review and the rendered manifests name different budget ids, users are billed against different budgets depending on which pod served them, and a rename done in one place silently misses the others. A workload that sets no budget id while the other workloads of the same application do (CodeMie's API when only `proxyPool.extraEnv` sets one, a container of the same name and image in another Deployment) runs with the default id and is reported too. With --chart, only the workloads the chart renders count: a pool or subchart that is switched off adds no id. Of several values layers (-f), a later one that writes an env list without the budget-id variable an earlier one sets drops it (helm replaces lists whole, it does not merge them), and the pods run with the default id; a later layer that sets another id overrides it, as layers are meant to.",
    remediation: "Set the same budget id everywhere, ideally in one values key that every workload reads.",
    example: "# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\nproxyPool:\n  enabled: true\n  extraEnv:\n    - {name: LITELLM_BUDGET_ID, value: prod-budgt}\n# right: drop the pool override, or make it equal",
    tags: ["correctness", "litellm", "budget"],
    messages: {
      mismatch: 'budget id "{{id}}" ({{scope}}) differs from "{{other}}" used by {{otherScope}}',
      defaultId: '{{scope}} sets no budget id, so its pods run with the default "{{id}}" while {{otherScope}} uses "{{other}}"',
      droppedByLayer: 'this list replaces the one in {{earlier}} (helm replaces lists whole) and drops its {{envName}} "{{id}}", so {{scope}} runs with the default budget id',
      droppedByNull: 'this null deletes the list {{earlier}} writes here (helm deletes a key set to null), with its {{envName}} "{{id}}", so {{scope}} runs with the default budget id'
    }
  },
  check({ model, report }) {
    for (const drop of model.facts.droppedBudgetIds ?? []) {
      const at = drop.replacedAt;
      report({
        messageId: drop.nulled ? "droppedByNull" : "droppedByLayer",
        data: { envName: drop.envName, id: drop.sensitive ? "(secret)" : drop.id ?? "(unresolved)", earlier: drop.setAt.source.file, scope: drop.scope },
        at: { ...at, part: "key" },
        related: [drop.setAt]
      });
    }
    const facts = model.facts.budgetIds.filter((fact) => fact.source !== "budgets-config" && fact.id !== void 0 && fact.at && !fact.mappedTo && !fact.variable?.sensitive);
    const groups = Map.groupBy(facts, (fact) => fact.id);
    if (groups.size < 2) return;
    const [majorityId, majority] = [...groups].sort((a, b) => b[1].length - a[1].length)[0];
    const reference = majority[0];
    for (const fact of facts) {
      if (fact.id === majorityId) continue;
      report({
        messageId: fact.source === "default" ? "defaultId" : "mismatch",
        data: { id: fact.id, scope: fact.scope?.label ?? fact.source, other: majorityId, otherScope: reference.scope?.label ?? reference.source },
        at: fact.at,
        related: [reference.at, ...fact.related]
      });
    }
  }
});

// rules/budget-id-restart.ts
var CHECKSUM = /^checksum\//;
var RELOADER = /^(configmap\.reloader\.stakater\.com\/reload|secret\.reloader\.stakater\.com\/reload|reloader\.stakater\.com\/(auto|search))$/;
var RUN_TO_COMPLETION = /* @__PURE__ */ new Set(["Pod", "Job", "CronJob"]);
var budget_id_restart_default = defineRule({
  meta: {
    id: "budget-id-restart",
    name: "BudgetIdRestart",
    input: "manifest",
    defaultSeverity: "warning",
    description: "The budget id comes from a ConfigMap or Secret, but the pods are not restarted when it changes",
    details: "Environment variables read from a ConfigMap or Secret are resolved when a container starts. When `helm upgrade` changes the budget id in such an object but leaves the pod template untouched, no pod restarts, and the new budget id takes effect only whenever pods happen to be replaced. Charts solve this with a checksum annotation on the pod template (`checksum/config: {{ include (print $.Template.BasePath \"/configmap.yaml\") . | sha256sum }}`); any `checksum/\u2026` annotation on the pod template (not on the workload's own metadata: a Deployment rolls out only when its template changes), or a Stakater Reloader annotation on the workload, satisfies this rule. Jobs and CronJobs are not checked: their pods read the object when they start (a Job's template cannot be changed by an upgrade, a CronJob makes new pods each run). Only objects rendered with the release are checked: an object managed elsewhere is not changed by the upgrade.",
    remediation: "Add a checksum/\u2026 annotation of the ConfigMap or Secret to the pod template, so that a changed budget id rolls the pods.",
    example: '# templates/deployment.yaml\nspec:\n  template:\n    metadata:\n      annotations:\n        checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}',
    tags: ["correctness", "helm", "budget"],
    messages: {
      noRestart: '{{envName}} comes from {{kind}} "{{name}}", but {{workload}} has no checksum/ annotation on its pod template, so helm upgrade will not restart its pods when the id changes'
    }
  },
  check({ model, report }) {
    if (!model.manifests) return;
    const seen = /* @__PURE__ */ new Set();
    for (const fact of model.facts.budgetIds) {
      const variable = fact.variable;
      const scope = fact.scope;
      if (fact.source !== "manifest" || !variable || !scope?.object || !fact.envName) continue;
      if (variable.origin !== "configMapKeyRef" && variable.origin !== "secretKeyRef" && variable.origin !== "envFrom") continue;
      const holder = variable.valueAt?.source;
      if (holder?.kind !== "manifest" || !holder.object || holder.object.kind !== "ConfigMap" && holder.object.kind !== "Secret") continue;
      const workload = scope.workload;
      if (!workload?.pod || RUN_TO_COMPLETION.has(workload.identity.kind)) continue;
      const { templateAnnotationKeys, workloadAnnotationKeys } = workload.pod;
      if (templateAnnotationKeys.some((key2) => CHECKSUM.test(key2) || RELOADER.test(key2)) || workloadAnnotationKeys.some((key2) => RELOADER.test(key2))) continue;
      const templatePath = workload.pod.specPath.slice(0, -1);
      const key = `${workload.identity.kind}/${workload.identity.name}\0${holder.object.kind}/${holder.object.name}\0${fact.envName}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const at = { source: workload.source, path: [...templatePath, "metadata"], part: "key" };
      const related = [variable.entry?.at, variable.valueAt].filter((ref) => ref !== void 0 && ref !== null);
      report({
        messageId: "noRestart",
        data: { envName: fact.envName, kind: holder.object.kind, name: holder.object.name, workload: `${workload.identity.kind}/${workload.identity.name}` },
        at,
        related
      });
    }
  }
});

// src/live/rule.ts
function defineLiveRule(rule) {
  return rule;
}

// rules/codemie-budget-drift.ts
var FILE_DEFAULTS = { soft_budget: 0, budget_duration: "30d" };
var codemie_budget_drift_default = defineLiveRule({
  meta: {
    id: "codemie-budget-drift",
    name: "CodemieBudgetDrift",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "warning",
    description: "A budget in CodeMie's budgets-config.yaml differs from the same budget in LiteLLM",
    details: "CodeMie treats budgets-config.yaml as the source of truth: with LLM_PROXY_BUDGET_RECONCILIATION_ENABLED (and the proxy and budget checking on) it overwrites LiteLLM's max_budget, soft_budget and budget_duration at the next start, undoing any change made in LiteLLM directly; without reconciliation the two stay apart and the file describes limits nobody enforces. Compared from the same POST /budget/info answer the other budget checks use: no extra request.",
    remediation: "Make budgets-config.yaml and LiteLLM agree: change the file when LiteLLM holds the intended limits, or let reconciliation write the file's values.",
    example: '# budgets-config.yaml\npredefined_budgets:\n  - {budget_id: default, name: Default, max_budget: 120.0, soft_budget: 80.0, budget_duration: 30d, budget_category: platform}\n# LiteLLM: POST /budget/info {"budgets": ["default"]} -> max_budget 120.0, soft_budget 80.0, budget_duration 30d',
    tags: ["correctness", "codemie", "budget", "live"],
    messages: {
      drift: 'budget "{{id}}": budgets-config.yaml sets {{field}} {{file}}, LiteLLM has {{litellm}}; {{consequence}}'
    }
  },
  // CodeMie before 2.23 does not read the file: it describes nothing (codemie-ignored-env says so).
  appliesTo: (model) => model.codemie.active && model.codemie.budgetsConfigs.length > 0 && readsBudgetsConfig(model.codemie),
  async check({ model, live, report }) {
    const outcome = await live.budgets();
    if (outcome.status !== "ok") return;
    const reconciling = reconcilesBudgets(model.facts.scopes);
    const consequence = reconciling ? "CodeMie's reconciliation overwrites LiteLLM at its next start" : "reconciliation is off, so LiteLLM keeps its own value";
    for (const config of model.codemie.budgetsConfigs) {
      for (const entry of config.entries) {
        const row2 = entry.budgetId === void 0 ? void 0 : outcome.found.get(entry.budgetId);
        if (!row2 || entry.budgetId === void 0) continue;
        const compare = (field, file, litellm) => {
          if (file === void 0 || file === litellm || file === 0 && litellm === null) return;
          const shown = (value) => value === null ? "none" : typeof value === "number" ? formatAmount(value) : safeText(value, 16) ?? "set";
          const remediation = reconciling ? { text: "nothing to call: CodeMie writes the file's value at its next start; change budgets-config.yaml if LiteLLM holds the intended one" } : { text: "write the file's value into LiteLLM, or change budgets-config.yaml", request: { method: "POST", path: "/budget/update", body: { budget_id: entry.budgetId, [field]: file } } };
          report({
            messageId: "drift",
            data: { id: entry.budgetId, field, file: shown(file), litellm: shown(litellm), consequence },
            at: entry.node.entries.has(field) ? entry.at(field) : entry.at("budget_id"),
            remediation
          });
        };
        compare("max_budget", entry.maxBudget, row2.maxBudget);
        compare("soft_budget", entry.softBudget ?? FILE_DEFAULTS.soft_budget, row2.softBudget);
        compare("budget_duration", entry.duration ?? FILE_DEFAULTS.budget_duration, row2.duration);
      }
    }
  }
});

// rules/codemie-budget-flags.ts
var BOOLEAN = /^(true|false|1|0|yes|no|on|off|t|f|y|n)$/i;
var BOOLEAN_SETTINGS = [
  "LLM_PROXY_ENABLED",
  "LLM_PROXY_BUDGET_CHECK_ENABLED",
  "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED",
  "LITELLM_FAIL_OPEN_ON_503",
  "LITELLM_SPEND_COLLECTOR_ENABLED",
  "LITELLM_BUDGET_RESET_TRACKER_ENABLED",
  "LITELLM_BUDGET_RESET_RECONCILIATION_ENABLED"
];
var PROXY_MODES = ["internal", "lite_llm"];
var JSON_LISTS = ["LITELLM_PREMIUM_MODELS_ALIASES", "GITHUB_IDENTIFIERS", "GITLAB_IDENTIFIERS", "BITBUCKET_IDENTIFIERS"];
var ASKED = [...BOOLEAN_SETTINGS, ...JSON_LISTS, "LLM_PROXY_MODE"];
var ASKED_NAMES = new Set(ASKED);
var NO_VARS = Object.fromEntries(ASKED.map((name) => [name, void 0]));
var codemie_budget_flags_default = defineRule({
  meta: {
    id: "codemie-budget-flags",
    name: "CodemieBudgetFlags",
    input: "any",
    defaultSeverity: "warning",
    description: "CodeMie's budget switches are inconsistent, so budgets are not enforced or the API does not start",
    details: "CodeMie enforces LiteLLM budgets only when LLM_PROXY_ENABLED is true, LLM_PROXY_MODE is lite_llm and LLM_PROXY_BUDGET_CHECK_ENABLED is true; reconciliation of budgets-config.yaml also needs budget checking. Premium-model aliases without a premium_models budget leave premium traffic on the platform budget. Boolean settings accept only pydantic's spellings (not an empty value), LLM_PROXY_MODE only internal or lite_llm, and list settings must be JSON: anything else stops the API at start-up (an error; the inconsistent switches are warnings).",
    remediation: `Turn on the switches a feature depends on, spell booleans as "true" or "false", and write list settings as JSON such as '["opus"]'.`,
    example: `extraEnv:
  - {name: LLM_PROXY_ENABLED, value: "true"}
  - {name: LLM_PROXY_MODE, value: lite_llm}
  - {name: LLM_PROXY_BUDGET_CHECK_ENABLED, value: "true"}
  - {name: LITELLM_PREMIUM_MODELS_ALIASES, value: '["opus"]'}`,
    tags: ["correctness", "codemie", "budget"],
    messages: {
      notBoolean: '{{name}} is "{{value}}", which CodeMie cannot read as a boolean; the API does not start',
      notJsonList: `{{name}} must be a JSON list such as '["a", "b"]'; the API does not start with {{shown}}`,
      checkWithoutProxy: "LLM_PROXY_BUDGET_CHECK_ENABLED is on but LLM_PROXY_ENABLED is not, so budgets are never checked",
      reconciliationWithoutCheck: "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED is on but LLM_PROXY_BUDGET_CHECK_ENABLED is not, so budgets-config.yaml is never synced",
      badMode: 'LLM_PROXY_MODE is "{{mode}}"; CodeMie knows only internal and lite_llm, and the API does not start',
      modeNotLiteLLM: 'LLM_PROXY_ENABLED is on but LLM_PROXY_MODE is "{{mode}}", so LLM calls bypass LiteLLM and its budgets',
      premiumWithoutBudget: "LITELLM_PREMIUM_MODELS_ALIASES lists premium models but budgets-config.yaml has no premium_models budget"
    }
  },
  appliesTo: (model) => model.codemie.active,
  check({ model, report }) {
    const hasPremiumBudget = model.codemie.budgetsConfigs.some((config) => config.entries.some((entry) => entry.category === "premium_models"));
    const knowsBudgets = model.codemie.budgetsConfigs.length > 0 && readsBudgetsConfig(model.codemie);
    const scopes = model.facts.scopes;
    for (let s = 0; s < scopes.length; s++) {
      const scope = scopes[s];
      const vars = { ...NO_VARS };
      scope.vars.getInto(ASKED_NAMES, vars);
      for (let i = 0; i < BOOLEAN_SETTINGS.length; i++) {
        const name = BOOLEAN_SETTINGS[i];
        const text2 = vars[name]?.value;
        if (text2 !== void 0 && !BOOLEAN.test(text2)) report({ messageId: "notBoolean", data: { name, value: text2 }, at: atOf(scope, vars, name), severity: "error" });
      }
      for (let i = 0; i < JSON_LISTS.length; i++) {
        const name = JSON_LISTS[i];
        const text2 = vars[name]?.value;
        if (text2 === void 0) continue;
        if (!isJsonList(text2)) report({ messageId: "notJsonList", data: { name, shown: text2.trim() === "" ? "an empty value" : `"${text2}"` }, at: atOf(scope, vars, name), severity: "error" });
      }
      const proxy = isOn(vars.LLM_PROXY_ENABLED?.value);
      const check = isOn(vars.LLM_PROXY_BUDGET_CHECK_ENABLED?.value);
      if (check && !proxy) report({ messageId: "checkWithoutProxy", at: atOf(scope, vars, "LLM_PROXY_BUDGET_CHECK_ENABLED") });
      if (isOn(vars.LLM_PROXY_BUDGET_RECONCILIATION_ENABLED?.value) && !check) report({ messageId: "reconciliationWithoutCheck", at: atOf(scope, vars, "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED") });
      const mode = vars.LLM_PROXY_MODE?.value ?? "internal";
      if (!PROXY_MODES.includes(mode)) report({ messageId: "badMode", data: { mode }, at: atOf(scope, vars, "LLM_PROXY_MODE"), severity: "error" });
      else if (proxy && mode !== "lite_llm") report({ messageId: "modeNotLiteLLM", data: { mode }, at: atOf(scope, vars, vars.LLM_PROXY_MODE ? "LLM_PROXY_MODE" : "LLM_PROXY_ENABLED") });
      const aliases = vars.LITELLM_PREMIUM_MODELS_ALIASES?.value;
      if (knowsBudgets && !hasPremiumBudget && aliases !== void 0 && isJsonList(aliases) && JSON.parse(aliases).length > 0) {
        report({ messageId: "premiumWithoutBudget", at: atOf(scope, vars, "LITELLM_PREMIUM_MODELS_ALIASES") });
      }
    }
  }
});
function isJsonList(text2) {
  try {
    const parsed = JSON.parse(text2);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === "string");
  } catch {
    return false;
  }
}
function atOf(scope, vars, name) {
  const variable = vars[name];
  return variable?.valueAt ?? variable?.entry?.at ?? scope.lists[0]?.at ?? { source: scope.lists[0].at.source, path: [] };
}

// src/codemie/mounts.ts
import { posix } from "node:path";
var DEFAULT_BUDGETS_DIR = "/app/config/budgets";
function isWrongMount(issue) {
  return issue.kind === "subPathMismatch" || issue.kind === "notInDirectory" || issue.kind === "wholeVolume";
}
function budgetsMounts(mounts, dir) {
  const base = mountPoint(dir);
  return mounts.filter((mount) => {
    const at = mountPoint(mount.mountPath);
    return at === base || at === `${base}/${BUDGETS_CONFIG_KEY}`;
  });
}
function mountPoint(path) {
  return posix.normalize(path).replace(/(.)\/+$/, "$1");
}
function pathUnder(mount, target) {
  const at = mountPoint(mount.mountPath);
  if (at === target) return "";
  const prefix = at === "/" ? "/" : `${at}/`;
  return target.startsWith(prefix) ? target.slice(prefix.length) : void 0;
}
function checkWiring(configs, mounts, volumes, dir) {
  const issues = [];
  const relevant = budgetsMounts(mounts, dir);
  const target = `${mountPoint(dir)}/${BUDGETS_CONFIG_KEY}`;
  const candidates = mounts.flatMap((mount) => {
    const under = pathUnder(mount, target);
    return under === void 0 ? [] : [{ mount, under }];
  });
  const depth = (under) => under === "" ? 0 : under.split("/").length;
  const deepest = /* @__PURE__ */ new Map();
  for (const { mount, under } of candidates) deepest.set(mount.container, Math.min(deepest.get(mount.container) ?? Infinity, depth(under)));
  const holding = candidates.filter(({ mount, under }) => depth(under) === deepest.get(mount.container));
  let misrouted;
  for (const config of configs) {
    if (!config.configMap) continue;
    const { name, key } = config.configMap;
    let wired = false;
    for (const { mount, under } of holding) {
      for (const volume of volumes) {
        if (volume.name !== mount.name) continue;
        const shown = volume.configMaps.find((configMap) => configMap.name === name);
        if (!shown) continue;
        wired = true;
        const files = shown.items ? shown.items.filter((item) => item.key === key).map((item) => clean(item.path)) : [key];
        const onDirectory = under !== "";
        const read = onDirectory ? mount.subPath ? clean(`${mount.subPath}/${under}`) : under : mount.subPath && clean(mount.subPath);
        if (read !== void 0 && files.includes(read)) continue;
        const file = files[0];
        const kind = read === void 0 ? "wholeVolume" : onDirectory ? "notInDirectory" : "subPathMismatch";
        issues.push({ kind, mount, volume, shown, config, file, target });
      }
    }
    if (wired) continue;
    misrouted ??= misroutedVolumes(configs, relevant, volumes);
    if (misrouted.length > 0) for (const { volume, shown } of misrouted) issues.push({ kind: "volumeOtherConfigMap", volume, shown, config });
    else issues.push({ kind: "notMounted", config, dir });
  }
  for (const mount of relevant) {
    if (!volumes.some((volume) => volume.name === mount.name)) issues.push({ kind: "mountWithoutVolume", mount });
  }
  return issues;
}
function clean(path) {
  return posix.normalize(path).replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}
function misroutedVolumes(configs, relevant, volumes) {
  let budgetMaps = budgetMapsOf.get(configs);
  if (!budgetMaps) budgetMapsOf.set(configs, budgetMaps = new Set(configs.map((config) => config.configMap?.name)));
  const misrouted = [];
  for (const mount of relevant) {
    for (const volume of volumes) {
      if (volume.name !== mount.name) continue;
      for (const shown of volume.configMaps) if (!budgetMaps.has(shown.name)) misrouted.push({ volume, shown });
    }
  }
  return misrouted;
}
var budgetMapsOf = /* @__PURE__ */ new WeakMap();
function valuesMountsAndVolumes(values) {
  const mounts = [];
  const volumes = [];
  const maps = [values.root, ...[...values.root.entries.values()].filter((child) => child.kind === "map")];
  for (const map of maps) {
    if (map.kind !== "map") continue;
    for (const item of listOf(map.entries.get("extraVolumeMounts"))) {
      const mount = mountOf(item);
      if (mount) mounts.push(mount);
    }
    for (const item of listOf(map.entries.get("extraVolumes"))) {
      const volume = volumeOf(item);
      if (volume) volumes.push(volume);
    }
  }
  return { mounts, volumes };
}
function listOf(node) {
  if (!node) return [];
  if (node.kind === "seq") return node.items;
  const tree = embeddedTree(node);
  return tree?.kind === "seq" ? tree.items : [];
}
function text(node) {
  return node?.kind === "scalar" && node.value !== null && node.value !== void 0 ? String(node.value) : void 0;
}
function mountOf(item) {
  if (item.kind !== "map") return void 0;
  const name = text(item.entries.get("name"));
  const mountPath = text(item.entries.get("mountPath"));
  if (!name || !mountPath) return void 0;
  return { name, mountPath, subPath: text(item.entries.get("subPath")), at: item.origin, nameAt: item.entries.get("name").origin };
}
function volumeOf(item) {
  if (item.kind !== "map") return void 0;
  const name = text(item.entries.get("name"));
  if (!name) return void 0;
  const configMaps = [];
  const add = (source) => {
    const configMapName = source?.kind === "map" ? source.entries.get("name") : void 0;
    const shownName = text(configMapName);
    if (source?.kind === "map" && shownName) configMaps.push({ name: shownName, items: itemsOf(toJS(source.entries.get("items"))), at: configMapName.origin });
  };
  add(item.entries.get("configMap"));
  const projected = item.entries.get("projected");
  const sources = projected?.kind === "map" ? projected.entries.get("sources") : void 0;
  if (sources?.kind === "seq") for (const source of sources.items) add(source.kind === "map" ? source.entries.get("configMap") : void 0);
  return { name, configMaps, at: item.origin };
}
function* manifestMountsAndVolumes(manifests) {
  for (const { source, pod } of manifests.objects) {
    if (!pod) continue;
    const mounts = [];
    for (const container of pod.containers) for (const mount of container.volumeMounts) mounts.push(new ManifestMount(source, container, mount));
    yield { mounts, volumes: pod.volumes.map((volume) => new ManifestVolume(source, pod.specPath, volume)) };
  }
}
var ManifestMount = class {
  name;
  mountPath;
  subPath;
  source;
  container;
  index;
  constructor(source, container, { name, mountPath, subPath, index }) {
    this.name = name;
    this.mountPath = mountPath;
    this.subPath = subPath;
    this.source = source;
    this.container = container;
    this.index = index;
  }
  get at() {
    return { source: this.source, path: this.container.path.concat("volumeMounts", this.index) };
  }
  get nameAt() {
    return { source: this.source, path: this.container.path.concat("volumeMounts", this.index, "name") };
  }
};
var ManifestVolume = class {
  name;
  configMaps;
  source;
  specPath;
  index;
  constructor(source, specPath, { name, configMaps, index }) {
    this.name = name;
    this.source = source;
    this.specPath = specPath;
    this.index = index;
    this.configMaps = configMaps.map((configMap) => new ManifestShownConfigMap(source, specPath.concat("volumes", index), configMap));
  }
  get at() {
    return { source: this.source, path: this.specPath.concat("volumes", this.index) };
  }
};
var ManifestShownConfigMap = class {
  name;
  items;
  source;
  volumePath;
  path;
  constructor(source, volumePath, { name, items, path }) {
    this.name = name;
    this.items = items;
    this.source = source;
    this.volumePath = volumePath;
    this.path = path;
  }
  get at() {
    return { source: this.source, path: this.volumePath.concat(this.path, "name") };
  }
};

// rules/codemie-budgets-config.ts
import { posix as posix2 } from "node:path";
var REQUIRED = ["budget_id", "name", "max_budget", "budget_category"];
var codemie_budgets_config_default = defineRule({
  meta: {
    id: "codemie-budgets-config",
    name: "CodemieBudgetsConfig",
    input: "any",
    defaultSeverity: "error",
    description: "CodeMie's budgets-config.yaml is invalid or not mounted where CodeMie reads it",
    details: "CodeMie 2.23 and later take end-user budgets from budgets-config.yaml (predefined_budgets, categories platform, cli and premium_models), validated at start-up as pydantic reads what PyYAML makes of it: a missing name, max_budget or budget_category, or a field of the wrong type (a null name, a number or a date as budget_id, a word as max_budget), crashes the API pod, an unknown category fails reconciliation, and the first platform entry is every user's default budget. The file usually ships as a ConfigMap in extraObjects and must be mounted at /app/config/budgets (or BUDGETS_CONFIG_DIR) as budgets-config.yaml; a mount without a volume, a volume of another ConfigMap, items that rename or leave out the file, or a whole volume mounted at the file's path keeps the pod from starting or silently leaves the built-in budgets in place.",
    remediation: "Give every budget a budget_id, name, max_budget above 0 and a known budget_category with exactly one platform entry, and mount the ConfigMap's budgets-config.yaml key at /app/config/budgets/budgets-config.yaml.",
    example: "extraVolumeMounts: |\n  - {name: codemie-budgets-config, mountPath: /app/config/budgets/budgets-config.yaml, subPath: budgets-config.yaml}\nextraVolumes: |\n  - {name: codemie-budgets-config, configMap: {name: codemie-budgets-config}}\nextraObjects:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: codemie-budgets-config}\n    data:\n      budgets-config.yaml: |\n        predefined_budgets:\n          - {budget_id: default, name: Default, soft_budget: 80.0, max_budget: 120.0, budget_duration: 30d, budget_category: platform}",
    tags: ["correctness", "codemie", "budget"],
    messages: {
      syntax: "budgets-config.yaml does not parse: {{message}}",
      noList: "budgets-config.yaml has no predefined_budgets list, so CodeMie has no platform budget",
      unknownKey: `budgets-config.yaml has the key "{{key}}", which CodeMie's settings forbid (only predefined_budgets); CodeMie fails to start`,
      notAnEntry: "predefined_budgets item {{index}} is {{written}}, not a budget; CodeMie fails to start",
      missingField: "budget {{entry}} has no {{field}}; CodeMie fails to start",
      wrongType: "budget {{entry}}: {{field}} is {{written}}, not {{expected}}; CodeMie fails to start",
      badCategory: 'budget {{entry}} has budget_category "{{category}}"; CodeMie knows platform, cli and premium_models, and reconciliation fails on anything else',
      maxNotPositive: "budget {{entry}} has max_budget {{value}}; it must be above 0",
      softNegative: "budget {{entry}} has soft_budget {{value}}; it must be 0 or more",
      softAboveMax: "budget {{entry}} has soft_budget {{soft}} above max_budget {{max}}",
      badDuration: 'budget {{entry}} has budget_duration "{{value}}"; CodeMie accepts a number with d, h or m, like 30d',
      duplicateId: 'budget_id "{{id}}" is defined again; reconciliation writes both entries to the same LiteLLM budget',
      noPlatform: "budgets-config.yaml has no platform budget, so end users get the empty budget id",
      extraPlatform: 'platform budget "{{id}}" is ignored: CodeMie uses the first platform entry, "{{first}}"',
      notMounted: "the ConfigMap {{configMap}} holds budgets-config.yaml but no volume mounts it at {{dir}}; CodeMie keeps its built-in budgets",
      notMountedElsewhere: "the ConfigMap {{configMap}} holds budgets-config.yaml but no volume mounts it at {{dir}} (BUDGETS_CONFIG_DIR), where CodeMie then finds no budgets-config.yaml and fails to start",
      notInDirectory: 'volume {{volume}} at {{mountPath}} has key {{key}} of ConfigMap {{configMap}} at "{{file}}", so {{path}} does not exist and CodeMie fails to start',
      itemsLeaveOut: "volume {{volume}} shows only the items it lists of ConfigMap {{configMap}}, and not key {{key}}, so {{path}} does not exist and CodeMie fails to start",
      wholeVolume: 'volumeMount "{{name}}" mounts the whole volume at {{path}}, which makes it a directory, and CodeMie fails to start; mount the file with subPath: {{file}}',
      mountWithoutVolume: 'volumeMount "{{name}}" at {{path}} names no volume; the pod does not start',
      volumeOtherConfigMap: "volume {{volume}} mounts ConfigMap {{actual}} at the budgets directory, but budgets-config.yaml is in ConfigMap {{expected}}",
      subPathMismatch: 'the budgets mount reads key "{{subPath}}" of ConfigMap {{configMap}}, which holds the file under "{{key}}"'
    }
  },
  // CodeMie before 2.23 does not read the file (codemie-ignored-env says so).
  appliesTo: (model) => model.codemie.active && model.codemie.budgetsConfigs.length > 0 && readsBudgetsConfig(model.codemie),
  check(context) {
    const { model } = context;
    const configs = model.codemie.budgetsConfigs;
    for (const config of configs) checkContent(config, context);
    const dir = budgetsDir(model.facts.scopes) ?? DEFAULT_BUDGETS_DIR;
    const fromValues = configs.filter((config) => config.configMap && config.at.source.kind !== "manifest");
    if (model.values && fromValues.length > 0) {
      const { mounts, volumes } = valuesMountsAndVolumes(model.values);
      for (const issue of checkWiring(fromValues, mounts, volumes, dir)) reportWiring(issue, context);
    }
    const fromManifests = configs.filter((config) => config.configMap && config.at.source.kind === "manifest");
    if (fromManifests.length > 0 && model.manifests) {
      const mounted = /* @__PURE__ */ new Set();
      const issues = [];
      const notMounted = /* @__PURE__ */ new Set();
      const troubledIn = /* @__PURE__ */ new Map();
      let workload = 0;
      for (const { mounts, volumes } of manifestMountsAndVolumes(model.manifests)) {
        workload++;
        const found = checkWiring(fromManifests, mounts, volumes, dir);
        for (const issue of found) if ("config" in issue && !isWrongMount(issue)) troubledIn.set(issue.config, workload);
        for (const config of fromManifests) if (troubledIn.get(config) !== workload) mounted.add(config);
        for (const issue of found) {
          if (issue.kind === "notMounted") {
            if (notMounted.has(issue.config)) continue;
            notMounted.add(issue.config);
          }
          issues.push(issue);
        }
      }
      const reported = /* @__PURE__ */ new Set();
      for (const issue of issues) {
        if ("config" in issue && !isWrongMount(issue)) {
          if (mounted.has(issue.config) || issue.kind === "notMounted" && reported.has(issue.config)) continue;
          reported.add(issue.config);
        }
        reportWiring(issue, context);
      }
    }
  }
});
function checkContent(config, { report }) {
  const unread = config.problems.filter((problem) => problem.kind === "syntax" || problem.kind === "limit");
  for (const problem of unread) report({ messageId: "syntax", data: { message: problem.message }, at: problem.at });
  if (unread.length > 0) return;
  const list = config.root?.kind === "map" ? config.root.entries.get("predefined_budgets") : void 0;
  if (list?.kind !== "seq") {
    report({ messageId: "noList", at: config.root?.origin ?? config.at });
    return;
  }
  const root = config.root;
  for (const key of root.entries.keys()) {
    if (key !== "predefined_budgets") report({ messageId: "unknownKey", data: { key }, at: { source: root.origin.source, path: [...root.origin.path, key], part: "key" } });
  }
  list.items.forEach((item, index) => {
    if (item.kind !== "map") report({ messageId: "notAnEntry", data: { index: index + 1, written: item.kind === "scalar" ? item.value === null ? "null" : "a scalar" : "a list" }, at: item.origin });
  });
  const seen = /* @__PURE__ */ new Map();
  let firstPlatform;
  for (const entry of config.entries) {
    const label = entry.budgetId !== void 0 ? `"${entry.budgetId}"` : `#${entry.index + 1}`;
    for (const field of REQUIRED) if (!entry.node.entries.has(field)) report({ messageId: "missingField", data: { entry: label, field }, at: entry.at(field) });
    for (const { field, expected, written } of entry.wrongTypes) report({ messageId: "wrongType", data: { entry: label, field, written, expected }, at: entry.at(field) });
    if (entry.category !== void 0 && !BUDGET_CATEGORIES.includes(entry.category)) {
      report({ messageId: "badCategory", data: { entry: label, category: entry.category }, at: entry.at("budget_category") });
    }
    if (entry.maxBudget !== void 0 && entry.maxBudget <= 0) report({ messageId: "maxNotPositive", data: { entry: label, value: entry.maxBudget }, at: entry.at("max_budget") });
    if (entry.softBudget !== void 0 && entry.softBudget < 0) report({ messageId: "softNegative", data: { entry: label, value: entry.softBudget }, at: entry.at("soft_budget") });
    if (entry.softBudget !== void 0 && entry.maxBudget !== void 0 && entry.softBudget > entry.maxBudget) {
      report({ messageId: "softAboveMax", data: { entry: label, soft: entry.softBudget, max: entry.maxBudget }, at: entry.at("soft_budget") });
    }
    if (entry.duration !== void 0 && !/^\d+[dhm]$/.test(entry.duration)) report({ messageId: "badDuration", data: { entry: label, value: entry.duration }, at: entry.at("budget_duration") });
    if (entry.budgetId !== void 0) {
      if (seen.has(entry.budgetId)) report({ messageId: "duplicateId", data: { id: entry.budgetId }, at: entry.at("budget_id"), related: [config.entries[seen.get(entry.budgetId)].at("budget_id")] });
      else seen.set(entry.budgetId, entry.index);
    }
    if (entry.category === "platform") {
      if (firstPlatform === void 0) firstPlatform = entry.budgetId ?? label;
      else report({ messageId: "extraPlatform", data: { id: entry.budgetId ?? label, first: firstPlatform }, at: entry.at("budget_category") });
    }
  }
  if (firstPlatform === void 0) report({ messageId: "noPlatform", at: list.origin });
}
function reportWiring(issue, { report }) {
  switch (issue.kind) {
    case "notMounted": {
      const messageId = issue.dir.replace(/\/+$/, "") === DEFAULT_BUDGETS_DIR ? "notMounted" : "notMountedElsewhere";
      report({ messageId, data: { configMap: issue.config.configMap.name, dir: issue.dir }, at: issue.config.configMap.at });
      break;
    }
    case "mountWithoutVolume":
      report({ messageId: "mountWithoutVolume", data: { name: issue.mount.name, path: issue.mount.mountPath }, at: issue.mount.nameAt });
      break;
    case "volumeOtherConfigMap":
      report({ messageId: "volumeOtherConfigMap", data: { volume: issue.volume.name, actual: issue.shown.name, expected: issue.config.configMap.name }, at: issue.shown.at, related: [issue.config.configMap.at] });
      break;
    default: {
      const { mount, volume, shown, config, file } = issue;
      const { name: configMap, key } = config.configMap;
      const path = issue.kind === "wholeVolume" ? mount.mountPath : issue.target;
      const related = [shown.at, config.configMap.at];
      if (file === void 0) report({ messageId: "itemsLeaveOut", data: { volume: volume.name, configMap, key, path }, at: mount.at, related });
      else if (issue.kind === "wholeVolume") report({ messageId: "wholeVolume", data: { name: mount.name, path, file }, at: mount.at, related });
      else if (issue.kind === "notInDirectory") report({ messageId: "notInDirectory", data: { volume: volume.name, mountPath: mount.mountPath, configMap, key, file, path }, at: mount.at, related });
      else report({ messageId: "subPathMismatch", data: { subPath: mount.subPath ?? "", configMap, key: file }, at: mount.at });
    }
  }
}
function budgetsDir(scopes) {
  for (const scope of scopes) {
    const dir = scope.vars.get("BUDGETS_CONFIG_DIR")?.value;
    if (dir) return posix2.resolve(CODEMIE_WORKDIR, dir);
  }
  return void 0;
}
var CODEMIE_WORKDIR = "/app";

// rules/codemie-ignored-env.ts
var BUDGETS_FILE = "the platform entry of budgets-config.yaml";
var RETIRED = new Map(
  Object.entries({
    LITELLM_BUDGET_ID: { since: [2, 23], instead: BUDGETS_FILE },
    DEFAULT_BUDGET_ID: { since: [2, 23], instead: BUDGETS_FILE },
    DEFAULT_SOFT_BUDGET_LIMIT: { since: [2, 23], instead: "soft_budget of the platform entry in budgets-config.yaml" },
    DEFAULT_HARD_BUDGET_LIMIT: { since: [2, 23], instead: "max_budget of the platform entry in budgets-config.yaml" },
    DEFAULT_BUDGET_DURATION: { since: [2, 23], instead: "budget_duration of the platform entry in budgets-config.yaml" },
    LITELLM_PREMIUM_MODELS_BUDGET_NAME: { since: [2, 23], instead: "a premium_models entry in budgets-config.yaml" },
    LITELLM_CLI_BUDGET_NAME: { since: [2, 23], instead: "a cli entry in budgets-config.yaml" },
    LLM_PROXY_BUDGET_SYNC_ENABLED: { since: [2, 23], instead: "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED" },
    LLM_PROXY_BUDGET_BACKFILL_ENABLED: { since: [2, 23], instead: "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED" },
    LITELLM_MAX_RETRIES: { since: null, instead: "the API always retries 3 times" }
  })
);
var BUDGET_ID_VARIABLES = /* @__PURE__ */ new Set(["LITELLM_BUDGET_ID", "DEFAULT_BUDGET_ID"]);
var codemie_ignored_env_default = defineRule({
  meta: {
    id: "codemie-ignored-env",
    name: "CodemieIgnoredEnv",
    input: "any",
    defaultSeverity: "note",
    description: "A CodeMie env variable, or a budgets-config.yaml, that the CodeMie version in use does not read",
    details: "CodeMie's settings ignore unknown variables silently. Since 2.23 the end-user budget comes from budgets-config.yaml, so LITELLM_BUDGET_ID, DEFAULT_BUDGET_ID and the DEFAULT_*_BUDGET_* family change nothing (a budget id set there is a warning: end users get the budgets-config.yaml platform budget instead of the one chosen), and the budget SYNC/BACKFILL switches were replaced by LLM_PROXY_BUDGET_RECONCILIATION_ENABLED. Before 2.23 it is the other way round: a budgets-config.yaml is not read at all, so its budgets (and its mistakes) reach no pod. The version is read from image.tag (values) or the container image (manifests); when it is unknown the finding says the variable may be ignored.",
    remediation: "Move the setting to its replacement named in the message and delete the variable.",
    example: "# CodeMie 2.42: the budget id comes from budgets-config.yaml\npredefined_budgets:\n  - {budget_id: prod-budget, name: Production, max_budget: 120, budget_category: platform}",
    tags: ["correctness", "codemie"],
    messages: {
      ignored: "{{name}} is not read by CodeMie {{version}} (ignored since {{since}}); use {{instead}}",
      neverRead: "{{name}} is not read by any public CodeMie version: {{instead}}",
      maybeIgnored: "{{name}} may be ignored: CodeMie {{since}} and later do not read it (image.tag names no version); use {{instead}}",
      budgetsConfigNotRead: "budgets-config.yaml ({{label}}) is not read by CodeMie {{version}} (read since 2.23): its budgets reach no pod, and the end-user budget id comes from {{instead}}"
    }
  },
  appliesTo: (model) => model.codemie.active,
  check({ model, report }) {
    const version = model.codemie.version;
    if (version && !readsBudgetsConfig(model.codemie)) {
      for (const config of model.codemie.budgetsConfigs) {
        report({ messageId: "budgetsConfigNotRead", data: { label: config.label, version: version.text, instead: "LITELLM_BUDGET_ID or DEFAULT_BUDGET_ID" }, at: config.at });
      }
    }
    for (const list of model.facts.envLists) {
      for (let index = 0; index < list.length; index++) {
        const retired = RETIRED.get(list.nameAt(index));
        if (!retired) continue;
        const entry = list.entryAt(index);
        const at = { ...entry.at, part: "value" };
        if (retired.since === null) {
          report({ messageId: "neverRead", data: { name: entry.name, instead: retired.instead }, at });
          continue;
        }
        const since = `${retired.since[0]}.${retired.since[1]}`;
        if (!version) report({ messageId: "maybeIgnored", data: { name: entry.name, since, instead: retired.instead }, at });
        else if (atLeast(version, ...retired.since)) report({ messageId: "ignored", data: { name: entry.name, version: version.text, since, instead: retired.instead }, at, ...BUDGET_ID_VARIABLES.has(entry.name) ? { severity: "warning" } : {} });
      }
    }
  }
});

// rules/config-data-invalid.ts
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var KEY = /^[-._a-zA-Z0-9]+$/;
var MAX_KEY_LENGTH = 253;
var config_data_invalid_default = defineRule({
  meta: {
    id: "config-data-invalid",
    name: "ConfigDataInvalid",
    input: "manifest",
    defaultSeverity: "error",
    description: "A ConfigMap's or Secret's data is refused by the API server",
    details: "The budget id and the LiteLLM keys usually reach the pods through a ConfigMap or Secret. The API server refuses the whole object, and with it the release, when a Secret's `data` value is not base64 (`illegal base64 data at input byte \u2026`; `stringData` takes plain text), when a value is a number, boolean or map instead of a string, or when a key holds anything but letters, digits, `-`, `_` and `.`. Such an object never reaches the cluster, and neither does the budget id or key it holds.",
    remediation: "Base64-encode Secret `data` values (`printf %s value | base64`) or move them to `stringData`; quote values that YAML reads as numbers or booleans; rename keys to letters, digits, `-`, `_` and `.`.",
    example: "# wrong\nkind: Secret\ndata:\n  budget-id: prod-budget\n# right\nkind: Secret\nstringData:\n  budget-id: prod-budget",
    tags: ["correctness", "kubernetes"],
    messages: {
      notBase64: 'data key "{{key}}" of Secret {{name}} is not base64; the API server refuses the Secret (stringData takes plain text)',
      notString: '{{field}} key "{{key}}" of {{kind}} {{name}} holds {{type}}, not a string; the API server refuses the {{kind}}',
      notMap: "{{field}} of {{kind}} {{name}} is {{type}}, not a map of keys to strings; the API server refuses the {{kind}}",
      badKey: 'key "{{key}}" of {{kind}} {{name}} is not a valid key (letters, digits, "-", "_" and "." only, at most 253, not "." and not starting with ".."); the API server refuses the {{kind}}'
    }
  },
  check({ model, report }) {
    for (const object of model.manifests?.objects ?? []) {
      const { kind, name } = object.identity;
      if (kind !== "ConfigMap" && kind !== "Secret") continue;
      for (const { field, value } of object.notMaps ?? []) {
        if (field === "stringData" && kind === "ConfigMap") continue;
        report({ messageId: "notMap", data: { kind, name, field, type: describe(value) }, at: { source: object.source, path: [field] } });
      }
      for (const field of ["data", "stringData"]) {
        if (field === "stringData" && kind === "ConfigMap") continue;
        for (const [key, value] of Object.entries(object[field] ?? {})) {
          const at = { source: object.source, path: [field, key] };
          if (!KEY.test(key) || key.length > MAX_KEY_LENGTH || key === "." || key.startsWith("..")) {
            report({ messageId: "badKey", data: { kind, name, key }, at: { ...at, part: "key" } });
          }
          if (value === null || value === void 0) continue;
          if (typeof value !== "string") report({ messageId: "notString", data: { kind, name, field, key, type: describe(value) }, at });
          else if (kind === "Secret" && field === "data" && !BASE64.test(value.replace(/[\r\n]/g, ""))) report({ messageId: "notBase64", data: { name, key }, at });
        }
      }
    }
  }
});
function describe(value) {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "a string";
  if (value instanceof Date) return "a date";
  return typeof value === "object" ? "a map" : `a ${typeof value}`;
}

// rules/duplicate-key.ts
var duplicate_key_default = defineRule({
  meta: {
    id: "duplicate-key",
    name: "DuplicateKey",
    input: "any",
    defaultSeverity: "warning",
    description: "A mapping key is repeated in one YAML map",
    details: "Helm's YAML reader silently keeps the last of two equal keys in one map, so the first value is dead text that reviewers still read as configuration. A duplicated `extraEnv` or `image` key usually means a merge went wrong.",
    remediation: "Keep one occurrence of the key and merge the two values into it.",
    example: "# wrong\nimage:\n  tag: 2.40.0\nimage:\n  tag: 2.42.0\n# right\nimage:\n  tag: 2.42.0",
    tags: ["correctness", "yaml"],
    messages: {
      duplicate: 'key "{{key}}" is repeated in this map; Helm keeps only the last occurrence (line {{winnerLine}})'
    }
  },
  check({ model, report }) {
    for (const problem of model.problems) {
      if (problem.kind !== "duplicate-key") continue;
      const earlier = problem.related?.[0];
      if (!earlier) continue;
      const winnerLine = problem.at.source.locate(problem.at.path, "key", problem.at.offsets).start.line;
      report({ messageId: "duplicate", data: { key: problem.message, winnerLine }, at: earlier, related: [problem.at] });
    }
  }
});

// rules/env-duplicate.ts
var envDuplicate = defineRule({
  meta: {
    id: "env-duplicate",
    name: "EnvDuplicate",
    input: "any",
    defaultSeverity: "warning",
    description: "An environment variable is defined twice in one env list",
    details: 'Kubernetes keeps the last definition of a name in a container\'s env list, and CodeMie\'s chart merges its env lists by name with the same rule. The earlier entry has no effect, yet it reads like configuration: the production CodeMie values set TRIGGER_ENGINE_ENABLED to "false" and, eighteen lines later, to "true". Two cases where the earlier entry does count are reported as such, without a fix: an entry between them, or the later one itself, that expands $(NAME) reads the earlier value, and a later `optional: true` reference to a key its ConfigMap or Secret lacks sets nothing.',
    remediation: "Delete the entry that loses, or move the intended value into a single entry.",
    example: '# wrong\nextraEnv:\n  - {name: TRIGGER_ENGINE_ENABLED, value: "false"}\n  - {name: TRIGGER_ENGINE_ENABLED, value: "true"}\n# right\nextraEnv:\n  - {name: TRIGGER_ENGINE_ENABLED, value: "true"}',
    fixable: true,
    tags: ["correctness", "kubernetes"],
    messages: {
      duplicate: "{{name}} is defined again at {{winnerLine}}; that later entry wins{{change}}",
      readBetween: "{{name}} is defined again at {{winnerLine}}, but $({{name}}) at line {{readerLine}} reads this entry first, so both values are used; another name for one of them would say so",
      readMerged: "{{name}} is defined again at {{winnerLine}}; CodeMie's chart puts that value at this entry's place, ahead of $({{name}}) at line {{readerLine}}: deleting this entry would move it after the reference, so set the value here and delete the later entry",
      optionalWinner: "{{name}} is defined again at {{winnerLine}} by an optional {{kind}} reference, which wins only while {{kind}} {{object}} has key {{key}}; otherwise this entry stays"
    }
  },
  check({ model, report }) {
    for (const list of model.facts.envLists) {
      if (!repeatsAName(list)) continue;
      const lastByName = list.length > PAIRWISE_UP_TO ? lastIndexes(list) : void 0;
      for (let index = 0; index < list.length; index++) {
        const name = list.nameAt(index);
        const winnerIndex = lastByName ? lastByName.get(name) : lastIndexOf(list, name, index);
        if (winnerIndex !== index) reportLoser(list, index, winnerIndex, report);
      }
    }
  }
});
function reportLoser(list, index, winnerIndex, report) {
  const name = list.nameAt(index);
  const entry = list.entryAt(index);
  const at = entry.at;
  const rendered = at.source instanceof RenderedDocumentSource;
  const nextOf = (from) => {
    let next = from + 1;
    while (next < winnerIndex && list.nameAt(next) !== name) next++;
    return next;
  };
  let winner = winnerIndex;
  if (list.mergedByName) {
    const reader = firstIndexOf(list, name) === index ? readerOf(list, name, index + 1, nextOf(index)) : -1;
    if (reader >= 0) {
      const winnerAt2 = list.entryAt(winnerIndex).at;
      const readerAt = list.entryAt(reader).at;
      report({ messageId: "readMerged", data: { name, winnerLine: placeOf(winnerAt2, at, rendered), readerLine: lineOf(readerAt) }, at, related: [winnerAt2, readerAt] });
      return;
    }
  } else {
    let until = nextOf(index);
    let untilEntry = list.entryAt(until);
    while (until < winnerIndex && optionalReference(untilEntry)) untilEntry = list.entryAt(until = nextOf(until));
    const surely = !optionalReference(untilEntry);
    const reader = readerOf(list, name, index + 1, until + 1);
    if (reader >= 0) {
      const nextAt = untilEntry.at;
      const readerAt = reader === until ? nextAt : list.entryAt(reader).at;
      report({ messageId: "readBetween", data: { name, winnerLine: placeOf(nextAt, at, rendered), readerLine: lineOf(readerAt) }, at, related: reader === until ? [nextAt] : [nextAt, readerAt] });
      return;
    }
    if (!surely) {
      const next = list.entryAt(nextOf(index));
      const nextAt = next.at;
      report({ messageId: "optionalWinner", data: { name, winnerLine: placeOf(nextAt, at, rendered), ...optionalReference(next) }, at, related: [nextAt] });
      return;
    }
    winner = until;
  }
  const winnerEntry = list.entryAt(winner);
  const winnerAt = winnerEntry.at;
  const winnerLine = placeOf(winnerAt, at, rendered);
  const change = describeChange(name, entry.value, winnerEntry.value);
  const siblings = at.source === winnerAt.source && sameParent(at.path, winnerAt.path);
  const fix = siblings ? { fix: { type: "fix", edits: [{ at, kind: "remove-item" }] } } : {};
  report({ messageId: "duplicate", data: { name, winnerLine, change }, at, related: [winnerAt], ...fix });
}
function lineOf(ref) {
  return ref.source.locate(ref.path, "value").start.line;
}
function placeOf(other, at, rendered) {
  return other.source === at.source && !rendered ? `line ${lineOf(other)}` : `${other.source.file}:${lineOf(other)}`;
}
function readerOf(list, name, from, to) {
  for (let index = from; index < to; index++) if (references(list.valueOf(index), name)) return index;
  return -1;
}
function firstIndexOf(list, name) {
  let index = 0;
  while (list.nameAt(index) !== name) index++;
  return index;
}
function lastIndexOf(list, name, index) {
  for (let last = list.length - 1; last > index; last--) if (list.nameAt(last) === name) return last;
  return index;
}
function lastIndexes(list) {
  const last = /* @__PURE__ */ new Map();
  for (let index = 0; index < list.length; index++) last.set(list.nameAt(index), index);
  return last;
}
function references(value, name) {
  if (typeof value !== "string" || !value.includes(`$(${name})`)) return false;
  let found = false;
  expand(value, (reference) => {
    if (reference === name) found = true;
    return void 0;
  });
  return found;
}
function optionalReference(entry) {
  if (!isRecord(entry.valueFrom)) return void 0;
  for (const [field, kind] of [["configMapKeyRef", "ConfigMap"], ["secretKeyRef", "Secret"]]) {
    const ref = entry.valueFrom[field];
    if (isRecord(ref) && ref.optional === true) return { kind, object: String(ref.name ?? ""), key: String(ref.key ?? "") };
  }
  return void 0;
}
function sameParent(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  return true;
}
function describeChange(name, loser, winner) {
  const before = quotable(name, loser);
  const after = quotable(name, winner);
  return before !== void 0 && after !== void 0 && before !== after ? ` ("${after}" replaces "${before}")` : "";
}
function repeatsAName(list) {
  const length = list.length;
  if (length > PAIRWISE_UP_TO) return new Set(Array.from({ length }, (_, index) => list.nameAt(index))).size < length;
  for (let i = 1; i < length; i++) {
    const name = list.nameAt(i);
    for (let j = 0; j < i; j++) if (list.nameAt(j) === name) return true;
  }
  return false;
}
var PAIRWISE_UP_TO = 48;
var env_duplicate_default = envDuplicate;

// rules/env-value-type.ts
var env_value_type_default = defineRule({
  meta: {
    id: "env-value-type",
    name: "EnvValueType",
    input: "any",
    defaultSeverity: "error",
    description: "An env entry's value is not a string",
    details: "Kubernetes' EnvVar.value is a string. An unquoted `true`, `4000` or `yes` (a boolean in Helm's YAML 1.1 reader) is rendered as a number or boolean, and the API server rejects the whole workload, so the release fails to install or upgrade. CodeMie's chart renders image.tag into APP_VERSION without quotes, so a tag such as 2.30 does the same. In rendered manifests, an `env` or `envFrom` that is a map (a chart that writes map-style values with `toYaml` instead of a `range`), and an env item without a name (a `null` that `--set list[1]\u2026` leaves before it), are refused the same way.",
    remediation: "Quote the value so that YAML reads it as a string.",
    example: '# wrong\nextraEnv:\n  - {name: LLM_PROXY_ENABLED, value: true}\n# right\nextraEnv:\n  - {name: LLM_PROXY_ENABLED, value: "true"}',
    fixable: true,
    tags: ["correctness", "kubernetes"],
    messages: {
      notString: "value of {{name}} is {{type}}, not a string; Kubernetes rejects the workload",
      notList: "{{field}} of container {{container}} is {{type}}, not a list; Kubernetes rejects the workload",
      unnamed: "env item {{index}} of container {{container}} has no name; Kubernetes rejects the workload (a --set list[n] without the items before it renders them as null)",
      appVersion: "image.tag {{tag}} is rendered without quotes as CodeMie's APP_VERSION, where YAML reads it as {{type}}, not a string; Kubernetes rejects the workload (a full release tag such as 2.30.0 is a string)"
    }
  },
  check({ model, report }) {
    const rendered = model.manifests?.objects.some((object) => object.source instanceof RenderedDocumentSource) === true;
    if (model.codemie.active && !rendered) {
      for (const tag of apiImageTags(model.values)) {
        const text2 = String(tag.value);
        const read = typeof tag.value === "string" ? helmPlainScalar(text2) : tag.value;
        if (typeof read === "string" || read === null) continue;
        report({ messageId: "appVersion", data: { tag: typeof tag.value === "string" ? `"${text2}"` : text2, type: describe2(read, false) }, at: tag.origin });
      }
    }
    const objects = model.manifests?.objects ?? [];
    for (let o = 0; o < objects.length; o++) {
      const containers = objects[o].pod?.containers ?? [];
      for (let c = 0; c < containers.length; c++) {
        const container = containers[c];
        for (let i = 0; i < container.notLists.length; i++) {
          const { field, type } = container.notLists[i];
          report({ messageId: "notList", data: { field, container: container.name, type }, at: { source: container.source, path: container.path.concat(field), part: "key" } });
        }
        for (let i = 0; i < container.unnamedEnv.length; i++) {
          const index = container.unnamedEnv[i];
          report({ messageId: "unnamed", data: { index, container: container.name }, at: { source: container.source, path: container.path.concat("env", index) } });
        }
      }
    }
    for (const list of model.facts.envLists) {
      if (list.style !== "list") continue;
      for (let index = 0; index < list.length; index++) {
        const value = list.valueOf(index);
        if (value === void 0 || value === null || typeof value === "string") continue;
        const entry = list.entryAt(index);
        const type = describe2(value, mayBeSecretName(entry.name));
        const scalar = typeof value === "boolean" || typeof value === "number" || typeof value === "bigint";
        report({ messageId: "notString", data: { name: entry.name, type }, at: entry.valueAt, ...scalar ? { fix: { type: "fix", edits: [{ at: entry.valueAt, kind: "quote" }] } } : {} });
      }
    }
  }
});
function describe2(value, secret) {
  if (typeof value === "boolean") return secret ? "a boolean" : `the boolean ${value}`;
  if (typeof value === "number" || typeof value === "bigint") return secret ? "a number" : `the number ${value}`;
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a map" : `a ${typeof value}`;
}

// src/chart/helm-errors.ts
var VALUES_PARSE = /^failed to parse (.+?): (?:cannot unmarshal yaml document: )?(?:error converting YAML to JSON: )?(?:yaml: )?line (\d+): (.+)$/;
var SCHEMA_HEAD = /^values don't meet the specifications of the schema\(s\) in the following chart\(s\):/;
var POSITION = /(?:template: ([^:\s]+):(\d+):(\d+): |execution error at \(([^:\s]+):(\d+):(\d+)\): )/g;
var PARSE_ERROR = /^parse error at \(([^:\s]+):(\d+)\): (.+)$/;
var YAML_PARSE = /^YAML parse error on ([^:\s]+): (?:error converting YAML to JSON: )?(?:yaml: )?(?:line (\d+): )?(.+)$/;
var VALUES_REF = /<\$?\.Values((?:\.[\w-]+)+)>/g;
var NOISE = /^(?:(?:time=\S+ )?level=[A-Z]+ |WARNING|walk\.go|Use --debug)/;
var HELM4_POSITION = /^[^\s:]+:\d+:\d+$/;
function parseHelmError(stderr) {
  const problems = [];
  for (const block of errorBlocks(stderr)) {
    if (SCHEMA_HEAD.test(block[0])) problems.push(...schemaProblems(block.slice(1)));
    else problems.push(lineProblem(joinTemplateChain(block)));
  }
  const known = problems.filter((problem) => problem.kind !== "other");
  if (known.length > 0) return known;
  return problems.slice(0, 1);
}
function errorBlocks(stderr) {
  const blocks = [];
  for (const raw of stderr.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.trim() === "" || NOISE.test(line.trim())) continue;
    if (line.startsWith("Error: ") || blocks.length === 0) blocks.push([line.replace(/^Error: /, "")]);
    else blocks.at(-1).push(line);
  }
  return blocks;
}
function joinTemplateChain(block) {
  if (block.length === 1) return block[0].trim();
  return block.map((line) => HELM4_POSITION.test(line.trim()) ? `template: ${line.trim()}:` : line.trim()).join(" ");
}
function lineProblem(line) {
  let match = VALUES_PARSE.exec(line);
  if (match) return { kind: "values-parse", file: match[1], line: Number(match[2]), detail: match[3] };
  const positions = [...line.matchAll(POSITION)];
  const inFile = positions.filter((position) => (position[1] ?? position[4]) !== "gotpl");
  if (inFile.length > 0) {
    const place = inFile.at(-1);
    const last = positions.at(-1);
    const problem = {
      kind: "template",
      template: place[1] ?? place[4],
      line: Number(place[2] ?? place[5]),
      column: Number(place[3] ?? place[6]),
      detail: shortDetail(line.slice(last.index + last[0].length))
    };
    const ref = [...line.matchAll(VALUES_REF)].at(-1);
    if (ref) problem.valuesPath = ref[1].slice(1).split(".");
    return problem;
  }
  match = PARSE_ERROR.exec(line);
  if (match) return { kind: "template", template: match[1], line: Number(match[2]), column: 1, detail: match[3] };
  match = YAML_PARSE.exec(line);
  if (match) return { kind: "template", template: match[1], line: 1, column: 1, detail: `the rendered YAML is invalid${match[2] ? ` at line ${match[2]} of the output` : ""}: ${match[3]}` };
  return { kind: "other", detail: line };
}
function schemaProblems(lines) {
  const problems = [];
  let chart = "";
  lines.forEach((line, index) => {
    const header = /^([\w.-]+):$/.exec(line.trim());
    if (header) {
      chart = header[1];
      return;
    }
    const item = /^(\s*)- (.+)$/.exec(line);
    if (!item) {
      problems.push({ kind: "other", detail: line.trim() });
      return;
    }
    const nested = /^(\s*)- /.exec(lines[index + 1] ?? "");
    if (nested && nested[1].length > item[1].length) return;
    problems.push({ kind: "schema", chart, ...schemaItem(item[2]) });
  });
  return problems;
}
function shortDetail(detail) {
  const at = /^executing "[^"]*" at <[^>]*>: (.+)$/.exec(detail.trim());
  return at ? at[1] : detail.trim();
}
function schemaItem(text2) {
  const pointer = /^at '([^']*)': (.+)$/.exec(text2);
  if (pointer) {
    const path = pointer[1].split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
    return { path: path.map(numeric), detail: pointer[2] };
  }
  const dotted = /^([^:]+): (.+)$/.exec(text2);
  if (!dotted) return { path: [], detail: text2 };
  const field = dotted[1].trim();
  return { path: field === "(root)" ? [] : field.split(".").map(numeric), detail: dotted[2] };
}
function numeric(segment) {
  return /^\d+$/.test(segment) ? Number(segment) : segment;
}

// rules/helm-template.ts
var helm_template_default = defineRule({
  meta: {
    id: "helm-template",
    name: "HelmTemplate",
    input: "any",
    defaultSeverity: "error",
    description: "helm template fails for the chart with these values",
    details: "With --chart, the chart is rendered by `helm template` with the same values files and --set flags, and the rendered manifests are linted with the values. When helm fails, nothing can be deployed: this rule reports helm's error at the values file and line when helm names one (a values file it cannot parse, a schema error's path, a `.Values` key a template trips over), otherwise at the template position helm names. The values are still linted; the manifests are missing from this run. A rendering that succeeds can still warn that helm ignored a value whose type differs from the chart's default (a map where the default is a string, or the reverse): each such warning is a note at that value.",
    remediation: "Fix the value or the template at the reported position so that helm template succeeds.",
    example: '# wrong: the template reads .Values.image.tag, but image is not a map\nimage: nginx:1.27\n# right\nimage:\n  repository: nginx\n  tag: "1.27"',
    tags: ["correctness", "helm"],
    messages: {
      valuesParse: "helm cannot parse this values file: {{detail}}",
      schema: "{{path}} fails the schema of chart {{chart}}: {{detail}}",
      template: "helm template fails in {{template}}:{{line}}: {{detail}}",
      failed: "helm template fails: {{detail}}",
      coalesceWarning: "helm warns while merging the values: {{detail}}"
    }
  },
  check({ model, report }) {
    const chart = model.chart;
    for (const match of (chart?.input.renderWarnings ?? "").matchAll(/warning: ((?:destination for|cannot overwrite table with non table for|skipped value for) ([^\s":]+)[^\n"]*)/g)) {
      const at = valuesRef(chart, match[2].split(".").slice(1));
      if (!at || !chart.userLayers.some((layer) => layer.source === at.source)) continue;
      const detail = match[1].replace(/\s*\((?:[^()]|\([^()]*\))*\)\s*$/, " (the value is not shown)");
      report({ messageId: "coalesceWarning", severity: "note", data: { detail }, at });
    }
    if (!chart?.input.renderError) return;
    for (const problem of parseHelmError(chart.input.renderError)) {
      if (problem.kind === "values-parse") {
        const source = chart.coalesced.files.find((file) => sameFile(file.file, problem.file));
        if (source) {
          const start = source.lineCounter.lineStart(problem.line);
          const end = source.lineCounter.lineStart(problem.line + 1);
          report({ messageId: "valuesParse", data: { detail: problem.detail }, at: { source, path: [], offsets: [start, Math.max(start, end - 1)] } });
        } else {
          report({ messageId: "failed", data: { detail: `${problem.file}:${problem.line}: ${problem.detail}` }, at: fallback(chart) });
        }
      } else if (problem.kind === "schema") {
        if (chart.schema) continue;
        const path = problem.path.length === 0 ? "the values" : formatPath(problem.path);
        const extra = /additional propert(?:y|ies) '?([^'\s]+)'? (?:is )?not allowed/i.exec(problem.detail)?.[1];
        const extraAt = extra ? valuesRef(chart, [...problem.path, extra]) : void 0;
        const at = (extraAt ? { ...extraAt, part: "key" } : void 0) ?? valuesRef(chart, problem.path) ?? fallback(chart);
        report({ messageId: "schema", data: { path, chart: problem.chart || chart.input.name, detail: problem.detail }, at });
      } else if (problem.kind === "template") {
        const template = templateRef(chart, problem.template, problem.line, problem.column);
        const values = problem.valuesPath ? valuesRef(chart, scopedValuesPath(problem.template, problem.valuesPath)) : void 0;
        const data = { template: problem.template, line: problem.line, detail: problem.detail };
        if (values) report({ messageId: "template", data, at: values, related: template ? [template] : [] });
        else report({ messageId: "template", data, at: template ?? fallback(chart) });
      } else {
        const chartYaml = chart.input.chartYaml;
        const dependencies = /missing in charts\/ directory/i.test(problem.detail) && chartYaml && /^dependencies\s*:/m.test(chartYaml.text) ? chartYamlRef(chartYaml) : void 0;
        report({ messageId: "failed", data: { detail: problem.detail }, at: dependencies ?? fallback(chart) });
      }
    }
  }
});
function sameFile(ours, helms) {
  const clean2 = (name) => name.replace(/\\/g, "/").replace(/^\.\//, "");
  return clean2(ours) === clean2(helms) || clean2(helms).endsWith(`/${clean2(ours)}`);
}
function valuesRef(chart, path) {
  for (let length = path.length; length > 0; length--) {
    const node = nodeAt(chart.coalesced.root, path.slice(0, length));
    if (node) return { ...node.origin, part: length === path.length ? "value" : "key" };
  }
  return void 0;
}
function templateRef(chart, helmPath, line, column) {
  const source = chart.templates.get(helmPath);
  if (!source) return void 0;
  return { source, path: [], offsets: source.offsetsAt(line, column) };
}
function chartYamlRef(chartYaml) {
  return { source: new YamlFileSource(chartYaml, "config"), path: ["dependencies"], part: "key" };
}
function fallback(chart) {
  const source = chart.userLayers.at(-1)?.source ?? chart.defaults ?? new TextFileSource({ name: chart.input.name, text: "" });
  return { source, path: [], part: "key" };
}

// rules/litellm-budget-exists.ts
var CONSEQUENCE = "creating an end user with it fails on the database's foreign key (POST /customer/new answers 500), and LiteLLM then creates the end user on its first request without a budget: uncapped unless litellm_settings.max_end_user_budget_id is set";
var litellm_budget_exists_default = defineLiveRule({
  meta: {
    id: "litellm-budget-exists",
    name: "LitellmBudgetExists",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The budget id does not exist in the LiteLLM proxy",
    details: 'The platform hands every end user the LiteLLM budget named by the budget-id variable (or the built-in default `default`): CodeMie creates each end user with `POST /customer/new {"user_id", "budget_id"}`. LiteLLM answers a lookup of an unknown budget id with an empty list, not an error, so a typo or a budget that was never created goes unnoticed \u2014 and the consequence is an end user without any cap. The causal chain, read in LiteLLM\'s source: `/customer/new` passes `budget_id` unchecked to the insert; the database\'s foreign key `LiteLLM_EndUserTable_budget_id_fkey` rejects the unknown id and the call fails with HTTP 500; the platform carries on, and LiteLLM creates the end-user row on the user\'s first request **without** a budget, so the user is uncapped unless `litellm_settings.max_end_user_budget_id` names a budget that exists. The same happens later when a budget is deleted: the foreign key is `ON DELETE SET NULL`, so every end user that had it silently loses its cap. That is why this rule is an error. It asks the proxy for every effective budget id in one `POST /budget/info` call (admin only: it needs LITELLM_MASTER_KEY) and, when one is missing, lists the budgets that exist and suggests the closest.',
    remediation: "Create the budget in LiteLLM (POST /budget/new) or set the budget-id variable to a budget that exists; a budget not named default must be named in the variable.",
    example: "# LiteLLM has budgets: default, prod-budget\n# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budgte}\n# right\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}",
    fixable: true,
    tags: ["correctness", "litellm", "budget", "live"],
    messages: {
      missing: `budget "{{id}}" does not exist in LiteLLM{{places}}{{hint}}; ${CONSEQUENCE}`,
      missingDefault: `no {{envName}} is set, so the built-in default budget id "{{id}}" applies, and LiteLLM has no budget "{{id}}"{{hint}}; a budget not named "{{id}}" must be named in {{envName}}; ${CONSEQUENCE}`,
      missingPredefined: `budget "{{id}}" of budgets-config.yaml does not exist in LiteLLM yet; CodeMie creates it at its next start (LLM_PROXY_ENABLED, LLM_PROXY_BUDGET_CHECK_ENABLED and LLM_PROXY_BUDGET_RECONCILIATION_ENABLED are on), and until then ${CONSEQUENCE}`,
      missingEndUserDefault: 'litellm_settings.max_end_user_budget_id names budget "{{id}}", which does not exist in LiteLLM{{hint}}; end users without a budget of their own are then uncapped',
      noDatabase: 'budget "{{id}}" cannot exist: the LiteLLM proxy has no database (readiness reports db "Not connected"), and a proxy without a database cannot have budgets'
    }
  },
  async check({ model, live, report }) {
    const outcome = await live.budgets();
    if (outcome.status === "none") return;
    if (outcome.status === "inconclusive") {
      live.inconclusive("litellm-budget-exists", outcome.kind, outcome.reason);
      return;
    }
    if (outcome.status === "no-database") {
      const remediation = { text: "give the proxy a database: the LiteLLM chart's own PostgreSQL, or db.useExisting with db.url", config: "db.deployStandalone: true" };
      for (const target of outcome.targets) report({ messageId: "noDatabase", data: { id: target.shown }, at: target.at, related: target.related, remediation });
      return;
    }
    if (outcome.missing.length === 0) return;
    const existing = await live.existingBudgetIds();
    const heals = reconcilesBudgets(model.facts.scopes);
    for (const target of outcome.missing) {
      const suggestion2 = suggest(target, existing);
      const data = { id: target.shown, envName: target.envName, places: places(target), hint: hint(existing, suggestion2) };
      if (target.fromBudgetsConfig && heals) {
        const remediation = { text: "restart CodeMie (it creates its predefined budgets), or create the budget now", request: createBudget(target).request };
        report({ messageId: "missingPredefined", data, at: target.at, related: target.related, severity: "warning", remediation });
        continue;
      }
      const fix = suggestion2 !== void 0 && !target.isDefault && !target.endUserDefault ? { type: "suggestion", edits: [target.at, ...target.related].map((at) => ({ at, kind: "set-string", value: suggestion2 })) } : void 0;
      const messageId = target.endUserDefault ? "missingEndUserDefault" : target.isDefault ? "missingDefault" : "missing";
      report({ messageId, data, at: target.at, related: target.related, remediation: createBudget(target), ...fix ? { fix } : {} });
    }
  }
});
function createBudget(target) {
  const limits = target.predefined;
  if (limits) {
    const body = { budget_id: target.id, max_budget: limits.maxBudget ?? null, ...limits.softBudget !== void 0 ? { soft_budget: limits.softBudget } : {}, ...limits.duration !== void 0 ? { budget_duration: limits.duration } : {} };
    return { text: "create the budget as budgets-config.yaml defines it, or correct the id", request: { method: "POST", path: "/budget/new", body } };
  }
  const text2 = "create the budget with the per-user cap you want (10 USD per 30 days here), or correct the id";
  if (target.sensitive) return { text: `${text2}; the id is held in a Secret, so it is not written here` };
  return { text: text2, request: { method: "POST", path: "/budget/new", body: { budget_id: target.id, max_budget: 10, budget_duration: "30d" } } };
}
function places(target) {
  return target.places > 1 ? ` (set in ${target.places} places)` : "";
}
function suggest(target, existing) {
  return existing === null || target.sensitive ? void 0 : closest(target.id, existing);
}
function hint(existing, suggestion2) {
  if (existing === null) return "";
  if (existing.length === 0) return "; the proxy has no budgets at all";
  if (suggestion2 !== void 0) return `; did you mean "${suggestion2}"?`;
  const shown = existing.slice(0, 5).map((id) => `"${id}"`).join(", ");
  return `; existing budgets: ${shown}${existing.length > 5 ? `, and ${existing.length - 5} more` : ""}`;
}

// rules/litellm-budget-limits.ts
var litellm_budget_limits_default = defineLiveRule({
  meta: {
    id: "litellm-budget-limits",
    name: "LitellmBudgetLimits",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "warning",
    description: "The end-user budget has no hard cap, a zero cap, a soft budget above its cap, or does not reset",
    details: "A LiteLLM budget limits end users only through `max_budget`; `soft_budget` merely triggers an alert, so a budget without `max_budget` caps nobody. A `soft_budget` above `max_budget` never alerts before the hard cap stops users. `max_budget: 0` blocks every end user after the first cent (`spend > max` trips at once), and a negative one from the first request (LiteLLM accepts any number): both errors. Without `budget_duration` spend never resets, so users who reach the cap stay blocked (reported as a note). A `budget_duration` without `budget_reset_at` is not on the reset job's schedule (the job selects budgets by `budget_reset_at`; `/budget/update` does not compute it): older releases never reset it, newer ones reset it at once and keep zeroing spend (BerriAI/litellm#22013) \u2014 a warning. The limits are read from the same `POST /budget/info` answer as litellm-budget-exists: no extra request.",
    remediation: "Give the budget a max_budget, a soft_budget below it and a budget_duration (POST /budget/update).",
    example: '# LiteLLM budget row, wrong\n{"budget_id": "prod-budget", "max_budget": null, "soft_budget": 200}\n# right\n{"budget_id": "prod-budget", "max_budget": 300, "soft_budget": 200, "budget_duration": "30d"}',
    tags: ["correctness", "litellm", "budget", "live"],
    messages: {
      noMaxBudget: 'budget "{{id}}" has no max_budget, so it caps no end user ({{limits}})',
      softAboveMax: 'budget "{{id}}" has soft_budget {{soft}} above max_budget {{max}}, so the soft-budget alert cannot fire before the hard cap ({{limits}})',
      zeroMax: 'budget "{{id}}" has max_budget 0, so every end user is blocked after the first cent ({{limits}})',
      negativeMax: 'budget "{{id}}" has max_budget {{max}}, below 0, so every end user is blocked from the first request ({{limits}})',
      notScheduled: `budget "{{id}}" has budget_duration {{duration}} but no budget_reset_at, so LiteLLM's reset job does not reset it on schedule (never on older releases; at once and repeatedly on newer ones, BerriAI/litellm#22013) ({{limits}})`,
      noDuration: 'budget "{{id}}" has no budget_duration, so spend never resets and users who reach max_budget {{max}} stay blocked ({{limits}})'
    }
  },
  async check({ live, report }) {
    const outcome = await live.budgets();
    if (outcome.status === "inconclusive") {
      live.inconclusive("litellm-budget-limits", outcome.kind, outcome.reason);
      return;
    }
    if (outcome.status !== "ok") return;
    for (const target of outcome.targets) {
      const limits = outcome.found.get(target.id);
      if (!limits) continue;
      const base = { id: target.shown, limits: describeLimits(limits) };
      const update = (text2, change) => target.sensitive ? { text: `${text2} (POST /budget/update; the id is held in a Secret, so it is not written here)` } : { text: text2, request: { method: "POST", path: "/budget/update", body: { budget_id: target.id, ...change } } };
      const at = target.at;
      const related = target.related;
      if (limits.maxBudget === null) {
        report({ messageId: "noMaxBudget", data: base, at, related, remediation: update("give the budget the per-user cap you want (10 USD here)", { max_budget: 10 }) });
        continue;
      }
      if (limits.maxBudget < 0) {
        report({ messageId: "negativeMax", data: { ...base, max: formatAmount(limits.maxBudget) }, at, related, severity: "error", remediation: update("set max_budget to the per-user cap you want (10 USD here)", { max_budget: 10 }) });
        continue;
      }
      if (limits.maxBudget === 0) report({ messageId: "zeroMax", data: base, at, related, severity: "error", remediation: update("raise max_budget to the per-user cap you want (10 USD here)", { max_budget: 10 }) });
      const max = formatAmount(limits.maxBudget);
      if (limits.softBudget !== null && limits.softBudget > limits.maxBudget) {
        const soft = Math.round(limits.maxBudget * 80) / 100;
        report({ messageId: "softAboveMax", data: { ...base, soft: formatAmount(limits.softBudget), max }, at, related, remediation: update("put the soft budget below the cap (80 % here)", { soft_budget: soft }) });
      }
      if (limits.duration === null) report({ messageId: "noDuration", data: { ...base, max }, at, related, severity: "note", remediation: update("give the budget a reset period", { budget_duration: "30d" }) });
      else if (limits.resetAt === null) {
        const nextReset = nextMidnight(live.now);
        report({ messageId: "notScheduled", data: { ...base, duration: safeText(limits.duration, 16) ?? "set" }, at, related, remediation: update("put the budget on the reset schedule (the next reset date here: tomorrow, 00:00 UTC)", { budget_reset_at: nextReset }) });
      }
    }
  }
});
function nextMidnight(now) {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  return next.toISOString();
}

// rules/litellm-budget-soft.ts
var litellm_budget_soft_default = defineLiveRule({
  meta: {
    id: "litellm-budget-soft",
    name: "LitellmBudgetSoft",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "note",
    description: "The end-user budget carries a soft_budget, which LiteLLM does not apply to end users",
    details: 'A `soft_budget` on a key or team sends an alert when spend passes it; on end users (customers) LiteLLM\'s customer endpoints document it as "[Not Implemented Yet]" and the end-user budget check reads only `max_budget`, so a soft budget on the end-user budget neither alerts nor limits. It is reported as a note so that nobody counts on it; the hard cap is `max_budget`. Read from the same `POST /budget/info` answer as litellm-budget-exists: no extra request.',
    remediation: "Rely on max_budget for end users; drop soft_budget from the end-user budget or alert on spend elsewhere (POST /budget/update).",
    example: '# LiteLLM budget row for end users\n{"budget_id": "prod-budget", "max_budget": 300, "budget_duration": "30d"}',
    tags: ["litellm", "budget", "live"],
    messages: {
      softIgnored: 'budget "{{id}}" has soft_budget {{soft}}, which LiteLLM does not apply to end users (no alert, no limit); only max_budget caps them ({{limits}})'
    }
  },
  async check({ live, report }) {
    const outcome = await live.budgets();
    if (outcome.status === "inconclusive") {
      live.inconclusive("litellm-budget-soft", outcome.kind, outcome.reason);
      return;
    }
    if (outcome.status !== "ok") return;
    for (const target of outcome.targets) {
      const limits = outcome.found.get(target.id);
      if (limits?.softBudget === null || limits?.softBudget === void 0) continue;
      const text2 = "drop the soft budget from the end-user budget (it does nothing for end users)";
      const remediation = target.sensitive ? { text: text2 } : { text: text2, request: { method: "POST", path: "/budget/update", body: { budget_id: target.id, soft_budget: null } } };
      report({ messageId: "softIgnored", data: { id: target.shown, soft: formatAmount(limits.softBudget), limits: describeLimits(limits) }, at: target.at, related: target.related, remediation });
    }
  }
});

// rules/litellm-global-budget.ts
var PROXY_BUDGET_USER = "litellm-proxy-budget";
var END_USER_SETTINGS_NOTICE = "LiteLLM's API does not expose litellm_settings.disable_end_user_cost_tracking, max_end_user_budget_id or max_end_user_budget (not in /get/config/callbacks, /config/list, /config/field/info): lint the LiteLLM chart's values (--litellm-values) to check them";
var litellm_global_budget_default = defineLiveRule({
  meta: {
    id: "litellm-global-budget",
    name: "LitellmGlobalBudget",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The proxy has a global budget, which cuts off the platform's integration key when it is spent",
    details: "`litellm_settings.max_budget` is a budget for the whole proxy: when it is spent LiteLLM refuses every LLM route (`_global_proxy_budget_check`), the platform's integration key included, so the promise that the integration key is never interrupted breaks. LiteLLM tracks it in a user row named `litellm-proxy-budget`, which this check reads with `GET /user/info?user_id=litellm-proxy-budget` (master key; one request; skipped without a database). No such row means no global budget on releases that keep the row; releases that do not are not told apart (unverified), so a missing row passes. From the LiteLLM chart's values the same setting is `litellm-proxy-settings`. The end-user settings (`disable_end_user_cost_tracking`, `max_end_user_budget_id`, `max_end_user_budget`) are not exposed by any LiteLLM endpoint (`/get/config/callbacks` returns callbacks, alerts and router settings; `/config/list` and `/config/field/info` only a few `general_settings`), so without the LiteLLM chart's values the report's notices say they were not checked.",
    remediation: "Remove litellm_settings.max_budget from the proxy's config and cap end users with their own budgets and max_end_user_budget_id.",
    example: "# LiteLLM config.yaml (the chart's proxy_config)\nlitellm_settings:\n  max_end_user_budget_id: default   # per-user caps, not a global one",
    tags: ["cost", "litellm", "budget", "live"],
    messages: {
      globalBudget: "the proxy has a global budget of {{amount}}{{period}} (litellm_settings.max_budget, read live from its litellm-proxy-budget row, spent {{spend}}): when it is spent LiteLLM refuses every LLM call, the platform's integration key included"
    }
  },
  async check({ model, live, report }) {
    if (!model.litellm) live.notice(END_USER_SETTINGS_NOTICE);
    if (!live.client.has("master") || live.readiness?.db === "none" || live.readiness?.db === "disconnected") return;
    const result = await live.client.call({ method: "GET", path: "/user/info", query: { user_id: PROXY_BUDGET_USER }, credential: "master" });
    if (!result.ok) {
      if (!saysNotFound(result.failure)) live.inconclusive("litellm-global-budget", "incomplete", result.failure.reason);
      return;
    }
    const user = row(row(result.data)?.user_info);
    const max = user ? num(user.max_budget) : null;
    if (!user || max === null || max <= 0) return;
    const duration = str(user.budget_duration);
    const data = {
      amount: formatAmount(max),
      period: duration ? ` per ${safeText(duration, 16) ?? "period"}` : "",
      spend: formatAmount(num(user.spend) ?? 0)
    };
    report({ messageId: "globalBudget", data, at: live.anchor, remediation: { text: "remove the global budget from the proxy's config (the LiteLLM chart's proxy_config) and restart it", config: "proxy_config.litellm_settings.max_budget: null" } });
  }
});

// rules/litellm-image-advisory.ts
var litellm_image_advisory_default = defineRule({
  meta: {
    id: "litellm-image-advisory",
    name: "LitellmImageAdvisory",
    input: "values",
    defaultSeverity: "error",
    description: "The LiteLLM image tag names a known-bad LiteLLM release",
    details: "Checks `image.tag` of the LiteLLM chart's values (`main-v1.82.7`, `v1.82.7-stable`, `litellm-database:\u2026` tags all name a release) against the project's list of known-bad LiteLLM releases (src/facts/litellm-advisories.ts, each entry linked to the public issue it was verified against). Malicious releases are errors: 1.82.7 and 1.82.8 were uploaded to PyPI on 2026-03-24 from a hijacked account and steal credentials; official images were not built from them, but teams build their own. A budget-enforcement bug with a fixed release is a warning while the tag is before it; a bug nobody fixed is a note saying so. An empty tag (the chart's appVersion) is not checked; the live check `litellm-version-advisory` reads the version the running proxy reports.",
    remediation: "Move image.tag to a release that the message does not name (for a malicious release: rotate every credential the image could read).",
    example: "image:\n  repository: ghcr.io/berriai/litellm-database\n  tag: main-v1.82.6",
    tags: ["security", "litellm", "supply-chain"],
    securitySeverity: "9.0",
    messages: {
      advisory: "image.tag {{tag}} is LiteLLM {{version}}: {{summary}} ({{url}})"
    }
  },
  appliesTo: (model) => Boolean(model.litellm),
  check({ model, report }) {
    const tag = model.litellm ? imageTag(model.litellm) : void 0;
    const release = tag ? parseRelease(tag.value) : null;
    if (!tag || !release) return;
    for (const match of advisoriesFor(release, litellmSettingsInUse(model.litellm))) {
      const data = { version: formatRelease(release), tag: tag.value, summary: match.advisory.summary, url: match.advisory.url };
      const config = match.advisory.fixed ? `image.tag: main-v${match.advisory.fixed}` : void 0;
      report({ messageId: "advisory", data, at: tag.at, severity: match.severity, remediation: { text: advisoryFix(match.advisory), ...config ? { config } : {} } });
    }
  }
});

// rules/litellm-key-unlimited.ts
var NOT_FOUND_FIX = {
  text: "point LITELLM_API_KEY (or --key-alias) at the key the platform really uses, or create it without a budget for the platform's team",
  request: { method: "POST", path: "/key/generate", body: { key_alias: "codemie-back", team_id: "codemie" } }
};
function capFix(caps) {
  const fix = caps.find((cap) => cap.fix)?.fix;
  if (!fix) return void 0;
  return caps.length > 1 ? { ...fix, text: `${fix.text}; then the other levels the message names` } : fix;
}
var litellm_key_unlimited_default = defineLiveRule({
  meta: {
    id: "litellm-key-unlimited",
    name: "LitellmKeyUnlimited",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The platform's integration key has a budget cap, or cannot be used",
    details: "All LLM traffic of the platform runs on one integration key (CodeMie: alias codemie-back, a key of team codemie), so its effective budget must be unlimited: per-user limits come from the end-user budgets (LITELLM_BUDGET_ID and budgets-config), not from this key. A max_budget at any level that applies to the key \u2014 the key itself (0 included), its linked budget row, per-model or windowed budgets, its team, its team membership, its user (keys without a team) or its organization \u2014 cuts off the whole platform when it is spent: every LLM call of every user fails until the period resets. A key that silently inherits a team cap breaks production. A soft budget alone is not a cap (it only alerts) and is fine, while rate limits on the key's path (`tpm_limit`, `rpm_limit`, `max_parallel_requests` on the key, its budget row or its team, `model_rpm_limit`/`model_tpm_limit`/`model_max_parallel_requests` in their metadata, `tpm_limit`/`rpm_limit`/`max_parallel_requests` of its user, and `tpm_limit`/`rpm_limit` of its team membership's budget row and its organization's budget row) are warnings naming the effective limit \u2014 the key's own value, else its budget row's, with every other level a counter of its own, the strictest winning \u2014 and where it comes from, since all platform traffic shares them. A linked budget row caps the key only on proxies whose key lookup joins the budget table (1.56.2 on, BerriAI/litellm#7429): before that it is a warning (it will cap after an upgrade), with the version unknown an error that says so. On a team key a user budget applies only in some LiteLLM configurations, so it is a warning. A blocked or expired key is an error too, since every call with it fails. The check follows the key's links with the fewest requests (team, user and organization lookups only when linked, in parallel) and never passes a key when a lookup that could have found a cap failed.",
    remediation: 'Remove the max_budget at the level that caps the integration key (POST /team/update or /key/update with "max_budget": null, or drop the linked budget row), and unblock or renew the key when it is blocked or expired.',
    example: `# LiteLLM: remove the cap that the integration key inherits from its team
curl -X POST $LITELLM_URL/team/update -H "Authorization: Bearer $LITELLM_MASTER_KEY" \\
  -H 'Content-Type: application/json' -d '{"team_id": "codemie", "max_budget": null}'
# per-user limits belong in the end-user budget (LITELLM_BUDGET_ID), not on this key`,
    tags: ["security", "cost", "litellm", "live"],
    securitySeverity: "6.5",
    messages: {
      limited: "{{keyName}} {{key}} is capped by {{caps}}; when {{which}} is spent, every LLM call of the platform fails",
      userCapOnTeamKey: "{{keyName}} {{key}} may be capped by {{level}}: {{amount}}; LiteLLM applies a user budget to a team key only in some configurations, and when it applies and is spent every LLM call of the platform fails",
      blocked: "{{keyName}} {{key}} is blocked{{by}}, so every LLM call with it fails",
      expired: "{{keyName}} {{key}} expired ({{when}}), so every LLM call with it fails",
      notFound: "the {{keyName}} {{key}} does not exist in LiteLLM",
      aliasNotFound: "no LiteLLM key has the alias {{key}}",
      rateLimited: "{{keyName}} {{key}} is rate-limited: {{limits}}; all LLM traffic of the platform shares these limits, so every user is throttled when they are reached",
      dormantBudgetRow: "{{keyName}} {{key}} links {{level}} ({{amount}}); LiteLLM {{version}} does not apply a key's budget row (its key lookup joins the budget table only from {{from}} on), so the row caps nothing today, but it will cap the platform after an upgrade",
      aliasAmbiguous: "{{count}} LiteLLM keys have the alias {{key}}; give LITELLM_API_KEY or a unique --key-alias"
    }
  },
  async check({ live, report }) {
    judge(await live.integrationKey(), live.anchor, "integration key");
    const proxy = await live.proxyKey();
    if (proxy) judge(proxy.outcome, proxy.at, `coding-agent key (${PROXY_KEY_ENV})`);
    function judge(outcome, at, keyName) {
      const reportGates = (found) => {
        const effective = effectiveGates(found.gates);
        if (effective.length === 0) return;
        report({ messageId: "rateLimited", data: { keyName, key: found.key, limits: describeGates(effective) }, at, severity: "warning", remediation: effective[0].fix });
      };
      const reportDormant = (found) => {
        if (!found.dormant) return;
        const data = { keyName, key: found.key, level: found.dormant.cap.level, amount: found.dormant.cap.amount, version: found.dormant.version, from: BUDGET_ROW_JOIN_FROM };
        const remediation = { text: "unlink the budget row before an upgrade makes it cap the platform (replace the key placeholder)", request: { method: "POST", path: "/key/update", body: { key: KEY_PLACEHOLDER, budget_id: null } } };
        report({ messageId: "dormantBudgetRow", data, at, severity: "warning", remediation });
      };
      switch (outcome.status) {
        case "unverified":
          live.inconclusive("litellm-key-unlimited", outcome.kind, outcome.reason);
          return;
        case "inconclusive":
          live.inconclusive("litellm-key-unlimited", "incomplete", `${keyName} ${outcome.key}: ${outcome.reason}`);
          return;
        case "limited":
          reportDormant(outcome);
          report({ messageId: "limited", data: { keyName, key: outcome.key, caps: describeCaps(outcome.caps), which: outcome.caps.length === 1 ? "that" : "any of these" }, at, remediation: capFix(outcome.caps) });
          reportGates(outcome);
          for (const note of outcome.notes) live.notice(`${keyName} ${outcome.key}: ${note}`);
          return;
        case "unlimited":
          reportDormant(outcome);
          reportGates(outcome);
          for (const note of outcome.notes) live.notice(`${keyName} ${outcome.key}: ${note}`);
          if (outcome.userCap) report({ messageId: "userCapOnTeamKey", data: { keyName, key: outcome.key, level: outcome.userCap.level, amount: outcome.userCap.amount }, at, severity: "warning", remediation: capFix([outcome.userCap]) });
          return;
        case "blocked":
          report({ messageId: "blocked", data: { keyName, key: outcome.key, by: outcome.by ? ` by ${outcome.by}` : "" }, at, remediation: { text: "unblock the key (replace the key placeholder; a blocked team: POST /team/unblock)", request: { method: "POST", path: "/key/unblock", body: { key: KEY_PLACEHOLDER } } } });
          return;
        case "expired":
          report({ messageId: "expired", data: { keyName, key: outcome.key, when: outcome.when }, at, remediation: { text: "clear the key's expiry (replace the key placeholder), or generate a new key and update the platform's Secret", request: { method: "POST", path: "/key/update", body: { key: KEY_PLACEHOLDER, duration: null } } } });
          return;
        case "not-found":
          report({ messageId: outcome.how === "alias" ? "aliasNotFound" : "notFound", data: { keyName, key: outcome.key }, at, remediation: NOT_FOUND_FIX });
          return;
        case "ambiguous":
          report({ messageId: "aliasAmbiguous", data: { keyName, key: outcome.key, count: outcome.count }, at, remediation: { text: "give the platform's key a unique alias (POST /key/update with key_alias), or set LITELLM_API_KEY instead of --key-alias" } });
          return;
      }
    }
  }
});

// rules/litellm-proxy-settings.ts
var litellm_proxy_settings_default = defineRule({
  meta: {
    id: "litellm-proxy-settings",
    name: "LitellmProxySettings",
    input: "values",
    defaultSeverity: "error",
    description: "A LiteLLM proxy setting that leaves end users uncapped or cuts off the platform",
    details: "Read from the LiteLLM chart's own values (`--litellm-values`, or a -f file of that shape): the proxy's config.yaml is `proxy_config`, rendered verbatim by the chart. `litellm_settings.max_budget` is a global proxy budget: when it is spent LiteLLM refuses every LLM route, the platform's integration key included, so the promise that the integration key is never interrupted breaks (error). `disable_end_user_cost_tracking: true` stops recording end-user spend, so no end-user budget ever trips (error). The legacy `max_end_user_budget` is documented upstream as no longer enforced (warning: use `max_end_user_budget_id`). Without `max_end_user_budget_id` nothing caps an end user whose own budget link failed \u2014 an unknown budget id on `/customer/new`, or a budget deleted later (note). A proxy without a database cannot hold budgets or keys at all: the chart deploys one unless `db.deployStandalone` is false, and then `db.useExisting` or a DATABASE_URL (or DATABASE_HOST, which LiteLLM builds it from) must provide it (error; a Secret or ConfigMap passed whole may hold it, which is not judged). `general_settings.master_key` set to null, or `general_settings` or `proxy_config` itself (a null removes the chart's default with what it holds), runs the proxy without a master key, so every request is accepted as an internal user (error).",
    remediation: "Change the LiteLLM chart values as the message says (the fix line gives the config).",
    example: "proxy_config:\n  general_settings:\n    master_key: os.environ/PROXY_MASTER_KEY\n  litellm_settings:\n    max_end_user_budget_id: default   # a budget that exists\n    # no max_budget (global), no disable_end_user_cost_tracking\ndb:\n  deployStandalone: true",
    tags: ["correctness", "cost", "litellm", "budget"],
    messages: {
      globalBudget: "litellm_settings.max_budget {{amount}} is a global proxy budget: when it is spent LiteLLM refuses every LLM call, the platform's integration key included",
      costTrackingOff: "litellm_settings.disable_end_user_cost_tracking is {{value}}, which the proxy takes as true: end-user spend is never recorded, so no end-user budget ever trips",
      legacyEndUserBudget: "litellm_settings.max_end_user_budget is no longer enforced by LiteLLM (documented upstream); use max_end_user_budget_id with a budget that exists",
      noDefaultEndUserBudget: "litellm_settings.max_end_user_budget_id is not set: an end user whose own budget link failed (an unknown budget id, a deleted budget) is uncapped",
      noDatabase: "the LiteLLM chart deploys no database (db.deployStandalone false, no db.useExisting, no DATABASE_URL): the proxy cannot hold budgets or keys, so no end user is capped",
      noMasterKey: "{{path}} is null, so the proxy's config has no master_key: the proxy runs without a master key and accepts every request as an internal user",
      externalConfig: "proxyConfigMap.create is false: the proxy reads an existing ConfigMap, so its budget settings cannot be checked from these values"
    }
  },
  appliesTo: (model) => Boolean(model.litellm),
  check({ model, report: reportAt }) {
    const chart = model.litellm;
    if (!chart) return;
    const report = (finding) => reportAt(finding.remediation ? { ...finding, remediation: configUnder(chartParent(finding.at), finding.remediation) } : finding);
    const external = usesExternalConfig(chart);
    if (external) report({ messageId: "externalConfig", at: external.at, severity: "note", remediation: { text: "lint the config.yaml of that ConfigMap as proxy_config, or let the chart render it", config: "proxyConfigMap.create: true" } });
    else {
      const maxBudget = proxySetting(chart, "litellm_settings", "max_budget");
      const amount = numberOf(maxBudget);
      if (maxBudget && amount !== null && amount > 0) report({ messageId: "globalBudget", data: { amount: String(amount) }, at: maxBudget.origin, remediation: { text: "remove the global budget; cap end users with max_end_user_budget_id and their own budgets", config: "proxy_config.litellm_settings.max_budget: null" } });
      const tracking = proxySetting(chart, "litellm_settings", "disable_end_user_cost_tracking");
      if (tracking && isTruthy(tracking)) report({ messageId: "costTrackingOff", data: { value: tracking.kind === "scalar" ? JSON.stringify(tracking.value) : `a ${tracking.kind === "map" ? "map" : "list"}` }, at: tracking.origin, remediation: { text: "record end-user spend again", config: "proxy_config.litellm_settings.disable_end_user_cost_tracking: false" } });
      const legacy = proxySetting(chart, "litellm_settings", "max_end_user_budget");
      if (legacy) report({ messageId: "legacyEndUserBudget", at: legacy.origin, severity: "warning", remediation: DEFAULT_BUDGET_FIX });
      if (!proxySetting(chart, "litellm_settings", "max_end_user_budget_id")) {
        report({ messageId: "noDefaultEndUserBudget", at: anchorOfSettings(chart.values.root) ?? chart.anchor, severity: "note", remediation: DEFAULT_BUDGET_FIX });
      }
      const removed = MASTER_KEY_PATHS.map((path) => ({ node: nodeAt2(chart.values.root, path), path: path.join(".") })).find(({ node }) => node?.kind === "scalar" && node.value === null);
      if (removed) {
        report({ messageId: "noMasterKey", data: { path: removed.path }, at: removed.node.origin, remediation: { text: "wire the master key the chart keeps in its Secret", config: "proxy_config.general_settings.master_key: os.environ/PROXY_MASTER_KEY" } });
      }
    }
    const database = databaseWiring(chart);
    if (database.state === "none") report({ messageId: "noDatabase", at: database.at ?? chart.anchor, remediation: { text: "let the chart deploy PostgreSQL, or point db.useExisting at yours", config: "db.deployStandalone: true" } });
  }
});
var MASTER_KEY_PATHS = [["proxy_config"], ["proxy_config", "general_settings"], ["proxy_config", "general_settings", "master_key"]];
var DEFAULT_BUDGET_FIX = {
  text: "name a budget that exists (create it with POST /budget/new and the per-user max_budget)",
  config: "proxy_config.litellm_settings.max_end_user_budget_id: default"
};
function numberOf(node) {
  if (node?.kind !== "scalar") return null;
  const value = typeof node.value === "number" ? node.value : typeof node.value === "string" ? Number(node.value) : NaN;
  return Number.isFinite(value) ? value : null;
}
function settingsNode(root, section) {
  const config = root.kind === "map" ? root.entries.get("proxy_config") : void 0;
  return config?.kind === "map" ? config.entries.get(section) : void 0;
}
function anchorOfSettings(root) {
  const settings = settingsNode(root, "litellm_settings");
  if (settings) return { ...settings.origin, part: "key" };
  const config = root.kind === "map" ? root.entries.get("proxy_config") : void 0;
  return config ? { ...config.origin, part: "key" } : void 0;
}

// rules/litellm-service-url.ts
var URL_ENV = ["LITE_LLM_URL", "LITELLM_URL", "LITELLM_BASE_URL"];
var litellm_service_url_default = defineRule({
  meta: {
    id: "litellm-service-url",
    name: "LitellmServiceUrl",
    input: "values",
    defaultSeverity: "warning",
    description: "The platform's in-cluster LiteLLM URL does not name the Service the LiteLLM chart creates",
    details: "When both sides of the proxy are linted \u2014 the platform's values and the LiteLLM chart's (`--litellm-values`) \u2014 the platform's LiteLLM URL (`LITE_LLM_URL`) must reach the Service the chart creates. Its name is the chart's fullname, derived as the chart's `_helpers.tpl` does: `fullnameOverride`; else the release name (`--litellm-release`, default `litellm`) when it contains the chart name (`nameOverride`, default `litellm`), else `<release>-<name>`, cut to 63 characters. Its port is `service.port` (default 4000). An in-cluster URL (`http://name:port`, `name.namespace`, `\u2026.svc`, `\u2026.svc.cluster.local`) naming another Service or port is a warning showing both; URLs outside the cluster are not compared.",
    remediation: "Point the platform's LiteLLM URL at the chart's Service and port (or set fullnameOverride / --litellm-release to match).",
    example: "# LiteLLM chart: release litellm, nameOverride litellm, service.port 4000\nextraEnv:\n  - {name: LITE_LLM_URL, value: 'http://litellm.litellm.svc:4000'}",
    tags: ["correctness", "litellm"],
    messages: {
      otherService: '{{name}} points at Service "{{host}}", but the LiteLLM chart creates Service "{{fullname}}" ({{why}})',
      otherPort: `{{name}} uses port {{port}}, but the LiteLLM chart's Service "{{fullname}}" listens on service.port {{servicePort}}`
    }
  },
  appliesTo: (model) => Boolean(model.litellm && model.values),
  check({ model, report }) {
    const chart = model.litellm;
    if (!chart) return;
    const fullname = chartFullname(chart);
    const port = servicePort(chart);
    const checked = /* @__PURE__ */ new Set();
    for (const scope of model.facts.scopes) {
      if (scope.origin !== "values") continue;
      for (const name of URL_ENV) {
        const variable = scope.vars.get(name);
        const at = variable?.valueAt;
        if (typeof variable?.value !== "string" || !at || variable.origin !== "value") continue;
        const place = `${at.source.file}\0${at.path.join("\0")}`;
        if (checked.has(place)) continue;
        checked.add(place);
        const target = inClusterTarget(variable.value);
        if (!target) continue;
        if (target.service !== fullname.value) {
          report({ messageId: "otherService", data: { name, host: target.service, fullname: fullname.value, why: fullname.via }, at, related: fullname.at ? [fullname.at] : [], remediation: urlFix(name, target, fullname.value, port.value) });
        } else if (target.port !== port.value) {
          report({ messageId: "otherPort", data: { name, port: target.port, fullname: fullname.value, servicePort: port.value }, at, related: port.at ? [port.at] : [], remediation: urlFix(name, target, fullname.value, port.value) });
        }
      }
    }
  }
});
function urlFix(name, target, service, port) {
  const url = new URL(target.url.href);
  const rest = url.hostname.split(".").slice(1);
  url.hostname = [service, ...rest].join(".");
  url.port = String(port);
  return { text: "point the platform at the LiteLLM chart's Service and port", config: `- {name: ${name}, value: '${url.href.replace(/\/$/, "")}'}` };
}
function inClusterTarget(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const labels = url.hostname.toLowerCase().split(".");
  const inCluster = labels.length <= 2 || labels[2] === "svc" && (labels.length === 3 || labels.slice(3).join(".") === "cluster.local");
  if (!inCluster || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(labels[0] ?? "") || /^\d+$/.test(labels.at(-1) ?? "")) return null;
  if (labels[0] === "localhost") return null;
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  return { service: labels[0], port, url };
}

// rules/litellm-unverified.ts
var litellm_unverified_default = defineLiveRule({
  meta: {
    id: "litellm-unverified",
    name: "LitellmUnverified",
    input: "live",
    defaultSeverity: "warning",
    description: "A live LiteLLM check could not be completed",
    details: "Live checks are tri-state: passed, failed or inconclusive, never silently passed. A check is inconclusive when the proxy cannot be reached (connection refused, DNS, TLS, timeout), refuses the credential (401/403), lacks the endpoint (404 on an older version), or answers with something that is not the expected JSON (HTML, malformed, oversized), and when the credential it needs is not set: LITELLM_MASTER_KEY for budgets, LITELLM_API_KEY or --key-alias for the integration key. Raise this rule to error in the config for a fail-closed gate.",
    remediation: "Set the credential the message names, or make the proxy reachable from where the check runs, then run the check again.",
    example: "# .litellm-preflight.yaml: fail closed when a live check cannot run\nrules:\n  litellm-unverified: error",
    tags: ["litellm", "live"],
    messages: {
      missingCredential: "{{checks}} not checked: {{reason}}",
      incomplete: "{{checks}} could not be completed: {{reason}}"
    }
  },
  check({ live, report }) {
    const groups = /* @__PURE__ */ new Map();
    for (const problem of live.problems) {
      const key = `${problem.kind}\0${problem.reason}`;
      groups.set(key, [...groups.get(key) ?? [], problem]);
    }
    for (const problems of groups.values()) {
      const first = problems[0];
      const checks = [...new Set(problems.map((problem) => problem.ruleId))].join(", ");
      const text2 = first.kind === "credential" ? "set the credential the message names and run again" : "make the proxy and its database reachable from where the check runs, then run again";
      report({ messageId: first.kind === "credential" ? "missingCredential" : "incomplete", data: { checks, reason: first.reason }, at: first.at ?? live.anchor, remediation: { text: text2 } });
    }
  }
});

// rules/litellm-version-advisory.ts
var litellm_version_advisory_default = defineLiveRule({
  meta: {
    id: "litellm-version-advisory",
    name: "LitellmVersionAdvisory",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The LiteLLM proxy reports a known-bad LiteLLM release",
    details: "Checks the version the running proxy reports (`litellm_version` of `/health/readiness`, or of the authenticated `/health/readiness/details` on the newest releases) against the project's list of known-bad LiteLLM releases (src/facts/litellm-advisories.ts, each entry linked to the public issue it was verified against). Malicious releases (1.82.7 and 1.82.8, published to PyPI on 2026-03-24, credential stealers) are errors; a budget-enforcement bug is a warning while the proxy runs a release before its fix, and a note when no fix was ever released, so current versions are not warned about bugs nobody fixed. No extra request: the version comes from the readiness probe every live run makes.",
    remediation: "Upgrade (or, for a malicious release, replace) the LiteLLM proxy as the linked issue says, and rotate every credential it could read when the release is malicious.",
    example: "# LiteLLM chart values\nimage:\n  tag: main-v1.82.6",
    tags: ["security", "litellm", "supply-chain", "live"],
    securitySeverity: "9.0",
    messages: {
      advisory: "the LiteLLM proxy runs {{version}}: {{summary}} ({{url}})"
    }
  },
  check({ model, live, report }) {
    const version = live.readiness?.version;
    const release = version ? parseRelease(version) : null;
    if (!release) return;
    for (const match of advisoriesFor(release, litellmSettingsInUse(model.litellm))) {
      const data = { version: formatRelease(release), summary: match.advisory.summary, url: match.advisory.url };
      report({ messageId: "advisory", data, at: live.anchor, severity: match.severity, remediation: { text: advisoryFix(match.advisory) } });
    }
  }
});

// rules/plaintext-credential.ts
var plaintext_credential_default = defineRule({
  meta: {
    id: "plaintext-credential",
    name: "PlaintextCredential",
    input: "any",
    defaultSeverity: "error",
    description: "A LiteLLM key is written as a literal instead of a Secret reference",
    details: "A LiteLLM master key or integration key in a values file or manifest is readable by everyone with access to the repository, its history, CI logs and the rendered release, also when a later values layer replaces it. A key read (through `secretKeyRef` or `envFrom`) from a Secret the inputs hold as text counts too: a committed Secret manifest (base64 hides nothing), a Secret in the values' `extraObjects`, or a rendered Secret whose value a values key supplies (reported at that key). Not reported: a rendered value the chart makes up (`randAlphaNum`; a rendering is known by helm's `# Source:` comments, or by coming on stdin), an object exported from the cluster (its metadata has a `uid` or `resourceVersion`; `kubectl create --dry-run -o yaml` writes neither), an encrypted value (SOPS `ENC[\u2026]`) and a placeholder a tool fills in (`<path:\u2026>`, `{{ \u2026 }}`, `%%\u2026%%`, `${\u2026}`). A key given in a `--set` flag is a note: it is not committed with the files, but helm stores it in the release, where `helm get values` shows it. The master key is an admin credential for the proxy: it can create keys and change budgets. The value is never shown in this tool's output.",
    remediation: "Store the key in a Kubernetes Secret and reference it with valueFrom.secretKeyRef (or masterkeySecretName in the LiteLLM chart), then rotate the exposed key.",
    example: "# wrong\nextraEnv:\n  - {name: LITE_LLM_MASTER_KEY, value: sk-...}\n# right\nextraEnv:\n  - name: LITE_LLM_MASTER_KEY\n    valueFrom:\n      secretKeyRef: {name: litellm-integration, key: litellm-master-key}",
    tags: ["security", "secrets", "litellm"],
    securitySeverity: "8.0",
    messages: {
      env: "{{name}} is set to a literal value; reference a Secret instead (the value is not shown)",
      chartMasterkey: "the LiteLLM chart's {{key}} is a literal master key; use masterkeySecretName instead (the value is not shown)",
      proxyConfig: "proxy_config.general_settings.master_key is a literal; use os.environ/PROXY_MASTER_KEY (the value is not shown)",
      secretLiteral: '{{name}} reads Secret "{{secret}}", whose {{key}} is written here as a literal: the key is committed with the Secret; keep it in a secret store (External Secrets, a sealed or SOPS-encrypted Secret) and rotate it (the value is not shown)'
    },
    optionsSchema: {
      type: "object",
      properties: { names: { type: "array", items: { type: "string" }, description: "More env names that hold credentials" } },
      additionalProperties: false
    },
    defaultOptions: { names: [] }
  },
  check({ model, options, report }) {
    const names = /* @__PURE__ */ new Set([...LITELLM_CREDENTIAL_ENV, ...options.names ?? []]);
    const layers = (model.values?.trees.length ?? 0) > 1 ? model.values.trees.flatMap((tree) => tree ? envListsOf(tree) : []) : [];
    const secretRefs = /* @__PURE__ */ new Map();
    for (const list of [...model.facts.envLists, ...layers]) {
      for (let index = 0; index < list.length; index++) {
        if (!names.has(list.nameAt(index))) continue;
        const entry = list.entryAt(index);
        if (isLiteral(entry.value)) {
          report({ messageId: "env", data: { name: entry.name }, at: { ...entry.valueAt, sensitive: true }, ...onlyPassed(entry.valueAt) });
          continue;
        }
        const ref = isRecord(entry.valueFrom) && isRecord(entry.valueFrom.secretKeyRef) ? entry.valueFrom.secretKeyRef : void 0;
        if (typeof ref?.name !== "string") continue;
        const refs = secretRefs.get(list);
        if (refs) refs.push({ name: entry.name, secret: ref.name });
        else secretRefs.set(list, [{ name: entry.name, secret: ref.name }]);
      }
    }
    const scopes = model.facts.scopes;
    for (let s = 0; s < scopes.length; s++) {
      const scope = scopes[s];
      let fromSecret;
      const lists = secretRefs.size > 0 ? scope.lists : [];
      for (let l = 0; l < lists.length; l++) for (const ref of secretRefs.get(lists[l]) ?? []) if (scope.vars.holds("Secret", ref.secret)) (fromSecret ??= /* @__PURE__ */ new Set()).add(ref.name);
      const envFrom = scope.vars.envFrom;
      for (let e = 0; e < envFrom.length; e++) {
        if (envFrom[e].kind !== "Secret" || !scope.vars.holds("Secret", envFrom[e].name)) continue;
        fromSecret ??= /* @__PURE__ */ new Set();
        for (const name of names) fromSecret.add(name);
        break;
      }
      if (fromSecret === void 0) continue;
      for (const name of fromSecret) {
        const variable = scope.vars.get(name);
        const at = variable?.valueAt;
        if (!variable || !at || !variable.sensitive || variable.origin !== "secretKeyRef" && variable.origin !== "envFrom" || !isLiteral(variable.value)) continue;
        if (variable.entry && at === variable.entry.valueAt) continue;
        if (!committed(at, model.valuesBehind)) continue;
        const ref = variable.origin === "secretKeyRef" ? (variable.entry?.valueFrom).secretKeyRef : void 0;
        const secret = ref ? String(ref.name) : at.source.object?.name ?? "(envFrom)";
        const key = ref ? String(ref.key) : String(at.path.at(-1) ?? name);
        report({ messageId: "secretLiteral", data: { name, secret, key: JSON.stringify(key) }, at: sensitive(at) });
      }
    }
    for (const root of [model.values?.root, model.litellm?.values.root]) {
      if (root) forEachLiteLLMChart(root, checkChart);
    }
    function checkChart(chart) {
      const masterkey = chart.entries.get("masterkey");
      if (masterkey?.kind === "scalar" && isLiteral(masterkey.value)) {
        const remediation = configUnder(masterkey.origin.path.slice(0, -1), { text: "keep the master key in a Secret the chart reads, delete the literal and rotate the exposed key", config: "masterkeySecretName: litellm-masterkey" });
        report({ messageId: "chartMasterkey", data: { key: [...masterkey.origin.path].join(".") }, at: sensitive(masterkey.origin), remediation, ...onlyPassed(masterkey.origin) });
      }
      const proxyConfig = chart.entries.get("proxy_config");
      const general = proxyConfig?.kind === "map" ? proxyConfig.entries.get("general_settings") : void 0;
      const masterKey = general?.kind === "map" ? general.entries.get("master_key") : void 0;
      if (masterKey?.kind === "scalar" && isLiteral(masterKey.value) && !String(masterKey.value).startsWith("os.environ/")) {
        report({ messageId: "proxyConfig", at: sensitive(masterKey.origin), remediation: configUnder(masterKey.origin.path.slice(0, -3), { text: "read the master key from the chart's Secret and rotate the exposed key", config: "proxy_config.general_settings.master_key: os.environ/PROXY_MASTER_KEY" }), ...onlyPassed(masterKey.origin) });
      }
    }
  }
});
function committed(at, valuesBehind) {
  if (at.source.kind !== "manifest") return at.source.kind === "values";
  const source = at.source;
  if (isPseudoFile(source.file) || typeof source.text === "string" && FROM_CLUSTER.test(source.text)) return false;
  return source.object?.source === void 0 || valuesBehind?.(at) !== void 0;
}
var FROM_CLUSTER = /(?:^\s+|[{,]\s*)(?:uid|resourceVersion)\s*:/m;
var NOT_A_KEY = /^ENC\[[^\]]*\]$|^<path:[^>]+>$|\{\{[\s\S]*\}\}|^%%[^%\s]+%%$|^\$\{[^}]+\}$/;
function isLiteral(value) {
  if (value === void 0 || value === null) return false;
  const text2 = String(value).trim();
  return text2 !== "" && !/^(\$\([^)]*\))+$/.test(text2) && !NOT_A_KEY.test(text2);
}
function onlyPassed(ref) {
  return ref.source.kind === "set" ? { severity: "note" } : {};
}
function sensitive(ref) {
  return { ...ref, sensitive: true };
}
function forEachLiteLLMChart(root, visit) {
  const walk = (node, depth, litellmKey) => {
    if (node.kind !== "map" || depth > 3) return;
    const holds = node.entries.has("masterkey") || node.entries.has("proxy_config");
    if (holds && (depth === 0 || litellmKey || looksLikeLiteLLMChart(node, { masterkeyAlone: false }))) visit(node);
    for (const [key, child] of node.entries) walk(child, depth + 1, /litellm/i.test(key));
  };
  walk(root, 0, false);
}

// rules/suppression-directive.ts
var suppression_directive_default = defineRule({
  meta: {
    id: "suppression-directive",
    name: "SuppressionDirective",
    input: "values",
    defaultSeverity: "warning",
    description: "An inline suppression comment is malformed or suppresses nothing",
    details: "`# litellm-preflight-disable-next-line <rule-id> -- reason` silences one finding on the next line, `# litellm-preflight-disable-line` one on its own line, and `# litellm-preflight-disable <rule-id> -- reason` (anywhere in the file) every finding of those rules in the file. A directive needs a reason so that reviewers know why; one that names an unknown rule or no longer matches a finding hides nothing and should go.",
    remediation: "Name existing rule ids, give a reason after ` -- `, and delete directives that no longer match a finding.",
    example: 'extraEnv:\n  # litellm-preflight-disable-next-line env-duplicate -- kept until the 2.43 chart lands\n  - {name: TRIGGER_ENGINE_ENABLED, value: "false"}\n  - {name: TRIGGER_ENGINE_ENABLED, value: "true"}',
    tags: ["maintainability"],
    messages: {
      missingReason: "suppression of {{rules}} has no reason; add one after ' -- '",
      unknownRule: 'suppression names unknown rule "{{rule}}"',
      noRule: "suppression names no rule id",
      unused: "suppression of {{rules}} matched no finding; remove it"
    }
  },
  check({ model, report }) {
    for (const directive of model.directives) {
      const at = { source: directive.source, path: [], offsets: directive.offsets };
      if (directive.ruleIds.length === 0) report({ messageId: "noRule", at });
      for (const rule of directive.ruleIds) if (!model.knownRuleIds.has(rule)) report({ messageId: "unknownRule", data: { rule }, at });
      if (directive.ruleIds.length > 0 && !directive.reason) report({ messageId: "missingReason", data: { rules: directive.ruleIds.join(", ") }, at });
    }
  }
});

// rules/values-schema.ts
var values_schema_default = defineRule({
  meta: {
    id: "values-schema",
    name: "ValuesSchema",
    input: "values",
    defaultSeverity: "error",
    description: "The coalesced values do not satisfy the chart's values.schema.json",
    details: "Helm validates the chart's values.schema.json against the coalesced values (the chart's values.yaml, then every -f file, then --set) and refuses to install or upgrade when they do not match, but it names only a JSON path. This rule runs the same check with Ajv when a chart is given (--chart DIR, or --values-schema) and points every error at the file, line and column of the layer that supplied the offending value, or at the parent key for a missing required key. Formats (`format: email` and the like) are not asserted. A part of the schema that refers to another schema by URL (`$ref: https://\u2026`, as charts built on a library chart do) is left out, and the rest is checked: helm fetches it, this tool reads no network; a note says so.",
    remediation: "Change the value at the reported position so that it matches the schema, or add the missing key under the reported parent.",
    example: '# values.schema.json: {"properties": {"replicaCount": {"type": "integer"}}}\n# wrong\nreplicaCount: "2"\n# right\nreplicaCount: 2',
    tags: ["correctness", "helm", "schema"],
    messages: {
      invalid: "{{path}} {{problem}} ({{schema}})",
      required: '{{path}} is missing the required key "{{key}}" ({{schema}})',
      additional: '{{path}} has the key "{{key}}", which {{schema}} does not allow',
      schemaUnusable: "the values schema {{file}} cannot be used: {{reason}}",
      schemaRemote: "the values schema {{file}} refers to {{ref}}, which helm fetches and this tool does not (it reads no network): what that schema requires is not checked here"
    }
  },
  async check({ model, report }) {
    const chart = model.chart;
    if (!chart?.schema || chart.coalesced.problems.some((problem) => problem.kind === "syntax" && problem.at.source === chart.defaults)) return;
    const outcome = await validateChartValues(chart);
    const schema = chart.schema.file;
    if (!outcome.ok) {
      report({ messageId: "schemaUnusable", data: { file: chart.schema.file, reason: outcome.reason }, at: { source: chart.schema, path: [], ...outcome.at ? { offsets: outcome.at } : {} } });
      return;
    }
    if (outcome.remote) report({ messageId: "schemaRemote", data: { file: chart.schema.file, ref: outcome.remote }, at: { source: chart.schema, path: [] }, severity: "note" });
    for (const error of outcome.errors) {
      const path = error.path.length === 0 ? "the values" : formatPath(error.path);
      const related = error.schemaAt ? [error.schemaAt] : [];
      if (error.kind === "required") report({ messageId: "required", data: { path, key: error.key ?? "", schema }, at: error.at, related });
      else if (error.kind === "additional") report({ messageId: "additional", data: { path, key: error.key ?? "", schema }, at: error.at, related });
      else report({ messageId: "invalid", data: { path, problem: error.problem, schema }, at: error.at, related });
    }
  }
});

// src/chart/known-keys.ts
var FREE_FORM_NAME = /^(.*annotations|.*labels|.*selector|.*selectors|nodeselector|env|envs|envvars|envvariables|environment|extra.*|.*config|.*configs|configuration|.*configmaps?|data|stringdata|binarydata|.*files|.*secrets?|resources|affinity|.*tolerations|.*securitycontext|.*args|command|.*options|.*settings|.*parameters|.*params|.*overrides?|global)$/i;
var KeyCatalog = class {
  defaults;
  subcharts;
  referenced = /* @__PURE__ */ new Set();
  freeForm = /* @__PURE__ */ new Set();
  commented = /* @__PURE__ */ new Set();
  schema;
  constructor(chart) {
    this.defaults = chart.defaultsTree;
    this.subcharts = new Set(chart.input.subcharts ?? []);
    for (const [helmPath, template] of chart.templates) {
      const prefix = scopedValuesPath(helmPath, []);
      scanTemplate(template.text, this.referenced, this.freeForm, prefix);
      if (prefix.length > 0 && /\/_[^/]*$/.test(helmPath)) scanTemplate(template.text, this.referenced, this.freeForm);
    }
    if ([...chart.templates.values()].some((template) => /\btpl\b/.test(template.text))) {
      for (const text2 of stringsIn(chart.coalesced.root)) if (text2.includes(".Values")) scanTemplate(text2, this.referenced, /* @__PURE__ */ new Set());
    }
    if (chart.defaults) scanCommentedKeys(chart.defaults.text, this.commented);
    const parsed = chart.schema ? schemaJson(chart.schema) : void 0;
    this.schema = parsed && "value" in parsed ? parsed.value : void 0;
  }
  /** Verdict for `parent + key`, where `parent` was itself given "descend". */
  classify(parent, key) {
    if (parent.length === 0 && (key === "global" || this.subcharts.has(key))) return { kind: "free" };
    const path = [...parent, key];
    const joined = path.join(".");
    const parentNode = this.defaultsAt(parent);
    if (parentNode?.kind !== "map") return { kind: "free" };
    const child = parentNode.entries.get(key);
    if (child) return isCheckedMap(child, key) && !this.freeForm.has(joined) ? { kind: "descend" } : { kind: "free" };
    if (this.referenced.has(joined) || this.commented.has(joined)) return { kind: "free" };
    const schema = schemaVerdict(this.schema, parent, key);
    if (schema !== "unknown") return { kind: "free" };
    return { kind: "unknown", ...suggestion(key, this.candidates(parent, parentNode)) };
  }
  defaultsAt(path) {
    let node = this.defaults;
    for (const segment of path) node = node?.kind === "map" ? node.entries.get(String(segment)) : void 0;
    return node;
  }
  candidates(parent, parentNode) {
    const prefix = parent.length === 0 ? "" : `${parent.join(".")}.`;
    const out = new Set(parentNode.entries.keys());
    for (const set of [this.referenced, this.commented]) {
      for (const path of set) {
        if (!path.startsWith(prefix)) continue;
        const next = path.slice(prefix.length).split(".")[0];
        if (next) out.add(next);
      }
    }
    for (const name of schemaProperties(this.schema, parent)) out.add(name);
    return [...out];
  }
};
function isCheckedMap(node, key) {
  if (node.kind !== "map" || node.entries.size === 0) return false;
  if (FREE_FORM_NAME.test(key)) return false;
  for (const name of node.entries.keys()) if (/[./]/.test(name) || /^[A-Z][A-Z0-9_]*$/.test(name)) return false;
  return true;
}
function stringsIn(root) {
  const out = [];
  const pending = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node.kind === "scalar") {
      if (typeof node.value === "string") out.push(node.value);
    } else if (node.kind === "map") for (const child of node.entries.values()) pending.push(child);
    else for (const item of node.items) pending.push(item);
  }
  return out;
}
function scanTemplate(text2, referenced, freeForm, prefix = []) {
  const scoped = (segments) => segments[0] === "global" ? segments : [...prefix.map(String), ...segments];
  const add = (segments) => {
    const full = scoped(segments);
    for (let i = 1; i <= full.length; i++) referenced.add(full.slice(0, i).join("."));
  };
  for (const match of text2.matchAll(/\.Values((?:\.[A-Za-z_][\w-]*)+)/g)) add(match[1].slice(1).split("."));
  for (const match of text2.matchAll(/index\s+\$?\.Values((?:\s+"[^"]+")+)/g)) add([...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]));
  const whole = [
    /(?:toYaml|toJson|toPrettyJson|toRawJson|tpl|merge|mergeOverwrite|keys|range\s+(?:\$\w+\s*(?:,\s*\$\w+\s*)?:=\s*)?)\s*\(?\s*\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*[|)}\s]/g,
    /\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*\|\s*(?:toYaml|toJson|toPrettyJson|keys)/g
  ];
  for (const pattern of whole) for (const match of text2.matchAll(pattern)) freeForm.add(scoped(match[1].slice(1).split(".")).join("."));
  for (const match of text2.matchAll(/\{\{-?\s*with\s+\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*-?\}\}/g)) {
    const body = text2.slice(match.index + match[0].length, match.index + match[0].length + 400);
    const end = body.search(/\{\{-?\s*end\b/);
    const scope = end === -1 ? body : body.slice(0, end);
    if (/(toYaml|toJson|tpl|range)\s*\(?\s*\.\s*[|)}\s]|range\s+\$\w+\s*(,\s*\$\w+\s*)?:=\s*\.\s/.test(scope)) freeForm.add(scoped(match[1].slice(1).split(".")).join("."));
  }
}
function scanCommentedKeys(text2, out) {
  const stack = [];
  for (const line of text2.split(/\r?\n/)) {
    const real = /^(\s*)([A-Za-z_][\w.-]*|"[^"]+"|'[^']+'):(?:\s|$)/.exec(line);
    const commented = real ? null : /^(\s*)#+( *)([A-Za-z_][\w-]*):(?:\s|$)/.exec(line);
    if (!real && !commented) continue;
    const indent = real ? real[1].length : commented[1].length + Math.max(commented[2].length - 1, 0);
    const key = real ? real[2].replace(/^["']|["']$/g, "") : commented[3];
    while (stack.length > 0 && stack.at(-1).indent >= indent) stack.pop();
    const path = [...stack.map((entry) => entry.key), key].join(".");
    if (commented) out.add(path);
    stack.push({ indent, key });
  }
}
function schemaVerdict(schema, parent, key) {
  const nodes = schemaNodesAt(schema, schema, parent);
  if (nodes.length === 0) return "unknown";
  let verdict = "unknown";
  for (const node of nodes) {
    const properties = node.properties;
    if (isRecord(properties) && key in properties) return "known";
    const patterns = node.patternProperties;
    if (isRecord(patterns) && Object.keys(patterns).some((pattern) => safeTest(pattern, key))) return "known";
    if (node.additionalProperties === false || node.unevaluatedProperties === false) verdict = "covered";
    else if (isRecord(node.additionalProperties) || node.additionalProperties === true) verdict = verdict === "covered" ? verdict : "free";
  }
  return verdict;
}
function schemaProperties(schema, parent) {
  return schemaNodesAt(schema, schema, parent).flatMap((node) => isRecord(node.properties) ? Object.keys(node.properties) : []);
}
function schemaNodesAt(root, schema, path, depth = 0) {
  if (!isRecord(schema) || depth > 64) return [];
  const expanded = expand2(root, schema, depth);
  if (path.length === 0) return expanded;
  const [head, ...rest] = path;
  const out = [];
  for (const node of expanded) {
    const properties = node.properties;
    if (isRecord(properties) && String(head) in properties) out.push(...schemaNodesAt(root, properties[String(head)], rest, depth + 1));
    else if (isRecord(node.additionalProperties)) out.push(...schemaNodesAt(root, node.additionalProperties, rest, depth + 1));
  }
  return out;
}
function expand2(root, schema, depth) {
  if (depth > 64) return [];
  const out = [schema];
  if (typeof schema.$ref === "string" && schema.$ref.startsWith("#")) {
    let target = root;
    for (const raw of schema.$ref.slice(1).split("/").filter(Boolean)) target = isRecord(target) ? target[raw.replace(/~1/g, "/").replace(/~0/g, "~")] : void 0;
    if (isRecord(target)) out.push(...expand2(root, target, depth + 1));
  }
  if (Array.isArray(schema.allOf)) {
    for (const member of schema.allOf) if (isRecord(member)) out.push(...expand2(root, member, depth + 1));
  }
  return out;
}
function safeTest(pattern, key) {
  try {
    return new RegExp(pattern, "u").test(key);
  } catch {
    return false;
  }
}
function suggestion(key, candidates) {
  const normal = (text2) => text2.toLowerCase().replace(/[-_]/g, "");
  let best;
  for (const name of [...candidates].sort()) {
    if (name === key) continue;
    const distance = normal(name) === normal(key) ? 0.5 : editDistance(key, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return {};
  const limit = key.length <= 4 ? 1 : key.length <= 10 ? 2 : 3;
  return best.distance <= limit ? { suggestion: best.name } : {};
}
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2][j - 2] + 1);
      d[i][j] = value;
    }
  }
  return d[a.length][b.length];
}

// rules/values-unknown-key.ts
var values_unknown_key_default = defineRule({
  meta: {
    id: "values-unknown-key",
    name: "ValuesUnknownKey",
    input: "values",
    defaultSeverity: "note",
    description: "An override key does not exist in the chart's values.yaml, so Helm ignores it",
    details: "Helm accepts any key in a values file; a key the chart's templates never read is silently ignored, so a typo such as `replicaCont` or `image.tga` leaves the chart default in force. With the chart's own values.yaml (--chart DIR, or --chart-values), this rule flags override keys that the chart does not define, does not document in a commented-out line, and whose templates do not read, with a did-you-mean suggestion. Maps that are free-form by design are not checked below their own level: defaults that are empty maps or lists, scalars, annotations, labels, selectors, env maps, `extra*` keys, maps the templates pass whole to toYaml or range, subcharts and `global`. When the chart's values.schema.json forbids additional properties, values-schema reports the key instead.",
    remediation: "Correct the key to one the chart defines (see the suggestion), or remove it.",
    example: "# chart values.yaml: {replicaCount: 1}\n# wrong\nreplicaCont: 3\n# right\nreplicaCount: 3",
    tags: ["correctness", "helm"],
    messages: {
      unknown: `unknown key "{{key}}" in {{parent}}: the chart's values.yaml does not have it, so Helm ignores it`,
      unknownSuggest: `unknown key "{{key}}" in {{parent}}: the chart's values.yaml does not have it, so Helm ignores it; did you mean "{{suggestion}}"?`
    }
  },
  check({ model, report }) {
    const chart = model.chart;
    if (!chart?.defaultsTree) return;
    const catalog = new KeyCatalog({ ...chart, defaultsTree: chart.defaultsTree });
    const emit = (verdict, parent, key, at) => {
      const data = { key, parent: parent.length === 0 ? "the top level" : formatPath(parent) };
      if (verdict.suggestion) report({ messageId: "unknownSuggest", data: { ...data, suggestion: verdict.suggestion }, at });
      else report({ messageId: "unknown", data, at });
    };
    for (const layer of chart.userLayers) {
      if (layer.tree && layer.source instanceof YamlFileSource) {
        const source = layer.source;
        const visit = (node, path) => {
          for (const [key, child] of node.entries) {
            const verdict = catalog.classify(path, key);
            if (verdict.kind === "unknown") emit(verdict, path, key, { source, path: [...path, key], part: "key" });
            else if (verdict.kind === "descend" && child.kind === "map") visit(child, [...path, key]);
          }
        };
        visit(layer.tree, []);
        continue;
      }
      for (const written of layer.paths) {
        for (let i = 0; i < written.length; i++) {
          const key = written[i];
          if (typeof key === "number") break;
          const verdict = catalog.classify(written.slice(0, i), key);
          if (verdict.kind === "unknown") emit(verdict, written.slice(0, i), key, { source: layer.source, path: written.slice(0, i + 1), part: "key" });
          if (verdict.kind !== "descend") break;
        }
      }
    }
  }
});

// rules/yaml-syntax.ts
var yaml_syntax_default = defineRule({
  meta: {
    id: "yaml-syntax",
    name: "YamlSyntax",
    input: "any",
    defaultSeverity: "error",
    description: "A values file or manifest is not valid YAML, or not the shape Helm reads",
    details: "Helm refuses a values file it cannot parse, reads only the first document of a multi-document values file (helm 3; helm 4 merges them all, later documents winning), reads plain scalars the YAML 1.1 way of go-yaml v2 and then as JSON (so `.inf`, `.nan` and a `null:` key make it fail), and needs a map at the top. A values file that is a rendered Kubernetes manifest (top-level `apiVersion`, `kind` and `metadata`) is a warning: helm would take it as values, and its workloads are checked only when it is passed with `-m`. A manifest document that is not a Kubernetes object (no `apiVersion` or `kind`, one that is not a string, or a list or a scalar instead of a map) is an error, as kubectl and helm refuse it; a values file passed with `-m` is one. A rendered manifest that does not parse cannot be applied. Nothing else in the file can be checked until it parses.",
    remediation: "Fix the YAML at the reported position so that the file parses as a single map.",
    example: "# wrong: the flow map is never closed\nresources: {limits: {cpu: 2}\n# right\nresources: {limits: {cpu: 2}}",
    tags: ["correctness", "yaml"],
    messages: {
      syntax: "{{message}}",
      limit: "input exceeds a safety limit: {{message}}",
      ignored: "{{message}}",
      manifestAsValues: "{{message}}",
      notAnObject: "{{message}}"
    }
  },
  check({ model, report }) {
    for (const problem of model.problems) {
      if (problem.kind === "syntax") report({ messageId: "syntax", data: { message: problem.message }, at: problem.at });
      if (problem.kind === "ignored") report({ messageId: "ignored", data: { message: problem.message }, at: problem.at, severity: "warning" });
      if (problem.kind === "manifest") report({ messageId: "manifestAsValues", data: { message: problem.message }, at: problem.at, severity: "warning" });
      if (problem.kind === "object") report({ messageId: "notAnObject", data: { message: problem.message }, at: problem.at });
      if (problem.kind === "limit") report({ messageId: "limit", data: { message: problem.message }, at: problem.at });
    }
  }
});

// rules/registry.ts
var rules = [
  budget_id_change_default,
  budget_id_expected_default,
  budget_id_invalid_default,
  budget_id_mismatch_default,
  budget_id_restart_default,
  codemie_budget_drift_default,
  codemie_budget_flags_default,
  codemie_budgets_config_default,
  codemie_ignored_env_default,
  config_data_invalid_default,
  duplicate_key_default,
  env_duplicate_default,
  env_value_type_default,
  helm_template_default,
  litellm_budget_exists_default,
  litellm_budget_limits_default,
  litellm_budget_soft_default,
  litellm_global_budget_default,
  litellm_image_advisory_default,
  litellm_key_unlimited_default,
  litellm_proxy_settings_default,
  litellm_service_url_default,
  litellm_unverified_default,
  litellm_version_advisory_default,
  plaintext_credential_default,
  suppression_directive_default,
  values_schema_default,
  values_unknown_key_default,
  yaml_syntax_default
];

// src/engine/config.ts
var ENV_NAME = "^LITE_?LLM_[A-Za-z0-9_]*$";
var SEVERITY_SETTING = { enum: ["off", "note", "warning", "warn", "error"] };
function configSchema(rules2) {
  const ruleEntries = Object.fromEntries(
    rules2.map((rule) => [
      rule.meta.id,
      {
        anyOf: [
          SEVERITY_SETTING,
          {
            type: "object",
            additionalProperties: false,
            properties: { severity: SEVERITY_SETTING, options: rule.meta.optionsSchema ?? { type: "object", additionalProperties: false } }
          }
        ],
        description: rule.meta.description
      }
    ])
  );
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: `${HOME_URL}/blob/main/schemas/config.schema.json`,
    title: "litellm-preflight configuration (.litellm-preflight.yaml)",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      rules: { type: "object", additionalProperties: false, properties: ruleEntries },
      budgetIdEnv: {
        description: "Env names that carry the end-user budget id, in priority order",
        type: "array",
        minItems: 1,
        items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }
      },
      defaultBudgetId: { description: "The budget id in effect where none is set", type: "string", minLength: 1, pattern: "\\S" },
      ignore: { description: "Globs of files whose findings are dropped, relative to this file's directory", type: "array", items: { type: "string", minLength: 1 } },
      limits: {
        description: "Bounds for untrusted input (docs/limits.md)",
        type: "object",
        additionalProperties: false,
        properties: {
          maxFileBytes: { description: "Largest input file or stdin, in bytes (default 134217728)", type: "integer", minimum: 1 },
          maxValuesFileBytes: { description: "Largest values file, in bytes (default 16777216): values files are parsed whole, with positions", type: "integer", minimum: 1 },
          maxDepth: { description: "Deepest YAML nesting (default 500)", type: "integer", minimum: 1, maximum: 1e5 },
          maxAliases: { description: "Most YAML alias references per document (default 1000)", type: "integer", minimum: 0 }
        }
      },
      environments: {
        description: "Named environments (dev, staging, prod): `lint` with no inputs runs them all, --environment NAME some. Paths are relative to this config file",
        type: "object",
        minProperties: 1,
        propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", maxLength: 64 },
        additionalProperties: {
          type: "object",
          additionalProperties: false,
          properties: {
            values: { description: "Values files, merged in order like helm -f", type: "array", items: { type: "string", minLength: 1 } },
            set: { description: "--set assignments, applied after the files", type: "array", items: { type: "string" } },
            setString: { description: "--set-string assignments", type: "array", items: { type: "string" } },
            setLiteral: { description: "--set-literal assignments (the value is the rest of each item)", type: "array", items: { type: "string" } },
            manifests: { description: "Rendered manifest files", type: "array", items: { type: "string", minLength: 1 } },
            chart: { description: "A chart directory or reference rendered with helm template and the layers above", type: ["string", "null"], minLength: 1 },
            budgetId: { description: "The budget id this environment must get (rule budget-id-expected)", type: "string", minLength: 1 },
            litellm: {
              description: "Names of the environment variables that hold this environment's LiteLLM URL and keys (never the values)",
              type: "object",
              additionalProperties: false,
              properties: {
                urlEnv: { type: "string", pattern: ENV_NAME },
                masterKeyEnv: { type: "string", pattern: ENV_NAME },
                apiKeyEnv: { type: "string", pattern: ENV_NAME },
                keyAlias: { type: "string", minLength: 1 }
              }
            }
          }
        }
      },
      baseline: { description: "Baseline file (relative to this config file): findings recorded in it are hidden; write it with --write-baseline", type: "string", minLength: 1 },
      codemie: {
        description: "The CodeMie profile (CodeMie rules, DEFAULT_BUDGET_ID as a budget-id variable): auto turns it on when the inputs look like CodeMie's chart",
        enum: ["auto", "on", "off"]
      }
    }
  };
}
var CONFIG_AJV_OPTIONS = { allErrors: true, strict: false };
async function validatorFor(schema) {
  const compiled = await import("./config-validator-JACZTG7U.js");
  if (JSON.stringify(schema) === compiled.SCHEMA_JSON) return compiled.validate;
  const ajvModule = await import("./ajv-QP5CJEHF.js");
  const Ajv = ajvModule.Ajv ?? ("Ajv" in ajvModule.default ? ajvModule.default.Ajv : ajvModule.default);
  return new Ajv(CONFIG_AJV_OPTIONS).compile(schema);
}
async function parseConfig(name, text2, rules2, base) {
  const source = new YamlFileSource({ name, text: text2 }, "config");
  const doc = source.document;
  const where = (path, part = "key", offsets) => {
    const { start } = source.locate(path, part, offsets);
    return `${name}:${start.line}:${start.column}`;
  };
  if (doc && doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new UsageError(`${where([], "key", [error.pos[0], error.pos[1]])}: invalid YAML: ${yamlErrorMessage(error)}`);
  }
  const problems = [];
  const tree = doc ? buildTree(doc, source, problems) : null;
  const duplicate = problems.find((problem) => problem.kind === "duplicate-key");
  if (duplicate) throw new UsageError(`${where(duplicate.at.path, "key", duplicate.at.offsets)}: key "${duplicate.message}" is repeated`);
  const unread = problems.find((problem) => problem.kind === "limit" || problem.kind === "syntax");
  if (unread) throw new UsageError(`${where(unread.at.path, "key", unread.at.offsets)}: ${unread.message}`);
  const config = toJS(tree) ?? {};
  const validate = await validatorFor(configSchema(rules2));
  if (!validate(config)) {
    const lines = configErrors(validate.errors ?? [], rules2).map(({ path, part, text: text3 }) => ({ at: source.locate(path, part).start, text: `${where(path, part)}: ${text3}` }));
    lines.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
    throw new UsageError([...new Set(lines.map((line) => line.text))].join("\n"));
  }
  const severities = { ...base.severities };
  const ruleOptions = { ...base.ruleOptions };
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (typeof setting === "string") severities[id] = severitySetting(setting);
    else if (setting && typeof setting === "object") {
      const { severity, options } = setting;
      if (severity) severities[id] = severitySetting(severity);
      if (options) ruleOptions[id] = options;
    }
  }
  return {
    ...base,
    severities,
    ruleOptions,
    budgetIdEnv: config.budgetIdEnv ?? base.budgetIdEnv,
    defaultBudgetId: config.defaultBudgetId ?? base.defaultBudgetId,
    ignore: [...base.ignore, ...config.ignore ?? []],
    codemie: config.codemie ?? base.codemie ?? "auto",
    ...typeof config.baseline === "string" ? { baseline: config.baseline } : {},
    ...config.environments ? { environments: config.environments } : {},
    ...limitsFrom(config.limits, base)
  };
}
function severitySetting(written) {
  return written === "warn" ? "warning" : written;
}
function configErrors(errors, rules2) {
  const pathOf = (error) => error.instancePath.split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  const specific = errors.filter((error) => error.keyword !== "anyOf");
  const kept = specific.filter((error) => !(error.keyword === "type" && specific.some((other) => other !== error && other.instancePath === error.instancePath && other.keyword === "enum")));
  const inside = (error) => kept.some((other) => other !== error && (other.instancePath.startsWith(`${error.instancePath}/`) || other.instancePath === error.instancePath && other.keyword === "additionalProperties"));
  const said = kept.filter((error) => !((error.keyword === "enum" || error.keyword === "type") && inside(error)) && error.keyword !== "propertyNames");
  return said.map((error) => {
    const path = pathOf(error);
    if (error.keyword === "additionalProperty" || error.keyword === "additionalProperties") {
      const key = String(error.params.additionalProperty);
      const isRule = path.length === 1 && path[0] === "rules";
      const guess = closest(key, isRule ? rules2.map((rule) => rule.meta.id) : []);
      const what = isRule ? `unknown rule "${key}"` : `unknown key "${key}"`;
      return { path: [...path, key], part: "key", text: `${what}${path.length ? ` in ${path.join(".")}` : ""}${guess ? `; did you mean "${guess}"?` : ""}` };
    }
    if (error.keyword === "enum") {
      const allowed = error.params.allowedValues.filter((value) => value !== "warn").map(String);
      return { path, part: "value", text: `${path.join(".") || "config"} must be one of ${allowed.join(", ")}` };
    }
    if (error.propertyName !== void 0) return { path: [...path, error.propertyName], part: "key", text: `${path.join(".")} name ${JSON.stringify(error.propertyName)} ${error.message ?? "is invalid"}` };
    if (error.keyword === "minProperties" && path.join(".") === "environments") return { path, part: "value", text: "environments names none: give at least one, or leave the key out" };
    if (error.keyword === "pattern" && error.params.pattern === "\\S") return { path, part: "value", text: `${path.join(".")} takes a budget id, not white space only` };
    return { path, part: "value", text: `${path.join(".") || "config"} ${error.message ?? "is invalid"}` };
  });
}
function limitsFrom(limits, base) {
  if (!limits) return {};
  const build = { ...DEFAULT_BUILD_LIMITS, ...base.limits };
  return {
    maxFileBytes: limits.maxFileBytes ?? base.maxFileBytes,
    maxValuesFileBytes: limits.maxValuesFileBytes ?? base.maxValuesFileBytes,
    limits: { maxDepth: limits.maxDepth ?? build.maxDepth, maxAliases: limits.maxAliases ?? build.maxAliases }
  };
}

// src/io/find-up.ts
import { dirname, join, resolve } from "node:path";
var CONFIG_NAMES = [".litellm-preflight.yaml", ".litellm-preflight.yml"];
function findUp(start, names, exists) {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const name of names) if (exists(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return void 0;
  }
}
function findConfigFile(start, exists = existsSync) {
  return findUp(start, CONFIG_NAMES, exists);
}
function findGitRoot(start, exists = existsSync) {
  const marker = findUp(start, [".git"], exists);
  return marker && dirname(marker);
}

// src/format/json.ts
function jsonLocation(location) {
  const out = {
    file: location.file,
    line: location.start.line,
    column: location.start.column,
    endLine: location.end.line,
    endColumn: location.end.column,
    path: formatPath(location.path)
  };
  if (location.doc !== void 0) out.doc = location.doc;
  if (location.object) out.object = location.object;
  return out;
}
function jsonFinding(finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    location: jsonLocation(finding.location),
    related: finding.related.map(jsonLocation),
    ...finding.suppressed ? { suppressed: finding.suppressed } : {},
    ...finding.remediation ? { remediation: finding.remediation } : {},
    ...finding.baseline ? { baseline: finding.baseline } : {},
    ...finding.environments ? { environments: finding.environments } : {}
  };
}
function jsonBudgetId(report) {
  return {
    id: report.id,
    source: report.source,
    envName: report.envName,
    ...report.category !== void 0 ? { category: report.category } : {},
    scope: report.scope,
    location: report.location ? jsonLocation(report.location) : null,
    ...report.environments ? { environments: report.environments } : {}
  };
}
function jsonLive({ status, requests, reason, litellmVersion, notices }) {
  return { status, requests, ...reason ? { reason } : {}, ...litellmVersion ? { litellmVersion } : {}, ...notices.length ? { notices } : {} };
}
function* jsonText(result, tool) {
  const before = { schemaVersion: 1, tool, budgetIds: result.budgetIds.map(jsonBudgetId) };
  const after = {
    live: jsonLive(result.live),
    stats: result.stats,
    ...result.helm ? { helm: result.helm } : {},
    ...result.baseline ? { staleBaseline: result.baseline.stale } : {},
    ...result.environments ? { environments: result.environments.map(({ name, live, budgetIds }) => ({ name, live: jsonLive(live), budgetIds: budgetIds.map(jsonBudgetId) })) } : {}
  };
  yield `${JSON.stringify(before, null, 2).slice(0, -2)},
  "findings": `;
  yield* jsonArrayPieces(result.findings, 1, jsonFinding);
  yield `,${JSON.stringify(after, null, 2).slice(1)}
`;
}

export {
  rules,
  parseConfig,
  findConfigFile,
  findGitRoot,
  jsonBudgetId,
  jsonText
};
