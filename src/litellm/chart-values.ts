/**
 * Layer `litellm`: the LiteLLM Helm chart's own values (BerriAI/litellm `deploy/charts/litellm-helm`),
 * linted in the same run as the platform's: layered like `-f`, read with the chart's defaults where a
 * key is not set, and the names the chart derives from them (fullname, Service port, image tag).
 * May import core, yaml, kube, inputs, chart and facts.
 */
import type { NodeRef } from "../core/source.ts";
import type { Remediation } from "../core/types.ts";
import { isRecord } from "../core/guards.ts";
import type { SetAssignment } from "../inputs/set-parser.ts";
import { coalesceValues, loadValues, SetSource, type TextInput, type ValuesModel, type YamlFileSource } from "../inputs/values.ts";
import { isTruthy, type BuildLimits, type VMap, type VNode } from "../yaml/vnode.ts";

export interface LiteLLMChartModel {
  values: ValuesModel;
  /** --litellm-release (default `litellm`), for the chart's fullname. */
  release: string;
  /** Where findings about the chart as a whole point: the first LiteLLM values file. */
  anchor: NodeRef;
}

export const DEFAULT_LITELLM_RELEASE = "litellm";

/** The chart's name (Chart.yaml) and the defaults of its values.yaml (BerriAI/litellm 00eb60c). */
const CHART_NAME = "litellm-helm";
const DEFAULT_NAME_OVERRIDE = "litellm";
const DEFAULT_SERVICE_PORT = 4000;

/** A value of the coalesced LiteLLM values, with where it is written (undefined = the chart default applies). */
export interface Setting<T> {
  value: T;
  at?: NodeRef;
}

/**
 * The LiteLLM chart's values: the files given for it (--litellm-values) and the -f layers of its
 * shape (already parsed, see `separateLiteLLMLayers`), layered in that order.
 */
export function buildLiteLLMChart(
  files: TextInput[],
  detected: LiteLLMLayers,
  release: string | undefined,
  limits?: BuildLimits,
): LiteLLMChartModel | null {
  if (files.length === 0 && detected.files.length === 0) return null;
  const given = loadValues(files, [], limits);
  // A wrapper chart's values hold the upstream chart's under `litellm-helm:`: those are what the proxy runs with.
  const trees = given.trees.map((tree) => (tree && wrappedLiteLLMValues(tree, true)) ?? tree);
  const coalesced = coalesceValues([...given.files, ...detected.files], [...trees, ...detected.trees], detected.sets ?? []);
  // Problems of detected layers are reported with the platform's values, where they were read.
  const values: ValuesModel = { ...coalesced, problems: given.problems };
  return { values, release: release || DEFAULT_LITELLM_RELEASE, anchor: { source: values.files[0]!, path: [] } };
}

/**
 * -f layers that are the LiteLLM chart's values rather than the platform's: a top-level
 * `proxy_config`, `masterkey`, `masterkeySecretName`, `proxyConfigMap`, or an image from
 * `berriai/litellm`, and no top-level env list (`extraEnv:`, `env:`), which only a platform has;
 * or a wrapper's, with such values under `litellm-helm:`. The platform keeps the rest and the --set flags
 * (which go to the LiteLLM values when no platform file is given); each file is parsed once.
 */
/** -f layers read as the LiteLLM chart's values, and the --set flags when no platform file is given. */
export interface LiteLLMLayers {
  files: YamlFileSource[];
  trees: (VMap | null)[];
  sets?: SetSource[];
}

export function separateLiteLLMLayers(values: ValuesModel): { platform: ValuesModel | null; litellm: LiteLLMLayers } {
  const litellm: LiteLLMLayers = { files: [], trees: [] };
  const platform = { files: [] as YamlFileSource[], trees: [] as (VMap | null)[] };
  let wrapper = false;
  values.files.forEach((file, i) => {
    const tree = values.trees[i] ?? null;
    const wrapped = tree && wrappedLiteLLMValues(tree);
    // A wrapper's `litellm-helm:` is the LiteLLM chart's; the file stays the platform's too when it holds env lists.
    if (wrapped) {
      wrapper = true;
      litellm.files.push(file);
      litellm.trees.push(wrapped);
      if (!holdsEnvLists(tree)) return;
    }
    const side = tree && looksLikeLiteLLMChart(tree) ? litellm : platform;
    side.files.push(file);
    side.trees.push(tree);
  });
  if (litellm.files.length === 0) return { platform: values, litellm };
  // A wrapper chart hands its subchart `.Values.litellm-helm`: the flags under that key reach it, in
  // the same helm run as the wrapper's own values.
  const wrapperSets = wrapper ? values.sets.flatMap((set) => subchartSet(set, CHART_NAME) ?? []) : undefined;
  const withSets = (sets: SetSource[] | undefined): LiteLLMLayers => (sets ? { ...litellm, sets } : litellm);
  if (platform.files.length === values.files.length) return { platform: values, litellm: withSets(wrapperSets) };
  // Only LiteLLM values: --set flags change them, as helm applies them to the one chart it renders.
  if (platform.files.length === 0) return { platform: null, litellm: withSets(wrapperSets ?? values.sets) };
  return { platform: { ...coalesceValues(platform.files, platform.trees, values.sets), problems: values.problems }, litellm: withSets(wrapperSets) };
}

/** A --set flag's assignments under `key`, as the subchart of that name gets them (undefined: none is). */
function subchartSet(set: SetSource, key: string): SetSource | undefined {
  const under = set.assignments.flatMap((assignment): SetAssignment[] => {
    const object = assignment.value;
    // helm 4's `--set-json '{"litellm-helm": {…}}'`: the part under the key, merged the same way.
    if (assignment.terminal === "merge") return isRecord(object) && isRecord(object[key]) ? [{ ...assignment, value: object[key], jsonPrefix: [key] }] : [];
    if (assignment.path[0] !== key) return [];
    // `--set-json 'litellm-helm={…}'` replaces the subchart's values whole.
    if (assignment.path.length === 1) return assignment.flag === "--set-json" && assignment.terminal === "value" && isRecord(object) ? [{ ...assignment, path: [], segmentOffsets: [], terminal: "replace" }] : [];
    return [{ ...assignment, path: assignment.path.slice(1), segmentOffsets: assignment.segmentOffsets.slice(1) }];
  });
  if (under.length === 0) return undefined;
  return new SetSource(set.input, under);
}

/**
 * The upstream chart's values in a wrapper chart that has it as the subchart `litellm-helm` (the
 * wrapper CodeMie documents for LiteLLM): helm hands the subchart `.Values.litellm-helm`.
 */
function wrappedLiteLLMValues(root: VMap, given = false): VMap | null {
  if (looksLikeLiteLLMChart(root)) return null;
  const nested = root.entries.get("litellm-helm");
  // Given as the LiteLLM chart's values (--litellm-values), the key is enough; among -f files the values must look like it.
  return nested?.kind === "map" && (given || looksLikeLiteLLMChart(nested)) ? nested : null;
}

/** A list or map under a key that ends in `env`, which only a platform's values have. */
function holdsEnvLists(root: VMap): boolean {
  for (const [key, value] of root.entries) if (/env$/i.test(key) && value.kind !== "scalar") return true;
  return false;
}

/** `masterkeyAlone: false`: a `masterkey:` key is not enough (other charts have one too). */
/**
 * A remediation whose config line names a key of the LiteLLM chart's values, for values nested
 * under `parent` (a wrapper's `litellm-helm:`): the key in the file is `litellm-helm.proxy_config…`.
 */
export function configUnder(parent: readonly (string | number)[], remediation: Remediation): Remediation {
  if (parent.length === 0 || remediation.config === undefined) return remediation;
  return { ...remediation, config: `${parent.join(".")}.${remediation.config}` };
}

/** The wrapper key a LiteLLM chart value at `at` is nested under, if any. */
export function chartParent(at: NodeRef): string[] {
  return at.path[0] === CHART_NAME ? [CHART_NAME] : [];
}

export function looksLikeLiteLLMChart(root: VMap, { masterkeyAlone = true } = {}): boolean {
  // The LiteLLM chart has no env list under a key that ends in `env`; a platform file with a stray
  // `masterkey:` keeps its platform checks.
  if (holdsEnvLists(root)) return false;
  if (root.entries.has("proxy_config") || (masterkeyAlone && root.entries.has("masterkey")) || root.entries.has("masterkeySecretName") || root.entries.has("proxyConfigMap")) return true;
  const repository = scalarAt(root, ["image", "repository"]);
  return typeof repository?.value === "string" && /(^|\/)berriai\/litellm(-[\w-]+)?$/i.test(repository.value);
}

export function nodeAt(root: VNode, path: readonly string[]): VNode | undefined {
  let node: VNode | undefined = root;
  for (const key of path) {
    if (node?.kind !== "map") return undefined;
    node = node.entries.get(key);
  }
  return node;
}

export function scalarAt(root: VNode, path: readonly string[]): (VNode & { kind: "scalar" }) | undefined {
  const node = nodeAt(root, path);
  return node?.kind === "scalar" ? node : undefined;
}

function text(root: VNode, path: readonly string[]): Setting<string> | undefined {
  const node = scalarAt(root, path);
  if (!node || node.value === null || node.value === undefined) return undefined;
  return { value: String(node.value), at: node.origin };
}

/**
 * The chart's fullname, as `litellm.fullname` in templates/_helpers.tpl derives it: fullnameOverride;
 * else nameOverride (default "litellm") or the chart name, and the release name alone when it
 * contains that name, else `<release>-<name>`; cut to 63 characters without a trailing "-".
 */
export function chartFullname(chart: LiteLLMChartModel): Setting<string> & { via: string } {
  const root = chart.values.root;
  const override = text(root, ["fullnameOverride"]);
  if (override && override.value !== "") return { value: dnsName(override.value), at: override.at!, via: "fullnameOverride" };
  const nameSetting = text(root, ["nameOverride"]);
  const name = nameSetting ? nameSetting.value || CHART_NAME : DEFAULT_NAME_OVERRIDE;
  const full = chart.release.includes(name) ? chart.release : `${chart.release}-${name}`;
  const via = `release "${chart.release}" and ${nameSetting ? `nameOverride "${name}"` : `the chart's default nameOverride "${name}"`}`;
  return nameSetting?.at ? { value: dnsName(full), at: nameSetting.at, via } : { value: dnsName(full), via };
}

function dnsName(name: string): string {
  return name.slice(0, 63).replace(/-+$/, "");
}

export function servicePort(chart: LiteLLMChartModel): Setting<number> {
  const port = text(chart.values.root, ["service", "port"]);
  const parsed = port ? Number(port.value) : NaN;
  return port && Number.isInteger(parsed) ? { value: parsed, at: port.at! } : { value: DEFAULT_SERVICE_PORT };
}

/** image.tag, when it is set to something (empty: the chart's appVersion decides). */
export function imageTag(chart: LiteLLMChartModel): Setting<string> | undefined {
  const tag = text(chart.values.root, ["image", "tag"]);
  return tag && tag.value.trim() !== "" ? tag : undefined;
}

/** A key of `proxy_config.<section>` (the proxy's config.yaml as the chart renders it). */
export function proxySetting(chart: LiteLLMChartModel, section: "litellm_settings" | "general_settings", key: string): VNode | undefined {
  const node = nodeAt(chart.values.root, ["proxy_config", section, key]);
  return node?.kind === "scalar" && node.value === null ? undefined : node;
}

/** The `litellm_settings` keys the LiteLLM values set (for advisories that need one). */
export function litellmSettingsInUse(chart: LiteLLMChartModel | null | undefined): Set<string> | null {
  if (!chart) return null;
  const settings = nodeAt(chart.values.root, ["proxy_config", "litellm_settings"]);
  if (settings?.kind !== "map") return new Set();
  return new Set([...settings.entries].filter(([, node]) => !(node.kind === "scalar" && node.value === null)).map(([key]) => key));
}

/** `proxyConfigMap.create: false`: the chart mounts an existing ConfigMap and ignores proxy_config. */
export function usesExternalConfig(chart: LiteLLMChartModel): Setting<boolean> | undefined {
  const create = scalarAt(chart.values.root, ["proxyConfigMap", "create"]);
  return create && create.value === false ? { value: true, at: create.origin } : undefined;
}

/**
 * Whether the proxy gets a database: the chart's standalone PostgreSQL (`db.deployStandalone`,
 * default true), an existing one (`db.useExisting`), or DATABASE_URL given through `envVars` /
 * `extraEnvVars`; `environmentSecrets` may hold it too, which the files cannot tell ("unknown").
 */
export function databaseWiring(chart: LiteLLMChartModel): { state: "configured" | "none" | "unknown"; at?: NodeRef } {
  const root = chart.values.root;
  const standalone = scalarAt(root, ["db", "deployStandalone"]);
  // The chart tests both with `if`: a string "false" or "true" is true to it.
  if (!standalone || isTruthy(standalone)) return { state: "configured" };
  if (isTruthy(nodeAt(root, ["db", "useExisting"]))) return { state: "configured" };
  // DATABASE_URL, or the parts LiteLLM builds it from (DATABASE_HOST with _USERNAME, _PASSWORD, _NAME: what the standalone mode sets).
  const databaseVariable = (name: unknown) => name === "DATABASE_URL" || name === "DATABASE_HOST";
  const envVars = nodeAt(root, ["envVars"]);
  if (envVars?.kind === "map" && [...envVars.entries.keys()].some(databaseVariable)) return { state: "configured" };
  const extraEnvVars = nodeAt(root, ["extraEnvVars"]);
  if (extraEnvVars?.kind === "seq" && extraEnvVars.items.some((item) => databaseVariable(scalarAt(item, ["name"])?.value))) return { state: "configured" };
  // The proxy reads general_settings.database_url (os.environ/… resolved) before DATABASE_URL.
  const databaseUrl = scalarAt(root, ["proxy_config", "general_settings", "database_url"]);
  if (databaseUrl && databaseUrl.value !== null && databaseUrl.value !== "") return { state: "configured" };
  // Secrets and ConfigMaps the chart passes whole as envFrom may hold DATABASE_URL: not known here.
  const fromObjects = ["environmentSecrets", "environmentConfigMaps"].some((key) => {
    const list = nodeAt(root, [key]);
    return list?.kind === "seq" && list.items.length > 0;
  });
  if (fromObjects) return { state: "unknown", at: standalone.origin };
  return { state: "none", at: standalone.origin };
}
