/** What the live checks look up, and where their findings point, derived from the lint model. */
import type { LintModel } from "../engine/model.ts";
import { proxySetting } from "../litellm/chart-values.ts";
import { budgetIdDefect } from "../facts/budget-ids.ts";
import type { ResolvedVar } from "../kube/env.ts";
import { placeKey, type NodeRef, type SourceHandle } from "../core/source.ts";

export interface BudgetTarget {
  /** The budget id as sent to the proxy. */
  id: string;
  /** The id for messages: the id, or a placeholder when it comes from a Secret. */
  shown: string;
  /** The id is held in a Secret: never quoted, no suggestions. */
  sensitive: boolean;
  /** No budget-id variable is set anywhere: the built-in default applies. */
  isDefault: boolean;
  /** The variable name, for messages. */
  envName: string;
  /** Where findings point: the values line that sets the id (or the first input for the default). */
  at: NodeRef;
  /** Other places that set the same id (at most MAX_RELATED). */
  related: NodeRef[];
  /** How many places set it. */
  places: number;
  /** Set by CodeMie's budgets-config.yaml (a predefined budget CodeMie can create itself). */
  fromBudgetsConfig?: boolean;
  /** That file's limits for it: a budget created by hand should carry them (codemie-budget-drift compares them). */
  predefined?: { maxBudget: number | undefined; softBudget: number | undefined; duration: string | undefined };
  /** The LiteLLM chart's `litellm_settings.max_end_user_budget_id` (the default of every end user). */
  endUserDefault?: boolean;
}

const MAX_RELATED = 10;

/** Ids that budget-id-invalid reports already: looking them up would only repeat that finding. */
export function isLookupCandidate(id: string, variable?: ResolvedVar | null): boolean {
  return budgetIdDefect(id, variable) === undefined && id.length <= 512;
}

/** Distinct effective budget ids, in input order, each with the place a pull request would edit. */
export function budgetTargets(model: LintModel, budgetIdEnv: string): BudgetTarget[] {
  const byId = new Map<string, BudgetTarget>();
  const seenAt = new Map<string, Set<string>>();
  for (const fact of model.facts.budgetIds) {
    // A manifest fact supplied by a values file is reported at that values line.
    const effective = fact.mappedTo ?? fact;
    const id = effective.id;
    if (id === undefined || !isLookupCandidate(id, effective.variable)) continue;
    const isDefault = effective.source === "default";
    const at = effective.at ?? firstInput(model);
    const where = placeKey(at);
    const sensitive = effective.variable?.sensitive === true;
    let target = byId.get(id);
    if (!target) {
      target = { id, shown: sensitive ? "(value from a Secret)" : id, sensitive, isDefault, envName: effective.envName ?? budgetIdEnv, at, related: [], places: 0 };
      if (effective.source === "budgets-config") {
        target.fromBudgetsConfig = true;
        const entry = model.codemie.budgetsConfigs.flatMap((config) => config.entries).find((candidate) => candidate.budgetId === id);
        if (entry) target.predefined = { maxBudget: entry.maxBudget, softBudget: entry.softBudget, duration: entry.duration };
      }
      byId.set(id, target);
      seenAt.set(id, new Set());
    }
    const seen = seenAt.get(id)!;
    if (seen.has(where)) continue;
    seen.add(where);
    target.places++;
    if (target.places > 1 && target.related.length < MAX_RELATED) target.related.push(at);
    if (target.sensitive !== sensitive) target.sensitive = target.sensitive || sensitive;
  }
  const targets = [...byId.values()];
  const fallback = endUserDefaultTarget(model);
  if (fallback) targets.push(fallback);
  return targets;
}

/** `litellm_settings.max_end_user_budget_id` of the LiteLLM chart's values, when they are linted. */
function endUserDefaultTarget(model: LintModel): BudgetTarget | undefined {
  const node = model.litellm ? proxySetting(model.litellm, "litellm_settings", "max_end_user_budget_id") : undefined;
  if (node?.kind !== "scalar" || (typeof node.value !== "string" && typeof node.value !== "number")) return undefined;
  const id = String(node.value);
  if (!isLookupCandidate(id)) return undefined;
  const at = { ...node.origin, part: "value" as const };
  return { id, shown: id, sensitive: false, isDefault: false, envName: "litellm_settings.max_end_user_budget_id", at, related: [], places: 1, endUserDefault: true };
}

/** Env names that carry the platform's integration key in values files. */
const APP_KEY_ENV = ["LITE_LLM_APP_KEY", "LITELLM_API_KEY"];

/** Where key and unverified findings point: the values' integration-key env entry, else the first input. */
export function keyAnchor(model: LintModel): NodeRef {
  return envAnchor(model, APP_KEY_ENV) ?? firstInput(model);
}

/** CodeMie's second platform key: proxy endpoints used by coding agents (falls back to LITE_LLM_APP_KEY). */
export const PROXY_KEY_ENV = "LITE_LLM_PROXY_APP_KEY";

/** The name of the first values env entry with one of these names (never its value). */
export function envAnchor(model: LintModel, names: readonly string[]): NodeRef | undefined {
  for (const name of names) {
    for (const list of model.facts.envLists) {
      if (list.origin !== "values") continue;
      const entry = list.entries.find((candidate) => candidate.name === name);
      // The entry's name, not its value: the finding is about the key, the line shows no secret.
      if (entry) return list.style === "list" ? { source: entry.at.source, path: [...entry.at.path, "name"] } : { ...entry.at, part: "key", sensitive: false };
    }
  }
  return undefined;
}

/** The first values file, else the first --set, else the first manifest document (path []). */
export function firstInput(model: LintModel): NodeRef {
  const values = model.values;
  const file = values?.files[0];
  if (file) return { source: file, path: [] };
  const set = values?.sets[0];
  if (set) return { source: set, path: [] };
  const manifest = model.manifests?.objects[0]?.source;
  if (manifest) return { source: manifest, path: [] };
  return { source: NO_INPUT, path: [] };
}

/** Only when the inputs hold no document at all (empty files): findings still need a place. */
const NO_INPUT: SourceHandle = {
  kind: "config",
  file: "<inputs>",
  locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, path: [] }),
  lineText: () => undefined,
};
