/**
 * Layer `cli`: the CLI adapter: argv, files and exit codes around lint(). May import core, yaml,
 * kube, inputs, chart, facts, codemie, litellm, engine, format, io, live and rules.
 *
 * argv → LintRequest → report → exit code; files are read and written through io/.
 */
import { dirname, isAbsolute, resolve } from "node:path";
import { rules } from "../../rules/registry.ts";
import { VERSION } from "../core/version.ts";
import { parseConfig } from "../engine/config.ts";
import { findConfigFile, findGitRoot } from "../io/find-up.ts";
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_OPTIONS, failClosed, lint, newTimings, withDetectedHelm, type LintOptions, type LintRequest, type LintTimings, type LivePhase } from "../engine/engine.ts";
import { UsageError } from "../core/errors.ts";
import type { Fix, LintResult } from "../core/types.ts";
import { activeFindings, countBySeverity, rebaseFile, rebaseResult, relativeName } from "../format/common.ts";
import { printable } from "../format/safe-text.ts";
import { isPseudoFile } from "../core/source.ts";
import { jsonText } from "../format/json.ts";
import { parseSetArgument, SetApplyError, SetSyntaxError } from "../inputs/set-parser.ts";
import type { SetInput, TextInput } from "../inputs/values.ts";
import { DEFAULT_TIMEOUT_MS } from "../live/config.ts";
import type { LiveRule } from "../live/rule.ts";
import { liveConfig } from "../live/url.ts";
import { closest } from "../core/suggest.ts";
import { LINT_HELP, RULES_HELP } from "./help.ts";
import { oneOf, parseCommandLine, type OptionTable } from "./args.ts";
import { layersOf, LINT_OPTIONS, parseLintArgs, type LintArgs } from "./lint-args.ts";
import type { HelmStarted } from "../io/helm.ts";
import { appendOutput, batched, existingFileText, fileLines, pathExists, replaceFile, overwriteProblem, isUrl, stdinRefusal, urlRefusal, headText, readInputText, readSetFileText, readManifestFile, readManifestText, readValuesText, readStdinText, takeFilesFrom, writeOutput } from "../io/files.ts";
import { readHead, release, type StdinHead } from "../io/stdin.ts";
import { docsUrl } from "../engine/rule.ts";
import type { EnvironmentJob } from "../io/environments.ts";
import { inputBytes } from "../io/input-bytes.ts";

/** The files a run reads its inputs from (absolute paths), and the size limit it reads them with. */
export interface InputFiles {
  paths: string[];
  maxBytes: number;
}

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  /**
   * Runs this command elsewhere (a worker) when its inputs reach `minBytes`; resolves with the exit
   * code. A command that reads stdin hands over what was read of it and, unless it ended, the rest.
   * `dispose`: the run stays here (a worker made early for it is not needed).
   */
  offload?: { minBytes: number; run: (stdin: StdinHead | undefined, files: InputFiles) => Promise<number>; dispose?: () => void };
  /** On a worker: the bytes of input files the main thread read for it, by absolute path. */
  readBefore?: (path: string) => Uint8Array | undefined;
  /** On a worker: all of stdin, which the main thread read for it (at most one byte over the size limit). */
  stdinBefore?: () => Promise<Buffer>;
  /** Why live checks are off when no URL is given (the pre-commit hook ignores LITELLM_URL and says so). */
  noUrlReason?: string;
  /** helm started for this command before the linter loaded (`lint --chart`): --chart takes it over, or stops it. */
  helmStarted?: HelmStarted;
  /** Told how many findings a lint made, before its report (see launch.ts). */
  linted?: (findings: number) => void;
}

const TOOL = { name: "litellm-preflight", version: VERSION };
const FORMATS = ["stylish", "json", "sarif", "github", "gitlab", "junit", "checkstyle"] as const;
const FAIL_ON = ["error", "warning", "never"] as const;
type FailOn = (typeof FAIL_ON)[number];

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  takeFilesFrom(io.readBefore);
  try {
    const [command, ...rest] = argv;
    if (command === "lint") return await lintCommand(rest, io);
    if (command === "rules") return rulesCommand(rest, io);
    if (command === "post-render") return await (await import("./post-render.ts")).postRender(rest, io, lintCommand);
    // An option first is a lint that forgot its command (`litellm-preflight -f values.yaml`), unless it is a misspelt --version or --help.
    const guess = closest(command ?? "", ["lint", "rules", "post-render", "--version", "--help"]) ?? (command !== undefined && isLintOption(command) ? `lint ${command}` : undefined);
    throw new UsageError(`unknown command "${command}"${guess ? `; did you mean ${guess}?` : ""} (see --help)`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SetSyntaxError || error instanceof SetApplyError) {
      // Several problems (a config file's) are one line each.
      // Names from a config file may hold control characters: shown as escapes, as in every report.
      for (const line of error.message.split("\n")) io.stderr.write(`litellm-preflight: ${printable(line)}\n`);
      return 2;
    }
    // Anything else is a bug: one line, no stack trace, and no input echoed.
    io.stderr.write(`litellm-preflight: internal error: ${(error as Error).message ?? String(error)}\n`);
    return 2;
  }
}

const RULES_OPTIONS = { format: { type: "string" }, help: { type: "boolean", short: "h" } } as const satisfies OptionTable;

async function lintCommand(argv: string[], io: CliIO): Promise<number> {
  // For --timing: milliseconds since the process started, on a worker too (process.uptime is the
  // process's; `performance` is loaded on first use, 3 ms of a lint that does not time itself).
  const sinceStart = (): number => process.uptime() * 1000;
  const commandStarted = sinceStart();
  const parsed = parseLintArgs(argv);
  const flags = parsed.values;
  if (flags.help) {
    io.stdout.write(LINT_HELP);
    return 0;
  }
  const format = oneOf("--format", flags.format, FORMATS, "stylish");
  const failOn = oneOf("--fail-on", flags["fail-on"], FAIL_ON, "error");
  const maxWarnings = flags["max-warnings"] === undefined ? undefined : Number(flags["max-warnings"]);
  if (maxWarnings !== undefined && (!/^\d+$/.test(flags["max-warnings"]!.trim()) || !Number.isSafeInteger(maxWarnings))) throw new UsageError("--max-warnings takes a whole number ≥ 0");
  if (flags["require-live"] && flags.offline) throw new UsageError("--require-live and --offline contradict each other");
  const fixMode = flags.fix ? "write" : flags["fix-dry-run"] ? "dry-run" : undefined;
  const fixType = oneOf("--fix-type", flags["fix-type"], ["fix", "suggestion"], "fix");
  if (flags["fix-type"] !== undefined && !fixMode) throw new UsageError("--fix-type needs --fix or --fix-dry-run");
  if (flags.fix && flags["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run: choose one");
  // A dry run reports the files as the fixes would leave them; a baseline must record them as they are.
  if (flags["fix-dry-run"] && flags["write-baseline"] !== undefined) throw new UsageError("--fix-dry-run lints the files as fixed, and --write-baseline records them as they are: choose one");

  // Values files keep their command-line order, whether positional or -f.
  const { valuesPaths, sets } = layersOf(parsed);
  const manifestPaths = flags.manifests ?? [];
  const explicit = valuesPaths.length > 0 || manifestPaths.length > 0 || sets.length > 0 || Boolean(flags["budgets-config"]) || Boolean(flags.chart) || (flags["litellm-values"] ?? []).length > 0;
  if (explicit && flags.environment) throw new UsageError("--environment runs the config's environments, and inputs on the command line run without them: give one or the other");
  if (manifestPaths.filter((path) => path === "-").length > 1) throw new UsageError("stdin (-) can be read once");
  if (valuesPaths.includes("-")) throw new UsageError("values on stdin (-f -) are not read: give them as a file, or through process substitution: -f <(sops -d values.enc.yaml)");
  // Every file the run reads, by the flag that names it.
  const inputFiles: [string, string][] = [
    ...valuesPaths.map((path): [string, string] => ["-f", path]),
    ...manifestPaths.filter((path) => path !== "-").map((path): [string, string] => ["-m", path]),
    ...(flags["litellm-values"] ?? []).map((path): [string, string] => ["--litellm-values", path]),
    ...(["budgets-config", "chart-values", "values-schema", "baseline"] as const).flatMap((name): [string, string][] => (flags[name] === undefined ? [] : [[`--${name}`, flags[name]!]])),
  ];
  for (const [flag, path] of inputFiles) {
    if (path === "-") throw new UsageError(stdinRefusal(flag, flag));
    // helm fetches a values file from a URL; this tool reads only local files (no network beyond the proxy and the cluster).
    if (isUrl(path)) throw new UsageError(urlRefusal(flag, path));
  }
  // `-o -` is stdout, as `-m -` is stdin.
  const output = flags.output === "-" ? undefined : flags.output;
  const reports: [string, string | undefined][] = [["-o", output], ["--sarif", flags.sarif], ["--gitlab-report", flags["gitlab-report"]], ["--write-baseline", flags["write-baseline"]]];
  const configPath = flags.config ? resolve(io.cwd, flags.config) : findConfigFile(io.cwd);
  // Before anything is read: a report never replaces an input or the config (the baseline compared with: below).
  refuseOverwrites(io.cwd, reports, [...inputFiles.filter(([flag]) => flag !== "--baseline").map(([, path]) => path), ...setFileNames(sets), ...(configPath ? [configPath] : [])]);

  let options: LintOptions = { ...DEFAULT_OPTIONS };
  if (configPath) {
    // Named as an input is: an absolute --config as given, else relative to the cwd.
    const configName = flags.config ? inputName(io.cwd, flags.config) : relativeName(io.cwd, configPath);
    const text = readInputText(configPath, `config file ${configName}`);
    options = await parseConfig(configName, text, rules, options);
    // The config's ignore globs name files relative to it, wherever the run starts.
    options.ignoreName = (file) => rebaseFile(file, io.cwd, dirname(configPath));
  }
  // The baseline compared with is an input too; rewriting it (--write-baseline) is what adopting does.
  const baselinePath = flags.baseline ?? (options.baseline !== undefined && configPath ? resolve(dirname(configPath), options.baseline) : undefined);
  if (baselinePath !== undefined) refuseOverwrites(io.cwd, reports.filter(([flag]) => flag !== "--write-baseline"), [baselinePath]);
  if (flags["budget-id-env"]) {
    // As the config's budgetIdEnv: a name Kubernetes could give a variable.
    const bad = flags["budget-id-env"].find((name) => !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name));
    if (bad !== undefined) throw new UsageError(`--budget-id-env takes an env variable name, not ${JSON.stringify(bad)}`);
    options.budgetIdEnv = flags["budget-id-env"];
  }
  // Fail closed: a live check that could not complete is an error, whatever the config says.
  if (flags["require-live"]) options = failClosed(options);
  if (flags["default-budget-id"] !== undefined) {
    if (flags["default-budget-id"].trim() === "") throw new UsageError("--default-budget-id takes a budget id, not an empty one");
    options.defaultBudgetId = flags["default-budget-id"];
  }
  if (flags.namespace !== undefined) options.namespace = flags.namespace;
  const helmFlag = flags["helm-version"];
  if (helmFlag !== undefined && helmFlag !== "3" && helmFlag !== "4") throw new UsageError("--helm-version takes 3 or 4");
  // Where helm 3 and 4 read values apart: the flag, else the helm that rendered --chart, else helm 3.
  if (helmFlag) options.helm = { major: Number(helmFlag) as 3 | 4, from: "flag" };
  // Inputs on the command line run without the config's environments (as before they existed).
  const environments = explicit ? undefined : options.environments;
  if (flags.environment && !environments) throw new UsageError(`--environment needs environments: in the config${configPath ? ` (${relativeName(io.cwd, configPath)} has none)` : " (none was found)"}`);
  if (!explicit && !environments) throw new UsageError("nothing to lint: give values files, -m manifests or --set, or define environments: in .litellm-preflight.yaml");

  // A baseline to be rewritten: the files its entries name, looked at before the lint (undefined: not told).
  const rewritten = flags["write-baseline"] === undefined ? undefined : (await import("../format/baseline.ts")).entryFiles(fileLines(resolve(io.cwd, flags["write-baseline"])));

  let runner: Runner;
  // Only stylish shows a finding's source line and marks what is fixable: other reports are made without them.
  const timings = flags.timing ? newTimings() : undefined;
  const shown: Shown = { snippets: format === "stylish", fixes: format === "stylish" || fixMode !== undefined, ...(timings ? { timings } : {}) };
  if (environments) {
    runner = await environmentsRunner(flags, io, options, configPath!, environments, shown);
    // The environments' files are known once their globs are: none may be a report either.
    refuseOverwrites(io.cwd, reports, runner.inputs.map((input) => input.name).filter((name) => !isPseudoFile(name)));
  } else {
    const single = await singleRunner(flags, io, options, valuesPaths, manifestPaths, sets, shown);
    if (typeof single === "number") return single;
    runner = single;
  }
  let linted = await runner.run();
  if (fixMode) {
    // Fixed in place (or shown), then linted again: the report is what is left, at its new positions.
    const types: Fix["type"][] = fixType === "suggestion" ? ["fix", "suggestion"] : ["fix"];
    const fixedValues = await fixFiles(linted, runner.values, fixMode, types, format === "stylish" && !output, io);
    if (fixedValues) linted = await runner.run(fixedValues);
    linted = (await import("./fix.ts")).withoutRefusedFixes(linted, fixedValues ?? runner.values, types);
  }
  const result = await compareBaseline(linted, flags, options, configPath, runner.inputs, io, rewritten);
  io.linted?.(result.findings.length);
  const reportStarted = sinceStart();
  const forced = forcedColor(io.env.FORCE_COLOR);
  const color = flags["no-color"] ? false : flags.color ? true : forced !== undefined ? forced : io.env.NO_COLOR ? false : !output && Boolean(io.stdout.isTTY) && io.env.TERM !== "dumb";
  const github = format === "sarif" || format === "github" || flags.sarif ? await githubFormats(flags, io, result, format === "github") : undefined;
  const sarif = github && (format === "sarif" || flags.sarif) ? github.sarif : undefined;
  const gitlab = format === "gitlab" || flags["gitlab-report"] ? await ciReport("gitlab", flags, io, result, runner, failOn) : undefined;
  // Reports come in pieces, written as made: a finding-dense report is never held whole.
  let text: string | Iterable<string>;
  if (format === "json") text = jsonText(result, TOOL);
  else if (sarif !== undefined && format === "sarif") text = sarif();
  else if (gitlab !== undefined && format === "gitlab") text = gitlab;
  else if (format === "junit" || format === "checkstyle") text = await ciReport(format, flags, io, result, runner, failOn);
  else if (github && format === "github") {
    text = github.annotations();
    if (io.env.GITHUB_STEP_SUMMARY) await appendOutput(io.env.GITHUB_STEP_SUMMARY, github.summary(), "the job summary (GITHUB_STEP_SUMMARY)");
  } else {
    // Loaded only for this format: picocolors asks for process.stdout as it loads, which a report to a file never needs.
    const { stylishText } = await import("../format/stylish.ts");
    text = stylishText(result, { color, quiet: Boolean(flags.quiet), ...(flags.verbose ? { verbose: rules } : {}) });
  }
  if (sarif !== undefined && flags.sarif) writeOutput(resolve(io.cwd, flags.sarif), sarif(), `--sarif ${flags.sarif}`);
  if (gitlab !== undefined && flags["gitlab-report"]) writeOutput(resolve(io.cwd, flags["gitlab-report"]), gitlab, `--gitlab-report ${flags["gitlab-report"]}`);
  if (output) writeOutput(resolve(io.cwd, output), text, `-o ${output}`);
  else if (typeof text === "string") io.stdout.write(text);
  else for (const piece of batched(text)) io.stdout.write(piece);
  // Writing a baseline accepts today's findings: the run that records them passes.
  const { failed, why } = flags["write-baseline"] !== undefined ? { failed: false } : gate(result, failOn, maxWarnings);
  if (why) io.stderr.write(`litellm-preflight: ${why}\n`);
  if (timings) {
    // Read before stderr is asked for: a process that writes nothing else to it would count making its stream (about 3 ms).
    const ended = sinceStart();
    io.stderr.write(timingTable(timings, { commandStarted, reportStarted, ended }));
  }
  return failed ? 1 : 0;
}

/** --timing's table: where the run's time went, in milliseconds, the ten slowest rules by name. */
function timingTable(timings: LintTimings, at: { commandStarted: number; reportStarted: number; ended: number }): string {
  const rules = [...timings.rules].sort(([, a], [, b]) => b - a);
  const total = (list: typeof rules): number => list.reduce((sum, [, ms]) => sum + ms, 0);
  const ruleTotal = total(rules);
  const slowest = rules.slice(0, 10);
  const rows: [string, number][] = [
    // On a worker, its start and the main thread's reading of the inputs (stdin too) are in the first row.
    ["Node started, the linter loaded", at.commandStarted],
    ["model: inputs parsed, facts", timings.model],
    ["rules, the positions of findings included", ruleTotal],
    ...slowest.map(([id, ms]): [string, number] => [`  ${id}`, ms]),
    ...(rules.length > slowest.length ? [[`  ${rules.length - slowest.length} more rules`, ruleTotal - total(slowest)] as [string, number]] : []),
    ["live checks", timings.live],
    ["budget ids placed, directives, sorting", timings.lint - timings.model - ruleTotal - timings.live],
    ["report written", at.ended - at.reportStarted],
    ["the rest: arguments, config, reading, helm rendering", at.reportStarted - at.commandStarted - timings.lint],
    ["total", at.ended],
  ];
  const lines = rows.map(([label, ms]) => `  ${label.padEnd(50)}${ms.toFixed(1).padStart(9)}\n`);
  return `litellm-preflight: timing (ms since the process started)\n${lines.join("")}`;
}

/** What of a finding the run's reports use (see LintRequest). */
type Shown = Pick<LintRequest, "snippets" | "fixes" | "timings">;

/** What a lint command runs: its values files (what --fix may change), every input (for baselines), and the lint itself. */
interface Runner {
  values: TextInput[];
  inputs: TextInput[];
  /** Lints, with `values` replacing the values texts of the same names (after --fix). */
  run(values?: TextInput[]): Promise<LintResult>;
}

async function environmentsRunner(flags: Flags, io: CliIO, options: LintOptions, configPath: string, environments: NonNullable<LintOptions["environments"]>, shown: Shown): Promise<Runner> {
  // Environments are prepared side by side (their charts render at once), then linted one after another.
  io.offload?.dispose?.();
  const [{ distinctValues, lintEnvironments, pickEnvironments, prepareEnvironments }, { mergeEnvironments }] = await Promise.all([import("../io/environments.ts"), import("../format/environments.ts")]);
  const jobs = await prepareEnvironments(pickEnvironments(environments, flags.environment), configPath, options, io);
  const lintJob = async (job: EnvironmentJob) =>
    lint({ rules, values: job.values, sets: job.sets, manifests: job.manifests, options: job.options, ...shown, ...(job.chart ? { chart: job.chart } : {}), ...(await environmentLive(flags, io, job)) });
  const values = distinctValues(jobs);
  return { values, inputs: [...values, ...jobs.flatMap((job) => job.manifests)], run: async (fixed) => mergeEnvironments(await lintEnvironments(jobs, lintJob, fixed)) };
}

/** An environment's live phase: its URL and keys from the variables it names, else the run's own. */
async function environmentLive(flags: Flags, io: CliIO, job: { name: string; options: LintOptions; litellm?: { urlEnv?: string; masterKeyEnv?: string; apiKeyEnv?: string; keyAlias?: string } }) {
  const { litellm } = job;
  if (!litellm || flags.offline) return livePhase(flags, io, job.options);
  // Where no variable may give the URL (the pre-commit hook: noUrlReason), an environment's urlEnv does not either.
  const fromVariable = litellm.urlEnv !== undefined && io.noUrlReason === undefined;
  const url = fromVariable ? io.env[litellm.urlEnv!] : flags["litellm-url"] || io.env.LITELLM_URL;
  if (!url) {
    const missing = io.noUrlReason ?? `${litellm.urlEnv ?? "LITELLM_URL"} is not set (environment ${job.name})`;
    if (flags["require-live"]) throw new UsageError(`--require-live: ${missing}`);
    return { liveSkippedReason: missing };
  }
  const key = (name: string | undefined, fallback: string) => (name ? io.env[name] : io.env[fallback]);
  const env = { ...io.env, LITELLM_URL: url, LITELLM_MASTER_KEY: key(litellm.masterKeyEnv, "LITELLM_MASTER_KEY"), LITELLM_API_KEY: key(litellm.apiKeyEnv, "LITELLM_API_KEY") };
  const own = { ...flags, "litellm-url": undefined, "key-alias": litellm.keyAlias ?? flags["key-alias"] };
  return livePhase(own, { ...io, env }, job.options, undefined, fromVariable ? litellm.urlEnv : flags["litellm-url"] ? "--litellm-url" : "LITELLM_URL");
}

async function singleRunner(flags: Flags, io: CliIO, options: LintOptions, valuesPaths: string[], manifestPaths: string[], sets: SetInput[], shown: Shown): Promise<Runner | number> {
  const budgetsConfigPath = flags["budgets-config"];
  // Whether a worker takes the run depends on stdin too: as much of it is read as decides.
  let stdin: StdinHead | undefined = io.stdinBefore && manifestPaths.includes("-") ? { head: await readingStdin(io.stdinBefore()), ended: true } : undefined;
  if (io.offload) {
    const inputPaths = [...valuesPaths, ...manifestPaths, ...(budgetsConfigPath ? [budgetsConfigPath] : [])];
    const fileBytes = inputBytes(io.cwd, inputPaths);
    const readsStdin = manifestPaths.includes("-");
    // Reading stops past the size limit too (then the run below refuses stdin).
    const wanted = Math.min(io.offload.minBytes - fileBytes, (options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES) + 1);
    if (readsStdin) stdin = wanted > 0 ? await readingStdin(readHead(io.stdin, wanted)) : { head: Buffer.alloc(0), ended: false };
    if (fileBytes + (stdin?.head.length ?? 0) >= io.offload.minBytes) {
      const paths = inputPaths.filter((path) => path !== "-").map((path) => resolve(io.cwd, path));
      // The worker renders the chart itself.
      io.helmStarted?.stop();
      return io.offload.run(stdin, { paths, maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES });
    }
    io.offload.dispose?.();
  }

  const values: TextInput[] = [];
  for (const path of valuesPaths) {
    const name = inputName(io.cwd, path);
    values.push({ name, text: readValuesText(resolve(io.cwd, path), `values file ${name}`, options) });
  }
  for (const set of sets) if (set.flag === "--set-file") set.files = readSetFiles(set, io.cwd, options);
  const manifests: TextInput[] = [];
  for (const path of manifestPaths) {
    if (path === "-") {
      const text = stdin ? headText(stdin, options.maxFileBytes) : await readingStdin(readStdinText(io.stdin, options.maxFileBytes));
      // Handed to this worker: it owns the buffer whole (readRest's may be longer than stdin).
      if (io.stdinBefore && stdin) release(stdin.head, true);
      manifests.push({ name: "<stdin>", text: readManifestText(text, "stdin") });
      stdin = undefined;
    } else {
      const name = inputName(io.cwd, path);
      manifests.push(readManifestFile(resolve(io.cwd, path), name, `manifest file ${name}`, options.maxFileBytes));
    }
  }

  const litellmValues: TextInput[] = [];
  for (const path of flags["litellm-values"] ?? []) {
    const name = relativeName(io.cwd, resolve(io.cwd, path));
    litellmValues.push({ name, text: readValuesText(resolve(io.cwd, path), `LiteLLM values file ${name}`, options) });
  }
  const litellmRelease = flags["litellm-release"];
  if (litellmRelease !== undefined && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(litellmRelease)) throw new UsageError("--litellm-release must be a Helm release name (lowercase letters, digits and -)");

  let budgetsConfig: TextInput | undefined;
  if (budgetsConfigPath) {
    const name = inputName(io.cwd, budgetsConfigPath);
    budgetsConfig = { name, text: readInputText(resolve(io.cwd, budgetsConfigPath), `budgets config ${name}`, options.maxFileBytes) };
  }

  // --chart renders with helm; cluster flags read the master key, the deployed release and missing references.
  // Loaded on demand, like the formats below: a plain lint does not pay for what it does not use.
  const extra = CHART_CLUSTER_FLAGS.some((name) => flags[name] !== undefined)
    ? await (await import("./chart-cluster.ts")).chartAndCluster(flags, valuesPaths, sets, io, !flags.offline && Boolean(flags["litellm-url"] || io.env.LITELLM_URL), options, io.helmStarted)
    : { request: {} as const, rendered: undefined, masterKey: undefined };
  if (extra.rendered) manifests.push(extra.rendered);
  if ("helmMajor" in extra) options = withDetectedHelm(options, extra.helmMajor);
  const live = await livePhase(flags, io, options, extra.masterKey);
  const litellm = { ...(litellmValues.length > 0 ? { litellmValues } : {}), ...(litellmRelease ? { litellmRelease } : {}) };
  const byName = (layers: TextInput[] | undefined) => values.map((input) => layers?.find((layer) => layer.name === input.name) ?? input);
  const lintWith = (layers: TextInput[] | undefined, linted: TextInput[]) => lint({ rules, values: byName(layers), sets, manifests: linted, options, ...shown, ...(budgetsConfig ? { budgetsConfig } : {}), ...litellm, ...live, ...extra.request });
  return {
    values,
    inputs: [...values, ...manifests],
    run: async (layers) => {
      if (!layers || !extra.rendered) return lintWith(layers, manifests);
      // Fixed values render differently: the rendering of the old ones would report what is fixed.
      const rendered = await (await import("./chart-cluster.ts")).renderAgain(flags, valuesPaths, values, byName(layers), sets, io, options);
      return lintWith(layers, [...manifests.filter((input) => input !== extra.rendered), ...(rendered ? [rendered] : [])]);
    },
  };
}

/** Applies the fixes (or, for a dry run, prints them); returns the new values texts when anything changed. */
async function fixFiles(result: LintResult, values: TextInput[], mode: "write" | "dry-run", types: Fix["type"][], diffToStdout: boolean, io: CliIO): Promise<TextInput[] | undefined> {
  const { fixDiff, planFixes } = await import("./fix.ts");
  const plan = planFixes(result, values, types);
  for (const file of plan.files) {
    const count = `${file.fixed} problem${file.fixed === 1 ? "" : "s"}`;
    if (mode === "write") {
      await replaceFile(resolve(io.cwd, file.name), file.after, file.before, `--fix ${file.name}`);
      io.stderr.write(`litellm-preflight: fixed ${count} in ${file.name}\n`);
    } else (diffToStdout ? io.stdout : io.stderr).write(`${fixDiff(file)}\n`);
  }
  if (plan.files.length === 0) io.stderr.write(`litellm-preflight: nothing to fix${mode === "dry-run" ? "" : "; no file changed"}\n`);
  if (plan.elsewhere > 0) io.stderr.write(`litellm-preflight: ${plan.elsewhere} fixable problem${plan.elsewhere === 1 ? " is" : "s are"} in --set flags or manifests: not changed (fix ${plan.elsewhere === 1 ? "it" : "them"} where the value comes from)\n`);
  if (plan.skipped > 0) io.stderr.write(`litellm-preflight: ${plan.skipped} fix${plan.skipped === 1 ? "" : "es"} could not be applied safely (overlapping edits, a flow-style list, an anchor, alias or tag): left as they are\n`);
  return plan.files.length > 0 ? plan.values : undefined;
}

/**
 * --write-baseline records the run's findings (and the report shows them all); --baseline, else the
 * config's `baseline:` (relative to the config file), hides the recorded ones. Entry paths are
 * relative to the config file's directory, else the cwd.
 */
async function compareBaseline(result: LintResult, flags: Flags, options: LintOptions, configPath: string | undefined, inputs: TextInput[], io: CliIO, rewritten?: ReadonlySet<string>): Promise<LintResult> {
  const written = flags["write-baseline"];
  const configured = options.baseline !== undefined && configPath ? resolve(dirname(configPath), options.baseline) : undefined;
  const path = written ?? flags.baseline ?? configured;
  if (path === undefined) return result;
  const { applyBaseline, goneFiles, keepsEntries, keptEntries, parseBaseline, readFiles, writeBaseline } = await import("../format/baseline.ts");
  const baseDir = configPath ? dirname(configPath) : io.cwd;
  const context = { baseDir, cwd: io.cwd, texts: new Map(inputs.map((input) => [input.name, input.text])), read: readFiles(result, inputs, io.cwd, baseDir), gone: goneFiles(baseDir, pathExists) };
  // The config's relative `baseline:` is named relative to the cwd, as an input is.
  const name = written === undefined && flags.baseline === undefined && !isAbsolute(options.baseline!) ? relativeName(io.cwd, path) : inputName(io.cwd, path);
  if (written !== undefined) {
    // A baseline there already keeps its entries of the files this run did not read (read again only then); one that does not parse is replaced.
    const earlier = rewritten === undefined || keepsEntries(rewritten, context) ? existingFileText(resolve(io.cwd, written), `baseline file ${name}`) : undefined;
    const previous = earlier === undefined ? [] : keptEntries(earlier, name, context);
    const { text, entries, kept } = writeBaseline(result, context, previous);
    writeOutput(resolve(io.cwd, written), text, `--write-baseline ${written}`);
    const keptNote = kept > 0 ? ` (and kept its ${kept} entr${kept === 1 ? "y" : "ies"} of files this run did not read)` : "";
    io.stderr.write(`litellm-preflight: wrote ${entries} finding${entries === 1 ? "" : "s"} to the baseline ${name}${keptNote}\n`);
    return result;
  }
  const entries = parseBaseline(readInputText(resolve(io.cwd, path), `baseline file ${name}`), name);
  return applyBaseline(result, entries, name, context);
}

/** A stream error on stdin (EIO, a reset pipe) is said in one line, as an unreadable file is. */
async function readingStdin<T>(reading: Promise<T>): Promise<T> {
  try {
    return await reading;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read stdin: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * FORCE_COLOR as Node reads it: 1, 2, 3, true or empty turn colours on (over NO_COLOR), any other
 * value off; unset says nothing.
 */
function forcedColor(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  return ["", "1", "2", "3", "true"].includes(value);
}

/** A report written over an input, or two reports into one file: refused before anything is read or written. */
function refuseOverwrites(cwd: string, outputs: readonly [string, string | undefined][], inputs: readonly string[]): void {
  const problem = overwriteProblem(cwd, outputs, inputs);
  if (problem) throw new UsageError(problem);
}

/** The files --set-file flags name (those that parse: a flag that does not is reported when the layers are read). */
function setFileNames(sets: readonly SetInput[]): string[] {
  return sets.flatMap((set) => {
    if (set.flag !== "--set-file") return [];
    try {
      return parseSetArgument(set.arg, set.flag, set.index, undefined, Number.MAX_SAFE_INTEGER).flatMap(({ value, terminal }) => (terminal === "value" && typeof value === "string" ? [value] : []));
    } catch {
      return [];
    }
  });
}

/** Whether `arg` (`-f`, `--format=json`, `-fvalues.yaml`) is one of lint's options. */
function isLintOption(arg: string): boolean {
  if (arg.startsWith("--")) return Object.hasOwn(LINT_OPTIONS, arg.slice(2).split("=")[0]!);
  return arg.length > 1 && arg.startsWith("-") && Object.values(LINT_OPTIONS).some((spec) => "short" in spec && spec.short === arg[1]);
}

/** How reports name an input: an absolute path as given, a relative one relative to the cwd. */
function inputName(cwd: string, path: string): string {
  return isAbsolute(path) ? path : relativeName(cwd, resolve(cwd, path));
}

type Flags = LintArgs["values"];

/** The files a --set-file argument names (relative to the cwd, like helm), by the path as written. */
function readSetFiles(set: SetInput, cwd: string, { maxFileBytes, limits }: LintOptions): Record<string, string> {
  const files: Record<string, string> = {};
  // Parsed as the engine parses it (the same depth limit), for the file names only.
  for (const { value, terminal } of parseSetArgument(set.arg, set.flag, set.index, undefined, limits?.maxDepth)) {
    if (terminal !== "value" || typeof value !== "string" || value in files) continue;
    if (isUrl(value)) throw new UsageError(`--set-file ${value}: a file from a URL is not fetched; download it and give its path`);
    if (value === "-") throw new UsageError("--set-file KEY=- (stdin) is not read: give the value as a file, or through process substitution");
    files[value] = readSetFileText(resolve(cwd, value), `--set-file ${value}`, maxFileBytes);
  }
  return files;
}

const CHART_CLUSTER_FLAGS = ["chart", "release", "namespace", "chart-version", "values-schema", "chart-values", "kubeconfig", "kube-context", "kube-timeout", "compare-release", "master-key-secret"] as const;

/** SARIF, annotations and the job summary of `result`, with file names relative to --sarif-root (default: the git root). */
async function githubFormats(flags: Flags, { cwd, env }: CliIO, result: LintResult, annotate: boolean) {
  const { DEFAULT_SARIF_CATEGORY, sarifText } = await import("../format/sarif.ts");
  // Annotations and the job summary load only for --format github (a SARIF run does without them).
  const [github, summary] = annotate ? await Promise.all([import("../format/github.ts"), import("../format/summary.ts")]) : [undefined, undefined];
  const root = flags["sarif-root"] ? resolve(cwd, flags["sarif-root"]) : (findGitRoot(cwd) ?? cwd);
  const category = flags["sarif-category"] ?? DEFAULT_SARIF_CATEGORY;
  // Annotations and the job summary name files relative to the repository, like the runner does.
  let rebased: LintResult | undefined;
  const inRepository = () => (rebased ??= rebaseResult(result, cwd, root));
  return {
    sarif: () => sarifText(result, { rules, tool: TOOL, root, cwd, category }),
    annotations: () => github!.githubText(inRepository(), rules),
    summary: () => summary!.formatSummary(inRepository(), rules, { link: summary!.githubBlobLinks(env) }),
  };
}

/** The reports other CI systems read: GitLab Code Quality (paths relative to the git root, like SARIF), JUnit, Checkstyle. */
async function ciReport(format: "gitlab" | "junit" | "checkstyle", flags: Flags, { cwd }: CliIO, result: LintResult, runner: Runner, failOn: FailOn): Promise<string | Iterable<string>> {
  if (format === "checkstyle") return (await import("../format/checkstyle.ts")).checkstyleText(result, TOOL);
  if (format === "junit") {
    const valueNames = runner.values.map((input) => input.name);
    const manifests = runner.inputs.map((input) => input.name).filter((name) => !valueNames.includes(name));
    const failing = failOn === "warning" ? (["error", "warning"] as const) : (["error"] as const);
    return (await import("../format/junit.ts")).junitText(result, { rules, tool: TOOL, inputs: { values: valueNames, manifests }, failing });
  }
  const { gitlabText } = await import("../format/gitlab.ts");
  const root = flags["sarif-root"] ? resolve(cwd, flags["sarif-root"]) : (findGitRoot(cwd) ?? cwd);
  const rebased = rebaseResult(result, cwd, root);
  // Made in pieces as written, anew for each file it is written to (--format gitlab and --gitlab-report).
  return { [Symbol.iterator]: () => gitlabText(rebased, rules) };
}

/**
 * Live checks run when a URL is given (flag, else LITELLM_URL) and --offline is not. The URL and the
 * credentials come only from flags and the environment, never from the linted files.
 */
async function livePhase(flags: Flags, { env, noUrlReason }: CliIO, options: LintOptions, masterKeyFromCluster?: string, urlFrom = "LITELLM_URL"): Promise<{ live?: LivePhase<LiveRule>; liveSkippedReason?: string }> {
  const timeoutMs = flags.timeout === undefined ? DEFAULT_TIMEOUT_MS : /^\d{1,6}$/.test(flags.timeout) ? Number(flags.timeout) : Number.NaN;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 600_000) throw new UsageError("--timeout takes a whole number of milliseconds between 1 and 600000");
  const header = flags["litellm-key-header"];
  if (header !== undefined && !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(header)) throw new UsageError("--litellm-key-header must be an HTTP header name");
  if (header !== undefined && RESERVED_HEADERS.has(header.toLowerCase())) throw new UsageError(`--litellm-key-header ${header} is a header HTTP itself uses: the key would not reach the proxy as a key (LiteLLM's default is Authorization)`);
  const alias = flags["key-alias"];
  if (alias !== undefined && alias.trim() === "") throw new UsageError("--key-alias must not be empty");
  const proxyKeyAlias = flags["proxy-key-alias"];
  if (proxyKeyAlias !== undefined && proxyKeyAlias.trim() === "") throw new UsageError("--proxy-key-alias must not be empty");
  if (flags.offline) return { liveSkippedReason: "--offline given" };
  const url = flags["litellm-url"] || env.LITELLM_URL || undefined;
  if (!url && flags["require-live"]) throw new UsageError(`--require-live needs the proxy's URL: --litellm-url or LITELLM_URL${noUrlReason ? ` (${noUrlReason})` : ""}`);
  if (!url) return { liveSkippedReason: noUrlReason ?? "no LiteLLM URL given (--litellm-url or LITELLM_URL)" };
  const config = liveConfig(url, flags["litellm-url"] ? "--litellm-url" : urlFrom, env, options.budgetIdEnv[0], { masterKey: masterKeyFromCluster, keyAlias: alias, proxyKeyAlias, timeoutMs, keyHeader: header });
  const { createLivePhase } = await import("../live/phase.ts");
  return { live: createLivePhase(config) };
}

/** Headers the HTTP client sets or the connection needs: none of them can carry the key. */
const RESERVED_HEADERS = new Set(["host", "cookie", "content-length", "content-type", "transfer-encoding", "connection", "keep-alive", "upgrade", "te", "trailer", "expect", "accept", "accept-encoding", "proxy-authorization", "proxy-connection"]);

/**
 * Whether the run fails (exit 1): on errors unless --fail-on never, on warnings with --fail-on
 * warning or past --max-warnings. `why` is said on stderr when the report itself does not show it.
 */
export function gate(result: LintResult, failOn: FailOn, maxWarnings: number | undefined): { failed: boolean; why?: string } {
  const counts = countBySeverity(activeFindings(result));
  if (failOn !== "never" && counts.error > 0) return { failed: true };
  if (failOn === "warning" && counts.warning > 0) return { failed: true, why: `failed on warnings (${counts.warning}; --fail-on warning)` };
  if (maxWarnings !== undefined && counts.warning > maxWarnings) return { failed: true, why: `too many warnings (${counts.warning}, maximum ${maxWarnings})` };
  return { failed: false };
}

function rulesCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseCommandLine(argv, RULES_OPTIONS, "rules");
  if (positionals.length > 0) throw new UsageError(`rules takes no arguments, not ${JSON.stringify(positionals[0])} (see rules --help)`);
  if (values.help) {
    io.stdout.write(RULES_HELP);
    return 0;
  }
  if (oneOf("--format", values.format, ["stylish", "json"], "stylish") === "json") {
    const list = rules.map(({ meta }) => ({
      id: meta.id,
      severity: meta.defaultSeverity,
      input: meta.input,
      description: meta.description,
      docsUrl: docsUrl(meta.id),
      fixable: meta.fixable ?? false,
      optionsSchema: meta.optionsSchema ?? null,
    }));
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  for (const { meta } of rules) io.stdout.write(`${meta.id.padEnd(width)}  ${meta.defaultSeverity.padEnd(7)}  ${meta.input.padEnd(8)}  ${meta.description}\n`);
  return 0;
}
