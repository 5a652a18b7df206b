import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  layersOf,
  oneOf,
  parseCommandLine,
  parseLintArgs
} from "./chunk-BZVTSXD3.js";
import {
  inputBytes
} from "./chunk-62ITEC6O.js";
import {
  LINT_HELP,
  RULES_HELP
} from "./chunk-BQFNLNZJ.js";
import {
  findConfigFile,
  findGitRoot,
  jsonText,
  parseConfig,
  rules
} from "./chunk-R4DYE6P6.js";
import {
  DEFAULT_TIMEOUT_MS,
  liveConfig
} from "./chunk-RWM4WCZU.js";
import {
  printable
} from "./chunk-SGNCF3E6.js";
import {
  activeFindings,
  countBySeverity,
  rebaseFile,
  rebaseResult,
  relativeName
} from "./chunk-XEQW7TWC.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_OPTIONS,
  appendOutput,
  batched,
  existingFileText,
  failClosed,
  fileLines,
  headText,
  isUrl,
  lint,
  newTimings,
  overwriteProblem,
  pathExists,
  readInputText,
  readManifestFile,
  readManifestText,
  readSetFileText,
  readStdinText,
  readValuesText,
  replaceFile,
  stdinRefusal,
  takeFilesFrom,
  urlRefusal,
  withDetectedHelm,
  writeOutput
} from "./chunk-WIGNPISR.js";
import {
  SetApplyError,
  SetSyntaxError,
  parseSetArgument
} from "./chunk-L6SKZPTU.js";
import {
  docsUrl
} from "./chunk-JJJ5BOV3.js";
import {
  isPseudoFile
} from "./chunk-UAKUUDY6.js";
import {
  readHead,
  release
} from "./chunk-47ZAMWHR.js";
import {
  closest
} from "./chunk-2FUTJC6X.js";
import {
  UsageError
} from "./chunk-YI5XR4DP.js";
import {
  VERSION
} from "./chunk-PZGEJKJL.js";

// src/cli/run.ts
import { dirname, isAbsolute, resolve } from "node:path";
var TOOL = { name: "litellm-preflight", version: VERSION };
var FORMATS = ["stylish", "json", "sarif", "github", "gitlab", "junit", "checkstyle"];
var FAIL_ON = ["error", "warning", "never"];
async function runCli(argv, io) {
  takeFilesFrom(io.readBefore);
  try {
    const [command, ...rest] = argv;
    if (command === "lint") return await lintCommand(rest, io);
    if (command === "rules") return rulesCommand(rest, io);
    if (command === "post-render") return await (await import("./post-render-7WLVYVTD.js")).postRender(rest, io, lintCommand);
    const guess = closest(command ?? "", ["lint", "rules", "post-render", "--version", "--help"]) ?? (command !== void 0 && isLintOption(command) ? `lint ${command}` : void 0);
    throw new UsageError(`unknown command "${command}"${guess ? `; did you mean ${guess}?` : ""} (see --help)`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SetSyntaxError || error instanceof SetApplyError) {
      for (const line of error.message.split("\n")) io.stderr.write(`litellm-preflight: ${printable(line)}
`);
      return 2;
    }
    io.stderr.write(`litellm-preflight: internal error: ${error.message ?? String(error)}
`);
    return 2;
  }
}
var RULES_OPTIONS = { format: { type: "string" }, help: { type: "boolean", short: "h" } };
async function lintCommand(argv, io) {
  const sinceStart = () => process.uptime() * 1e3;
  const commandStarted = sinceStart();
  const parsed = parseLintArgs(argv);
  const flags = parsed.values;
  if (flags.help) {
    io.stdout.write(LINT_HELP);
    return 0;
  }
  const format = oneOf("--format", flags.format, FORMATS, "stylish");
  const failOn = oneOf("--fail-on", flags["fail-on"], FAIL_ON, "error");
  const maxWarnings = flags["max-warnings"] === void 0 ? void 0 : Number(flags["max-warnings"]);
  if (maxWarnings !== void 0 && (!/^\d+$/.test(flags["max-warnings"].trim()) || !Number.isSafeInteger(maxWarnings))) throw new UsageError("--max-warnings takes a whole number \u2265 0");
  if (flags["require-live"] && flags.offline) throw new UsageError("--require-live and --offline contradict each other");
  const fixMode = flags.fix ? "write" : flags["fix-dry-run"] ? "dry-run" : void 0;
  const fixType = oneOf("--fix-type", flags["fix-type"], ["fix", "suggestion"], "fix");
  if (flags["fix-type"] !== void 0 && !fixMode) throw new UsageError("--fix-type needs --fix or --fix-dry-run");
  if (flags.fix && flags["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run: choose one");
  if (flags["fix-dry-run"] && flags["write-baseline"] !== void 0) throw new UsageError("--fix-dry-run lints the files as fixed, and --write-baseline records them as they are: choose one");
  const { valuesPaths, sets } = layersOf(parsed);
  const manifestPaths = flags.manifests ?? [];
  const explicit = valuesPaths.length > 0 || manifestPaths.length > 0 || sets.length > 0 || Boolean(flags["budgets-config"]) || Boolean(flags.chart) || (flags["litellm-values"] ?? []).length > 0;
  if (explicit && flags.environment) throw new UsageError("--environment runs the config's environments, and inputs on the command line run without them: give one or the other");
  if (manifestPaths.filter((path) => path === "-").length > 1) throw new UsageError("stdin (-) can be read once");
  if (valuesPaths.includes("-")) throw new UsageError("values on stdin (-f -) are not read: give them as a file, or through process substitution: -f <(sops -d values.enc.yaml)");
  const inputFiles = [
    ...valuesPaths.map((path) => ["-f", path]),
    ...manifestPaths.filter((path) => path !== "-").map((path) => ["-m", path]),
    ...(flags["litellm-values"] ?? []).map((path) => ["--litellm-values", path]),
    ...["budgets-config", "chart-values", "values-schema", "baseline"].flatMap((name) => flags[name] === void 0 ? [] : [[`--${name}`, flags[name]]])
  ];
  for (const [flag, path] of inputFiles) {
    if (path === "-") throw new UsageError(stdinRefusal(flag, flag));
    if (isUrl(path)) throw new UsageError(urlRefusal(flag, path));
  }
  const output = flags.output === "-" ? void 0 : flags.output;
  const reports = [["-o", output], ["--sarif", flags.sarif], ["--gitlab-report", flags["gitlab-report"]], ["--write-baseline", flags["write-baseline"]]];
  const configPath = flags.config ? resolve(io.cwd, flags.config) : findConfigFile(io.cwd);
  refuseOverwrites(io.cwd, reports, [...inputFiles.filter(([flag]) => flag !== "--baseline").map(([, path]) => path), ...setFileNames(sets), ...configPath ? [configPath] : []]);
  let options = { ...DEFAULT_OPTIONS };
  if (configPath) {
    const configName = flags.config ? inputName(io.cwd, flags.config) : relativeName(io.cwd, configPath);
    const text2 = readInputText(configPath, `config file ${configName}`);
    options = await parseConfig(configName, text2, rules, options);
    options.ignoreName = (file) => rebaseFile(file, io.cwd, dirname(configPath));
  }
  const baselinePath = flags.baseline ?? (options.baseline !== void 0 && configPath ? resolve(dirname(configPath), options.baseline) : void 0);
  if (baselinePath !== void 0) refuseOverwrites(io.cwd, reports.filter(([flag]) => flag !== "--write-baseline"), [baselinePath]);
  if (flags["budget-id-env"]) {
    const bad = flags["budget-id-env"].find((name) => !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name));
    if (bad !== void 0) throw new UsageError(`--budget-id-env takes an env variable name, not ${JSON.stringify(bad)}`);
    options.budgetIdEnv = flags["budget-id-env"];
  }
  if (flags["require-live"]) options = failClosed(options);
  if (flags["default-budget-id"] !== void 0) {
    if (flags["default-budget-id"].trim() === "") throw new UsageError("--default-budget-id takes a budget id, not an empty one");
    options.defaultBudgetId = flags["default-budget-id"];
  }
  if (flags.namespace !== void 0) options.namespace = flags.namespace;
  const helmFlag = flags["helm-version"];
  if (helmFlag !== void 0 && helmFlag !== "3" && helmFlag !== "4") throw new UsageError("--helm-version takes 3 or 4");
  if (helmFlag) options.helm = { major: Number(helmFlag), from: "flag" };
  const environments = explicit ? void 0 : options.environments;
  if (flags.environment && !environments) throw new UsageError(`--environment needs environments: in the config${configPath ? ` (${relativeName(io.cwd, configPath)} has none)` : " (none was found)"}`);
  if (!explicit && !environments) throw new UsageError("nothing to lint: give values files, -m manifests or --set, or define environments: in .litellm-preflight.yaml");
  const rewritten = flags["write-baseline"] === void 0 ? void 0 : (await import("./baseline-JYFICZVY.js")).entryFiles(fileLines(resolve(io.cwd, flags["write-baseline"])));
  let runner;
  const timings = flags.timing ? newTimings() : void 0;
  const shown = { snippets: format === "stylish", fixes: format === "stylish" || fixMode !== void 0, ...timings ? { timings } : {} };
  if (environments) {
    runner = await environmentsRunner(flags, io, options, configPath, environments, shown);
    refuseOverwrites(io.cwd, reports, runner.inputs.map((input) => input.name).filter((name) => !isPseudoFile(name)));
  } else {
    const single = await singleRunner(flags, io, options, valuesPaths, manifestPaths, sets, shown);
    if (typeof single === "number") return single;
    runner = single;
  }
  let linted = await runner.run();
  if (fixMode) {
    const types = fixType === "suggestion" ? ["fix", "suggestion"] : ["fix"];
    const fixedValues = await fixFiles(linted, runner.values, fixMode, types, format === "stylish" && !output, io);
    if (fixedValues) linted = await runner.run(fixedValues);
    linted = (await import("./fix-AIMV44P3.js")).withoutRefusedFixes(linted, fixedValues ?? runner.values, types);
  }
  const result = await compareBaseline(linted, flags, options, configPath, runner.inputs, io, rewritten);
  io.linted?.(result.findings.length);
  const reportStarted = sinceStart();
  const forced = forcedColor(io.env.FORCE_COLOR);
  const color = flags["no-color"] ? false : flags.color ? true : forced !== void 0 ? forced : io.env.NO_COLOR ? false : !output && Boolean(io.stdout.isTTY) && io.env.TERM !== "dumb";
  const github = format === "sarif" || format === "github" || flags.sarif ? await githubFormats(flags, io, result, format === "github") : void 0;
  const sarif = github && (format === "sarif" || flags.sarif) ? github.sarif : void 0;
  const gitlab = format === "gitlab" || flags["gitlab-report"] ? await ciReport("gitlab", flags, io, result, runner, failOn) : void 0;
  let text;
  if (format === "json") text = jsonText(result, TOOL);
  else if (sarif !== void 0 && format === "sarif") text = sarif();
  else if (gitlab !== void 0 && format === "gitlab") text = gitlab;
  else if (format === "junit" || format === "checkstyle") text = await ciReport(format, flags, io, result, runner, failOn);
  else if (github && format === "github") {
    text = github.annotations();
    if (io.env.GITHUB_STEP_SUMMARY) await appendOutput(io.env.GITHUB_STEP_SUMMARY, github.summary(), "the job summary (GITHUB_STEP_SUMMARY)");
  } else {
    const { stylishText } = await import("./stylish-VALQD3OO.js");
    text = stylishText(result, { color, quiet: Boolean(flags.quiet), ...flags.verbose ? { verbose: rules } : {} });
  }
  if (sarif !== void 0 && flags.sarif) writeOutput(resolve(io.cwd, flags.sarif), sarif(), `--sarif ${flags.sarif}`);
  if (gitlab !== void 0 && flags["gitlab-report"]) writeOutput(resolve(io.cwd, flags["gitlab-report"]), gitlab, `--gitlab-report ${flags["gitlab-report"]}`);
  if (output) writeOutput(resolve(io.cwd, output), text, `-o ${output}`);
  else if (typeof text === "string") io.stdout.write(text);
  else for (const piece of batched(text)) io.stdout.write(piece);
  const { failed, why } = flags["write-baseline"] !== void 0 ? { failed: false } : gate(result, failOn, maxWarnings);
  if (why) io.stderr.write(`litellm-preflight: ${why}
`);
  if (timings) {
    const ended = sinceStart();
    io.stderr.write(timingTable(timings, { commandStarted, reportStarted, ended }));
  }
  return failed ? 1 : 0;
}
function timingTable(timings, at) {
  const rules2 = [...timings.rules].sort(([, a], [, b]) => b - a);
  const total = (list) => list.reduce((sum, [, ms]) => sum + ms, 0);
  const ruleTotal = total(rules2);
  const slowest = rules2.slice(0, 10);
  const rows = [
    // On a worker, its start and the main thread's reading of the inputs (stdin too) are in the first row.
    ["Node started, the linter loaded", at.commandStarted],
    ["model: inputs parsed, facts", timings.model],
    ["rules, the positions of findings included", ruleTotal],
    ...slowest.map(([id, ms]) => [`  ${id}`, ms]),
    ...rules2.length > slowest.length ? [[`  ${rules2.length - slowest.length} more rules`, ruleTotal - total(slowest)]] : [],
    ["live checks", timings.live],
    ["budget ids placed, directives, sorting", timings.lint - timings.model - ruleTotal - timings.live],
    ["report written", at.ended - at.reportStarted],
    ["the rest: arguments, config, reading, helm rendering", at.reportStarted - at.commandStarted - timings.lint],
    ["total", at.ended]
  ];
  const lines = rows.map(([label, ms]) => `  ${label.padEnd(50)}${ms.toFixed(1).padStart(9)}
`);
  return `litellm-preflight: timing (ms since the process started)
${lines.join("")}`;
}
async function environmentsRunner(flags, io, options, configPath, environments, shown) {
  io.offload?.dispose?.();
  const [{ distinctValues, lintEnvironments, pickEnvironments, prepareEnvironments }, { mergeEnvironments }] = await Promise.all([import("./environments-MVK4NJTB.js"), import("./environments-NALMUTJL.js")]);
  const jobs = await prepareEnvironments(pickEnvironments(environments, flags.environment), configPath, options, io);
  const lintJob = async (job) => lint({ rules, values: job.values, sets: job.sets, manifests: job.manifests, options: job.options, ...shown, ...job.chart ? { chart: job.chart } : {}, ...await environmentLive(flags, io, job) });
  const values = distinctValues(jobs);
  return { values, inputs: [...values, ...jobs.flatMap((job) => job.manifests)], run: async (fixed) => mergeEnvironments(await lintEnvironments(jobs, lintJob, fixed)) };
}
async function environmentLive(flags, io, job) {
  const { litellm } = job;
  if (!litellm || flags.offline) return livePhase(flags, io, job.options);
  const fromVariable = litellm.urlEnv !== void 0 && io.noUrlReason === void 0;
  const url = fromVariable ? io.env[litellm.urlEnv] : flags["litellm-url"] || io.env.LITELLM_URL;
  if (!url) {
    const missing = io.noUrlReason ?? `${litellm.urlEnv ?? "LITELLM_URL"} is not set (environment ${job.name})`;
    if (flags["require-live"]) throw new UsageError(`--require-live: ${missing}`);
    return { liveSkippedReason: missing };
  }
  const key = (name, fallback) => name ? io.env[name] : io.env[fallback];
  const env = { ...io.env, LITELLM_URL: url, LITELLM_MASTER_KEY: key(litellm.masterKeyEnv, "LITELLM_MASTER_KEY"), LITELLM_API_KEY: key(litellm.apiKeyEnv, "LITELLM_API_KEY") };
  const own = { ...flags, "litellm-url": void 0, "key-alias": litellm.keyAlias ?? flags["key-alias"] };
  return livePhase(own, { ...io, env }, job.options, void 0, fromVariable ? litellm.urlEnv : flags["litellm-url"] ? "--litellm-url" : "LITELLM_URL");
}
async function singleRunner(flags, io, options, valuesPaths, manifestPaths, sets, shown) {
  const budgetsConfigPath = flags["budgets-config"];
  let stdin = io.stdinBefore && manifestPaths.includes("-") ? { head: await readingStdin(io.stdinBefore()), ended: true } : void 0;
  if (io.offload) {
    const inputPaths = [...valuesPaths, ...manifestPaths, ...budgetsConfigPath ? [budgetsConfigPath] : []];
    const fileBytes = inputBytes(io.cwd, inputPaths);
    const readsStdin = manifestPaths.includes("-");
    const wanted = Math.min(io.offload.minBytes - fileBytes, (options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES) + 1);
    if (readsStdin) stdin = wanted > 0 ? await readingStdin(readHead(io.stdin, wanted)) : { head: Buffer.alloc(0), ended: false };
    if (fileBytes + (stdin?.head.length ?? 0) >= io.offload.minBytes) {
      const paths = inputPaths.filter((path) => path !== "-").map((path) => resolve(io.cwd, path));
      io.helmStarted?.stop();
      return io.offload.run(stdin, { paths, maxBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES });
    }
    io.offload.dispose?.();
  }
  const values = [];
  for (const path of valuesPaths) {
    const name = inputName(io.cwd, path);
    values.push({ name, text: readValuesText(resolve(io.cwd, path), `values file ${name}`, options) });
  }
  for (const set of sets) if (set.flag === "--set-file") set.files = readSetFiles(set, io.cwd, options);
  const manifests = [];
  for (const path of manifestPaths) {
    if (path === "-") {
      const text = stdin ? headText(stdin, options.maxFileBytes) : await readingStdin(readStdinText(io.stdin, options.maxFileBytes));
      if (io.stdinBefore && stdin) release(stdin.head, true);
      manifests.push({ name: "<stdin>", text: readManifestText(text, "stdin") });
      stdin = void 0;
    } else {
      const name = inputName(io.cwd, path);
      manifests.push(readManifestFile(resolve(io.cwd, path), name, `manifest file ${name}`, options.maxFileBytes));
    }
  }
  const litellmValues = [];
  for (const path of flags["litellm-values"] ?? []) {
    const name = relativeName(io.cwd, resolve(io.cwd, path));
    litellmValues.push({ name, text: readValuesText(resolve(io.cwd, path), `LiteLLM values file ${name}`, options) });
  }
  const litellmRelease = flags["litellm-release"];
  if (litellmRelease !== void 0 && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(litellmRelease)) throw new UsageError("--litellm-release must be a Helm release name (lowercase letters, digits and -)");
  let budgetsConfig;
  if (budgetsConfigPath) {
    const name = inputName(io.cwd, budgetsConfigPath);
    budgetsConfig = { name, text: readInputText(resolve(io.cwd, budgetsConfigPath), `budgets config ${name}`, options.maxFileBytes) };
  }
  const extra = CHART_CLUSTER_FLAGS.some((name) => flags[name] !== void 0) ? await (await import("./chart-cluster-WURBNFN2.js")).chartAndCluster(flags, valuesPaths, sets, io, !flags.offline && Boolean(flags["litellm-url"] || io.env.LITELLM_URL), options, io.helmStarted) : { request: {}, rendered: void 0, masterKey: void 0 };
  if (extra.rendered) manifests.push(extra.rendered);
  if ("helmMajor" in extra) options = withDetectedHelm(options, extra.helmMajor);
  const live = await livePhase(flags, io, options, extra.masterKey);
  const litellm = { ...litellmValues.length > 0 ? { litellmValues } : {}, ...litellmRelease ? { litellmRelease } : {} };
  const byName = (layers) => values.map((input) => layers?.find((layer) => layer.name === input.name) ?? input);
  const lintWith = (layers, linted) => lint({ rules, values: byName(layers), sets, manifests: linted, options, ...shown, ...budgetsConfig ? { budgetsConfig } : {}, ...litellm, ...live, ...extra.request });
  return {
    values,
    inputs: [...values, ...manifests],
    run: async (layers) => {
      if (!layers || !extra.rendered) return lintWith(layers, manifests);
      const rendered = await (await import("./chart-cluster-WURBNFN2.js")).renderAgain(flags, valuesPaths, values, byName(layers), sets, io, options);
      return lintWith(layers, [...manifests.filter((input) => input !== extra.rendered), ...rendered ? [rendered] : []]);
    }
  };
}
async function fixFiles(result, values, mode, types, diffToStdout, io) {
  const { fixDiff, planFixes } = await import("./fix-AIMV44P3.js");
  const plan = planFixes(result, values, types);
  for (const file of plan.files) {
    const count = `${file.fixed} problem${file.fixed === 1 ? "" : "s"}`;
    if (mode === "write") {
      await replaceFile(resolve(io.cwd, file.name), file.after, file.before, `--fix ${file.name}`);
      io.stderr.write(`litellm-preflight: fixed ${count} in ${file.name}
`);
    } else (diffToStdout ? io.stdout : io.stderr).write(`${fixDiff(file)}
`);
  }
  if (plan.files.length === 0) io.stderr.write(`litellm-preflight: nothing to fix${mode === "dry-run" ? "" : "; no file changed"}
`);
  if (plan.elsewhere > 0) io.stderr.write(`litellm-preflight: ${plan.elsewhere} fixable problem${plan.elsewhere === 1 ? " is" : "s are"} in --set flags or manifests: not changed (fix ${plan.elsewhere === 1 ? "it" : "them"} where the value comes from)
`);
  if (plan.skipped > 0) io.stderr.write(`litellm-preflight: ${plan.skipped} fix${plan.skipped === 1 ? "" : "es"} could not be applied safely (overlapping edits, a flow-style list, an anchor, alias or tag): left as they are
`);
  return plan.files.length > 0 ? plan.values : void 0;
}
async function compareBaseline(result, flags, options, configPath, inputs, io, rewritten) {
  const written = flags["write-baseline"];
  const configured = options.baseline !== void 0 && configPath ? resolve(dirname(configPath), options.baseline) : void 0;
  const path = written ?? flags.baseline ?? configured;
  if (path === void 0) return result;
  const { applyBaseline, goneFiles, keepsEntries, keptEntries, parseBaseline, readFiles, writeBaseline } = await import("./baseline-JYFICZVY.js");
  const baseDir = configPath ? dirname(configPath) : io.cwd;
  const context = { baseDir, cwd: io.cwd, texts: new Map(inputs.map((input) => [input.name, input.text])), read: readFiles(result, inputs, io.cwd, baseDir), gone: goneFiles(baseDir, pathExists) };
  const name = written === void 0 && flags.baseline === void 0 && !isAbsolute(options.baseline) ? relativeName(io.cwd, path) : inputName(io.cwd, path);
  if (written !== void 0) {
    const earlier = rewritten === void 0 || keepsEntries(rewritten, context) ? existingFileText(resolve(io.cwd, written), `baseline file ${name}`) : void 0;
    const previous = earlier === void 0 ? [] : keptEntries(earlier, name, context);
    const { text, entries: entries2, kept } = writeBaseline(result, context, previous);
    writeOutput(resolve(io.cwd, written), text, `--write-baseline ${written}`);
    const keptNote = kept > 0 ? ` (and kept its ${kept} entr${kept === 1 ? "y" : "ies"} of files this run did not read)` : "";
    io.stderr.write(`litellm-preflight: wrote ${entries2} finding${entries2 === 1 ? "" : "s"} to the baseline ${name}${keptNote}
`);
    return result;
  }
  const entries = parseBaseline(readInputText(resolve(io.cwd, path), `baseline file ${name}`), name);
  return applyBaseline(result, entries, name, context);
}
async function readingStdin(reading) {
  try {
    return await reading;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read stdin: ${error.code ?? error.message}`);
  }
}
function forcedColor(value) {
  if (value === void 0) return void 0;
  return ["", "1", "2", "3", "true"].includes(value);
}
function refuseOverwrites(cwd, outputs, inputs) {
  const problem = overwriteProblem(cwd, outputs, inputs);
  if (problem) throw new UsageError(problem);
}
function setFileNames(sets) {
  return sets.flatMap((set) => {
    if (set.flag !== "--set-file") return [];
    try {
      return parseSetArgument(set.arg, set.flag, set.index, void 0, Number.MAX_SAFE_INTEGER).flatMap(({ value, terminal }) => terminal === "value" && typeof value === "string" ? [value] : []);
    } catch {
      return [];
    }
  });
}
function isLintOption(arg) {
  if (arg.startsWith("--")) return Object.hasOwn(LINT_OPTIONS, arg.slice(2).split("=")[0]);
  return arg.length > 1 && arg.startsWith("-") && Object.values(LINT_OPTIONS).some((spec) => "short" in spec && spec.short === arg[1]);
}
function inputName(cwd, path) {
  return isAbsolute(path) ? path : relativeName(cwd, resolve(cwd, path));
}
function readSetFiles(set, cwd, { maxFileBytes, limits }) {
  const files = {};
  for (const { value, terminal } of parseSetArgument(set.arg, set.flag, set.index, void 0, limits?.maxDepth)) {
    if (terminal !== "value" || typeof value !== "string" || value in files) continue;
    if (isUrl(value)) throw new UsageError(`--set-file ${value}: a file from a URL is not fetched; download it and give its path`);
    if (value === "-") throw new UsageError("--set-file KEY=- (stdin) is not read: give the value as a file, or through process substitution");
    files[value] = readSetFileText(resolve(cwd, value), `--set-file ${value}`, maxFileBytes);
  }
  return files;
}
var CHART_CLUSTER_FLAGS = ["chart", "release", "namespace", "chart-version", "values-schema", "chart-values", "kubeconfig", "kube-context", "kube-timeout", "compare-release", "master-key-secret"];
async function githubFormats(flags, { cwd, env }, result, annotate) {
  const { DEFAULT_SARIF_CATEGORY, sarifText } = await import("./sarif-ZYM3XNM2.js");
  const [github, summary] = annotate ? await Promise.all([import("./github-L6UNRWTZ.js"), import("./summary-CMQNWZVN.js")]) : [void 0, void 0];
  const root = flags["sarif-root"] ? resolve(cwd, flags["sarif-root"]) : findGitRoot(cwd) ?? cwd;
  const category = flags["sarif-category"] ?? DEFAULT_SARIF_CATEGORY;
  let rebased;
  const inRepository = () => rebased ??= rebaseResult(result, cwd, root);
  return {
    sarif: () => sarifText(result, { rules, tool: TOOL, root, cwd, category }),
    annotations: () => github.githubText(inRepository(), rules),
    summary: () => summary.formatSummary(inRepository(), rules, { link: summary.githubBlobLinks(env) })
  };
}
async function ciReport(format, flags, { cwd }, result, runner, failOn) {
  if (format === "checkstyle") return (await import("./checkstyle-QVBSVEFX.js")).checkstyleText(result, TOOL);
  if (format === "junit") {
    const valueNames = runner.values.map((input) => input.name);
    const manifests = runner.inputs.map((input) => input.name).filter((name) => !valueNames.includes(name));
    const failing = failOn === "warning" ? ["error", "warning"] : ["error"];
    return (await import("./junit-AEUCYOCG.js")).junitText(result, { rules, tool: TOOL, inputs: { values: valueNames, manifests }, failing });
  }
  const { gitlabText } = await import("./gitlab-KOTFAYCZ.js");
  const root = flags["sarif-root"] ? resolve(cwd, flags["sarif-root"]) : findGitRoot(cwd) ?? cwd;
  const rebased = rebaseResult(result, cwd, root);
  return { [Symbol.iterator]: () => gitlabText(rebased, rules) };
}
async function livePhase(flags, { env, noUrlReason }, options, masterKeyFromCluster, urlFrom = "LITELLM_URL") {
  const timeoutMs = flags.timeout === void 0 ? DEFAULT_TIMEOUT_MS : /^\d{1,6}$/.test(flags.timeout) ? Number(flags.timeout) : Number.NaN;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 6e5) throw new UsageError("--timeout takes a whole number of milliseconds between 1 and 600000");
  const header = flags["litellm-key-header"];
  if (header !== void 0 && !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(header)) throw new UsageError("--litellm-key-header must be an HTTP header name");
  if (header !== void 0 && RESERVED_HEADERS.has(header.toLowerCase())) throw new UsageError(`--litellm-key-header ${header} is a header HTTP itself uses: the key would not reach the proxy as a key (LiteLLM's default is Authorization)`);
  const alias = flags["key-alias"];
  if (alias !== void 0 && alias.trim() === "") throw new UsageError("--key-alias must not be empty");
  const proxyKeyAlias = flags["proxy-key-alias"];
  if (proxyKeyAlias !== void 0 && proxyKeyAlias.trim() === "") throw new UsageError("--proxy-key-alias must not be empty");
  if (flags.offline) return { liveSkippedReason: "--offline given" };
  const url = flags["litellm-url"] || env.LITELLM_URL || void 0;
  if (!url && flags["require-live"]) throw new UsageError(`--require-live needs the proxy's URL: --litellm-url or LITELLM_URL${noUrlReason ? ` (${noUrlReason})` : ""}`);
  if (!url) return { liveSkippedReason: noUrlReason ?? "no LiteLLM URL given (--litellm-url or LITELLM_URL)" };
  const config = liveConfig(url, flags["litellm-url"] ? "--litellm-url" : urlFrom, env, options.budgetIdEnv[0], { masterKey: masterKeyFromCluster, keyAlias: alias, proxyKeyAlias, timeoutMs, keyHeader: header });
  const { createLivePhase } = await import("./phase-TQKKCWYK.js");
  return { live: createLivePhase(config) };
}
var RESERVED_HEADERS = /* @__PURE__ */ new Set(["host", "cookie", "content-length", "content-type", "transfer-encoding", "connection", "keep-alive", "upgrade", "te", "trailer", "expect", "accept", "accept-encoding", "proxy-authorization", "proxy-connection"]);
function gate(result, failOn, maxWarnings) {
  const counts = countBySeverity(activeFindings(result));
  if (failOn !== "never" && counts.error > 0) return { failed: true };
  if (failOn === "warning" && counts.warning > 0) return { failed: true, why: `failed on warnings (${counts.warning}; --fail-on warning)` };
  if (maxWarnings !== void 0 && counts.warning > maxWarnings) return { failed: true, why: `too many warnings (${counts.warning}, maximum ${maxWarnings})` };
  return { failed: false };
}
function rulesCommand(argv, io) {
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
      optionsSchema: meta.optionsSchema ?? null
    }));
    io.stdout.write(`${JSON.stringify(list, null, 2)}
`);
    return 0;
  }
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  for (const { meta } of rules) io.stdout.write(`${meta.id.padEnd(width)}  ${meta.defaultSeverity.padEnd(7)}  ${meta.input.padEnd(8)}  ${meta.description}
`);
  return 0;
}

export {
  runCli,
  gate
};
