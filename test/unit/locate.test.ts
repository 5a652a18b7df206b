/** Paths looked up through each mapping's key index against the plain way: a walk over the pairs, from the last. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from "yaml";
import type { PathSegment, YamlPath } from "../../src/core/types.ts";
import { walk } from "../../src/yaml/locate.ts";
import { explicitKeysFirst, isMergeKey } from "../../src/yaml/vnode.ts";

/** The lookup as it was before the index: every pair, from the last, for every segment. */
function referenceChild(doc: Document, node: Node, segment: PathSegment, merges = 0): { node: Node | null; pair: Pair | null } | undefined {
  if (isMap(node)) {
    for (const pass of explicitKeysFirst.has(doc) ? ["explicit", "merge"] : ["both"]) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i]!;
        if (isMergeKey(pair)) {
          if (pass === "explicit" || merges >= 50) continue;
          const value = pair.value as Node | null;
          const resolved = value && isAlias(value) ? ((value.resolve(doc) as Node | undefined) ?? null) : value;
          for (const item of resolved && isSeq(resolved) ? (resolved.items as (Node | null)[]) : [resolved]) {
            const map = item && isAlias(item) ? ((item.resolve(doc) as Node | undefined) ?? null) : item;
            const child = map && isMap(map) ? referenceChild(doc, map, segment, merges + 1) : undefined;
            if (child) return child;
          }
        } else if (pass !== "merge" && String(isScalar(pair.key) ? pair.key.value : pair.key) === String(segment)) {
          return { node: (pair.value as Node | null) ?? null, pair };
        }
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment];
    return item === undefined ? undefined : { node: isPair(item) ? null : (item as Node | null), pair: null };
  }
  return undefined;
}

function referenceWalk(doc: Document, path: YamlPath): { node: Node | null; pair: Pair | null; path: YamlPath } {
  let at: { node: Node | null; pair: Pair | null } = { node: doc.contents as Node | null, pair: null };
  let depth = 0;
  while (depth < path.length) {
    // An alias is followed, and where the path ends there, it is the aliased node that is answered.
    if (at.node && isAlias(at.node)) at = { ...at, node: (at.node.resolve(doc) as Node | undefined) ?? null };
    const child = at.node ? referenceChild(doc, at.node, path[depth]!) : undefined;
    if (!child) break;
    at = child;
    depth++;
  }
  return { node: at.node, pair: depth === 0 ? null : at.pair, path: path.slice(0, depth) };
}

const KEYS = ["a", "b", "c", "d"];
/** A mapping entry of the target: a key (repeats allowed), an alias of an anchored map, or a merge of one or two. */
const entry = fc.oneof(
  fc.record({ key: fc.constantFrom(...KEYS), nested: fc.boolean(), value: fc.nat(99) }).map(({ key, nested, value }) => (nested ? `${key}: {a: ${value}, b: [${value}]}` : `${key}: ${value}`)),
  fc.constantFrom("<<: *m0", "<<: *m1", "<<: [*m1, *m0]", "<<: *m2", "a: *m1", "d: *m0"),
);

describe("walk: a mapping's keys through an index", () => {
  it("finds what a walk over every pair finds, with repeated keys, merge keys, and explicit keys first or not", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.boolean(), fc.constantFrom("1.1", "1.2") as fc.Arbitrary<"1.1" | "1.2">, (entries, explicitFirst, version) => {
        const text = `anchors:\n  - &m0 {a: 100, c: 101}\n  - &m1 {b: 200, a: 201, d: {a: 202}}\n  - &m2 {<<: *m0, d: 300}\ntarget:\n${entries.map((line) => `  ${line}\n`).join("")}`;
        const doc = parseDocument(text, { version, merge: version === "1.1", uniqueKeys: false, prettyErrors: false }) as Document;
        expect(doc.errors).toEqual([]);
        if (explicitFirst) explicitKeysFirst.add(doc);
        for (const key of [...KEYS, "e"]) {
          for (const path of [["target", key], ["target", key, "a"], ["target", key, "b", 0], ["target", key, "a", "x"]] as YamlPath[]) {
            const got = walk(doc, path);
            const want = referenceWalk(doc, path);
            expect(got.path, path.join(".")).toEqual(want.path);
            expect(got.node === want.node && got.pair === want.pair, path.join(".")).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("answers from the pairs a mapping holds now when they change", () => {
    const doc = parseDocument("target:\n  a: 1\n  b: 2\n", { uniqueKeys: false }) as Document;
    expect(walk(doc, ["target", "b"]).path).toEqual(["target", "b"]);
    doc.setIn(["target", "c"], 3);
    expect(walk(doc, ["target", "c"]).path).toEqual(["target", "c"]);
    doc.deleteIn(["target", "b"]);
    expect(walk(doc, ["target", "b"]).path).toEqual(["target"]);
  });
});
