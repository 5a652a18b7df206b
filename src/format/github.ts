/**
 * GitHub Actions workflow commands (`--format github`): one `::error` / `::warning` / `::notice`
 * annotation per finding, escaped as `@actions/core` does.
 *
 * GitHub shows at most 10 annotations of each level per step and drops the rest silently, so this
 * renderer chooses: errors before warnings before notes, security rules first, one finding of each
 * rule before a second of any (see `prioritise`). Findings that do not fit are listed as plain log
 * lines in a folded group, and a final `::notice` says how many there are and that the job summary
 * lists them all. That notice takes one of the 10 notice slots.
 *
 * File names are used as given: the caller makes them relative to the repository root (the
 * Action's working directory is the workspace; the CLI's `rebaseResult`). Findings on `<stdin>` or
 * a `--set` flag get no `file=` (no file in the repository to attach them to) and say where they
 * came from in the message.
 */
import { isPseudoFile } from "../core/source.ts";
import type { RuleBase } from "../engine/rule.ts";
import { printable, printableButLineBreaks } from "./safe-text.ts";
import type { Finding, LintResult, Severity } from "../core/types.ts";
import { activeFindings, countBySeverity, findingSentence, locationLabel, prioritise, sentence } from "./common.ts";

/** Annotations GitHub shows per level and step. */
export const ANNOTATIONS_PER_LEVEL = 10;

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", note: "notice" };

/** `@actions/core` `escapeData`: the message part of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** `@actions/core` `escapeProperty`: a `key=value` property of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(printableButLineBreaks(String(value)))}`)
    .join(",");
  // No ESC sequence or BEL from a file under review reaches the log.
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(printableButLineBreaks(message))}`;
}

export function annotation(finding: Finding): string {
  const { location } = finding;
  const message = findingSentence(finding);
  // With environments, the title says which ones the finding occurs in (it is annotated once).
  const title = finding.environments ? `${finding.ruleId} (${finding.environments.join(", ")})` : finding.ruleId;
  const oneLine = location.start.line === location.end.line;
  const properties: Record<string, string | number | undefined> = isPseudoFile(location.file)
    ? { title }
    : {
        file: location.file,
        line: location.start.line,
        endLine: location.end.line,
        // GitHub takes columns only for a range on one line.
        col: oneLine ? location.start.column : undefined,
        endColumn: oneLine ? location.end.column : undefined,
        title,
      };
  return workflowCommand(COMMAND[finding.severity], properties, message);
}

/** A finding as a plain log line, for those that get no annotation. */
function logLine(finding: Finding): string {
  // One line that the runner cannot mistake for a workflow command.
  const line = `${locationLabel(finding.location)}: ${finding.severity}: ${sentence(finding.message)} [${finding.ruleId}]`;
  return printable(line.replace(/[\r\n]+/g, " "));
}

/** The workflow commands and log lines, a line each (with its line break): a finding-dense report is never held whole. */
export function* githubText(result: LintResult, rules: readonly RuleBase[]): Generator<string> {
  const ordered = prioritise(activeFindings(result), rules);
  const counts = countBySeverity(ordered);
  const overflow = counts.error > ANNOTATIONS_PER_LEVEL || counts.warning > ANNOTATIONS_PER_LEVEL || counts.note > ANNOTATIONS_PER_LEVEL;
  // The overflow notice is itself a notice: keep a slot for it.
  const cap: Record<Severity, number> = { error: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL, note: overflow ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL };
  const used: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const annotated: Finding[] = [];
  const rest: Finding[] = [];
  for (const finding of ordered) {
    if (used[finding.severity] < cap[finding.severity]) {
      used[finding.severity]++;
      annotated.push(finding);
    } else {
      rest.push(finding);
    }
  }
  for (const finding of annotated) yield `${annotation(finding)}\n`;
  if (rest.length > 0) {
    const hidden = countBySeverity(rest);
    const parts = (["error", "warning", "note"] as const).filter((severity) => hidden[severity] > 0).map((severity) => plural(hidden[severity], severity));
    yield `::group::${escapeData(`${rest.length} more finding${rest.length === 1 ? "" : "s"} without an annotation`)}\n`;
    for (const finding of rest) yield `${logLine(finding)}\n`;
    yield "::endgroup::\n";
    yield `${workflowCommand(
      "notice",
      { title: "litellm-preflight" },
      `${rest.length} more finding${rest.length === 1 ? "" : "s"} (${parts.join(", ")}) did not fit GitHub's limit of ${ANNOTATIONS_PER_LEVEL} annotations per level; the job summary and the SARIF report list them all.`,
    )}\n`;
  }
}

function plural(count: number, severity: Severity): string {
  return `${count} ${severity}${count === 1 ? "" : "s"}`;
}
