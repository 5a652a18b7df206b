/**
 * Reads what `helm template` prints when it fails (Helm 3.x wording, and the 3.18+ schema wording)
 * into problems that name a values file and line, a values path or a template position.
 */
import type { YamlPath } from "../core/types.ts";

export type HelmProblem =
  | { kind: "values-parse"; file: string; line: number; detail: string }
  | { kind: "schema"; chart: string; path: YamlPath; detail: string }
  | { kind: "template"; template: string; line: number; column: number; detail: string; valuesPath?: YamlPath }
  | { kind: "other"; detail: string };

const VALUES_PARSE = /^failed to parse (.+?): (?:error converting YAML to JSON: )?(?:yaml: )?line (\d+): (.+)$/;
const SCHEMA_HEAD = /^values don't meet the specifications of the schema\(s\) in the following chart\(s\):/;
const TEMPLATE_EXEC = /^template: ([^:\s]+):(\d+):(\d+): (.+)$/;
const EXECUTION_ERROR = /^execution error at \(([^:\s]+):(\d+):(\d+)\): (.+)$/;
const PARSE_ERROR = /^parse error at \(([^:\s]+):(\d+)\): (.+)$/;
const YAML_PARSE = /^YAML parse error on ([^:\s]+): (?:error converting YAML to JSON: )?(?:yaml: )?(?:line (\d+): )?(.+)$/;
const VALUES_REF = /<\$?\.Values((?:\.[\w-]+)+)>/;

export function parseHelmError(stderr: string): HelmProblem[] {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "" && !/^(WARNING|walk\.go|Use --debug)/.test(line.trim()));
  const problems: HelmProblem[] = [];
  let schemaChart: string | undefined;
  let inSchema = false;
  for (const raw of lines) {
    const line = raw.replace(/^Error: /, "").trim();
    if (SCHEMA_HEAD.test(line)) {
      inSchema = true;
      continue;
    }
    if (inSchema) {
      const item = /^- (.+)$/.exec(line);
      if (item) {
        problems.push({ kind: "schema", chart: schemaChart ?? "", ...schemaItem(item[1]!) });
        continue;
      }
      const chart = /^([\w.-]+):$/.exec(line);
      if (chart) {
        schemaChart = chart[1]!;
        continue;
      }
      inSchema = false;
    }
    let match = VALUES_PARSE.exec(line);
    if (match) {
      problems.push({ kind: "values-parse", file: match[1]!, line: Number(match[2]), detail: match[3]! });
      continue;
    }
    match = TEMPLATE_EXEC.exec(line);
    if (match) {
      const detail = match[4]!;
      const ref = VALUES_REF.exec(detail);
      const problem: HelmProblem = { kind: "template", template: match[1]!, line: Number(match[2]), column: Number(match[3]), detail: shortDetail(detail) };
      if (ref) problem.valuesPath = ref[1]!.slice(1).split(".");
      problems.push(problem);
      continue;
    }
    match = EXECUTION_ERROR.exec(line);
    if (match) {
      problems.push({ kind: "template", template: match[1]!, line: Number(match[2]), column: Number(match[3]), detail: match[4]! });
      continue;
    }
    match = PARSE_ERROR.exec(line);
    if (match) {
      problems.push({ kind: "template", template: match[1]!, line: Number(match[2]), column: 1, detail: match[3]! });
      continue;
    }
    match = YAML_PARSE.exec(line);
    if (match) {
      problems.push({ kind: "template", template: match[1]!, line: 1, column: 1, detail: `the rendered YAML is invalid${match[2] ? ` at line ${match[2]} of the output` : ""}: ${match[3]!}` });
      continue;
    }
    problems.push({ kind: "other", detail: line });
  }
  // One line of context is enough for anything helm said that we do not recognise.
  const known = problems.filter((problem) => problem.kind !== "other");
  if (known.length > 0) return known;
  return problems.slice(0, 1);
}

/** `executing "x" at <.Values.a>: nil pointer …` → the part after the action. */
function shortDetail(detail: string): string {
  const at = /^executing "[^"]*" at <[^>]*>: (.+)$/.exec(detail);
  return at ? at[1]! : detail;
}

/** gojsonschema (`image.tag: Invalid type…`, `(root): x is required`) or Helm ≥ 3.18 (`at '/image/tag': got …`). */
function schemaItem(text: string): { path: YamlPath; detail: string } {
  const pointer = /^at '([^']*)': (.+)$/.exec(text);
  if (pointer) {
    const path = pointer[1]!.split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
    return { path: path.map(numeric), detail: pointer[2]! };
  }
  const dotted = /^([^:]+): (.+)$/.exec(text);
  if (!dotted) return { path: [], detail: text };
  const field = dotted[1]!.trim();
  return { path: field === "(root)" ? [] : field.split(".").map(numeric), detail: dotted[2]! };
}

function numeric(segment: string): string | number {
  return /^\d+$/.test(segment) ? Number(segment) : segment;
}
