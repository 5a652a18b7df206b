/**
 * `environments:` of the config, for the CLI (`lint` with no inputs, `--environment NAME`) and the
 * Action (input `environment`). Each environment is its own lint() — its values layers, --set
 * lines, manifests or chart, its expected budget id, its LiteLLM URL and keys read from the
 * environment variables it names — and the adapters merge the results (format/environments.ts).
 * Paths are relative to the config file.
 */
import { dirname, relative, resolve, sep } from "node:path";
import { closest } from "../core/suggest.ts";
import { UsageError } from "../core/errors.ts";
import type { LintResult } from "../core/types.ts";
import { withDetectedHelm, type EnvironmentConfig, type LintOptions } from "../engine/engine.ts";
import { prepareChart, renderOverLayers, type HelmIO } from "./helm.ts";
import { isUrl, readManifestFile, readValuesText, stdinRefusal, urlRefusal } from "./files.ts";
import type { SetInput, TextInput } from "../inputs/values.ts";

export interface EnvironmentJob {
  name: string;
  values: TextInput[];
  manifests: TextInput[];
  sets: SetInput[];
  options: LintOptions;
  chart?: Awaited<ReturnType<typeof prepareChart>>["chart"];
  /** Where the LiteLLM URL and keys come from, when the environment names them. */
  litellm?: EnvironmentConfig["litellm"];
  /** The chart's rendering (one of `manifests`), and how to render it again over fixed values. */
  rendered?: { input: TextInput; again(values: readonly TextInput[]): Promise<TextInput | undefined> };
}

/** The environments to run: all of them, or the ones named (an unknown name is a usage error with a did-you-mean). */
export function pickEnvironments(all: Record<string, EnvironmentConfig>, names: readonly string[] | undefined): [string, EnvironmentConfig][] {
  const known = Object.keys(all);
  if (!names) return Object.entries(all);
  return [...new Set(names)].map((name) => {
    const config = Object.hasOwn(all, name) ? all[name] : undefined;
    if (config) return [name, config];
    const guess = closest(name, known);
    throw new UsageError(`unknown environment "${name}"${guess ? `; did you mean "${guess}"?` : ""} (the config has ${known.join(", ")})`);
  });
}

/**
 * Reads the environments' inputs and renders their charts side by side (a helm process each). The
 * error thrown, when any, is that of the first environment in the config's order that has one; the
 * helm processes still running then are stopped.
 */
export async function prepareEnvironments(picked: readonly [string, EnvironmentConfig][], configPath: string, base: LintOptions, io: { cwd: string; env: NodeJS.ProcessEnv }): Promise<EnvironmentJob[]> {
  const stopHelm = new AbortController();
  const preparing = picked.map(([name, config]) => prepareEnvironment(name, config, configPath, base, { ...io, signal: stopHelm.signal }));
  // Awaited in order below: a later environment's error waits for the earlier ones.
  for (const job of preparing) job.catch(() => undefined);
  const jobs: EnvironmentJob[] = [];
  try {
    for (const job of preparing) jobs.push(await job);
  } catch (error) {
    stopHelm.abort();
    throw error;
  }
  return jobs;
}

/** Reads one environment's inputs (and renders its chart), relative to the config file's directory. */
async function prepareEnvironment(name: string, config: EnvironmentConfig, configPath: string, base: LintOptions, io: HelmIO): Promise<EnvironmentJob> {
  const dir = dirname(configPath);
  const inputs = [...(config.values ?? []), ...(config.manifests ?? []), ...(config.set ?? []), ...(config.setString ?? []), ...(config.setLiteral ?? [])];
  if (inputs.length === 0 && !config.chart) throw new UsageError(`environment "${name}" names no input: give it values, manifests, set or chart`);
  const read = (path: string, what: "values file" | "manifest file"): TextInput => {
    if (isUrl(path)) throw new UsageError(urlRefusal(`${what} of environment ${name}:`, path));
    if (path === "-") throw new UsageError(stdinRefusal(`${what} of environment ${name}:`));
    const absolute = resolve(dir, path);
    const shown = relative(io.cwd, absolute).split(sep).join("/") || absolute;
    const described = `${what} ${shown} (environment ${name})`;
    return what === "values file" ? { name: shown, text: readValuesText(absolute, described, base) } : readManifestFile(absolute, shown, described, base.maxFileBytes);
  };
  const values = (config.values ?? []).map((path) => read(path, "values file"));
  const manifests = (config.manifests ?? []).map((path) => read(path, "manifest file"));
  const sets: SetInput[] = [
    ...(config.set ?? []).map((arg) => ({ flag: "--set" as const, arg })),
    ...(config.setString ?? []).map((arg) => ({ flag: "--set-string" as const, arg })),
    ...(config.setLiteral ?? []).map((arg) => ({ flag: "--set-literal" as const, arg })),
  ].map((set, index) => ({ ...set, index }));
  const options: LintOptions = config.budgetId ? { ...base, ruleOptions: { ...base.ruleOptions, "budget-id-expected": { ...base.ruleOptions["budget-id-expected"], expected: config.budgetId } } } : base;
  const job: EnvironmentJob = { name, values, manifests, sets, options, ...(config.litellm ? { litellm: config.litellm } : {}) };
  if (config.chart) {
    // helm runs in the config's directory with the same layers, in order.
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

/**
 * Lints every job (for the adapters to merge). `valuesOverride` replaces values texts by name
 * (after --fix); `lintJob` is the adapter's own lint() call (it adds the live phase).
 */
export async function lintEnvironments(jobs: readonly EnvironmentJob[], lintJob: (job: EnvironmentJob) => Promise<LintResult>, valuesOverride?: readonly TextInput[]): Promise<{ name: string; result: LintResult }[]> {
  const byName = new Map((valuesOverride ?? []).map((input) => [input.name, input]));
  const runs: { name: string; result: LintResult }[] = [];
  for (const job of jobs) {
    const values = job.values.map((input) => byName.get(input.name) ?? input);
    let manifests = job.manifests;
    // Fixed values render differently: the rendering of the old ones would report what is fixed.
    if (job.rendered && values.some((input, index) => input.text !== job.values[index]!.text)) {
      const again = await job.rendered.again(values);
      manifests = [...manifests.filter((input) => input !== job.rendered!.input), ...(again ? [again] : [])];
    }
    runs.push({ name: job.name, result: await lintJob({ ...job, values, manifests }) });
  }
  return runs;
}

/** Every distinct values file of the jobs (what --fix may change, each once). */
export function distinctValues(jobs: readonly EnvironmentJob[]): TextInput[] {
  const seen = new Map<string, TextInput>();
  for (const job of jobs) for (const input of job.values) if (!seen.has(input.name)) seen.set(input.name, input);
  return [...seen.values()];
}
