/**
 * How loadManifests reads each document: identity only for kinds rules read nothing else of, in
 * full (line reader, readFast, then yaml) for the rest.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, parseDocument } from "yaml";
import { renderedManifest } from "../../scripts/bench-inputs.ts";
import { generateManifests } from "../support/yaml-cases.ts";
import { controlBytesIn } from "../../src/core/control-bytes.ts";
import { COPY_DOCUMENTS_BELOW, loadManifests, type ManifestDocumentSource } from "../../src/inputs/manifests.ts";
import { LineIndex } from "../../src/yaml/line-index.ts";
import { resolveRange } from "../../src/yaml/locate.ts";
import { blockItemRanges } from "../../src/yaml/line-reader.ts";

const crd = (body: string) => `---
# Source: chart/crds/things.yaml
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: things.example.com
spec:
  group: example.com
  versions:
  - name: v1
    schema:
      openAPIV3Schema:
${body}
`;

describe("identity-only kinds", () => {
  it("keeps who a CRD is and passes over its schema, even one that does not parse", () => {
    const broken = crd("        description: a: b: c\n        type: [object\n        type: object");
    const model = loadManifests([{ name: "m.yaml", text: broken }]);
    expect(model.problems).toEqual([]);
    expect(model.objects.map((object) => object.identity)).toEqual([{ apiVersion: "apiextensions.k8s.io/v1", kind: "CustomResourceDefinition", name: "things.example.com", source: "chart/crds/things.yaml" }]);
    expect(model.objects[0]!.images).toEqual([]);
  });

  it("reads in full what the top level does not show to be an identity-only kind", () => {
    // A top-level line that is not a key: the document goes to the full readers, which report it.
    const model = loadManifests([{ name: "m.yaml", text: `${crd("        type: object")}- stray\n` }]);
    expect(new Set(model.problems.map((problem) => problem.kind))).toEqual(new Set(["syntax"]));
  });

  it("reads a Service of another API group in full: a Knative Service holds containers", () => {
    const knative = `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: api
spec:
  template:
    spec:
      containers:
      - image: ghcr.io/codemie/api:1.0
`;
    const core = knative.replace("serving.knative.dev/v1", "v1");
    expect(loadManifests([{ name: "m.yaml", text: knative }]).objects[0]!.images).toEqual(["ghcr.io/codemie/api:1.0"]);
    expect(loadManifests([{ name: "m.yaml", text: core }]).objects[0]!.images).toEqual([]);
  });

  it("reads workloads, ConfigMaps and Secrets in full, repeated keys included", () => {
    const text = `apiVersion: v1
kind: ConfigMap
metadata:
  name: c
data:
  a: "1"
  a: "2"
`;
    const model = loadManifests([{ name: "m.yaml", text }]);
    expect(model.problems.map((problem) => problem.kind)).toEqual(["duplicate-key"]);
    expect(model.objects[0]!.data).toEqual({ a: "2" });
  });

  it("reads plain scalars the same whichever reader takes the document (YAML 1.2: yes is a string)", () => {
    const doc = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  a: yes\n  b: on\n  c: 0o10\n  d: 1_000\n  e: ~\n`;
    // An anchor sends the document to the yaml fallback; without it a fast reader takes it.
    const [fast, fallback] = [doc("c"), doc("&n c")].map((text) => loadManifests([{ name: "m.yaml", text }]).objects[0]!.data);
    expect(fallback).toEqual(fast);
    expect(fast).toEqual({ a: "yes", b: "on", c: 8, d: "1_000", e: null });
  });

  it("refuses a null key whichever reader takes the document, as kubectl and helm do (no JSON key)", () => {
    const head = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n";
    for (const data of ["data:\n  null: a\n", "data:\n  ~: a\n", "data:\n  Null: a\n", "data: {null: a}\n", "data:\n  ? \n  : a\n"]) {
      // The line reader, the recursive reader and the yaml fallback (an anchor sends a document there).
      for (const text of [head + data, head.replace("name: c", "name: &n c") + data]) {
        const model = loadManifests([{ name: "m.yaml", text }]);
        expect(model.problems.map((problem) => [problem.kind, problem.message.replace(/null key .*?: a JSON/, "null key: a JSON")]), text).toEqual([["syntax", "kubectl and helm cannot read the null key: a JSON key must be a string (unsupported map key of type nil)"]]);
      }
    }
    // A quoted "null" is a string.
    expect(loadManifests([{ name: "m.yaml", text: `${head}data:\n  "null": a\n` }]).objects[0]!.data).toEqual({ null: "a" });
  });
});

describe("who reads what", () => {
  it("counts each document's characters for the reader that took it", () => {
    const documents = {
      identity: "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n  - port: 80\n",
      lines: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n",
      recursive: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  f: |\n    x\n",
      yaml: "apiVersion: v1\nkind: ConfigMap\nmetadata: &m\n  name: c2\n",
    };
    const text = Object.values(documents).map((document) => `---\n${document}`).join("");
    const { readBy } = loadManifests([{ name: "m.yaml", text }]);
    expect(readBy).toEqual(Object.fromEntries(Object.entries(documents).map(([reader, document]) => [reader, document.length])));
  });
});

describe("documents read in full", () => {
  it("give the images of their containers under spec, template and jobTemplate, in order, and no others", () => {
    const cronJob = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: sync
spec:
  jobTemplate:
    spec:
      template:
        spec:
          initContainers:
          - image: busybox:1.36
          containers:
          - name: a
            image: ghcr.io/codemie/sync:2.0
          - name: b
            image: {repository: x}
          - name: c
            image: ghcr.io/codemie/sidecar:1.1
`;
    expect(loadManifests([{ name: "m.yaml", text: cronJob }]).objects[0]!.images).toEqual(["ghcr.io/codemie/sync:2.0", "ghcr.io/codemie/sidecar:1.1"]);
  });

  it("are read from a copy of their own in small inputs, every character kept, and in place in big ones; positions from a copy in both", () => {
    // Characters of one byte only (copied as Latin-1), and others (copied as UTF-16).
    for (const a of ["é × ÿ ¡", "日本語 🙂 \uD800 é"]) {
      const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: "${a}"\n  b: plain ü\n`;
      const small = loadManifests([{ name: "m.yaml", text }]);
      // From 8 MiB of input on, documents are read where they are (a comment fills the input up).
      const big = loadManifests([{ name: "m.yaml", text: `# ${"x".repeat(8 * 1024 * 1024)}\n---\n${text}` }]);
      for (const model of [small, big]) {
        expect(model.readBy.lines).toBe(text.length);
        expect(model.objects[0]!.data).toEqual({ a, b: "plain ü" });
        const source = model.objects[0]!.source;
        expect(source.text).toBe(text);
        expect(source.locate(["data", "b"], "value")).toMatchObject({ start: { line: source.firstLine + 7, column: 6 }, end: { line: source.firstLine + 7, column: 13 } });
        // Positions read a copy of their own too: the fingerprint's line text is the one in the input.
        expect(source.lineText(source.firstLine + 6)).toBe(`  a: "${a}"`);
      }
    }
  });
});

describe("shared env definitions", () => {
  const deployment = (env: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
        - name: app
          env:
${env}`;
  const valueFroms = (text: string) => {
    const [object] = loadManifests([{ name: "m.yaml", text }]).objects;
    const container = object!.pod!.containers[0]!;
    return Array.from({ length: container.length }, (_, index) => container.entryAt(index).valueFrom);
  };

  it("keeps references apart that differ only in a value's type, where a field's text ends, the name or the fields' order", () => {
    const env = [
      "            - {name: A, valueFrom: {secretKeyRef: {name: s, key: k, optional: true}}}",
      '            - {name: A, valueFrom: {secretKeyRef: {name: s, key: k, optional: "true"}}}',
      "            - {name: A, valueFrom: {secretKeyRef: {name: 's1', key: k}}}",
      "            - {name: A, valueFrom: {secretKeyRef: {name: s, '1key': k}}}",
      "            - {name: A, valueFrom: {configMapKeyRef: {name: s, key: k, optional: true}}}",
      "            - {name: A, valueFrom: {secretKeyRef: {name: s, key: k, optional: true}}}",
      "            - {name: A, valueFrom: {secretKeyRef: {name: s, key: 1}}}",
      '            - {name: A, valueFrom: {secretKeyRef: {name: s, key: "1"}}}',
      "            - {name: B, valueFrom: {secretKeyRef: {name: s, key: k, optional: true}}}",
      "            - {name: A, valueFrom: {secretKeyRef: {key: k, name: s, optional: true}}}",
      "            - {name: A, valueFrom: {secretKeyRef: {name: s, key: 1}}}",
    ].join("\n");
    const froms = valueFroms(deployment(`${env}\n`));
    expect(froms).toEqual([
      { secretKeyRef: { name: "s", key: "k", optional: true } },
      { secretKeyRef: { name: "s", key: "k", optional: "true" } },
      { secretKeyRef: { name: "s1", key: "k" } },
      { secretKeyRef: { name: "s", "1key": "k" } },
      { configMapKeyRef: { name: "s", key: "k", optional: true } },
      { secretKeyRef: { name: "s", key: "k", optional: true } },
      { secretKeyRef: { name: "s", key: 1 } },
      { secretKeyRef: { name: "s", key: "1" } },
      { secretKeyRef: { name: "s", key: "k", optional: true } },
      { secretKeyRef: { key: "k", name: "s", optional: true } },
      { secretKeyRef: { name: "s", key: 1 } },
    ]);
    // The same reference written twice is one definition; another name or field order is another.
    expect(froms[5]).toBe(froms[0]);
    expect(froms[10]).toBe(froms[6]);
    expect(new Set(froms).size).toBe(9);
  });
});

describe("positions in a document with many findings", () => {
  it("gives yaml's ranges for places all over one List, asked for in any order (the document is read twice at most)", () => {
    const items = Array.from({ length: 40 }, (_, i) => `- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: d${i}, namespace: ns${i % 3}}\n  spec:\n    template:\n      spec:\n        containers:\n          - name: app\n            env:\n              - name: A\n                value: "${i}"\n              - name: A\n                value: x${i}\n`);
    const text = `apiVersion: v1\nkind: List\nitems:\n${items.join("")}`;
    const model = loadManifests([{ name: "list.yaml", text }]);
    expect(model.objects).toHaveLength(40);
    const doc = parseDocument(text);
    const lines = new LineIndex(text);
    // A finding's place and its related one elsewhere, as budget-id-mismatch asks: item i, then item 0, and so on.
    const order = model.objects.flatMap((object, i) => [[object, 1], [model.objects[0]!, 0], [model.objects[(i * 7) % 40]!, 1]] as const);
    for (const [object, entry] of order) {
      const path = ["spec", "template", "spec", "containers", 0, "env", entry, "value"];
      const item = object.source.prefix![1] as number;
      expect(object.source.locate(path, "value"), `items.${item}`).toEqual(resolveRange(doc, lines, text, ["items", item, ...path], "value"));
    }
  });
});

describe("an ASCII input read with its bytes", () => {
  /** What the readers made of a stream: objects with their containers' env, problems, and who read what. */
  const reading = (text: string, bytes?: Uint8Array) => {
    // As the CLI reads a file (readManifestFile): its bytes, and where it holds control characters.
    const controlCharacters = bytes && controlBytesIn(bytes, 10);
    const model = loadManifests([{ name: "m.yaml", text, ...(bytes ? { bytes } : {}), ...(controlCharacters ? { controlCharacters } : {}) }]);
    return {
      objects: model.objects.map(({ identity, images, pod, data }) => ({ identity, images, data, containers: pod?.containers.map((container) => container.envEntries().map(({ name, value, valueFrom }) => ({ name, value, valueFrom }))) })),
      problems: model.problems.map(({ kind, message }) => ({ kind, message })),
      readBy: model.readBy,
    };
  };

  it("reads every document as from its text alone, with tabs, CRs and other control characters anywhere", () => {
    const stream = generateManifests(12);
    const identity = "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  labels:\n    a: b\nspec:\n  type: ClusterIP\n";
    const control = fc.constantFrom("\t", "\r", "\u0001", "\u001f", "\u007f", "\r\n");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), control), { maxLength: 3 }), (insertions) => {
        let text = stream + identity;
        for (const [at, char] of insertions) {
          const offset = at % text.length;
          text = text.slice(0, offset) + char + text.slice(offset);
        }
        expect(reading(text, Buffer.from(text, "utf8")), JSON.stringify(insertions)).toEqual(reading(text));
      }),
      { numRuns: 300, seed: 17 },
    );
  });
});

describe("env items located from their list's block", () => {
  const stream = `---
# Source: chart/templates/cm.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  env: "not a list"
---
# Source: chart/templates/deploy.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: zero-indented
  labels:
    env: prod
spec:
  template:
    spec:
      initContainers:
      - name: init
        env:
        - name: A
          value: "1"
        - name: A
          value: "2"
      containers:
      - name: app
        env:
        - name: B
          valueFrom:
            secretKeyRef:
              name: s
              key: k

        - name: "B"
          value: x   ${""}
        - {name: C, value: "3"}
        volumeMounts:
        - name: v
          mountPath: /v
      - name: sidecar
        env: []
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: indented
spec:
  template:
    spec:
      containers:
        - name: app
          image: "registry.example.com/app:1.0"
          env:
            - name: LOG_LEVEL
              value: "info"
            - name: LOG_LEVEL
              value: "debug"
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: job
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: run
              env:
                - name: X
                  value: "1"
                - name: Y
                  value: "2"`;

  it("records where the line reader found each container's env block", () => {
    const { objects } = loadManifests([{ name: "s.yaml", text: stream }]);
    const containers = objects.flatMap((object) => object.pod?.containers ?? []);
    const recorded = containers.map((container) => [container.name, container.envLine]);
    // 0-based lines within each document: where its first item is (the flow `[]` is no block).
    expect(recorded).toEqual([["init", 13], ["app", 20], ["sidecar", -1], ["app", 11], ["run", 12]]);
    for (const container of containers.filter((c) => c.envOffset >= 0)) {
      const text = (container.source as ManifestDocumentSource).text;
      expect(text.slice(container.envOffset).split("\n", 1)[0]!.trimStart()).toMatch(/^- (name|\{name)/);
      expect(text.slice(0, container.envOffset).split("\n").length - 1).toBe(container.envLine);
    }
  });

  it("gives the range of each item of a block from a pass over its lines", () => {
    const { objects } = loadManifests([{ name: "s.yaml", text: stream }]);
    const containers = objects.flatMap((object) => object.pod?.containers ?? []).filter((container) => container.envOffset >= 0);
    const ranges = containers.map((container) => [container.name, blockItemRanges((container.source as ManifestDocumentSource).text, container.envOffset, container.length)]);
    // Lines from the first item's, 1-based columns: after each item's dash to the end of its last content (the blank
    // line and the spaces after `x` are not the item's).
    expect(ranges).toEqual([
      ["init", [0, 11, 1, 21, 2, 11, 3, 21]],
      ["app", [0, 11, 4, 21, 6, 11, 7, 19, 8, 11, 8, 32]],
      ["app", [0, 15, 1, 28, 2, 15, 3, 29]],
      ["run", [0, 19, 1, 29, 2, 19, 3, 29]],
    ]);
  });

  /** A Pod whose one container has these lines under `env:`, loaded; and yaml's range of an env item in it. */
  const pod = (env: string) => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      env:\n${env}`;
    const { objects } = loadManifests([{ name: "p.yaml", text }]);
    const object = objects[0]!;
    const container = object.pod!.containers[0]!;
    const yamlRange = (index: number) => resolveRange(parseAllDocuments(text)[0]!, new LineIndex(text), text, container.envPath(index, false), "value");
    return { object, container, yamlRange };
  };

  it("leaves a document with comments to the document's read, and places its env items as yaml does", () => {
    const { object, container, yamlRange } = pod(`        - name: A
          value: "1"
        # the override
        - name: A
          value: "2"
`);
    expect(object.source.lineRead).toBe(true);
    expect(container.envOffset).toBe(-1);
    for (const index of [0, 1]) expect(object.source.locate(container.envPath(index, false), "value")).toEqual(yamlRange(index));
  });

  it.each([
    ["with an env list inside one of its items", "        - name: A\n          value: \"1\"\n          env:\n            - name: INNER\n        - name: A\n\n          value: \"2\"\n", [0, 1]],
    ["after characters beyond ASCII and Latin-1 (a copy of their lines keeps them)", "        - name: GREETING\n          value: \"grüße 😀\"\n        - name: GREETING\n          value: \"😀 hi\"\n", [0, 1]],
    ["after an item without a name (no entry, but an item)", "        - null\n        - name: A\n          value: \"1\"\n        - name: A\n          value: \"2\"\n", [1, 2]],
  ])("places the items of an env list from its lines as yaml does: %s", (_, env, indexes) => {
    const { object, container, yamlRange } = pod(env);
    expect(container.envOffset).toBeGreaterThan(0);
    for (const index of indexes) expect(object.source.envItemRange(container.envPath(index, false))).toEqual(yamlRange(index));
  });

  it.each([
    ["a copy of each document (inputs below 8 MiB)", []],
    ["the stream's own text (inputs from 8 MiB, as on the worker)", [{ name: "big.yaml", text: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  a: "${"x".repeat(COPY_DOCUMENTS_BELOW)}"\n` }]],
  ])("gives yaml's range for every item, part and missing index, as the document's own read does: %s", (_, others) => {
    const { objects } = loadManifests([{ name: "s.yaml", text: stream }, ...others]);
    const docs = parseAllDocuments(stream);
    const lines = new LineIndex(stream);
    let compared = 0;
    for (const object of objects.filter((object) => object.source.file === "s.yaml")) {
      for (const container of object.pod?.containers ?? []) {
        if (container.envOffset < 0) continue;
        const doc = docs[object.source.doc]!;
        for (let index = 0; index <= container.length; index++) {
          const path = container.envPath(index, false);
          for (const part of ["value", "key", "pair"] as const) {
            const expected = resolveRange(doc, lines, stream, path, part);
            const where = `${object.identity.name} ${container.name} ${index} ${part}`;
            // Read from the block for each item it has; the missing index is left to the document's read.
            expect(object.source.envItemRange(path), where).toEqual(index < container.length ? expected : undefined);
            expect(object.source.locate(path, part), where).toEqual(expected);
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(3 * (4 + 3 + 3 + 3));
  });

  it("gives yaml's ranges in generated manifests with a repeated env name in every workload", () => {
    const { text } = renderedManifest(60_000, 1);
    const { objects } = loadManifests([{ name: "g.yaml", text }]);
    const docs = parseAllDocuments(text);
    const lines = new LineIndex(text);
    const workloads = objects.filter((object) => object.pod);
    expect(workloads.length).toBeGreaterThan(20);
    for (const object of workloads) {
      for (const container of object.pod!.containers) {
        expect(container.envOffset).toBeGreaterThanOrEqual(0);
        for (let index = 0; index < container.length; index++) {
          const path = container.envPath(index, false);
          const expected = resolveRange(docs[object.source.doc]!, lines, text, path, "value");
          expect(object.source.envItemRange(path)).toEqual(expected);
          expect(object.source.locate(path, "value")).toEqual(expected);
        }
      }
    }
  });
});
