/** The GitHub renderers: workflow-command annotations (escaping, caps, priority) and the job summary. */
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/registry.ts";
import { docsUrl } from "../../src/engine/rule.ts";
import type { Finding, LintResult, Severity } from "../../src/core/types.ts";
import { prioritise, rebaseResult, sentence, wholeText } from "../../src/format/common.ts";
import { ANNOTATIONS_PER_LEVEL, escapeData, escapeProperty, githubText } from "../../src/format/github.ts";
import { formatSummary, MAX_SUMMARY_BYTES, MAX_SUMMARY_FINDINGS } from "../../src/format/summary.ts";

const formatGithub = (...args: Parameters<typeof githubText>): string => wholeText(githubText(...args));

function finding(ruleId: string, severity: Severity, line: number, overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    messageId: "m",
    message: `problem on line ${line}`,
    severity,
    location: { file: "values.yaml", path: ["a", line], start: { line, column: 3 }, end: { line, column: 9 } },
    related: [],
    ...overrides,
  };
}

function result(findings: Finding[], extra: Partial<LintResult> = {}): LintResult {
  return { findings, budgetIds: [], live: { status: "skipped", requests: 0, reason: "no LiteLLM URL given", notices: [] }, stats: { valuesFiles: 1, manifestDocuments: 0, workloads: 0 }, ...extra };
}

const commands = (text: string) => text.split("\n").filter((line) => /^::(error|warning|notice) /.test(line));

describe("escaping", () => {
  it("follows @actions/core for data and properties", () => {
    expect(escapeData("100%\r\nnext: a,b")).toBe("100%25%0D%0Anext: a,b");
    expect(escapeProperty("100%\r\nnext: a,b")).toBe("100%25%0D%0Anext%3A a%2Cb");
  });

  it("escapes file names and messages in annotations", () => {
    const text = formatGithub(
      result([finding("duplicate-key", "warning", 2, { message: "key \"a:b,c\" is 100% repeated\nagain", location: { file: "dir,x/v:1.yaml", path: [], start: { line: 2, column: 1 }, end: { line: 3, column: 4 } } })]),
      rules,
    );
    // Columns only on one line: GitHub refuses them on a range over several lines.
    expect(text).toBe("::warning file=dir%2Cx/v%3A1.yaml,line=2,endLine=3,title=duplicate-key::Key \"a:b,c\" is 100%25 repeated again.\n");
  });

  it("shows control characters from the files as escapes, in annotations, log lines and the job summary", () => {
    const message = 'budget id "a\u001b[8mhidden\u001b[0m\u0007" differs';
    const many = Array.from({ length: ANNOTATIONS_PER_LEVEL + 1 }, (_, i) => finding("budget-id-mismatch", "warning", i + 1, { message, location: { file: "v\u001b.yaml", path: [], start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 4 } } }));
    const text = formatGithub(result(many), rules);
    expect(text).toContain("::warning file=v\\u001b.yaml,line=1,endLine=1,col=1,endColumn=4,title=budget-id-mismatch::Budget id \"a\\u001b[8mhidden\\u001b[0m\\u0007\" differs.\n");
    // The eleventh is a log line.
    expect(text).toContain('v\\u001b.yaml:11:1: warning: Budget id "a\\u001b[8mhidden');
    const summary = formatSummary(result(many), rules);
    // eslint-disable-next-line no-control-regex
    for (const output of [text, summary]) expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });

  it("lets no text from the files form a workflow command in a log line or in stylish output", async () => {
    // actions/runner ActionCommand.cs: `::` after leading white space (TryParseV2), `##[` anywhere (TryParse).
    const runnerReads = (line: string) => line.trimStart().startsWith("::") || line.includes("##[");
    const ours = /^::(error|warning|notice) |^::(group|endgroup)::/;
    const hostile = Array.from({ length: ANNOTATIONS_PER_LEVEL + 2 }, (_, i) =>
      finding("env-value-type", "error", i + 1, {
        message: "value of FLAG##[error title=spoofed]injected is a boolean",
        snippet: "  - {name: 'FLAG##[warning file=x]', value: true}",
        location: { file: i % 2 ? " ::warning::approved-values.yaml" : "\t::notice::x.yaml", path: [], start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 4 } },
      }),
    );
    const annotated = formatGithub(result(hostile), rules).split("\n");
    expect(annotated.filter((line) => !ours.test(line) && line !== "").length).toBe(2);
    for (const line of annotated) if (!ours.test(line)) expect(runnerReads(line), line).toBe(false);
    const { stylishText } = await import("../../src/format/stylish.ts");
    for (const line of wholeText(stylishText(result(hostile), { color: false, quiet: false })).split("\n")) expect(runnerReads(line), line).toBe(false);
  });

  it("shows an invisible byte-order mark inside a value as an escape", async () => {
    const { printable } = await import("../../src/format/safe-text.ts");
    expect(printable('budget id "\ufeffteam"')).toBe('budget id "\\ufeffteam"');
  });

  it("gives <stdin> and --set findings no file and says where they came from", () => {
    const text = formatGithub(
      result([
        finding("budget-id-invalid", "error", 1, { location: { file: "--set", path: ["x"], start: { line: 2, column: 5 }, end: { line: 2, column: 9 } } }),
        finding("plaintext-credential", "error", 1, {
          location: { file: "<stdin>", path: ["x"], start: { line: 7, column: 5 }, end: { line: 7, column: 9 }, object: { apiVersion: "apps/v1", kind: "Deployment", namespace: "prod", name: "api" } },
        }),
      ]),
      rules,
    );
    expect(commands(text)).toEqual([
      "::error title=plaintext-credential::Problem on line 1 (from <stdin>:7:5, Deployment prod/api).",
      "::error title=budget-id-invalid::Problem on line 1 (from --set #2, column 5).",
    ]);
  });
});

describe("caps and priority", () => {
  it(`emits at most ${ANNOTATIONS_PER_LEVEL} per level and one overflow notice; the rest go to a folded group`, () => {
    const findings = [
      ...Array.from({ length: 25 }, (_, i) => finding(i % 2 ? "env-value-type" : "plaintext-credential", "error", i + 1)),
      ...Array.from({ length: 12 }, (_, i) => finding("env-duplicate", "warning", 100 + i)),
      ...Array.from({ length: 15 }, (_, i) => finding("duplicate-key", "note", 200 + i)),
      finding("duplicate-key", "error", 300, { suppressed: { reason: "r" } }),
    ];
    const text = formatGithub(result(findings), rules);
    const lines = commands(text);
    expect(lines.filter((line) => line.startsWith("::error ")).length).toBe(10);
    expect(lines.filter((line) => line.startsWith("::warning ")).length).toBe(10);
    expect(lines.filter((line) => line.startsWith("::notice ")).length).toBe(10);
    expect(lines.at(-1)).toBe(
      "::notice title=litellm-preflight::23 more findings (15 errors, 2 warnings, 6 notes) did not fit GitHub's limit of 10 annotations per level; the job summary and the SARIF report list them all.",
    );
    expect(text).toContain("::group::23 more findings without an annotation\n");
    expect(text).toContain("::endgroup::\n");
    expect(text).not.toContain("line=300,"); // suppressed
    expect(text.split("\n").filter((line) => line.startsWith("values.yaml:")).length).toBe(23);
  });

  it("puts errors first, security rules first, one of each rule before a second of any", () => {
    const findings = [finding("env-value-type", "error", 1), finding("env-value-type", "error", 2), finding("duplicate-key", "warning", 3), finding("plaintext-credential", "error", 4), finding("plaintext-credential", "error", 5)];
    expect(prioritise(findings, rules).map((f) => `${f.ruleId}:${f.location.start.line}`)).toEqual([
      "plaintext-credential:4",
      "env-value-type:1",
      "plaintext-credential:5",
      "env-value-type:2",
      "duplicate-key:3",
    ]);
    const lines = commands(formatGithub(result(findings), rules));
    expect(lines.map((line) => /title=([\w-]+)/.exec(line)![1])).toEqual(["plaintext-credential", "env-value-type", "plaintext-credential", "env-value-type", "duplicate-key"]);
    expect(lines.every((line) => !line.includes("more finding"))).toBe(true);
  });

  it("prints nothing for a clean result", () => {
    expect(formatGithub(result([]), rules)).toBe("");
  });
});

describe("messages", () => {
  it("become sentences without touching identifiers", () => {
    expect(sentence("value of X is wrong")).toBe("Value of X is wrong.");
    expect(sentence("proxy_config.general_settings.master_key is a literal")).toBe("proxy_config.general_settings.master_key is a literal.");
    expect(sentence("LITELLM_BUDGET_ID is empty.")).toBe("LITELLM_BUDGET_ID is empty.");
    expect(sentence("line one\nline two  ")).toBe("Line one line two.");
    expect(sentence("the key sk-live-abcdef leaked")).toBe("The key sk-**** leaked.");
  });

  it("rebase file names from the cwd to the repository root", () => {
    const moved = rebaseResult(result([finding("duplicate-key", "warning", 1, { related: [{ file: "../other/values.yaml", path: [], start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }] })]), "/repo/charts/app", "/repo");
    expect(moved.findings[0]!.location.file).toBe("charts/app/values.yaml");
    expect(moved.findings[0]!.related[0]!.file).toBe("charts/other/values.yaml");
    const pseudo = rebaseResult(result([finding("duplicate-key", "warning", 1, { location: { file: "<stdin>", path: [], start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } })]), "/repo/a", "/repo");
    expect(pseudo.findings[0]!.location.file).toBe("<stdin>");
  });
});

describe("job summary", () => {
  it("makes no link of a URL, a www. name or an e-mail address from the files (GFM's extended autolinks)", () => {
    const summary = formatSummary(result([finding("env-value-type", "error", 4, { message: "value of https://evil.example/reset and WWW.evil.example or admin@evil.example is a boolean" })]), rules);
    expect(summary).toContain("Value of https:&#47;&#47;evil.example/reset and WWW&#46;evil.example or admin&#64;evil.example is a boolean.");
    // The report's own links stay links.
    expect(summary).toContain(`[env-value-type](${docsUrl("env-value-type")})`);
  });

  it("shows totals, budget ids, live status and a findings table linked to the docs", () => {
    const summary = formatSummary(
      result(
        [
          finding("env-value-type", "error", 4, { message: "value | <script>alert(1)</script> is *bold*" }),
          finding("duplicate-key", "warning", 2, { suppressed: { reason: "ok" } }),
          finding("env-duplicate", "warning", 7, { location: { file: "all.yaml", path: [], start: { line: 7, column: 1 }, end: { line: 7, column: 2 }, object: { apiVersion: "v1", kind: "Deployment", name: "api" } } }),
        ],
        {
          budgetIds: [
            { id: "prod-budget", source: "values", envName: "LITELLM_BUDGET_ID", location: { file: "values.yaml", path: ["x"], start: { line: 3, column: 12 }, end: { line: 3, column: 23 } }, scope: "extraEnv" },
            { id: "default", source: "default", envName: null, location: null, scope: "default (no budget id set)" },
          ],
          live: { status: "inconclusive", requests: 2, reason: "connection refused.", notices: ["older proxy"], litellmVersion: "1.80.12" },
        },
      ),
      rules,
    );
    expect(summary).toContain("## litellm-preflight");
    expect(summary).toContain("❌ **1 error**, 1 warning, 0 notes · checked 1 values file, 0 manifest documents, 0 workloads · 1 suppressed by inline directives");
    expect(summary).toContain("| `prod-budget` | values | `LITELLM_BUDGET_ID` | extraEnv | `values.yaml:3:12` |");
    expect(summary).toContain("| `default` | default |  | default (no budget id set) | built-in default |");
    expect(summary).toContain("⚠️ Inconclusive (2 requests, LiteLLM 1.80.12): connection refused.");
    expect(summary).toContain("- older proxy");
    expect(summary).toContain(`| ❌ error | [env-value-type](${docsUrl("env-value-type")}) | Value \\| &lt;script&gt;alert(1)&lt;/script&gt; is \\*bold\\*. | \`values.yaml:4:3\` |`);
    expect(summary).toContain("Problem on line 7 (in Deployment api).");
    expect(summary).not.toContain("<script>");
    expect(summary).not.toContain("line 2");
  });

  it("says when there is nothing to report and caps long tables", () => {
    expect(formatSummary(result([]), rules)).toContain("✅ No problems found");
    const many = formatSummary(result(Array.from({ length: MAX_SUMMARY_FINDINGS + 7 }, (_, i) => finding("duplicate-key", "warning", i + 1))), rules);
    expect(many.split("\n").filter((line) => line.startsWith("| ⚠️")).length).toBe(MAX_SUMMARY_FINDINGS);
    expect(many).toContain("…and 7 more");
    expect(Buffer.byteLength(many)).toBeLessThan(1024 * 1024);
  });

  it("stays within GitHub's 1 MiB for a step however many environments repeat a long table, cut at a whole line", () => {
    const findings = Array.from({ length: MAX_SUMMARY_FINDINGS }, (_, i) => finding("duplicate-key", "warning", i + 1, { message: `problem ${"é".repeat(300)} on line ${i + 1}` }));
    const names = Array.from({ length: 10 }, (_, i) => `env-${i}`);
    const environments = names.map((name) => ({ name, live: result([]).live, budgetIds: [], stats: result([]).stats }));
    const summary = formatSummary(result(findings.map((each) => ({ ...each, environments: names })), { environments }), rules);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES + 300);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(MAX_SUMMARY_BYTES - 5000);
    expect(summary).toMatch(/\n\n…the summary stops here to stay within GitHub's 1 MiB limit[^\n]*\n$/);
    // Every table row before the cut is whole.
    const rows = summary.split("\n").filter((line) => line.startsWith("| ⚠️"));
    expect(rows.every((row) => row.endsWith("|"))).toBe(true);
    expect(summary).not.toContain("\ufffd");
  });
});
