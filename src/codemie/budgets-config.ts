/**
 * CodeMie ≥ 2.23 takes end-user budgets from `budgets-config.yaml` (`predefined_budgets`), usually
 * a ConfigMap in the values' `extraObjects` mounted at /app/config/budgets. This module finds the
 * file wherever it is and reads it with positions inside the block scalar that holds it.
 */
import type { NodeRef } from "../core/source.ts";
import type { BudgetIdFact, Facts } from "../facts/types.ts";
import type { ManifestModel } from "../inputs/manifests.ts";
import type { ValuesModel } from "../inputs/values.ts";
import { embeddedTree, EmbeddedYamlSource, isParsedSource, type ParsedSource } from "../yaml/embedded.ts";
import { PYTHON_TIMESTAMP } from "../yaml/python-scalars.ts";
import { buildTree, parseProblems, type ParseProblem, type VMap, type VNode } from "../yaml/vnode.ts";

export const BUDGETS_CONFIG_KEY = "budgets-config.yaml";
export const BUDGET_CATEGORIES = ["platform", "cli", "premium_models"] as const;

export interface BudgetEntry {
  index: number;
  node: VMap;
  /** Each field only when pydantic takes it (a string where a string is due, a number where a number is). */
  budgetId: string | undefined;
  category: string | undefined;
  maxBudget: number | undefined;
  softBudget: number | undefined;
  duration: string | undefined;
  /** Fields of a type pydantic refuses: CodeMie does not start. */
  wrongTypes: WrongType[];
  /** Where a field is (or the entry, when the field is missing). */
  at(field: string): NodeRef;
}

export interface WrongType {
  field: string;
  expected: "a string" | "a number";
  /** What the file holds, as PyYAML reads it: `null`, `a number (123)`, … */
  written: string;
}

export interface BudgetsConfig {
  /** "ConfigMap codemie-budgets-config in extraObjects", "--budgets-config budgets.yaml", … */
  label: string;
  /** The ConfigMap that ships it, when there is one. */
  configMap?: { name: string; key: string; at: NodeRef };
  /** Where the whole file starts (its root, or the ConfigMap key). */
  at: NodeRef;
  /** The file's text. */
  text: string;
  root: VNode | null;
  problems: ParseProblem[];
  entries: BudgetEntry[];
}

/** Reads one budgets file; `source` holds its text with positions. */
export function readBudgetsConfig(source: ParsedSource, label: string, at: NodeRef, configMap?: BudgetsConfig["configMap"]): BudgetsConfig {
  const problems: ParseProblem[] = [];
  const { doc } = source.positioned();
  let root: VNode | null = null;
  if (doc && doc.errors.length > 0) {
    problems.push(parseProblems(doc, source)[0]!);
  } else if (doc) {
    // Read as CodeMie reads it: pydantic-settings' YAML source, i.e. PyYAML.
    root = buildTree(doc, source, problems, undefined, "python");
  }
  const list = root?.kind === "map" ? root.entries.get("predefined_budgets") : undefined;
  const entries = list?.kind === "seq" ? list.items.flatMap((item, index) => (item.kind === "map" ? [budgetEntry(item, index)] : [])) : [];
  const config: BudgetsConfig = { label, at, text: source.text, root, problems, entries };
  if (configMap) config.configMap = configMap;
  return config;
}

/** PredefinedBudgetConfig's fields (codemie/configs/config.py) and what pydantic accepts for each. */
const FIELD_TYPES: Readonly<Record<string, "str" | "optional str" | "float">> = {
  budget_id: "str",
  name: "str",
  description: "optional str",
  soft_budget: "float",
  max_budget: "float",
  budget_duration: "str",
  budget_category: "str",
};

function budgetEntry(node: VMap, index: number): BudgetEntry {
  const wrongTypes: WrongType[] = [];
  const accepted = new Map<string, string | number>();
  for (const [field, type] of Object.entries(FIELD_TYPES)) {
    const child = node.entries.get(field);
    if (child === undefined) continue;
    const value = type === "float" ? pydanticFloat(child) : pydanticString(child);
    if (value !== undefined) accepted.set(field, value);
    else if (!(type === "optional str" && child.kind === "scalar" && child.value === null)) {
      wrongTypes.push({ field, expected: type === "float" ? "a number" : "a string", written: pythonWritten(child) });
    }
  }
  const text = (field: string) => accepted.get(field) as string | undefined;
  const number = (field: string) => accepted.get(field) as number | undefined;
  return {
    index,
    node,
    budgetId: text("budget_id"),
    category: text("budget_category"),
    maxBudget: number("max_budget"),
    softBudget: number("soft_budget"),
    duration: text("budget_duration"),
    wrongTypes,
    at: (field) => node.entries.get(field)?.origin ?? { ...node.origin, part: "value" },
  };
}

/** A `str` field: pydantic takes only a string (a date PyYAML made of the text is none). */
function pydanticString(node: VNode): string | undefined {
  if (node.kind !== "scalar" || typeof node.value !== "string") return undefined;
  return isPythonDate(node) ? undefined : node.value;
}

/** A `float` field: pydantic takes a number, a boolean, or a string that reads as one (`"100"`). */
function pydanticFloat(node: VNode): number | undefined {
  if (node.kind !== "scalar") return undefined;
  const { value } = node;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value !== "string" || isPythonDate(node)) return undefined;
  const text = value.trim();
  if (!PYDANTIC_FLOAT.test(text)) return undefined;
  const word = text.replace(/^[+-]/, "").toLowerCase();
  if (word.startsWith("inf")) return text.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return word === "nan" ? Number.NaN : Number(text.replace(/_/g, ""));
}

/** What pydantic reads as a float from a string: decimal, underscores between digits, an exponent, inf or nan (not 0x10). */
const PYDANTIC_FLOAT = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf|infinity|nan)$/i;

/** A plain scalar PyYAML reads as a date (the "python" reading keeps its text). */
function isPythonDate(node: VNode & { kind: "scalar" }): boolean {
  return !node.quoted && typeof node.value === "string" && PYTHON_TIMESTAMP.test(node.value);
}

function pythonWritten(node: VNode): string {
  if (node.kind === "map") return "a map";
  if (node.kind === "seq") return "a list";
  const { value } = node;
  if (value === null) return "null";
  if (typeof value === "boolean") return `a boolean (${value})`;
  if (typeof value === "number") return `a number (${value})`;
  if (isPythonDate(node)) return `a date (${String(value)})`;
  return `"${String(value)}"`;
}

/** Budgets files in the values (`extraObjects`, map or string items) and in rendered ConfigMaps. */
export function findBudgetsConfigs(values: ValuesModel | null, manifests: ManifestModel | null): BudgetsConfig[] {
  const found: BudgetsConfig[] = [];
  if (values) {
    const visit = (node: VNode, key: string | number | undefined, depth: number): void => {
      if (depth > 50) return;
      if (node.kind === "seq" && key === "extraObjects") {
        for (const item of node.items) {
          const object = item.kind === "map" ? item : item.kind === "scalar" && typeof item.value === "string" ? parseStringItem(item) : undefined;
          if (object) fromValuesConfigMap(object, found);
        }
        return;
      }
      if (node.kind === "map") for (const [childKey, child] of node.entries) visit(child, childKey, depth + 1);
    };
    visit(values.root, undefined, 0);
  }
  // A rendering of the values' own ConfigMap (--chart, or -m with the same values) is the same file: it is read,
  // and reported, once, at the values line the user edits.
  const fromValues = new Set(found.map((config) => config.text));
  for (const object of manifests?.objects ?? []) {
    if (object.identity.kind !== "ConfigMap") continue;
    for (const [key, value] of Object.entries(object.data ?? {})) {
      if (!isBudgetsKey(key) || typeof value !== "string" || fromValues.has(value)) continue;
      const at: NodeRef = { source: object.source, path: ["data", key] };
      const source = new EmbeddedYamlSource(object.source, ["data", key], value);
      found.push(readBudgetsConfig(source, `ConfigMap ${object.identity.name} (${object.source.file})`, at, { name: object.identity.name, key, at }));
    }
  }
  return found;
}

function isBudgetsKey(key: string): boolean {
  return key === BUDGETS_CONFIG_KEY || key === "budgets-config.yml";
}

/** An `extraObjects` item written as a string (CodeMie renders it with `tpl`). */
function parseStringItem(item: VNode & { kind: "scalar" }): VMap | undefined {
  const tree = embeddedTree(item);
  return tree?.kind === "map" ? tree : undefined;
}

function fromValuesConfigMap(object: VMap, found: BudgetsConfig[]): void {
  const kind = object.entries.get("kind");
  if (kind?.kind !== "scalar" || kind.value !== "ConfigMap") return;
  const metadata = object.entries.get("metadata");
  const nameNode = metadata?.kind === "map" ? metadata.entries.get("name") : undefined;
  const name = nameNode?.kind === "scalar" ? String(nameNode.value) : "";
  const data = object.entries.get("data");
  if (data?.kind !== "map") return;
  for (const [key, value] of data.entries) {
    if (!isBudgetsKey(key) || value.kind !== "scalar" || typeof value.value !== "string" || !isParsedSource(value.origin.source)) continue;
    const source = new EmbeddedYamlSource(value.origin.source, value.origin.path, value.value);
    const at = { ...value.origin, part: "key" as const };
    found.push(readBudgetsConfig(source, `ConfigMap ${name} in extraObjects`, at, { name, key, at }));
  }
}

/**
 * Every predefined budget of a CodeMie budgets-config.yaml is a budget id; the `platform` entry
 * is the end users' default, so it replaces the built-in default id.
 */
export function addBudgetsConfigFacts(facts: Facts, configs: BudgetsConfig[]): void {
  const seen = new Set<string>();
  const added: BudgetIdFact[] = [];
  for (const config of configs) {
    // CodeMie's chart renders extraObjects through tpl: there a `{{ .Values.x }}` id is only known rendered (--chart).
    const rendersTemplates = config.configMap !== undefined && config.at.source.kind !== "manifest";
    for (const entry of config.entries) {
      if (entry.budgetId === undefined || seen.has(entry.budgetId) || (rendersTemplates && entry.budgetId.includes("{{"))) continue;
      seen.add(entry.budgetId);
      const fact: BudgetIdFact = { id: entry.budgetId, source: "budgets-config", envName: null, scope: null, variable: null, at: entry.at("budget_id"), related: [] };
      if (entry.category !== undefined) fact.category = entry.category;
      added.push(fact);
    }
  }
  if (added.length === 0) return;
  if (added.some((fact) => fact.category === "platform")) facts.budgetIds = facts.budgetIds.filter((fact) => fact.source !== "default");
  facts.budgetIds.push(...added);
}
