/** Reports are written in pieces as they are made (src/format/json.ts, stylish.ts): a finding-dense report is never held whole. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LintResult } from "../../src/core/types.ts";
import { jsonText } from "../../src/format/json.ts";
import { stylishText } from "../../src/format/stylish.ts";
import { checkstyleText } from "../../src/format/checkstyle.ts";
import { junitText } from "../../src/format/junit.ts";
import { rules } from "../../rules/registry.ts";
import { gitlabText } from "../../src/format/gitlab.ts";
import { githubText } from "../../src/format/github.ts";
import { casesIn, FIXTURES, lintCase, ROOT } from "../support/fixtures.ts";
import { ITEMS_PER_PIECE, jsonArrayPieces, wholeText } from "../../src/format/common.ts";

const formatJson = (...args: Parameters<typeof jsonText>): string => wholeText(jsonText(...args));
const formatStylish = (...args: Parameters<typeof stylishText>): string => wholeText(stylishText(...args));

const TOOL = { name: "litellm-preflight", version: "0.1.0" };

/** The text JSON.stringify gives the report in one go: the pieces must add up to it, byte for byte. */
function prettyPrinted(text: string): string {
  return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
}

async function everyFixture(): Promise<LintResult[]> {
  const results: LintResult[] = [];
  for (const rule of readdirSync(FIXTURES).sort()) {
    if (!statSync(join(FIXTURES, rule)).isDirectory()) continue;
    for (const kind of ["valid", "invalid"]) for (const fixture of casesIn(join(FIXTURES, rule, kind))) results.push(await lintCase(fixture));
  }
  return results;
}

describe("reports in pieces", () => {
  it("JSON is the pretty-printed report, piece by piece, for every fixture and with every optional key", async () => {
    const results = await everyFixture();
    const withFindings = results.filter((result) => result.findings.length > 1);
    expect(withFindings.length).toBeGreaterThan(20);
    // Keys after the findings that only some runs have, and findings marked by a baseline and environments.
    const busiest = withFindings.reduce((a, b) => (b.findings.length > a.findings.length ? b : a));
    const stats = busiest.stats;
    results.push({
      ...busiest,
      findings: busiest.findings.map((finding, i) => ({ ...finding, baseline: i % 2 ? "new" : "unchanged", environments: ["prod", "staging"] })),
      helm: { major: 4, from: "detected", mattered: true },
      baseline: { file: "baseline.json", unchanged: 1, stale: [] },
      environments: [{ name: "prod", live: busiest.live, budgetIds: busiest.budgetIds, stats }],
    });
    for (const result of results) {
      const pieces = [...jsonText(result, TOOL)];
      const text = pieces.join("");
      expect(text).toBe(prettyPrinted(text));
      // Two pieces (the separator, the items) per ITEMS_PER_PIECE findings, between the keys before and after them.
      expect(pieces.length).toBe(2 * Math.ceil(result.findings.length / ITEMS_PER_PIECE) + (result.findings.length > 0 ? 4 : 3));
      // Each finding's piece is that finding, in the result's order.
      const written = (JSON.parse(text) as { findings: { ruleId: string; message: string; location: { file: string; line: number; column: number } }[] }).findings;
      expect(written.map(({ ruleId, message, location }) => [ruleId, message, location.file, location.line, location.column])).toEqual(
        result.findings.map(({ ruleId, message, location }) => [ruleId, message, location.file, location.start.line, location.start.column]),
      );
    }
  });

  it("stylish comes in a piece per line or finding, each small", async () => {
    const results = await everyFixture();
    let findings = 0;
    for (const result of results) {
      for (const options of [{ color: false, quiet: false }, { color: true, quiet: false }]) {
        // A part with no lines (no fixable finding, no baseline) is an empty piece.
        const pieces = [...stylishText(result, options)].filter((piece) => piece !== "");
        const visible = result.findings.filter((finding) => !finding.suppressed);
        expect(pieces.length).toBeGreaterThan(visible.length);
        expect(pieces.every((piece) => piece.endsWith("\n") && piece.length < 4096)).toBe(true);
        findings += visible.length;
      }
    }
    expect(findings).toBeGreaterThan(100);
  });

  it("Checkstyle, JUnit and GitHub's workflow commands come in a piece per finding", async () => {
    const results = await everyFixture();
    for (const result of results) {
      const active = result.findings.filter((finding) => !finding.suppressed);
      const github = [...githubText(result, rules)];
      expect(github.length).toBeGreaterThanOrEqual(active.length);
      expect(github.every((piece) => piece.endsWith("\n") && !piece.slice(0, -1).includes("\n"))).toBe(true);
      const checkstyle = [...checkstyleText(result, TOOL)];
      const junit = [...junitText(result, { rules, tool: TOOL, inputs: { values: [], manifests: [] }, failing: ["error", "warning", "note"] })];
      const junitOut = [...junitText(result, { rules, tool: TOOL, inputs: { values: [], manifests: [] }, failing: [] })];
      for (const pieces of [checkstyle, junit, junitOut]) expect(pieces.length).toBeGreaterThan(active.length);
      expect([...checkstyle, ...junit].every((piece) => piece.endsWith("\n"))).toBe(true);
      // Findings that do not fail are lines of one <system-out> element per testcase.
      expect(junitOut.join("")).not.toContain("<failure");
    }
  });

  // The texts the reports had when each was built whole (these files were written by that code and
  // are byte-identical to it): a key dropped, moved or printed at another depth fails here.
  it("match their golden files (UPDATE_GOLDEN=1 rewrites them)", async () => {
    const results = await everyFixture();
    // The first finding of every fixture (every rule), with the keys only some runs have.
    const first = results.find((result) => result.findings.length > 0)!;
    const result: LintResult = {
      ...first,
      findings: results.flatMap((each) => each.findings.slice(0, 1)).map((finding, i) => (i % 7 === 3 ? { ...finding, environments: ["prod"] } : finding)),
      budgetIds: results.flatMap((each) => each.budgetIds).slice(0, 12),
      helm: { major: 3, from: "flag", mattered: true },
      baseline: { file: "baseline.json", unchanged: 2, stale: [{ ruleId: "env-duplicate", file: "values.yaml", path: "extraEnv[*]", fingerprint: "0123456789abcdef0123456789abcdef" }] },
    };
    expect(result.findings.length).toBeGreaterThan(50);
    const junitOptions = { rules, tool: TOOL, inputs: { values: ["values.yaml"], manifests: ["rendered.yaml"] } };
    const reports: Record<string, string> = {
      "report.json": formatJson(result, TOOL),
      "stylish.txt": formatStylish(result, { color: false, quiet: false, verbose: rules }),
      "stylish-color.txt": formatStylish(result, { color: true, quiet: false }),
      "gitlab.json": [...gitlabText(result, rules)].join(""),
      "github.txt": [...githubText(result, rules)].join(""),
      "junit.xml": [...junitText(result, { ...junitOptions, failing: ["error"] })].join(""),
      "junit-warnings.xml": [...junitText(result, { ...junitOptions, failing: ["error", "warning"] })].join(""),
      "checkstyle.xml": [...checkstyleText(result, TOOL)].join(""),
    };
    const dir = join(ROOT, "test", "unit", "golden-reports");
    for (const [name, text] of Object.entries(reports)) {
      const golden = join(dir, name);
      if (process.env.UPDATE_GOLDEN) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(golden, text);
      }
      expect(existsSync(golden), `${golden} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
      expect(text, name).toBe(readFileSync(golden, "utf8"));
    }
  });
});

describe("jsonArrayPieces", () => {
  /** `JSON.stringify(items, null, 2)` as printed `depth` levels deep: each line after the first indented by the depth. */
  const atDepth = (items: unknown[], depth: number): string => JSON.stringify(items, null, 2).replaceAll("\n", `\n${"  ".repeat(depth)}`);
  const item = (i: number): unknown => ({ i, text: `line\n"${i}"…`, nested: { list: i % 3 === 0 ? [] : [i, { deep: [null, true] }], empty: {} }, skipped: undefined, ...(i % 2 ? { odd: [i] } : {}) });

  it("prints every count of items, across the pieces' edges, as JSON.stringify does at every depth", () => {
    for (const count of [0, 1, 2, 15, 16, 17, 31, 32, 33, 50]) {
      const items = Array.from({ length: count }, (_, i) => i);
      for (const depth of [0, 1, 3, 5]) {
        expect([...jsonArrayPieces(items, depth, item)].join(""), `${count} items at depth ${depth}`).toBe(atDepth(items.map(item), depth));
      }
    }
  });

  it("makes items in order, a piece at a time", () => {
    const made: number[] = [];
    const pieces = jsonArrayPieces(Array.from({ length: 40 }, (_, i) => i), 3, (i) => (made.push(i), item(i)));
    pieces.next(); // "["
    pieces.next();
    expect(made.length).toBeGreaterThan(0);
    expect(made.length).toBeLessThan(40);
    for (const _ of pieces);
    expect(made).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });
});
