import { KeyCatalog, type KeyVerdict } from "../src/chart/known-keys.ts";
import { YamlFileSource } from "../src/inputs/values.ts";
import { defineRule } from "../src/engine/rule.ts";
import { formatPath, type NodeRef } from "../src/core/source.ts";
import type { YamlPath } from "../src/core/types.ts";
import type { VMap } from "../src/yaml/vnode.ts";

export default defineRule({
  meta: {
    id: "values-unknown-key",
    name: "ValuesUnknownKey",
    input: "values",
    defaultSeverity: "note",
    description: "An override key does not exist in the chart's values.yaml, so Helm ignores it",
    details:
      "Helm accepts any key in a values file; a key the chart's templates never read is silently ignored, so a typo such as `replicaCont` or `image.tga` leaves the chart default in force. With the chart's own values.yaml (--chart DIR, or --chart-values), this rule flags override keys that the chart does not define, does not document in a commented-out line, and whose templates do not read, with a did-you-mean suggestion. Maps that are free-form by design are not checked below their own level: defaults that are empty maps or lists, scalars, annotations, labels, selectors, env maps, `extra*` keys, maps the templates pass whole to toYaml or range, subcharts and `global`. When the chart's values.schema.json forbids additional properties, values-schema reports the key instead.",
    remediation: "Correct the key to one the chart defines (see the suggestion), or remove it.",
    example: "# chart values.yaml: {replicaCount: 1}\n# wrong\nreplicaCont: 3\n# right\nreplicaCount: 3",
    tags: ["correctness", "helm"],
    messages: {
      unknown: 'unknown key "{{key}}" in {{parent}}: the chart\'s values.yaml does not have it, so Helm ignores it',
      unknownSuggest: 'unknown key "{{key}}" in {{parent}}: the chart\'s values.yaml does not have it, so Helm ignores it; did you mean "{{suggestion}}"?',
    },
  },
  check({ model, report }) {
    const chart = model.chart;
    if (!chart?.defaultsTree) return;
    const catalog = new KeyCatalog({ ...chart, defaultsTree: chart.defaultsTree });
    const emit = (verdict: KeyVerdict & { kind: "unknown" }, parent: YamlPath, key: string, at: NodeRef): void => {
      const data = { key, parent: parent.length === 0 ? "the top level" : formatPath(parent) };
      if (verdict.suggestion) report({ messageId: "unknownSuggest", data: { ...data, suggestion: verdict.suggestion }, at });
      else report({ messageId: "unknown", data, at });
    };
    for (const layer of chart.userLayers) {
      if (layer.tree && layer.source instanceof YamlFileSource) {
        const source = layer.source;
        const visit = (node: VMap, path: YamlPath): void => {
          for (const [key, child] of node.entries) {
            const verdict = catalog.classify(path, key);
            if (verdict.kind === "unknown") emit(verdict, path, key, { source, path: [...path, key], part: "key" });
            else if (verdict.kind === "descend" && child.kind === "map") visit(child, [...path, key]);
          }
        };
        visit(layer.tree, []);
        continue;
      }
      for (const written of layer.paths) {
        for (let i = 0; i < written.length; i++) {
          const key = written[i]!;
          if (typeof key === "number") break;
          const verdict = catalog.classify(written.slice(0, i), key);
          if (verdict.kind === "unknown") emit(verdict, written.slice(0, i), key, { source: layer.source, path: written.slice(0, i + 1), part: "key" });
          if (verdict.kind !== "descend") break;
        }
      }
    }
  },
});
