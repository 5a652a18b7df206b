/** The engine's list of findings: sorted by place, each rule, range and message once. */
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, lint, newTimings } from "../../src/engine/engine.ts";
import { defineRule, type Rule } from "../../src/engine/rule.ts";

const VALUES = "a: 1\nb: 2\nc:\n  d: 3\n";

/** A rule that reports, at paths of the values file, each message given (`severity` lowers one report). */
function reporter(id: string, reports: { path: string[]; text: string; severity?: "note" }[]): Rule<"m"> {
  return defineRule({
    meta: { id, name: id, input: "values", defaultSeverity: "warning", description: id, details: id, remediation: "Fix it.", example: "a: 1", tags: [], messages: { m: "{{text}}" } },
    check({ model, report }) {
      const source = model.values!.files[0]!;
      for (const { path, text, severity } of reports) report({ messageId: "m", data: { text }, at: { source, path }, ...(severity ? { severity } : {}) });
    },
  });
}

async function findings(rules: Rule<"m">[]) {
  const result = await lint({ rules, values: [{ name: "values.yaml", text: VALUES }], sets: [], manifests: [], options: DEFAULT_OPTIONS });
  return result.findings.map((f) => `${f.location.start.line}:${f.location.start.column} ${f.ruleId} ${f.severity} ${f.message}`);
}

describe("findings", () => {
  it("keeps one of each rule, range and message, however the sort orders the findings at one place", async () => {
    const one = reporter("rule-one", [
      { path: ["b"], text: "same" },
      { path: ["a"], text: "first" },
      { path: ["b"], text: "other" },
      { path: ["b"], text: "same" },
      // Severity is not part of what makes a finding the same: a note sorts after rule-two's warning and is dropped.
      { path: ["b"], text: "same", severity: "note" },
      { path: ["c", "d"], text: "deep" },
      { path: ["b"], text: "same" },
      { path: ["a"], text: "first" },
    ]);
    const two = reporter("rule-two", [
      { path: ["b"], text: "same" },
      { path: ["a"], text: "first" },
    ]);
    expect(await findings([one, two])).toEqual([
      "1:4 rule-one warning first",
      "1:4 rule-two warning first",
      "2:4 rule-one warning other",
      "2:4 rule-one warning same",
      "2:4 rule-two warning same",
      "4:6 rule-one warning deep",
    ]);
  });

  it("keeps a finding that only its range's end tells apart", async () => {
    const rule = reporter("rule-one", [{ path: ["c"], text: "x" }]);
    const pair = defineRule({ ...rule, check: ({ model, report }) => report({ messageId: "m", data: { text: "x" }, at: { source: model.values!.files[0]!, path: ["c"], part: "key" } }) });
    expect(await findings([rule, pair])).toHaveLength(2);
  });

  it("carry their source line, unless the request is for a report that shows none", async () => {
    const rule = reporter("rule-one", [{ path: ["c", "d"], text: "deep" }]);
    const request = { rules: [rule], values: [{ name: "values.yaml", text: VALUES }], sets: [], manifests: [], options: DEFAULT_OPTIONS };
    expect((await lint(request)).findings.map((f) => f.snippet)).toEqual(["  d: 3"]);
    expect((await lint({ ...request, snippets: true })).findings.map((f) => f.snippet)).toEqual(["  d: 3"]);
    const without = await lint({ ...request, snippets: false });
    expect(without.findings.map((f) => [f.message, f.location.start.line, "snippet" in f])).toEqual([["deep", 4, false]]);
  });

  it("carry their fix, unless the request is for a run that neither shows nor applies one", async () => {
    const rule = defineRule({
      ...reporter("rule-one", []),
      check({ model, report }) {
        const at = { source: model.values!.files[0]!, path: ["a"] };
        report({ messageId: "m", data: { text: "quote it" }, at, fix: { type: "fix", edits: [{ at, kind: "quote" }] } });
      },
    });
    const request = { rules: [rule], values: [{ name: "values.yaml", text: VALUES }], sets: [], manifests: [], options: DEFAULT_OPTIONS };
    expect((await lint(request)).findings.map((f) => f.fix)).toEqual([{ type: "fix", edits: [{ kind: "quote", file: "values.yaml", source: "values", start: { line: 1, column: 4 }, end: { line: 1, column: 5 } }] }]);
    const without = await lint({ ...request, fixes: false });
    expect(without.findings.map((f) => [f.message, "fix" in f])).toEqual([["quote it", false]]);
  });
});

describe("timings", () => {
  it("adds up the model, each rule and the whole lint when asked, and changes no finding", async () => {
    const rulesRun = [reporter("rule-one", [{ path: ["a"], text: "one" }]), reporter("rule-two", [{ path: ["b"], text: "two" }])];
    const request = { rules: rulesRun, values: [{ name: "values.yaml", text: VALUES }], sets: [], manifests: [], options: DEFAULT_OPTIONS };
    const timings = newTimings();
    const [timed, plain] = [await lint({ ...request, timings }), await lint(request)];
    expect(timed).toEqual(plain);
    expect([...timings.rules.keys()]).toEqual(["rule-one", "rule-two"]);
    expect(timings.model).toBeGreaterThan(0);
    const parts = timings.model + [...timings.rules.values()].reduce((sum, ms) => sum + ms, 0) + timings.live;
    expect(timings.lint).toBeGreaterThanOrEqual(parts);
    // A second lint adds to the same timings (a config's environments, --fix's second lint).
    const first = timings.lint;
    await lint({ ...request, timings });
    expect(timings.lint).toBeGreaterThan(first);
  });
});
