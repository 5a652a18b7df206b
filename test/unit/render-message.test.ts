/** renderMessage fills `{{ key }}` placeholders exactly as the one-line regex it replaced did. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMessage } from "../../src/engine/rule.ts";

/** The reference: what renderMessage did with a regex and a callback (clipping aside: short values only). */
const reference = (template: string, data: Record<string, string | number>) => template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));

describe("renderMessage", () => {
  it("fills known placeholders and leaves the rest as written", () => {
    expect(renderMessage("{{name}} is defined again at line {{ line }}", { name: "A", line: 7 })).toBe("A is defined again at line 7");
    expect(renderMessage("{{missing}} and {{ name", { name: "A" })).toBe("{{missing}} and {{ name");
    expect(renderMessage("{{{name}}} {{}} {{na me}}", { name: "A" })).toBe("{A} {{}} {{na me}}");
    expect(renderMessage("no placeholder")).toBe("no placeholder");
  });

  it("agrees with the regex on arbitrary templates", () => {
    const piece = fc.constantFrom("{{", "}}", "{", "}", " ", "\t", "\u00a0", "\u2028", "a", "name", "id", "_x9", "é", "{{name}}", "{{ id }}", "{{\tname\n}}");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.dictionary(fc.constantFrom("name", "id", "_x9", "a"), fc.oneof(fc.string({ maxLength: 8 }), fc.integer())), (parts, data) => {
        const template = parts.join("");
        expect(renderMessage(template, data)).toBe(reference(template, data));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });
});
