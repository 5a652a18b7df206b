/**
 * Reads a chart directory for the lint core: Chart.yaml (name, dependencies), values.yaml,
 * values.schema.json, subcharts under charts/, and the template files. Adapter code (file I/O).
 */
import { existsSync, fsPromises } from "./fs.ts";
import { join, relative, sep } from "node:path";
import { parse } from "yaml";
import { UsageError } from "../core/errors.ts";
import type { TextInput } from "../inputs/values.ts";
import type { ChartInput, ChartTemplate } from "../chart/model.ts";
import { readInputText, readValuesText, type InputSizes } from "./files.ts";

/** Bounds a hostile or huge chart: templates beyond these are not read (they only add positions). */
const MAX_TEMPLATES = 2000;
const MAX_TEMPLATE_BYTES = 1_000_000;

/** `dir` is absolute; `display` is how findings name it (relative to the working directory, with `/`). */
export async function readChartDir(dir: string, display: string, sizes: InputSizes = {}): Promise<ChartInput> {
  const readOptional = (path: string, what: string, values = false) => readChartFile(path, what, sizes, values);
  const chartYaml = await readOptional(join(dir, "Chart.yaml"), `${display}/Chart.yaml`);
  if (chartYaml === undefined) throw new UsageError(`--chart ${display} is not a chart directory (no Chart.yaml)`);
  let meta: Record<string, unknown> = {};
  try {
    const parsed = parse(chartYaml) as unknown;
    if (typeof parsed === "object" && parsed !== null) meta = parsed as Record<string, unknown>;
  } catch {
    throw new UsageError(`${display}/Chart.yaml is not valid YAML`);
  }
  const chartName = typeof meta.name === "string" ? meta.name : (dir.split(sep).at(-1) ?? "chart");
  const input: ChartInput = { name: display, chartName, chartYaml: { name: `${display}/Chart.yaml`, text: chartYaml } };
  const values = await readOptional(join(dir, "values.yaml"), `${display}/values.yaml`, true);
  if (values !== undefined) input.values = { name: `${display}/values.yaml`, text: values };
  const schema = await readOptional(join(dir, "values.schema.json"), `${display}/values.schema.json`);
  if (schema !== undefined) input.schema = { name: `${display}/values.schema.json`, text: schema };
  input.subcharts = await subchartNames(dir, meta, sizes);
  input.templates = await templateFiles(dir, display, chartName);
  return input;
}

/**
 * A chart file, or undefined when there is none; read as every input is (a size limit, UTF-8 checked):
 * a chart directory is pull-request content too. `values`: its values.yaml, under the values limit.
 */
function readChartFile(path: string, what: string, sizes: InputSizes, values: boolean): string | undefined {
  if (!existsSync(path)) return undefined;
  return values ? readValuesText(path, what, sizes) : readInputText(path, what, sizes.maxFileBytes);
}

/** Dependencies by alias or name, and whatever lies in charts/ (directories by their Chart.yaml name, archives by file name). */
async function subchartNames(dir: string, meta: Record<string, unknown>, sizes: InputSizes): Promise<string[]> {
  const names = new Set<string>();
  if (Array.isArray(meta.dependencies)) {
    for (const dependency of meta.dependencies) {
      if (typeof dependency !== "object" || dependency === null) continue;
      const { alias, name } = dependency as { alias?: unknown; name?: unknown };
      if (typeof alias === "string") names.add(alias);
      else if (typeof name === "string") names.add(name);
    }
  }
  let entries: string[] = [];
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
    let sub: string | undefined;
    try {
      sub = readChartFile(join(dir, "charts", entry, "Chart.yaml"), `charts/${entry}/Chart.yaml`, sizes, false);
    } catch {
      sub = undefined;
    }
    if (sub === undefined) continue;
    try {
      const parsed = parse(sub) as { name?: unknown } | null;
      names.add(typeof parsed?.name === "string" ? parsed.name : entry);
    } catch {
      names.add(entry);
    }
  }
  return [...names].sort();
}

/** templates/** of the chart and of unpacked subcharts, named as helm names them in errors. */
async function templateFiles(dir: string, display: string, chartName: string): Promise<ChartTemplate[]> {
  const out: ChartTemplate[] = [];
  const walk = async (path: string, depth: number): Promise<void> => {
    if (out.length >= MAX_TEMPLATES || depth > 12) return;
    let entries: { name: string; isDirectory(): boolean; isFile(): boolean }[];
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
      const input: TextInput = { name: `${display}/${rel}`, text };
      out.push({ helmPath: `${chartName}/${rel}`, input });
      if (out.length >= MAX_TEMPLATES) return;
    }
  };
  await walk(join(dir, "templates"), 0);
  await walk(join(dir, "charts"), 0);
  return out;
}
