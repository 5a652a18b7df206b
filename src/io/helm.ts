/**
 * CLI glue for charts: reads a chart directory, runs `helm template` (found on PATH) with the same
 * values files and --set flags in the same order, and hands the rendering to the engine as a
 * manifest input. A failed rendering is not a crash: its output goes to the helm-template rule.
 */
import { accessSync, constants, existsSync, fsPromises, statSync, tmpdir } from "./fs.ts";
import { basename, delimiter, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../core/errors.ts";
import type { RenderedInput } from "../inputs/manifests.ts";
import type { SetInput, TextInput } from "../inputs/values.ts";
import { readChartDir } from "./chart-dir.ts";
import { readInputText, readValuesText, type InputSizes } from "./files.ts";
import type { ChartInput } from "../chart/model.ts";
import type { HelmMajor } from "../core/types.ts";

export interface ChartFlags {
  chart?: string;
  release?: string;
  namespace?: string;
  chartVersion?: string;
  valuesSchema?: string;
  chartValues?: string;
  /** The run's size limits (limits.* in the config), for the chart's files and the two above. */
  sizes?: InputSizes;
}

const HELM_TIMEOUT_MS = 120_000;
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

export interface ChartSetup {
  chart?: ChartInput;
  rendered?: RenderedInput;
  /** The major version of the helm that rendered the chart (`helm version`), when it could tell. */
  helmMajor?: HelmMajor;
}

/** Where helm runs; `signal` stops its processes (their results then no longer matter). */
export interface HelmIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

/** `helm template` and `helm version`, started for a chart: prepareChart's, or one started earlier for it (see startHelmEarly). */
export interface HelmStarted {
  helm: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  rendering: HelmProcess;
  version: HelmProcess;
  stop(): void;
}

/** Starts `helm template` with `args` and, beside it, `helm version` (which tells how helm reads values). */
export function startRendering(helm: string, args: readonly string[], io: HelmIO): HelmStarted {
  const rendering = startHelm(helm, args, io);
  const version = startHelm(helm, ["version", "--short"], io);
  const stop = (): void => {
    rendering.stop();
    version.stop();
  };
  return { helm, args, cwd: io.cwd, env: io.env, rendering, version, stop };
}

/**
 * The helm a chart lint runs (undefined: none on PATH) and its arguments; a UsageError for a chart
 * path that names no directory. helm starts before the chart directory is read (it renders while
 * that is read): its arguments need only whether there is a schema, which a stat tells. A schema
 * written or removed meanwhile is the race there always was between our read and helm's.
 */
export function helmInvocation(flags: ChartFlags & { chart: string }, valuesPaths: readonly string[], sets: readonly SetInput[], io: HelmIO): { helm: string | undefined; args: string[]; chartPath: string; isDir: boolean } {
  const chartPath = resolve(io.cwd, flags.chart);
  const exists = existsSync(chartPath);
  // helm reads a bare name or a ./, ../ or / path from disk (repo/chart and URLs it fetches): a missing one is an input error.
  if (!exists && (!flags.chart.includes("/") || /^(\.{1,2})?\//.test(flags.chart) || /^[A-Za-z]:[\\/]/.test(flags.chart))) {
    throw new UsageError(`cannot read --chart ${flags.chart}: no such directory`);
  }
  const isDir = exists && statSync(chartPath).isDirectory();
  // As addOverrides reads them: an empty --values-schema (an unset variable) is none.
  const skipSchema = Boolean(flags.valuesSchema) || (isDir && existsSync(join(chartPath, "values.schema.json")));
  const args = helmArgs(flags, isDir ? display(io.cwd, chartPath) : flags.chart, valuesPaths, sets, skipSchema);
  return { helm: findOnPath("helm", io.env), args, chartPath, isDir };
}

/**
 * Values files are given as typed on the command line; helm is run in `cwd` with those same paths.
 * `early`: helm started for this run before it got here; taken when it runs what this would start,
 * stopped otherwise.
 */
export async function prepareChart(flags: ChartFlags, valuesPaths: string[], sets: SetInput[], io: HelmIO, early?: HelmStarted): Promise<ChartSetup> {
  if (!flags.chart) {
    early?.stop();
    if (flags.chartVersion) throw new UsageError("--chart-version needs --chart");
    if (!flags.valuesSchema && !flags.chartValues) return {};
    // Without a chart to render, a schema and/or the chart's values still check the values.
    const chart: ChartInput = { name: flags.chartValues ?? flags.valuesSchema! };
    await addOverrides(chart, flags, io.cwd);
    return { chart };
  }
  let invocation: ReturnType<typeof helmInvocation>;
  try {
    invocation = helmInvocation({ ...flags, chart: flags.chart }, valuesPaths, sets, io);
  } catch (error) {
    early?.stop();
    throw error;
  }
  const { helm, args, chartPath, isDir } = invocation;
  const same = early && early.helm === helm && early.cwd === io.cwd && early.env === io.env && early.args.join("\0") === args.join("\0");
  if (early && !same) early.stop();
  const started = same ? early : helm ? startRendering(helm, args, io) : undefined;
  let chart: ChartInput;
  try {
    chart = isDir ? await readChartDir(chartPath, display(io.cwd, chartPath), flags.sizes) : { name: flags.chart };
    await addOverrides(chart, flags, io.cwd);
  } catch (error) {
    started?.stop();
    throw error;
  }
  if (!helm || !started) throw new UsageError("--chart needs the helm binary on PATH, and there is none: install Helm 3 or 4, or render the chart yourself and pass the output with -m");
  let run = await started.rendering.result;
  if (run.code !== 0 && args.includes("--skip-schema-validation") && /unknown flag: --skip-schema-validation/.test(run.stderr)) {
    // Helm before 3.16 has no such flag: its own schema check then runs too (and our findings repeat it with positions).
    args.splice(args.indexOf("--skip-schema-validation"), 1);
    run = await startHelm(helm, args, io).result;
  }
  const helmMajor = majorOf(await started.version.result.catch(() => undefined));
  if (run.code === 0) {
    if (/warning:/.test(run.stderr)) chart.renderWarnings = run.stderr;
    // No file holds the rendering: findings on it are placed in the templates (their `# Source:`).
    const templates = new Map((chart.templates ?? []).map((template) => [template.helmPath, template.input]));
    return { chart, rendered: { name: chart.name, text: run.stdout, rendered: true, templates }, ...(helmMajor ? { helmMajor } : {}) };
  }
  const stderr = run.stderr.trim() || `helm exited with code ${run.code}`;
  // A chart that was fetched and failed to render says where (a template's `required` may say "could not find"; a line may be 401).
  const rendering = /execution error at \(|Error: template: |YAML parse error on |parse error at \(|failed to parse |error converting YAML to JSON|values don't meet the specifications/.test(stderr);
  if (!isDir && !rendering && /failed to download|repo .* not found|not found in .* repository|no such host|could not find|chart ".*" not found|unable to locate|401|403|failed to fetch|x509|dial tcp|connection refused|connection reset|i\/o timeout|network is unreachable|TLS handshake timeout/i.test(stderr)) {
    throw new UsageError(`helm cannot fetch chart ${flags.chart}: ${firstLine(stderr)}`);
  }
  chart.renderError = stderr;
  return { chart, ...(helmMajor ? { helmMajor } : {}) };
}

async function addOverrides(chart: ChartInput, flags: ChartFlags, cwd: string): Promise<void> {
  // Read as every input is: a size limit (the values limit for values), UTF-8 checked, a directory or device refused in one line.
  if (flags.valuesSchema) chart.schema = { name: display(cwd, resolve(cwd, flags.valuesSchema)), text: readInputText(resolve(cwd, flags.valuesSchema), `--values-schema ${flags.valuesSchema}`, flags.sizes?.maxFileBytes) };
  if (flags.chartValues) chart.values = { name: display(cwd, resolve(cwd, flags.chartValues)), text: readValuesText(resolve(cwd, flags.chartValues), `--chart-values ${flags.chartValues}`, flags.sizes ?? {}) };
}

/** `helm template [RELEASE] CHART [--namespace NS] [--version V] [--skip-schema-validation]` then -f / --set / --set-string in command-line order. */
export function helmArgs(flags: ChartFlags, chart: string, valuesPaths: readonly string[], sets: readonly SetInput[], skipSchema: boolean): string[] {
  const args = ["template"];
  if (flags.release) args.push(flags.release);
  args.push(chart);
  if (flags.namespace) args.push("--namespace", flags.namespace);
  if (flags.chartVersion) args.push("--version", flags.chartVersion);
  if (skipSchema) args.push("--skip-schema-validation");
  for (const path of valuesPaths) args.push("-f", valuesFlagValue(path));
  for (const set of [...sets].sort((a, b) => a.index - b.index)) args.push(set.flag, set.arg);
  return args;
}

/** `helm version --short` prints `v3.17.2+gcc0bbbd` (helm 4: `v4.1.4+g…`); no such version: unknown. */
function majorOf(run: HelmRun | undefined): HelmMajor | undefined {
  const major = run?.code === 0 ? /\bv(\d+)\.\d+/.exec(run.stdout)?.[1] : undefined;
  return major === "3" || major === "4" ? (Number(major) as HelmMajor) : undefined;
}

export function findOnPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const extensions = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const extension of extensions) {
      const candidate = join(dir, name + extension);
      try {
        accessSync(candidate, constants.X_OK);
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** A helm process: its outcome, and a way to stop it. */
/**
 * The chart rendered again over values layers that --fix changed (or would change): a changed
 * layer goes to helm as a copy in a temporary directory, and so does one that is no regular file
 * (a process substitution's pipe was read up the first time); the others by their own paths.
 */
export async function renderOverLayers(flags: ChartFlags, valuesPaths: readonly string[], before: readonly TextInput[], after: readonly TextInput[], sets: SetInput[], io: HelmIO): Promise<TextInput | undefined> {
  const dir = await fsPromises().mkdtemp(join(tmpdir(), "litellm-preflight-fix-"));
  try {
    const paths = await Promise.all(
      valuesPaths.map(async (path, index) => {
        if (after[index]!.text === before[index]!.text && isRegularFile(resolve(io.cwd, path))) return path;
        const copy = join(dir, `${index}-${basename(path)}`);
        await fsPromises().writeFile(copy, after[index]!.text);
        return copy;
      }),
    );
    return (await prepareChart(flags, paths, sets, io)).rendered;
  } finally {
    await fsPromises().rm(dir, { recursive: true, force: true });
  }
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface HelmProcess {
  result: Promise<HelmRun>;
  stop: () => void;
}

interface HelmRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A helm process and its outcome; `stop` kills it (its result then no longer matters), as does
 * `io.signal`. The result is a promise with a handler from the start: a helm that fails while the
 * caller awaits something else is no unhandled rejection.
 */
function startHelm(helm: string, args: readonly string[], io: HelmIO): HelmProcess {
  // node:child_process loads when helm first runs: 5 ms of every run that has environments but renders no chart.
  const { spawn } = process.getBuiltinModule("node:child_process");
  const child = spawn(helm, args, { cwd: io.cwd, env: io.env, stdio: ["ignore", "pipe", "pipe"] });
  let timer: NodeJS.Timeout | undefined;
  const stop = (): void => {
    clearTimeout(timer);
    child.kill("SIGKILL");
    // A `helm` that is a wrapper script may have started processes of its own that hold the pipes
    // open: without the pipes and the child, nothing of this keeps the CLI from exiting.
    child.stdout.destroy();
    child.stderr.destroy();
    child.unref();
  };
  const result = new Promise<HelmRun>((resolvePromise, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let failure: UsageError | undefined;
    // Fails now, not when the pipes close: a wrapper script's own processes may hold them open for long.
    const fail = (error: UsageError): void => {
      failure = error;
      stop();
      io.signal?.removeEventListener("abort", stop);
      reject(error);
    };
    timer = setTimeout(() => fail(new UsageError(`helm template did not finish within ${HELM_TIMEOUT_MS / 1000} s`)), HELM_TIMEOUT_MS);
    child.stdout.on("data", (chunk: Buffer) => {
      if (failure) return;
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) fail(new UsageError(`helm template printed more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB`));
      else out.push(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new UsageError(`cannot run helm: ${(error as NodeJS.ErrnoException).code ?? error.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      io.signal?.removeEventListener("abort", stop);
      if (failure) reject(failure);
      else resolvePromise({ code: code ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
  });
  result.catch(() => undefined);
  if (io.signal?.aborted) stop();
  else io.signal?.addEventListener("abort", stop, { once: true });
  return { result, stop };
}

function firstLine(text: string): string {
  return (text.split(/\r?\n/).find((line) => line.trim() !== "") ?? text).replace(/^Error: /, "").trim();
}

function display(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return (rel === "" ? "." : rel).split(sep).join("/");
}

/** A values file name as helm's `-f` (a comma-separated CSV record) takes it: quoted when it holds a comma or a quote. */
function valuesFlagValue(path: string): string {
  return /[,"]/.test(path) ? `"${path.replace(/"/g, '""')}"` : path;
}
