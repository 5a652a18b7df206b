import { defineRule } from "../src/engine/rule.ts";

/** What Go's base64.StdEncoding reads (the API server decodes Secret `data` with it); it skips CR and LF. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Kubernetes' rule for ConfigMap and Secret keys (IsConfigMapKey, with hasChDirPrefix below). */
const KEY = /^[-._a-zA-Z0-9]+$/;
const MAX_KEY_LENGTH = 253;

export default defineRule({
  meta: {
    id: "config-data-invalid",
    name: "ConfigDataInvalid",
    input: "manifest",
    defaultSeverity: "error",
    description: "A ConfigMap's or Secret's data is refused by the API server",
    details:
      "The budget id and the LiteLLM keys usually reach the pods through a ConfigMap or Secret. The API server refuses the whole object, and with it the release, when a Secret's `data` value is not base64 (`illegal base64 data at input byte …`; `stringData` takes plain text), when a value is a number, boolean or map instead of a string, or when a key holds anything but letters, digits, `-`, `_` and `.`. Such an object never reaches the cluster, and neither does the budget id or key it holds.",
    remediation: "Base64-encode Secret `data` values (`printf %s value | base64`) or move them to `stringData`; quote values that YAML reads as numbers or booleans; rename keys to letters, digits, `-`, `_` and `.`.",
    example: '# wrong\nkind: Secret\ndata:\n  budget-id: prod-budget\n# right\nkind: Secret\nstringData:\n  budget-id: prod-budget',
    tags: ["correctness", "kubernetes"],
    messages: {
      notBase64: 'data key "{{key}}" of Secret {{name}} is not base64; the API server refuses the Secret (stringData takes plain text)',
      notString: '{{field}} key "{{key}}" of {{kind}} {{name}} holds {{type}}, not a string; the API server refuses the {{kind}}',
      notMap: '{{field}} of {{kind}} {{name}} is {{type}}, not a map of keys to strings; the API server refuses the {{kind}}',
      badKey: 'key "{{key}}" of {{kind}} {{name}} is not a valid key (letters, digits, "-", "_" and "." only, at most 253, not "." and not starting with ".."); the API server refuses the {{kind}}',
    },
  },
  check({ model, report }) {
    for (const object of model.manifests?.objects ?? []) {
      const { kind, name } = object.identity;
      if (kind !== "ConfigMap" && kind !== "Secret") continue;
      for (const { field, value } of object.notMaps ?? []) {
        if (field === "stringData" && kind === "ConfigMap") continue;
        report({ messageId: "notMap", data: { kind, name, field, type: describe(value) }, at: { source: object.source, path: [field] } });
      }
      for (const field of ["data", "stringData"] as const) {
        // A ConfigMap has no stringData: an unknown field, which the API server drops.
        if (field === "stringData" && kind === "ConfigMap") continue;
        for (const [key, value] of Object.entries(object[field] ?? {})) {
          const at = { source: object.source, path: [field, key] };
          if (!KEY.test(key) || key.length > MAX_KEY_LENGTH || key === "." || key.startsWith("..")) {
            report({ messageId: "badKey", data: { kind, name, key }, at: { ...at, part: "key" } });
          }
          if (value === null || value === undefined) continue;
          if (typeof value !== "string") report({ messageId: "notString", data: { kind, name, field, key, type: describe(value) }, at });
          else if (kind === "Secret" && field === "data" && !BASE64.test(value.replace(/[\r\n]/g, ""))) report({ messageId: "notBase64", data: { name, key }, at });
        }
      }
    }
  },
});

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "a string";
  if (value instanceof Date) return "a date";
  return typeof value === "object" ? "a map" : `a ${typeof value}`;
}
