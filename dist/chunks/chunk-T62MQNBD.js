import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  prepareChart,
  renderOverLayers
} from "./chunk-ZOJZC5X7.js";
import {
  isUrl,
  readManifestFile,
  readValuesText,
  stdinRefusal,
  urlRefusal,
  withDetectedHelm
} from "./chunk-WIGNPISR.js";
import {
  closest
} from "./chunk-2FUTJC6X.js";
import {
  UsageError
} from "./chunk-YI5XR4DP.js";

// src/io/environments.ts
import { dirname, relative, resolve, sep } from "node:path";
function pickEnvironments(all, names) {
  const known = Object.keys(all);
  if (!names) return Object.entries(all);
  return [...new Set(names)].map((name) => {
    const config = Object.hasOwn(all, name) ? all[name] : void 0;
    if (config) return [name, config];
    const guess = closest(name, known);
    throw new UsageError(`unknown environment "${name}"${guess ? `; did you mean "${guess}"?` : ""} (the config has ${known.join(", ")})`);
  });
}
async function prepareEnvironments(picked, configPath, base, io) {
  const stopHelm = new AbortController();
  const preparing = picked.map(([name, config]) => prepareEnvironment(name, config, configPath, base, { ...io, signal: stopHelm.signal }));
  for (const job of preparing) job.catch(() => void 0);
  const jobs = [];
  try {
    for (const job of preparing) jobs.push(await job);
  } catch (error) {
    stopHelm.abort();
    throw error;
  }
  return jobs;
}
async function prepareEnvironment(name, config, configPath, base, io) {
  const dir = dirname(configPath);
  const inputs = [...config.values ?? [], ...config.manifests ?? [], ...config.set ?? [], ...config.setString ?? [], ...config.setLiteral ?? []];
  if (inputs.length === 0 && !config.chart) throw new UsageError(`environment "${name}" names no input: give it values, manifests, set or chart`);
  const read = (path, what) => {
    if (isUrl(path)) throw new UsageError(urlRefusal(`${what} of environment ${name}:`, path));
    if (path === "-") throw new UsageError(stdinRefusal(`${what} of environment ${name}:`));
    const absolute = resolve(dir, path);
    const shown = relative(io.cwd, absolute).split(sep).join("/") || absolute;
    const described = `${what} ${shown} (environment ${name})`;
    return what === "values file" ? { name: shown, text: readValuesText(absolute, described, base) } : readManifestFile(absolute, shown, described, base.maxFileBytes);
  };
  const values = (config.values ?? []).map((path) => read(path, "values file"));
  const manifests = (config.manifests ?? []).map((path) => read(path, "manifest file"));
  const sets = [
    ...(config.set ?? []).map((arg) => ({ flag: "--set", arg })),
    ...(config.setString ?? []).map((arg) => ({ flag: "--set-string", arg })),
    ...(config.setLiteral ?? []).map((arg) => ({ flag: "--set-literal", arg }))
  ].map((set, index) => ({ ...set, index }));
  const options = config.budgetId ? { ...base, ruleOptions: { ...base.ruleOptions, "budget-id-expected": { ...base.ruleOptions["budget-id-expected"], expected: config.budgetId } } } : base;
  const job = { name, values, manifests, sets, options, ...config.litellm ? { litellm: config.litellm } : {} };
  if (config.chart) {
    const chartFlags = { chart: config.chart, sizes: options };
    const chart = await prepareChart(chartFlags, config.values ?? [], sets, { ...io, cwd: dir });
    if (chart.rendered) {
      job.manifests.push(chart.rendered);
      job.rendered = { input: chart.rendered, again: (fixed) => renderOverLayers(chartFlags, config.values ?? [], values, fixed, sets, { ...io, cwd: dir }) };
    }
    if (chart.chart) job.chart = chart.chart;
    job.options = withDetectedHelm(options, chart.helmMajor);
  }
  return job;
}
async function lintEnvironments(jobs, lintJob, valuesOverride) {
  const byName = new Map((valuesOverride ?? []).map((input) => [input.name, input]));
  const runs = [];
  for (const job of jobs) {
    const values = job.values.map((input) => byName.get(input.name) ?? input);
    let manifests = job.manifests;
    if (job.rendered && values.some((input, index) => input.text !== job.values[index].text)) {
      const again = await job.rendered.again(values);
      manifests = [...manifests.filter((input) => input !== job.rendered.input), ...again ? [again] : []];
    }
    runs.push({ name: job.name, result: await lintJob({ ...job, values, manifests }) });
  }
  return runs;
}
function distinctValues(jobs) {
  const seen = /* @__PURE__ */ new Map();
  for (const job of jobs) for (const input of job.values) if (!seen.has(input.name)) seen.set(input.name, input);
  return [...seen.values()];
}

export {
  pickEnvironments,
  prepareEnvironments,
  lintEnvironments,
  distinctValues
};
