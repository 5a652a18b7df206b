/**
 * The rule contract: typed meta that maps 1:1 to SARIF rule metadata, and a check. Static rules
 * (`defineRule`) read the model; live rules keep the same meta but take their context from the
 * contract in live/ (`defineLiveRule`), which the engine hands to the injected live phase.
 */
import type { NodeRef } from "../core/source.ts";
import type { Remediation, Severity } from "../core/types.ts";
import { clip } from "../core/snippet.ts";
import { HOME_URL } from "../core/version.ts";
import type { LintModel } from "./model.ts";

export type RuleInput = "values" | "manifest" | "any" | "live";

export interface RuleMeta<MessageId extends string = string> {
  /** kebab-case, equal to the file name under rules/. */
  id: string;
  /** PascalCase name (SARIF `name`). */
  name: string;
  input: RuleInput;
  defaultSeverity: Severity;
  /** One line, no trailing period (SARIF shortDescription). */
  description: string;
  /** A paragraph (SARIF fullDescription). */
  details: string;
  /** One sentence ending with a period (SARIF help.text). */
  remediation: string;
  /** YAML showing the fix (SARIF help.markdown). */
  example: string;
  tags: string[];
  /** CVSS-like score for security rules (SARIF properties.security-severity). */
  securitySeverity?: string;
  /** Message templates with {{placeholders}}; plain text, lowercase start, no trailing period. */
  messages: Record<MessageId, string>;
  /** Live rules that call the LiteLLM proxy (through `ctx.live`, never a global HTTP function). */
  requiresNetwork?: boolean;
  /** JSON Schema of the rule's options, validated when the config loads. */
  optionsSchema?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  /** `--fix` can mend the findings mechanically (`rules --format json` lists it). */
  fixable?: boolean;
}

/** A fix as a rule reports it: edits at nodes, which the engine resolves to ranges (see Fix in core/types.ts). */
export interface FixRequest {
  type: "fix" | "suggestion";
  edits: ({ at: NodeRef } & ({ kind: "quote" } | { kind: "set-string"; value: string } | { kind: "remove-item" }))[];
}

export interface Report<MessageId extends string> {
  messageId: MessageId;
  fix?: FixRequest;
  data?: Record<string, string | number>;
  at: NodeRef;
  related?: NodeRef[];
  /** A lower level for this one report (used only when the config does not set the rule's severity). */
  severity?: Severity;
  /** How to fix this finding (JSON `remediation`, stylish `fix:`, SARIF message). */
  remediation?: Remediation;
}

export interface RuleContext<MessageId extends string> {
  model: LintModel;
  options: Record<string, unknown>;
  report(report: Report<MessageId>): void;
}

/** What the engine knows of every rule: its meta, and whether it has anything to check. */
export interface RuleBase<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  /** Whether the rule has anything to check in these inputs (a live rule that does not apply is not reported as unverified). */
  appliesTo?(model: LintModel): boolean;
}

/** A rule the engine runs itself, on the files. */
export interface Rule<MessageId extends string = string> extends RuleBase<MessageId> {
  meta: RuleMeta<MessageId> & { input: Exclude<RuleInput, "live"> };
  check(context: RuleContext<MessageId>): void | Promise<void>;
}

/** Rules with `input: "live"` are not run by the engine: it gives them to the injected live phase. */
export function isLiveRule<Deferred extends RuleBase>(rule: Rule | Deferred): rule is Deferred {
  return rule.meta.input === "live";
}

export function defineRule<MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}

export const DOCS_BASE_URL = `${HOME_URL}/blob/main/docs/rules/`;

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

/**
 * The template with each `{{ key }}` of `data` filled in, clipped: a message stays readable
 * whatever a file holds. A placeholder without data stays as written. Each template is cut at its
 * placeholders once: a finding-dense run renders tens of thousands of messages from a few dozen.
 */
export function renderMessage(template: string, data: Record<string, string | number> = {}): string {
  let parts = templateParts.get(template);
  if (parts === undefined) templateParts.set(template, (parts = partsOf(template)));
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let p = 1; p < parts.length; p += 3) {
    const key = parts[p]!;
    out += (key in data ? clip(String(data[key])) : parts[p + 1]!) + parts[p + 2]!;
  }
  return out;
}

/** Templates cut by partsOf: rules' messages, a fixed set. */
const templateParts = new Map<string, readonly string[]>();

/** The text before the first placeholder, then for each placeholder its key, the placeholder as written and the text after it. */
function partsOf(template: string): string[] {
  const parts: string[] = [];
  let copied = 0;
  for (let open = template.indexOf("{{"); open !== -1; open = template.indexOf("{{", open + 1)) {
    let i = open + 2;
    while (isSpace(template.charCodeAt(i))) i++;
    const keyStart = i;
    while (isWordChar(template.charCodeAt(i))) i++;
    const key = template.slice(keyStart, i);
    while (isSpace(template.charCodeAt(i))) i++;
    if (key === "" || !template.startsWith("}}", i)) continue;
    parts.push(template.slice(copied, open), key, template.slice(open, i + 2));
    copied = i + 2;
    open = i + 1;
  }
  parts.push(template.slice(copied));
  return parts;
}

/** `\s` of a JavaScript regex, for the characters templates hold. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || code === 0x2028 || code === 0x2029 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** `\w`: ASCII letters, digits and `_`. */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
