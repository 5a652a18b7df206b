/**
 * Layer `core`: the ground: plain data types, node references and ranges, guards, secrets,
 * suppressions. May import nothing of ours.
 *
 * Shared data types of the lint pipeline. Plain data only: no I/O here.
 */

export type Severity = "error" | "warning" | "note";
/** The helm major version whose reading of values the model follows where helm 3 and 4 differ. */
export type HelmMajor = 3 | 4;
export type SeveritySetting = Severity | "off";
export type PathSegment = string | number;
export type YamlPath = PathSegment[];

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units (what SARIF and editors expect). */
  column: number;
}

export interface ObjectIdentity {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
  /** The Helm `# Source:` template that rendered the object. */
  source?: string;
}

export interface Location {
  /** Relative to the working directory with `/`, or `<stdin>`, or `--set` / `--set-string`. */
  file: string;
  path: YamlPath;
  /** 0-based document number in a multi-document stream. */
  doc?: number;
  start: Position;
  end: Position;
  object?: ObjectIdentity;
  /** True when the range covers a value that must never be shown (a credential). */
  sensitive?: boolean;
}

/** How to fix one finding: the exact LiteLLM API call (the key written as $LITELLM_MASTER_KEY) or the config line. */
export interface Remediation {
  text: string;
  request?: { method: "GET" | "POST"; path: string; body?: Record<string, unknown> };
  /** One line: a values key in Helm's dotted form (`a.b.c: value`) or an env entry. */
  config?: string;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  severity: Severity;
  location: Location;
  related: Location[];
  /** The primary line, credentials masked; absent for Secret objects. Not part of JSON output. */
  snippet?: string;
  /** Set when an inline directive suppressed the finding (kept in JSON, dropped elsewhere). */
  suppressed?: { reason: string };
  /** Live and LiteLLM-config findings: how to fix this one. */
  remediation?: Remediation;
  /** With a baseline: `unchanged` findings were recorded in it (hidden, not counted), `new` ones were not. */
  baseline?: "new" | "unchanged";
  /** A mechanical fix (`--fix`); absent when the rule has none for this finding. */
  fix?: Fix;
  /** With environments: the ones this finding occurs in (a shared file's finding is reported once). */
  environments?: string[];
}

/**
 * Text edits that mend a finding, all or none. `suggestion`s change behaviour (a budget id set to
 * the did-you-mean) and apply only with `--fix-type suggestion`.
 */
export interface Fix {
  type: "fix" | "suggestion";
  edits: FixEdit[];
}

/**
 * One edit at a range of an input: `quote` wraps the plain scalar there in double quotes,
 * `set-string` replaces the scalar with a string (keeping its quoting style), `remove-item` deletes
 * the block-sequence item there (its lines, and next-line suppression directives directly above it).
 */
export type FixEdit = { file: string; source: "values" | "set" | "manifest" | "config"; start: Position; end: Position } & (
  | { kind: "quote" }
  | { kind: "set-string"; value: string }
  | { kind: "remove-item" }
);

export type BudgetIdSource = "values" | "set" | "manifest" | "default" | "budgets-config";

export interface BudgetIdReport {
  id: string;
  source: BudgetIdSource;
  envName: string | null;
  /** Where the value is written; null for the built-in default. */
  location: Location | null;
  /** Where it applies (workload or values scope), for people reading the report. */
  scope: string;
  /** budgets-config.yaml entries: platform, cli or premium_models. */
  category?: string;
  /** With environments: the ones it is effective in. */
  environments?: string[];
}

export type LiveStatus = "skipped" | "passed" | "failed" | "inconclusive";

export interface LiveReport {
  status: LiveStatus;
  requests: number;
  reason?: string;
  litellmVersion?: string;
  notices: string[];
}

export interface LintStats {
  valuesFiles: number;
  manifestDocuments: number;
  workloads: number;
}

export interface LintResult {
  findings: Finding[];
  budgetIds: BudgetIdReport[];
  live: LiveReport;
  stats: LintStats;
  /** Whose reading of the values the model followed where helm 3 and 4 differ (lint() always sets it). */
  helm?: HelmAssumption;
  /** Set when a baseline was compared (format/baseline.ts). */
  baseline?: BaselineOutcome;
  /** Set when the run covered the config's environments: each one's own live outcome and budget ids. */
  environments?: EnvironmentReport[];
}

export interface HelmAssumption {
  major: HelmMajor;
  /** "flag": --helm-version; "detected": `helm version` of the helm that rendered --chart; "default": neither. */
  from: "flag" | "detected" | "default";
  /** Whether it mattered for these inputs (a values file with several YAML documents). */
  mattered: boolean;
}

export interface EnvironmentReport {
  name: string;
  live: LiveReport;
  budgetIds: BudgetIdReport[];
  stats: LintStats;
}

/** One recorded finding of a baseline file: no line numbers, no values (the value counts only through the fingerprint's hash). */
export interface BaselineEntry {
  ruleId: string;
  /** Relative to the baseline's base directory (the config file's, else the cwd), with `/`. */
  file: string;
  /** YAML path, as in the JSON report. */
  path: string;
  fingerprint: string;
}

export interface BaselineOutcome {
  /** The baseline file as given. */
  file: string;
  unchanged: number;
  /** Entries that no longer occur (fixed since): reported, never a failure; `--write-baseline` prunes them. */
  stale: BaselineEntry[];
}
