/** The --fix applier (engine/fix.ts) on its own: each edit kind, and what it refuses to touch. */
import { describe, expect, it } from "vitest";
import { applyFixes } from "../../src/engine/fix.ts";
import type { Finding, FixEdit } from "../../src/core/types.ts";

type EditKind = { kind: "quote" } | { kind: "set-string"; value: string } | { kind: "remove-item" };

/** A finding whose one edit covers `needle` (its first occurrence) in `text`. */
function at(text: string, needle: string, edit: EditKind, file = "values.yaml"): Finding {
  const offset = text.indexOf(needle);
  if (offset === -1) throw new Error(`${needle} not in text`);
  const position = (at: number) => {
    const before = text.slice(0, at);
    return { line: before.split("\n").length, column: at - before.lastIndexOf("\n") };
  };
  const fixEdit = { ...edit, file, source: "values", start: position(offset), end: position(offset + needle.length) } as FixEdit;
  const location = { file, path: [], start: fixEdit.start, end: fixEdit.end };
  return { ruleId: "r", messageId: "m", message: "m", severity: "error", location, related: [], fix: { type: "fix", edits: [fixEdit] } };
}

describe("applyFixes", () => {
  it("quotes plain scalars only", () => {
    const text = "a: true\nb: 'x'\nc: 1 # n\n";
    const outcome = applyFixes("values.yaml", text, [at(text, "true", { kind: "quote" }), at(text, "'x'", { kind: "quote" }), at(text, "1", { kind: "quote" })]);
    expect(outcome.text).toBe("a: \"true\"\nb: 'x'\nc: \"1\" # n\n");
    expect(outcome.fixed).toHaveLength(2);
    expect(outcome.skipped).toHaveLength(1);
  });

  it("sets a string in the quoting style it was written in, quoting what YAML would not read as a string", () => {
    const cases: [string, string, string][] = [
      ["id: prod-budgt\n", "prod-budget", "id: prod-budget\n"],
      ["id: 'prod-budgt'\n", "it's", "id: 'it''s'\n"],
      ['id: "prod-budgt"\n', "prod-budget", 'id: "prod-budget"\n'],
      ["id: prod-budgt\n", "yes", 'id: "yes"\n'],
      ["id: prod-budgt\n", "a: b", 'id: "a: b"\n'],
    ];
    for (const [text, value, expected] of cases) {
      const needle = text.slice(4, -1);
      expect(applyFixes("values.yaml", text, [at(text, needle, { kind: "set-string", value })]).text, text).toBe(expected);
    }
  });

  it("removes a block item with the next-line directives directly above it, keeping other comments", () => {
    const text = "env:\n  # a note\n  # litellm-preflight-disable-next-line x -- y\n  - name: A\n    value: '1'\n  - {name: A, value: '2'}\n";
    const outcome = applyFixes("values.yaml", text, [at(text, "name: A\n    value: '1'", { kind: "remove-item" })]);
    expect(outcome.text).toBe("env:\n  # a note\n  - {name: A, value: '2'}\n");
  });

  it("leaves anchored and tagged scalars alone: aliases share an anchor's value, and a tag decides the type whatever the quotes", () => {
    for (const text of ["a: &flag false\nb: *flag\n", "a: !!bool true\n", "e: [{name: X, value: &v false}]\n", "a: !custom false\n"]) {
      const needle = /(false|true)\n?/.exec(text)![1]!;
      const outcome = applyFixes("values.yaml", text, [at(text, needle, { kind: "quote" }), at(text, needle, { kind: "set-string", value: "x" })]);
      expect(outcome.text, text).toBe(text);
      expect(outcome.skipped, text).toHaveLength(2);
    }
    // An & or ! inside a key or a word is no anchor or tag.
    const plain = "a&b: true\nc!: false\n";
    expect(applyFixes("values.yaml", plain, [at(plain, "true", { kind: "quote" }), at(plain, "false", { kind: "quote" })]).text).toBe('a&b: "true"\nc!: "false"\n');
  });

  it("refuses flow items, edits in another file and overlapping edits", () => {
    const flow = "env: [{name: A}, {name: A}]\n";
    expect(applyFixes("values.yaml", flow, [at(flow, "{name: A}", { kind: "remove-item" })]).skipped).toHaveLength(1);
    const text = "a: true\n";
    expect(applyFixes("values.yaml", text, [at(text, "true", { kind: "quote" }, "other.yaml")]).text).toBe(text);
    const overlapping = applyFixes("values.yaml", text, [at(text, "true", { kind: "quote" }), at(text, "true", { kind: "set-string", value: "x" })]);
    expect(overlapping.text).toBe('a: "true"\n');
    expect(overlapping.skipped).toHaveLength(1);
  });
});
