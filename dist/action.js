import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  DEFAULT_SARIF_CATEGORY,
  formatSarif
} from "./chunks/chunk-O7T73TQZ.js";
import {
  escapeData,
  formatGithub,
  workflowCommand
} from "./chunks/chunk-BYWYGPGB.js";
import {
  formatSummary,
  markdownText
} from "./chunks/chunk-MOKVVVUM.js";
import {
  createLivePhase
} from "./chunks/chunk-Q3B6XRX4.js";
import {
  DEFAULT_OPTIONS,
  SetApplyError,
  SetSyntaxError,
  jsonLocation,
  lint,
  liveConfig,
  parseConfig,
  readInputText,
  rules
} from "./chunks/chunk-KROLSLQI.js";
import {
  UsageError
} from "./chunks/chunk-PZ4JXDO2.js";
import "./chunks/chunk-WQODLWK4.js";
import "./chunks/chunk-FLM64P6W.js";
import "./chunks/chunk-TLGIGAKR.js";
import {
  VERSION
} from "./chunks/chunk-BOIGW645.js";
import {
  findConfigFile,
  findGitRoot
} from "./chunks/chunk-356GWT3Q.js";
import {
  activeFindings,
  countBySeverity,
  plainLine,
  rebaseResult,
  relativeName
} from "./chunks/chunk-WJPUQHBL.js";
import {
  LITELLM_CREDENTIAL_ENV
} from "./chunks/chunk-B675Y2P7.js";
import "./chunks/chunk-BE7JI7H6.js";

// src/action/run.ts
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/action/live.ts
function actionLivePhase(inputs, env, options) {
  if (inputs.offline) return { liveSkippedReason: "the offline input is true" };
  if (inputs.url === "") return { liveSkippedReason: "no litellm-url input given" };
  return { live: createLivePhase(liveConfig(inputs.url, 'input "litellm-url"', env, options.budgetIdEnv[0], { keyAlias: inputs.keyAlias || void 0 })) };
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
function readInputs(env) {
  const values = getMultilineInput(env, "values");
  const sets = getMultilineInput(env, "set");
  const manifests = getMultilineInput(env, "manifests");
  const config = getInput(env, "config");
  const litellmUrl = getInput(env, "litellm-url");
  const keyAlias = getInput(env, "key-alias");
  const offline = getBooleanInput(env, "offline", false);
  const failOn = getInput(env, "fail-on") || "error";
  const sarifFile = getInput(env, "sarif-file") || "litellm-preflight.sarif";
  const sarifCategory = getInput(env, "sarif-category") || DEFAULT_SARIF_CATEGORY;
  if (!FAIL_ON.includes(failOn)) throw new InputError(`input "fail-on" must be one of ${FAIL_ON.join(", ")}, not "${failOn}"`);
  if (manifests.includes("-")) throw new InputError('input "manifests" cannot read stdin ("-"); render the manifests to a file first (helm template \u2026 > rendered.yaml)');
  if (values.length === 0 && manifests.length === 0 && sets.length === 0) throw new InputError('nothing to lint: set the "values", "set" or "manifests" input');
  return { values, sets, manifests, config, litellmUrl, keyAlias, offline, failOn, sarifFile, sarifCategory };
}
async function runAction(io) {
  for (const name of LITELLM_CREDENTIAL_ENV) {
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
  const inputs = readInputs(io.env);
  const workspace = resolve(io.cwd, io.env.GITHUB_WORKSPACE || ".");
  const at = (path) => resolve(workspace, path);
  const display = (absolute) => relativeName(workspace, absolute);
  let options = { ...DEFAULT_OPTIONS };
  const configPath = inputs.config ? at(inputs.config) : findConfigFile(workspace);
  if (configPath) options = await parseConfig(display(configPath), readInputText(configPath, `config file ${display(configPath)}`), rules, options);
  const values = inputs.values.map((path) => ({ name: display(at(path)), text: readInputText(at(path), `values file ${path}`, options.maxFileBytes) }));
  const manifests = inputs.manifests.map((path) => ({ name: display(at(path)), text: readInputText(at(path), `manifest file ${path}`, options.maxFileBytes) }));
  const sets = inputs.sets.map((arg, index) => ({ flag: "--set", arg, index }));
  const live = actionLivePhase({ url: inputs.litellmUrl, keyAlias: inputs.keyAlias, offline: inputs.offline }, io.env, options);
  const result = await lint({ rules, values, sets, manifests, options, ...live });
  const firstInput = [...inputs.values, ...inputs.manifests][0];
  const root = findGitRoot(firstInput ? dirname(at(firstInput)) : workspace) ?? findGitRoot(workspace) ?? workspace;
  const forGithub = rebaseResult(result, workspace, root);
  const sarifPath = at(inputs.sarifFile);
  try {
    mkdirSync(dirname(sarifPath), { recursive: true });
    writeFileSync(sarifPath, formatSarif(result, { rules, tool: TOOL, root, cwd: workspace, category: inputs.sarifCategory }));
  } catch (error) {
    throw new InputError(`cannot write the SARIF file ${inputs.sarifFile}: ${error.code ?? "failed"}`);
  }
  const counts = countBySeverity(activeFindings(result));
  io.stdout(`${TOOL.name} ${TOOL.version}: ${describeInputs(result)}; live checks ${result.live.status}${result.live.reason ? ` (${result.live.reason})` : ""}
`);
  io.stdout(formatGithub(forGithub, rules));
  const gate = gateReason(inputs.failOn, counts);
  appendSummary(io.env, formatSummary(forGithub, rules) + (gate ? `**Failed:** ${markdownText(gate)}
` : ""));
  setOutputs(io.env, {
    "sarif-file": sarifPath,
    errors: String(counts.error),
    warnings: String(counts.warning),
    "budget-ids": JSON.stringify(
      forGithub.budgetIds.map((budget) => ({ id: budget.id, source: budget.source, envName: budget.envName, scope: budget.scope, location: budget.location ? jsonLocation(budget.location) : null }))
    ),
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
function gateReason(failOn, counts) {
  if (failOn === "never") return void 0;
  if (counts.error > 0) return `${counts.error} error${counts.error === 1 ? "" : "s"} (fail-on: ${failOn})`;
  if (failOn === "warning" && counts.warning > 0) return `${counts.warning} warning${counts.warning === 1 ? "" : "s"} (fail-on: warning)`;
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
