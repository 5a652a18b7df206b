/** The baseline file written piece by piece is byte for byte what JSON.stringify(…, null, 2) makes of it. */
import { describe, expect, it } from "vitest";
import { BASELINE_VERSION, parseBaseline, writeBaseline } from "../../src/format/baseline.ts";
import type { BaselineEntry, Finding, LintResult } from "../../src/core/types.ts";

function finding(file: string, line: number, message: string): Finding {
  return { ruleId: "env-duplicate", messageId: "duplicate", message, severity: "warning", location: { file, path: ["extraEnv", line], start: { line, column: 5 }, end: { line, column: 9 } }, related: [] };
}

const result = (findings: Finding[]): LintResult => ({ findings, budgetIds: [], live: { status: "skipped", requests: 0, notices: [] }, stats: { valuesFiles: 1, manifestDocuments: 0, workloads: 0 } });
const context = { baseDir: "/repo", cwd: "/repo", texts: new Map<string, string>(), read: new Set<string>() };

describe("writeBaseline", () => {
  it("writes what JSON.stringify writes, for no entry, one, and many with odd characters", () => {
    const kept: BaselineEntry[] = [{ ruleId: "x", file: 'we"ird\\name\u2028.yaml', path: "a.b", fingerprint: "f".repeat(32) }];
    for (const findings of [[], [finding("values.yaml", 3, "m")], [finding("b.yaml", 2, "x"), finding("a.yaml", 9, "y"), finding("ünï.yaml", 1, "z")]]) {
      for (const extra of [[], kept]) {
        const written = writeBaseline(result(findings), context, extra);
        const text = [...written.text].join("");
        const entries = parseBaseline(text, "b.json");
        expect(text).toBe(`${JSON.stringify({ version: BASELINE_VERSION, tool: "litellm-preflight", entries }, null, 2)}\n`);
        expect(entries).toHaveLength(findings.length + extra.length);
        expect([written.entries, written.kept]).toEqual([findings.length, extra.length]);
      }
    }
  });
});
