/**
 * Generates docs/rules/<id>.md, the README rule table and schemas/config.schema.json from rule meta.
 * `--check` fails (exit 1) when a generated file is out of date; CI runs that mode through a test.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { rules } from "../rules/registry.ts";
import { configSchema } from "../src/engine/config.ts";
import type { RuleBase } from "../src/engine/rule.ts";

export function rulePage(rule: RuleBase): string {
  const { meta } = rule;
  const messages = Object.values(meta.messages as Record<string, string>).map((message) => `- ${message}`).join("\n");
  const options = meta.optionsSchema
    ? Object.entries((meta.optionsSchema.properties ?? {}) as Record<string, { type?: string; description?: string }>)
        .map(([name, schema]) => `| \`${name}\` | ${schema.type ?? ""} | ${schema.description ?? ""} | \`${JSON.stringify(meta.defaultOptions?.[name])}\` |`)
        .join("\n")
    : "";
  return `<!-- Generated from rules/${meta.id}.ts by scripts/gen-docs.ts; edit the rule's meta, not this file. -->
# ${meta.id}

${meta.description}.

| Default severity | Input | Tags |
| --- | --- | --- |
| ${meta.defaultSeverity} | ${meta.input} | ${meta.tags.join(", ")}${meta.securitySeverity ? ` (security-severity ${meta.securitySeverity})` : ""} |

## Details

${meta.details}

## How to fix

${meta.remediation}

\`\`\`yaml
${meta.example}
\`\`\`

## Messages

${messages}

## Options

${options ? `| Option | Type | Description | Default |\n| --- | --- | --- | --- |\n${options}\n\nSet them in \`.litellm-preflight.yaml\`:\n\n\`\`\`yaml\nrules:\n  ${meta.id}:\n    severity: ${meta.defaultSeverity}\n    options: {}\n\`\`\`` : "None. Only the severity can be changed:"}
${options ? "" : `\n\`\`\`yaml\nrules:\n  ${meta.id}: off   # or note | warning | error\n\`\`\``}

## When not to use it

Turn it off in \`.litellm-preflight.yaml\` when your platform does not use what it checks; to silence one
occurrence, put \`# litellm-preflight-disable-next-line ${meta.id} -- reason\` above the line.
`;
}

export function ruleTable(): string {
  const rows = rules.map(({ meta }) => `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.defaultSeverity} | ${meta.input} | ${meta.description} |`);
  return ["| Rule | Severity | Input | What it finds |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

const README_START = "<!-- rules:start -->";
const README_END = "<!-- rules:end -->";

export function generatedFiles(readme: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const rule of rules) files.set(`docs/rules/${rule.meta.id}.md`, rulePage(rule));
  files.set("schemas/config.schema.json", `${JSON.stringify(configSchema(rules), null, 2)}\n`);
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start !== -1 && end > start) files.set("README.md", `${readme.slice(0, start + README_START.length)}\n${ruleTable()}\n${readme.slice(end)}`);
  return files;
}

if (import.meta.main) {
  const check = process.argv.includes("--check");
  const files = generatedFiles(readFileSync("README.md", "utf8"));
  let stale = 0;
  mkdirSync("docs/rules", { recursive: true });
  mkdirSync("schemas", { recursive: true });
  for (const [path, text] of files) {
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {}
    if (current === text) continue;
    stale++;
    if (check) console.error(`${path} is out of date: run npm run docs`);
    else writeFileSync(path, text);
  }
  if (check && stale > 0) process.exit(1);
}
