/**
 * The pure core: inputs → model with positions → facts → rules → findings. Never touches process,
 * the console, the file system or exit codes; adapters pass texts in and print what comes out.
 */
import { matchesGlob } from "node:path";
import { rules as registry } from "../../rules/registry.ts";
import { buildFacts } from "../env/facts.ts";
import { loadManifests, type ManifestModel } from "../inputs/manifests.ts";
import { loadValues, type SetInput, type TextInput, type ValuesModel } from "../inputs/values.ts";
import type { BuildLimits } from "../yaml/vnode.ts";
import type { LintModel } from "./model.ts";
import { renderMessage, type Rule } from "./rule.ts";
import { snippetOf } from "./snippet.ts";
import { toLocation, type NodeRef } from "./source.ts";
import { applyDirectives, parseDirectives, type Directive } from "./suppress.ts";
import type { BudgetIdReport, Finding, LintResult, LiveReport, Severity, SeveritySetting } from "./types.ts";

export interface LintOptions {
  budgetIdEnv: string[];
  defaultBudgetId: string;
  /** Per-rule severity overrides from the config file. */
  severities: Record<string, SeveritySetting>;
  ruleOptions: Record<string, Record<string, unknown>>;
  /** Globs: findings in matching files are dropped. */
  ignore: string[];
  limits?: BuildLimits;
}

/** The live phase, injected by adapters (it owns the HTTP client and the credentials). */
export type LivePhase = (model: LintModel, report: Reporter) => Promise<LiveReport>;

export type Reporter = (rule: Rule, report: { messageId: string; data?: Record<string, string | number>; at: NodeRef; related?: NodeRef[] }) => void;

export interface LintRequest {
  values: TextInput[];
  sets: SetInput[];
  manifests: TextInput[];
  options: LintOptions;
  live?: LivePhase;
  /** Why live checks are skipped when no live phase is given. */
  liveSkippedReason?: string;
  /** Extra rules (tests); the registry otherwise. */
  rules?: readonly Rule[];
}

export const DEFAULT_OPTIONS: LintOptions = {
  budgetIdEnv: ["LITELLM_BUDGET_ID"],
  defaultBudgetId: "default",
  severities: {},
  ruleOptions: {},
  ignore: [],
};

export function buildModel(request: Pick<LintRequest, "values" | "sets" | "manifests" | "options">, knownRuleIds: ReadonlySet<string>): LintModel {
  const values: ValuesModel | null = request.values.length > 0 || request.sets.length > 0 ? loadValues(request.values, request.sets, request.options.limits) : null;
  const manifests: ManifestModel | null = request.manifests.length > 0 ? loadManifests(request.manifests, request.options.limits) : null;
  const facts = buildFacts(values, manifests, request.options);
  const directives: Directive[] = values ? values.files.flatMap((file) => parseDirectives(file, file.text)) : [];
  const problems = [...(values?.problems ?? []), ...(manifests?.problems ?? [])];
  return { values, manifests, facts, problems, directives, knownRuleIds };
}

export async function lint(request: LintRequest): Promise<LintResult> {
  const rules = request.rules ?? registry;
  const knownRuleIds = new Set(rules.map((rule) => rule.meta.id));
  const model = buildModel(request, knownRuleIds);
  const findings: Finding[] = [];
  const { options } = request;

  const severityOf = (rule: Rule): SeveritySetting => options.severities[rule.meta.id] ?? rule.meta.defaultSeverity;
  const report: Reporter = (rule, raw) => {
    const severity = severityOf(rule);
    if (severity === "off") return;
    const template = (rule.meta.messages as Record<string, string>)[raw.messageId];
    if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown message id ${raw.messageId}`);
    const location = toLocation(raw.at);
    const finding: Finding = {
      ruleId: rule.meta.id,
      messageId: raw.messageId,
      message: renderMessage(template, raw.data),
      severity,
      location,
      related: (raw.related ?? []).map(toLocation),
    };
    const snippet = snippetOf(raw.at.source, location);
    if (snippet !== undefined) finding.snippet = snippet;
    findings.push(finding);
  };

  for (const rule of rules) {
    if (rule.meta.input === "live" || severityOf(rule) === "off") continue;
    const ruleOptions = { ...rule.meta.defaultOptions, ...options.ruleOptions[rule.meta.id] };
    await rule.check({ model, options: ruleOptions, report: (raw) => report(rule, raw) });
  }

  const live: LiveReport = request.live
    ? await request.live(model, report)
    : { status: "skipped", requests: 0, reason: request.liveSkippedReason ?? "no LiteLLM URL given", notices: [] };

  applyDirectives(findings, model.directives);
  reportUnusedDirectives(model, rules, report);
  const kept = findings.filter((finding) => !options.ignore.some((glob) => matchesGlob(finding.location.file, glob)));
  return {
    findings: sortAndDeduplicate(kept),
    budgetIds: budgetIdReports(model),
    live,
    stats: {
      valuesFiles: model.values?.files.length ?? 0,
      manifestDocuments: model.manifests?.documents ?? 0,
      workloads: model.facts.workloads,
    },
  };
}

function reportUnusedDirectives(model: LintModel, rules: readonly Rule[], report: Reporter): void {
  const rule = rules.find((candidate) => candidate.meta.id === "suppression-directive");
  if (!rule) return;
  for (const directive of model.directives) {
    if (directive.used || !directive.reason || directive.ruleIds.length === 0 || directive.ruleIds.some((id) => !model.knownRuleIds.has(id))) continue;
    report(rule, {
      messageId: "unused",
      data: { rules: directive.ruleIds.join(", ") },
      at: { source: directive.source, path: [], offsets: directive.offsets },
    });
  }
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.location.file.localeCompare(b.location.file) ||
    a.location.start.line - b.location.start.line ||
    a.location.start.column - b.location.start.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}

function sortAndDeduplicate(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  const seen = new Set<string>();
  return sorted.filter((finding) => {
    const { file, start, end } = finding.location;
    const key = `${finding.ruleId}\0${file}\0${start.line}:${start.column}-${end.line}:${end.column}\0${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function budgetIdReports(model: LintModel): BudgetIdReport[] {
  return model.facts.budgetIds.map((fact) => ({
    id: fact.id ?? "",
    source: fact.source,
    envName: fact.envName,
    location: fact.at ? toLocation(fact.at) : null,
    scope: fact.scope?.label ?? "default (no budget id set)",
  }));
}
