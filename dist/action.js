import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  findConfigFile,
  findGitRoot,
  jsonBudgetId,
  parseConfig,
  rules
} from "./chunks/chunk-R4DYE6P6.js";
import {
  DEFAULT_SARIF_CATEGORY,
  formatSarif
} from "./chunks/chunk-ZURIHIN4.js";
import {
  escapeData,
  githubText,
  workflowCommand
} from "./chunks/chunk-OSS33U3C.js";
import {
  formatSummary,
  githubBlobLinks,
  markdownText
} from "./chunks/chunk-OWK4B3UN.js";
import {
  createLivePhase
} from "./chunks/chunk-566Y36ZR.js";
import {
  liveConfig
} from "./chunks/chunk-RWM4WCZU.js";
import "./chunks/chunk-CFB6SWCT.js";
import {
  applyBaseline,
  goneFiles,
  parseBaseline,
  readFiles
} from "./chunks/chunk-2BCJOFTC.js";
import "./chunks/chunk-YWQAKHHM.js";
import "./chunks/chunk-SGNCF3E6.js";
import {
  activeFindings,
  countBySeverity,
  plainLine,
  rebaseFile,
  rebaseResult,
  relativeName,
  wholeText
} from "./chunks/chunk-XEQW7TWC.js";
import {
  distinctValues,
  lintEnvironments,
  pickEnvironments,
  prepareEnvironments
} from "./chunks/chunk-T62MQNBD.js";
import {
  mergeEnvironments
} from "./chunks/chunk-LSGHLHXC.js";
import {
  prepareChart
} from "./chunks/chunk-ZOJZC5X7.js";
import {
  DEFAULT_OPTIONS,
  errnoText,
  expandInputPaths,
  failClosed,
  lint,
  overwriteProblem,
  readInputText,
  readManifestFile,
  readValuesText,
  withDetectedHelm
} from "./chunks/chunk-WIGNPISR.js";
import {
  SetApplyError,
  SetSyntaxError
} from "./chunks/chunk-L6SKZPTU.js";
import "./chunks/chunk-ZTHYLWEB.js";
import "./chunks/chunk-JJJ5BOV3.js";
import {
  clip
} from "./chunks/chunk-NQUIDX5X.js";
import {
  LITELLM_CREDENTIAL_ENV,
  isPseudoFile
} from "./chunks/chunk-UAKUUDY6.js";
import "./chunks/chunk-3TY5ZICS.js";
import "./chunks/chunk-47ZAMWHR.js";
import "./chunks/chunk-2FUTJC6X.js";
import {
  UsageError
} from "./chunks/chunk-YI5XR4DP.js";
import "./chunks/chunk-T7WBHCFS.js";
import {
  VERSION
} from "./chunks/chunk-PZGEJKJL.js";
import "./chunks/chunk-BE7JI7H6.js";

// src/action/run.ts
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/action/live.ts
function actionLivePhase(inputs, env, options) {
  if (inputs.offline) return { liveSkippedReason: "the offline input is true" };
  if (inputs.url === "") return { liveSkippedReason: "no litellm-url input given" };
  return { live: createLivePhase(liveConfig(inputs.url, 'input "litellm-url"', env, options.budgetIdEnv[0], { keyAlias: inputs.keyAlias || void 0 })) };
}
function environmentLivePhase(inputs, env, options, name, litellm) {
  if (!litellm?.urlEnv || inputs.offline) return actionLivePhase({ ...inputs, keyAlias: litellm?.keyAlias ?? inputs.keyAlias }, env, options);
  const url = env[litellm.urlEnv];
  if (!url) return { liveSkippedReason: `${litellm.urlEnv} is not set (environment ${name})` };
  const keys = { ...env, LITELLM_MASTER_KEY: env[litellm.masterKeyEnv ?? "LITELLM_MASTER_KEY"], LITELLM_API_KEY: env[litellm.apiKeyEnv ?? "LITELLM_API_KEY"] };
  return { live: createLivePhase(liveConfig(url, litellm.urlEnv, keys, options.budgetIdEnv[0], { keyAlias: litellm.keyAlias ?? (inputs.keyAlias || void 0) })) };
}

// src/action/protocol.ts
import { randomUUID } from "node:crypto";
var InputError = class extends Error {
  name = "InputError";
};
function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function getInput(env, name) {
  return (env[inputVariable(name)] ?? "").trim();
}
function getMultilineInput(env, name) {
  return getInput(env, name).split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
}
function getBooleanInput(env, name, fallback) {
  const value = getInput(env, name);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`input "${name}" must be true or false, not "${value}"`);
}
function maskCommands(secret) {
  const values = /* @__PURE__ */ new Set([secret, secret.trim(), ...secret.split(/\r?\n/).map((line) => line.trim())]);
  return [...values].filter((value) => value !== "").map((value) => `::add-mask::${escapeData(value)}`);
}
function outputBlock(name, value) {
  let delimiter = `ghadelimiter_${randomUUID()}`;
  while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}
${value}
${delimiter}
`;
}

// src/action/run.ts
var TOOL = { name: "litellm-preflight", version: VERSION };
var FAIL_ON = ["error", "warning", "never"];
function readInputs(env, workspace) {
  const values = expandInputPaths(workspace, getMultilineInput(env, "values"), 'input "values"');
  const sets = getMultilineInput(env, "set");
  const manifests = getMultilineInput(env, "manifests");
  const chart = getInput(env, "chart");
  const release = getInput(env, "release");
  const namespace = getInput(env, "namespace");
  const requireLive = getBooleanInput(env, "require-live", false);
  const maxWarningsText = getInput(env, "max-warnings");
  if (maxWarningsText !== "" && !/^\d+$/.test(maxWarningsText)) throw new InputError(`input "max-warnings" must be a whole number \u2265 0, not "${clip(maxWarningsText)}"`);
  const maxWarnings = maxWarningsText === "" ? void 0 : Number(maxWarningsText);
  const baseline = getInput(env, "baseline");
  const environments = getMultilineInput(env, "environment");
  const config = getInput(env, "config");
  const litellmUrl = getInput(env, "litellm-url");
  const keyAlias = getInput(env, "key-alias");
  const offline = getBooleanInput(env, "offline", false);
  const failOn = getInput(env, "fail-on") || "error";
  const sarifFile = getInput(env, "sarif-file") || "litellm-preflight.sarif";
  const sarifCategory = getInput(env, "sarif-category") || DEFAULT_SARIF_CATEGORY;
  if (!FAIL_ON.includes(failOn)) throw new InputError(`input "fail-on" must be one of ${FAIL_ON.join(", ")}, not "${failOn}"`);
  if (manifests.includes("-")) throw new InputError('input "manifests" cannot read stdin ("-"); render the manifests to a file first (helm template \u2026 > rendered.yaml)');
  const explicit = values.length > 0 || manifests.length > 0 || sets.length > 0 || chart !== "";
  if (explicit && environments.length > 0) throw new InputError(`input "environment" runs the config's environments; "values", "set", "manifests" and "chart" run without them: give one or the other`);
  if (!explicit && environments.length === 0) throw new InputError('nothing to lint: set the "values", "set", "manifests", "chart" or "environment" input');
  if ((release || namespace) && !chart) throw new InputError('inputs "release" and "namespace" need the "chart" input');
  if (requireLive && (offline || !litellmUrl && environments.length === 0)) throw new InputError('input "require-live" needs the "litellm-url" input, and "offline" false');
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
    failOn,
    maxWarnings,
    baseline,
    environments,
    sarifFile,
    sarifCategory
  };
}
async function runAction(io) {
  const keyVariables = Object.keys(io.env).filter((name) => /^LITE_?LLM_\w*KEY\w*$/.test(name));
  for (const name of /* @__PURE__ */ new Set([...LITELLM_CREDENTIAL_ENV, ...keyVariables])) {
    const value = io.env[name];
    if (value) for (const line of maskCommands(value)) io.stdout(`${line}
`);
  }
  try {
    return await lintAndReport(io);
  } catch (error) {
    const known = error instanceof InputError || error instanceof UsageError || error instanceof SetSyntaxError || error instanceof SetApplyError;
    const message = plainLine(known ? error.message : `internal error: ${error.message ?? String(error)}`);
    io.stdout(`${workflowCommand("error", { title: "litellm-preflight" }, message)}
`);
    appendSummary(io.env, `## litellm-preflight

\u274C The check could not run: ${markdownText(message)}
`);
    return 2;
  }
}
async function lintAndReport(io) {
  const workspace = resolve(io.cwd, io.env.GITHUB_WORKSPACE || ".");
  const inputs = readInputs(io.env, workspace);
  const at = (path) => resolve(workspace, path);
  const display = (absolute) => relativeName(workspace, absolute);
  let options = { ...DEFAULT_OPTIONS };
  const configPath = inputs.config ? at(inputs.config) : findConfigFile(workspace);
  if (configPath) {
    options = await parseConfig(display(configPath), readInputText(configPath, `config file ${display(configPath)}`), rules, options);
    options.ignoreName = (file) => rebaseFile(file, workspace, dirname(configPath));
  }
  if (inputs.requireLive) options = failClosed(options);
  const { linted, values, manifests } = inputs.environments.length > 0 ? await lintEnvironmentsOf(inputs, options, configPath, workspace, io.env) : await lintInputs(inputs, options, workspace, io.env, at, display);
  const baselinePath = inputs.baseline ? at(inputs.baseline) : options.baseline !== void 0 && configPath ? resolve(dirname(configPath), options.baseline) : void 0;
  const baseDir = configPath ? dirname(configPath) : workspace;
  const read = [...values, ...manifests];
  const context = { baseDir, cwd: workspace, texts: new Map(read.map((input) => [input.name, input.text])), read: readFiles(linted, read, workspace, baseDir), gone: goneFiles(baseDir, existsSync) };
  const result = baselinePath ? applyBaseline(linted, parseBaseline(readInputText(baselinePath, `baseline file ${display(baselinePath)}`), display(baselinePath)), display(baselinePath), context) : linted;
  const firstInput = [...inputs.values, ...inputs.manifests][0];
  const root = findGitRoot(firstInput ? dirname(at(firstInput)) : workspace) ?? findGitRoot(workspace) ?? workspace;
  const forGithub = rebaseResult(result, workspace, root);
  const sarifPath = at(inputs.sarifFile);
  const replaced = overwriteProblem(workspace, [['input "sarif-file"', inputs.sarifFile]], [
    ...read.map((input) => input.name).filter((name) => !isPseudoFile(name)),
    ...[configPath, baselinePath].filter((path) => path !== void 0)
  ]);
  if (replaced) throw new InputError(replaced);
  try {
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, formatSarif(result, { rules, tool: TOOL, root, cwd: workspace, category: inputs.sarifCategory }));
  } catch (error) {
    throw new InputError(`cannot write the SARIF file ${inputs.sarifFile}: ${errnoText(error, "its directory cannot be made")}`);
  }
  const counts = countBySeverity(activeFindings(result));
  io.stdout(`${TOOL.name} ${TOOL.version}: ${describeInputs(result)}; live checks ${result.live.status}${result.live.reason ? ` (${result.live.reason})` : ""}
`);
  io.stdout(wholeText(githubText(forGithub, rules)));
  const gate = gateReason(inputs.failOn, inputs.maxWarnings, counts);
  const title = result.environments ? result.environments.map((environment) => environment.name).join(", ") : [...inputs.values, ...inputs.manifests, ...inputs.chart ? [`chart ${inputs.chart}`] : []].join(", ");
  appendSummary(io.env, formatSummary(forGithub, rules, { title, link: githubBlobLinks(io.env) }) + (gate ? `**Failed:** ${markdownText(gate)}
` : ""));
  setOutputs(io.env, {
    "sarif-file": sarifPath,
    errors: String(counts.error),
    warnings: String(counts.warning),
    "budget-ids": JSON.stringify(forGithub.budgetIds.map(jsonBudgetId)),
    "live-status": result.live.status
  });
  io.stdout(`${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"}, ${counts.note} note${counts.note === 1 ? "" : "s"}; SARIF written to ${display(sarifPath)}
`);
  if (gate) {
    io.stderr(`litellm-preflight: failed: ${gate}
`);
    return 1;
  }
  return 0;
}
async function lintInputs(inputs, options, workspace, env, at, display) {
  const values = inputs.values.map((path) => ({ name: display(at(path)), text: readValuesText(at(path), `values file ${path}`, options) }));
  const manifests = inputs.manifests.map((path) => readManifestFile(at(path), display(at(path)), `manifest file ${path}`, options.maxFileBytes));
  const sets = inputs.sets.map((arg, index) => ({ flag: "--set", arg, index }));
  const chart = inputs.chart ? await prepareChart({ chart: inputs.chart, release: inputs.release || void 0, namespace: inputs.namespace || void 0, sizes: options }, inputs.values, sets, { cwd: workspace, env }) : {};
  if (chart.rendered) manifests.push(chart.rendered);
  const live = actionLivePhase({ url: inputs.litellmUrl, keyAlias: inputs.keyAlias, offline: inputs.offline }, env, options);
  const inNamespace = inputs.namespace ? { ...options, namespace: inputs.namespace } : options;
  const linted = await lint({ rules, values, sets, manifests, options: withDetectedHelm(inNamespace, chart.helmMajor), snippets: false, fixes: false, ...chart.chart ? { chart: chart.chart } : {}, ...live });
  return { linted, values, manifests };
}
async function lintEnvironmentsOf(inputs, options, configPath, workspace, env) {
  if (!configPath || !options.environments) throw new InputError('input "environment" needs environments: in the config file');
  const names = inputs.environments.includes("*") ? void 0 : inputs.environments;
  const jobs = await prepareEnvironments(pickEnvironments(options.environments, names), configPath, options, { cwd: workspace, env });
  const live = { url: inputs.litellmUrl, keyAlias: inputs.keyAlias, offline: inputs.offline };
  const runs = await lintEnvironments(
    jobs,
    (job) => lint({ rules, values: job.values, sets: job.sets, manifests: job.manifests, options: job.options, snippets: false, fixes: false, ...job.chart ? { chart: job.chart } : {}, ...environmentLivePhase(live, env, job.options, job.name, job.litellm) })
  );
  return { linted: mergeEnvironments(runs), values: distinctValues(jobs), manifests: jobs.flatMap((job) => job.manifests) };
}
function gateReason(failOn, maxWarnings, counts) {
  if (failOn !== "never" && counts.error > 0) return `${counts.error} error${counts.error === 1 ? "" : "s"} (fail-on: ${failOn})`;
  if (failOn === "warning" && counts.warning > 0) return `${counts.warning} warning${counts.warning === 1 ? "" : "s"} (fail-on: warning)`;
  if (maxWarnings !== void 0 && counts.warning > maxWarnings) return `too many warnings (${counts.warning}, maximum ${maxWarnings})`;
  return void 0;
}
function describeInputs(result) {
  const { valuesFiles, manifestDocuments, workloads } = result.stats;
  return `${valuesFiles} values file${valuesFiles === 1 ? "" : "s"}, ${manifestDocuments} manifest document${manifestDocuments === 1 ? "" : "s"}, ${workloads} workload${workloads === 1 ? "" : "s"}`;
}
function setOutputs(env, outputs) {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  appendFileSync(file, Object.entries(outputs).map(([name, value]) => outputBlock(name, value)).join(""));
}
function appendSummary(env, markdown) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    appendFileSync(file, markdown);
  } catch {
  }
}

// src/action/main.ts
process.exitCode = await runAction({
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
