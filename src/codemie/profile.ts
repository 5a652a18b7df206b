/**
 * Layer `codemie`: the CodeMie profile, its budgets-config.yaml (and the budget ids it adds) and
 * their mounts. May import core, yaml, kube, inputs, chart and facts.
 *
 * Whether the inputs are CodeMie's, and which CodeMie version they deploy. CodeMie rules and the
 * legacy `DEFAULT_BUDGET_ID` variable apply only under this profile.
 */
import type { ChartModel } from "../chart/model.ts";
import type { NodeRef } from "../core/source.ts";
import type { EnvList, EnvScope } from "../facts/types.ts";
import type { ManifestModel } from "../inputs/manifests.ts";
import type { ValuesModel } from "../inputs/values.ts";
import type { VNode, VScalar } from "../yaml/vnode.ts";
import type { BudgetsConfig } from "./budgets-config.ts";

export type ProfileSetting = "auto" | "on" | "off";

export interface CodemieVersion {
  major: number;
  minor: number;
  patch: number;
  text: string;
  at: NodeRef | null;
}

export interface CodemieProfile {
  active: boolean;
  version: CodemieVersion | undefined;
  budgetsConfigs: BudgetsConfig[];
}

const CHART_MARKERS = ["dsPool", "proxyPool", "argoRollout", "ingressSwagger", "ingressWebHooks"];
const CODEMIE_ENV = new Set(["LLM_PROXY_ENABLED", "LLM_PROXY_MODE", "LITE_LLM_URL", "LITE_LLM_APP_KEY", "LITE_LLM_MASTER_KEY"]);

export function detectCodemie(
  setting: ProfileSetting,
  values: ValuesModel | null,
  manifests: ManifestModel | null,
  envLists: EnvList[],
  budgetsConfigs: BudgetsConfig[],
  chart: ChartModel | null = null,
): CodemieProfile {
  const version = valuesVersion(values) ?? manifestVersion(manifests);
  const active =
    setting === "on" ||
    (setting === "auto" &&
      (budgetsConfigs.length > 0 ||
        looksLikeChart(values?.root) ||
        (chart !== null && isCodemieChart(chart)) ||
        envLists.some(setsCodemieEnv) ||
        (manifests?.objects.some((object) => object.images.some((image) => /codemie/i.test(image))) ?? false)));
  return { active, version, budgetsConfigs };
}

/** By name, without making the entries (a manifest's list makes them when asked: thousands). */
function setsCodemieEnv(list: EnvList): boolean {
  for (let index = 0; index < list.length; index++) if (CODEMIE_ENV.has(list.nameAt(index))) return true;
  return false;
}

function looksLikeChart(root: VNode | undefined): boolean {
  if (root?.kind !== "map") return false;
  const maps = [root, ...[...root.entries.values()].filter((child) => child.kind === "map")];
  return maps.some((map) => map.kind === "map" && (map.entries.has("extraEnv") || map.entries.has("customEnv")) && CHART_MARKERS.some((key) => map.entries.has(key)));
}

/** CodeMie's own chart (or a copy of it) is known by its name, its defaults or its templates, whatever the values hold. */
function isCodemieChart(chart: ChartModel): boolean {
  if (chart.input.chartName === "codemie") return true;
  if (looksLikeChart(chart.defaultsTree ?? undefined)) return true;
  const read = (key: string) => [...chart.templates.values()].some((template) => template.text.includes(`.Values.${key}`));
  return (read("extraEnv") || read("customEnv")) && CHART_MARKERS.some(read);
}

function parseVersion(text: string, at: NodeRef | null): CodemieVersion | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  // 0.x is no CodeMie release: it is the chart's placeholder appVersion (0.1.0), rendered when image.tag is empty.
  if (!match || match[1] === "0") return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0), text: text.trim(), at };
}

/** The API's `image.tag` values: at the root or in a subchart block (`codemie:`, `codemie-api:`), set and not empty. */
export function apiImageTags(values: ValuesModel | null): VScalar[] {
  const root = values?.root;
  if (!root) return [];
  const candidates = [root, ...[...root.entries.entries()].filter(([key]) => API_NAME.test(key)).map(([, child]) => child)];
  return candidates.flatMap((map) => {
    const image = map.kind === "map" ? map.entries.get("image") : undefined;
    const tag = image?.kind === "map" ? image.entries.get("tag") : undefined;
    return tag?.kind === "scalar" && tag.value !== null && String(tag.value) !== "" ? [tag] : [];
  });
}

function valuesVersion(values: ValuesModel | null): CodemieVersion | undefined {
  for (const tag of apiImageTags(values)) {
    const version = parseVersion(String(tag.value), tag.origin);
    if (version) return version;
  }
  return undefined;
}

/**
 * The CodeMie API's image (`…/codemie:2.42.0`, `codemie-api:2.42.0`) and subchart key: its other
 * images (codemie-ui, codemie-nats-auth-callout, codemie-mcp-connect-service) have versions of their own.
 */
const API_NAME = /^codemie(?:-api)?$/i;
const API_IMAGE = /(?:^|\/)codemie(?:-api)?:([^@/]+)(?:@.*)?$/i;

function manifestVersion(manifests: ManifestModel | null): CodemieVersion | undefined {
  // Renders repeat one image in every release: each is matched once.
  const seen = new Set<string>();
  for (const object of manifests?.objects ?? []) {
    for (const image of object.images) {
      if (seen.has(image)) continue;
      seen.add(image);
      const match = API_IMAGE.exec(image);
      const version = match ? parseVersion(match[1]!, null) : undefined;
      if (version) return version;
    }
  }
  return undefined;
}

export function atLeast(version: CodemieVersion, major: number, minor: number): boolean {
  return version.major > major || (version.major === major && version.minor >= minor);
}

/** CodeMie before 2.23 read DEFAULT_BUDGET_ID; 2.23 and later read budgets-config.yaml instead. */
const BUDGETS_FILE_SINCE: [number, number] = [2, 23];
const LEGACY_BUDGET_ID_ENV = "DEFAULT_BUDGET_ID";

/**
 * The env variables that give the platform's budget id under this profile: the configured ones
 * (`LITELLM_BUDGET_ID`, the documented contract), and DEFAULT_BUDGET_ID for a CodeMie that reads
 * it: before 2.23, or of no known version.
 */
export function budgetIdVariables(profile: CodemieProfile, configured: readonly string[]): string[] {
  if (!profile.active || (profile.version && atLeast(profile.version, ...BUDGETS_FILE_SINCE))) return [...configured];
  return [...new Set([...configured, LEGACY_BUDGET_ID_ENV])];
}

/** Whether the CodeMie version in use reads budgets-config.yaml: 2.23 and later, or a version not known. */
export function readsBudgetsConfig(profile: CodemieProfile): boolean {
  return !profile.version || atLeast(profile.version, ...BUDGETS_FILE_SINCE);
}

/** pydantic's true spellings (any case, as written: " true" is no boolean at all). */
const PYDANTIC_TRUE = /^(true|1|yes|on|t|y)$/i;

/** Whether a CodeMie boolean setting's text is true. */
export function isOn(text: string | undefined): boolean {
  return PYDANTIC_TRUE.test(text ?? "");
}

/**
 * Whether CodeMie reconciles budgets-config.yaml into LiteLLM at start: it schedules that only with
 * the proxy, budget checking and reconciliation on (_schedule_budget_reconciliation), in one workload.
 */
export function reconcilesBudgets(scopes: readonly EnvScope[]): boolean {
  return scopes.some((scope) => ["LLM_PROXY_ENABLED", "LLM_PROXY_BUDGET_CHECK_ENABLED", "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED"].every((name) => isOn(scope.vars.get(name)?.value)));
}
