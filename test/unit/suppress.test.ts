/** Inline directives applied to findings: the indexed way against going through every directive for every finding. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SourceHandle } from "../../src/core/source.ts";
import { applyDirectives, type Directive } from "../../src/core/suppress.ts";
import type { Finding } from "../../src/core/types.ts";

/** What applyDirectives does, the plain way: every directive, in order, for every finding. */
function reference(findings: Finding[], directives: Directive[]): void {
  for (const finding of findings) {
    for (const directive of directives) {
      if (!directive.reason || directive.source.file !== finding.location.file) continue;
      if ((directive.targetLine !== null && directive.targetLine !== finding.location.start.line) || !directive.ruleIds.includes(finding.ruleId)) continue;
      finding.suppressed = { reason: directive.reason };
      directive.used = true;
    }
  }
}

const FILES = ["a.yaml", "b.yaml"];
const RULES = ["env-duplicate", "env-value-type"];

function finding(file: string, line: number, ruleId: string): Finding {
  const position = { line, column: 1 };
  return { ruleId, messageId: "m", message: "m", severity: "warning", location: { file, start: position, end: position, path: [] }, related: [] } as unknown as Finding;
}

function directive(file: string, targetLine: number | null, ruleIds: string[], reason: string): Directive {
  return { source: { file } as SourceHandle, line: 1, offsets: [0, 0], targetLine, ruleIds, reason, used: false };
}

describe("applyDirectives", () => {
  it("suppresses as going through every directive in order does: the last matching reason, every matching directive used", () => {
    const place = fc.record({ file: fc.constantFrom(...FILES), line: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(
        fc.array(fc.record({ place, rule: fc.constantFrom(...RULES) }), { maxLength: 20 }),
        fc.array(fc.record({ place, whole: fc.boolean(), rules: fc.subarray(RULES), reason: fc.constantFrom("", "r1", "r2", "r3") }), { maxLength: 12 }),
        (found, written) => {
          const make = () => ({
            findings: found.map(({ place: { file, line }, rule }) => finding(file, line, rule)),
            directives: written.map(({ place: { file, line }, whole, rules, reason }) => directive(file, whole ? null : line, rules, reason)),
          });
          const indexed = make();
          const plain = make();
          applyDirectives(indexed.findings, indexed.directives);
          reference(plain.findings, plain.directives);
          expect(indexed.findings.map((f) => f.suppressed ?? null)).toEqual(plain.findings.map((f) => f.suppressed ?? null));
          expect(indexed.directives.map((d) => d.used)).toEqual(plain.directives.map((d) => d.used));
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });
});
