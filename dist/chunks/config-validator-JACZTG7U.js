import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import "./chunk-BE7JI7H6.js";

// src/engine/config-validator.ts
var SCHEMA_JSON = `{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/litellm-preflight/litellm-preflight/blob/main/schemas/config.schema.json","title":"litellm-preflight configuration (.litellm-preflight.yaml)","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"rules":{"type":"object","additionalProperties":false,"properties":{"budget-id-change":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"The deployment changes the effective budget id or the LiteLLM URL compared with the running release"},"budget-id-expected":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false,"properties":{"expected":{"description":"The budget id every workload must get","type":"string","minLength":1}}}}}],"description":"The effective budget id is not the one this environment expects"},"budget-id-invalid":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"The budget id is empty, an unrendered placeholder, or cannot be resolved"},"budget-id-mismatch":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"Workloads, values layers, or values and manifests disagree on the budget id"},"budget-id-restart":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"The budget id comes from a ConfigMap or Secret, but the pods are not restarted when it changes"},"codemie-budget-drift":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"A budget in CodeMie's budgets-config.yaml differs from the same budget in LiteLLM"},"codemie-budget-flags":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"CodeMie's budget switches are inconsistent, so budgets are not enforced or the API does not start"},"codemie-budgets-config":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"CodeMie's budgets-config.yaml is invalid or not mounted where CodeMie reads it"},"codemie-ignored-env":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"A CodeMie env variable, or a budgets-config.yaml, that the CodeMie version in use does not read"},"config-data-invalid":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"A ConfigMap's or Secret's data is refused by the API server"},"duplicate-key":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"A mapping key is repeated in one YAML map"},"env-duplicate":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"An environment variable is defined twice in one env list"},"env-value-type":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"An env entry's value is not a string"},"helm-template":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"helm template fails for the chart with these values"},"litellm-budget-exists":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"The budget id does not exist in the LiteLLM proxy"},"litellm-budget-limits":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"The end-user budget has no hard cap, a zero cap, a soft budget above its cap, or does not reset"},"litellm-budget-soft":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"The end-user budget carries a soft_budget, which LiteLLM does not apply to end users"},"litellm-global-budget":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"The proxy has a global budget, which cuts off the platform's integration key when it is spent"},"litellm-image-advisory":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"The LiteLLM image tag names a known-bad LiteLLM release"},"litellm-key-unlimited":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"The platform's integration key has a budget cap, or cannot be used"},"litellm-proxy-settings":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"A LiteLLM proxy setting that leaves end users uncapped or cuts off the platform"},"litellm-service-url":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"The platform's in-cluster LiteLLM URL does not name the Service the LiteLLM chart creates"},"litellm-unverified":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"A live LiteLLM check could not be completed"},"litellm-version-advisory":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"The LiteLLM proxy reports a known-bad LiteLLM release"},"plaintext-credential":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","properties":{"names":{"type":"array","items":{"type":"string"},"description":"More env names that hold credentials"}},"additionalProperties":false}}}],"description":"A LiteLLM key is written as a literal instead of a Secret reference"},"suppression-directive":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"An inline suppression comment is malformed or suppresses nothing"},"values-schema":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"The coalesced values do not satisfy the chart's values.schema.json"},"values-unknown-key":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"An override key does not exist in the chart's values.yaml, so Helm ignores it"},"yaml-syntax":{"anyOf":[{"enum":["off","note","warning","warn","error"]},{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["off","note","warning","warn","error"]},"options":{"type":"object","additionalProperties":false}}}],"description":"A values file or manifest is not valid YAML, or not the shape Helm reads"}}},"budgetIdEnv":{"description":"Env names that carry the end-user budget id, in priority order","type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$"}},"defaultBudgetId":{"description":"The budget id in effect where none is set","type":"string","minLength":1,"pattern":"\\\\S"},"ignore":{"description":"Globs of files whose findings are dropped, relative to this file's directory","type":"array","items":{"type":"string","minLength":1}},"limits":{"description":"Bounds for untrusted input (docs/limits.md)","type":"object","additionalProperties":false,"properties":{"maxFileBytes":{"description":"Largest input file or stdin, in bytes (default 134217728)","type":"integer","minimum":1},"maxValuesFileBytes":{"description":"Largest values file, in bytes (default 16777216): values files are parsed whole, with positions","type":"integer","minimum":1},"maxDepth":{"description":"Deepest YAML nesting (default 500)","type":"integer","minimum":1,"maximum":100000},"maxAliases":{"description":"Most YAML alias references per document (default 1000)","type":"integer","minimum":0}}},"environments":{"description":"Named environments (dev, staging, prod): \`lint\` with no inputs runs them all, --environment NAME some. Paths are relative to this config file","type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","maxLength":64},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"values":{"description":"Values files, merged in order like helm -f","type":"array","items":{"type":"string","minLength":1}},"set":{"description":"--set assignments, applied after the files","type":"array","items":{"type":"string"}},"setString":{"description":"--set-string assignments","type":"array","items":{"type":"string"}},"setLiteral":{"description":"--set-literal assignments (the value is the rest of each item)","type":"array","items":{"type":"string"}},"manifests":{"description":"Rendered manifest files","type":"array","items":{"type":"string","minLength":1}},"chart":{"description":"A chart directory or reference rendered with helm template and the layers above","type":["string","null"],"minLength":1},"budgetId":{"description":"The budget id this environment must get (rule budget-id-expected)","type":"string","minLength":1},"litellm":{"description":"Names of the environment variables that hold this environment's LiteLLM URL and keys (never the values)","type":"object","additionalProperties":false,"properties":{"urlEnv":{"type":"string","pattern":"^LITE_?LLM_[A-Za-z0-9_]*$"},"masterKeyEnv":{"type":"string","pattern":"^LITE_?LLM_[A-Za-z0-9_]*$"},"apiKeyEnv":{"type":"string","pattern":"^LITE_?LLM_[A-Za-z0-9_]*$"},"keyAlias":{"type":"string","minLength":1}}}}}},"baseline":{"description":"Baseline file (relative to this config file): findings recorded in it are hidden; write it with --write-baseline","type":"string","minLength":1},"codemie":{"description":"The CodeMie profile (CodeMie rules, DEFAULT_BUDGET_ID as a budget-id variable): auto turns it on when the inputs look like CodeMie's chart","enum":["auto","on","off"]}}}`;
var codePoints = (text) => [...text].length;
var validate = validate10;
var config_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/litellm-preflight/litellm-preflight/blob/main/schemas/config.schema.json", "title": "litellm-preflight configuration (.litellm-preflight.yaml)", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "rules": { "type": "object", "additionalProperties": false, "properties": { "budget-id-change": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "The deployment changes the effective budget id or the LiteLLM URL compared with the running release" }, "budget-id-expected": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false, "properties": { "expected": { "description": "The budget id every workload must get", "type": "string", "minLength": 1 } } } } }], "description": "The effective budget id is not the one this environment expects" }, "budget-id-invalid": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "The budget id is empty, an unrendered placeholder, or cannot be resolved" }, "budget-id-mismatch": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "Workloads, values layers, or values and manifests disagree on the budget id" }, "budget-id-restart": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "The budget id comes from a ConfigMap or Secret, but the pods are not restarted when it changes" }, "codemie-budget-drift": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "A budget in CodeMie's budgets-config.yaml differs from the same budget in LiteLLM" }, "codemie-budget-flags": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "CodeMie's budget switches are inconsistent, so budgets are not enforced or the API does not start" }, "codemie-budgets-config": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "CodeMie's budgets-config.yaml is invalid or not mounted where CodeMie reads it" }, "codemie-ignored-env": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "A CodeMie env variable, or a budgets-config.yaml, that the CodeMie version in use does not read" }, "config-data-invalid": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "A ConfigMap's or Secret's data is refused by the API server" }, "duplicate-key": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "A mapping key is repeated in one YAML map" }, "env-duplicate": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "An environment variable is defined twice in one env list" }, "env-value-type": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "An env entry's value is not a string" }, "helm-template": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "helm template fails for the chart with these values" }, "litellm-budget-exists": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "The budget id does not exist in the LiteLLM proxy" }, "litellm-budget-limits": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "The end-user budget has no hard cap, a zero cap, a soft budget above its cap, or does not reset" }, "litellm-budget-soft": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "The end-user budget carries a soft_budget, which LiteLLM does not apply to end users" }, "litellm-global-budget": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "The proxy has a global budget, which cuts off the platform's integration key when it is spent" }, "litellm-image-advisory": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "The LiteLLM image tag names a known-bad LiteLLM release" }, "litellm-key-unlimited": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "The platform's integration key has a budget cap, or cannot be used" }, "litellm-proxy-settings": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "A LiteLLM proxy setting that leaves end users uncapped or cuts off the platform" }, "litellm-service-url": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "The platform's in-cluster LiteLLM URL does not name the Service the LiteLLM chart creates" }, "litellm-unverified": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "A live LiteLLM check could not be completed" }, "litellm-version-advisory": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "The LiteLLM proxy reports a known-bad LiteLLM release" }, "plaintext-credential": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "properties": { "names": { "type": "array", "items": { "type": "string" }, "description": "More env names that hold credentials" } }, "additionalProperties": false } } }], "description": "A LiteLLM key is written as a literal instead of a Secret reference" }, "suppression-directive": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "An inline suppression comment is malformed or suppresses nothing" }, "values-schema": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "The coalesced values do not satisfy the chart's values.schema.json" }, "values-unknown-key": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "An override key does not exist in the chart's values.yaml, so Helm ignores it" }, "yaml-syntax": { "anyOf": [{ "enum": ["off", "note", "warning", "warn", "error"] }, { "type": "object", "additionalProperties": false, "properties": { "severity": { "enum": ["off", "note", "warning", "warn", "error"] }, "options": { "type": "object", "additionalProperties": false } } }], "description": "A values file or manifest is not valid YAML, or not the shape Helm reads" } } }, "budgetIdEnv": { "description": "Env names that carry the end-user budget id, in priority order", "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$" } }, "defaultBudgetId": { "description": "The budget id in effect where none is set", "type": "string", "minLength": 1, "pattern": "\\S" }, "ignore": { "description": "Globs of files whose findings are dropped, relative to this file's directory", "type": "array", "items": { "type": "string", "minLength": 1 } }, "limits": { "description": "Bounds for untrusted input (docs/limits.md)", "type": "object", "additionalProperties": false, "properties": { "maxFileBytes": { "description": "Largest input file or stdin, in bytes (default 134217728)", "type": "integer", "minimum": 1 }, "maxValuesFileBytes": { "description": "Largest values file, in bytes (default 16777216): values files are parsed whole, with positions", "type": "integer", "minimum": 1 }, "maxDepth": { "description": "Deepest YAML nesting (default 500)", "type": "integer", "minimum": 1, "maximum": 1e5 }, "maxAliases": { "description": "Most YAML alias references per document (default 1000)", "type": "integer", "minimum": 0 } } }, "environments": { "description": "Named environments (dev, staging, prod): `lint` with no inputs runs them all, --environment NAME some. Paths are relative to this config file", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$", "maxLength": 64 }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "values": { "description": "Values files, merged in order like helm -f", "type": "array", "items": { "type": "string", "minLength": 1 } }, "set": { "description": "--set assignments, applied after the files", "type": "array", "items": { "type": "string" } }, "setString": { "description": "--set-string assignments", "type": "array", "items": { "type": "string" } }, "setLiteral": { "description": "--set-literal assignments (the value is the rest of each item)", "type": "array", "items": { "type": "string" } }, "manifests": { "description": "Rendered manifest files", "type": "array", "items": { "type": "string", "minLength": 1 } }, "chart": { "description": "A chart directory or reference rendered with helm template and the layers above", "type": ["string", "null"], "minLength": 1 }, "budgetId": { "description": "The budget id this environment must get (rule budget-id-expected)", "type": "string", "minLength": 1 }, "litellm": { "description": "Names of the environment variables that hold this environment's LiteLLM URL and keys (never the values)", "type": "object", "additionalProperties": false, "properties": { "urlEnv": { "type": "string", "pattern": "^LITE_?LLM_[A-Za-z0-9_]*$" }, "masterKeyEnv": { "type": "string", "pattern": "^LITE_?LLM_[A-Za-z0-9_]*$" }, "apiKeyEnv": { "type": "string", "pattern": "^LITE_?LLM_[A-Za-z0-9_]*$" }, "keyAlias": { "type": "string", "minLength": 1 } } } } } }, "baseline": { "description": "Baseline file (relative to this config file): findings recorded in it are hidden; write it with --write-baseline", "type": "string", "minLength": 1 }, "codemie": { "description": "The CodeMie profile (CodeMie rules, DEFAULT_BUDGET_ID as a budget-id variable): auto turns it on when the inputs look like CodeMie's chart", "enum": ["auto", "on", "off"] } } };
var func2 = Object.prototype.hasOwnProperty;
var func4 = codePoints;
var pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_.-]*$", "u");
var pattern1 = new RegExp("\\S", "u");
var pattern2 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
var pattern3 = new RegExp("^LITE_?LLM_[A-Za-z0-9_]*$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data1 = data.rules;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func2.call(schema11.properties.rules.properties, key1)) {
            const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1["budget-id-change"] !== void 0) {
          let data2 = data1["budget-id-change"];
          const _errs8 = errors;
          let valid2 = false;
          const _errs9 = errors;
          if (!(data2 === "off" || data2 === "note" || data2 === "warning" || data2 === "warn" || data2 === "error")) {
            const err3 = { instancePath: instancePath + "/rules/budget-id-change", schemaPath: "#/properties/rules/properties/budget-id-change/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["budget-id-change"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          var _valid0 = _errs9 === errors;
          valid2 = valid2 || _valid0;
          if (!valid2) {
            const _errs10 = errors;
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
              for (const key2 in data2) {
                if (!(key2 === "severity" || key2 === "options")) {
                  const err4 = { instancePath: instancePath + "/rules/budget-id-change", schemaPath: "#/properties/rules/properties/budget-id-change/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              }
              if (data2.severity !== void 0) {
                let data3 = data2.severity;
                if (!(data3 === "off" || data3 === "note" || data3 === "warning" || data3 === "warn" || data3 === "error")) {
                  const err5 = { instancePath: instancePath + "/rules/budget-id-change/severity", schemaPath: "#/properties/rules/properties/budget-id-change/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["budget-id-change"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
              }
              if (data2.options !== void 0) {
                let data4 = data2.options;
                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                  for (const key3 in data4) {
                    const err6 = { instancePath: instancePath + "/rules/budget-id-change/options", schemaPath: "#/properties/rules/properties/budget-id-change/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                } else {
                  const err7 = { instancePath: instancePath + "/rules/budget-id-change/options", schemaPath: "#/properties/rules/properties/budget-id-change/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
            } else {
              const err8 = { instancePath: instancePath + "/rules/budget-id-change", schemaPath: "#/properties/rules/properties/budget-id-change/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            var _valid0 = _errs10 === errors;
            valid2 = valid2 || _valid0;
          }
          if (!valid2) {
            const err9 = { instancePath: instancePath + "/rules/budget-id-change", schemaPath: "#/properties/rules/properties/budget-id-change/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          } else {
            errors = _errs8;
            if (vErrors !== null) {
              if (_errs8) {
                vErrors.length = _errs8;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["budget-id-expected"] !== void 0) {
          let data5 = data1["budget-id-expected"];
          const _errs18 = errors;
          let valid4 = false;
          const _errs19 = errors;
          if (!(data5 === "off" || data5 === "note" || data5 === "warning" || data5 === "warn" || data5 === "error")) {
            const err10 = { instancePath: instancePath + "/rules/budget-id-expected", schemaPath: "#/properties/rules/properties/budget-id-expected/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["budget-id-expected"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          var _valid1 = _errs19 === errors;
          valid4 = valid4 || _valid1;
          if (!valid4) {
            const _errs20 = errors;
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
              for (const key4 in data5) {
                if (!(key4 === "severity" || key4 === "options")) {
                  const err11 = { instancePath: instancePath + "/rules/budget-id-expected", schemaPath: "#/properties/rules/properties/budget-id-expected/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
              if (data5.severity !== void 0) {
                let data6 = data5.severity;
                if (!(data6 === "off" || data6 === "note" || data6 === "warning" || data6 === "warn" || data6 === "error")) {
                  const err12 = { instancePath: instancePath + "/rules/budget-id-expected/severity", schemaPath: "#/properties/rules/properties/budget-id-expected/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["budget-id-expected"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
              if (data5.options !== void 0) {
                let data7 = data5.options;
                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                  for (const key5 in data7) {
                    if (!(key5 === "expected")) {
                      const err13 = { instancePath: instancePath + "/rules/budget-id-expected/options", schemaPath: "#/properties/rules/properties/budget-id-expected/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  }
                  if (data7.expected !== void 0) {
                    let data8 = data7.expected;
                    if (typeof data8 === "string") {
                      if (func4(data8) < 1) {
                        const err14 = { instancePath: instancePath + "/rules/budget-id-expected/options/expected", schemaPath: "#/properties/rules/properties/budget-id-expected/anyOf/1/properties/options/properties/expected/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                      }
                    } else {
                      const err15 = { instancePath: instancePath + "/rules/budget-id-expected/options/expected", schemaPath: "#/properties/rules/properties/budget-id-expected/anyOf/1/properties/options/properties/expected/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err16 = { instancePath: instancePath + "/rules/budget-id-expected/options", schemaPath: "#/properties/rules/properties/budget-id-expected/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
            } else {
              const err17 = { instancePath: instancePath + "/rules/budget-id-expected", schemaPath: "#/properties/rules/properties/budget-id-expected/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            var _valid1 = _errs20 === errors;
            valid4 = valid4 || _valid1;
          }
          if (!valid4) {
            const err18 = { instancePath: instancePath + "/rules/budget-id-expected", schemaPath: "#/properties/rules/properties/budget-id-expected/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          } else {
            errors = _errs18;
            if (vErrors !== null) {
              if (_errs18) {
                vErrors.length = _errs18;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["budget-id-invalid"] !== void 0) {
          let data9 = data1["budget-id-invalid"];
          const _errs30 = errors;
          let valid7 = false;
          const _errs31 = errors;
          if (!(data9 === "off" || data9 === "note" || data9 === "warning" || data9 === "warn" || data9 === "error")) {
            const err19 = { instancePath: instancePath + "/rules/budget-id-invalid", schemaPath: "#/properties/rules/properties/budget-id-invalid/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["budget-id-invalid"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          var _valid2 = _errs31 === errors;
          valid7 = valid7 || _valid2;
          if (!valid7) {
            const _errs32 = errors;
            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
              for (const key6 in data9) {
                if (!(key6 === "severity" || key6 === "options")) {
                  const err20 = { instancePath: instancePath + "/rules/budget-id-invalid", schemaPath: "#/properties/rules/properties/budget-id-invalid/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
              if (data9.severity !== void 0) {
                let data10 = data9.severity;
                if (!(data10 === "off" || data10 === "note" || data10 === "warning" || data10 === "warn" || data10 === "error")) {
                  const err21 = { instancePath: instancePath + "/rules/budget-id-invalid/severity", schemaPath: "#/properties/rules/properties/budget-id-invalid/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["budget-id-invalid"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
              if (data9.options !== void 0) {
                let data11 = data9.options;
                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                  for (const key7 in data11) {
                    const err22 = { instancePath: instancePath + "/rules/budget-id-invalid/options", schemaPath: "#/properties/rules/properties/budget-id-invalid/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                } else {
                  const err23 = { instancePath: instancePath + "/rules/budget-id-invalid/options", schemaPath: "#/properties/rules/properties/budget-id-invalid/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              }
            } else {
              const err24 = { instancePath: instancePath + "/rules/budget-id-invalid", schemaPath: "#/properties/rules/properties/budget-id-invalid/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            var _valid2 = _errs32 === errors;
            valid7 = valid7 || _valid2;
          }
          if (!valid7) {
            const err25 = { instancePath: instancePath + "/rules/budget-id-invalid", schemaPath: "#/properties/rules/properties/budget-id-invalid/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          } else {
            errors = _errs30;
            if (vErrors !== null) {
              if (_errs30) {
                vErrors.length = _errs30;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["budget-id-mismatch"] !== void 0) {
          let data12 = data1["budget-id-mismatch"];
          const _errs40 = errors;
          let valid9 = false;
          const _errs41 = errors;
          if (!(data12 === "off" || data12 === "note" || data12 === "warning" || data12 === "warn" || data12 === "error")) {
            const err26 = { instancePath: instancePath + "/rules/budget-id-mismatch", schemaPath: "#/properties/rules/properties/budget-id-mismatch/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["budget-id-mismatch"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          var _valid3 = _errs41 === errors;
          valid9 = valid9 || _valid3;
          if (!valid9) {
            const _errs42 = errors;
            if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
              for (const key8 in data12) {
                if (!(key8 === "severity" || key8 === "options")) {
                  const err27 = { instancePath: instancePath + "/rules/budget-id-mismatch", schemaPath: "#/properties/rules/properties/budget-id-mismatch/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data12.severity !== void 0) {
                let data13 = data12.severity;
                if (!(data13 === "off" || data13 === "note" || data13 === "warning" || data13 === "warn" || data13 === "error")) {
                  const err28 = { instancePath: instancePath + "/rules/budget-id-mismatch/severity", schemaPath: "#/properties/rules/properties/budget-id-mismatch/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["budget-id-mismatch"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
              if (data12.options !== void 0) {
                let data14 = data12.options;
                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                  for (const key9 in data14) {
                    const err29 = { instancePath: instancePath + "/rules/budget-id-mismatch/options", schemaPath: "#/properties/rules/properties/budget-id-mismatch/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                } else {
                  const err30 = { instancePath: instancePath + "/rules/budget-id-mismatch/options", schemaPath: "#/properties/rules/properties/budget-id-mismatch/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            } else {
              const err31 = { instancePath: instancePath + "/rules/budget-id-mismatch", schemaPath: "#/properties/rules/properties/budget-id-mismatch/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            var _valid3 = _errs42 === errors;
            valid9 = valid9 || _valid3;
          }
          if (!valid9) {
            const err32 = { instancePath: instancePath + "/rules/budget-id-mismatch", schemaPath: "#/properties/rules/properties/budget-id-mismatch/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          } else {
            errors = _errs40;
            if (vErrors !== null) {
              if (_errs40) {
                vErrors.length = _errs40;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["budget-id-restart"] !== void 0) {
          let data15 = data1["budget-id-restart"];
          const _errs50 = errors;
          let valid11 = false;
          const _errs51 = errors;
          if (!(data15 === "off" || data15 === "note" || data15 === "warning" || data15 === "warn" || data15 === "error")) {
            const err33 = { instancePath: instancePath + "/rules/budget-id-restart", schemaPath: "#/properties/rules/properties/budget-id-restart/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["budget-id-restart"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          var _valid4 = _errs51 === errors;
          valid11 = valid11 || _valid4;
          if (!valid11) {
            const _errs52 = errors;
            if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
              for (const key10 in data15) {
                if (!(key10 === "severity" || key10 === "options")) {
                  const err34 = { instancePath: instancePath + "/rules/budget-id-restart", schemaPath: "#/properties/rules/properties/budget-id-restart/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
              if (data15.severity !== void 0) {
                let data16 = data15.severity;
                if (!(data16 === "off" || data16 === "note" || data16 === "warning" || data16 === "warn" || data16 === "error")) {
                  const err35 = { instancePath: instancePath + "/rules/budget-id-restart/severity", schemaPath: "#/properties/rules/properties/budget-id-restart/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["budget-id-restart"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
              if (data15.options !== void 0) {
                let data17 = data15.options;
                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                  for (const key11 in data17) {
                    const err36 = { instancePath: instancePath + "/rules/budget-id-restart/options", schemaPath: "#/properties/rules/properties/budget-id-restart/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                } else {
                  const err37 = { instancePath: instancePath + "/rules/budget-id-restart/options", schemaPath: "#/properties/rules/properties/budget-id-restart/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            } else {
              const err38 = { instancePath: instancePath + "/rules/budget-id-restart", schemaPath: "#/properties/rules/properties/budget-id-restart/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            var _valid4 = _errs52 === errors;
            valid11 = valid11 || _valid4;
          }
          if (!valid11) {
            const err39 = { instancePath: instancePath + "/rules/budget-id-restart", schemaPath: "#/properties/rules/properties/budget-id-restart/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          } else {
            errors = _errs50;
            if (vErrors !== null) {
              if (_errs50) {
                vErrors.length = _errs50;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["codemie-budget-drift"] !== void 0) {
          let data18 = data1["codemie-budget-drift"];
          const _errs60 = errors;
          let valid13 = false;
          const _errs61 = errors;
          if (!(data18 === "off" || data18 === "note" || data18 === "warning" || data18 === "warn" || data18 === "error")) {
            const err40 = { instancePath: instancePath + "/rules/codemie-budget-drift", schemaPath: "#/properties/rules/properties/codemie-budget-drift/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["codemie-budget-drift"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          var _valid5 = _errs61 === errors;
          valid13 = valid13 || _valid5;
          if (!valid13) {
            const _errs62 = errors;
            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
              for (const key12 in data18) {
                if (!(key12 === "severity" || key12 === "options")) {
                  const err41 = { instancePath: instancePath + "/rules/codemie-budget-drift", schemaPath: "#/properties/rules/properties/codemie-budget-drift/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              }
              if (data18.severity !== void 0) {
                let data19 = data18.severity;
                if (!(data19 === "off" || data19 === "note" || data19 === "warning" || data19 === "warn" || data19 === "error")) {
                  const err42 = { instancePath: instancePath + "/rules/codemie-budget-drift/severity", schemaPath: "#/properties/rules/properties/codemie-budget-drift/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["codemie-budget-drift"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              }
              if (data18.options !== void 0) {
                let data20 = data18.options;
                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                  for (const key13 in data20) {
                    const err43 = { instancePath: instancePath + "/rules/codemie-budget-drift/options", schemaPath: "#/properties/rules/properties/codemie-budget-drift/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                } else {
                  const err44 = { instancePath: instancePath + "/rules/codemie-budget-drift/options", schemaPath: "#/properties/rules/properties/codemie-budget-drift/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              }
            } else {
              const err45 = { instancePath: instancePath + "/rules/codemie-budget-drift", schemaPath: "#/properties/rules/properties/codemie-budget-drift/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            var _valid5 = _errs62 === errors;
            valid13 = valid13 || _valid5;
          }
          if (!valid13) {
            const err46 = { instancePath: instancePath + "/rules/codemie-budget-drift", schemaPath: "#/properties/rules/properties/codemie-budget-drift/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          } else {
            errors = _errs60;
            if (vErrors !== null) {
              if (_errs60) {
                vErrors.length = _errs60;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["codemie-budget-flags"] !== void 0) {
          let data21 = data1["codemie-budget-flags"];
          const _errs70 = errors;
          let valid15 = false;
          const _errs71 = errors;
          if (!(data21 === "off" || data21 === "note" || data21 === "warning" || data21 === "warn" || data21 === "error")) {
            const err47 = { instancePath: instancePath + "/rules/codemie-budget-flags", schemaPath: "#/properties/rules/properties/codemie-budget-flags/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["codemie-budget-flags"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          var _valid6 = _errs71 === errors;
          valid15 = valid15 || _valid6;
          if (!valid15) {
            const _errs72 = errors;
            if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
              for (const key14 in data21) {
                if (!(key14 === "severity" || key14 === "options")) {
                  const err48 = { instancePath: instancePath + "/rules/codemie-budget-flags", schemaPath: "#/properties/rules/properties/codemie-budget-flags/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              }
              if (data21.severity !== void 0) {
                let data22 = data21.severity;
                if (!(data22 === "off" || data22 === "note" || data22 === "warning" || data22 === "warn" || data22 === "error")) {
                  const err49 = { instancePath: instancePath + "/rules/codemie-budget-flags/severity", schemaPath: "#/properties/rules/properties/codemie-budget-flags/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["codemie-budget-flags"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              }
              if (data21.options !== void 0) {
                let data23 = data21.options;
                if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                  for (const key15 in data23) {
                    const err50 = { instancePath: instancePath + "/rules/codemie-budget-flags/options", schemaPath: "#/properties/rules/properties/codemie-budget-flags/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                } else {
                  const err51 = { instancePath: instancePath + "/rules/codemie-budget-flags/options", schemaPath: "#/properties/rules/properties/codemie-budget-flags/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              }
            } else {
              const err52 = { instancePath: instancePath + "/rules/codemie-budget-flags", schemaPath: "#/properties/rules/properties/codemie-budget-flags/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            var _valid6 = _errs72 === errors;
            valid15 = valid15 || _valid6;
          }
          if (!valid15) {
            const err53 = { instancePath: instancePath + "/rules/codemie-budget-flags", schemaPath: "#/properties/rules/properties/codemie-budget-flags/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          } else {
            errors = _errs70;
            if (vErrors !== null) {
              if (_errs70) {
                vErrors.length = _errs70;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["codemie-budgets-config"] !== void 0) {
          let data24 = data1["codemie-budgets-config"];
          const _errs80 = errors;
          let valid17 = false;
          const _errs81 = errors;
          if (!(data24 === "off" || data24 === "note" || data24 === "warning" || data24 === "warn" || data24 === "error")) {
            const err54 = { instancePath: instancePath + "/rules/codemie-budgets-config", schemaPath: "#/properties/rules/properties/codemie-budgets-config/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["codemie-budgets-config"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          var _valid7 = _errs81 === errors;
          valid17 = valid17 || _valid7;
          if (!valid17) {
            const _errs82 = errors;
            if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
              for (const key16 in data24) {
                if (!(key16 === "severity" || key16 === "options")) {
                  const err55 = { instancePath: instancePath + "/rules/codemie-budgets-config", schemaPath: "#/properties/rules/properties/codemie-budgets-config/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
              if (data24.severity !== void 0) {
                let data25 = data24.severity;
                if (!(data25 === "off" || data25 === "note" || data25 === "warning" || data25 === "warn" || data25 === "error")) {
                  const err56 = { instancePath: instancePath + "/rules/codemie-budgets-config/severity", schemaPath: "#/properties/rules/properties/codemie-budgets-config/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["codemie-budgets-config"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              }
              if (data24.options !== void 0) {
                let data26 = data24.options;
                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                  for (const key17 in data26) {
                    const err57 = { instancePath: instancePath + "/rules/codemie-budgets-config/options", schemaPath: "#/properties/rules/properties/codemie-budgets-config/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                } else {
                  const err58 = { instancePath: instancePath + "/rules/codemie-budgets-config/options", schemaPath: "#/properties/rules/properties/codemie-budgets-config/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              }
            } else {
              const err59 = { instancePath: instancePath + "/rules/codemie-budgets-config", schemaPath: "#/properties/rules/properties/codemie-budgets-config/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            var _valid7 = _errs82 === errors;
            valid17 = valid17 || _valid7;
          }
          if (!valid17) {
            const err60 = { instancePath: instancePath + "/rules/codemie-budgets-config", schemaPath: "#/properties/rules/properties/codemie-budgets-config/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          } else {
            errors = _errs80;
            if (vErrors !== null) {
              if (_errs80) {
                vErrors.length = _errs80;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["codemie-ignored-env"] !== void 0) {
          let data27 = data1["codemie-ignored-env"];
          const _errs90 = errors;
          let valid19 = false;
          const _errs91 = errors;
          if (!(data27 === "off" || data27 === "note" || data27 === "warning" || data27 === "warn" || data27 === "error")) {
            const err61 = { instancePath: instancePath + "/rules/codemie-ignored-env", schemaPath: "#/properties/rules/properties/codemie-ignored-env/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["codemie-ignored-env"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          var _valid8 = _errs91 === errors;
          valid19 = valid19 || _valid8;
          if (!valid19) {
            const _errs92 = errors;
            if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
              for (const key18 in data27) {
                if (!(key18 === "severity" || key18 === "options")) {
                  const err62 = { instancePath: instancePath + "/rules/codemie-ignored-env", schemaPath: "#/properties/rules/properties/codemie-ignored-env/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
              if (data27.severity !== void 0) {
                let data28 = data27.severity;
                if (!(data28 === "off" || data28 === "note" || data28 === "warning" || data28 === "warn" || data28 === "error")) {
                  const err63 = { instancePath: instancePath + "/rules/codemie-ignored-env/severity", schemaPath: "#/properties/rules/properties/codemie-ignored-env/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["codemie-ignored-env"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              }
              if (data27.options !== void 0) {
                let data29 = data27.options;
                if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                  for (const key19 in data29) {
                    const err64 = { instancePath: instancePath + "/rules/codemie-ignored-env/options", schemaPath: "#/properties/rules/properties/codemie-ignored-env/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                } else {
                  const err65 = { instancePath: instancePath + "/rules/codemie-ignored-env/options", schemaPath: "#/properties/rules/properties/codemie-ignored-env/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
            } else {
              const err66 = { instancePath: instancePath + "/rules/codemie-ignored-env", schemaPath: "#/properties/rules/properties/codemie-ignored-env/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            var _valid8 = _errs92 === errors;
            valid19 = valid19 || _valid8;
          }
          if (!valid19) {
            const err67 = { instancePath: instancePath + "/rules/codemie-ignored-env", schemaPath: "#/properties/rules/properties/codemie-ignored-env/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          } else {
            errors = _errs90;
            if (vErrors !== null) {
              if (_errs90) {
                vErrors.length = _errs90;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["config-data-invalid"] !== void 0) {
          let data30 = data1["config-data-invalid"];
          const _errs100 = errors;
          let valid21 = false;
          const _errs101 = errors;
          if (!(data30 === "off" || data30 === "note" || data30 === "warning" || data30 === "warn" || data30 === "error")) {
            const err68 = { instancePath: instancePath + "/rules/config-data-invalid", schemaPath: "#/properties/rules/properties/config-data-invalid/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["config-data-invalid"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          var _valid9 = _errs101 === errors;
          valid21 = valid21 || _valid9;
          if (!valid21) {
            const _errs102 = errors;
            if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
              for (const key20 in data30) {
                if (!(key20 === "severity" || key20 === "options")) {
                  const err69 = { instancePath: instancePath + "/rules/config-data-invalid", schemaPath: "#/properties/rules/properties/config-data-invalid/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
              if (data30.severity !== void 0) {
                let data31 = data30.severity;
                if (!(data31 === "off" || data31 === "note" || data31 === "warning" || data31 === "warn" || data31 === "error")) {
                  const err70 = { instancePath: instancePath + "/rules/config-data-invalid/severity", schemaPath: "#/properties/rules/properties/config-data-invalid/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["config-data-invalid"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              }
              if (data30.options !== void 0) {
                let data32 = data30.options;
                if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                  for (const key21 in data32) {
                    const err71 = { instancePath: instancePath + "/rules/config-data-invalid/options", schemaPath: "#/properties/rules/properties/config-data-invalid/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                } else {
                  const err72 = { instancePath: instancePath + "/rules/config-data-invalid/options", schemaPath: "#/properties/rules/properties/config-data-invalid/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
            } else {
              const err73 = { instancePath: instancePath + "/rules/config-data-invalid", schemaPath: "#/properties/rules/properties/config-data-invalid/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            var _valid9 = _errs102 === errors;
            valid21 = valid21 || _valid9;
          }
          if (!valid21) {
            const err74 = { instancePath: instancePath + "/rules/config-data-invalid", schemaPath: "#/properties/rules/properties/config-data-invalid/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          } else {
            errors = _errs100;
            if (vErrors !== null) {
              if (_errs100) {
                vErrors.length = _errs100;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["duplicate-key"] !== void 0) {
          let data33 = data1["duplicate-key"];
          const _errs110 = errors;
          let valid23 = false;
          const _errs111 = errors;
          if (!(data33 === "off" || data33 === "note" || data33 === "warning" || data33 === "warn" || data33 === "error")) {
            const err75 = { instancePath: instancePath + "/rules/duplicate-key", schemaPath: "#/properties/rules/properties/duplicate-key/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["duplicate-key"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
          var _valid10 = _errs111 === errors;
          valid23 = valid23 || _valid10;
          if (!valid23) {
            const _errs112 = errors;
            if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
              for (const key22 in data33) {
                if (!(key22 === "severity" || key22 === "options")) {
                  const err76 = { instancePath: instancePath + "/rules/duplicate-key", schemaPath: "#/properties/rules/properties/duplicate-key/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              }
              if (data33.severity !== void 0) {
                let data34 = data33.severity;
                if (!(data34 === "off" || data34 === "note" || data34 === "warning" || data34 === "warn" || data34 === "error")) {
                  const err77 = { instancePath: instancePath + "/rules/duplicate-key/severity", schemaPath: "#/properties/rules/properties/duplicate-key/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["duplicate-key"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              }
              if (data33.options !== void 0) {
                let data35 = data33.options;
                if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                  for (const key23 in data35) {
                    const err78 = { instancePath: instancePath + "/rules/duplicate-key/options", schemaPath: "#/properties/rules/properties/duplicate-key/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                } else {
                  const err79 = { instancePath: instancePath + "/rules/duplicate-key/options", schemaPath: "#/properties/rules/properties/duplicate-key/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              }
            } else {
              const err80 = { instancePath: instancePath + "/rules/duplicate-key", schemaPath: "#/properties/rules/properties/duplicate-key/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            var _valid10 = _errs112 === errors;
            valid23 = valid23 || _valid10;
          }
          if (!valid23) {
            const err81 = { instancePath: instancePath + "/rules/duplicate-key", schemaPath: "#/properties/rules/properties/duplicate-key/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          } else {
            errors = _errs110;
            if (vErrors !== null) {
              if (_errs110) {
                vErrors.length = _errs110;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["env-duplicate"] !== void 0) {
          let data36 = data1["env-duplicate"];
          const _errs120 = errors;
          let valid25 = false;
          const _errs121 = errors;
          if (!(data36 === "off" || data36 === "note" || data36 === "warning" || data36 === "warn" || data36 === "error")) {
            const err82 = { instancePath: instancePath + "/rules/env-duplicate", schemaPath: "#/properties/rules/properties/env-duplicate/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["env-duplicate"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
          var _valid11 = _errs121 === errors;
          valid25 = valid25 || _valid11;
          if (!valid25) {
            const _errs122 = errors;
            if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
              for (const key24 in data36) {
                if (!(key24 === "severity" || key24 === "options")) {
                  const err83 = { instancePath: instancePath + "/rules/env-duplicate", schemaPath: "#/properties/rules/properties/env-duplicate/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              }
              if (data36.severity !== void 0) {
                let data37 = data36.severity;
                if (!(data37 === "off" || data37 === "note" || data37 === "warning" || data37 === "warn" || data37 === "error")) {
                  const err84 = { instancePath: instancePath + "/rules/env-duplicate/severity", schemaPath: "#/properties/rules/properties/env-duplicate/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["env-duplicate"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              }
              if (data36.options !== void 0) {
                let data38 = data36.options;
                if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                  for (const key25 in data38) {
                    const err85 = { instancePath: instancePath + "/rules/env-duplicate/options", schemaPath: "#/properties/rules/properties/env-duplicate/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                } else {
                  const err86 = { instancePath: instancePath + "/rules/env-duplicate/options", schemaPath: "#/properties/rules/properties/env-duplicate/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              }
            } else {
              const err87 = { instancePath: instancePath + "/rules/env-duplicate", schemaPath: "#/properties/rules/properties/env-duplicate/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            var _valid11 = _errs122 === errors;
            valid25 = valid25 || _valid11;
          }
          if (!valid25) {
            const err88 = { instancePath: instancePath + "/rules/env-duplicate", schemaPath: "#/properties/rules/properties/env-duplicate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          } else {
            errors = _errs120;
            if (vErrors !== null) {
              if (_errs120) {
                vErrors.length = _errs120;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["env-value-type"] !== void 0) {
          let data39 = data1["env-value-type"];
          const _errs130 = errors;
          let valid27 = false;
          const _errs131 = errors;
          if (!(data39 === "off" || data39 === "note" || data39 === "warning" || data39 === "warn" || data39 === "error")) {
            const err89 = { instancePath: instancePath + "/rules/env-value-type", schemaPath: "#/properties/rules/properties/env-value-type/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["env-value-type"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
          var _valid12 = _errs131 === errors;
          valid27 = valid27 || _valid12;
          if (!valid27) {
            const _errs132 = errors;
            if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
              for (const key26 in data39) {
                if (!(key26 === "severity" || key26 === "options")) {
                  const err90 = { instancePath: instancePath + "/rules/env-value-type", schemaPath: "#/properties/rules/properties/env-value-type/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              }
              if (data39.severity !== void 0) {
                let data40 = data39.severity;
                if (!(data40 === "off" || data40 === "note" || data40 === "warning" || data40 === "warn" || data40 === "error")) {
                  const err91 = { instancePath: instancePath + "/rules/env-value-type/severity", schemaPath: "#/properties/rules/properties/env-value-type/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["env-value-type"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
              if (data39.options !== void 0) {
                let data41 = data39.options;
                if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                  for (const key27 in data41) {
                    const err92 = { instancePath: instancePath + "/rules/env-value-type/options", schemaPath: "#/properties/rules/properties/env-value-type/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                } else {
                  const err93 = { instancePath: instancePath + "/rules/env-value-type/options", schemaPath: "#/properties/rules/properties/env-value-type/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
            } else {
              const err94 = { instancePath: instancePath + "/rules/env-value-type", schemaPath: "#/properties/rules/properties/env-value-type/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            var _valid12 = _errs132 === errors;
            valid27 = valid27 || _valid12;
          }
          if (!valid27) {
            const err95 = { instancePath: instancePath + "/rules/env-value-type", schemaPath: "#/properties/rules/properties/env-value-type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          } else {
            errors = _errs130;
            if (vErrors !== null) {
              if (_errs130) {
                vErrors.length = _errs130;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["helm-template"] !== void 0) {
          let data42 = data1["helm-template"];
          const _errs140 = errors;
          let valid29 = false;
          const _errs141 = errors;
          if (!(data42 === "off" || data42 === "note" || data42 === "warning" || data42 === "warn" || data42 === "error")) {
            const err96 = { instancePath: instancePath + "/rules/helm-template", schemaPath: "#/properties/rules/properties/helm-template/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["helm-template"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
          var _valid13 = _errs141 === errors;
          valid29 = valid29 || _valid13;
          if (!valid29) {
            const _errs142 = errors;
            if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
              for (const key28 in data42) {
                if (!(key28 === "severity" || key28 === "options")) {
                  const err97 = { instancePath: instancePath + "/rules/helm-template", schemaPath: "#/properties/rules/properties/helm-template/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              }
              if (data42.severity !== void 0) {
                let data43 = data42.severity;
                if (!(data43 === "off" || data43 === "note" || data43 === "warning" || data43 === "warn" || data43 === "error")) {
                  const err98 = { instancePath: instancePath + "/rules/helm-template/severity", schemaPath: "#/properties/rules/properties/helm-template/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["helm-template"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
              }
              if (data42.options !== void 0) {
                let data44 = data42.options;
                if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                  for (const key29 in data44) {
                    const err99 = { instancePath: instancePath + "/rules/helm-template/options", schemaPath: "#/properties/rules/properties/helm-template/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                } else {
                  const err100 = { instancePath: instancePath + "/rules/helm-template/options", schemaPath: "#/properties/rules/properties/helm-template/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              }
            } else {
              const err101 = { instancePath: instancePath + "/rules/helm-template", schemaPath: "#/properties/rules/properties/helm-template/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err101];
              } else {
                vErrors.push(err101);
              }
              errors++;
            }
            var _valid13 = _errs142 === errors;
            valid29 = valid29 || _valid13;
          }
          if (!valid29) {
            const err102 = { instancePath: instancePath + "/rules/helm-template", schemaPath: "#/properties/rules/properties/helm-template/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          } else {
            errors = _errs140;
            if (vErrors !== null) {
              if (_errs140) {
                vErrors.length = _errs140;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["litellm-budget-exists"] !== void 0) {
          let data45 = data1["litellm-budget-exists"];
          const _errs150 = errors;
          let valid31 = false;
          const _errs151 = errors;
          if (!(data45 === "off" || data45 === "note" || data45 === "warning" || data45 === "warn" || data45 === "error")) {
            const err103 = { instancePath: instancePath + "/rules/litellm-budget-exists", schemaPath: "#/properties/rules/properties/litellm-budget-exists/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-budget-exists"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
          var _valid14 = _errs151 === errors;
          valid31 = valid31 || _valid14;
          if (!valid31) {
            const _errs152 = errors;
            if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
              for (const key30 in data45) {
                if (!(key30 === "severity" || key30 === "options")) {
                  const err104 = { instancePath: instancePath + "/rules/litellm-budget-exists", schemaPath: "#/properties/rules/properties/litellm-budget-exists/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
              }
              if (data45.severity !== void 0) {
                let data46 = data45.severity;
                if (!(data46 === "off" || data46 === "note" || data46 === "warning" || data46 === "warn" || data46 === "error")) {
                  const err105 = { instancePath: instancePath + "/rules/litellm-budget-exists/severity", schemaPath: "#/properties/rules/properties/litellm-budget-exists/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-budget-exists"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              }
              if (data45.options !== void 0) {
                let data47 = data45.options;
                if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                  for (const key31 in data47) {
                    const err106 = { instancePath: instancePath + "/rules/litellm-budget-exists/options", schemaPath: "#/properties/rules/properties/litellm-budget-exists/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                } else {
                  const err107 = { instancePath: instancePath + "/rules/litellm-budget-exists/options", schemaPath: "#/properties/rules/properties/litellm-budget-exists/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              }
            } else {
              const err108 = { instancePath: instancePath + "/rules/litellm-budget-exists", schemaPath: "#/properties/rules/properties/litellm-budget-exists/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
            var _valid14 = _errs152 === errors;
            valid31 = valid31 || _valid14;
          }
          if (!valid31) {
            const err109 = { instancePath: instancePath + "/rules/litellm-budget-exists", schemaPath: "#/properties/rules/properties/litellm-budget-exists/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          } else {
            errors = _errs150;
            if (vErrors !== null) {
              if (_errs150) {
                vErrors.length = _errs150;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["litellm-budget-limits"] !== void 0) {
          let data48 = data1["litellm-budget-limits"];
          const _errs160 = errors;
          let valid33 = false;
          const _errs161 = errors;
          if (!(data48 === "off" || data48 === "note" || data48 === "warning" || data48 === "warn" || data48 === "error")) {
            const err110 = { instancePath: instancePath + "/rules/litellm-budget-limits", schemaPath: "#/properties/rules/properties/litellm-budget-limits/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-budget-limits"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
          var _valid15 = _errs161 === errors;
          valid33 = valid33 || _valid15;
          if (!valid33) {
            const _errs162 = errors;
            if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
              for (const key32 in data48) {
                if (!(key32 === "severity" || key32 === "options")) {
                  const err111 = { instancePath: instancePath + "/rules/litellm-budget-limits", schemaPath: "#/properties/rules/properties/litellm-budget-limits/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
              }
              if (data48.severity !== void 0) {
                let data49 = data48.severity;
                if (!(data49 === "off" || data49 === "note" || data49 === "warning" || data49 === "warn" || data49 === "error")) {
                  const err112 = { instancePath: instancePath + "/rules/litellm-budget-limits/severity", schemaPath: "#/properties/rules/properties/litellm-budget-limits/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-budget-limits"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
              }
              if (data48.options !== void 0) {
                let data50 = data48.options;
                if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                  for (const key33 in data50) {
                    const err113 = { instancePath: instancePath + "/rules/litellm-budget-limits/options", schemaPath: "#/properties/rules/properties/litellm-budget-limits/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                } else {
                  const err114 = { instancePath: instancePath + "/rules/litellm-budget-limits/options", schemaPath: "#/properties/rules/properties/litellm-budget-limits/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              }
            } else {
              const err115 = { instancePath: instancePath + "/rules/litellm-budget-limits", schemaPath: "#/properties/rules/properties/litellm-budget-limits/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
            var _valid15 = _errs162 === errors;
            valid33 = valid33 || _valid15;
          }
          if (!valid33) {
            const err116 = { instancePath: instancePath + "/rules/litellm-budget-limits", schemaPath: "#/properties/rules/properties/litellm-budget-limits/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          } else {
            errors = _errs160;
            if (vErrors !== null) {
              if (_errs160) {
                vErrors.length = _errs160;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["litellm-budget-soft"] !== void 0) {
          let data51 = data1["litellm-budget-soft"];
          const _errs170 = errors;
          let valid35 = false;
          const _errs171 = errors;
          if (!(data51 === "off" || data51 === "note" || data51 === "warning" || data51 === "warn" || data51 === "error")) {
            const err117 = { instancePath: instancePath + "/rules/litellm-budget-soft", schemaPath: "#/properties/rules/properties/litellm-budget-soft/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-budget-soft"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
          var _valid16 = _errs171 === errors;
          valid35 = valid35 || _valid16;
          if (!valid35) {
            const _errs172 = errors;
            if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
              for (const key34 in data51) {
                if (!(key34 === "severity" || key34 === "options")) {
                  const err118 = { instancePath: instancePath + "/rules/litellm-budget-soft", schemaPath: "#/properties/rules/properties/litellm-budget-soft/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
              }
              if (data51.severity !== void 0) {
                let data52 = data51.severity;
                if (!(data52 === "off" || data52 === "note" || data52 === "warning" || data52 === "warn" || data52 === "error")) {
                  const err119 = { instancePath: instancePath + "/rules/litellm-budget-soft/severity", schemaPath: "#/properties/rules/properties/litellm-budget-soft/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-budget-soft"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
              }
              if (data51.options !== void 0) {
                let data53 = data51.options;
                if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                  for (const key35 in data53) {
                    const err120 = { instancePath: instancePath + "/rules/litellm-budget-soft/options", schemaPath: "#/properties/rules/properties/litellm-budget-soft/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                } else {
                  const err121 = { instancePath: instancePath + "/rules/litellm-budget-soft/options", schemaPath: "#/properties/rules/properties/litellm-budget-soft/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
              }
            } else {
              const err122 = { instancePath: instancePath + "/rules/litellm-budget-soft", schemaPath: "#/properties/rules/properties/litellm-budget-soft/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
            var _valid16 = _errs172 === errors;
            valid35 = valid35 || _valid16;
          }
          if (!valid35) {
            const err123 = { instancePath: instancePath + "/rules/litellm-budget-soft", schemaPath: "#/properties/rules/properties/litellm-budget-soft/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          } else {
            errors = _errs170;
            if (vErrors !== null) {
              if (_errs170) {
                vErrors.length = _errs170;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["litellm-global-budget"] !== void 0) {
          let data54 = data1["litellm-global-budget"];
          const _errs180 = errors;
          let valid37 = false;
          const _errs181 = errors;
          if (!(data54 === "off" || data54 === "note" || data54 === "warning" || data54 === "warn" || data54 === "error")) {
            const err124 = { instancePath: instancePath + "/rules/litellm-global-budget", schemaPath: "#/properties/rules/properties/litellm-global-budget/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-global-budget"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
          var _valid17 = _errs181 === errors;
          valid37 = valid37 || _valid17;
          if (!valid37) {
            const _errs182 = errors;
            if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
              for (const key36 in data54) {
                if (!(key36 === "severity" || key36 === "options")) {
                  const err125 = { instancePath: instancePath + "/rules/litellm-global-budget", schemaPath: "#/properties/rules/properties/litellm-global-budget/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err125];
                  } else {
                    vErrors.push(err125);
                  }
                  errors++;
                }
              }
              if (data54.severity !== void 0) {
                let data55 = data54.severity;
                if (!(data55 === "off" || data55 === "note" || data55 === "warning" || data55 === "warn" || data55 === "error")) {
                  const err126 = { instancePath: instancePath + "/rules/litellm-global-budget/severity", schemaPath: "#/properties/rules/properties/litellm-global-budget/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-global-budget"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
              }
              if (data54.options !== void 0) {
                let data56 = data54.options;
                if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                  for (const key37 in data56) {
                    const err127 = { instancePath: instancePath + "/rules/litellm-global-budget/options", schemaPath: "#/properties/rules/properties/litellm-global-budget/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                } else {
                  const err128 = { instancePath: instancePath + "/rules/litellm-global-budget/options", schemaPath: "#/properties/rules/properties/litellm-global-budget/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
              }
            } else {
              const err129 = { instancePath: instancePath + "/rules/litellm-global-budget", schemaPath: "#/properties/rules/properties/litellm-global-budget/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            var _valid17 = _errs182 === errors;
            valid37 = valid37 || _valid17;
          }
          if (!valid37) {
            const err130 = { instancePath: instancePath + "/rules/litellm-global-budget", schemaPath: "#/properties/rules/properties/litellm-global-budget/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          } else {
            errors = _errs180;
            if (vErrors !== null) {
              if (_errs180) {
                vErrors.length = _errs180;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["litellm-image-advisory"] !== void 0) {
          let data57 = data1["litellm-image-advisory"];
          const _errs190 = errors;
          let valid39 = false;
          const _errs191 = errors;
          if (!(data57 === "off" || data57 === "note" || data57 === "warning" || data57 === "warn" || data57 === "error")) {
            const err131 = { instancePath: instancePath + "/rules/litellm-image-advisory", schemaPath: "#/properties/rules/properties/litellm-image-advisory/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-image-advisory"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err131];
            } else {
              vErrors.push(err131);
            }
            errors++;
          }
          var _valid18 = _errs191 === errors;
          valid39 = valid39 || _valid18;
          if (!valid39) {
            const _errs192 = errors;
            if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
              for (const key38 in data57) {
                if (!(key38 === "severity" || key38 === "options")) {
                  const err132 = { instancePath: instancePath + "/rules/litellm-image-advisory", schemaPath: "#/properties/rules/properties/litellm-image-advisory/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
              }
              if (data57.severity !== void 0) {
                let data58 = data57.severity;
                if (!(data58 === "off" || data58 === "note" || data58 === "warning" || data58 === "warn" || data58 === "error")) {
                  const err133 = { instancePath: instancePath + "/rules/litellm-image-advisory/severity", schemaPath: "#/properties/rules/properties/litellm-image-advisory/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-image-advisory"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              }
              if (data57.options !== void 0) {
                let data59 = data57.options;
                if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                  for (const key39 in data59) {
                    const err134 = { instancePath: instancePath + "/rules/litellm-image-advisory/options", schemaPath: "#/properties/rules/properties/litellm-image-advisory/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                } else {
                  const err135 = { instancePath: instancePath + "/rules/litellm-image-advisory/options", schemaPath: "#/properties/rules/properties/litellm-image-advisory/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
              }
            } else {
              const err136 = { instancePath: instancePath + "/rules/litellm-image-advisory", schemaPath: "#/properties/rules/properties/litellm-image-advisory/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            var _valid18 = _errs192 === errors;
            valid39 = valid39 || _valid18;
          }
          if (!valid39) {
            const err137 = { instancePath: instancePath + "/rules/litellm-image-advisory", schemaPath: "#/properties/rules/properties/litellm-image-advisory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          } else {
            errors = _errs190;
            if (vErrors !== null) {
              if (_errs190) {
                vErrors.length = _errs190;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["litellm-key-unlimited"] !== void 0) {
          let data60 = data1["litellm-key-unlimited"];
          const _errs200 = errors;
          let valid41 = false;
          const _errs201 = errors;
          if (!(data60 === "off" || data60 === "note" || data60 === "warning" || data60 === "warn" || data60 === "error")) {
            const err138 = { instancePath: instancePath + "/rules/litellm-key-unlimited", schemaPath: "#/properties/rules/properties/litellm-key-unlimited/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-key-unlimited"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
          var _valid19 = _errs201 === errors;
          valid41 = valid41 || _valid19;
          if (!valid41) {
            const _errs202 = errors;
            if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
              for (const key40 in data60) {
                if (!(key40 === "severity" || key40 === "options")) {
                  const err139 = { instancePath: instancePath + "/rules/litellm-key-unlimited", schemaPath: "#/properties/rules/properties/litellm-key-unlimited/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
              }
              if (data60.severity !== void 0) {
                let data61 = data60.severity;
                if (!(data61 === "off" || data61 === "note" || data61 === "warning" || data61 === "warn" || data61 === "error")) {
                  const err140 = { instancePath: instancePath + "/rules/litellm-key-unlimited/severity", schemaPath: "#/properties/rules/properties/litellm-key-unlimited/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-key-unlimited"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              }
              if (data60.options !== void 0) {
                let data62 = data60.options;
                if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                  for (const key41 in data62) {
                    const err141 = { instancePath: instancePath + "/rules/litellm-key-unlimited/options", schemaPath: "#/properties/rules/properties/litellm-key-unlimited/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err141];
                    } else {
                      vErrors.push(err141);
                    }
                    errors++;
                  }
                } else {
                  const err142 = { instancePath: instancePath + "/rules/litellm-key-unlimited/options", schemaPath: "#/properties/rules/properties/litellm-key-unlimited/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
              }
            } else {
              const err143 = { instancePath: instancePath + "/rules/litellm-key-unlimited", schemaPath: "#/properties/rules/properties/litellm-key-unlimited/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err143];
              } else {
                vErrors.push(err143);
              }
              errors++;
            }
            var _valid19 = _errs202 === errors;
            valid41 = valid41 || _valid19;
          }
          if (!valid41) {
            const err144 = { instancePath: instancePath + "/rules/litellm-key-unlimited", schemaPath: "#/properties/rules/properties/litellm-key-unlimited/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors++;
          } else {
            errors = _errs200;
            if (vErrors !== null) {
              if (_errs200) {
                vErrors.length = _errs200;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["litellm-proxy-settings"] !== void 0) {
          let data63 = data1["litellm-proxy-settings"];
          const _errs210 = errors;
          let valid43 = false;
          const _errs211 = errors;
          if (!(data63 === "off" || data63 === "note" || data63 === "warning" || data63 === "warn" || data63 === "error")) {
            const err145 = { instancePath: instancePath + "/rules/litellm-proxy-settings", schemaPath: "#/properties/rules/properties/litellm-proxy-settings/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-proxy-settings"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err145];
            } else {
              vErrors.push(err145);
            }
            errors++;
          }
          var _valid20 = _errs211 === errors;
          valid43 = valid43 || _valid20;
          if (!valid43) {
            const _errs212 = errors;
            if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
              for (const key42 in data63) {
                if (!(key42 === "severity" || key42 === "options")) {
                  const err146 = { instancePath: instancePath + "/rules/litellm-proxy-settings", schemaPath: "#/properties/rules/properties/litellm-proxy-settings/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
              }
              if (data63.severity !== void 0) {
                let data64 = data63.severity;
                if (!(data64 === "off" || data64 === "note" || data64 === "warning" || data64 === "warn" || data64 === "error")) {
                  const err147 = { instancePath: instancePath + "/rules/litellm-proxy-settings/severity", schemaPath: "#/properties/rules/properties/litellm-proxy-settings/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-proxy-settings"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
              }
              if (data63.options !== void 0) {
                let data65 = data63.options;
                if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                  for (const key43 in data65) {
                    const err148 = { instancePath: instancePath + "/rules/litellm-proxy-settings/options", schemaPath: "#/properties/rules/properties/litellm-proxy-settings/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                } else {
                  const err149 = { instancePath: instancePath + "/rules/litellm-proxy-settings/options", schemaPath: "#/properties/rules/properties/litellm-proxy-settings/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
              }
            } else {
              const err150 = { instancePath: instancePath + "/rules/litellm-proxy-settings", schemaPath: "#/properties/rules/properties/litellm-proxy-settings/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
            var _valid20 = _errs212 === errors;
            valid43 = valid43 || _valid20;
          }
          if (!valid43) {
            const err151 = { instancePath: instancePath + "/rules/litellm-proxy-settings", schemaPath: "#/properties/rules/properties/litellm-proxy-settings/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          } else {
            errors = _errs210;
            if (vErrors !== null) {
              if (_errs210) {
                vErrors.length = _errs210;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["litellm-service-url"] !== void 0) {
          let data66 = data1["litellm-service-url"];
          const _errs220 = errors;
          let valid45 = false;
          const _errs221 = errors;
          if (!(data66 === "off" || data66 === "note" || data66 === "warning" || data66 === "warn" || data66 === "error")) {
            const err152 = { instancePath: instancePath + "/rules/litellm-service-url", schemaPath: "#/properties/rules/properties/litellm-service-url/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-service-url"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
          var _valid21 = _errs221 === errors;
          valid45 = valid45 || _valid21;
          if (!valid45) {
            const _errs222 = errors;
            if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
              for (const key44 in data66) {
                if (!(key44 === "severity" || key44 === "options")) {
                  const err153 = { instancePath: instancePath + "/rules/litellm-service-url", schemaPath: "#/properties/rules/properties/litellm-service-url/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
              }
              if (data66.severity !== void 0) {
                let data67 = data66.severity;
                if (!(data67 === "off" || data67 === "note" || data67 === "warning" || data67 === "warn" || data67 === "error")) {
                  const err154 = { instancePath: instancePath + "/rules/litellm-service-url/severity", schemaPath: "#/properties/rules/properties/litellm-service-url/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-service-url"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err154];
                  } else {
                    vErrors.push(err154);
                  }
                  errors++;
                }
              }
              if (data66.options !== void 0) {
                let data68 = data66.options;
                if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                  for (const key45 in data68) {
                    const err155 = { instancePath: instancePath + "/rules/litellm-service-url/options", schemaPath: "#/properties/rules/properties/litellm-service-url/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                } else {
                  const err156 = { instancePath: instancePath + "/rules/litellm-service-url/options", schemaPath: "#/properties/rules/properties/litellm-service-url/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err156];
                  } else {
                    vErrors.push(err156);
                  }
                  errors++;
                }
              }
            } else {
              const err157 = { instancePath: instancePath + "/rules/litellm-service-url", schemaPath: "#/properties/rules/properties/litellm-service-url/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            }
            var _valid21 = _errs222 === errors;
            valid45 = valid45 || _valid21;
          }
          if (!valid45) {
            const err158 = { instancePath: instancePath + "/rules/litellm-service-url", schemaPath: "#/properties/rules/properties/litellm-service-url/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          } else {
            errors = _errs220;
            if (vErrors !== null) {
              if (_errs220) {
                vErrors.length = _errs220;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["litellm-unverified"] !== void 0) {
          let data69 = data1["litellm-unverified"];
          const _errs230 = errors;
          let valid47 = false;
          const _errs231 = errors;
          if (!(data69 === "off" || data69 === "note" || data69 === "warning" || data69 === "warn" || data69 === "error")) {
            const err159 = { instancePath: instancePath + "/rules/litellm-unverified", schemaPath: "#/properties/rules/properties/litellm-unverified/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-unverified"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err159];
            } else {
              vErrors.push(err159);
            }
            errors++;
          }
          var _valid22 = _errs231 === errors;
          valid47 = valid47 || _valid22;
          if (!valid47) {
            const _errs232 = errors;
            if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
              for (const key46 in data69) {
                if (!(key46 === "severity" || key46 === "options")) {
                  const err160 = { instancePath: instancePath + "/rules/litellm-unverified", schemaPath: "#/properties/rules/properties/litellm-unverified/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err160];
                  } else {
                    vErrors.push(err160);
                  }
                  errors++;
                }
              }
              if (data69.severity !== void 0) {
                let data70 = data69.severity;
                if (!(data70 === "off" || data70 === "note" || data70 === "warning" || data70 === "warn" || data70 === "error")) {
                  const err161 = { instancePath: instancePath + "/rules/litellm-unverified/severity", schemaPath: "#/properties/rules/properties/litellm-unverified/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-unverified"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err161];
                  } else {
                    vErrors.push(err161);
                  }
                  errors++;
                }
              }
              if (data69.options !== void 0) {
                let data71 = data69.options;
                if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
                  for (const key47 in data71) {
                    const err162 = { instancePath: instancePath + "/rules/litellm-unverified/options", schemaPath: "#/properties/rules/properties/litellm-unverified/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key47 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err162];
                    } else {
                      vErrors.push(err162);
                    }
                    errors++;
                  }
                } else {
                  const err163 = { instancePath: instancePath + "/rules/litellm-unverified/options", schemaPath: "#/properties/rules/properties/litellm-unverified/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err163];
                  } else {
                    vErrors.push(err163);
                  }
                  errors++;
                }
              }
            } else {
              const err164 = { instancePath: instancePath + "/rules/litellm-unverified", schemaPath: "#/properties/rules/properties/litellm-unverified/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err164];
              } else {
                vErrors.push(err164);
              }
              errors++;
            }
            var _valid22 = _errs232 === errors;
            valid47 = valid47 || _valid22;
          }
          if (!valid47) {
            const err165 = { instancePath: instancePath + "/rules/litellm-unverified", schemaPath: "#/properties/rules/properties/litellm-unverified/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          } else {
            errors = _errs230;
            if (vErrors !== null) {
              if (_errs230) {
                vErrors.length = _errs230;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["litellm-version-advisory"] !== void 0) {
          let data72 = data1["litellm-version-advisory"];
          const _errs240 = errors;
          let valid49 = false;
          const _errs241 = errors;
          if (!(data72 === "off" || data72 === "note" || data72 === "warning" || data72 === "warn" || data72 === "error")) {
            const err166 = { instancePath: instancePath + "/rules/litellm-version-advisory", schemaPath: "#/properties/rules/properties/litellm-version-advisory/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-version-advisory"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          }
          var _valid23 = _errs241 === errors;
          valid49 = valid49 || _valid23;
          if (!valid49) {
            const _errs242 = errors;
            if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
              for (const key48 in data72) {
                if (!(key48 === "severity" || key48 === "options")) {
                  const err167 = { instancePath: instancePath + "/rules/litellm-version-advisory", schemaPath: "#/properties/rules/properties/litellm-version-advisory/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err167];
                  } else {
                    vErrors.push(err167);
                  }
                  errors++;
                }
              }
              if (data72.severity !== void 0) {
                let data73 = data72.severity;
                if (!(data73 === "off" || data73 === "note" || data73 === "warning" || data73 === "warn" || data73 === "error")) {
                  const err168 = { instancePath: instancePath + "/rules/litellm-version-advisory/severity", schemaPath: "#/properties/rules/properties/litellm-version-advisory/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["litellm-version-advisory"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err168];
                  } else {
                    vErrors.push(err168);
                  }
                  errors++;
                }
              }
              if (data72.options !== void 0) {
                let data74 = data72.options;
                if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                  for (const key49 in data74) {
                    const err169 = { instancePath: instancePath + "/rules/litellm-version-advisory/options", schemaPath: "#/properties/rules/properties/litellm-version-advisory/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key49 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err169];
                    } else {
                      vErrors.push(err169);
                    }
                    errors++;
                  }
                } else {
                  const err170 = { instancePath: instancePath + "/rules/litellm-version-advisory/options", schemaPath: "#/properties/rules/properties/litellm-version-advisory/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err170];
                  } else {
                    vErrors.push(err170);
                  }
                  errors++;
                }
              }
            } else {
              const err171 = { instancePath: instancePath + "/rules/litellm-version-advisory", schemaPath: "#/properties/rules/properties/litellm-version-advisory/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err171];
              } else {
                vErrors.push(err171);
              }
              errors++;
            }
            var _valid23 = _errs242 === errors;
            valid49 = valid49 || _valid23;
          }
          if (!valid49) {
            const err172 = { instancePath: instancePath + "/rules/litellm-version-advisory", schemaPath: "#/properties/rules/properties/litellm-version-advisory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err172];
            } else {
              vErrors.push(err172);
            }
            errors++;
          } else {
            errors = _errs240;
            if (vErrors !== null) {
              if (_errs240) {
                vErrors.length = _errs240;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["plaintext-credential"] !== void 0) {
          let data75 = data1["plaintext-credential"];
          const _errs250 = errors;
          let valid51 = false;
          const _errs251 = errors;
          if (!(data75 === "off" || data75 === "note" || data75 === "warning" || data75 === "warn" || data75 === "error")) {
            const err173 = { instancePath: instancePath + "/rules/plaintext-credential", schemaPath: "#/properties/rules/properties/plaintext-credential/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["plaintext-credential"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
          var _valid24 = _errs251 === errors;
          valid51 = valid51 || _valid24;
          if (!valid51) {
            const _errs252 = errors;
            if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
              for (const key50 in data75) {
                if (!(key50 === "severity" || key50 === "options")) {
                  const err174 = { instancePath: instancePath + "/rules/plaintext-credential", schemaPath: "#/properties/rules/properties/plaintext-credential/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key50 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err174];
                  } else {
                    vErrors.push(err174);
                  }
                  errors++;
                }
              }
              if (data75.severity !== void 0) {
                let data76 = data75.severity;
                if (!(data76 === "off" || data76 === "note" || data76 === "warning" || data76 === "warn" || data76 === "error")) {
                  const err175 = { instancePath: instancePath + "/rules/plaintext-credential/severity", schemaPath: "#/properties/rules/properties/plaintext-credential/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["plaintext-credential"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err175];
                  } else {
                    vErrors.push(err175);
                  }
                  errors++;
                }
              }
              if (data75.options !== void 0) {
                let data77 = data75.options;
                if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                  for (const key51 in data77) {
                    if (!(key51 === "names")) {
                      const err176 = { instancePath: instancePath + "/rules/plaintext-credential/options", schemaPath: "#/properties/rules/properties/plaintext-credential/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key51 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err176];
                      } else {
                        vErrors.push(err176);
                      }
                      errors++;
                    }
                  }
                  if (data77.names !== void 0) {
                    let data78 = data77.names;
                    if (Array.isArray(data78)) {
                      const len0 = data78.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        if (typeof data78[i0] !== "string") {
                          const err177 = { instancePath: instancePath + "/rules/plaintext-credential/options/names/" + i0, schemaPath: "#/properties/rules/properties/plaintext-credential/anyOf/1/properties/options/properties/names/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err177];
                          } else {
                            vErrors.push(err177);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err178 = { instancePath: instancePath + "/rules/plaintext-credential/options/names", schemaPath: "#/properties/rules/properties/plaintext-credential/anyOf/1/properties/options/properties/names/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err178];
                      } else {
                        vErrors.push(err178);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err179 = { instancePath: instancePath + "/rules/plaintext-credential/options", schemaPath: "#/properties/rules/properties/plaintext-credential/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err179];
                  } else {
                    vErrors.push(err179);
                  }
                  errors++;
                }
              }
            } else {
              const err180 = { instancePath: instancePath + "/rules/plaintext-credential", schemaPath: "#/properties/rules/properties/plaintext-credential/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors++;
            }
            var _valid24 = _errs252 === errors;
            valid51 = valid51 || _valid24;
          }
          if (!valid51) {
            const err181 = { instancePath: instancePath + "/rules/plaintext-credential", schemaPath: "#/properties/rules/properties/plaintext-credential/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err181];
            } else {
              vErrors.push(err181);
            }
            errors++;
          } else {
            errors = _errs250;
            if (vErrors !== null) {
              if (_errs250) {
                vErrors.length = _errs250;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["suppression-directive"] !== void 0) {
          let data80 = data1["suppression-directive"];
          const _errs264 = errors;
          let valid56 = false;
          const _errs265 = errors;
          if (!(data80 === "off" || data80 === "note" || data80 === "warning" || data80 === "warn" || data80 === "error")) {
            const err182 = { instancePath: instancePath + "/rules/suppression-directive", schemaPath: "#/properties/rules/properties/suppression-directive/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["suppression-directive"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
          var _valid25 = _errs265 === errors;
          valid56 = valid56 || _valid25;
          if (!valid56) {
            const _errs266 = errors;
            if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
              for (const key52 in data80) {
                if (!(key52 === "severity" || key52 === "options")) {
                  const err183 = { instancePath: instancePath + "/rules/suppression-directive", schemaPath: "#/properties/rules/properties/suppression-directive/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key52 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err183];
                  } else {
                    vErrors.push(err183);
                  }
                  errors++;
                }
              }
              if (data80.severity !== void 0) {
                let data81 = data80.severity;
                if (!(data81 === "off" || data81 === "note" || data81 === "warning" || data81 === "warn" || data81 === "error")) {
                  const err184 = { instancePath: instancePath + "/rules/suppression-directive/severity", schemaPath: "#/properties/rules/properties/suppression-directive/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["suppression-directive"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err184];
                  } else {
                    vErrors.push(err184);
                  }
                  errors++;
                }
              }
              if (data80.options !== void 0) {
                let data82 = data80.options;
                if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                  for (const key53 in data82) {
                    const err185 = { instancePath: instancePath + "/rules/suppression-directive/options", schemaPath: "#/properties/rules/properties/suppression-directive/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err185];
                    } else {
                      vErrors.push(err185);
                    }
                    errors++;
                  }
                } else {
                  const err186 = { instancePath: instancePath + "/rules/suppression-directive/options", schemaPath: "#/properties/rules/properties/suppression-directive/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err186];
                  } else {
                    vErrors.push(err186);
                  }
                  errors++;
                }
              }
            } else {
              const err187 = { instancePath: instancePath + "/rules/suppression-directive", schemaPath: "#/properties/rules/properties/suppression-directive/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err187];
              } else {
                vErrors.push(err187);
              }
              errors++;
            }
            var _valid25 = _errs266 === errors;
            valid56 = valid56 || _valid25;
          }
          if (!valid56) {
            const err188 = { instancePath: instancePath + "/rules/suppression-directive", schemaPath: "#/properties/rules/properties/suppression-directive/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          } else {
            errors = _errs264;
            if (vErrors !== null) {
              if (_errs264) {
                vErrors.length = _errs264;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["values-schema"] !== void 0) {
          let data83 = data1["values-schema"];
          const _errs274 = errors;
          let valid58 = false;
          const _errs275 = errors;
          if (!(data83 === "off" || data83 === "note" || data83 === "warning" || data83 === "warn" || data83 === "error")) {
            const err189 = { instancePath: instancePath + "/rules/values-schema", schemaPath: "#/properties/rules/properties/values-schema/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["values-schema"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err189];
            } else {
              vErrors.push(err189);
            }
            errors++;
          }
          var _valid26 = _errs275 === errors;
          valid58 = valid58 || _valid26;
          if (!valid58) {
            const _errs276 = errors;
            if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
              for (const key54 in data83) {
                if (!(key54 === "severity" || key54 === "options")) {
                  const err190 = { instancePath: instancePath + "/rules/values-schema", schemaPath: "#/properties/rules/properties/values-schema/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key54 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err190];
                  } else {
                    vErrors.push(err190);
                  }
                  errors++;
                }
              }
              if (data83.severity !== void 0) {
                let data84 = data83.severity;
                if (!(data84 === "off" || data84 === "note" || data84 === "warning" || data84 === "warn" || data84 === "error")) {
                  const err191 = { instancePath: instancePath + "/rules/values-schema/severity", schemaPath: "#/properties/rules/properties/values-schema/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["values-schema"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err191];
                  } else {
                    vErrors.push(err191);
                  }
                  errors++;
                }
              }
              if (data83.options !== void 0) {
                let data85 = data83.options;
                if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                  for (const key55 in data85) {
                    const err192 = { instancePath: instancePath + "/rules/values-schema/options", schemaPath: "#/properties/rules/properties/values-schema/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key55 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err192];
                    } else {
                      vErrors.push(err192);
                    }
                    errors++;
                  }
                } else {
                  const err193 = { instancePath: instancePath + "/rules/values-schema/options", schemaPath: "#/properties/rules/properties/values-schema/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err193];
                  } else {
                    vErrors.push(err193);
                  }
                  errors++;
                }
              }
            } else {
              const err194 = { instancePath: instancePath + "/rules/values-schema", schemaPath: "#/properties/rules/properties/values-schema/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err194];
              } else {
                vErrors.push(err194);
              }
              errors++;
            }
            var _valid26 = _errs276 === errors;
            valid58 = valid58 || _valid26;
          }
          if (!valid58) {
            const err195 = { instancePath: instancePath + "/rules/values-schema", schemaPath: "#/properties/rules/properties/values-schema/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err195];
            } else {
              vErrors.push(err195);
            }
            errors++;
          } else {
            errors = _errs274;
            if (vErrors !== null) {
              if (_errs274) {
                vErrors.length = _errs274;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["values-unknown-key"] !== void 0) {
          let data86 = data1["values-unknown-key"];
          const _errs284 = errors;
          let valid60 = false;
          const _errs285 = errors;
          if (!(data86 === "off" || data86 === "note" || data86 === "warning" || data86 === "warn" || data86 === "error")) {
            const err196 = { instancePath: instancePath + "/rules/values-unknown-key", schemaPath: "#/properties/rules/properties/values-unknown-key/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["values-unknown-key"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err196];
            } else {
              vErrors.push(err196);
            }
            errors++;
          }
          var _valid27 = _errs285 === errors;
          valid60 = valid60 || _valid27;
          if (!valid60) {
            const _errs286 = errors;
            if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
              for (const key56 in data86) {
                if (!(key56 === "severity" || key56 === "options")) {
                  const err197 = { instancePath: instancePath + "/rules/values-unknown-key", schemaPath: "#/properties/rules/properties/values-unknown-key/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key56 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err197];
                  } else {
                    vErrors.push(err197);
                  }
                  errors++;
                }
              }
              if (data86.severity !== void 0) {
                let data87 = data86.severity;
                if (!(data87 === "off" || data87 === "note" || data87 === "warning" || data87 === "warn" || data87 === "error")) {
                  const err198 = { instancePath: instancePath + "/rules/values-unknown-key/severity", schemaPath: "#/properties/rules/properties/values-unknown-key/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["values-unknown-key"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err198];
                  } else {
                    vErrors.push(err198);
                  }
                  errors++;
                }
              }
              if (data86.options !== void 0) {
                let data88 = data86.options;
                if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
                  for (const key57 in data88) {
                    const err199 = { instancePath: instancePath + "/rules/values-unknown-key/options", schemaPath: "#/properties/rules/properties/values-unknown-key/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key57 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err199];
                    } else {
                      vErrors.push(err199);
                    }
                    errors++;
                  }
                } else {
                  const err200 = { instancePath: instancePath + "/rules/values-unknown-key/options", schemaPath: "#/properties/rules/properties/values-unknown-key/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err200];
                  } else {
                    vErrors.push(err200);
                  }
                  errors++;
                }
              }
            } else {
              const err201 = { instancePath: instancePath + "/rules/values-unknown-key", schemaPath: "#/properties/rules/properties/values-unknown-key/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err201];
              } else {
                vErrors.push(err201);
              }
              errors++;
            }
            var _valid27 = _errs286 === errors;
            valid60 = valid60 || _valid27;
          }
          if (!valid60) {
            const err202 = { instancePath: instancePath + "/rules/values-unknown-key", schemaPath: "#/properties/rules/properties/values-unknown-key/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err202];
            } else {
              vErrors.push(err202);
            }
            errors++;
          } else {
            errors = _errs284;
            if (vErrors !== null) {
              if (_errs284) {
                vErrors.length = _errs284;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1["yaml-syntax"] !== void 0) {
          let data89 = data1["yaml-syntax"];
          const _errs294 = errors;
          let valid62 = false;
          const _errs295 = errors;
          if (!(data89 === "off" || data89 === "note" || data89 === "warning" || data89 === "warn" || data89 === "error")) {
            const err203 = { instancePath: instancePath + "/rules/yaml-syntax", schemaPath: "#/properties/rules/properties/yaml-syntax/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["yaml-syntax"].anyOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err203];
            } else {
              vErrors.push(err203);
            }
            errors++;
          }
          var _valid28 = _errs295 === errors;
          valid62 = valid62 || _valid28;
          if (!valid62) {
            const _errs296 = errors;
            if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
              for (const key58 in data89) {
                if (!(key58 === "severity" || key58 === "options")) {
                  const err204 = { instancePath: instancePath + "/rules/yaml-syntax", schemaPath: "#/properties/rules/properties/yaml-syntax/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key58 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err204];
                  } else {
                    vErrors.push(err204);
                  }
                  errors++;
                }
              }
              if (data89.severity !== void 0) {
                let data90 = data89.severity;
                if (!(data90 === "off" || data90 === "note" || data90 === "warning" || data90 === "warn" || data90 === "error")) {
                  const err205 = { instancePath: instancePath + "/rules/yaml-syntax/severity", schemaPath: "#/properties/rules/properties/yaml-syntax/anyOf/1/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["yaml-syntax"].anyOf[1].properties.severity.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err205];
                  } else {
                    vErrors.push(err205);
                  }
                  errors++;
                }
              }
              if (data89.options !== void 0) {
                let data91 = data89.options;
                if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
                  for (const key59 in data91) {
                    const err206 = { instancePath: instancePath + "/rules/yaml-syntax/options", schemaPath: "#/properties/rules/properties/yaml-syntax/anyOf/1/properties/options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key59 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err206];
                    } else {
                      vErrors.push(err206);
                    }
                    errors++;
                  }
                } else {
                  const err207 = { instancePath: instancePath + "/rules/yaml-syntax/options", schemaPath: "#/properties/rules/properties/yaml-syntax/anyOf/1/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err207];
                  } else {
                    vErrors.push(err207);
                  }
                  errors++;
                }
              }
            } else {
              const err208 = { instancePath: instancePath + "/rules/yaml-syntax", schemaPath: "#/properties/rules/properties/yaml-syntax/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err208];
              } else {
                vErrors.push(err208);
              }
              errors++;
            }
            var _valid28 = _errs296 === errors;
            valid62 = valid62 || _valid28;
          }
          if (!valid62) {
            const err209 = { instancePath: instancePath + "/rules/yaml-syntax", schemaPath: "#/properties/rules/properties/yaml-syntax/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          } else {
            errors = _errs294;
            if (vErrors !== null) {
              if (_errs294) {
                vErrors.length = _errs294;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err210 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err210];
        } else {
          vErrors.push(err210);
        }
        errors++;
      }
    }
    if (data.budgetIdEnv !== void 0) {
      let data92 = data.budgetIdEnv;
      if (Array.isArray(data92)) {
        if (data92.length < 1) {
          const err211 = { instancePath: instancePath + "/budgetIdEnv", schemaPath: "#/properties/budgetIdEnv/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err211];
          } else {
            vErrors.push(err211);
          }
          errors++;
        }
        const len1 = data92.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data93 = data92[i1];
          if (typeof data93 === "string") {
            if (!pattern0.test(data93)) {
              const err212 = { instancePath: instancePath + "/budgetIdEnv/" + i1, schemaPath: "#/properties/budgetIdEnv/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$"' };
              if (vErrors === null) {
                vErrors = [err212];
              } else {
                vErrors.push(err212);
              }
              errors++;
            }
          } else {
            const err213 = { instancePath: instancePath + "/budgetIdEnv/" + i1, schemaPath: "#/properties/budgetIdEnv/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err213];
            } else {
              vErrors.push(err213);
            }
            errors++;
          }
        }
      } else {
        const err214 = { instancePath: instancePath + "/budgetIdEnv", schemaPath: "#/properties/budgetIdEnv/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err214];
        } else {
          vErrors.push(err214);
        }
        errors++;
      }
    }
    if (data.defaultBudgetId !== void 0) {
      let data94 = data.defaultBudgetId;
      if (typeof data94 === "string") {
        if (func4(data94) < 1) {
          const err215 = { instancePath: instancePath + "/defaultBudgetId", schemaPath: "#/properties/defaultBudgetId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err215];
          } else {
            vErrors.push(err215);
          }
          errors++;
        }
        if (!pattern1.test(data94)) {
          const err216 = { instancePath: instancePath + "/defaultBudgetId", schemaPath: "#/properties/defaultBudgetId/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"' };
          if (vErrors === null) {
            vErrors = [err216];
          } else {
            vErrors.push(err216);
          }
          errors++;
        }
      } else {
        const err217 = { instancePath: instancePath + "/defaultBudgetId", schemaPath: "#/properties/defaultBudgetId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err217];
        } else {
          vErrors.push(err217);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data95 = data.ignore;
      if (Array.isArray(data95)) {
        const len2 = data95.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data96 = data95[i2];
          if (typeof data96 === "string") {
            if (func4(data96) < 1) {
              const err218 = { instancePath: instancePath + "/ignore/" + i2, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err218];
              } else {
                vErrors.push(err218);
              }
              errors++;
            }
          } else {
            const err219 = { instancePath: instancePath + "/ignore/" + i2, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err219];
            } else {
              vErrors.push(err219);
            }
            errors++;
          }
        }
      } else {
        const err220 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err220];
        } else {
          vErrors.push(err220);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data97 = data.limits;
      if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
        for (const key60 in data97) {
          if (!(key60 === "maxFileBytes" || key60 === "maxValuesFileBytes" || key60 === "maxDepth" || key60 === "maxAliases")) {
            const err221 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key60 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err221];
            } else {
              vErrors.push(err221);
            }
            errors++;
          }
        }
        if (data97.maxFileBytes !== void 0) {
          let data98 = data97.maxFileBytes;
          if (!(typeof data98 == "number" && (!(data98 % 1) && !isNaN(data98)))) {
            const err222 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err222];
            } else {
              vErrors.push(err222);
            }
            errors++;
          }
          if (typeof data98 == "number") {
            if (data98 < 1 || isNaN(data98)) {
              const err223 = { instancePath: instancePath + "/limits/maxFileBytes", schemaPath: "#/properties/limits/properties/maxFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err223];
              } else {
                vErrors.push(err223);
              }
              errors++;
            }
          }
        }
        if (data97.maxValuesFileBytes !== void 0) {
          let data99 = data97.maxValuesFileBytes;
          if (!(typeof data99 == "number" && (!(data99 % 1) && !isNaN(data99)))) {
            const err224 = { instancePath: instancePath + "/limits/maxValuesFileBytes", schemaPath: "#/properties/limits/properties/maxValuesFileBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err224];
            } else {
              vErrors.push(err224);
            }
            errors++;
          }
          if (typeof data99 == "number") {
            if (data99 < 1 || isNaN(data99)) {
              const err225 = { instancePath: instancePath + "/limits/maxValuesFileBytes", schemaPath: "#/properties/limits/properties/maxValuesFileBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err225];
              } else {
                vErrors.push(err225);
              }
              errors++;
            }
          }
        }
        if (data97.maxDepth !== void 0) {
          let data100 = data97.maxDepth;
          if (!(typeof data100 == "number" && (!(data100 % 1) && !isNaN(data100)))) {
            const err226 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err226];
            } else {
              vErrors.push(err226);
            }
            errors++;
          }
          if (typeof data100 == "number") {
            if (data100 > 1e5 || isNaN(data100)) {
              const err227 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" };
              if (vErrors === null) {
                vErrors = [err227];
              } else {
                vErrors.push(err227);
              }
              errors++;
            }
            if (data100 < 1 || isNaN(data100)) {
              const err228 = { instancePath: instancePath + "/limits/maxDepth", schemaPath: "#/properties/limits/properties/maxDepth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err228];
              } else {
                vErrors.push(err228);
              }
              errors++;
            }
          }
        }
        if (data97.maxAliases !== void 0) {
          let data101 = data97.maxAliases;
          if (!(typeof data101 == "number" && (!(data101 % 1) && !isNaN(data101)))) {
            const err229 = { instancePath: instancePath + "/limits/maxAliases", schemaPath: "#/properties/limits/properties/maxAliases/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err229];
            } else {
              vErrors.push(err229);
            }
            errors++;
          }
          if (typeof data101 == "number") {
            if (data101 < 0 || isNaN(data101)) {
              const err230 = { instancePath: instancePath + "/limits/maxAliases", schemaPath: "#/properties/limits/properties/maxAliases/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err230];
              } else {
                vErrors.push(err230);
              }
              errors++;
            }
          }
        }
      } else {
        const err231 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err231];
        } else {
          vErrors.push(err231);
        }
        errors++;
      }
    }
    if (data.environments !== void 0) {
      let data102 = data.environments;
      if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
        if (Object.keys(data102).length < 1) {
          const err232 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
          if (vErrors === null) {
            vErrors = [err232];
          } else {
            vErrors.push(err232);
          }
          errors++;
        }
        for (const key61 in data102) {
          const _errs326 = errors;
          if (typeof key61 === "string") {
            if (func4(key61) > 64) {
              const err233 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", propertyName: key61 };
              if (vErrors === null) {
                vErrors = [err233];
              } else {
                vErrors.push(err233);
              }
              errors++;
            }
            if (!pattern2.test(key61)) {
              const err234 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"', propertyName: key61 };
              if (vErrors === null) {
                vErrors = [err234];
              } else {
                vErrors.push(err234);
              }
              errors++;
            }
          }
          var valid69 = _errs326 === errors;
          if (!valid69) {
            const err235 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key61 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err235];
            } else {
              vErrors.push(err235);
            }
            errors++;
          }
        }
        for (const key62 in data102) {
          let data103 = data102[key62];
          if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
            for (const key63 in data103) {
              if (!(key63 === "values" || key63 === "set" || key63 === "setString" || key63 === "setLiteral" || key63 === "manifests" || key63 === "chart" || key63 === "budgetId" || key63 === "litellm")) {
                const err236 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key63 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err236];
                } else {
                  vErrors.push(err236);
                }
                errors++;
              }
            }
            if (data103.values !== void 0) {
              let data104 = data103.values;
              if (Array.isArray(data104)) {
                const len3 = data104.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data105 = data104[i3];
                  if (typeof data105 === "string") {
                    if (func4(data105) < 1) {
                      const err237 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/values/" + i3, schemaPath: "#/properties/environments/additionalProperties/properties/values/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err237];
                      } else {
                        vErrors.push(err237);
                      }
                      errors++;
                    }
                  } else {
                    const err238 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/values/" + i3, schemaPath: "#/properties/environments/additionalProperties/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err238];
                    } else {
                      vErrors.push(err238);
                    }
                    errors++;
                  }
                }
              } else {
                const err239 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/values", schemaPath: "#/properties/environments/additionalProperties/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err239];
                } else {
                  vErrors.push(err239);
                }
                errors++;
              }
            }
            if (data103.set !== void 0) {
              let data106 = data103.set;
              if (Array.isArray(data106)) {
                const len4 = data106.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  if (typeof data106[i4] !== "string") {
                    const err240 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/set/" + i4, schemaPath: "#/properties/environments/additionalProperties/properties/set/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err240];
                    } else {
                      vErrors.push(err240);
                    }
                    errors++;
                  }
                }
              } else {
                const err241 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/set", schemaPath: "#/properties/environments/additionalProperties/properties/set/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err241];
                } else {
                  vErrors.push(err241);
                }
                errors++;
              }
            }
            if (data103.setString !== void 0) {
              let data108 = data103.setString;
              if (Array.isArray(data108)) {
                const len5 = data108.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  if (typeof data108[i5] !== "string") {
                    const err242 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/setString/" + i5, schemaPath: "#/properties/environments/additionalProperties/properties/setString/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err242];
                    } else {
                      vErrors.push(err242);
                    }
                    errors++;
                  }
                }
              } else {
                const err243 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/setString", schemaPath: "#/properties/environments/additionalProperties/properties/setString/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err243];
                } else {
                  vErrors.push(err243);
                }
                errors++;
              }
            }
            if (data103.setLiteral !== void 0) {
              let data110 = data103.setLiteral;
              if (Array.isArray(data110)) {
                const len6 = data110.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  if (typeof data110[i6] !== "string") {
                    const err244 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/setLiteral/" + i6, schemaPath: "#/properties/environments/additionalProperties/properties/setLiteral/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err244];
                    } else {
                      vErrors.push(err244);
                    }
                    errors++;
                  }
                }
              } else {
                const err245 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/setLiteral", schemaPath: "#/properties/environments/additionalProperties/properties/setLiteral/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err245];
                } else {
                  vErrors.push(err245);
                }
                errors++;
              }
            }
            if (data103.manifests !== void 0) {
              let data112 = data103.manifests;
              if (Array.isArray(data112)) {
                const len7 = data112.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data113 = data112[i7];
                  if (typeof data113 === "string") {
                    if (func4(data113) < 1) {
                      const err246 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/manifests/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/manifests/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err246];
                      } else {
                        vErrors.push(err246);
                      }
                      errors++;
                    }
                  } else {
                    const err247 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/manifests/" + i7, schemaPath: "#/properties/environments/additionalProperties/properties/manifests/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err247];
                    } else {
                      vErrors.push(err247);
                    }
                    errors++;
                  }
                }
              } else {
                const err248 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/manifests", schemaPath: "#/properties/environments/additionalProperties/properties/manifests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err248];
                } else {
                  vErrors.push(err248);
                }
                errors++;
              }
            }
            if (data103.chart !== void 0) {
              let data114 = data103.chart;
              if (typeof data114 !== "string" && data114 !== null) {
                const err249 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/chart", schemaPath: "#/properties/environments/additionalProperties/properties/chart/type", keyword: "type", params: { type: schema11.properties.environments.additionalProperties.properties.chart.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err249];
                } else {
                  vErrors.push(err249);
                }
                errors++;
              }
              if (typeof data114 === "string") {
                if (func4(data114) < 1) {
                  const err250 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/chart", schemaPath: "#/properties/environments/additionalProperties/properties/chart/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err250];
                  } else {
                    vErrors.push(err250);
                  }
                  errors++;
                }
              }
            }
            if (data103.budgetId !== void 0) {
              let data115 = data103.budgetId;
              if (typeof data115 === "string") {
                if (func4(data115) < 1) {
                  const err251 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/budgetId", schemaPath: "#/properties/environments/additionalProperties/properties/budgetId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err251];
                  } else {
                    vErrors.push(err251);
                  }
                  errors++;
                }
              } else {
                const err252 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/budgetId", schemaPath: "#/properties/environments/additionalProperties/properties/budgetId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err252];
                } else {
                  vErrors.push(err252);
                }
                errors++;
              }
            }
            if (data103.litellm !== void 0) {
              let data116 = data103.litellm;
              if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
                for (const key64 in data116) {
                  if (!(key64 === "urlEnv" || key64 === "masterKeyEnv" || key64 === "apiKeyEnv" || key64 === "keyAlias")) {
                    const err253 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/litellm", schemaPath: "#/properties/environments/additionalProperties/properties/litellm/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key64 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err253];
                    } else {
                      vErrors.push(err253);
                    }
                    errors++;
                  }
                }
                if (data116.urlEnv !== void 0) {
                  let data117 = data116.urlEnv;
                  if (typeof data117 === "string") {
                    if (!pattern3.test(data117)) {
                      const err254 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/litellm/urlEnv", schemaPath: "#/properties/environments/additionalProperties/properties/litellm/properties/urlEnv/pattern", keyword: "pattern", params: { pattern: "^LITE_?LLM_[A-Za-z0-9_]*$" }, message: 'must match pattern "^LITE_?LLM_[A-Za-z0-9_]*$"' };
                      if (vErrors === null) {
                        vErrors = [err254];
                      } else {
                        vErrors.push(err254);
                      }
                      errors++;
                    }
                  } else {
                    const err255 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/litellm/urlEnv", schemaPath: "#/properties/environments/additionalProperties/properties/litellm/properties/urlEnv/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err255];
                    } else {
                      vErrors.push(err255);
                    }
                    errors++;
                  }
                }
                if (data116.masterKeyEnv !== void 0) {
                  let data118 = data116.masterKeyEnv;
                  if (typeof data118 === "string") {
                    if (!pattern3.test(data118)) {
                      const err256 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/litellm/masterKeyEnv", schemaPath: "#/properties/environments/additionalProperties/properties/litellm/properties/masterKeyEnv/pattern", keyword: "pattern", params: { pattern: "^LITE_?LLM_[A-Za-z0-9_]*$" }, message: 'must match pattern "^LITE_?LLM_[A-Za-z0-9_]*$"' };
                      if (vErrors === null) {
                        vErrors = [err256];
                      } else {
                        vErrors.push(err256);
                      }
                      errors++;
                    }
                  } else {
                    const err257 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/litellm/masterKeyEnv", schemaPath: "#/properties/environments/additionalProperties/properties/litellm/properties/masterKeyEnv/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err257];
                    } else {
                      vErrors.push(err257);
                    }
                    errors++;
                  }
                }
                if (data116.apiKeyEnv !== void 0) {
                  let data119 = data116.apiKeyEnv;
                  if (typeof data119 === "string") {
                    if (!pattern3.test(data119)) {
                      const err258 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/litellm/apiKeyEnv", schemaPath: "#/properties/environments/additionalProperties/properties/litellm/properties/apiKeyEnv/pattern", keyword: "pattern", params: { pattern: "^LITE_?LLM_[A-Za-z0-9_]*$" }, message: 'must match pattern "^LITE_?LLM_[A-Za-z0-9_]*$"' };
                      if (vErrors === null) {
                        vErrors = [err258];
                      } else {
                        vErrors.push(err258);
                      }
                      errors++;
                    }
                  } else {
                    const err259 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/litellm/apiKeyEnv", schemaPath: "#/properties/environments/additionalProperties/properties/litellm/properties/apiKeyEnv/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err259];
                    } else {
                      vErrors.push(err259);
                    }
                    errors++;
                  }
                }
                if (data116.keyAlias !== void 0) {
                  let data120 = data116.keyAlias;
                  if (typeof data120 === "string") {
                    if (func4(data120) < 1) {
                      const err260 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/litellm/keyAlias", schemaPath: "#/properties/environments/additionalProperties/properties/litellm/properties/keyAlias/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err260];
                      } else {
                        vErrors.push(err260);
                      }
                      errors++;
                    }
                  } else {
                    const err261 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/litellm/keyAlias", schemaPath: "#/properties/environments/additionalProperties/properties/litellm/properties/keyAlias/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err261];
                    } else {
                      vErrors.push(err261);
                    }
                    errors++;
                  }
                }
              } else {
                const err262 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1") + "/litellm", schemaPath: "#/properties/environments/additionalProperties/properties/litellm/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err262];
                } else {
                  vErrors.push(err262);
                }
                errors++;
              }
            }
          } else {
            const err263 = { instancePath: instancePath + "/environments/" + key62.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err263];
            } else {
              vErrors.push(err263);
            }
            errors++;
          }
        }
      } else {
        const err264 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err264];
        } else {
          vErrors.push(err264);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data121 = data.baseline;
      if (typeof data121 === "string") {
        if (func4(data121) < 1) {
          const err265 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err265];
          } else {
            vErrors.push(err265);
          }
          errors++;
        }
      } else {
        const err266 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err266];
        } else {
          vErrors.push(err266);
        }
        errors++;
      }
    }
    if (data.codemie !== void 0) {
      let data122 = data.codemie;
      if (!(data122 === "auto" || data122 === "on" || data122 === "off")) {
        const err267 = { instancePath: instancePath + "/codemie", schemaPath: "#/properties/codemie/enum", keyword: "enum", params: { allowedValues: schema11.properties.codemie.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err267];
        } else {
          vErrors.push(err267);
        }
        errors++;
      }
    }
  } else {
    const err268 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err268];
    } else {
      vErrors.push(err268);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
export {
  SCHEMA_JSON,
  config_validator_default as default,
  validate
};
