/**
 * Layer `engine`: lint(): the model, the config, the rule contract; it runs the rules it is given.
 * May import core, yaml, kube, inputs, chart, facts, codemie and litellm.
 *
 * The pure core: inputs → model with positions → facts → rules → findings. Never touches process,
 * the console, the file system or exit codes; adapters pass texts in and print what comes out.
 */
import { matchesGlob } from "node:path";
import { inComment } from "../yaml/comments.ts";
import { addBudgetsConfigFacts, findBudgetsConfigs, readBudgetsConfig } from "../codemie/budgets-config.ts";
import { budgetIdVariables, detectCodemie, readsBudgetsConfig, type ProfileSetting } from "../codemie/profile.ts";
import { budgetFacts } from "../facts/budget-ids.ts";
import { droppedBudgetIds } from "../facts/layer-drops.ts";
import { liteLLMEnvLists } from "../facts/values-scopes.ts";
import { collectEnvironments, valuesTwin } from "../facts/facts.ts";
import type { Facts } from "../facts/types.ts";
import type { ObjectIndex } from "../kube/env.ts";
import { buildChartModel, type ChartInput, type ChartModel } from "../chart/model.ts";
import { valuesBehindTemplate } from "../chart/rendered.ts";
import { budgetEnvNames, buildDeployed, LITELLM_URL_ENV, missingRefs, type DeployedInput, type ExternalLookup } from "./deployed.ts";
import { isRenderedInput, loadManifests, type ManifestModel } from "../inputs/manifests.ts";
import { buildLiteLLMChart, separateLiteLLMLayers } from "../litellm/chart-values.ts";
import { loadValues, YamlFileSource, type SetInput, type TextInput, type ValuesModel } from "../inputs/values.ts";
import type { BuildLimits } from "../yaml/vnode.ts";
import type { LintModel } from "./model.ts";
import { isLiveRule, renderMessage, type FixRequest, type Rule, type RuleBase } from "./rule.ts";
import { byCodeUnits, SEVERITY_RANK } from "../core/compare.ts";
import { snippetOf } from "../core/snippet.ts";
import { maskKeys } from "../core/secrets.ts";
import { isPseudoFile, toLocation, type NodeRef } from "../core/source.ts";
import { applyDirectives, parseDirectives, type Directive } from "../core/suppress.ts";
import type { BudgetIdReport, Finding, Fix, HelmAssumption, HelmMajor, LintResult, LiveReport, Location, Remediation, Severity, SeveritySetting } from "../core/types.ts";

/** One entry of `environments:` (paths as written, relative to the config file). */
export interface EnvironmentConfig {
  values?: string[];
  set?: string[];
  setString?: string[];
  setLiteral?: string[];
  manifests?: string[];
  chart?: string | null;
  budgetId?: string;
  litellm?: { urlEnv?: string; masterKeyEnv?: string; apiKeyEnv?: string; keyAlias?: string };
}

export interface LintOptions {
  budgetIdEnv: string[];
  defaultBudgetId: string;
  /** Per-rule severity overrides from the config file. */
  severities: Record<string, SeveritySetting>;
  ruleOptions: Record<string, Record<string, unknown>>;
  /** Globs: findings in matching files are dropped. */
  ignore: string[];
  /** The name `ignore` globs match a report's file name by: relative to the config file's directory (the adapters know where). */
  ignoreName?: (file: string) => string;
  /** -n: the release namespace, where objects rendered without one are installed (ConfigMaps and Secrets are read from the pod's own). */
  namespace?: string;
  /** Rules whose findings no inline directive or `ignore` glob hides: the files under review must not open a gate (failClosed). */
  enforced?: readonly string[];
  limits?: BuildLimits;
  /** Largest input in bytes; enforced by the adapters, which read the files. */
  maxFileBytes?: number;
  /** Largest values file in bytes (default DEFAULT_MAX_VALUES_FILE_BYTES); enforced by the adapters. */
  maxValuesFileBytes?: number;
  /** The CodeMie profile: `auto` turns it on when the inputs look like CodeMie's chart. */
  codemie?: ProfileSetting;
  /** Whose reading of values to follow where helm 3 and 4 differ (default: helm 3). */
  helm?: Omit<HelmAssumption, "mattered">;
  /** The config's `baseline:` (relative to the config file); read by the adapters, not by lint(). */
  baseline?: string;
  /** The config's `environments:`; the adapters run one lint() per environment. */
  environments?: Record<string, EnvironmentConfig>;
}

/**
 * `--require-live`: a live check that could not complete is an error whatever the config says, and
 * neither a directive nor an `ignore` glob in the reviewed files hides it (they come with the pull request).
 */
export function failClosed(options: LintOptions): LintOptions {
  return { ...options, severities: { ...options.severities, "litellm-unverified": "error" }, enforced: [...(options.enforced ?? []), "litellm-unverified"] };
}

/**
 * The live phase, injected by adapters (it owns the HTTP client and the credentials). It gets the
 * enabled rules with `input: "live"` and reports through the engine's reporter.
 */
export type LivePhase<LiveRule extends RuleBase = RuleBase> = (model: LintModel, report: Reporter, rules: readonly LiveRule[]) => Promise<LiveReport>;

/** Returns the finding (undefined when the rule is off), so the live phase can tell its outcome. */
export type Reporter = (
  rule: RuleBase,
  report: { messageId: string; data?: Record<string, string | number>; at: NodeRef; related?: NodeRef[]; severity?: Severity; remediation?: Remediation; fix?: FixRequest },
) => Finding | undefined;

export interface LintRequest<LiveRule extends RuleBase = RuleBase> {
  values: TextInput[];
  sets: SetInput[];
  manifests: TextInput[];
  options: LintOptions;
  /** A CodeMie budgets-config.yaml given on its own (--budgets-config). */
  budgetsConfig?: TextInput;
  /** The LiteLLM chart's own values (--litellm-values), layered in order; -f files of that shape join them. */
  litellmValues?: TextInput[];
  /** --litellm-release: the LiteLLM chart's release name, for its fullname (default "litellm"). */
  litellmRelease?: string;
  live?: LivePhase<LiveRule>;
  /** Why live checks are skipped when no live phase is given. */
  liveSkippedReason?: string;
  /** The rules to run (the adapters pass rules/registry.ts); live ones go to `live`. */
  rules: readonly (Rule | LiveRule)[];
  /** --chart: the chart's own values.yaml, schema and templates (its rendering comes in `manifests`). */
  chart?: ChartInput;
  /** --compare-release: the manifest of the release that runs now. */
  deployed?: DeployedInput;
  /** Cluster lookups for ConfigMaps and Secrets the inputs reference but do not contain. */
  external?: ExternalLookup;
  /** false: findings carry no `snippet`, for reports that do not show one (only stylish does). */
  snippets?: boolean;
  /** false: findings carry no `fix`, when neither the report (only stylish marks them) nor --fix uses one. */
  fixes?: boolean;
  /** --timing: where the lint's time goes is added up here. */
  timings?: LintTimings;
}

/**
 * Milliseconds a lint spent, added up over the lints that share it (a config's environments, the
 * second lint of --fix): the model (inputs parsed, facts, cluster lookups), each static rule (the
 * positions of its findings included), the live phase, and the whole call.
 */
export interface LintTimings {
  model: number;
  rules: Map<string, number>;
  live: number;
  lint: number;
}

export function newTimings(): LintTimings {
  return { model: 0, rules: new Map(), live: 0, lint: 0 };
}

export const DEFAULT_MAX_FILE_BYTES = 128 * 1024 * 1024;
/** Values files are parsed whole with positions: real ones are kilobytes, 16 MiB of them takes up to about 850 MB. */
export const DEFAULT_MAX_VALUES_FILE_BYTES = 16 * 1024 * 1024;

export const DEFAULT_OPTIONS: LintOptions = {
  budgetIdEnv: ["LITELLM_BUDGET_ID"],
  defaultBudgetId: "default",
  severities: {},
  ruleOptions: {},
  ignore: [],
};

export function buildModel(
  request: Pick<LintRequest, "values" | "sets" | "manifests" | "options" | "budgetsConfig" | "chart" | "deployed" | "litellmValues" | "litellmRelease">,
  knownRuleIds: ReadonlySet<string>,
  /** A second pass with objects read from the cluster reuses the parsed inputs. */
  cluster?: { index: ObjectIndex; reuse: LintModel },
): LintModel {
  const { options } = request;
  const reuse = cluster?.reuse;
  // -f layers shaped like the LiteLLM chart's values are the other side of the proxy, not the platform's.
  const loaded = reuse ? null : request.values.length > 0 || request.sets.length > 0 ? loadValues(request.values, request.sets, options.limits, helmMajor(options)) : null;
  const split = loaded ? separateLiteLLMLayers(loaded) : null;
  const values: ValuesModel | null = reuse ? reuse.values : (split?.platform ?? null);
  const litellm = reuse ? (reuse.litellm ?? null) : buildLiteLLMChart(request.litellmValues ?? [], split?.litellm ?? { files: [], trees: [] }, request.litellmRelease, options.limits);
  const manifests: ManifestModel | null = reuse ? reuse.manifests : request.manifests.length > 0 ? loadManifests(request.manifests, options.limits) : null;
  const chart = reuse ? (reuse.chart ?? null) : request.chart ? buildChartModel(request.chart, values, options.limits, helmMajor(options)) : null;
  const rendered = request.manifests.some(isRenderedInput);
  const environments = collectEnvironments(values, manifests, cluster?.index, options.namespace);
  const budgetsConfigs = findBudgetsConfigs(values, manifests);
  if (request.budgetsConfig) {
    const source = new YamlFileSource(request.budgetsConfig);
    budgetsConfigs.push(readBudgetsConfig(source, `--budgets-config ${source.file}`, { source, path: [] }));
  }
  const codemie = detectCodemie(options.codemie ?? "auto", values, manifests, environments.envLists, budgetsConfigs, chart);
  // The budget-id variables: DEFAULT_BUDGET_ID too for a CodeMie that reads it (before 2.23).
  const budgetIdEnv = budgetIdVariables(codemie, options.budgetIdEnv);
  const facts: Facts = { ...environments, budgetIds: budgetFacts(environments.scopes, { ...options, budgetIdEnv, renderingIsTruth: rendered }) };
  if (chart) placeRenderedIdsAtValues(facts, chart);
  if (values && !reuse) facts.droppedBudgetIds = droppedBudgetIds(values, facts.scopes, budgetIdEnv);
  // The LiteLLM chart's env lists get the env checks (types, repeats, literal keys), not budget ids.
  if (litellm) facts.envLists.push(...liteLLMEnvLists(litellm.values.root));
  // CodeMie before 2.23 does not read budgets-config.yaml: its ids reach no pod.
  if (!codemie.active || readsBudgetsConfig(codemie)) addBudgetsConfigFacts(facts, budgetsConfigs);
  const directives: Directive[] = values ? values.files.flatMap((file) => parseDirectives(file, file.text, inComment)) : [];
  // Problems of every -f file (those of LiteLLM's shape included) are in `loaded`.
  // The chart's own values.yaml (--chart, --chart-values) when it cannot be read: its checks would otherwise go off in silence.
  // Not its repeated keys or extra documents: a vendored chart's file is not the user's to mend.
  const unreadChart = reuse ? [] : (chart?.coalesced.problems ?? []).filter((problem) => problem.kind === "syntax" || problem.kind === "limit");
  const problems = [...((reuse ? reuse.values : loaded)?.problems ?? []), ...(manifests?.problems ?? []), ...(litellm?.values.problems ?? []), ...unreadChart];
  const deployed = request.deployed ? buildDeployed(request.deployed, { ...options, budgetIdEnv }, cluster?.index, reuse?.deployed?.manifests) : null;
  const valuesBehind = (at: NodeRef): NodeRef | undefined => (chart ? valuesBehindTemplate(chart, at) : undefined);
  return { values, manifests, facts, problems, directives, knownRuleIds, codemie, chart, deployed, litellm, valuesBehind };
}

const helmMajor = (options: LintOptions) => options.helm?.major ?? 3;

/** Values are read as the helm that rendered the chart reads them, unless --helm-version (or the config) says which. */
export function withDetectedHelm(options: LintOptions, detected: HelmMajor | undefined): LintOptions {
  return detected && !options.helm ? { ...options, helm: { major: detected, from: "detected" } } : options;
}

/** Helm 3 and 4 read a values file with several YAML documents apart: the only place the choice shows today. */
function helmAssumption(model: LintModel, options: LintOptions): HelmAssumption {
  const files = [...(model.values?.files ?? []), ...(model.chart?.defaults ? [model.chart.defaults] : [])];
  const mattered = files.some((file) => file.documents.filter((doc) => doc.contents !== null).length > 1);
  return { major: helmMajor(options), from: options.helm?.from ?? "default", mattered };
}

/** A rendered id the chart's template reads from one values key (a ConfigMap of the chart) points at that key. */
function placeRenderedIdsAtValues(facts: Facts, chart: ChartModel): void {
  for (const fact of facts.budgetIds) {
    if (fact.scope?.origin !== "manifest" || fact.mappedTo || !fact.at) continue;
    const values = valuesBehindTemplate(chart, fact.at);
    if (!values) continue;
    fact.related.push(fact.at);
    fact.at = values;
  }
}

export async function lint<LiveRule extends RuleBase>(request: LintRequest<LiveRule>): Promise<LintResult> {
  const { rules, timings } = request;
  // `performance` only when asked: Node loads it on first use.
  const started = timings ? performance.now() : 0;
  const knownRuleIds = new Set(rules.map((rule) => rule.meta.id));
  let model = buildModel(request, knownRuleIds);
  if (request.external) model = await lookUpMissing(model, request.external, (index) => buildModel(request, knownRuleIds, { index, reuse: model }));
  if (timings) timings.model += performance.now() - started;
  const findings: Finding[] = [];
  const fromRendering = new Set<Finding>();
  const { options } = request;

  const severityOf = (rule: RuleBase): SeveritySetting => options.severities[rule.meta.id] ?? rule.meta.defaultSeverity;
  const report: Reporter = (rule, raw) => {
    const configured = severityOf(rule);
    if (configured === "off") return undefined;
    const severity = raw.severity !== undefined && options.severities[rule.meta.id] === undefined ? raw.severity : configured;
    const template = (rule.meta.messages as Record<string, string>)[raw.messageId];
    if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown message id ${raw.messageId}`);
    // A rendered node the values supplied is reported at the values line, the rendered place related.
    const found = valuesTwin(model.facts, raw.at) ?? (model.chart ? valuesBehindTemplate(model.chart, raw.at) : undefined);
    // A credential stays one where it is written in the values: never shown there either.
    const twin = found && raw.at.sensitive ? { ...found, sensitive: true } : found;
    const at = twin ?? raw.at;
    const location = toLocation(at);
    const finding: Finding = {
      ruleId: rule.meta.id,
      messageId: raw.messageId,
      message: maskKeys(renderMessage(template, raw.data)),
      severity,
      location,
      related: twin ? [raw.at, ...(raw.related ?? [])].map(toLocation) : (raw.related?.map(toLocation) ?? []),
    };
    const snippet = request.snippets === false ? undefined : snippetOf(at.source, location);
    if (snippet !== undefined) finding.snippet = snippet;
    if (raw.remediation) finding.remediation = raw.remediation;
    if (raw.fix && request.fixes !== false) finding.fix = resolveFix(raw.fix);
    findings.push(finding);
    if (twin) fromRendering.add(finding);
    return finding;
  };

  const enabled = rules.filter((rule) => severityOf(rule) !== "off" && rule.appliesTo?.(model) !== false);
  for (const rule of enabled) {
    if (isLiveRule<LiveRule>(rule)) continue;
    const ruleOptions = { ...rule.meta.defaultOptions, ...options.ruleOptions[rule.meta.id] };
    const ruleStarted = timings ? performance.now() : 0;
    await rule.check({ model, options: ruleOptions, report: (raw) => report(rule, raw) });
    if (timings) timings.rules.set(rule.meta.id, (timings.rules.get(rule.meta.id) ?? 0) + performance.now() - ruleStarted);
  }

  const liveStarted = timings ? performance.now() : 0;
  const live: LiveReport = request.live
    ? await request.live(model, report, enabled.filter((rule) => isLiveRule<LiveRule>(rule)))
    : { status: "skipped", requests: 0, reason: request.liveSkippedReason ?? "no LiteLLM URL given", notices: [] };
  if (timings) timings.live += performance.now() - liveStarted;

  findings.splice(0, findings.length, ...oneFindingPerProblem(findings, fromRendering));
  const enforced = (finding: Finding): boolean => options.enforced?.includes(finding.ruleId) === true;
  applyDirectives(options.enforced ? findings.filter((finding) => !enforced(finding)) : findings, model.directives);
  reportUnusedDirectives(model, rules, report);
  // By file, worked out once: findings share a few files, and a glob match (with the file's name
  // rebased to the config's directory) took 8 µs, 21 ms of 2,471 findings with two globs.
  const ignoredFiles = new Map<string, boolean>();
  const ignored = (finding: Finding): boolean => {
    const { file } = finding.location;
    // Globs of files: a --set flag or stdin is none.
    if (enforced(finding) || isPseudoFile(file)) return false;
    let matched = ignoredFiles.get(file);
    if (matched === undefined) {
      const name = options.ignoreName?.(file) ?? file;
      ignoredFiles.set(file, (matched = options.ignore.some((glob) => matchesGlob(name, glob))));
    }
    return matched;
  };
  const kept = options.ignore.length === 0 ? findings : findings.filter((finding) => !ignored(finding));
  const result: LintResult = {
    findings: sortAndDeduplicate(kept),
    budgetIds: budgetIdReports(model),
    live,
    stats: {
      valuesFiles: model.values?.files.length ?? 0,
      manifestDocuments: model.manifests?.documents ?? 0,
      workloads: model.facts.workloads,
    },
    helm: helmAssumption(model, options),
  };
  if (timings) timings.lint += performance.now() - started;
  return result;
}

/**
 * Asks the cluster, once, for what the inputs reference but do not contain, and rebuilds the facts
 * with the answers. Without such references the cluster is not called.
 */
async function lookUpMissing(model: LintModel, lookup: ExternalLookup, rebuild: (index: ObjectIndex) => LintModel): Promise<LintModel> {
  const names = [...budgetEnvNames(model), ...(model.deployed ? [LITELLM_URL_ENV] : [])];
  const refs = missingRefs([model.facts, ...(model.deployed ? [model.deployed.facts] : [])], names);
  if (refs.length === 0) return model;
  return rebuild(await lookup(refs));
}

function resolveFix({ type, edits }: FixRequest): Fix {
  return {
    type,
    edits: edits.map(({ at, ...edit }) => {
      const { file, start, end } = toLocation(at);
      return { ...edit, file, source: at.source.kind, start, end };
    }),
  };
}

function reportUnusedDirectives(model: LintModel, rules: readonly RuleBase[], report: Reporter): void {
  const rule = rules.find((candidate) => candidate.meta.id === "suppression-directive");
  if (!rule) return;
  for (const directive of model.directives) {
    if (directive.used || !directive.reason || directive.ruleIds.length === 0 || directive.ruleIds.some((id) => !model.knownRuleIds.has(id))) continue;
    report(rule, {
      messageId: "unused",
      data: { rules: directive.ruleIds.join(", ") },
      at: { source: directive.source, path: [], offsets: directive.offsets },
    });
  }
}

/**
 * A finding moved from a rendered node to the values line that supplied it is dropped when that
 * rule already reports the same thing there (from the values, or from another rendered workload);
 * its rendered places join the kept finding's related locations.
 */
function oneFindingPerProblem(findings: Finding[], fromRendering: ReadonlySet<Finding>): Finding[] {
  if (fromRendering.size === 0) return findings;
  const key = (finding: Finding) => {
    const { file, start, end } = finding.location;
    return `${finding.ruleId}\0${finding.messageId}\0${file}\0${start.line}:${start.column}-${end.line}:${end.column}`;
  };
  const kept = new Map<string, Finding>();
  for (const finding of [...findings].sort((a, b) => Number(fromRendering.has(a)) - Number(fromRendering.has(b)))) {
    const existing = kept.get(key(finding));
    if (!existing) kept.set(key(finding), finding);
    else if (fromRendering.has(finding)) existing.related = [...(existing.related ?? []), ...(finding.related ?? []).filter((related) => !existing.related?.some((known) => sameLocation(known, related)))];
  }
  return findings.filter((finding) => !fromRendering.has(finding) || kept.get(key(finding)) === finding);
}

function sameLocation(a: Location, b: Location): boolean {
  return a.file === b.file && a.start.line === b.start.line && a.start.column === b.start.column;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    byCodeUnits(a.location.file, b.location.file) ||
    a.location.start.line - b.location.start.line ||
    a.location.start.column - b.location.start.column ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    byCodeUnits(a.ruleId, b.ruleId) ||
    byCodeUnits(a.message, b.message)
  );
}

/**
 * Sorted, each finding once (rule, range and message). Sorting brings the findings at one place
 * together, so only a place with several is compared by key: a finding-dense run builds no key for
 * most of its findings.
 */
function sortAndDeduplicate(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  const kept: Finding[] = [];
  // Where the findings at the current place start in `kept`, and their keys once it has more than one.
  let placeStart = 0;
  let keys: Set<string> | undefined;
  for (const finding of sorted) {
    const previous = kept[kept.length - 1];
    if (previous === undefined || !sameLocation(previous.location, finding.location)) {
      placeStart = kept.length;
      keys = undefined;
      kept.push(finding);
      continue;
    }
    keys ??= new Set(kept.slice(placeStart).map(duplicateKey));
    const key = duplicateKey(finding);
    if (keys.has(key)) continue;
    keys.add(key);
    kept.push(finding);
  }
  return kept;
}

function duplicateKey(finding: Finding): string {
  const { file, start, end } = finding.location;
  return `${finding.ruleId}\0${file}\0${start.line}:${start.column}-${end.line}:${end.column}\0${finding.message}`;
}

/**
 * One report per distinct id, source and variable: the first place that sets it, and how many
 * more do (a manifest with thousands of workloads lists one line, and is positioned once).
 */
/** The id of a variable whose value the inputs cannot tell (a fieldRef, an object not in them): budget-id-invalid says why. */
export const UNRESOLVED_ID = "(unresolved)";

function budgetIdReports(model: LintModel): BudgetIdReport[] {
  // A rendered id the values supplied is reported once, at the values line.
  const groups = Map.groupBy(model.facts.budgetIds.filter((fact) => !fact.mappedTo), (fact) => JSON.stringify([fact.id, fact.source, fact.envName, fact.category, fact.variable?.sensitive === true]));
  return [...groups.values()].map((facts) => {
    const fact = facts[0]!;
    const label = fact.scope?.label ?? (fact.source === "budgets-config" ? "budgets-config.yaml" : "default (no budget id set)");
    const scope = facts.length > 1 ? `${label} and ${facts.length - 1} more` : label;
    // A Secret-held id (from the inputs or the cluster) is reported as a reference, never by value; a key-shaped one masked.
    const id = fact.id === undefined ? UNRESOLVED_ID : fact.variable?.sensitive ? "(secret)" : maskKeys(fact.id);
    const report: BudgetIdReport = { id, source: fact.source, envName: fact.envName, location: fact.at ? toLocation(fact.at) : null, scope };
    if (fact.category !== undefined) report.category = fact.category;
    return report;
  });
}
