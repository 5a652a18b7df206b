import { defineRule } from "../src/engine/rule.ts";

export default defineRule({
  meta: {
    id: "yaml-syntax",
    name: "YamlSyntax",
    input: "any",
    defaultSeverity: "error",
    description: "A values file or manifest is not valid YAML, or not the shape Helm reads",
    details:
      "Helm refuses a values file it cannot parse, reads only the first document of a multi-document values file (helm 3; helm 4 merges them all, later documents winning), reads plain scalars the YAML 1.1 way of go-yaml v2 and then as JSON (so `.inf`, `.nan` and a `null:` key make it fail), and needs a map at the top. A values file that is a rendered Kubernetes manifest (top-level `apiVersion`, `kind` and `metadata`) is a warning: helm would take it as values, and its workloads are checked only when it is passed with `-m`. A manifest document that is not a Kubernetes object (no `apiVersion` or `kind`, one that is not a string, or a list or a scalar instead of a map) is an error, as kubectl and helm refuse it; a values file passed with `-m` is one. A rendered manifest that does not parse cannot be applied. Nothing else in the file can be checked until it parses.",
    remediation: "Fix the YAML at the reported position so that the file parses as a single map.",
    example: "# wrong: the flow map is never closed\nresources: {limits: {cpu: 2}\n# right\nresources: {limits: {cpu: 2}}",
    tags: ["correctness", "yaml"],
    messages: {
      syntax: "{{message}}",
      limit: "input exceeds a safety limit: {{message}}",
      ignored: "{{message}}",
      manifestAsValues: "{{message}}",
      notAnObject: "{{message}}",
    },
  },
  check({ model, report }) {
    for (const problem of model.problems) {
      if (problem.kind === "syntax") report({ messageId: "syntax", data: { message: problem.message }, at: problem.at });
      if (problem.kind === "ignored") report({ messageId: "ignored", data: { message: problem.message }, at: problem.at, severity: "warning" });
      if (problem.kind === "manifest") report({ messageId: "manifestAsValues", data: { message: problem.message }, at: problem.at, severity: "warning" });
      if (problem.kind === "object") report({ messageId: "notAnObject", data: { message: problem.message }, at: problem.at });
      if (problem.kind === "limit") report({ messageId: "limit", data: { message: problem.message }, at: problem.at });
    }
  },
});
