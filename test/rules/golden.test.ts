/**
 * Golden fixtures per rule: every `fixtures/<rule>/valid/*` case yields no finding of that rule;
 * every `fixtures/<rule>/invalid/<case>` yields exactly the lines in `<case>.out`.
 * UPDATE_GOLDEN=1 rewrites the .out files.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/registry.ts";
import { casesIn, FIXTURES, goldenLine, lintCase, ROOT } from "../support/fixtures.ts";

const staticRules = rules.filter((rule) => rule.meta.input !== "live");

for (const rule of staticRules) {
  const id = rule.meta.id;
  describe(id, () => {
    for (const fixture of casesIn(join(FIXTURES, id, "valid"))) {
      it(`valid: ${fixture.name}`, async () => {
        const result = await lintCase(fixture);
        expect(result.findings.filter((finding) => finding.ruleId === id && !finding.suppressed).map(goldenLine)).toEqual([]);
      });
    }
    for (const fixture of casesIn(join(FIXTURES, id, "invalid"))) {
      it(`invalid: ${fixture.name}`, async () => {
        const result = await lintCase(fixture);
        const lines = result.findings.filter((finding) => finding.ruleId === id).map(goldenLine);
        const golden = join(ROOT, fixture.path.replace(/\.ya?ml$/, "") + ".out");
        if (process.env.UPDATE_GOLDEN) writeFileSync(golden, `${lines.join("\n")}\n`);
        expect(existsSync(golden), `${golden} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
        expect(lines.length).toBeGreaterThan(0);
        expect(lines).toEqual(readFileSync(golden, "utf8").trimEnd().split("\n"));
      });
    }
  });
}
