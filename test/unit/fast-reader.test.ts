import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments, parseDocument, stringify, type ToStringOptions } from "yaml";
import { readFast, splitDocuments, UNSUPPORTED } from "../../src/yaml/fast-reader.ts";
import { spanMismatches } from "../support/positions.ts";
import { identityOf, noisyDocument } from "../support/noisy-yaml.ts";
import { readLines } from "../../src/yaml/line-reader.ts";
import { IDENTITY_KEYS } from "../../src/inputs/manifests.ts";
import { applyEdits, generateManifests, jsonValue, nastyString, ordinaryString, STRINGIFY_OPTIONS, supported, textEdits, unsupported } from "../support/yaml-cases.ts";

/** Asserts that the reader agrees with the `yaml` library on `src`. */
function expectSameAsYaml(src: string): void {
  const doc = parseDocument(src);
  expect(doc.errors).toEqual([]);
  expect(readFast(src)).toStrictEqual(doc.toJS());
}

/** Either bails or agrees with `yaml`; and never accepts text that `yaml` rejects. */
function expectSafe(src: string): boolean {
  const got = readFast(src);
  if (got === UNSUPPORTED) return false;
  const doc = parseDocument(src);
  expect(doc.errors.map((e) => e.code), JSON.stringify(src)).toEqual([]);
  expect(got, JSON.stringify(src)).toStrictEqual(doc.toJS());
  return true;
}

describe("readFast", () => {
  it.each(supported)("reads %s like yaml", (_name, src) => {
    expect(readFast(src)).not.toBe(UNSUPPORTED);
    expectSameAsYaml(src);
  });

  it.each(unsupported)("bails on %s", (_name, src) => {
    expect(readFast(src)).toBe(UNSUPPORTED);
  });

  it("gives a null document for empty and comment-only text", () => {
    expect(readFast("")).toBeNull();
    expect(readFast("# only a comment")).toBeNull();
  });

  it("keeps __proto__ as an own property", () => {
    const value = readFast("__proto__:\n  polluted: true\n") as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("splitDocuments", () => {
  const docs = (s: string) => splitDocuments(s).map(({ text, offset, line, needsFullParse }) => ({ text, offset, line, ...(needsFullParse ? { needsFullParse } : {}) }));

  it("copies each document's text into a string of its own, out of the stream's bytes when they are ASCII", () => {
    const stream = "---\n# Source: a.yaml\nkind: A\n---\nkind: B\nname: x\n...\n";
    const bytes = Buffer.from(stream, "utf8");
    expect(splitDocuments(stream, bytes).map((part) => part.copy())).toEqual(splitDocuments(stream).map((part) => part.text));
    // From the bytes, at the document's offset: bytes that differ (a reader's contract broken) show through.
    const other = Buffer.from(stream.replaceAll("kind", "KIND"), "utf8");
    expect(splitDocuments(stream, other).map((part) => part.copy())).toEqual(["# Source: a.yaml\nKIND: A\n", "KIND: B\nname: x\n"]);
    // Not one byte per character: copied from the text, every code unit kept (a lone surrogate too).
    for (const text of ["kind: é\n---\nname: \u{1F600}\n", "kind: A\n---\nname: \uD800x\n"]) {
      const parts = splitDocuments(text, Buffer.from(text, "utf8"));
      expect(parts.map((part) => part.copy())).toEqual(parts.map((part) => part.text));
    }
  });

  it("copies ASCII documents out of their bytes like out of their text, wherever the markers fall", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("---\n", "...\n", "--- # c\n", "kind: A\n", "# c\n", "\n", "a: b", "--- x\n", "%YAML 1.2\n"), { maxLength: 12 }), (pieces) => {
        const stream = pieces.join("");
        const fromBytes = splitDocuments(stream, Buffer.from(stream, "latin1")).map((part) => part.copy());
        expect(fromBytes).toEqual(splitDocuments(stream).map((part) => part.text));
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  it("splits helm output with source comments around the markers", () => {
    const stream = "---\n# Source: a.yaml\nkind: A\n---\n# Source: b.yaml\nkind: B\n";
    expect(docs(stream)).toEqual([
      { text: "# Source: a.yaml\nkind: A\n", offset: 4, line: 1 },
      { text: "# Source: b.yaml\nkind: B\n", offset: 33, line: 4 },
    ]);
  });

  it("drops comments before the first marker and keeps an implicit first document", () => {
    expect(docs("# Source: a.yaml\n---\nkind: A\n")).toEqual([{ text: "kind: A\n", offset: 21, line: 2 }]);
    expect(docs("kind: A\n--- # c\nkind: B")).toEqual([
      { text: "kind: A\n", offset: 0, line: 0 },
      { text: "kind: B", offset: 16, line: 2 },
    ]);
  });

  it("yields empty documents between markers, after a trailing marker and for a lone end marker", () => {
    expect(splitDocuments("---\n---\na: 1\n---\n").map((d) => d.text)).toEqual(["", "a: 1\n", ""]);
    expect(splitDocuments("a: 1\n...\n...\n").map((d) => d.text)).toEqual(["a: 1\n", ""]);
    expect(splitDocuments("a: 1\n...\n# trailing\n").map((d) => d.text)).toEqual(["a: 1\n"]);
  });

  it("yields nothing for an empty or comment-only stream", () => {
    expect(splitDocuments("")).toEqual([]);
    expect(splitDocuments("# nothing\n\n")).toEqual([]);
  });

  it("flags documents whose marker line carries content", () => {
    expect(docs("--- !tag\na: 1\n--- a: 2\n---\nb: 3\n")).toEqual([
      { text: "--- !tag\na: 1\n", offset: 0, line: 0, needsFullParse: true },
      { text: "--- a: 2\n", offset: 14, line: 2, needsFullParse: true },
      { text: "b: 3\n", offset: 27, line: 4 },
    ]);
  });

  it("keeps directives with their document", () => {
    expect(docs("%YAML 1.2\n---\na: 1\n")).toEqual([{ text: "%YAML 1.2\n---\na: 1\n", offset: 0, line: 0, needsFullParse: true }]);
  });

  it("does not split on marker-like text inside lines", () => {
    const stream = "a: |\n  ---\n  ...\nb: ---x\n----\n";
    expect(splitDocuments(stream)).toHaveLength(1);
    // Lines that only start like markers, between real ones.
    expect(docs("a: 1\n---x: 1\n...y: 2\n---\nb: 2\n----\n...\n")).toEqual([
      { text: "a: 1\n---x: 1\n...y: 2\n", offset: 0, line: 0 },
      { text: "b: 2\n----\n", offset: 25, line: 4 },
    ]);
  });

  it("counts a document's line when asked, in any order", () => {
    const parts = splitDocuments("a: 1\n---\nb: 2\n\n---\n# c\nc: 3\n...\n---\nd: 4\n");
    expect([parts[3]!.line, parts[0]!.line, parts[2]!.line, parts[1]!.line, parts[3]!.line]).toEqual([9, 0, 5, 2, 9]);
    // Forwards, backwards from the last one asked for, and from the start, against a count of the lines before each.
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a: 1", "", "---", "# c", "- x", "..."), { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 24 }), fc.array(fc.boolean()), (lines, order, counted) => {
        const stream = `${lines.join("\n")}\n`;
        const docs = splitDocuments(stream);
        // Documents whose line breaks a reader counted (loadManifests sets them) are passed over whole.
        docs.forEach((doc, i) => {
          if (counted[i]) doc.newlines = doc.text.split("\n").length - 1;
        });
        for (const pick of order) {
          if (docs.length === 0) return;
          const doc = docs[pick % docs.length]!;
          expect(doc.line).toBe(stream.slice(0, doc.offset).split("\n").length - 1);
        }
      }),
      { numRuns: 600, seed: 11 },
    );
  });

  it("counts the line breaks of a document no reader counted once, when a line after it is asked for, and keeps them", () => {
    const parts = splitDocuments("a: 1\n---\nb: 2\nc: 3\n---\nd: 4\n");
    expect(parts.map((part) => part.newlines)).toEqual([undefined, undefined, undefined]);
    expect(parts[2]!.line).toBe(5);
    // Passed over from then on, not counted again up to each line asked for.
    expect(parts.map((part) => part.newlines)).toEqual([1, 2, undefined]);
  });

  it("hands a marker line with a CR that ends no line to yaml (yaml reads the CR as content)", () => {
    expect(docs("---\r\r\na: 1\n")).toEqual([{ text: "---\r\r\na: 1\n", offset: 0, line: 0, needsFullParse: true }]);
    expect(docs("a: 1\n---\r")).toEqual([
      { text: "a: 1\n", offset: 0, line: 0 },
      { text: "---\r", offset: 5, line: 1, needsFullParse: true },
    ]);
    expect(parseDocument("---\r").toJS()).toBe("\r");
  });

  it("handles CRLF and a byte-order mark", () => {
    expect(docs("\ufeff---\r\na: 1\r\n---\r\nb: 2\r\n")).toEqual([
      { text: "a: 1\r\n", offset: 6, line: 1 },
      { text: "b: 2\r\n", offset: 17, line: 3 },
    ]);
  });

  it("agrees with yaml.parseAllDocuments on streams built from marker, comment and content lines", () => {
    const pieces = ["---", "--- # c", "---  ", "...", "# Source: x", "", "  ", "a: 1", "b:\n  - x", "- 1\n- 2", "--- !t", "--- a: 1", "--- |\n  x", "c: |\n  ---x\n", "... # c", "\ufeff"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), fc.boolean(), fc.boolean(), (parts, crlf, finalBreak) => {
        let stream = parts.join("\n") + (finalBreak ? "\n" : "");
        if (crlf) stream = stream.replace(/\n/g, "\r\n");
        const expected = parseAllDocuments(stream);
        const actual = splitDocuments(stream);
        expect(actual).toHaveLength(expected.length);
        actual.forEach((part, i) => {
          expect(stream.slice(part.offset, part.offset + part.text.length)).toBe(part.text);
          expect(stream.slice(0, part.offset).split("\n").length - 1).toBe(part.line);
          const value = part.needsFullParse ? parseDocument(part.text).toJS() : readFast(part.text);
          if (value !== UNSUPPORTED) expect(value).toStrictEqual(expected[i]?.toJS());
        });
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

const HELM_OUTPUT = `---
# Source: litellm/templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: litellm-masterkey
  labels:
    app.kubernetes.io/name: litellm
    app.kubernetes.io/instance: release-name
type: Opaque
data:
  masterkey: "c2stMTIzNDU2Nzg5MA=="
---
# Source: litellm/templates/configmap.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: litellm-config
  annotations:
    checksum/values: 9f2c4e1a
data:
  config.yaml: |
    model_list:
      - model_name: gpt-4o
        litellm_params:
          model: azure/gpt-4o
          api_base: os.environ/AZURE_API_BASE
          api_key: "os.environ/AZURE_API_KEY"

    general_settings:
      master_key: os.environ/PROXY_MASTER_KEY  # from the secret
  motd: >-
    Routed through
    the LiteLLM proxy.
  empty: ""
---
---
# Source: litellm/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: release-name-litellm
  labels:
    helm.sh/chart: litellm-0.1.0
    app.kubernetes.io/version: "v1.40.0"
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: litellm
  template:
    metadata:
      annotations:
        checksum/config: 5d41402abc4b2a76b9719d911017c592
    spec:
      containers:
        - name: litellm
          image: "ghcr.io/berriai/litellm:main-v1.40.0"
          imagePullPolicy: IfNotPresent
          args: ["--config", "/etc/litellm/config.yaml", "--port", "4000"]
          env:
          - name: PROXY_MASTER_KEY
            valueFrom:
              secretKeyRef:
                name: litellm-masterkey
                key: masterkey
          - name: DATABASE_URL
            valueFrom:
              secretKeyRef: {name: db, key: url}
          - name: STORE_MODEL_IN_DB
            value: "True"
          - name: PORT
            value: "4000"
          - name: EMPTY
            value:
          ports:
            - name: http
              containerPort: 4000
              protocol: TCP
          resources:
            limits: {cpu: 2, memory: 2048Mi}
            requests:
              cpu: 500m
              memory: 512Mi
          readinessProbe:
            httpGet:
              path: /health/readiness
              port: http
            initialDelaySeconds: 10
          volumeMounts:
            - name: config
              mountPath: /etc/litellm/
              readOnly: true
      volumes:
        - name: config
          configMap:
            name: litellm-config
---
# Source: litellm/templates/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: &name release-name-litellm
spec:
  type: ClusterIP
  ports: [{port: 4000, targetPort: http}]
`;

describe("rendered helm output", () => {
  it("splits and reads every document like yaml.parseAllDocuments", () => {
    const expected = parseAllDocuments(HELM_OUTPUT);
    const parts = splitDocuments(HELM_OUTPUT);
    expect(parts).toHaveLength(expected.length);
    expect(parts).toHaveLength(5);
    const values = parts.map((part) => {
      const fast = readFast(part.text);
      return fast === UNSUPPORTED ? parseDocument(part.text).toJS() : fast;
    });
    expect(values).toStrictEqual(expected.map((d) => d.toJS()));
    // Only the Service (it uses an anchor) needs the yaml library.
    expect(parts.map((p) => readFast(p.text) === UNSUPPORTED)).toEqual([false, false, false, false, true]);
    expect(parts[0]?.line).toBe(1);
  });

  it("reads ordinary generated manifests without bailing", () => {
    const stream = generateManifests(60);
    const expected = parseAllDocuments(stream);
    const parts = splitDocuments(stream);
    expect(parts).toHaveLength(expected.length);
    parts.forEach((part, i) => {
      expect(part.needsFullParse).toBe(false);
      const value = readFast(part.text);
      expect(value, `document ${i}`).not.toBe(UNSUPPORTED);
      expect(value).toStrictEqual(expected[i]?.toJS());
    });
  });
});

describe("properties", () => {
  it("reads yaml.stringify output like yaml does, or bails", () => {
    let accepted = 0;
    fc.assert(
      fc.property(jsonValue(nastyString), fc.constantFrom(...STRINGIFY_OPTIONS), (value, options) => {
        if (expectSafe(stringify(value, options))) accepted++;
      }),
      { numRuns: 300, seed: 42 },
    );
    expect(accepted).toBeGreaterThan(50);
  });

  it("never bails on yaml.stringify output of ordinary mappings", () => {
    const root = fc.dictionary(ordinaryString, jsonValue(ordinaryString), { minKeys: 1, maxKeys: 4 });
    fc.assert(
      fc.property(root, fc.constantFrom({}, { indentSeq: false }, { defaultStringType: "QUOTE_DOUBLE" } as ToStringOptions), (value, options) => {
        const src = stringify(value, options);
        expect(readFast(src), src).not.toBe(UNSUPPORTED);
        expectSafe(src);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it("reads long strings folded over lines (as go-yaml and yaml.stringify write them) like yaml does", () => {
    const word = fc.constantFrom("a", "word", "e.g.", "`Pod`", "--flag", "-", "- x", "#x", "x:", "'q'", '"d"', "[x]", "{y}", "\\", "\t", "", "é", "a\nb", "\n\n");
    const text = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(" "));
    const options = fc.constantFrom<ToStringOptions>({ lineWidth: 20, minContentWidth: 0 }, { lineWidth: 24, minContentWidth: 0, defaultStringType: "QUOTE_DOUBLE" }, { lineWidth: 20, minContentWidth: 0, defaultStringType: "QUOTE_SINGLE" });
    let multiLine = 0;
    fc.assert(
      fc.property(fc.dictionary(ordinaryString, fc.oneof(text, fc.array(text, { maxLength: 3 })), { minKeys: 1, maxKeys: 4 }), options, (value, options) => {
        const src = stringify(value, options);
        if (expectSafe(src) && /\n {2,}[^ -]/.test(src)) multiLine++;
      }),
      { numRuns: 300, seed: 5 },
    );
    expect(multiLine).toBeGreaterThan(100);
  });

  it("reads flow collections broken over lines (as charts write commands and args, comments and trailing commas included) like yaml does, values and positions alike", () => {
    // Items and separators of a flow collection, each separator maybe followed by a line break and an indentation around the block's.
    const scalar = fc.oneof(ordinaryString, fc.constantFrom('"--log.level=info"', "'q'", '"a, b"', "1", "true", "null", "[]", "{}", "[x, y]", "{k: v}", "# no", "- x", "a: b", "x\ty"));
    const brk = fc.oneof(fc.constant(" "), fc.constant(""), fc.tuple(fc.constantFrom("\n", "\n\n", " \n", " # c\n", "\n  # c\n", ",\n"), fc.integer({ min: -1, max: 8 })).map(([lineBreak, extra]) => ({ lineBreak, extra })));
    const flow = fc.tuple(fc.boolean(), fc.array(fc.tuple(scalar, ordinaryString, brk, brk), { minLength: 1, maxLength: 5 }), brk, brk);
    const blocks = fc.constantFrom<[string, number]>(["command: ", 0], ["k:\n  args: ", 2], ["- ", 0], ["l:\n- name: x\n  v: ", 2], ["a:\n  b:\n  - ", 2]);
    let multiLine = 0;
    fc.assert(
      fc.property(blocks, flow, ([head, parent], [mapping, entries, afterOpen, beforeClose]) => {
        const gap = (b: string | { lineBreak: string; extra: number }) => (typeof b === "string" ? b : `${b.lineBreak}${" ".repeat(Math.max(0, parent + b.extra))}`);
        const body = entries.map(([item, key, before, after], index) => `${index > 0 ? `,${gap(before)}` : ""}${mapping ? `${key}: ` : ""}${item}${index === entries.length - 1 ? "" : gap(after)}`).join("");
        const src = `${head}${mapping ? "{" : "["}${gap(afterOpen)}${body}${gap(beforeClose)}${mapping ? "}" : "]"}\nnext: 1\n`.replace(/^- (.*)\nnext: 1\n$/s, "- $1\n- last\n");
        if (expectSafe(src) && /[[{][^\]}]*\n/.test(src)) {
          multiLine++;
          // Comments (the only `#` these hold) leave positions to yaml.
          expect(spanMismatches(src), src).toEqual(src.includes("#") ? UNSUPPORTED : []);
        }
      }),
      { numRuns: 600, seed: 21 },
    );
    expect(multiLine).toBeGreaterThan(60);
  });

  it("never accepts noisy block documents differently from yaml, values and positions alike (comments, blank lines and nodes alone on their line)", () => {
    let read = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const src = noisyDocument(seed);
        const byLines = readLines(src);
        if (byLines !== UNSUPPORTED) expect(byLines, src).toStrictEqual(parseDocument(src).toJS());
        const head = readLines(src, IDENTITY_KEYS);
        const parsed = parseDocument(src);
        if (head !== UNSUPPORTED && parsed.errors.length === 0) {
          expect(head, src).toStrictEqual(identityOf(parsed));
        }
        if (!expectSafe(src)) return;
        read++;
        const mismatches = spanMismatches(src);
        if (mismatches !== UNSUPPORTED) expect(mismatches, src).toEqual([]);
      }),
      { numRuns: 1500, seed: 8 },
    );
    expect(read).toBeGreaterThan(300);
  });

  it("never accepts mutated text differently from yaml", () => {
    fc.assert(
      fc.property(jsonValue(nastyString), fc.constantFrom(...STRINGIFY_OPTIONS), textEdits, (value, options, ops) => {
        expectSafe(applyEdits(stringify(value, options), ops));
      }),
      { numRuns: 300, seed: 1234 },
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        expectSafe(text);
        for (const part of splitDocuments(text)) expect(text.slice(part.offset, part.offset + part.text.length)).toBe(part.text);
      }),
      { numRuns: 300, seed: 99 },
    );
  });
});
