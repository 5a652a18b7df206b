/**
 * `.litellm-preflight.yaml`: per-rule severity and options, budget-id env names, the default id
 * and ignored paths. Validated with Ajv against the schema built from rule meta (published as
 * schemas/config.schema.json, compiled ahead into config-validator.ts); every error names the
 * config file's line and column.
 */
import { YamlFileSource } from "../inputs/values.ts";
import { buildTree, DEFAULT_BUILD_LIMITS, toJS, yamlErrorMessage, type ParseProblem } from "../yaml/vnode.ts";
import type { EnvironmentConfig, LintOptions } from "./engine.ts";
import { UsageError } from "../core/errors.ts";
import type { RuleBase } from "./rule.ts";
import type { SeveritySetting, YamlPath } from "../core/types.ts";
import { closest } from "../core/suggest.ts";
import { HOME_URL } from "../core/version.ts";

/**
 * Names of the variables an environment's LiteLLM URL and keys come from. The config is part of
 * the pull request under review: limited to LITELLM_* / LITE_LLM_* names, a change to it can only
 * pick among the variables a workflow set for LiteLLM, never send a key to a URL held by another.
 */
const ENV_NAME = "^LITE_?LLM_[A-Za-z0-9_]*$";

/** `warn` is ESLint's spelling, accepted for `warning`. */
const SEVERITY_SETTING = { enum: ["off", "note", "warning", "warn", "error"] };

export function configSchema(rules: readonly RuleBase[]): Record<string, unknown> {
  const ruleEntries = Object.fromEntries(
    rules.map((rule) => [
      rule.meta.id,
      {
        anyOf: [
          SEVERITY_SETTING,
          {
            type: "object",
            additionalProperties: false,
            properties: { severity: SEVERITY_SETTING, options: rule.meta.optionsSchema ?? { type: "object", additionalProperties: false } },
          },
        ],
        description: rule.meta.description,
      },
    ]),
  );
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: `${HOME_URL}/blob/main/schemas/config.schema.json`,
    title: "litellm-preflight configuration (.litellm-preflight.yaml)",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      rules: { type: "object", additionalProperties: false, properties: ruleEntries },
      budgetIdEnv: {
        description: "Env names that carry the end-user budget id, in priority order",
        type: "array",
        minItems: 1,
        items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" },
      },
      defaultBudgetId: { description: "The budget id in effect where none is set", type: "string", minLength: 1, pattern: "\\S" },
      ignore: { description: "Globs of files whose findings are dropped, relative to this file's directory", type: "array", items: { type: "string", minLength: 1 } },
      limits: {
        description: "Bounds for untrusted input (docs/limits.md)",
        type: "object",
        additionalProperties: false,
        properties: {
          maxFileBytes: { description: "Largest input file or stdin, in bytes (default 134217728)", type: "integer", minimum: 1 },
          maxValuesFileBytes: { description: "Largest values file, in bytes (default 16777216): values files are parsed whole, with positions", type: "integer", minimum: 1 },
          maxDepth: { description: "Deepest YAML nesting (default 500)", type: "integer", minimum: 1, maximum: 100000 },
          maxAliases: { description: "Most YAML alias references per document (default 1000)", type: "integer", minimum: 0 },
        },
      },
      environments: {
        description: "Named environments (dev, staging, prod): `lint` with no inputs runs them all, --environment NAME some. Paths are relative to this config file",
        type: "object",
        minProperties: 1,
        propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", maxLength: 64 },
        additionalProperties: {
          type: "object",
          additionalProperties: false,
          properties: {
            values: { description: "Values files, merged in order like helm -f", type: "array", items: { type: "string", minLength: 1 } },
            set: { description: "--set assignments, applied after the files", type: "array", items: { type: "string" } },
            setString: { description: "--set-string assignments", type: "array", items: { type: "string" } },
            setLiteral: { description: "--set-literal assignments (the value is the rest of each item)", type: "array", items: { type: "string" } },
            manifests: { description: "Rendered manifest files", type: "array", items: { type: "string", minLength: 1 } },
            chart: { description: "A chart directory or reference rendered with helm template and the layers above", type: ["string", "null"], minLength: 1 },
            budgetId: { description: "The budget id this environment must get (rule budget-id-expected)", type: "string", minLength: 1 },
            litellm: {
              description: "Names of the environment variables that hold this environment's LiteLLM URL and keys (never the values)",
              type: "object",
              additionalProperties: false,
              properties: {
                urlEnv: { type: "string", pattern: ENV_NAME },
                masterKeyEnv: { type: "string", pattern: ENV_NAME },
                apiKeyEnv: { type: "string", pattern: ENV_NAME },
                keyAlias: { type: "string", minLength: 1 },
              },
            },
          },
        },
      },
      baseline: { description: "Baseline file (relative to this config file): findings recorded in it are hidden; write it with --write-baseline", type: "string", minLength: 1 },
      codemie: {
        description: "The CodeMie profile (CodeMie rules, DEFAULT_BUDGET_ID as a budget-id variable): auto turns it on when the inputs look like CodeMie's chart",
        enum: ["auto", "on", "off"],
      },
    },
  };
}

/** Every error at once, so that a user fixes them in one go; schemas from rule meta may use any keyword. */
export const CONFIG_AJV_OPTIONS = { allErrors: true, strict: false } as const;

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
type AjvClass = new (options: Record<string, unknown>) => { compile(schema: object): Validate };

/**
 * The validator of `schema`: compiled into config-validator.ts (scripts/gen-docs.ts) when it is the
 * schema of the rules the CLI runs, else compiled by Ajv now (a caller's own rules). Both load only
 * when a config file exists; Ajv and its compiling took about 70 ms of such a run.
 */
async function validatorFor(schema: Record<string, unknown>): Promise<Validate> {
  const compiled = await import("./config-validator.ts");
  if (JSON.stringify(schema) === compiled.SCHEMA_JSON) return compiled.validate as Validate;
  const ajvModule = (await import("ajv")) as unknown as { Ajv?: AjvClass; default: AjvClass | { Ajv: AjvClass } };
  const Ajv = ajvModule.Ajv ?? ("Ajv" in ajvModule.default ? ajvModule.default.Ajv : ajvModule.default);
  return new Ajv(CONFIG_AJV_OPTIONS).compile(schema);
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
  /** Set on the errors of a `propertyNames` schema: the name that failed it. */
  propertyName?: string;
}

/** Parses and validates a config file's text; throws UsageError with file:line:col. */
export async function parseConfig(name: string, text: string, rules: readonly RuleBase[], base: LintOptions): Promise<LintOptions> {
  const source = new YamlFileSource({ name, text }, "config");
  const doc = source.document;
  const where = (path: YamlPath, part: "key" | "value" = "key", offsets?: [number, number]) => {
    const { start } = source.locate(path, part, offsets);
    return `${name}:${start.line}:${start.column}`;
  };
  if (doc && doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new UsageError(`${where([], "key", [error.pos[0], error.pos[1]])}: invalid YAML: ${yamlErrorMessage(error)}`);
  }
  const problems: ParseProblem[] = [];
  const tree = doc ? buildTree(doc, source, problems) : null;
  const duplicate = problems.find((problem) => problem.kind === "duplicate-key");
  if (duplicate) throw new UsageError(`${where(duplicate.at.path, "key", duplicate.at.offsets)}: key "${duplicate.message}" is repeated`);
  // A config past the nesting or alias limits, or with an alias to no anchor, is no config read in part: it would drop every setting in silence.
  const unread = problems.find((problem) => problem.kind === "limit" || problem.kind === "syntax");
  if (unread) throw new UsageError(`${where(unread.at.path, "key", unread.at.offsets)}: ${unread.message}`);
  const config = (toJS(tree) ?? {}) as Record<string, unknown>;

  const validate = await validatorFor(configSchema(rules));
  if (!validate(config)) {
    // Every problem, one line each, in file order: a user fixes them in one go.
    const lines = configErrors((validate.errors ?? []) as AjvError[], rules).map(({ path, part, text }) => ({ at: source.locate(path, part).start, text: `${where(path, part)}: ${text}` }));
    lines.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
    throw new UsageError([...new Set(lines.map((line) => line.text))].join("\n"));
  }

  const severities: Record<string, SeveritySetting> = { ...base.severities };
  const ruleOptions: Record<string, Record<string, unknown>> = { ...base.ruleOptions };
  for (const [id, setting] of Object.entries((config.rules ?? {}) as Record<string, unknown>)) {
    if (typeof setting === "string") severities[id] = severitySetting(setting);
    else if (setting && typeof setting === "object") {
      const { severity, options } = setting as { severity?: string; options?: Record<string, unknown> };
      if (severity) severities[id] = severitySetting(severity);
      if (options) ruleOptions[id] = options;
    }
  }
  return {
    ...base,
    severities,
    ruleOptions,
    budgetIdEnv: (config.budgetIdEnv as string[] | undefined) ?? base.budgetIdEnv,
    defaultBudgetId: (config.defaultBudgetId as string | undefined) ?? base.defaultBudgetId,
    ignore: [...base.ignore, ...((config.ignore as string[] | undefined) ?? [])],
    codemie: (config.codemie as LintOptions["codemie"]) ?? base.codemie ?? "auto",
    ...(typeof config.baseline === "string" ? { baseline: config.baseline } : {}),
    ...(config.environments ? { environments: config.environments as Record<string, EnvironmentConfig> } : {}),
    ...limitsFrom(config.limits as Partial<Record<"maxFileBytes" | "maxValuesFileBytes" | "maxDepth" | "maxAliases", number>> | undefined, base),
  };
}

function severitySetting(written: string): SeveritySetting {
  return (written === "warn" ? "warning" : written) as SeveritySetting;
}

/**
 * Ajv's errors as one message per problem. An anyOf (a rule's `error` or `{severity, options}`)
 * repeats each branch's failure: per place, only the deepest ones are kept.
 */
function configErrors(errors: AjvError[], rules: readonly RuleBase[]): { path: YamlPath; part: "key" | "value"; text: string }[] {
  const pathOf = (error: AjvError): YamlPath => error.instancePath.split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  const specific = errors.filter((error) => error.keyword !== "anyOf");
  // A rule written as a string that fails the enum also fails the object branch ("must be object"): the enum says more.
  const kept = specific.filter((error) => !(error.keyword === "type" && specific.some((other) => other !== error && other.instancePath === error.instancePath && other.keyword === "enum")));
  // An object written where a string or an object may stand fails the string branch too: its own errors say more.
  const inside = (error: AjvError) => kept.some((other) => other !== error && (other.instancePath.startsWith(`${error.instancePath}/`) || (other.instancePath === error.instancePath && other.keyword === "additionalProperties")));
  // Ajv adds "property name must be valid" to the name's own pattern error.
  const said = kept.filter((error) => !((error.keyword === "enum" || error.keyword === "type") && inside(error)) && error.keyword !== "propertyNames");
  return said.map((error) => {
    const path = pathOf(error);
    if (error.keyword === "additionalProperty" || error.keyword === "additionalProperties") {
      const key = String(error.params.additionalProperty);
      const isRule = path.length === 1 && path[0] === "rules";
      const guess = closest(key, isRule ? rules.map((rule) => rule.meta.id) : []);
      const what = isRule ? `unknown rule "${key}"` : `unknown key "${key}"`;
      return { path: [...path, key], part: "key", text: `${what}${path.length ? ` in ${path.join(".")}` : ""}${guess ? `; did you mean "${guess}"?` : ""}` };
    }
    if (error.keyword === "enum") {
      const allowed = (error.params.allowedValues as unknown[]).filter((value) => value !== "warn").map(String);
      return { path, part: "value", text: `${path.join(".") || "config"} must be one of ${allowed.join(", ")}` };
    }
    if (error.propertyName !== undefined) return { path: [...path, error.propertyName], part: "key", text: `${path.join(".")} name ${JSON.stringify(error.propertyName)} ${error.message ?? "is invalid"}` };
    if (error.keyword === "minProperties" && path.join(".") === "environments") return { path, part: "value", text: "environments names none: give at least one, or leave the key out" };
    if (error.keyword === "pattern" && error.params.pattern === "\\S") return { path, part: "value", text: `${path.join(".")} takes a budget id, not white space only` };
    return { path, part: "value", text: `${path.join(".") || "config"} ${error.message ?? "is invalid"}` };
  });
}

function limitsFrom(limits: Partial<Record<"maxFileBytes" | "maxValuesFileBytes" | "maxDepth" | "maxAliases", number>> | undefined, base: LintOptions): Partial<LintOptions> {
  if (!limits) return {};
  const build = { ...DEFAULT_BUILD_LIMITS, ...base.limits };
  return {
    maxFileBytes: limits.maxFileBytes ?? base.maxFileBytes,
    maxValuesFileBytes: limits.maxValuesFileBytes ?? base.maxValuesFileBytes,
    limits: { maxDepth: limits.maxDepth ?? build.maxDepth, maxAliases: limits.maxAliases ?? build.maxAliases },
  };
}
