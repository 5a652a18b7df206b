/** Helm's layering of values files and --set, with the provenance of every effective value. */
import { describe, expect, it } from "vitest";
import { toLocation } from "../../src/core/source.ts";
import { buildModel, DEFAULT_OPTIONS } from "../../src/engine/engine.ts";
import { loadValues, type SetInput } from "../../src/inputs/values.ts";
import { SetApplyError } from "../../src/inputs/set-parser.ts";
import { childAt, toJS, type VNode } from "../../src/yaml/vnode.ts";

const file = (name: string, text: string) => ({ name, text });
const set = (arg: string, index = 0, flag: SetInput["flag"] = "--set"): SetInput => ({ flag, arg, index });

function at(node: VNode | undefined, ...path: (string | number)[]): VNode | undefined {
  return path.reduce<VNode | undefined>((current, key) => childAt(current, key), node);
}

describe("values layers", () => {
  it("merges maps deeply, replaces lists and scalars, and a null replaces too (helm keeps it where the chart has no default)", () => {
    const model = loadValues(
      [
        file("base.yaml", "image:\n  repository: r\n  tag: '1'\nlist: [a, b]\nremove: {x: 1}\nkeep: 1\n"),
        file("prod.yaml", "image:\n  tag: '2'\nlist: [c]\nremove: null\n"),
      ],
      [],
    );
    expect(toJS(model.root)).toEqual({ image: { repository: "r", tag: "2" }, list: ["c"], remove: null, keep: 1 });
  });

  it("reads plain scalars as helm does (go-yaml v2, then JSON): dates and 1:20 stay strings, 0o7 is 7, .inf and a null key fail", () => {
    // k: strconv.ParseFloat fails on a number out of float64's range, so go-yaml v2 keeps the text.
    const model = loadValues([file("v.yaml", "a: 2024-01-01\nb: 1:20\nc: 0o7\nd: 0x10\ne: 010\nf: 1_000\ng: y\nN: x\nh: 1e3\ni: '0x10'\nj: 12345678901234567890\nk: 1e400\nl: -1_0e400\nm: .5e400\n")], []);
    expect(model.problems).toEqual([]);
    expect(toJS(model.root)).toEqual({ a: "2024-01-01", b: "1:20", c: 7, d: 16, e: 8, f: 1000, g: true, false: "x", h: 1000, i: "0x10", j: 12345678901234567000, k: "1e400", l: "-1_0e400", m: ".5e400" });
    for (const text of ["a: .inf\n", "a: -.Inf\n", "a: .nan\n", "null: 1\n", "~: 1\n"]) {
      expect(loadValues([file("v.yaml", text)], []).problems.map((p) => p.kind), text).toEqual(["syntax"]);
    }
  });

  it("refuses control characters where helm's go-yaml reader does, at the character; tab, CR, NEL and U+FEFF pass", () => {
    for (const char of ["\u0001", "\u0007", "\u000b", "\u001b", "\u007f", "\u009f", "\ufffe"]) {
      const model = loadValues([file("v.yaml", `a: ok\nb: "x${char}y"\n`)], []);
      expect(model.problems.map((p) => [p.kind, p.message, toLocation(p.at).start]), JSON.stringify(char)).toEqual([
        ["syntax", `helm cannot read U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} here: control characters are not allowed (go-yaml)`, { line: 2, column: 6 }],
      ]);
    }
    expect(loadValues([file("v.yaml", 'a: "x\ty\u0085z\ufeff"\r\n')], []).problems).toEqual([]);
    // helm 3 reads only the first document, so it never reaches a control character after it.
    const later = 'a: ok\n---\nb: "\u0007"\n';
    expect(loadValues([file("v.yaml", later)], []).problems.map((p) => p.kind)).toEqual(["ignored"]);
    expect(loadValues([file("v.yaml", later)], [], undefined, 4).problems.map((p) => p.kind)).toEqual(["syntax"]);
  });

  it("reads a multi-document values file as the helm version does: 3 the first document, 4 all of them merged", () => {
    const text = "a: 1\nb: {x: 1}\n---\nb: {z: 2}\n---\na: 3\n";
    const three = loadValues([file("v.yaml", text)], []);
    expect(toJS(three.root)).toEqual({ a: 1, b: { x: 1 } });
    expect(three.problems.map((p) => [p.kind, p.message])).toEqual([["ignored", expect.stringMatching(/helm 3 reads only the first/)]]);
    const four = loadValues([file("v.yaml", text)], [], undefined, 4);
    expect(toJS(four.root)).toEqual({ a: 3, b: { x: 1, z: 2 } });
    expect(four.problems).toEqual([]);
    // A value from a later document points into that document.
    expect(toLocation(at(four.root, "a")!.origin)).toMatchObject({ start: { line: 6, column: 4 }, end: { line: 6, column: 5 } });
    expect(toLocation(at(four.root, "b", "x")!.origin)).toMatchObject({ start: { line: 2, column: 8 } });
  });

  it("every effective value points at the layer and line that supplied it", () => {
    const model = loadValues([file("base.yaml", "image:\n  repository: r\n  tag: '1'\n"), file("prod.yaml", "# prod\nimage:\n  tag: '2'\n")], []);
    const tag = toLocation(at(model.root, "image", "tag")!.origin);
    expect(tag).toMatchObject({ file: "prod.yaml", start: { line: 3, column: 8 }, end: { line: 3, column: 11 }, path: ["image", "tag"] });
    const repository = toLocation(at(model.root, "image", "repository")!.origin);
    expect(repository).toMatchObject({ file: "base.yaml", start: { line: 2, column: 15 } });
  });

  it("reads values as Helm's YAML 1.1 does: yes/on are booleans, merge keys apply", () => {
    const model = loadValues([file("v.yaml", "a: yes\nb: on\nc: 'yes'\nbase: &base {x: 1, z: 2}\nd:\n  <<: *base\n  z: 3\n")], []);
    expect(toJS(model.root)).toMatchObject({ a: true, b: true, c: "yes", d: { x: 1, z: 3 } });
  });

  it("applies merge keys in the mapping's order, as helm's go-yaml v2 does", () => {
    const text = "a: &a {x: a1, w: a2}\nb: &b {x: b1, z: b3}\nbefore: {x: explicit, <<: *a}\nafter: {<<: *a, x: explicit}\nlist: {z: explicit, <<: [*a, *b], w: late}\ntwice: {<<: *a, <<: *b}\n";
    const model = loadValues([file("v.yaml", text)], []);
    expect(toJS(model.root)).toMatchObject({
      before: { x: "a1", w: "a2" },
      after: { x: "explicit", w: "a2" },
      list: { x: "a1", z: "b3", w: "late" },
      twice: { x: "b1", w: "a2", z: "b3" },
    });
    expect(model.problems).toEqual([]);
    // The merged value points at the anchor's line.
    expect(toLocation(at(model.root, "before", "x")!.origin)).toMatchObject({ start: { line: 1, column: 11 } });
  });

  it("reports duplicate keys and keeps the last value, like Helm", () => {
    const model = loadValues([file("v.yaml", "a: 1\nb: 2\na: 3\n")], []);
    expect(toJS(model.root)).toEqual({ b: 2, a: 3 });
    expect(model.problems.map((p) => [p.kind, p.message])).toEqual([["duplicate-key", "a"]]);
  });

  it("turns syntax errors, lists and scalars at the top, and extra documents into problems", () => {
    expect(loadValues([file("v.yaml", "a: [1, 2\n")], []).problems[0]?.kind).toBe("syntax");
    expect(loadValues([file("v.yaml", "- 1\n")], []).problems[0]?.message).toMatch(/must be a map of keys, not a list/);
    expect(loadValues([file("v.yaml", "just text\n")], []).problems[0]?.message).toMatch(/not a scalar/);
    expect(loadValues([file("v.yaml", "a: 1\n---\nb: 2\n")], []).problems[0]?.message).toMatch(/helm 3 reads only the first/);
    expect(loadValues([file("v.yaml", "")], []).problems).toEqual([]);
    expect(loadValues([file("v.yaml", "# only a comment\n")], []).problems).toEqual([]);
    // Helm 4 reads every document: a list in the second is placed there, not at the first document's top.
    const [list] = loadValues([file("v.yaml", "extraEnv:\n  - {name: A, value: b}\n---\n- a\n")], [], undefined, 4).problems;
    expect(list?.message).toMatch(/must be a map of keys, not a list/);
    expect(list!.at.source.locate(list!.at.path, "value", list!.at.offsets).start).toEqual({ line: 4, column: 1 });
  });

  it("bounds alias expansion (billion laughs) and nesting", () => {
    const lol = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) lol.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const model = loadValues([file("lol.yaml", `${lol.join("\n")}\n`)], [], { maxDepth: 500, maxAliases: 50 });
    expect(model.problems.map((p) => p.kind)).toEqual(["limit"]);
    const deep = loadValues([file("deep.yaml", `a: ${"[".repeat(600)}${"]".repeat(600)}\n`)], []);
    expect(deep.problems.map((p) => p.message)).toEqual(["nesting deeper than 500 levels"]);
  });
});

describe("--set", () => {
  it("applies after the files, types values like Helm and keeps --set-string as strings", () => {
    const model = loadValues([file("v.yaml", "a: {b: 1}\nlist: [x]\n")], [set("a.c=true,n=10,f=1.5,z=0123"), set("s=true", 1, "--set-string")]);
    expect(toJS(model.root)).toEqual({ a: { b: 1, c: true }, list: ["x"], n: 10, f: "1.5", z: "0123", s: "true" });
  });

  it("applies every --set before every --set-string, whatever the command-line order", () => {
    const model = loadValues([], [set("x=from-string", 0, "--set-string"), set("x=from-set", 1)]);
    expect(toJS(model.root)).toEqual({ x: "from-string" });
  });

  it("sets list items and nested maps, growing lists with nulls", () => {
    const model = loadValues([file("v.yaml", "extraEnv:\n  - {name: A, value: '1'}\n")], [set("extraEnv[0].value=2,extraEnv[2].name=C")]);
    expect(toJS(model.root)).toEqual({ extraEnv: [{ name: "A", value: 2 }, null, { name: "C" }] });
    // The file's entry keeps its origin; the --set value points at the flag.
    const value = toLocation(at(model.root, "extraEnv", 0, "value")!.origin);
    expect(value).toMatchObject({ file: "--set", start: { line: 1, column: 19 }, end: { line: 1, column: 20 } });
    expect(toLocation(at(model.root, "extraEnv", 0, "name")!.origin)).toMatchObject({ file: "v.yaml", start: { line: 2, column: 12 } });
  });

  it("does not change the layers it was applied over", () => {
    const model = loadValues([file("v.yaml", "a: {b: 1}\n")], [set("a.c=2")]);
    expect(toJS(model.root)).toEqual({ a: { b: 1, c: 2 } });
    const again = loadValues([file("v.yaml", "a: {b: 1}\n")], []);
    expect(toJS(again.root)).toEqual({ a: { b: 1 } });
  });

  it("rejects a key under a scalar as Helm does", () => {
    expect(() => loadValues([file("v.yaml", "image: nginx\n")], [set("image.tag=1")])).toThrow(SetApplyError);
  });
});

describe("one --set applier, one parse of each layer", () => {
  it("writes the tree the way Helm's parser does, with the flag as every written node's origin", () => {
    const model = loadValues([file("v.yaml", "list: [x, z]\nkeep: {a: 1}\n")], [set("keep.c=2,list[0].b="), set("empty[0]", 1), set("n=1", 2, "--set-string")]);
    // `list[0].b=` at the end replaces the scalar in place (a Helm quirk); `empty[0]` makes an empty list.
    expect(toJS(model.root)).toEqual({ list: [{ b: "" }, "z"], keep: { a: 1, c: 2 }, empty: [], n: "1" });
    expect(at(model.root, "keep", "c")!.origin.source.file).toBe("--set");
    expect(at(model.root, "keep", "a")!.origin.source.file).toBe("v.yaml");
    expect(at(model.root, "n")).toMatchObject({ kind: "scalar", quoted: true });
  });

  it("--set a=null stores null (helm deletes it only over a chart default), unless a later flag sets it again", () => {
    expect(toJS(loadValues([file("v.yaml", "a: 1\nb: 2\n")], [set("a=null")]).root)).toEqual({ a: null, b: 2 });
    expect(toJS(loadValues([file("v.yaml", "a: 1\n")], [set("a=null"), set("a=3", 1)]).root)).toEqual({ a: 3 });
    const chart = { name: "chart", values: file("chart/values.yaml", "a: 0\nconfig: ''\n") };
    const model = buildModel({ values: [], sets: [set("a=null,b=null,config.level=debug")], manifests: [], options: DEFAULT_OPTIONS, chart }, new Set());
    // --set applies over the user's values only: config.level over the chart's `config: ""` is no conflict.
    expect(toJS(model.chart!.coalesced.root)).toEqual({ b: null, config: { level: "debug" } });
  });

  it("--set under a null from a file fails like helm's (interface {} is nil)", () => {
    expect(() => loadValues([file("v.yaml", "dsPool: null\n")], [set("dsPool.enabled=true")])).toThrow(SetApplyError);
  });

  it("--chart coalesces the values files as parsed once, under the chart's defaults", () => {
    const values = [file("a.yaml", "image:\n  tag: one\n"), file("b.yaml", "image:\n  tag: two\n")];
    const chart = { name: "chart", values: file("chart/values.yaml", "image:\n  tag: zero\n  repository: r\n") };
    const model = buildModel({ values, sets: [set("extra=1")], manifests: [], options: DEFAULT_OPTIONS, chart }, new Set());
    const layers = model.chart!.userLayers;
    expect(layers[0]!.source).toBe(model.values!.files[0]);
    expect(layers[1]!.source).toBe(model.values!.files[1]);
    expect(layers[1]!.tree).toBe(model.values!.trees[1]);
    expect(layers[2]!.source).toBe(model.values!.sets[0]);
    expect(toJS(model.chart!.coalesced.root)).toEqual({ image: { tag: "two", repository: "r" }, extra: 1 });
  });
});

describe("env lists from values, as a chart that merges them by name reads them", () => {
  const ids = (text: string) => {
    const model = buildModel({ values: [file("v.yaml", text)], sets: [], manifests: [], options: DEFAULT_OPTIONS }, new Set());
    return model.facts.budgetIds.map((fact) => [fact.source, fact.id, fact.variable?.unresolved]);
  };

  it("an entry with no value, or value: null, gives the pod an empty id", () => {
    expect(ids("extraEnv:\n  - name: LITELLM_BUDGET_ID\n")).toEqual([["values", "", undefined]]);
    expect(ids("extraEnv:\n  - name: LITELLM_BUDGET_ID\n    value: null\n")).toEqual([["values", "", undefined]]);
  });

  it("skips nameless items and null padding, and still merges the list by name", () => {
    expect(ids("extraEnv:\n  - name: LITELLM_BUDGET_ID\n    value: a\n  - null\ncustomEnv:\n  - value: nameless\n  - name: LITELLM_BUDGET_ID\n    value: b\n")).toEqual([["values", "b", undefined]]);
  });

  it("a map as env value is an unknown id, never \"[object Object]\"", () => {
    expect(ids("extraEnv:\n  - name: LITELLM_BUDGET_ID\n    value: {nested: 1}\n")).toEqual([["values", undefined, "the value of LITELLM_BUDGET_ID is a map, not a string"]]);
  });
});
