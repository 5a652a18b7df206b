/**
 * Layer `action`: the GitHub Action adapter: inputs, SARIF, annotations, job summary and outputs
 * around lint(). May import core, yaml, kube, inputs, chart, facts, codemie, litellm, engine, format, io,
 * live and rules.
 *
 * The GitHub Action adapter: INPUT_* → LintRequest → SARIF file, annotations, job summary, outputs
 * and the gate. Everything it touches comes through `ActionIO`, so tests can run it in-process as
 * well as through the bundle (dist/action.js) the runner executes.
 */
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { rules } from "../../rules/registry.ts";
import { VERSION } from "../core/version.ts";
import { parseConfig } from "../engine/config.ts";
import { findConfigFile, findGitRoot } from "../io/find-up.ts";
import { DEFAULT_OPTIONS, failClosed, lint, withDetectedHelm, type LintOptions } from "../engine/engine.ts";
import { UsageError } from "../core/errors.ts";
import { LITELLM_CREDENTIAL_ENV } from "../core/secrets.ts";
import type { LintResult } from "../core/types.ts";
import { activeFindings, countBySeverity, plainLine, rebaseFile, rebaseResult, relativeName, wholeText } from "../format/common.ts";
import { githubText, workflowCommand } from "../format/github.ts";
import { jsonBudgetId } from "../format/json.ts";
import { DEFAULT_SARIF_CATEGORY, formatSarif } from "../format/sarif.ts";
import { formatSummary, githubBlobLinks, markdownText } from "../format/summary.ts";
import { clip } from "../core/snippet.ts";
import { applyBaseline, goneFiles, parseBaseline, readFiles } from "../format/baseline.ts";
import { prepareChart } from "../io/helm.ts";
import { SetApplyError, SetSyntaxError } from "../inputs/set-parser.ts";
import type { SetInput, TextInput } from "../inputs/values.ts";
import { actionLivePhase, environmentLivePhase } from "./live.ts";
import { distinctValues, lintEnvironments, pickEnvironments, prepareEnvironments } from "../io/environments.ts";
import { mergeEnvironments } from "../format/environments.ts";
import { errnoText, expandInputPaths, overwriteProblem, readInputText, readManifestFile, readValuesText } from "../io/files.ts";
import { isPseudoFile } from "../core/source.ts";
import { getBooleanInput, getInput, getMultilineInput, InputError, maskCommands, outputBlock, type Env, type OutputName } from "./protocol.ts";

export interface ActionIO {
  env: Env;
  /** The process's working directory; paths resolve against GITHUB_WORKSPACE when it is set. */
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

const TOOL = { name: "litellm-preflight", version: VERSION };
const FAIL_ON = ["error", "warning", "never"] as const;
type FailOn = (typeof FAIL_ON)[number];

interface ActionInputs {
  values: string[];
  sets: string[];
  manifests: string[];
  chart: string;
  release: string;
  namespace: string;
  config: string;
  litellmUrl: string;
  keyAlias: string;
  offline: boolean;
  requireLive: boolean;
  failOn: FailOn;
  maxWarnings: number | undefined;
  baseline: string;
  environments: string[];
  sarifFile: string;
  sarifCategory: string;
}

/**
 * Reads and checks every input (all of them, always, so a typo'd value fails before any work).
 * Globs in `values` and `manifests` expand against the workspace: each glob's matches in sorted
 * order, the lines in the order given (values files layer in that order).
 */
function readInputs(env: Env, workspace: string): ActionInputs {
  const values = expandInputPaths(workspace, getMultilineInput(env, "values"), 'input "values"');
  const sets = getMultilineInput(env, "set");
  const manifests = getMultilineInput(env, "manifests");
  const chart = getInput(env, "chart");
  const release = getInput(env, "release");
  const namespace = getInput(env, "namespace");
  const requireLive = getBooleanInput(env, "require-live", false);
  const maxWarningsText = getInput(env, "max-warnings");
  if (maxWarningsText !== "" && !/^\d+$/.test(maxWarningsText)) throw new InputError(`input "max-warnings" must be a whole number ≥ 0, not "${clip(maxWarningsText)}"`);
  const maxWarnings = maxWarningsText === "" ? undefined : Number(maxWarningsText);
  const baseline = getInput(env, "baseline");
  const environments = getMultilineInput(env, "environment");
  const config = getInput(env, "config");
  const litellmUrl = getInput(env, "litellm-url");
  const keyAlias = getInput(env, "key-alias");
  const offline = getBooleanInput(env, "offline", false);
  const failOn = getInput(env, "fail-on") || "error";
  const sarifFile = getInput(env, "sarif-file") || "litellm-preflight.sarif";
  const sarifCategory = getInput(env, "sarif-category") || DEFAULT_SARIF_CATEGORY;
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new InputError(`input "fail-on" must be one of ${FAIL_ON.join(", ")}, not "${failOn}"`);
  if (manifests.includes("-")) throw new InputError('input "manifests" cannot read stdin ("-"); render the manifests to a file first (helm template … > rendered.yaml)');
  const explicit = values.length > 0 || manifests.length > 0 || sets.length > 0 || chart !== "";
  if (explicit && environments.length > 0) throw new InputError('input "environment" runs the config\'s environments; "values", "set", "manifests" and "chart" run without them: give one or the other');
  if (!explicit && environments.length === 0) throw new InputError('nothing to lint: set the "values", "set", "manifests", "chart" or "environment" input');
  if ((release || namespace) && !chart) throw new InputError('inputs "release" and "namespace" need the "chart" input');
  if (requireLive && (offline || (!litellmUrl && environments.length === 0))) throw new InputError('input "require-live" needs the "litellm-url" input, and "offline" false');
  return {
    values,
    sets,
    manifests: expandInputPaths(workspace, manifests, 'input "manifests"'),
    chart,
    release,
    namespace,
    config,
    litellmUrl,
    keyAlias,
    offline,
    requireLive,
    failOn: failOn as FailOn,
    maxWarnings,
    baseline,
    environments,
    sarifFile,
    sarifCategory,
  };
}

export async function runAction(io: ActionIO): Promise<number> {
  // Masks first, before anything could print a key: secrets passed as `${{ secrets.X }}` are masked
  // by the runner already, keys that reach the env another way are not.
  // Environments name their own key variables (LITELLM_MASTER_KEY_PROD): every LiteLLM key variable is masked.
  const keyVariables = Object.keys(io.env).filter((name) => /^LITE_?LLM_\w*KEY\w*$/.test(name));
  for (const name of new Set([...LITELLM_CREDENTIAL_ENV, ...keyVariables])) {
    const value = io.env[name];
    if (value) for (const line of maskCommands(value)) io.stdout(`${line}\n`);
  }
  try {
    return await lintAndReport(io);
  } catch (error) {
    const known = error instanceof InputError || error instanceof UsageError || error instanceof SetSyntaxError || error instanceof SetApplyError;
    const message = plainLine(known ? (error as Error).message : `internal error: ${(error as Error).message ?? String(error)}`);
    io.stdout(`${workflowCommand("error", { title: "litellm-preflight" }, message)}\n`);
    appendSummary(io.env, `## litellm-preflight\n\n❌ The check could not run: ${markdownText(message)}\n`);
    return 2;
  }
}

async function lintAndReport(io: ActionIO): Promise<number> {
  const workspace = resolve(io.cwd, io.env.GITHUB_WORKSPACE || ".");
  const inputs = readInputs(io.env, workspace);
  const at = (path: string) => resolve(workspace, path);
  const display = (absolute: string) => relativeName(workspace, absolute);

  let options: LintOptions = { ...DEFAULT_OPTIONS };
  const configPath = inputs.config ? at(inputs.config) : findConfigFile(workspace);
  if (configPath) {
    options = await parseConfig(display(configPath), readInputText(configPath, `config file ${display(configPath)}`), rules, options);
    // The config's ignore globs name files relative to it.
    options.ignoreName = (file) => rebaseFile(file, workspace, dirname(configPath));
  }
  if (inputs.requireLive) options = failClosed(options);

  const { linted, values, manifests } =
    inputs.environments.length > 0 ? await lintEnvironmentsOf(inputs, options, configPath, workspace, io.env) : await lintInputs(inputs, options, workspace, io.env, at, display);
  // A baseline hides the findings recorded in it (entries relative to the config file's directory, else the workspace).
  const baselinePath = inputs.baseline ? at(inputs.baseline) : options.baseline !== undefined && configPath ? resolve(dirname(configPath), options.baseline) : undefined;
  const baseDir = configPath ? dirname(configPath) : workspace;
  const read = [...values, ...manifests];
  const context = { baseDir, cwd: workspace, texts: new Map(read.map((input) => [input.name, input.text])), read: readFiles(linted, read, workspace, baseDir), gone: goneFiles(baseDir, existsSync) };
  const result = baselinePath
    ? applyBaseline(linted, parseBaseline(readInputText(baselinePath, `baseline file ${display(baselinePath)}`), display(baselinePath)), display(baselinePath), context)
    : linted;

  // URIs and annotation paths are relative to the repository root (a checkout may sit in a
  // subdirectory of the workspace).
  const firstInput = [...inputs.values, ...inputs.manifests][0];
  const root = findGitRoot(firstInput ? dirname(at(firstInput)) : workspace) ?? findGitRoot(workspace) ?? workspace;
  const forGithub = rebaseResult(result, workspace, root);

  const sarifPath = at(inputs.sarifFile);
  const replaced = overwriteProblem(workspace, [['input "sarif-file"', inputs.sarifFile]], [
    ...read.map((input) => input.name).filter((name) => !isPseudoFile(name)),
    ...[configPath, baselinePath].filter((path) => path !== undefined),
  ]);
  if (replaced) throw new InputError(replaced);
  try {
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, formatSarif(result, { rules, tool: TOOL, root, cwd: workspace, category: inputs.sarifCategory }));
  } catch (error) {
    throw new InputError(`cannot write the SARIF file ${inputs.sarifFile}: ${errnoText(error, "its directory cannot be made")}`);
  }

  const counts = countBySeverity(activeFindings(result));
  io.stdout(`${TOOL.name} ${TOOL.version}: ${describeInputs(result)}; live checks ${result.live.status}${result.live.reason ? ` (${result.live.reason})` : ""}\n`);
  io.stdout(wholeText(githubText(forGithub, rules)));
  const gate = gateReason(inputs.failOn, inputs.maxWarnings, counts);
  const title = result.environments ? result.environments.map((environment) => environment.name).join(", ") : [...inputs.values, ...inputs.manifests, ...(inputs.chart ? [`chart ${inputs.chart}`] : [])].join(", ");
  appendSummary(io.env, formatSummary(forGithub, rules, { title, link: githubBlobLinks(io.env) }) + (gate ? `**Failed:** ${markdownText(gate)}\n` : ""));

  setOutputs(io.env, {
    "sarif-file": sarifPath,
    errors: String(counts.error),
    warnings: String(counts.warning),
    "budget-ids": JSON.stringify(forGithub.budgetIds.map(jsonBudgetId)),
    "live-status": result.live.status,
  });

  io.stdout(`${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"}, ${counts.note} note${counts.note === 1 ? "" : "s"}; SARIF written to ${display(sarifPath)}\n`);
  if (gate) {
    io.stderr(`litellm-preflight: failed: ${gate}\n`);
    return 1;
  }
  return 0;
}

type Linted = { linted: LintResult; values: TextInput[]; manifests: TextInput[] };

/** The inputs `values`, `set`, `manifests` and `chart`: one lint. */
async function lintInputs(inputs: ActionInputs, options: LintOptions, workspace: string, env: Env, at: (path: string) => string, display: (absolute: string) => string): Promise<Linted> {
  const values: TextInput[] = inputs.values.map((path) => ({ name: display(at(path)), text: readValuesText(at(path), `values file ${path}`, options) }));
  const manifests: TextInput[] = inputs.manifests.map((path) => readManifestFile(at(path), display(at(path)), `manifest file ${path}`, options.maxFileBytes));
  const sets: SetInput[] = inputs.sets.map((arg, index) => ({ flag: "--set", arg, index }));

  // A chart renders with helm (values and --set in the same order), like the CLI's --chart.
  const chart = inputs.chart
    ? await prepareChart({ chart: inputs.chart, release: inputs.release || undefined, namespace: inputs.namespace || undefined, sizes: options }, inputs.values, sets, { cwd: workspace, env: env as NodeJS.ProcessEnv })
    : {};
  if (chart.rendered) manifests.push(chart.rendered);

  const live = actionLivePhase({ url: inputs.litellmUrl, keyAlias: inputs.keyAlias, offline: inputs.offline }, env, options);
  // Objects rendered without a namespace are in the release's: ConfigMaps and Secrets are looked up there.
  const inNamespace = inputs.namespace ? { ...options, namespace: inputs.namespace } : options;
  // Annotations, the summary and SARIF show no source lines and no fixes.
  const linted = await lint({ rules, values, sets, manifests, options: withDetectedHelm(inNamespace, chart.helmMajor), snippets: false, fixes: false, ...(chart.chart ? { chart: chart.chart } : {}), ...live });
  return { linted, values, manifests };
}

/** The input `environment`: one lint per environment of the config, merged (`*` runs them all). */
async function lintEnvironmentsOf(inputs: ActionInputs, options: LintOptions, configPath: string | undefined, workspace: string, env: Env): Promise<Linted> {
  if (!configPath || !options.environments) throw new InputError('input "environment" needs environments: in the config file');
  const names = inputs.environments.includes("*") ? undefined : inputs.environments;
  const jobs = await prepareEnvironments(pickEnvironments(options.environments, names), configPath, options, { cwd: workspace, env: env as NodeJS.ProcessEnv });
  const live = { url: inputs.litellmUrl, keyAlias: inputs.keyAlias, offline: inputs.offline };
  const runs = await lintEnvironments(jobs, (job) =>
    lint({ rules, values: job.values, sets: job.sets, manifests: job.manifests, options: job.options, snippets: false, fixes: false, ...(job.chart ? { chart: job.chart } : {}), ...environmentLivePhase(live, env, job.options, job.name, job.litellm) }),
  );
  return { linted: mergeEnvironments(runs), values: distinctValues(jobs), manifests: jobs.flatMap((job) => job.manifests) };
}

function gateReason(failOn: FailOn, maxWarnings: number | undefined, counts: { error: number; warning: number }): string | undefined {
  if (failOn !== "never" && counts.error > 0) return `${counts.error} error${counts.error === 1 ? "" : "s"} (fail-on: ${failOn})`;
  if (failOn === "warning" && counts.warning > 0) return `${counts.warning} warning${counts.warning === 1 ? "" : "s"} (fail-on: warning)`;
  if (maxWarnings !== undefined && counts.warning > maxWarnings) return `too many warnings (${counts.warning}, maximum ${maxWarnings})`;
  return undefined;
}

function describeInputs(result: LintResult): string {
  const { valuesFiles, manifestDocuments, workloads } = result.stats;
  return `${valuesFiles} values file${valuesFiles === 1 ? "" : "s"}, ${manifestDocuments} manifest document${manifestDocuments === 1 ? "" : "s"}, ${workloads} workload${workloads === 1 ? "" : "s"}`;
}

function setOutputs(env: Env, outputs: Record<OutputName, string>): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  appendFileSync(file, Object.entries(outputs).map(([name, value]) => outputBlock(name as OutputName, value)).join(""));
}

function appendSummary(env: Env, markdown: string): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    appendFileSync(file, markdown);
  } catch {
    // The summary is a convenience; a missing file must not change the step's result.
  }
}

