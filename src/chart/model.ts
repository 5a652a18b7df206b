/**
 * Layer `chart`: a chart's defaults, schema, templates and known keys, and helm's error text. May
 * import core, yaml, kube and inputs.
 *
 * The chart as the lint core sees it (pure: the adapters read the chart directory and run helm).
 * Helm coalesces the chart's own values.yaml first, then every -f file, then --set / --set-string;
 * the coalesced tree keeps, for every node, the layer that supplied it.
 */
import type { SourceHandle, RangePart, ResolvedRange } from "../core/source.ts";
import { LineIndex } from "../yaml/line-index.ts";
import type { HelmMajor, YamlPath } from "../core/types.ts";
import { coalesceValues, readLayer, YamlFileSource, type TextInput, type ValuesModel } from "../inputs/values.ts";
import { bySetFlagOrder } from "../inputs/set-parser.ts";
import { walk } from "../yaml/locate.ts";
import type { BuildLimits, ParseProblem, VMap } from "../yaml/vnode.ts";

export interface ChartTemplate {
  /** The name helm uses in messages: `<chart name>/templates/deployment.yaml`. */
  helmPath: string;
  input: TextInput;
}

export interface ChartInput {
  /** Display name: the chart directory (relative) or the reference given to --chart. */
  name: string;
  /** The chart's name from Chart.yaml (the first segment of helm's template paths). */
  chartName?: string;
  /** Chart.yaml, where a failure about the chart itself (its dependencies) is reported. */
  chartYaml?: TextInput;
  /** The chart's own values.yaml (or --chart-values): the lowest layer. */
  values?: TextInput;
  /** values.schema.json of the chart, or --values-schema. */
  schema?: TextInput;
  /** Subcharts (dependencies by name or alias, charts/ entries): their values are not checked for unknown keys. */
  subcharts?: string[];
  /** Template files, for `.Values` references and for positions in helm's errors. */
  templates?: ChartTemplate[];
  /** helm's error output when `helm template` failed. */
  renderError?: string;
  /** What helm warned of on a rendering that succeeded (a value its coalescing ignored). */
  renderWarnings?: string;
}

export interface ChartModel {
  input: ChartInput;
  /** The chart's values.yaml as a source, and its tree (null when absent or unreadable). */
  defaults: YamlFileSource | null;
  defaultsTree: VMap | null;
  /** Chart defaults + user files + --set, coalesced like Helm; `files[0]` is the chart's values.yaml when given. */
  coalesced: ValuesModel;
  /** The user layers alone (files, then --set sources in Helm's order), each with its own tree. */
  userLayers: UserLayer[];
  /** The schema as a positioned document (JSON is YAML), or null. */
  schema: YamlFileSource | null;
  templates: Map<string, TextFileSource>;
}

export interface UserLayer {
  source: SourceHandle;
  /** The layer's own tree (files) — --set layers have `paths` instead. */
  tree: VMap | null;
  paths: YamlPath[];
}

/** The user's layers come parsed from the values model: the chart adds its defaults under them. */
export function buildChartModel(input: ChartInput, values: ValuesModel | null, limits?: BuildLimits, helmMajor: HelmMajor = 3): ChartModel {
  const defaults = input.values ? new YamlFileSource(input.values) : null;
  const problems: ParseProblem[] = [];
  const defaultsTree = defaults ? readLayer(defaults, problems, limits, helmMajor) : null;
  const userFiles = values?.files ?? [];
  const userTrees = values?.trees ?? [];
  // helm applies --set over the user's files only, then coalesces the chart's defaults under them.
  const coalesced: ValuesModel = {
    ...coalesceValues(userFiles, userTrees, values?.sets ?? [], defaults ? { source: defaults, tree: defaultsTree } : undefined),
    problems,
  };
  const userLayers: UserLayer[] = [
    ...userFiles.map((source, index) => ({ source, tree: userTrees[index] ?? null, paths: [] })),
    ...[...coalesced.sets]
      .sort((a, b) => bySetFlagOrder(a.input.flag, b.input.flag))
      .map((source) => ({ source, tree: null, paths: source.assignments.filter((a) => !a.path.includes("")).map((a) => a.path) })),
  ];
  const schema = input.schema ? new YamlFileSource(input.schema, "config") : null;
  const templates = new Map((input.templates ?? []).map((template) => [template.helmPath, new TextFileSource(template.input)]));
  return { input, defaults, defaultsTree, coalesced, userLayers, schema, templates };
}

/**
 * The last layer that writes `path` (the key a user would edit), as a NodeRef target: files by
 * their own document, --set by its assignments. Falls back to the chart's values.yaml.
 */
export function lastLayerWriting(chart: ChartModel, path: YamlPath): { source: SourceHandle; path: YamlPath } | undefined {
  for (let i = chart.userLayers.length - 1; i >= 0; i--) {
    const layer = chart.userLayers[i]!;
    if (layer.source instanceof YamlFileSource) {
      const doc = layer.source.document;
      if (doc && doc.errors.length === 0 && walk(doc, path).path.length === path.length) return { source: layer.source, path };
    } else if (layer.paths.some((written) => startsWith(written, path))) {
      return { source: layer.source, path };
    }
  }
  const doc = chart.defaults?.document;
  if (chart.defaults && doc && walk(doc, path).path.length === path.length) return { source: chart.defaults, path };
  return undefined;
}

function startsWith(path: YamlPath, prefix: YamlPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => String(segment) === String(path[i]));
}

/** A plain text file (a chart template) that findings can point into by line and column. */
export class TextFileSource implements SourceHandle {
  readonly kind = "config";
  readonly file: string;
  readonly text: string;
  private index: LineIndex | undefined;

  constructor(input: TextInput) {
    this.file = input.name;
    this.text = input.text;
  }

  private lines(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }

  /** Offsets of a 1-based line and column, to the end of that line. */
  offsetsAt(line: number, column: number): [number, number] {
    const lines = this.lines();
    if (line < 1 || line > lines.lineCount) return [this.text.length, this.text.length];
    const start = lines.lineStart(line);
    const next = line < lines.lineCount ? lines.lineStart(line + 1) : this.text.length + 1;
    const end = Math.max(start, next - 1);
    return [Math.min(start + Math.max(column - 1, 0), end), end];
  }

  locate(path: YamlPath, _part: RangePart, offsets?: [number, number]): ResolvedRange {
    const [from, to] = offsets ?? [0, 0];
    const position = (offset: number) => {
      const { line, col } = this.lines().linePos(offset);
      return { line, column: col };
    };
    return { start: position(from), end: position(to), path };
  }

  lineText(line: number): string | undefined {
    return this.lines().lineText(line);
  }
}
