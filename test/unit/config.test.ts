/**
 * The config's validator compiled ahead (src/engine/config-validator.ts, from scripts/gen-docs.ts)
 * against Ajv compiling the schema at run time: the same options, or the same message, for every
 * config. A rule list other than the CLI's takes the run-time path, which is how it is reached here.
 */
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { rules } from "../../rules/registry.ts";
import { CONFIG_AJV_OPTIONS, configSchema, parseConfig } from "../../src/engine/config.ts";
import { SCHEMA_JSON, validate } from "../../src/engine/config-validator.ts";
import { DEFAULT_OPTIONS } from "../../src/engine/engine.ts";
import { defineRule, type RuleBase } from "../../src/engine/rule.ts";

/** One rule more than the CLI's: its schema differs, so parseConfig compiles it with Ajv. */
const extra = defineRule({
  meta: { id: "zz-extra-test-rule", name: "zz", input: "values", defaultSeverity: "warning", description: "x", details: "x", remediation: "x", example: "a: 1", tags: [], messages: { m: "m" } },
  check() {},
});
const withExtra = [...rules, extra];

const CONFIGS: [string, string][] = [
  ["a full valid config", "rules:\n  env-duplicate: error\n  plaintext-credential: {severity: warn, options: {names: [MY_KEY]}}\nbudgetIdEnv: [LITELLM_BUDGET_ID, DEFAULT_BUDGET_ID]\ndefaultBudgetId: default\nignore: ['legacy/**']\nlimits: {maxFileBytes: 1000000, maxDepth: 100, maxAliases: 0}\ncodemie: auto\nbaseline: b.json\nenvironments:\n  prod:\n    values: [a.yaml, b.yaml]\n    set: ['x=1']\n    setLiteral: ['y=a,b']\n    chart: null\n    budgetId: prod\n    litellm: {urlEnv: LITELLM_URL_PROD, keyAlias: k}\n"],
  ["an empty config", ""],
  ["an unknown key and an unknown rule with a did-you-mean", "rulez: {}\nrules:\n  env-duplicat: error\n"],
  ["a bad severity and a severity of the wrong type", "rules:\n  env-duplicate: loud\n  env-value-type: 3\n"],
  ["rule options of the wrong shape", "rules:\n  plaintext-credential: {options: {names: MY_KEY}}\n  env-duplicate: {options: {x: 1}}\n"],
  ["budget-id settings out of their patterns", "budgetIdEnv: ['1BAD', '']\ndefaultBudgetId: '   '\n"],
  ["limits of the wrong type or range", "limits: {maxFileBytes: 0, maxDepth: 1.5, maxAliases: -1, other: 2}\n"],
  ["environments: a bad name, unknown keys and variables outside LITELLM_*", "environments:\n  'bad name': {values: [a.yaml]}\n  dev:\n    value: [a.yaml]\n    litellm: {urlEnv: HOME, masterKeyEnv: LITELLM_KEY}\n    manifests: ['']\n"],
  ["no environment named", "environments: {}\n"],
  ["a config that is no mapping", "- a\n- b\n"],
  ["a bad codemie profile and a baseline of the wrong type", "codemie: sometimes\nbaseline: [a]\n"],
];

async function outcome(text: string, ruleList: readonly RuleBase[]): Promise<string> {
  try {
    const options = await parseConfig(".litellm-preflight.yaml", text, ruleList, DEFAULT_OPTIONS);
    return JSON.stringify(options);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

describe("the config validator compiled ahead", () => {
  it("is compiled from the schema of the CLI's rules (npm run docs keeps it so)", () => {
    expect(SCHEMA_JSON).toBe(JSON.stringify(configSchema(rules)));
    expect(JSON.stringify(configSchema(withExtra))).not.toBe(SCHEMA_JSON);
  });

  it.each(CONFIGS)("gives what Ajv compiling at run time gives for %s", async (name, text) => {
    const [ahead, now] = await Promise.all([outcome(text, rules), outcome(text, withExtra)]);
    expect(ahead).toBe(now);
    // All but the first two are refused, each problem on its own line.
    expect(ahead.startsWith("error: ")).toBe(!/valid config|empty config/.test(name));
  });

  it("answers as Ajv compiling the same schema now, errors and all", () => {
    const now = new Ajv(CONFIG_AJV_OPTIONS).compile(configSchema(rules));
    const data: unknown[] = [
      ...CONFIGS.map(([, text]) => parse(text) ?? {}),
      // Past what YAML gives: code points against UTF-16 units, non-finite numbers, prototype keys.
      { defaultBudgetId: "\u{1F600}", budgetIdEnv: ["A\u{1F600}"], environments: { "\u{1F600}": {} } },
      { limits: { maxFileBytes: Infinity, maxDepth: Number.NaN, maxAliases: -0 } },
      JSON.parse('{"__proto__": {"x": 1}, "rules": {"constructor": "error"}}'),
    ];
    const ahead = validate as typeof validate & { errors?: unknown[] | null };
    for (const config of data) {
      expect(ahead(config), JSON.stringify(config)).toBe(now(config));
      expect(ahead.errors ?? null).toEqual(now.errors ?? null);
    }
  });

  it("reports every problem of a config, one line each, with its place", async () => {
    const result = await outcome(CONFIGS[2]![1], rules);
    expect(result).toBe('error: .litellm-preflight.yaml:1:1: unknown key "rulez"\n.litellm-preflight.yaml:3:3: unknown rule "env-duplicat" in rules; did you mean "env-duplicate"?');
  });
});
