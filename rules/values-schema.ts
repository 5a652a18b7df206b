import { validateChartValues } from "../src/chart/schema.ts";
import { defineRule } from "../src/engine/rule.ts";
import { formatPath } from "../src/core/source.ts";

export default defineRule({
  meta: {
    id: "values-schema",
    name: "ValuesSchema",
    input: "values",
    defaultSeverity: "error",
    description: "The coalesced values do not satisfy the chart's values.schema.json",
    details:
      "Helm validates the chart's values.schema.json against the coalesced values (the chart's values.yaml, then every -f file, then --set) and refuses to install or upgrade when they do not match, but it names only a JSON path. This rule runs the same check with Ajv when a chart is given (--chart DIR, or --values-schema) and points every error at the file, line and column of the layer that supplied the offending value, or at the parent key for a missing required key. Formats (`format: email` and the like) are not asserted. A part of the schema that refers to another schema by URL (`$ref: https://…`, as charts built on a library chart do) is left out, and the rest is checked: helm fetches it, this tool reads no network; a note says so.",
    remediation: "Change the value at the reported position so that it matches the schema, or add the missing key under the reported parent.",
    example: "# values.schema.json: {\"properties\": {\"replicaCount\": {\"type\": \"integer\"}}}\n# wrong\nreplicaCount: \"2\"\n# right\nreplicaCount: 2",
    tags: ["correctness", "helm", "schema"],
    messages: {
      invalid: "{{path}} {{problem}} ({{schema}})",
      required: '{{path}} is missing the required key "{{key}}" ({{schema}})',
      additional: '{{path}} has the key "{{key}}", which {{schema}} does not allow',
      schemaUnusable: "the values schema {{file}} cannot be used: {{reason}}",
      schemaRemote: "the values schema {{file}} refers to {{ref}}, which helm fetches and this tool does not (it reads no network): what that schema requires is not checked here",
    },
  },
  async check({ model, report }) {
    const chart = model.chart;
    // Defaults that do not parse (yaml-syntax says where) would make every key they set look missing.
    if (!chart?.schema || chart.coalesced.problems.some((problem) => problem.kind === "syntax" && problem.at.source === chart.defaults)) return;
    const outcome = await validateChartValues(chart);
    const schema = chart.schema.file;
    if (!outcome.ok) {
      report({ messageId: "schemaUnusable", data: { file: chart.schema.file, reason: outcome.reason }, at: { source: chart.schema, path: [], ...(outcome.at ? { offsets: outcome.at } : {}) } });
      return;
    }
    if (outcome.remote) report({ messageId: "schemaRemote", data: { file: chart.schema.file, ref: outcome.remote }, at: { source: chart.schema, path: [] }, severity: "note" });
    for (const error of outcome.errors) {
      const path = error.path.length === 0 ? "the values" : formatPath(error.path);
      const related = error.schemaAt ? [error.schemaAt] : [];
      if (error.kind === "required") report({ messageId: "required", data: { path, key: error.key ?? "", schema }, at: error.at, related });
      else if (error.kind === "additional") report({ messageId: "additional", data: { path, key: error.key ?? "", schema }, at: error.at, related });
      else report({ messageId: "invalid", data: { path, problem: error.problem, schema }, at: error.at, related });
    }
  },
});
