/** `helm template` output placed in the templates that rendered it, and traced back to the values. */
import { describe, expect, it } from "vitest";
import { toLocation } from "../../src/core/source.ts";
import { loadManifests, type RenderedInput } from "../../src/inputs/manifests.ts";

const TEMPLATE = [
  "apiVersion: apps/v1",
  "kind: Deployment",
  "metadata:",
  "  name: {{ .Release.Name }}-api",
  "spec:",
  "  template:",
  "    spec:",
  "      containers:",
  "        - name: api",
  "          image: {{ .Values.image }}",
  "          env:",
  "            {{- toYaml .Values.extraEnv | nindent 12 }}",
  "          ports:",
  "            - containerPort: 8080",
].join("\n");

const RENDERED = [
  "---",
  "# Source: app/templates/deployment.yaml",
  "apiVersion: apps/v1",
  "kind: Deployment",
  "metadata:",
  "  name: r-api",
  "spec:",
  "  template:",
  "    spec:",
  "      containers:",
  "        - name: api",
  "          image: nginx",
  "          env:",
  "            - name: LITELLM_BUDGET_ID",
  "              value: team",
  "          ports:",
  "            - containerPort: 8080",
  "---",
  "# Source: app/templates/other.yaml",
  "apiVersion: v1",
  "kind: ConfigMap",
  "metadata: {name: x}",
  "",
].join("\n");

function rendered(): RenderedInput {
  return { name: "chart", text: RENDERED, rendered: true, templates: new Map([["app/templates/deployment.yaml", { name: "chart/templates/deployment.yaml", text: TEMPLATE }]]) };
}

describe("rendered documents", () => {
  const [deployment, configMap] = loadManifests([rendered()]).objects;
  const place = (path: (string | number)[], object = deployment!) => {
    const location = toLocation({ source: object.source, path });
    return `${location.file}:${location.start.line}:${location.start.column}`;
  };

  it("are named by their template and placed at the line that writes the key", () => {
    expect(place(["spec", "template", "spec", "containers", 0, "image"])).toBe("chart/templates/deployment.yaml:10:11");
    expect(place(["spec", "template", "spec", "containers", 0, "ports", 0, "containerPort"])).toBe("chart/templates/deployment.yaml:14:15");
  });

  it("stop at the deepest key the template writes literally (the rest comes from toYaml or include)", () => {
    expect(place(["spec", "template", "spec", "containers", 0, "env", 0, "value"])).toBe("chart/templates/deployment.yaml:11:11");
    // `ports` is not searched for below `env`: the lines under a key end where its indentation does.
    expect(place(["metadata", "ports"])).toBe("chart/templates/deployment.yaml:3:1");
  });

  it("place list item n at the n-th literal item, and not at all past a template action that may write items", () => {
    const template = ["kind: Deployment", "spec:", "  env:", "    - name: WORKLOAD", "      value: main", "    {{- toYaml .Values.extraEnv | nindent 4 }}", "    - name: LAST", "      value: last"].join("\n");
    const text = ["---", "# Source: app/templates/d.yaml", "kind: Deployment", "spec:", "  env:", "    - name: WORKLOAD", "      value: main", "    - name: LITELLM_BUDGET_ID", "      value: chart-default", "    - name: LAST", "      value: last", ""].join("\n");
    const input: RenderedInput = { name: "chart", text, rendered: true, templates: new Map([["app/templates/d.yaml", { name: "chart/templates/d.yaml", text: template }]]) };
    const [object] = loadManifests([input]).objects;
    expect(place(["spec", "env", 0, "value"], object)).toBe("chart/templates/d.yaml:5:7");
    // Items 1 and 2: the toYaml before them may write any number of items; the list is as far as is known.
    expect(place(["spec", "env", 1, "value"], object)).toBe("chart/templates/d.yaml:3:3");
    expect(place(["spec", "env", 2, "value"], object)).toBe("chart/templates/d.yaml:3:3");
  });

  it("do not pick one branch of an if/else that writes the same key: the parent is as far as is known", () => {
    const template = ["kind: ConfigMap", "data:", "  {{- if .Values.legacy }}", "  ID: {{ .Values.legacyBudget | quote }}", "  {{- else }}", "  ID: {{ .Values.budget | quote }}", "  {{- end }}", "  OTHER: x"].join("\n");
    const text = ["---", "# Source: app/templates/cm.yaml", "kind: ConfigMap", "data:", "  ID: b", "  OTHER: x", ""].join("\n");
    const input: RenderedInput = { name: "chart", text, rendered: true, templates: new Map([["app/templates/cm.yaml", { name: "chart/templates/cm.yaml", text: template }]]) };
    const [object] = loadManifests([input]).objects;
    expect(place(["data", "ID"], object)).toBe("chart/templates/cm.yaml:2:1");
    expect(place(["data", "OTHER"], object)).toBe("chart/templates/cm.yaml:8:3");
  });

  it("whose template is not known are named by helm's template name, at line 1", () => {
    expect(place(["data"], configMap)).toBe("app/templates/other.yaml:1:1");
  });
});

describe("one finding per problem", () => {
  const deployment = (name: string) =>
    [
      "---",
      `# Source: app/templates/${name}.yaml`,
      "apiVersion: apps/v1",
      "kind: Deployment",
      `metadata: {name: ${name}}`,
      "spec:",
      "  template:",
      "    spec:",
      "      containers:",
      "        - name: codemie",
      "          image: ghcr.io/example/codemie:2.24.0",
      "          env:",
      "            - {name: LITELLM_BUDGET_ID, value: team}",
      '            - {name: LLM_PROXY_ENABLED, value: "true"}',
    ].join("\n");
  const values = 'extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: team}\n  - {name: LLM_PROXY_ENABLED, value: "true"}\n';

  it("the same values entry rendered into two workloads is one finding at the values line, both rendered places related", async () => {
    const { lint, DEFAULT_OPTIONS } = await import("../../src/engine/engine.ts");
    const { rules } = await import("../../rules/registry.ts");
    const result = await lint({ rules, values: [{ name: "values.yaml", text: values }], sets: [], manifests: [{ name: "rendered.yaml", text: `${deployment("api")}\n${deployment("worker")}\n` }], options: DEFAULT_OPTIONS });
    const flags = result.findings.filter((finding) => finding.ruleId === "codemie-budget-flags");
    expect(flags.map((finding) => `${finding.location.file}:${finding.location.start.line}:${finding.location.start.column}`)).toEqual(["values.yaml:3:38"]);
    expect(flags[0]!.related!.map((related) => `${related.file}:${related.start.line}`)).toEqual(["rendered.yaml:14", "rendered.yaml:28"]);
  });

  it("places what a rendered string embeds (budgets-config.yaml) where the template writes the string, never at a line of the rendering", async () => {
    const { lint, DEFAULT_OPTIONS } = await import("../../src/engine/engine.ts");
    const { rules } = await import("../../rules/registry.ts");
    const template = ["{{ range .Values.extraObjects }}", "---", "{{ tpl (toYaml .) $ }}", "{{ end }}"].join("\n");
    const text = [
      "---",
      "# Source: codemie/templates/extra-manifests.yaml",
      "apiVersion: v1",
      "kind: ConfigMap",
      "metadata: {name: codemie-budgets-config}",
      "data:",
      "  budgets-config.yaml: |",
      "    predefined_budgets:",
      "      - {budget_id: default, name: Default, max_budget: 100, budget_category: platform}",
      '      - {budget_id: "%%CLI_BUDGET%%", name: CLI, max_budget: 100, budget_category: cli}',
      "",
    ].join("\n");
    const manifests: RenderedInput[] = [{ name: "chart", text, rendered: true, templates: new Map([["codemie/templates/extra-manifests.yaml", { name: "chart/templates/extra-manifests.yaml", text: template }]]) }];
    const result = await lint({ rules, values: [], sets: [], manifests, options: DEFAULT_OPTIONS });
    const placeholder = result.findings.find((finding) => finding.ruleId === "budget-id-invalid");
    expect(placeholder?.location).toMatchObject({ file: "chart/templates/extra-manifests.yaml", start: { line: 1, column: 1 } });
  });

  it("traces a subchart template's .Values to the subchart's section of the values, as helm scopes them", async () => {
    const { lint, DEFAULT_OPTIONS } = await import("../../src/engine/engine.ts");
    const { rules } = await import("../../rules/registry.ts");
    const template = { name: "c3/charts/sub/templates/cm.yaml", text: ["kind: ConfigMap", "metadata: {name: sub-cm}", "data:", "  LITELLM_BUDGET_ID: {{ .Values.budget | quote }}"].join("\n") };
    const text = ["---", "# Source: c3/charts/sub/templates/cm.yaml", "kind: ConfigMap", "metadata: {name: sub-cm}", "data:", '  LITELLM_BUDGET_ID: "b1{{ x }}"', "---", "# Source: c3/charts/sub/templates/dep.yaml", "apiVersion: apps/v1", "kind: Deployment", "metadata: {name: sub}", "spec:", "  template:", "    metadata: {annotations: {checksum/config: x}}", "    spec:", "      containers:", "        - name: s", "          image: x", "          envFrom: [{configMapRef: {name: sub-cm}}]", ""].join("\n");
    const manifests: RenderedInput[] = [{ name: "c3", text, rendered: true, templates: new Map([["c3/charts/sub/templates/cm.yaml", template]]) }];
    const values = 'budget: "b1{{ x }}"\nsub:\n  budget: "b1{{ x }}"\n';
    const result = await lint({ rules, values: [{ name: "v.yaml", text: values }], sets: [], manifests, chart: { name: "c3", chartName: "c3", templates: [{ helmPath: "c3/charts/sub/templates/cm.yaml", input: template }] }, options: DEFAULT_OPTIONS });
    const invalid = result.findings.filter((finding) => finding.ruleId === "budget-id-invalid").map((finding) => `${finding.location.file}:${finding.location.start.line}:${finding.location.start.column}`);
    // sub.budget, not the parent's top-level budget that holds the same text.
    expect(invalid).toEqual(["v.yaml:3:11"]);
  });

  it("env-duplicate names a rendered entry with its file: the finding may be reported at the values line, in another file", async () => {
    const { lint, DEFAULT_OPTIONS } = await import("../../src/engine/engine.ts");
    const { rules } = await import("../../rules/registry.ts");
    const template = ["kind: Deployment", "spec:", "  template:", "    spec:", "      containers:", "        - name: app", "          env:", "            {{- toYaml .Values.extraEnv | nindent 12 }}", "            {{- range $k, $v := .Values.env }}", "            - name: {{ $k }}", "              value: {{ $v | quote }}", "            {{- end }}"].join("\n");
    const text = ["---", "# Source: app/templates/d.yaml", "kind: Deployment", "metadata: {name: d}", "spec:", "  template:", "    spec:", "      containers:", "        - name: app", "          env:", "            - {name: LITELLM_BUDGET_ID, value: file}", "            - name: LITELLM_BUDGET_ID", '              value: "fromfile"', ""].join("\n");
    const manifests: RenderedInput[] = [{ name: "chart", text, rendered: true, templates: new Map([["app/templates/d.yaml", { name: "chart/templates/d.yaml", text: template }]]) }];
    const result = await lint({ rules, values: [{ name: "e.yaml", text: "extraEnv:\n  - {name: LITELLM_BUDGET_ID, value: file}\n" }], sets: [], manifests, options: DEFAULT_OPTIONS });
    const duplicate = result.findings.find((finding) => finding.ruleId === "env-duplicate");
    expect(duplicate?.location.file).toBe("e.yaml");
    expect(duplicate?.message).toBe('LITELLM_BUDGET_ID is defined again at chart/templates/d.yaml:7; that later entry wins ("fromfile" replaces "file")');
  });
});
