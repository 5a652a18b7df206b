/** formatPath: YAML paths as reports show them, `a.b[0]["odd key"]`. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/core/source.ts";

/** The plain definition: a key that is an identifier is dotted (bare when first), any other quoted; an index in brackets. */
function reference(path: (string | number)[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

describe("formatPath", () => {
  it("formats keys, odd keys and indexes", () => {
    expect(formatPath(["spec", "template", "spec", "containers", 0, "env", 6, "value"])).toBe("spec.template.spec.containers[0].env[6].value");
    expect(formatPath(["metadata", "annotations", "checksum/config"])).toBe('metadata.annotations["checksum/config"]');
    expect(formatPath(["a b", "a b", 0, "_x-y"])).toBe('["a b"]["a b"][0]._x-y');
    expect(formatPath([])).toBe("");
  });

  it("formats any path as the plain definition does, first or later, before and after thousands of keys", () => {
    const segment = fc.oneof(fc.nat(20), fc.constantFrom("spec", "env", "a b", "_k", "9x", "x.y", "é", ""), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (path) => {
        expect(formatPath(path)).toBe(reference(path));
      }),
      { numRuns: 3000, seed: 4 },
    );
    // Past the bound of remembered keys, keys are formatted as they come.
    for (let i = 0; i < 5000; i++) expect(formatPath(["k", `key ${i}`, `k${i}`])).toBe(reference(["k", `key ${i}`, `k${i}`]));
  });
});
