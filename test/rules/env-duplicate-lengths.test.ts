/** env-duplicate finds a repeat in a list of any length: short lists are compared pair by pair, long ones through a set. */
import { describe, expect, it } from "vitest";
import envDuplicate from "../../rules/env-duplicate.ts";
import { DEFAULT_OPTIONS, lint } from "../../src/engine/engine.ts";

async function repeats(length: number, first: number | undefined, second: number): Promise<string[]> {
  const entries = Array.from({ length }, (_, i) => `  - {name: ${i === first || i === second ? "REPEATED" : `VAR_${i}`}, value: "${i}"}`);
  const result = await lint({ rules: [envDuplicate], values: [{ name: "values.yaml", text: `extraEnv:\n${entries.join("\n")}\n` }], sets: [], manifests: [], options: DEFAULT_OPTIONS });
  return result.findings.map((finding) => `${finding.location.start.line} ${finding.message}`);
}

describe("env-duplicate over lists of every length", () => {
  it.each([2, 10, 48, 49, 120])("finds the repeat of the first name at the end of %i entries, and none without it", async (length) => {
    expect(await repeats(length, 0, length - 1)).toEqual([`2 REPEATED is defined again at line ${length + 1}; that later entry wins ("${length - 1}" replaces "0")`]);
    expect(await repeats(length, undefined, length - 1)).toEqual([]);
  });
});
