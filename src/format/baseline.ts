/**
 * Baselines: adopt the linter on a repository without fixing the past first (Checkov's
 * `--create-baseline`, ESLint's bulk suppressions, detekt's baseline). A baseline file records
 * today's findings; later runs hide those and report only new ones.
 *
 * An entry is matched by fingerprint: the SARIF identity (rule, message id, file, rendered object,
 * YAML path; see findingIdentity) with list indexes left out, plus a hash of the offending value's
 * text; never line numbers or positions in a list, so that edits elsewhere in a file (lines added
 * above, an env entry deleted before it) do not bring entries back, while changing the value does.
 * Credentials (sensitive locations) leave the value out: rotating a key does not resurrect it, and
 * nothing derived from it is stored. Entries are a multiset: two identical findings need two
 * entries. The file is JSON with a `version`, in a stable order, one entry per finding.
 */
import { UsageError } from "../core/errors.ts";
import { sha256Hex } from "../core/sha256.ts";
import { formatPath, isPseudoFile } from "../core/source.ts";
import type { BaselineEntry, Finding, LintResult, Location } from "../core/types.ts";
import { byCodeUnits } from "../core/compare.ts";
import { LineCursor } from "../yaml/line-index.ts";
import { findingIdentity, rebaseFile } from "./common.ts";
import { dirname, resolve } from "node:path";

export const BASELINE_VERSION = 1;

export interface BaselineContext {
  /** Directory that entry file names are relative to (the config file's, else the cwd). */
  baseDir: string;
  /** Directory the findings' file names are relative to. */
  cwd: string;
  /** The text of an input by its report name (values files, manifests, `<stdin>`), for the values' hashes. */
  texts: ReadonlyMap<string, string>;
  /** Line cursors of those texts, made on first use (findings come in order of position). */
  indexes?: Map<string, LineCursor>;
  /**
   * The files this run read, as entries name them (see readFiles): entries of other files are no
   * business of a run of one environment, or of the hook's few files, so they are neither stale
   * nor dropped when the baseline is written again.
   */
  read: ReadonlySet<string>;
  /** Whether an entry's file is gone (deleted, renamed): its entries are every run's to judge. The adapters look. */
  gone?: (file: string) => boolean;
}

/**
 * `gone` for a context: an entry's file (relative to `baseDir`) that `exists` does not find in a
 * directory that does exist. A template of a chart rendered from an archive or a repository
 * (`mychart/templates/x.yaml`) never was on disk, and a pseudo file (`--set`, `<stdin>`) never is.
 */
export function goneFiles(baseDir: string, exists: (path: string) => boolean): (file: string) => boolean {
  return (file) => {
    if (isPseudoFile(file)) return false;
    const path = resolve(baseDir, file);
    return !exists(path) && exists(dirname(path));
  };
}

/** Whether this run judges the entries of `file`: it read the file, or the file is gone. */
function judges(context: BaselineContext, file: string): boolean {
  return context.read.has(file) || context.gone?.(file) === true;
}

/** The entry names of the files a run read: its inputs, the templates of a rendered chart, and the files of its findings. */
export function readFiles(result: LintResult, inputs: readonly { name: string; templates?: ReadonlyMap<string, { name: string }> }[], cwd: string, baseDir: string): Set<string> {
  const names = new Set<string>();
  // Findings name a few files many times over: each is rebased once.
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    names.add(rebaseFile(file, cwd, baseDir));
  };
  for (const input of inputs) {
    add(input.name);
    for (const template of input.templates?.values() ?? []) add(template.name);
  }
  for (const finding of result.findings) add(finding.location.file);
  return names;
}

/** The entry of a finding (also its key for matching). */
export function baselineEntry(finding: Finding, context: BaselineContext): BaselineEntry {
  const file = rebaseFile(finding.location.file, context.cwd, context.baseDir);
  const name = finding.location.file;
  const text = context.texts.get(name);
  let index = context.indexes?.get(name);
  if (text !== undefined && index === undefined) (context.indexes ??= new Map()).set(name, (index = new LineCursor(text)));
  const value = finding.location.sensitive ? "" : textAt(index, text, finding.location);
  const fingerprint = sha256Hex(`${findingIdentity(withoutIndexes(finding), file)}\0${sha256Hex(value)}`).slice(0, 32);
  return { ruleId: finding.ruleId, file, path: formatPath(finding.location.path), fingerprint };
}

/**
 * The files a baseline's entries name (a few names, however many entries), from its lines: a large
 * baseline is not held whole while a rewrite's lint is at its peak. Undefined: no file there, or
 * entries that cannot be told this way; the rewrite then reads what is there whole (keptEntries).
 */
export function entryFiles(lines: Iterable<string>): Set<string> | undefined {
  const files = new Set<string>();
  for (const line of lines) {
    for (const match of line.matchAll(FILE_FIELD)) {
      try {
        files.add(JSON.parse(match[1]!) as string);
      } catch {
        return undefined;
      }
    }
  }
  return files.size > 0 ? files : undefined;
}

/** Whether a rewrite keeps any entry of a baseline whose entries name `files`: a file this run does not judge. */
export function keepsEntries(files: ReadonlySet<string>, context: BaselineContext): boolean {
  return [...files].some((file) => !judges(context, file));
}

/** The entries of a baseline already there (`text`) that a rewrite keeps: those of files this run does not judge; one that does not parse keeps nothing. */
export function keptEntries(text: string, name: string, context: BaselineContext): BaselineEntry[] {
  try {
    return parseBaseline(text, name).filter((entry) => !judges(context, entry.file));
  } catch {
    return [];
  }
}

/** An entry's `"file": "…"` (a key: in JSON a value is never followed by a colon), as written or edited by hand. */
const FILE_FIELD = /"file"\s*:\s*("(?:[^"\\]|\\.)*")/g;

/**
 * The baseline file for the findings of `result` that count today (suppressed ones need no entry),
 * with the `kept` entries of an earlier one (see keptEntries).
 */
export function writeBaseline(result: LintResult, context: BaselineContext, kept: readonly BaselineEntry[] = []): { text: Iterable<string>; entries: number; kept: number } {
  const entries: BaselineEntry[] = [];
  for (const finding of result.findings) if (!finding.suppressed && baselinable(finding)) entries.push(baselineEntry(finding, context));
  entries.push(...kept);
  entries.sort((a, b) => byCodeUnits(a.file, b.file) || byCodeUnits(a.ruleId, b.ruleId) || byCodeUnits(a.path, b.path) || byCodeUnits(a.fingerprint, b.fingerprint));
  return { text: baselineText(entries), entries: entries.length - kept.length, kept: kept.length };
}

/**
 * `JSON.stringify({version, tool, entries}, null, 2)` and a line break, entry by entry: a finding-dense
 * baseline is never one string (a 50 MB manifest's is some 5 MB).
 */
function* baselineText(entries: readonly BaselineEntry[]): Generator<string> {
  yield `{\n  "version": ${BASELINE_VERSION},\n  "tool": "litellm-preflight",\n  "entries": ${entries.length === 0 ? "[]" : "["}`;
  for (let index = 0; index < entries.length; index++) {
    const { ruleId, file, path, fingerprint } = entries[index]!;
    const fields = [["ruleId", ruleId], ["file", file], ["path", path], ["fingerprint", fingerprint]].map(([key, value]) => `      ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    yield `${index === 0 ? "" : ","}\n    {\n${fields.join(",\n")}\n    }`;
  }
  yield `${entries.length === 0 ? "" : "\n  ]"}\n}\n`;
}

/** Reads a baseline file's text; a malformed one is a UsageError naming `name`. */
export function parseBaseline(text: string, name: string): BaselineEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`baseline file ${name} is not JSON (write it with --write-baseline)`);
  }
  const record = data as { version?: unknown; entries?: unknown } | null;
  if (!record || typeof record !== "object" || Array.isArray(record)) throw new UsageError(`baseline file ${name} is not a litellm-preflight baseline (write it with --write-baseline)`);
  if (record.version !== BASELINE_VERSION) throw new UsageError(`baseline file ${name} has version ${JSON.stringify(record.version ?? null)}; this litellm-preflight reads version ${BASELINE_VERSION}`);
  if (!Array.isArray(record.entries)) throw new UsageError(`baseline file ${name} has no entries list`);
  return record.entries.map((entry: unknown, index: number) => {
    const fields = entry as Record<string, unknown> | null;
    const valid = fields && typeof fields === "object" && ["ruleId", "file", "path", "fingerprint"].every((key) => typeof fields[key] === "string");
    if (!valid) throw new UsageError(`baseline file ${name}: entry ${index + 1} needs ruleId, file, path and fingerprint strings`);
    return { ruleId: fields.ruleId as string, file: fields.file as string, path: fields.path as string, fingerprint: fields.fingerprint as string };
  });
}

/** Marks each counting finding `new` or `unchanged`, and reports the entries of the files read that nothing matched as stale. */
export function applyBaseline(result: LintResult, entries: readonly BaselineEntry[], file: string, context: BaselineContext): LintResult {
  const remaining = new Map<string, BaselineEntry[]>();
  for (const entry of entries) remaining.set(entry.fingerprint, [...(remaining.get(entry.fingerprint) ?? []), entry]);
  let unchanged = 0;
  const findings = result.findings.map((finding): Finding => {
    if (finding.suppressed) return finding;
    if (!baselinable(finding)) return { ...finding, baseline: "new" };
    const { fingerprint } = baselineEntry(finding, context);
    const left = remaining.get(fingerprint);
    if (left && left.length > 0) {
      left.pop();
      unchanged++;
      return { ...finding, baseline: "unchanged" };
    }
    return { ...finding, baseline: "new" };
  });
  const stale = [...remaining.values()].flat().filter((entry) => judges(context, entry.file));
  stale.sort((a, b) => byCodeUnits(a.file, b.file) || byCodeUnits(a.ruleId, b.ruleId) || byCodeUnits(a.path, b.path));
  return { ...result, findings, baseline: { file, unchanged, stale } };
}

/**
 * Never recorded, and an old entry hides nothing:
 * - a file that does not parse (or is past a safety limit) is read no further: its yaml-syntax error
 *   stands for whatever it holds (a literal key added later too);
 * - a live check that could not complete says how the proxy answered today, not what the files hold
 *   (and with --require-live it is the gate itself).
 */
function baselinable(finding: Finding): boolean {
  if (finding.ruleId === "litellm-unverified") return false;
  // By what it says, not its severity (a config may change that): a document helm 3 ignores is no unread file.
  return finding.ruleId !== "yaml-syntax" || finding.messageId === "ignored" || finding.messageId === "manifestAsValues" || finding.messageId === "notAnObject";
}

function withoutIndexes(finding: Finding): Finding {
  return { ...finding, location: { ...finding.location, path: finding.location.path.map((segment) => (typeof segment === "number" ? "*" : segment)) } };
}

/** The text a location covers (1-based lines, UTF-16 columns); "" when the input is not at hand. */
function textAt(index: LineCursor | undefined, text: string | undefined, location: Location): string {
  if (index === undefined || text === undefined) return "";
  const start = index.lineStart(location.start.line) + location.start.column - 1;
  const end = index.lineStart(location.end.line) + location.end.column - 1;
  return text.slice(start, Math.max(start, end));
}
