import { describe, expect, it } from "vitest";
import { loadValues } from "../../src/inputs/values.ts";
import { toJS } from "../../src/yaml/vnode.ts";
import {
  applySetAssignments,
  MAX_INDEX,
  MAX_NESTED_NAME_LEVEL,
  parseSetArgument,
  SetApplyError,
  type SetAssignment,
  type SetPathSegment,
  SetSyntaxError,
  type SetTerminal,
  typedVal,
} from "../../src/inputs/set-parser.ts";

type Flag = "--set" | "--set-string" | "--set-literal";

/** [path, value] or [path, value, terminal] (terminal defaults to "value"). */
type Expected = [SetPathSegment[], unknown] | [SetPathSegment[], unknown, SetTerminal];

export interface ParseCase {
  arg: string;
  flag?: Flag;
  assignments: Expected[];
  /** What Helm's ParseInto / ParseIntoString leaves in an empty map. */
  tree: Record<string, unknown>;
}

/**
 * Most of these come from Helm's pkg/strvals/parser_test.go (TestParseSet). The rest are quirks of
 * the same parser. Every `tree` was checked against Helm v3.21.4's parser.go compiled with Go.
 */
export const PARSE_CASES: ParseCase[] = [
  // --- Helm TestParseSet
  { arg: "name1=null,f=false,t=true", assignments: [[["name1"], null], [["f"], false], [["t"], true]], tree: { name1: null, f: false, t: true } },
  { arg: "name1=value1", assignments: [[["name1"], "value1"]], tree: { name1: "value1" } },
  { arg: "name1=value1,name2=value2", assignments: [[["name1"], "value1"], [["name2"], "value2"]], tree: { name1: "value1", name2: "value2" } },
  { arg: "name1=value1,name2=value2,", assignments: [[["name1"], "value1"], [["name2"], "value2"]], tree: { name1: "value1", name2: "value2" } },
  { arg: "name1=,name2=value2", assignments: [[["name1"], ""], [["name2"], "value2"]], tree: { name1: "", name2: "value2" } },
  { arg: "leading_zeros=00009", assignments: [[["leading_zeros"], "00009"]], tree: { leading_zeros: "00009" } },
  { arg: "zero_int=0", assignments: [[["zero_int"], 0]], tree: { zero_int: 0 } },
  { arg: "long_int=1234567890", assignments: [[["long_int"], 1234567890]], tree: { long_int: 1234567890 } },
  { arg: "boolean=true", assignments: [[["boolean"], true]], tree: { boolean: true } },
  { arg: "is_null=null", assignments: [[["is_null"], null]], tree: { is_null: null } },
  { arg: "name1=one\\,two,name2=three\\,four", assignments: [[["name1"], "one,two"], [["name2"], "three,four"]], tree: { name1: "one,two", name2: "three,four" } },
  { arg: "name1=one\\=two,name2=three\\=four", assignments: [[["name1"], "one=two"], [["name2"], "three=four"]], tree: { name1: "one=two", name2: "three=four" } },
  { arg: "name1=one two three,name2=three two one", assignments: [[["name1"], "one two three"], [["name2"], "three two one"]], tree: { name1: "one two three", name2: "three two one" } },
  { arg: "outer.inner=value", assignments: [[["outer", "inner"], "value"]], tree: { outer: { inner: "value" } } },
  { arg: "outer.middle.inner=value", assignments: [[["outer", "middle", "inner"], "value"]], tree: { outer: { middle: { inner: "value" } } } },
  {
    arg: "outer.inner1=value,outer.middle.inner=value",
    assignments: [[["outer", "inner1"], "value"], [["outer", "middle", "inner"], "value"]],
    tree: { outer: { inner1: "value", middle: { inner: "value" } } },
  },
  { arg: "name1.name2=", assignments: [[["name1", "name2"], "", "empty-at-end"]], tree: { name1: { name2: "" } } },
  { arg: "name1={value1,value2}", assignments: [[["name1"], ["value1", "value2"]]], tree: { name1: ["value1", "value2"] } },
  {
    arg: "name1={value1,value2},name2={value1,value2}",
    assignments: [[["name1"], ["value1", "value2"]], [["name2"], ["value1", "value2"]]],
    tree: { name1: ["value1", "value2"], name2: ["value1", "value2"] },
  },
  { arg: "name1={1021,902}", assignments: [[["name1"], [1021, 902]]], tree: { name1: [1021, 902] } },
  { arg: "name1.name2={value1,value2}", assignments: [[["name1", "name2"], ["value1", "value2"]]], tree: { name1: { name2: ["value1", "value2"] } } },
  { arg: "list[0]=foo", assignments: [[["list", 0], "foo"]], tree: { list: ["foo"] } },
  { arg: "list[0].foo=bar", assignments: [[["list", 0, "foo"], "bar"]], tree: { list: [{ foo: "bar" }] } },
  {
    arg: "list[0].foo=bar,list[0].hello=world",
    assignments: [[["list", 0, "foo"], "bar"], [["list", 0, "hello"], "world"]],
    tree: { list: [{ foo: "bar", hello: "world" }] },
  },
  { arg: "list[0]=foo,list[1]=bar,", assignments: [[["list", 0], "foo"], [["list", 1], "bar"]], tree: { list: ["foo", "bar"] } },
  { arg: "list[0]=foo,list[3]=bar", assignments: [[["list", 0], "foo"], [["list", 3], "bar"]], tree: { list: ["foo", null, null, "bar"] } },
  { arg: "noval[0]", assignments: [[["noval", 0], undefined, "index-only"]], tree: { noval: [] } },
  { arg: "noval[0]=", assignments: [[["noval", 0], "", "empty-at-end"]], tree: { noval: [""] } },
  { arg: "nested[0][0]=1", assignments: [[["nested", 0, 0], 1]], tree: { nested: [[1]] } },
  { arg: "nested[1][1]=1", assignments: [[["nested", 1, 1], 1]], tree: { nested: [null, [null, 1]] } },
  {
    arg: "name1.name2[1].foo=bar,name1.name2[0].foo=bar",
    assignments: [[["name1", "name2", 1, "foo"], "bar"], [["name1", "name2", 0, "foo"], "bar"]],
    tree: { name1: { name2: [{ foo: "bar" }, { foo: "bar" }] } },
  },
  { arg: "name1.name2[1].foo=bar", assignments: [[["name1", "name2", 1, "foo"], "bar"]], tree: { name1: { name2: [null, { foo: "bar" }] } } },
  // --- Helm TestParseSet, --set-string part
  { arg: "long_int_string=1234567890", flag: "--set-string", assignments: [[["long_int_string"], "1234567890"]], tree: { long_int_string: "1234567890" } },
  { arg: "boolean=true,is_null=null,zero=0", flag: "--set-string", assignments: [[["boolean"], "true"], [["is_null"], "null"], [["zero"], "0"]], tree: { boolean: "true", is_null: "null", zero: "0" } },
  { arg: "l={1,true,null}", flag: "--set-string", assignments: [[["l"], ["1", "true", "null"]]], tree: { l: ["1", "true", "null"] } },
  // --- typing (typedVal)
  {
    arg: "a=TRUE,b=False,c=NuLL,d=falſe,e=-012,f=+5,g=-0",
    assignments: [[["a"], true], [["b"], false], [["c"], null], [["d"], false], [["e"], -12], [["f"], 5], [["g"], 0]],
    tree: { a: true, b: false, c: null, d: false, e: -12, f: 5, g: 0 },
  },
  {
    arg: "f=1.5,e=1e3,h=0x1F,u=1_000,s= 1,big=9223372036854775808,t=yes",
    assignments: [[["f"], "1.5"], [["e"], "1e3"], [["h"], "0x1F"], [["u"], "1_000"], [["s"], " 1"], [["big"], "9223372036854775808"], [["t"], "yes"]],
    tree: { f: "1.5", e: "1e3", h: "0x1F", u: "1_000", s: " 1", big: "9223372036854775808", t: "yes" },
  },
  { arg: "l={1,true,null,x,007}", assignments: [[["l"], [1, true, null, "x", "007"]]], tree: { l: [1, true, null, "x", "007"] } },
  // --- escapes and odd values
  { arg: "nodeSelector.kubernetes\\.io/role=master", assignments: [[["nodeSelector", "kubernetes.io/role"], "master"]], tree: { nodeSelector: { "kubernetes.io/role": "master" } } },
  { arg: "a\\\\b=c\\\\d", assignments: [[["a\\b"], "c\\d"]], tree: { "a\\b": "c\\d" } },
  { arg: "k\\[0\\]=v\\n", assignments: [[["k[0]"], "vn"]], tree: { "k[0]": "vn" } },
  { arg: "a=b=c.d[0]", assignments: [[["a"], "b=c.d[0]"]], tree: { a: "b=c.d[0]" } },
  { arg: "a={},b=\\{x}", assignments: [[["a"], [""]], [["b"], "{x}"]], tree: { a: [""], b: "{x}" } },
  { arg: "a={x\\,y,z\\}}", assignments: [[["a"], ["x,y", "z}"]]], tree: { a: ["x,y", "z}"] } },
  { arg: "a=x\\", assignments: [[["a"], "x"]], tree: { a: "x" } },
  { arg: "ключ=значение😀,é.ü=1", assignments: [[["ключ"], "значение😀"], [["é", "ü"], 1]], tree: { ключ: "значение😀", é: { ü: 1 } } },
  // --- lists of maps, nested lists, indexes through strconv.Atoi
  {
    arg: "extraEnv[0].name=FOO,extraEnv[0].value=bar,extraEnv[1].name=X",
    assignments: [[["extraEnv", 0, "name"], "FOO"], [["extraEnv", 0, "value"], "bar"], [["extraEnv", 1, "name"], "X"]],
    tree: { extraEnv: [{ name: "FOO", value: "bar" }, { name: "X" }] },
  },
  { arg: "a[0].b[1].c=x", assignments: [[["a", 0, "b", 1, "c"], "x"]], tree: { a: [{ b: [null, { c: "x" }] }] } },
  { arg: "a[0][1].b=c,a[0][1].d=e", assignments: [[["a", 0, 1, "b"], "c"], [["a", 0, 1, "d"], "e"]], tree: { a: [[null, { b: "c", d: "e" }]] } },
  { arg: "a[+1]=x,b[007]=y,c[-0]=z", assignments: [[["a", 1], "x"], [["b", 7], "y"], [["c", 0], "z"]], tree: { a: [null, "x"], b: [null, null, null, null, null, null, null, "y"], c: ["z"] } },
  { arg: "a[0]=x,a[0].b=1", assignments: [[["a", 0], "x"], [["a", 0, "b"], 1]], tree: { a: [{ b: 1 }] } },
  { arg: "a[2]={x,y}", assignments: [[["a", 2], ["x", "y"]]], tree: { a: [null, null, ["x", "y"]] } },
  // --- Helm quirks around EOF and empty keys (no error, little or no effect)
  { arg: "a[0].b=", assignments: [[["a", 0, "b"], "", "empty-at-end"]], tree: { a: [] } },
  { arg: "a[0].b=,c=1", assignments: [[["a", 0, "b"], ""], [["c"], 1]], tree: { a: [{ b: "" }], c: 1 } },
  { arg: "a.", assignments: [[["a"], undefined, "dot-at-end"]], tree: {} },
  { arg: "a[0].", assignments: [[["a", 0], undefined, "dot-at-end"]], tree: { a: [] } },
  { arg: "nested[0][0]", assignments: [[["nested", 0, 0], undefined, "index-only"]], tree: { nested: [] } },
  { arg: "nested[1][0].b=", assignments: [[["nested", 1, 0, "b"], "", "empty-at-end"]], tree: { nested: [] } },
  { arg: "a[70000].b=", assignments: [[["a", 70000, "b"], "", "empty-at-end"]], tree: { a: [] } },
  { arg: "=x,.a=y,[0]=z,a.=", assignments: [[[""], "x"], [["", "a"], "y"], [["", 0], "z"], [["a", ""], "", "empty-at-end"]], tree: {} },
  { arg: "a[0].=x", assignments: [[["a", 0, ""], "x"]], tree: { a: [{}] } },
  { arg: "", assignments: [], tree: {} },
  { arg: "\\", assignments: [], tree: {} },
  { arg: "__proto__.polluted=1", assignments: [[["__proto__", "polluted"], 1]], tree: JSON.parse('{"__proto__":{"polluted":1}}') as Record<string, unknown> },
];

describe("parseSetArgument + applySetAssignments: Helm's parser table", () => {
  it("has at least 30 cases", () => {
    expect(PARSE_CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(PARSE_CASES.map((c) => [c.arg, c] as const))("%s", (_name, c) => {
    const flag = c.flag ?? "--set";
    const got = parseSetArgument(c.arg, flag, 3);
    expect(got.map((a) => [a.path, a.value, a.terminal])).toEqual(c.assignments.map(([p, v, t]) => [p, v, t ?? "value"]));
    for (const a of got) {
      expect(a.flag).toBe(flag);
      expect(a.argIndex).toBe(3);
      expect(a.segmentOffsets).toHaveLength(a.path.length);
    }
    const tree = applySetAssignments({}, got);
    expect(tree).toEqual(c.tree);
    expect(JSON.stringify(tree)).toBe(JSON.stringify(c.tree)); // also catches key order and -0
  });
});

describe("ranges", () => {
  const slices = (arg: string, flag: Flag = "--set") =>
    parseSetArgument(arg, flag, 0).map((a) => ({
      entry: arg.slice(a.start, a.end),
      key: arg.slice(a.start, a.keyEnd),
      value: arg.slice(a.valueStart, a.valueEnd),
      segments: a.segmentOffsets.map((o) => arg.slice(o)),
    }));

  it("slices simple, nested, list and escaped entries", () => {
    expect(slices("a.b=1,list[2].name=x\\,y,tags={p,q},nodeSelector.k\\.io/r=m")).toEqual([
      { entry: "a.b=1", key: "a.b", value: "1", segments: ["a.b=1,list[2].name=x\\,y,tags={p,q},nodeSelector.k\\.io/r=m", "b=1,list[2].name=x\\,y,tags={p,q},nodeSelector.k\\.io/r=m"] },
      {
        entry: "list[2].name=x\\,y",
        key: "list[2].name",
        value: "x\\,y",
        segments: ["list[2].name=x\\,y,tags={p,q},nodeSelector.k\\.io/r=m", "2].name=x\\,y,tags={p,q},nodeSelector.k\\.io/r=m", "name=x\\,y,tags={p,q},nodeSelector.k\\.io/r=m"],
      },
      { entry: "tags={p,q}", key: "tags", value: "{p,q}", segments: ["tags={p,q},nodeSelector.k\\.io/r=m"] },
      { entry: "nodeSelector.k\\.io/r=m", key: "nodeSelector.k\\.io/r", value: "m", segments: ["nodeSelector.k\\.io/r=m", "k\\.io/r=m"] },
    ]);
  });

  it("gives exact numbers for start/end/valueStart/valueEnd/keyEnd", () => {
    const [a, b, c] = parseSetArgument("x=1,yy={a,b},z=", "--set", 0);
    expect(a).toMatchObject({ start: 0, end: 3, keyEnd: 1, valueStart: 2, valueEnd: 3 });
    expect(b).toMatchObject({ start: 4, end: 12, keyEnd: 6, valueStart: 7, valueEnd: 12 });
    expect(c).toMatchObject({ start: 13, end: 15, keyEnd: 14, valueStart: 15, valueEnd: 15, terminal: "empty-at-end" });
  });

  it("handles empty values, valueless entries and a list followed by more text", () => {
    // `b[1]` at the very end is accepted (`b[1],` is not, see the error table)
    expect(slices("a=,b[1]")).toEqual([
      { entry: "a=", key: "a", value: "", segments: ["a=,b[1]"] },
      { entry: "b[1]", key: "b[1]", value: "", segments: ["b[1]", "1]"] },
    ]);
    expect(slices("a={x},b=2")).toEqual([
      { entry: "a={x}", key: "a", value: "{x}", segments: ["a={x},b=2"] },
      { entry: "b=2", key: "b", value: "2", segments: ["b=2"] },
    ]);
    expect(slices("p.q.")).toEqual([{ entry: "p.q.", key: "p.q.", value: "", segments: ["p.q.", "q."] }]);
  });

  it("counts UTF-16 code units, so astral characters stay sliceable", () => {
    const [a, b] = parseSetArgument("😀=😀x,k=v", "--set-string", 0);
    // 😀 is two UTF-16 code units: 😀=😀x is [0,2) "=" [3,5) "x" -> 6 code units
    expect(a).toMatchObject({ path: ["😀"], value: "😀x", start: 0, end: 6, keyEnd: 2, valueStart: 3, valueEnd: 6 });
    expect(b).toMatchObject({ path: ["k"], start: 7, end: 10, valueStart: 9, valueEnd: 10 });
  });

  it("ranges cover the raw escaped text of every entry", () => {
    const arg = "a\\.b=c\\,d,e[0]=\\{f},g.h={i\\,j}";
    const got = parseSetArgument(arg, "--set", 0);
    expect(got.map((a) => arg.slice(a.start, a.end))).toEqual(["a\\.b=c\\,d", "e[0]=\\{f}", "g.h={i\\,j}"]);
    expect(got.map((a) => a.value)).toEqual(["c,d", "{f}", ["i,j"]]);
  });
});

export interface ErrorCase {
  arg: string;
  message: string;
  column: number;
  /** entries Helm had already parsed (and applied) before failing */
  before?: number;
}

const nestedKey = (dots: number) => Array.from({ length: dots + 1 }, (_, i) => `n${i}`).join(".");

export const ERROR_CASES: ErrorCase[] = [
  // Helm TestParseSet error cases
  { arg: "name1=value1,,,,name2=value2,", message: 'key "" has no value (cannot end with ,)', column: 14, before: 1 },
  { arg: "name1,name2=", message: 'key "name1" has no value (cannot end with ,)', column: 1 },
  { arg: "name1,name2=value2\\", message: 'key "name1" has no value (cannot end with ,)', column: 1 },
  { arg: "name1,name2", message: 'key "name1" has no value (cannot end with ,)', column: 1 },
  { arg: "name1.name2", message: 'key "name2" has no value', column: 7 },
  { arg: "name1.name2,name1.name3", message: 'key "name2" has no value (cannot end with ,)', column: 7 },
  { arg: "name1.,name2", message: 'key "" has no value (cannot end with ,)', column: 7 },
  { arg: "name1={1021,902", message: "list must terminate with '}'", column: 7 },
  { arg: "list[0].foo=bar,list[-30].hello=world", message: "negative -30 index not allowed", column: 22, before: 1 },
  { arg: "list[0]=foo,list[-20]=bar", message: "negative -20 index not allowed", column: 18, before: 1 },
  { arg: "illegal[0]name.foo=bar", message: "unexpected data at end of array index: ['n' 'a' 'm' 'e']", column: 11 },
  // more
  { arg: "a=1,b", message: 'key "b" has no value', column: 5, before: 1 },
  { arg: "a.b\\", message: 'key "b" has no value', column: 3 },
  { arg: "a[x]=1", message: 'error parsing index: strconv.Atoi: parsing "x": invalid syntax', column: 3 },
  { arg: "a[]=1", message: 'error parsing index: strconv.Atoi: parsing "": invalid syntax', column: 3 },
  { arg: "a[1.5]=1", message: 'error parsing index: strconv.Atoi: parsing "1.5": invalid syntax', column: 3 },
  { arg: "a[99999999999999999999]=1", message: 'error parsing index: strconv.Atoi: parsing "99999999999999999999": value out of range', column: 3 },
  { arg: "a[0", message: "error parsing index: EOF", column: 3 },
  // Go's ParseUint reports the overflow before it reaches the bad character
  { arg: "a[99999999999999999999x]=1", message: 'error parsing index: strconv.Atoi: parsing "99999999999999999999x": value out of range', column: 3 },
  { arg: "a[9999999999999999999x]=1", message: 'error parsing index: strconv.Atoi: parsing "9999999999999999999x": invalid syntax', column: 3 },
  { arg: "a[0]x=1", message: "unexpected data at end of array index: ['x']", column: 5 },
  { arg: "a[65537]=1", message: "index of 65537 is greater than maximum supported index of 65536", column: 3 },
  { arg: "b=1,a[65537]={x}", message: "index of 65537 is greater than maximum supported index of 65536", column: 7, before: 1 },
  { arg: "a[1][65537].b=1", message: "index of 65537 is greater than maximum supported index of 65536", column: 6 },
  { arg: "a=,b[1],", message: "unexpected data at end of array index: [',']", column: 8, before: 1 },
  { arg: "a[1]x={y", message: "unexpected data at end of array index: ['x']", column: 5 },
  { arg: "a=1,b={x,y", message: "list must terminate with '}'", column: 7, before: 1 },
  { arg: "a={x\\}", message: "list must terminate with '}'", column: 3 },
  { arg: "a={x}y", message: 'key "y" has no value', column: 6, before: 1 },
  { arg: `${nestedKey(MAX_NESTED_NAME_LEVEL + 1)}=v`, message: "value name nested level is greater than maximum supported nested level of 30", column: nestedKey(MAX_NESTED_NAME_LEVEL).length + 1 },
];

describe("syntax errors", () => {
  it.each(ERROR_CASES.map((c) => [c.arg, c] as const))("%s", (_name, c) => {
    let caught: unknown;
    try {
      parseSetArgument(c.arg, "--set", 1);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(SetSyntaxError);
    const err = caught as SetSyntaxError;
    expect(err.helmMessage).toBe(c.message);
    expect(err.column).toBe(c.column);
    expect(err.offset).toBe(c.column - 1);
    expect(err.flag).toBe("--set");
    expect(err.argIndex).toBe(1);
    expect(err.message).toBe(`${c.message} (--set #2, column ${c.column})`);
    expect(err.assignmentsBefore).toHaveLength(c.before ?? 0);
  });

  it("allows exactly 30 map dots, and dots after an index do not count", () => {
    expect(parseSetArgument(`${nestedKey(MAX_NESTED_NAME_LEVEL)}=v`, "--set", 0)[0]?.path).toHaveLength(31);
    const viaList = `l[0].${nestedKey(MAX_NESTED_NAME_LEVEL)}=v`;
    expect(parseSetArgument(viaList, "--set", 0)[0]?.path).toHaveLength(33);
  });

  it("refuses list indexes and --set-json values nested past limits.maxDepth (helm takes thousands; the values tree is not read that deep)", () => {
    const set = (depth: number) => ({ flag: "--set" as const, arg: `a${"[0]".repeat(depth)}=1`, index: 0 });
    const json = (depth: number) => ({ flag: "--set-json" as const, arg: `a=${"[".repeat(depth)}${"]".repeat(depth)}`, index: 0 });
    expect(() => loadValues([], [set(5000)])).toThrow("nesting deeper than 500 levels (limits.maxDepth in the config) (--set #1, column 1500)");
    expect(() => loadValues([], [json(3000)])).toThrow("nesting deeper than 500 levels (limits.maxDepth in the config) (--set-json #1, column 3)");
    // The limit is the config's, and a value just within it is read.
    expect(() => loadValues([], [json(40)], { maxDepth: 30, maxAliases: 1000 })).toThrow("nesting deeper than 30 levels");
    expect(loadValues([], [set(400), json(400)]).problems).toEqual([]);
  });

  it("refuses a --set-json number out of float64's range, as Go's encoding/json does", () => {
    expect(() => loadValues([], [{ flag: "--set-json", arg: 'a=[{"v": 1e400}]', index: 0 }])).toThrow('invalid JSON value "[{\\"v\\": 1e400}]" (--set-json #1, column 3)');
    expect(toJS(loadValues([], [{ flag: "--set-json", arg: 'a=[{"v": 1e300}]', index: 0 }]).root)).toEqual({ a: [{ v: 1e300 }] });
  });

  it("allows index 65536 (Helm's MaxIndex is inclusive) and grows the list with null", () => {
    const tree = applySetAssignments({}, parseSetArgument(`a[${MAX_INDEX}]=1`, "--set", 0));
    const list = tree.a as unknown[];
    expect(list).toHaveLength(MAX_INDEX + 1);
    expect(list[MAX_INDEX]).toBe(1);
    expect(list[0]).toBeNull();
    expect(list.every((v, i) => (i === MAX_INDEX ? v === 1 : v === null))).toBe(true);
  });
});

const applyArgs = (base: Record<string, unknown>, args: [Flag, string][]) => {
  const counters = { "--set": 0, "--set-string": 0, "--set-literal": 0 };
  return applySetAssignments(
    base,
    args.flatMap(([flag, arg]) => parseSetArgument(arg, flag, counters[flag]++)),
  );
};

const applyError = (base: Record<string, unknown>, arg: string): SetApplyError => {
  const assignments = parseSetArgument(arg, "--set", 0);
  try {
    applySetAssignments(base, assignments);
  } catch (e) {
    expect(e).toBeInstanceOf(SetApplyError);
    return e as SetApplyError;
  }
  throw new Error(`expected ${arg} to fail`);
};

describe("applySetAssignments on existing values (Helm ParseInto)", () => {
  it("overwrites and adds inside existing maps (TestParseInto #1)", () => {
    const base = { outer: { inner1: "overwrite", inner2: "value2" } };
    const got = applyArgs(base, [["--set", "outer.inner1=value1,outer.inner3=value3,outer.inner4=4"]]);
    expect(got).toEqual({ outer: { inner1: "value1", inner2: "value2", inner3: "value3", inner4: 4 } });
    expect(base).toEqual({ outer: { inner1: "overwrite", inner2: "value2" } }); // input untouched
  });

  it("merges into maps inside nested lists (TestParseInto #2, #3)", () => {
    expect(applyArgs({}, [["--set", "listOuter[0][0].type=listValue"], ["--set", "listOuter[0][0].status=alive"]])).toEqual({
      listOuter: [[{ type: "listValue", status: "alive" }]],
    });
    expect(applyArgs({}, [["--set", "listOuter[0][0].type=listValue"], ["--set", "listOuter[1][0].status=alive"]])).toEqual({
      listOuter: [[{ type: "listValue" }], [{ status: "alive" }]],
    });
  });

  it("keeps existing list items when indexing deeper (TestParseInto #4)", () => {
    const base = { listOuter: [[[{ exited: "old" }]]] };
    const got = applyArgs(base, [["--set", "listOuter[0][1][0].type=listValue"], ["--set", "listOuter[0][0][1].status=alive"]]);
    expect(got).toEqual({ listOuter: [[[{ exited: "old" }, { status: "alive" }], [{ type: "listValue" }]]] });
    expect(base).toEqual({ listOuter: [[[{ exited: "old" }]]] });
  });

  it("--set-string keeps strings (TestParseIntoString)", () => {
    const got = applyArgs({ outer: { inner1: "overwrite", inner2: "value2" } }, [["--set-string", "outer.inner1=1,outer.inner3=3"]]);
    expect(got).toEqual({ outer: { inner1: "1", inner2: "value2", inner3: "3" } });
  });

  it("applies every --set before every --set-string, then by argIndex", () => {
    const got = applyArgs({}, [
      ["--set-string", "a=first,b=s0"],
      ["--set", "a=2,b=3,c=4"],
      ["--set-string", "b=s1"],
      ["--set", "c=5"],
    ]);
    expect(got).toEqual({ a: "first", b: "s1", c: 5 });
  });

  it("--set-literal: the rest of the argument is the value, a string; the key has no escapes; applied last (literal_parser.go)", () => {
    expect(applyArgs({}, [["--set-literal", "a.b=x,y={1,2}\\,null"]])).toEqual({ a: { b: "x,y={1,2}\\,null" } });
    expect(applyArgs({}, [["--set-literal", "a\\.b=1"]])).toEqual({ "a\\": { b: "1" } });
    expect(applyArgs({}, [["--set-literal", "list[1]="]])).toEqual({ list: [null, ""] });
    expect(applyArgs({}, [["--set-literal", "a=literal"], ["--set", "a=1"], ["--set-string", "a=s"]])).toEqual({ a: "literal" });
    expect(() => parseSetArgument("a.b", "--set-literal", 0)).toThrow('key "b" has no value');
  });

  it("stores null instead of deleting (deletion is coalescing's job)", () => {
    expect(applyArgs({ a: { b: 1, c: 2 } }, [["--set", "a.b=null"]])).toEqual({ a: { b: null, c: 2 } });
  });

  it("replaces a scalar list item with a map, without error", () => {
    expect(applyArgs({ a: ["x", "y"] }, [["--set", "a[1].k=v"]])).toEqual({ a: ["x", { k: "v" }] });
    expect(applyArgs({ a: ["x"] }, [["--set", "a[0]."]])).toEqual({ a: [{}] });
  });

  it("lets index-only and dot-at-end entries leave existing values alone", () => {
    expect(applyArgs({ a: [1, 2] }, [["--set", "a[5]"]])).toEqual({ a: [1, 2] });
    expect(applyArgs({ a: { b: 1 } }, [["--set", "a."]])).toEqual({ a: { b: 1 } });
  });

  it("fills a map already in a list even when the value is lost at EOF", () => {
    // `a[0].b=` at the very end sets nothing in a new map, but an existing map is changed in place
    expect(applyArgs({ a: [{ x: 1 }] }, [["--set", "a[0].b="]])).toEqual({ a: [{ x: 1, b: "" }] });
  });

  it("replaces a scalar list item in place even when the entry then ends at EOF", () => {
    // Go sets list[0] = {} in the shared slice before it reads `b=`, so the change survives
    expect(applyArgs({ a: ["x", "y"] }, [["--set", "a[0].b="]])).toEqual({ a: [{ b: "" }, "y"] });
    expect(applyArgs({ a: [["x"]] }, [["--set", "a[0][0].b="]])).toEqual({ a: [[{ b: "" }]] });
  });

  it("treats a null list item as an absent nested list", () => {
    expect(applyArgs({ a: [null] }, [["--set", "a[0][1]=x"]])).toEqual({ a: [[null, "x"]] });
  });

  it("accepts `a.=x` when `a` is already a non-empty map", () => {
    expect(applyArgs({ a: { q: 1 } }, [["--set", "a.=x"]])).toEqual({ a: { q: 1 } });
  });

  it("returns fresh arrays for list values", () => {
    const assignments = parseSetArgument("a={1,2}", "--set", 0);
    const t1 = applySetAssignments({}, assignments);
    (t1.a as unknown[]).push(3);
    expect(applySetAssignments({}, assignments)).toEqual({ a: [1, 2] });
    expect(assignments[0]?.value).toEqual([1, 2]);
  });
});

describe("apply errors (depend on the values already there)", () => {
  it.each([
    [{}, "]={}].", "unable to parse key: interface conversion: interface {} is []interface {}, not map[string]interface {}", 5],
    [{ image: "nginx" }, "image.tag=1", "unable to parse key: interface conversion: interface {} is string, not map[string]interface {}", 1],
    [{}, "a=null,a.b=1", "unable to parse key: interface conversion: interface {} is nil, not map[string]interface {}", 8],
    [{ list: "x" }, "list[0]=1", "unable to parse key: interface conversion: interface {} is string, not []interface {}", 1],
    [{ m: { k: true } }, "m.k[0]=1", "unable to parse key: interface conversion: interface {} is bool, not []interface {}", 3],
    [{ l: [{ a: 1 }] }, "l[0][0]=1", "unable to parse key: interface conversion: interface {} is map[string]interface {}, not []interface {}", 3],
    [{}, "a.=x", 'key map "a" has no value', 1],
    [{ a: {} }, "a.[0]=x", 'key map "a" has no value', 1],
    [{}, "x=1,a.b.=x", 'key map "b" has no value', 7],
  ] as const)("%j + %s", (base, arg, message, column) => {
    const err = applyError(structuredClone(base) as Record<string, unknown>, arg);
    expect(err.helmMessage).toBe(message);
    expect(err.column).toBe(column);
    expect(err.assignment.flag).toBe("--set");
    expect(err.message).toBe(`${message} (--set #1, column ${column})`);
  });
});

describe("typedVal", () => {
  it.each([
    ["true", true],
    ["tRuE", true],
    ["FALSE", false],
    ["falſe", false],
    ["null", null],
    ["Null", null],
    ["nil", "nil"],
    ["0", 0],
    ["00", "00"],
    ["0.0", "0.0"],
    ["-1", -1],
    ["+42", 42],
    ["-0", 0],
    ["9223372036854775807", 9223372036854775807],
    ["-9223372036854775808", -9223372036854775808],
    ["9223372036854775808", "9223372036854775808"],
    ["1.0", "1.0"],
    ["", ""],
    ["+", "+"],
    ["yes", "yes"],
    ["~", "~"],
  ] as const)("%j -> %j", (input, expected) => {
    const got = typedVal(input, false);
    expect(Object.is(got, expected)).toBe(true);
    expect(typedVal(input, true)).toBe(input);
  });
});

describe("assignment shape", () => {
  it("reports provenance for every assignment", () => {
    const got: SetAssignment[] = parseSetArgument("a[1].b={x,y}", "--set-string", 4);
    expect(got).toEqual([
      {
        path: ["a", 1, "b"],
        value: ["x", "y"],
        flag: "--set-string",
        argIndex: 4,
        start: 0,
        end: 12,
        valueStart: 7,
        valueEnd: 12,
        keyEnd: 6,
        segmentOffsets: [0, 2, 5],
        terminal: "value",
      },
    ]);
  });
});

describe("helm 4, --set-json and --set-file", () => {
  it("helm 4 ends at an unclosed index (the entries before it stand); helm 3 fails", () => {
    expect(() => parseSetArgument("x=1,a[0", "--set", 0)).toThrow(SetSyntaxError);
    expect(parseSetArgument("x=1,a[0", "--set", 0, 4).map((a) => [a.path, a.value])).toEqual([[["x"], 1]]);
  });

  it("--set-json reads one JSON value per key, nothing before a comma is null", () => {
    const got = parseSetArgument('a={"b":[1,"x,y"]}, c = 2,d=,e="s"', "--set-json", 0);
    expect(got.map((a) => [a.path, a.value])).toEqual([[["a"], { b: [1, "x,y"] }], [[" c "], 2], [["d"], null], [["e"], "s"]]);
    expect(() => parseSetArgument("a={", "--set-json", 0)).toThrow(SetSyntaxError);
  });

  it("applies --set-json before --set, and --set-file last, whatever the command-line order", () => {
    const json = parseSetArgument('x={"from":"json"},y=1', "--set-json", 1);
    const set = parseSetArgument("x.from=set", "--set", 0);
    expect(applySetAssignments({}, [...json, ...set])).toEqual({ x: { from: "set" }, y: 1 });
  });

  it("places a node inside a --set-json value at its own columns in the argument", () => {
    const arg = 'extraEnv=[{"name":"LITELLM_BUDGET_ID","value":""},{"name":"X","value":true}]';
    const model = loadValues([], [{ flag: "--set-json", arg, index: 0 }]);
    const env = model.root.entries.get("extraEnv");
    const second = env?.kind === "seq" && env.items[1]?.kind === "map" ? env.items[1].entries.get("value") : undefined;
    expect(second?.origin.path).toEqual(["extraEnv", 1, "value"]);
    const { start, end } = second!.origin.source.locate(second!.origin.path, "value");
    expect(arg.slice(start.column - 1, end.column - 1)).toBe("true");
    // A value over several lines is placed at the whole value, as before.
    const multi = loadValues([], [{ flag: "--set-json", arg: 'a={"b":\n1}', index: 0 }]);
    const b = multi.root.entries.get("a");
    const node = b?.kind === "map" ? b.entries.get("b") : undefined;
    expect(node!.origin.source.locate(node!.origin.path, "value").start.column).toBe(3);
  });
});
