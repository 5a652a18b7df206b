/**
 * SARIF 2.1.0: every fixture's SARIF validates against the official schema and GitHub's ingestion
 * rules; one complete document is pinned as a golden file (UPDATE_GOLDEN=1 rewrites it); rule
 * metadata, locations, fingerprints, limits and secrecy are checked one by one.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/registry.ts";
import { DEFAULT_OPTIONS, lint } from "../../src/engine/engine.ts";
import { docsUrl } from "../../src/engine/rule.ts";
import type { Finding, LintResult } from "../../src/core/types.ts";
import { buildSarif, DEFAULT_SARIF_CATEGORY, formatSarif, limitSentences, MAX_SARIF_RESULTS, sarifText, type SarifOptions } from "../../src/format/sarif.ts";
import { batched } from "../../src/io/files.ts";
import { mergeEnvironments } from "../../src/format/environments.ts";
import { ITEMS_PER_PIECE, plainLine } from "../../src/format/common.ts";
import type { SetInput, TextInput } from "../../src/inputs/values.ts";
import { casesIn, FIXTURES, lintCase, ROOT } from "../support/fixtures.ts";
import { githubIngestionProblems, sarifSchemaErrors, snippetKeys, type SarifLog } from "../support/sarif.ts";

const TOOL = { name: "litellm-preflight", version: "0.1.0" };

/**
 * The rules the crafted inputs below exercise. Linting with exactly these keeps the golden file and
 * the expectations stable when rules are added to the registry (the fixture test uses them all).
 */
const CORE_IDS = ["budget-id-invalid", "budget-id-mismatch", "duplicate-key", "env-duplicate", "env-value-type", "plaintext-credential", "suppression-directive", "yaml-syntax"];
const CORE_RULES = CORE_IDS.map((id) => {
  const rule = rules.find((candidate) => candidate.meta.id === id);
  if (!rule) throw new Error(`rule ${id} is not in the registry`);
  return rule;
});
const GOLDEN = join(ROOT, "test", "unit", "golden.sarif");

function options(overrides: Partial<SarifOptions> = {}): SarifOptions {
  return { rules, tool: TOOL, root: ROOT, cwd: ROOT, category: DEFAULT_SARIF_CATEGORY, ...overrides };
}

function sarif(result: LintResult, overrides: Partial<SarifOptions> = {}): SarifLog {
  return buildSarif(result, options(overrides)) as SarifLog;
}

function expectValid(log: SarifLog): void {
  expect(sarifSchemaErrors(log)).toEqual([]);
  expect(githubIngestionProblems(log)).toEqual([]);
  expect(snippetKeys(log)).toEqual([]);
}

async function lintTexts(values: TextInput[], manifests: TextInput[] = [], sets: SetInput[] = []): Promise<LintResult> {
  return lint({ values, sets, manifests, options: DEFAULT_OPTIONS, rules: CORE_RULES });
}

const MASTER_KEY = "sk-golden-master-0001";
const API_KEY = "sk-golden-integration-0002";

/** Inputs that make every static rule fire, with related locations, a suppression and a Secret. */
const VALUES = `extraEnv:
  - name: LITELLM_BUDGET_ID
    value: "{{ .Values.budget }}"
  - name: LITELLM_API_KEY
    value: ${API_KEY}
  # litellm-preflight-disable-next-line env-duplicate -- kept until the 2.43 chart lands
  - {name: TRIGGER_ENGINE_ENABLED, value: "false"}
  - {name: TRIGGER_ENGINE_ENABLED, value: "true"}
  - {name: MODE, value: "a"}
  - {name: MODE, value: "b"}
  - {name: LLM_PROXY_ENABLED, value: true}
image: one
image: two
# litellm-preflight-disable-next-line env-value-type
proxyPool:
  extraEnv:
    - {name: LITELLM_BUDGET_ID, value: prod-budgt}
`;
const MANIFEST = `---
# Source: codemie/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: codemie-api
  namespace: prod
spec:
  template:
    spec:
      containers:
        - name: api
          env:
            - name: LITELLM_BUDGET_ID
              value: prod-budget
            - name: LITELLM_MASTER_KEY
              value: ${MASTER_KEY}
---
# Source: codemie/templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: litellm
  namespace: prod
stringData:
  LITELLM_MASTER_KEY: ${MASTER_KEY}
---
# Source: codemie/templates/broken.yaml
apiVersion: v1
kind: ConfigMap
metadata: {name: broken
`;

async function kitchenSink(): Promise<LintResult> {
  return lintTexts(
    [{ name: "values.yaml", text: VALUES }],
    [
      { name: "rendered/all.yaml", text: MANIFEST },
      { name: "<stdin>", text: MANIFEST.replace(/codemie-api/g, "codemie-worker") },
    ],
    [
      { flag: "--set", arg: `extraEnv[1].value=${API_KEY}`, index: 0 },
      { flag: "--set-string", arg: "proxyPool.extraEnv[0].value= prod", index: 1 },
      // CodeMie deploys the proxy pool only when switched on.
      { flag: "--set", arg: "proxyPool.enabled=true", index: 2 },
    ],
  );
}

function fixtureCases() {
  const out: { rule: string; kind: string; fixture: ReturnType<typeof casesIn>[number] }[] = [];
  for (const rule of readdirSync(FIXTURES).sort()) {
    if (!statSync(join(FIXTURES, rule)).isDirectory()) continue;
    for (const kind of ["valid", "invalid"]) for (const fixture of casesIn(join(FIXTURES, rule, kind))) out.push({ rule, kind, fixture });
  }
  return out;
}

describe("every fixture's SARIF validates", () => {
  const cases = fixtureCases();
  it("there are fixtures to check", () => {
    expect(cases.filter((c) => c.kind === "invalid").length).toBeGreaterThanOrEqual(5);
  });
  for (const { rule, kind, fixture } of cases) {
    it(`${rule}/${kind}/${fixture.name}`, async () => {
      const result = await lintCase(fixture);
      const log = sarif(result);
      expectValid(log);
      const results = log.runs[0]!.results ?? [];
      expect(results.length).toBe(result.findings.filter((finding) => !finding.suppressed).length);
      if (kind === "invalid") expect(results.some((r) => r.ruleId === rule)).toBe(true);
      for (const r of results) expect(existsSync(join(ROOT, decodeURIComponent(r.locations![0]!.physicalLocation!.artifactLocation!.uri!)))).toBe(true);
    });
  }
});

describe("a complete document", () => {
  it("matches the golden file (UPDATE_GOLDEN=1 rewrites it) and validates", async () => {
    const result = await kitchenSink();
    result.live = {
      status: "inconclusive",
      requests: 3,
      reason: "GET /budget/info answered 403: LITELLM_MASTER_KEY lacks the admin role",
      litellmVersion: "1.80.12",
      notices: ["the proxy is older than 1.75 and has no /v2/key/info; used /key/info"],
    };
    const text = formatSarif(result, options({ rules: CORE_RULES, root: "/repo", cwd: "/repo/deploy", category: "prod-values" }));
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, text);
    expect(existsSync(GOLDEN), `${GOLDEN} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
    expect(text).toBe(readFileSync(GOLDEN, "utf8"));
    expectValid(JSON.parse(text) as SarifLog);
  });

  it("is written result by result as exactly the pretty-printed log", async () => {
    const result = await kitchenSink();
    expect(result.findings.length).toBeGreaterThan(1);
    for (const findings of [result.findings, []]) {
      const subject = { ...result, findings };
      expect(formatSarif(subject, options())).toBe(`${JSON.stringify(buildSarif(subject, options()), null, 2)}\n`);
    }
  });

  it("comes in pieces, one per ITEMS_PER_PIECE results, that batched() joins into writes of a given size", async () => {
    const result = await kitchenSink();
    const pieces = [...sarifText(result, options())];
    // The log's head, the run before its results, "[", two pieces (separator, results) per ITEMS_PER_PIECE results, "]", the rest of the run, the log's end.
    expect(pieces.length).toBe(2 * Math.ceil(result.findings.filter((finding) => !finding.suppressed).length / ITEMS_PER_PIECE) + 6);
    expect(pieces.join("")).toBe(formatSarif(result, options()));
    const many = Array.from({ length: 3000 }, (_, i) => `${i}`.padEnd(1000, "x"));
    const writes = [...batched(many, 1 << 20)];
    expect(writes.join("")).toBe(many.join(""));
    expect(writes).toHaveLength(3);
    expect(writes.slice(0, -1).every((write) => write.length >= 1 << 20)).toBe(true);
    expect([...batched([])]).toEqual([]);
    expect([...batched(many)].every((write) => write.length <= (1 << 16) + 1000)).toBe(true);
  });

  it("never contains a key, a Secret value or a snippet", async () => {
    const result = await kitchenSink();
    expect(result.findings.some((finding) => finding.snippet !== undefined)).toBe(true);
    const text = formatSarif(result, options());
    expect(text).not.toContain(MASTER_KEY);
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain("sk-golden");
    expect(text).not.toMatch(/"snippet"|"contents"/);
    const results = JSON.stringify((JSON.parse(text) as SarifLog).runs[0]!.results);
    for (const finding of result.findings) if (finding.snippet) expect(results).not.toContain(JSON.stringify(finding.snippet.trim()).slice(1, -1));
  });

  it("covers every static rule and leaves suppressed findings out, with a notification", async () => {
    const result = await kitchenSink();
    const log = sarif(result, { rules: CORE_RULES });
    const results = log.runs[0]!.results!;
    expect([...new Set(results.map((r) => r.ruleId))].sort()).toEqual([...CORE_IDS].sort());
    const suppressed = result.findings.filter((finding) => finding.suppressed);
    expect(suppressed.length).toBeGreaterThan(0);
    expect(results.length).toBe(result.findings.length - suppressed.length);
    const notifications = log.runs[0]!.invocations![0]!.toolExecutionNotifications!;
    expect(notifications.some((n) => n.descriptor?.id === "suppressed-findings" && n.message.text.includes(`${suppressed.length} finding`))).toBe(true);
  });
});

describe("tool.driver.rules", () => {
  it("maps rule meta 1:1", () => {
    const log = sarif({ findings: [], budgetIds: [], live: { status: "skipped", requests: 0, notices: [] }, stats: { valuesFiles: 0, manifestDocuments: 0, workloads: 0 } });
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: "litellm-preflight", version: "0.1.0", semanticVersion: "0.1.0", informationUri: "https://github.com/litellm-preflight/litellm-preflight" });
    expect(driver.rules!.map((rule) => rule.id)).toEqual(rules.map((rule) => rule.meta.id));
    for (const [i, rule] of rules.entries()) {
      const { meta } = rule;
      const descriptor = driver.rules![i]!;
      expect(descriptor).toMatchObject({
        id: meta.id,
        name: meta.name,
        shortDescription: { text: meta.description },
        fullDescription: { text: limitSentences(meta.details, 1024) },
        help: { text: meta.remediation },
        helpUri: docsUrl(meta.id),
        defaultConfiguration: { level: meta.defaultSeverity },
      });
      const full = (descriptor.fullDescription as { text: string }).text;
      expect(full.length).toBeLessThanOrEqual(1024);
      expect(meta.details.startsWith(full.replace(/…$/, ""))).toBe(true);
      const markdown = (descriptor.help as { markdown: string }).markdown;
      expect(markdown.startsWith(meta.remediation)).toBe(true);
      expect(markdown).toContain(`\`\`\`yaml\n${meta.example}\n\`\`\``);
      const properties = descriptor.properties as Record<string, unknown>;
      expect(properties.tags).toEqual(meta.tags);
      expect(properties.precision).toBe("high");
      expect(properties["security-severity"]).toBe(meta.securitySeverity);
      expect("security-severity" in properties).toBe(meta.securitySeverity !== undefined);
    }
    for (const id of ["plaintext-credential", "litellm-key-unlimited"]) {
      const descriptor = driver.rules!.find((rule) => rule.id === id);
      if (descriptor) expect((descriptor.properties as Record<string, unknown>)["security-severity"]).toMatch(/^\d+(\.\d+)?$/);
    }
  });

  it("gives an unknown rule id a minimal descriptor instead of a dangling ruleIndex", async () => {
    const result = await lintTexts([{ name: "values.yaml", text: "image: one\nimage: two\n" }]);
    const log = sarif(result, { rules: [] });
    expectValid(log);
    expect(log.runs[0]!.tool.driver.rules!.map((rule) => rule.id)).toEqual(["duplicate-key"]);
  });
});

describe("results", () => {
  it("have a sentence message, full region, root-relative URI and related locations", async () => {
    const result = await lintTexts([{ name: "values.yaml", text: "extraEnv:\n  - {name: A, value: \"1\"}\n  - {name: A, value: \"2\"}\n" }]);
    const log = sarif(result, { root: "/repo", cwd: "/repo/charts/app" });
    const [r] = log.runs[0]!.results!;
    expect(r).toMatchObject({
      ruleId: "env-duplicate",
      level: "warning",
      locations: [{ physicalLocation: { artifactLocation: { uri: "charts/app/values.yaml" }, region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 26 } } }],
      relatedLocations: [{ id: 1, physicalLocation: { artifactLocation: { uri: "charts/app/values.yaml" }, region: { startLine: 3, startColumn: 5 } } }],
    });
    expect(r!.message.text).toMatch(/^A is defined again at line 3; that later entry wins \("2" replaces "1"\)\. See also \[charts\/app\/values\.yaml:3:5\]\(1\)\.$/);
    expect(log.runs[0]!.tool.driver.rules![r!.ruleIndex!]!.id).toBe("env-duplicate");
  });

  it("capitalise a leading word but never an identifier, and end with a period", async () => {
    const result = await kitchenSink();
    for (const r of sarif(result).runs[0]!.results!) {
      const first = r.message.text.split(/(?<=\.) /)[0]!;
      expect(first).toMatch(/[.!?]$/);
      expect(first).toMatch(/^[A-Z"'(\d]|^[a-z]+[_.]/);
    }
  });

  it("keep <stdin> and --set findings with a non-file URI and say where the value came from", async () => {
    const log = sarif(await kitchenSink());
    const results = log.runs[0]!.results!;
    const stdin = results.filter((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri === "%3Cstdin%3E");
    expect(stdin.length).toBeGreaterThan(0);
    expect(stdin.every((r) => r.message.text.includes("read from stdin"))).toBe(true);
    const set = results.filter((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri!.startsWith("--set"));
    expect(set.length).toBeGreaterThan(0);
    expect(set.some((r) => /Set by the (1st --set|2nd --set-string) flag\./.test(r.message.text))).toBe(true);
  });

  it("encode URIs and keep paths outside the root relative", () => {
    const finding: Finding = {
      ruleId: "duplicate-key",
      messageId: "duplicate",
      message: "x",
      severity: "warning",
      location: { file: "dir with space/v#1%.yaml", path: ["a"], start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
      related: [{ file: "../outside.yaml", path: ["b"], start: { line: 2, column: 1 }, end: { line: 2, column: 2 } }],
    };
    const log = sarif({ findings: [finding], budgetIds: [], live: { status: "skipped", requests: 0, notices: [] }, stats: { valuesFiles: 1, manifestDocuments: 0, workloads: 0 } }, { root: "/repo", cwd: "/repo/a" });
    expectValid(log);
    const r = log.runs[0]!.results![0]!;
    expect(r.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe("a/dir%20with%20space/v%231%25.yaml");
    expect(r.relatedLocations![0]!.physicalLocation!.artifactLocation!.uri).toBe("outside.yaml");
    const outside = sarif({ findings: [finding], budgetIds: [], live: { status: "skipped", requests: 0, notices: [] }, stats: { valuesFiles: 1, manifestDocuments: 0, workloads: 0 } }, { root: "/repo/a", cwd: "/repo/a" });
    expect(outside.runs[0]!.results![0]!.relatedLocations![0]!.physicalLocation!.artifactLocation!.uri).toBe("../outside.yaml");
  });
});

describe("regions and roots", () => {
  it("never go below line and column 1, nor end before they start", () => {
    const bad: Finding = {
      ruleId: "yaml-syntax",
      messageId: "syntax",
      message: "broken",
      severity: "error",
      location: { file: "values.yaml", path: [], start: { line: 0, column: 0 }, end: { line: 0, column: -3 } },
      related: [],
    };
    const log = sarif({ findings: [bad], budgetIds: [], live: { status: "skipped", requests: 0, notices: [] }, stats: { valuesFiles: 1, manifestDocuments: 0, workloads: 0 } });
    expectValid(log);
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });

});

describe("fingerprints", () => {
  const base = "extraEnv:\n  - {name: A, value: \"1\"}\n  - {name: A, value: \"2\"}\nimage: one\nimage: two\n";
  const hashes = (log: SarifLog) => log.runs[0]!.results!.map((r) => [r.ruleId, r.partialFingerprints!.primaryLocationLineHash, r.locations![0]!.physicalLocation!.region!.startLine] as const);

  it("survive edits that only move lines", async () => {
    const before = hashes(sarif(await lintTexts([{ name: "values.yaml", text: base }])));
    const after = hashes(sarif(await lintTexts([{ name: "values.yaml", text: `# a comment\nreplicas: 2\n\n${base}` }])));
    expect(after.map(([rule, hash]) => [rule, hash])).toEqual(before.map(([rule, hash]) => [rule, hash]));
    expect(after.map(([, , line]) => line)).toEqual(before.map(([, , line]) => (line ?? 0) + 3));
    for (const [, hash] of before) expect(hash).toMatch(/^[0-9a-f]{32}:\d+$/);
  });

  it("differ by file, path and object, and count repeats", async () => {
    const one = hashes(sarif(await lintTexts([{ name: "values.yaml", text: base }])));
    const other = hashes(sarif(await lintTexts([{ name: "prod-values.yaml", text: base }])));
    expect(new Set([...one, ...other].map(([, hash]) => hash)).size).toBe(one.length + other.length);
    const log = sarif(await kitchenSink());
    const all = log.runs[0]!.results!.map((r) => r.partialFingerprints!.primaryLocationLineHash!);
    expect(new Set(all).size).toBe(all.length);
    const manifest = log.runs[0]!.results!.filter((r) => r.ruleId === "plaintext-credential" && (r.properties?.object as { kind?: string } | undefined)?.kind === "Deployment");
    expect(manifest.length).toBe(2); // rendered/all.yaml and <stdin>: same path, different artifacts
  });

  it("use the rendered object, not the document number", async () => {
    const swapped = MANIFEST.split(/^---\n/m).filter(Boolean).reverse().map((doc) => `---\n${doc}`).join("");
    const hashOf = async (text: string) =>
      sarif(await lintTexts([], [{ name: "all.yaml", text }])).runs[0]!.results!.find((r) => r.ruleId === "plaintext-credential" && (r.properties?.object as { kind?: string }).kind === "Deployment")!.partialFingerprints!.primaryLocationLineHash;
    expect(await hashOf(swapped)).toBe(await hashOf(MANIFEST));
  });
});

describe("run metadata", () => {
  it("one run per environment up to code scanning's 20 runs a file; more share one run whose results name their environments", async () => {
    const shared = await lintTexts([{ name: "values.yaml", text: "extraEnv:\n  - {name: A, value: true}\n" }]);
    const own = await lintTexts([{ name: "prod.yaml", text: "extraEnv:\n  - {name: B, value: 1}\n" }]);
    const environments = (count: number) => mergeEnvironments(Array.from({ length: count }, (_, i) => ({ name: `env-${i}`, result: i === 0 ? own : shared })));
    const twenty = sarif(environments(20));
    expectValid(twenty);
    expect(twenty.runs.map((run) => run.automationDetails!.id)).toEqual(Array.from({ length: 20 }, (_, i) => `litellm-preflight/env-${i}/`));
    const many = sarif(environments(21));
    expectValid(many);
    expect(many.runs).toHaveLength(1);
    const [run] = many.runs;
    expect(run!.automationDetails!.id).toBe("litellm-preflight/");
    expect(run!.invocations![0]!.toolExecutionNotifications!.map((n) => n.message.text)).toContain("The 21 environments share this run, because code scanning rejects a file with more than 20 runs; each result names its environments.");
    expect(run!.results!.map((result) => result.message.text.match(/In environments? [^.]*\./)?.[0])).toEqual([
      "In environment env-0.",
      `In environments ${Array.from({ length: 20 }, (_, i) => `env-${i + 1}`).join(", ")}.`,
    ]);
  });

  it("sets the category (adding a trailing slash) and reports live checks as notifications", async () => {
    const result = await lintTexts([{ name: "values.yaml", text: "a: 1\n" }]);
    const run = (category: string) => sarif(result, { category }).runs[0]!;
    expect(run("litellm-preflight/").automationDetails!.id).toBe("litellm-preflight/");
    expect(run("prod").automationDetails!.id).toBe("prod/");
    expect(run("").automationDetails!.id).toBe(DEFAULT_SARIF_CATEGORY);
    const skipped = run("x").invocations![0]!;
    expect(skipped.executionSuccessful).toBe(true);
    expect(skipped.toolExecutionNotifications).toEqual([
      { descriptor: { id: "live-checks", index: 0 }, level: "note", message: { text: "Live LiteLLM checks were skipped: no LiteLLM URL given." } },
    ]);
    result.live = { status: "inconclusive", requests: 2, reason: "connection refused", notices: ["a notice"] };
    const inconclusive = sarif(result);
    expectValid(inconclusive);
    expect(inconclusive.runs[0]!.invocations![0]!.toolExecutionNotifications!.map((n) => [n.level, n.message.text])).toEqual([
      ["warning", "Live LiteLLM checks were inconclusive (2 requests): connection refused."],
      ["note", "Live checks: a notice."],
    ]);
  });

  it(`caps results at ${MAX_SARIF_RESULTS.toLocaleString("en-US")}, keeping the most severe, with a notification`, () => {
    const make = (i: number, severity: Finding["severity"]): Finding => ({
      ruleId: "duplicate-key",
      messageId: "duplicate",
      message: `key ${i} is repeated`,
      severity,
      location: { file: "values.yaml", path: ["k", i], start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 } },
      related: [],
    });
    const findings = [...Array.from({ length: MAX_SARIF_RESULTS + 2 }, (_, i) => make(i, "note")), make(MAX_SARIF_RESULTS + 2, "error"), make(MAX_SARIF_RESULTS + 3, "warning")];
    const log = sarif({ findings, budgetIds: [], live: { status: "skipped", requests: 0, notices: [] }, stats: { valuesFiles: 1, manifestDocuments: 0, workloads: 0 } });
    const results = log.runs[0]!.results!;
    expect(results.length).toBe(MAX_SARIF_RESULTS);
    expect(results.filter((r) => r.level !== "note").length).toBe(2);
    expect(githubIngestionProblems(log)).toEqual([]);
    const notice = log.runs[0]!.invocations![0]!.toolExecutionNotifications!.find((n) => n.descriptor?.id === "results-truncated");
    expect(notice?.message.text).toContain("25,000 most severe of 25,004 results");
  });

  it("keeps a security rule's result when as many errors of another rule come before it", () => {
    const make = (i: number, ruleId: string): Finding => ({
      ruleId,
      messageId: "m",
      message: `problem ${i}`,
      severity: "error",
      location: { file: "values.yaml", path: ["k", i], start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 } },
      related: [],
    });
    const findings = [...Array.from({ length: MAX_SARIF_RESULTS + 5 }, (_, i) => make(i, "env-value-type")), make(MAX_SARIF_RESULTS + 5, "plaintext-credential")];
    const results = sarif({ findings, budgetIds: [], live: { status: "skipped", requests: 0, notices: [] }, stats: { valuesFiles: 1, manifestDocuments: 0, workloads: 0 } }).runs[0]!.results!;
    expect(results.length).toBe(MAX_SARIF_RESULTS);
    expect(results.filter((r) => r.ruleId === "plaintext-credential").length).toBe(1);
    // In file order still.
    expect(results.at(-1)?.ruleId).toBe("plaintext-credential");
  });
});

describe("plain lines", () => {
  it("collapse white space as one replacement of every run did, and mask key-shaped tokens", () => {
    const reference = (text: string) => text.replace(/\s+/g, " ").trim().replace(/\b(sk|pk)-[A-Za-z0-9_-]{3,}/g, "$1-****");
    const piece = fc.constantFrom(" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2028", " \t ", "word", "a.b", "sk-1234567890abcdef", "pk-abc", "sk-ab", "task-1234", "k-", "-", "é");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join("");
        expect(plainLine(text)).toBe(reference(text));
      }),
      { numRuns: 2000, seed: 9 },
    );
  });
});
