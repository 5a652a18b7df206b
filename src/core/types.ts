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
}

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
}

export interface HelmAssumption {
  major: HelmMajor;
  /** "flag": --helm-version; "detected": `helm version` of the helm that rendered --chart; "default": neither. */
  from: "flag" | "detected" | "default";
  /** Whether it mattered for these inputs (a values file with several YAML documents). */
  mattered: boolean;
}
