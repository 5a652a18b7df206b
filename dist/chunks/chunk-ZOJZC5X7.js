import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  readInputText,
  readValuesText
} from "./chunk-WIGNPISR.js";
import {
  parse
} from "./chunk-L6SKZPTU.js";
import {
  UsageError
} from "./chunk-YI5XR4DP.js";
import {
  accessSync,
  constants,
  existsSync,
  fsPromises,
  statSync,
  tmpdir
} from "./chunk-T7WBHCFS.js";

// src/io/helm.ts
import { basename, delimiter, join as join2, relative as relative2, resolve, sep as sep2 } from "node:path";

// src/io/chart-dir.ts
import { join, relative, sep } from "node:path";
var MAX_TEMPLATES = 2e3;
var MAX_TEMPLATE_BYTES = 1e6;
async function readChartDir(dir, display2, sizes = {}) {
  const readOptional = (path, what, values2 = false) => readChartFile(path, what, sizes, values2);
  const chartYaml = await readOptional(join(dir, "Chart.yaml"), `${display2}/Chart.yaml`);
  if (chartYaml === void 0) throw new UsageError(`--chart ${display2} is not a chart directory (no Chart.yaml)`);
  let meta = {};
  try {
    const parsed = parse(chartYaml);
    if (typeof parsed === "object" && parsed !== null) meta = parsed;
  } catch {
    throw new UsageError(`${display2}/Chart.yaml is not valid YAML`);
  }
  const chartName = typeof meta.name === "string" ? meta.name : dir.split(sep).at(-1) ?? "chart";
  const input = { name: display2, chartName, chartYaml: { name: `${display2}/Chart.yaml`, text: chartYaml } };
  const values = await readOptional(join(dir, "values.yaml"), `${display2}/values.yaml`, true);
  if (values !== void 0) input.values = { name: `${display2}/values.yaml`, text: values };
  const schema = await readOptional(join(dir, "values.schema.json"), `${display2}/values.schema.json`);
  if (schema !== void 0) input.schema = { name: `${display2}/values.schema.json`, text: schema };
  input.subcharts = await subchartNames(dir, meta, sizes);
  input.templates = await templateFiles(dir, display2, chartName);
  return input;
}
function readChartFile(path, what, sizes, values) {
  if (!existsSync(path)) return void 0;
  return values ? readValuesText(path, what, sizes) : readInputText(path, what, sizes.maxFileBytes);
}
async function subchartNames(dir, meta, sizes) {
  const names = /* @__PURE__ */ new Set();
  if (Array.isArray(meta.dependencies)) {
    for (const dependency of meta.dependencies) {
      if (typeof dependency !== "object" || dependency === null) continue;
      const { alias, name } = dependency;
      if (typeof alias === "string") names.add(alias);
      else if (typeof name === "string") names.add(name);
    }
  }
  let entries = [];
  try {
    entries = await fsPromises().readdir(join(dir, "charts"));
  } catch {
    entries = [];
  }
  for (const entry of entries) {
    if (entry.endsWith(".tgz")) {
      names.add(entry.replace(/\.tgz$/, "").replace(/-v?\d+\.\d+\.\d+.*$/, ""));
      continue;
    }
    let sub;
    try {
      sub = readChartFile(join(dir, "charts", entry, "Chart.yaml"), `charts/${entry}/Chart.yaml`, sizes, false);
    } catch {
      sub = void 0;
    }
    if (sub === void 0) continue;
    try {
      const parsed = parse(sub);
      names.add(typeof parsed?.name === "string" ? parsed.name : entry);
    } catch {
      names.add(entry);
    }
  }
  return [...names].sort();
}
async function templateFiles(dir, display2, chartName) {
  const out = [];
  const walk = async (path, depth) => {
    if (out.length >= MAX_TEMPLATES || depth > 12) return;
    let entries;
    try {
      entries = await fsPromises().readdir(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) {
        await walk(full, depth + 1);
        continue;
      }
      if (!entry.isFile() || !/\.(ya?ml|tpl|txt|json)$/.test(entry.name)) continue;
      const rel = relative(dir, full).split(sep).join("/");
      if (!/(^|\/)templates\//.test(rel)) continue;
      if ((await fsPromises().stat(full)).size > MAX_TEMPLATE_BYTES) continue;
      const text = await fsPromises().readFile(full, "utf8");
      const input = { name: `${display2}/${rel}`, text };
      out.push({ helmPath: `${chartName}/${rel}`, input });
      if (out.length >= MAX_TEMPLATES) return;
    }
  };
  await walk(join(dir, "templates"), 0);
  await walk(join(dir, "charts"), 0);
  return out;
}

// src/io/helm.ts
var HELM_TIMEOUT_MS = 12e4;
var MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
function startRendering(helm, args, io) {
  const rendering = startHelm(helm, args, io);
  const version = startHelm(helm, ["version", "--short"], io);
  const stop = () => {
    rendering.stop();
    version.stop();
  };
  return { helm, args, cwd: io.cwd, env: io.env, rendering, version, stop };
}
function helmInvocation(flags, valuesPaths, sets, io) {
  const chartPath = resolve(io.cwd, flags.chart);
  const exists = existsSync(chartPath);
  if (!exists && (!flags.chart.includes("/") || /^(\.{1,2})?\//.test(flags.chart) || /^[A-Za-z]:[\\/]/.test(flags.chart))) {
    throw new UsageError(`cannot read --chart ${flags.chart}: no such directory`);
  }
  const isDir = exists && statSync(chartPath).isDirectory();
  const skipSchema = Boolean(flags.valuesSchema) || isDir && existsSync(join2(chartPath, "values.schema.json"));
  const args = helmArgs(flags, isDir ? display(io.cwd, chartPath) : flags.chart, valuesPaths, sets, skipSchema);
  return { helm: findOnPath("helm", io.env), args, chartPath, isDir };
}
async function prepareChart(flags, valuesPaths, sets, io, early) {
  if (!flags.chart) {
    early?.stop();
    if (flags.chartVersion) throw new UsageError("--chart-version needs --chart");
    if (!flags.valuesSchema && !flags.chartValues) return {};
    const chart2 = { name: flags.chartValues ?? flags.valuesSchema };
    await addOverrides(chart2, flags, io.cwd);
    return { chart: chart2 };
  }
  let invocation;
  try {
    invocation = helmInvocation({ ...flags, chart: flags.chart }, valuesPaths, sets, io);
  } catch (error) {
    early?.stop();
    throw error;
  }
  const { helm, args, chartPath, isDir } = invocation;
  const same = early && early.helm === helm && early.cwd === io.cwd && early.env === io.env && early.args.join("\0") === args.join("\0");
  if (early && !same) early.stop();
  const started = same ? early : helm ? startRendering(helm, args, io) : void 0;
  let chart;
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
    args.splice(args.indexOf("--skip-schema-validation"), 1);
    run = await startHelm(helm, args, io).result;
  }
  const helmMajor = majorOf(await started.version.result.catch(() => void 0));
  if (run.code === 0) {
    if (/warning:/.test(run.stderr)) chart.renderWarnings = run.stderr;
    const templates = new Map((chart.templates ?? []).map((template) => [template.helmPath, template.input]));
    return { chart, rendered: { name: chart.name, text: run.stdout, rendered: true, templates }, ...helmMajor ? { helmMajor } : {} };
  }
  const stderr = run.stderr.trim() || `helm exited with code ${run.code}`;
  const rendering = /execution error at \(|Error: template: |YAML parse error on |parse error at \(|failed to parse |error converting YAML to JSON|values don't meet the specifications/.test(stderr);
  if (!isDir && !rendering && /failed to download|repo .* not found|not found in .* repository|no such host|could not find|chart ".*" not found|unable to locate|401|403|failed to fetch|x509|dial tcp|connection refused|connection reset|i\/o timeout|network is unreachable|TLS handshake timeout/i.test(stderr)) {
    throw new UsageError(`helm cannot fetch chart ${flags.chart}: ${firstLine(stderr)}`);
  }
  chart.renderError = stderr;
  return { chart, ...helmMajor ? { helmMajor } : {} };
}
async function addOverrides(chart, flags, cwd) {
  if (flags.valuesSchema) chart.schema = { name: display(cwd, resolve(cwd, flags.valuesSchema)), text: readInputText(resolve(cwd, flags.valuesSchema), `--values-schema ${flags.valuesSchema}`, flags.sizes?.maxFileBytes) };
  if (flags.chartValues) chart.values = { name: display(cwd, resolve(cwd, flags.chartValues)), text: readValuesText(resolve(cwd, flags.chartValues), `--chart-values ${flags.chartValues}`, flags.sizes ?? {}) };
}
function helmArgs(flags, chart, valuesPaths, sets, skipSchema) {
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
function majorOf(run) {
  const major = run?.code === 0 ? /\bv(\d+)\.\d+/.exec(run.stdout)?.[1] : void 0;
  return major === "3" || major === "4" ? Number(major) : void 0;
}
function findOnPath(name, env) {
  const extensions = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const extension of extensions) {
      const candidate = join2(dir, name + extension);
      try {
        accessSync(candidate, constants.X_OK);
        if (statSync(candidate).isFile()) return candidate;
      } catch {
      }
    }
  }
  return void 0;
}
async function renderOverLayers(flags, valuesPaths, before, after, sets, io) {
  const dir = await fsPromises().mkdtemp(join2(tmpdir(), "litellm-preflight-fix-"));
  try {
    const paths = await Promise.all(
      valuesPaths.map(async (path, index) => {
        if (after[index].text === before[index].text && isRegularFile(resolve(io.cwd, path))) return path;
        const copy = join2(dir, `${index}-${basename(path)}`);
        await fsPromises().writeFile(copy, after[index].text);
        return copy;
      })
    );
    return (await prepareChart(flags, paths, sets, io)).rendered;
  } finally {
    await fsPromises().rm(dir, { recursive: true, force: true });
  }
}
function isRegularFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function startHelm(helm, args, io) {
  const { spawn } = process.getBuiltinModule("node:child_process");
  const child = spawn(helm, args, { cwd: io.cwd, env: io.env, stdio: ["ignore", "pipe", "pipe"] });
  let timer;
  const stop = () => {
    clearTimeout(timer);
    child.kill("SIGKILL");
    child.stdout.destroy();
    child.stderr.destroy();
    child.unref();
  };
  const result = new Promise((resolvePromise, reject) => {
    const out = [];
    const err = [];
    let size = 0;
    let failure;
    const fail = (error) => {
      failure = error;
      stop();
      io.signal?.removeEventListener("abort", stop);
      reject(error);
    };
    timer = setTimeout(() => fail(new UsageError(`helm template did not finish within ${HELM_TIMEOUT_MS / 1e3} s`)), HELM_TIMEOUT_MS);
    child.stdout.on("data", (chunk) => {
      if (failure) return;
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) fail(new UsageError(`helm template printed more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB`));
      else out.push(chunk);
    });
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new UsageError(`cannot run helm: ${error.code ?? error.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      io.signal?.removeEventListener("abort", stop);
      if (failure) reject(failure);
      else resolvePromise({ code: code ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
  });
  result.catch(() => void 0);
  if (io.signal?.aborted) stop();
  else io.signal?.addEventListener("abort", stop, { once: true });
  return { result, stop };
}
function firstLine(text) {
  return (text.split(/\r?\n/).find((line) => line.trim() !== "") ?? text).replace(/^Error: /, "").trim();
}
function display(cwd, absolute) {
  const rel = relative2(cwd, absolute);
  return (rel === "" ? "." : rel).split(sep2).join("/");
}
function valuesFlagValue(path) {
  return /[,"]/.test(path) ? `"${path.replace(/"/g, '""')}"` : path;
}

export {
  startRendering,
  helmInvocation,
  prepareChart,
  renderOverLayers
};
