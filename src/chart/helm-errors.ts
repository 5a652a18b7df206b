/**
 * Reads what `helm template` prints when it fails (helm 3's one-line errors and gojsonschema lines;
 * helm 4's multi-line template errors, slog lines and `at '/a/b'` schema lines) into problems that
 * name a values file and line, a values path or a template position.
 */
import type { YamlPath } from "../core/types.ts";

export type HelmProblem =
  | { kind: "values-parse"; file: string; line: number; detail: string }
  | { kind: "schema"; chart: string; path: YamlPath; detail: string }
  | { kind: "template"; template: string; line: number; column: number; detail: string; valuesPath?: YamlPath }
  | { kind: "other"; detail: string };

const VALUES_PARSE = /^failed to parse (.+?): (?:cannot unmarshal yaml document: )?(?:error converting YAML to JSON: )?(?:yaml: )?line (\d+): (.+)$/;
const SCHEMA_HEAD = /^values don't meet the specifications of the schema\(s\) in the following chart\(s\):/;
/** Every place a (nested) template error names: helm 3 `template: f:1:2: …`, `execution error at (f:1:2): …`. */
const POSITION = /(?:template: ([^:\s]+):(\d+):(\d+): |execution error at \(([^:\s]+):(\d+):(\d+)\): )/g;
const PARSE_ERROR = /^parse error at \(([^:\s]+):(\d+)\): (.+)$/;
const YAML_PARSE = /^YAML parse error on ([^:\s]+): (?:error converting YAML to JSON: )?(?:yaml: )?(?:line (\d+): )?(.+)$/;
const VALUES_REF = /<\$?\.Values((?:\.[\w-]+)+)>/g;
/** Helm 4 logs through slog (`level=WARN msg=…`, optionally after `time=…`); helm 3 prints `WARNING:` lines. */
const NOISE = /^(?:(?:time=\S+ )?level=[A-Z]+ |WARNING|walk\.go|Use --debug)/;
/** Helm 4 writes a template error over several lines, each position on a line of its own. */
const HELM4_POSITION = /^[^\s:]+:\d+:\d+$/;

/** Helm 3's and helm 4's `helm template` failures, one problem per error helm names. */
export function parseHelmError(stderr: string): HelmProblem[] {
  const problems: HelmProblem[] = [];
  for (const block of errorBlocks(stderr)) {
    if (SCHEMA_HEAD.test(block[0]!)) problems.push(...schemaProblems(block.slice(1)));
    else problems.push(lineProblem(joinTemplateChain(block)));
  }
  // One line of context is enough for anything helm said that we do not recognise.
  const known = problems.filter((problem) => problem.kind !== "other");
  if (known.length > 0) return known;
  return problems.slice(0, 1);
}

/** Each `Error: …` with its continuation lines (log lines, warnings and blank lines left out). */
function errorBlocks(stderr: string): string[][] {
  const blocks: string[][] = [];
  for (const raw of stderr.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.trim() === "" || NOISE.test(line.trim())) continue;
    if (line.startsWith("Error: ") || blocks.length === 0) blocks.push([line.replace(/^Error: /, "")]);
    else blocks.at(-1)!.push(line);
  }
  return blocks;
}

/** Helm 4's `f:1:2` / `executing … at <…>:` / detail lines back into helm 3's one-line chain. */
function joinTemplateChain(block: string[]): string {
  if (block.length === 1) return block[0]!.trim();
  return block.map((line) => (HELM4_POSITION.test(line.trim()) ? `template: ${line.trim()}:` : line.trim())).join(" ");
}

function lineProblem(line: string): HelmProblem {
  let match = VALUES_PARSE.exec(line);
  if (match) return { kind: "values-parse", file: match[1]!, line: Number(match[2]), detail: match[3]! };
  // The innermost template position (an include's helper, not its caller); `tpl`'s inline template is not a file.
  const positions = [...line.matchAll(POSITION)];
  const inFile = positions.filter((position) => (position[1] ?? position[4]) !== "gotpl");
  if (inFile.length > 0) {
    const place = inFile.at(-1)!;
    const last = positions.at(-1)!;
    const problem: HelmProblem = {
      kind: "template",
      template: (place[1] ?? place[4])!,
      line: Number(place[2] ?? place[5]),
      column: Number(place[3] ?? place[6]),
      detail: shortDetail(line.slice(last.index + last[0].length)),
    };
    const ref = [...line.matchAll(VALUES_REF)].at(-1);
    if (ref) problem.valuesPath = ref[1]!.slice(1).split(".");
    return problem;
  }
  match = PARSE_ERROR.exec(line);
  if (match) return { kind: "template", template: match[1]!, line: Number(match[2]), column: 1, detail: match[3]! };
  match = YAML_PARSE.exec(line);
  if (match) return { kind: "template", template: match[1]!, line: 1, column: 1, detail: `the rendered YAML is invalid${match[2] ? ` at line ${match[2]} of the output` : ""}: ${match[3]!}` };
  return { kind: "other", detail: line };
}

/**
 * `chart:` lines and `- item` lines; helm 4 nests the causes of an item under it (`  - at …`),
 * and the item itself then only says "validation failed".
 */
function schemaProblems(lines: string[]): HelmProblem[] {
  const problems: HelmProblem[] = [];
  let chart = "";
  lines.forEach((line, index) => {
    const header = /^([\w.-]+):$/.exec(line.trim());
    if (header) {
      chart = header[1]!;
      return;
    }
    const item = /^(\s*)- (.+)$/.exec(line);
    if (!item) {
      problems.push({ kind: "other", detail: line.trim() });
      return;
    }
    const nested = /^(\s*)- /.exec(lines[index + 1] ?? "");
    if (nested && nested[1]!.length > item[1]!.length) return;
    problems.push({ kind: "schema", chart, ...schemaItem(item[2]!) });
  });
  return problems;
}

/** `executing "x" at <.Values.a>: nil pointer …` → the part after the action. */
function shortDetail(detail: string): string {
  const at = /^executing "[^"]*" at <[^>]*>: (.+)$/.exec(detail.trim());
  return at ? at[1]! : detail.trim();
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
