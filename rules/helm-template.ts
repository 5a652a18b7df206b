import { parseHelmError } from "../src/chart/helm-errors.ts";
import { nodeAt } from "../src/chart/schema.ts";
import { scopedValuesPath } from "../src/chart/rendered.ts";
import { TextFileSource, type ChartModel } from "../src/chart/model.ts";
import { defineRule } from "../src/engine/rule.ts";
import { formatPath, type NodeRef } from "../src/core/source.ts";
import type { YamlPath } from "../src/core/types.ts";
import { YamlFileSource, type TextInput } from "../src/inputs/values.ts";

export default defineRule({
  meta: {
    id: "helm-template",
    name: "HelmTemplate",
    input: "any",
    defaultSeverity: "error",
    description: "helm template fails for the chart with these values",
    details:
      "With --chart, the chart is rendered by `helm template` with the same values files and --set flags, and the rendered manifests are linted with the values. When helm fails, nothing can be deployed: this rule reports helm's error at the values file and line when helm names one (a values file it cannot parse, a schema error's path, a `.Values` key a template trips over), otherwise at the template position helm names. The values are still linted; the manifests are missing from this run. A rendering that succeeds can still warn that helm ignored a value whose type differs from the chart's default (a map where the default is a string, or the reverse): each such warning is a note at that value.",
    remediation: "Fix the value or the template at the reported position so that helm template succeeds.",
    example: "# wrong: the template reads .Values.image.tag, but image is not a map\nimage: nginx:1.27\n# right\nimage:\n  repository: nginx\n  tag: \"1.27\"",
    tags: ["correctness", "helm"],
    messages: {
      valuesParse: "helm cannot parse this values file: {{detail}}",
      schema: "{{path}} fails the schema of chart {{chart}}: {{detail}}",
      template: "helm template fails in {{template}}:{{line}}: {{detail}}",
      failed: "helm template fails: {{detail}}",
      coalesceWarning: "helm warns while merging the values: {{detail}}",
    },
  },
  check({ model, report }) {
    const chart = model.chart;
    // A rendering that succeeded can still have ignored a value whose type differs from the chart's default.
    for (const match of (chart?.input.renderWarnings ?? "").matchAll(/warning: ((?:destination for|cannot overwrite table with non table for|skipped value for) ([^\s":]+)[^\n"]*)/g)) {
      // Only a value the user's layers write: a clash between the chart's own defaults and a subchart's is the chart's.
      const at = valuesRef(chart!, match[2]!.split(".").slice(1));
      if (!at || !chart!.userLayers.some((layer) => layer.source === at.source)) continue;
      // helm quotes the value it ignores: not shown (a value may be a credential).
      const detail = match[1]!.replace(/\s*\((?:[^()]|\([^()]*\))*\)\s*$/, " (the value is not shown)");
      report({ messageId: "coalesceWarning", severity: "note", data: { detail }, at });
    }
    if (!chart?.input.renderError) return;
    for (const problem of parseHelmError(chart.input.renderError)) {
      if (problem.kind === "values-parse") {
        const source = chart.coalesced.files.find((file) => sameFile(file.file, problem.file));
        if (source) {
          const start = source.lineCounter.lineStart(problem.line);
          const end = source.lineCounter.lineStart(problem.line + 1);
          report({ messageId: "valuesParse", data: { detail: problem.detail }, at: { source, path: [], offsets: [start, Math.max(start, end - 1)] } });
        } else {
          report({ messageId: "failed", data: { detail: `${problem.file}:${problem.line}: ${problem.detail}` }, at: fallback(chart) });
        }
      } else if (problem.kind === "schema") {
        // Our own values-schema check covers the chart's schema with exact positions.
        if (chart.schema) continue;
        const path = problem.path.length === 0 ? "the values" : formatPath(problem.path);
        // An extra key is reported at that key, in the layer that wrote it.
        const extra = /additional propert(?:y|ies) '?([^'\s]+)'? (?:is )?not allowed/i.exec(problem.detail)?.[1];
        const extraAt = extra ? valuesRef(chart, [...problem.path, extra]) : undefined;
        const at = (extraAt ? { ...extraAt, part: "key" as const } : undefined) ?? valuesRef(chart, problem.path) ?? fallback(chart);
        report({ messageId: "schema", data: { path, chart: problem.chart || chart.input.name, detail: problem.detail }, at });
      } else if (problem.kind === "template") {
        const template = templateRef(chart, problem.template, problem.line, problem.column);
        const values = problem.valuesPath ? valuesRef(chart, scopedValuesPath(problem.template, problem.valuesPath)) : undefined;
        const data = { template: problem.template, line: problem.line, detail: problem.detail };
        if (values) report({ messageId: "template", data, at: values, related: template ? [template] : [] });
        else report({ messageId: "template", data, at: template ?? fallback(chart) });
      } else {
        // Dependencies helm cannot find are Chart.yaml's, not the values'.
        // (An apiVersion v1 chart lists them in requirements.yaml: its failure stays where it was.)
        const chartYaml = chart.input.chartYaml;
        const dependencies = /missing in charts\/ directory/i.test(problem.detail) && chartYaml && /^dependencies\s*:/m.test(chartYaml.text) ? chartYamlRef(chartYaml) : undefined;
        report({ messageId: "failed", data: { detail: problem.detail }, at: dependencies ?? fallback(chart) });
      }
    }
  },
});

function sameFile(ours: string, helms: string): boolean {
  const clean = (name: string): string => name.replace(/\\/g, "/").replace(/^\.\//, "");
  return clean(ours) === clean(helms) || clean(helms).endsWith(`/${clean(ours)}`);
}

/** The deepest existing node of a values path, in the layer that supplied it. */
function valuesRef(chart: ChartModel, path: YamlPath): NodeRef | undefined {
  for (let length = path.length; length > 0; length--) {
    const node = nodeAt(chart.coalesced.root, path.slice(0, length));
    if (node) return { ...node.origin, part: length === path.length ? "value" : "key" };
  }
  return undefined;
}

function templateRef(chart: ChartModel, helmPath: string, line: number, column: number): NodeRef | undefined {
  const source = chart.templates.get(helmPath);
  if (!source) return undefined;
  return { source, path: [], offsets: source.offsetsAt(line, column) };
}

/** Chart.yaml's `dependencies:` key. */
function chartYamlRef(chartYaml: TextInput): NodeRef {
  return { source: new YamlFileSource(chartYaml, "config"), path: ["dependencies"], part: "key" };
}

/** Where a failure without a position goes: the last values layer, the chart's values.yaml, or the chart itself. */
function fallback(chart: ChartModel): NodeRef {
  const source = chart.userLayers.at(-1)?.source ?? chart.defaults ?? new TextFileSource({ name: chart.input.name, text: "" });
  return { source, path: [], part: "key" };
}
