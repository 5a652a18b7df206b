import { defineRule } from "../src/engine/rule.ts";
import { mayBeSecretName } from "../src/core/secrets.ts";
import { apiImageTags } from "../src/codemie/profile.ts";
import { RenderedDocumentSource } from "../src/inputs/manifests.ts";
import { helmPlainScalar } from "../src/yaml/vnode.ts";

export default defineRule({
  meta: {
    id: "env-value-type",
    name: "EnvValueType",
    input: "any",
    defaultSeverity: "error",
    description: "An env entry's value is not a string",
    details:
      "Kubernetes' EnvVar.value is a string. An unquoted `true`, `4000` or `yes` (a boolean in Helm's YAML 1.1 reader) is rendered as a number or boolean, and the API server rejects the whole workload, so the release fails to install or upgrade. CodeMie's chart renders image.tag into APP_VERSION without quotes, so a tag such as 2.30 does the same. In rendered manifests, an `env` or `envFrom` that is a map (a chart that writes map-style values with `toYaml` instead of a `range`), and an env item without a name (a `null` that `--set list[1]…` leaves before it), are refused the same way.",
    remediation: "Quote the value so that YAML reads it as a string.",
    example: '# wrong\nextraEnv:\n  - {name: LLM_PROXY_ENABLED, value: true}\n# right\nextraEnv:\n  - {name: LLM_PROXY_ENABLED, value: "true"}',
    fixable: true,
    tags: ["correctness", "kubernetes"],
    messages: {
      notString: "value of {{name}} is {{type}}, not a string; Kubernetes rejects the workload",
      notList: "{{field}} of container {{container}} is {{type}}, not a list; Kubernetes rejects the workload",
      unnamed: "env item {{index}} of container {{container}} has no name; Kubernetes rejects the workload (a --set list[n] without the items before it renders them as null)",
      appVersion: "image.tag {{tag}} is rendered without quotes as CodeMie's APP_VERSION, where YAML reads it as {{type}}, not a string; Kubernetes rejects the workload (a full release tag such as 2.30.0 is a string)",
    },
  },
  check({ model, report }) {
    // CodeMie's chart writes `value: {{ .Values.image.tag }}` unquoted: a tag like 2.30 renders as a number. A rendered
    // chart (--chart) shows it in the rendering itself.
    const rendered = model.manifests?.objects.some((object) => object.source instanceof RenderedDocumentSource) === true;
    if (model.codemie.active && !rendered) {
      for (const tag of apiImageTags(model.values)) {
        const text = String(tag.value);
        const read = typeof tag.value === "string" ? helmPlainScalar(text) : tag.value;
        if (typeof read === "string" || read === null) continue;
        report({ messageId: "appVersion", data: { tag: typeof tag.value === "string" ? `"${text}"` : text, type: describe(read, false) }, at: tag.origin });
      }
    }
    // Indexed: for-of makes an object per step in Maglev's code, and this goes over every container.
    const objects = model.manifests?.objects ?? [];
    for (let o = 0; o < objects.length; o++) {
      const containers = objects[o]!.pod?.containers ?? [];
      for (let c = 0; c < containers.length; c++) {
        const container = containers[c]!;
        for (let i = 0; i < container.notLists.length; i++) {
          const { field, type } = container.notLists[i]!;
          report({ messageId: "notList", data: { field, container: container.name, type }, at: { source: container.source, path: container.path.concat(field), part: "key" } });
        }
        for (let i = 0; i < container.unnamedEnv.length; i++) {
          const index = container.unnamedEnv[i]!;
          report({ messageId: "unnamed", data: { index, container: container.name }, at: { source: container.source, path: container.path.concat("env", index) } });
        }
      }
    }
    for (const list of model.facts.envLists) {
      if (list.style !== "list") continue; // charts quote map-style env themselves
      // By index: a manifest's list makes its entries when asked, and thousands of lists have none to report.
      for (let index = 0; index < list.length; index++) {
        const value = list.valueOf(index);
        if (value === undefined || value === null || typeof value === "string") continue;
        const entry = list.entryAt(index);
        const type = describe(value, mayBeSecretName(entry.name));
        // Quoting what is written keeps what the user meant (`true` → "true"); lists, maps and dates are not mechanical.
        const scalar = typeof value === "boolean" || typeof value === "number" || typeof value === "bigint";
        report({ messageId: "notString", data: { name: entry.name, type }, at: entry.valueAt, ...(scalar ? { fix: { type: "fix", edits: [{ at: entry.valueAt, kind: "quote" }] } } : {}) });
      }
    }
  },
});

function describe(value: unknown, secret: boolean): string {
  if (typeof value === "boolean") return secret ? "a boolean" : `the boolean ${value}`;
  if (typeof value === "number" || typeof value === "bigint") return secret ? "a number" : `the number ${value}`;
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a map" : `a ${typeof value}`;
}
