/**
 * Positions from the fast reader's spans against `yaml`'s: every path lookup (value, key and pair
 * of every node, and of a key and an index that are not there) must give the same range.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify, type ToStringOptions } from "yaml";
import { renderedManifest } from "../../scripts/bench-inputs.ts";
import { helmBinary } from "../../tools/helm.ts";
import { readFast, readSpans, splitDocuments, UNSUPPORTED, type Span } from "../../src/yaml/fast-reader.ts";
import { spanMismatches } from "../support/positions.ts";
import { loadManifests } from "../../src/inputs/manifests.ts";
import { FIXTURES } from "../support/fixtures.ts";

/** Documents the spans must cover, with the shapes positions depend on. */
const covered: Array<[string, string]> = [
  ["plain keys and values", "apiVersion: v1\nkind: ConfigMap\n"],
  ["source comment and comments before the content", "# Source: c/templates/x.yaml\n# more\n\na: 1\nb:\n  c: 2\n"],
  ["nested mappings", "metadata:\n  name: x\n  labels:\n    app: y\n    tier: web\nspec: {}\n"],
  ["quoted keys", "\"a b\": 1\n'c''d': 2\n\"e\" : 3\n"],
  ["quoted keys the line reader reads (helm's hook annotations)", "metadata:\n  annotations:\n    \"helm.sh/hook\": pre-install\n    'helm.sh/hook-weight': \"-5\"\n    \"e\" : 3\n    \"\":\n  \"labels\":\n    a: b\n\"items\":\n- \"x\"\n"],
  ["keys resolved by the core schema", "1: a\n0x10: b\n1.50: c\ntrue: d\n"],
  ["compact sequence at the key's indentation", "env:\n- name: A\n  value: \"1\"\n- name: B\n  valueFrom:\n    secretKeyRef:\n      name: s\n      key: k\nnext: 1\n"],
  ["indented sequence", "args:\n  - --port\n  - \"4000\"\nx: y\n"],
  ["sequence of sequences", "- - a\n  - b\n- - c\n-   - d\n"],
  ["dash alone then nested block", "-\n  a: 1\n  b: 2\n-\n  - x\n-\n- last\n"],
  ["empty values", "a:\nb:   \nc:\n  d:\ne:\n- \n-   \n-\nf:"],
  ["empty values at the end", "a:\n  b:\n  c:   \n"],
  ["trailing spaces", "a: b   \nc:   \n  d: e  \n"],
  ["quoted values", "a: 'it''s'\nb: \"x\\ny\"  \nc: ''\n"],
  ["flow collections", "a: {}\nb: []\nc: {cpu: 2, memory: 2048Mi}\nd: [a, \"b\", 'c', 1, true, null, ~]\ne: {x: [1, {y: z}], \"q\":1}\nf: [ ]\ng: [a b, c]\n"],
  ["flow collections in sequences", "- {name: a}\n- [1, 2]\n- []\n"],
  ["literal block scalars", "script: |\n  #!/bin/sh\n  echo \"a: b\"\n\n    indented\n  done  \nnext: 1\nclip: |\n  a\n\n\nstrip: |-\n  a\n\n\nkeep: |+\n  a\n\n\nend: |\n"],
  ["folded block scalars", "a: >\n  one\n  two\n\n  three\nb: >-\n  x\nc:\n  - >\n    y\n  - |2\n     z\n"],
  ["multi-line flow collections", "command: [\"a\",\n          \"b\"]\nk:\n  args: [\n    a,\n    b\n  ]\n  m: {x: 1,\n    y: [2,\n      3]}\nl:\n- [a,\n b]\n"],
  ["trailing commas, flow collections over lines after their key, block scalar headers on their own line", "a: [1, 2,]\nb: {x: 1, }\nc:\n  [1,\n  2,\n  ]\nd:\n  e:\n    |\n      x\n  f:\n    >-\n     y\n     z\n"],
  ["scalars alone on the line after their key", "k:\n  rules.yaml:\n    '{}'\n  b:\n    plain\n    continued\n  c:\n    \"x\n    y\"\n  d:\n    12\nl:\n- \n  x\n-\n  \"k\": v\n"],
  ["block scalars with whitespace-only lines deeper than their content", "a: |\n  x\n     \n  y\nb: >\n  x\n    \n\n  z\nc: |+\n  x\n    \n\nd: |-\n  x\n    \ne: |\n  x\n    "],
  ["block scalar at the end without a line break", "a:\n  b: |\n    x"],
  ["document indented as a whole", "  a: 1\n  b:\n    - 2\n"],
  ["top-level sequence", "- a\n- 1\n- {b: c}\n"],
  ["unicode", "emoji: 🎉\n🎉: é\n"],
  ["repeated keys (lookups take the last one)", "a: 1\nb:\n  c: 1\na:\n  d: 2\n"],
  ["helm shapes: {} alone on the next line, multi-line plain and quoted scalars", "spec:\n  securityContext:\n    {}\n  description: one\n    two\n\n    three\n  quoted: 'a,\n    b'\n  double: \"x\\\n    y\"\n  list:\n  - one\n    two\n  - []\n"],
];

/** Documents left to `yaml`: their ranges take in comments (or CRs) by rules the spans do not follow. */
const leftToYaml: Array<[string, string]> = [
  ["comment line after content", "a:\n  b: 1\n  # c\nd: 2\n"],
  ["trailing comment", "a: b # c\n"],
  ["comment at the end", "a: 1\n# end\n"],
  ["CRLF", "a: 1\r\nb: 2\r\n"],
  ["comment in a flow collection over lines", "a: [1, # c\n  2]\n"],
  ["empty document", "# only a comment\n"],
];

describe("readSpans", () => {
  it.each(covered)("gives yaml's ranges: %s", (_name, text) => {
    expect(spanMismatches(text)).toEqual([]);
  });

  it.each(leftToYaml)("leaves it to yaml: %s", (_name, text) => {
    expect(readSpans(text)).toBe(UNSUPPORTED);
  });

  it("gives yaml's ranges in every fixture manifest it covers", () => {
    let checked = 0;
    for (const file of yamlFiles(FIXTURES)) {
      for (const doc of splitDocuments(readFileSync(file, "utf8"))) {
        if (doc.needsFullParse) continue;
        const mismatches = spanMismatches(doc.text);
        if (mismatches === UNSUPPORTED) continue;
        expect(mismatches, `${file}:${doc.line + 1}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("gives yaml's ranges in generated manifests", () => {
    for (const doc of splitDocuments(renderedManifest(60_000, 0.5).text)) {
      expect(spanMismatches(doc.text)).toEqual([]);
      // Read with a focus, a workload's document skips what is off the path.
      const focused = readSpans(doc.text, { path: ["metadata", "name"] });
      expect(focused).not.toBe(UNSUPPORTED);
      expect([...(focused as Span).entries!.values()].filter((entry) => entry.value.skipped).map((entry) => entry.key)).not.toEqual([]);
    }
  });

  it.each([3, 4] as const)("gives yaml's ranges in real helm %i output of the fixture chart", (major) => {
    const chart = join(FIXTURES, "charts", "codemie-lite");
    const values = readdirSync(join(FIXTURES, "charts", "values")).map((name) => join(FIXTURES, "charts", "values", name));
    let covered = 0;
    for (const file of [undefined, ...values]) {
      const output = helmTemplate(major, ["rel", chart, ...(file ? ["-f", file] : [])]);
      for (const doc of splitDocuments(output)) {
        const mismatches = spanMismatches(doc.text);
        if (mismatches === UNSUPPORTED) continue;
        expect(mismatches).toEqual([]);
        covered++;
      }
    }
    expect(covered).toBeGreaterThan(3);
  });

  // fixtures/charts/helm-shapes renders the shapes seen in real renders of CodeMie's chart and of
  // kube-prometheus-stack's CRDs: none of them may fall back to yaml again.
  it.each([3, 4] as const)("reads real helm %i output of the helm-shapes chart without yaml, values and positions alike", (major) => {
    const output = helmTemplate(major, ["rel", join(FIXTURES, "charts", "helm-shapes"), "--include-crds"]);
    const docs = splitDocuments(output);
    expect(docs).toHaveLength(5);
    expect(output).toMatch(/securityContext:\n +\{\}\n/);
    expect(output).toMatch(/\n {6}\n {4}\n {4}clients:/);
    expect(output).toMatch(/command: \["app",\n {20}"--log/);
    expect(output).toMatch(/args: \[\n.*",\n {12}\]\n/);
    expect(output).toMatch(/rules\.yaml:\n {4}\|\n {6}groups:/);
    for (const doc of docs) {
      expect(doc.needsFullParse).toBe(false);
      expect(readFast(doc.text)).toStrictEqual(parseDocument(doc.text).toJS());
      expect(spanMismatches(doc.text)).toEqual([]);
    }
  });

  // Shapes of public charts' renders that went to a slower reader: quoted annotation keys (helm's
  // hooks, `"helm.sh/resource-policy": keep` on CRDs: argo-rollouts' 1 MB of CRDs, ingress-nginx's
  // hook Jobs) to the recursive one, RBAC rules at their key's column (fluent-bit's ClusterRole) to
  // a full read, a block scalar's line of spaces deeper than its content (promtail's config) to yaml.
  it.each([3, 4] as const)("reads helm %i's hook Job with the line reader, its kept CRD and ClusterRole for their identity only, and its config without yaml", (major) => {
    const output = helmTemplate(major, ["rel", join(FIXTURES, "charts", "helm-shapes"), "--include-crds"]);
    const reader = (kind: string) => {
      const doc = splitDocuments(output).find((part) => part.text.includes(`\nkind: ${kind}\n`))!;
      const { readBy } = loadManifests([{ name: "rendered.yaml", text: doc.text }]);
      return Object.entries(readBy).find(([, characters]) => characters > 0)?.[0];
    };
    expect(output).toMatch(/^ {4}"helm\.sh\/hook": /m);
    expect(output).toMatch(/^ {4}"helm\.sh\/resource-policy": keep$/m);
    expect(reader("Job")).toBe("lines");
    expect(reader("CustomResourceDefinition")).toBe("identity");
    expect(reader("ClusterRole")).toBe("identity");
    expect(reader("ConfigMap")).toBe("recursive");
  });

  it("gives yaml's ranges for yaml.stringify output", () => {
    const words = fc.array(fc.constantFrom("a", "word", "`Pod`", "- x", "'q'", "", "x\n\ny"), { maxLength: 12 }).map((list) => list.join(" "));
    const scalar = fc.oneof(fc.string({ maxLength: 12 }), words, fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom("", " a ", "a: b", "- x", "line\nbreak", "x\n\n", "#", "1.5", "null"));
    const key = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("null", "1", "true", "a b", ""));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(key, tie("node"), { maxKeys: 4 })),
    })).node;
    let checked = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), fc.constantFrom<ToStringOptions>({}, { indentSeq: false }, { indent: 4 }, { collectionStyle: "flow" }, { lineWidth: 20, minContentWidth: 0 }, { lineWidth: 20, minContentWidth: 0, defaultStringType: "QUOTE_DOUBLE" }), (object, options) => {
        const text = stringify(object, options);
        const mismatches = spanMismatches(text);
        if (mismatches === UNSUPPORTED) return;
        checked++;
        expect(mismatches, text).toEqual([]);
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(checked).toBeGreaterThan(150);
  });
});

/** What helm renders; nothing for the values files it refuses. */
function helmTemplate(major: 3 | 4, args: string[]): string {
  try {
    return execFileSync(helmBinary(major), ["template", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return "";
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith(".yaml") ? [path] : [];
  });
}
