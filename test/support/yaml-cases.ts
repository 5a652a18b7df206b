/**
 * YAML texts the fast readers are tested on (readFast and the line reader): documents in their
 * subset, documents outside it, and generators of manifests and of yaml.stringify input.
 */
import fc from "fast-check";
import type { ToStringOptions } from "yaml";

export const supported: Array<[string, string]> = [
  ["empty document", ""],
  ["comment-only document", "# Source: chart/templates/x.yaml\n\n# another\n"],
  ["plain keys and values", "apiVersion: v1\nkind: ConfigMap\n"],
  ["nested mappings", "metadata:\n  name: x\n  labels:\n    app: y\n    tier: web\nspec: {}\n"],
  ["quoted keys", "\"a b\": 1\n'c''d': 2\n\"e\" : 3\n"],
  ["keys with indicators inside", "app.kubernetes.io/name: x\n-x: 1\n?y: 2\n:z: 3\na[b]: 4\na:b: 5\n"],
  ["keys resolved by the core schema", "1: a\n0x10: b\n1.50: c\ntrue: d\n.inf: f\n"],
  ["compact sequence at the key's indentation", "env:\n- name: A\n  value: \"1\"\n- name: B\n  valueFrom:\n    secretKeyRef:\n      name: s\n      key: k\nnext: 1\n"],
  ["indented sequence", "args:\n  - --port\n  - \"4000\"\nx: y\n"],
  ["sequence of sequences", "- - a\n  - b\n- - c\n-   - d\n"],
  ["dash alone then nested block", "-\n  a: 1\n  b: 2\n-\n  - x\n-\n- last\n"],
  ["compact mapping with extra spaces after dash", "-   a: 1\n    b: 2\n"],
  ["compact mapping with a nested compact sequence", "- name: c\n  ports:\n  - 80\n  - 443\n- name: d\n"],
  ["null values", "a:\nb: ~\nc: null\nd: Null\ne: NULL\nf: # comment\n"],
  ["booleans", "a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE\ng: yes\nh: tRue\n"],
  ["integers", "a: 0\nb: -12\nc: +7\nd: 0o17\ne: 0x1F\nf: 08\ng: -0\nh: 123456789012345678901234\n"],
  ["floats", "a: 1.5\nb: -.5\nc: 1.\nd: 1e3\ne: -2.5E-3\nf: .inf\ng: -.Inf\nh: +.INF\ni: .nan\nj: .NaN\n"],
  ["number-like strings", "a: 0b1\nb: 1_000\nc: 0o8\nd: 0x\ne: +0x1\nf: 1.2.3\ng: .\nh: 2048Mi\ni: 500m\nj: 1e\n"],
  ["comments and hashes", "a: b # comment\nc: d#not-comment\ne: 'x' # c\nf: \"y\"  # c\n# full line\ng: [1] # c\n"],
  ["plain scalars with colons and dashes", "url: http://x:80/a\nflag: --verbose\nneg: -1\nq: ?x\ncolon: :x\nspaced: a b  c\n"],
  ["single-quoted scalars", "a: 'it''s'\nb: ''\nc: 'a # b'\nd: '\\n'\n"],
  ["double-quoted escapes", "a: \"\\\"q\\\" \\\\ \\/ \\n\\t\\r\\0\\b\\f\\e\\a\\v\\N\\_\\L\\P\\ \"\nb: \"\\x41\\u00e9\\U0001F600\\uD83D\\uDE00\"\nc: \"tab\there\"\nd: \"\"\n"],
  ["unicode", "emoji: 🎉\n🎉: é\nnbsp: a\u00a0b\n"],
  ["flow collections", "a: {}\nb: []\nc: {cpu: 2, memory: 2048Mi}\nd: [a, \"b\", 'c', 1, true, null, ~]\ne: {x: [1, {y: z}], \"q\":1}\nf: [ ]\ng: [a b, c]\n"],
  ["flow collections in sequences", "- {name: a}\n- [1, 2]\n- []\n"],
  ["literal block scalar", "script: |\n  #!/bin/sh\n  echo \"a: b\"\n\n    indented\n  done\nnext: 1\n"],
  ["literal block scalar chomping", "clip: |\n  a\n\n\nstrip: |-\n  a\n\n\nkeep: |+\n  a\n\n\nend: 1\n"],
  ["keep chomping at the end of the text", "a: |+\n  x\n\n"],
  ["block scalar without a final line break", "a: |\n  x"],
  ["block scalar with leading blank lines", "a: |\n\n\n  x\n"],
  ["empty block scalars", "a: |\nb: >-\n\n\nc: 1\n"],
  ["explicit indentation indicators", "a: |2\n    indented\n  normal\nb: |1-\n  x\nc:\n  d: |2+\n     e\n\n"],
  ["explicit indentation indicator in sequences", "- |2\n   x\n- a: |1\n    y\n- - |1\n    z\n"],
  ["folded block scalar", "a: >\n  one\n  two\n\n  three\n\n\n  four\nb: 1\n"],
  ["folded block scalar with more-indented lines", "a: >\n  a\n  b\n\n  c\n   d\n  e\n\n    f\n  g\n"],
  ["folded chomping", "a: >-\n  x\n  y\n\nb: >+\n  x\n\n\nc: >\n  x\n"],
  ["block scalar with tabs in content", "a: |\n  \tx\n  y\t\nb: >\n  \tx\n  y\n"],
  ["block scalar in a compact sequence", "k:\n- |\n  x\n- >-\n  y\n  z\n"],
  ["block scalar header with comment", "a: | # comment\n  x\n"],
  ["CRLF line breaks", "a: 1\r\nb:\r\n  - x\r\n  - 'y'\r\nc: |\r\n  l1\r\n  l2\r\n"],
  ["byte-order mark at the start", "\ufeffa: 1\n"],
  ["document indented as a whole", "  a: 1\n  b: 2\n"],
  ["top-level sequence", "- a\n- 1\n- {b: c}\n"],
  ["__proto__ key", "__proto__: 1\nconstructor: 2\n"],
  ["comments at odd indentation", "a:\n  b: 1\n# c\n      # d\n  e: 2\n"],
  ["trailing spaces", "a: b   \nc:   \n  d: e\n"],
  // Shapes of real `helm template` output (widened subset: none of these may fall back to yaml again).
  ["empty map and list alone on the next line (toYaml | nindent)", "spec:\n  securityContext:\n    {}\n  tolerations:\n    []\n  containers:\n    - securityContext:\n        {}\n      resources:\n        {}\n"],
  ["flow collections alone on the next line", "a:\n  {b: 1, c: [x, y]}\nb:\n- [1]\n-\n  {}\n"],
  ["multi-line plain scalar", "a: one\n  two\n"],
  ["multi-line plain scalar in a sequence", "- one\n  two\n"],
  ["CRD description wrapped by go-yaml", "properties:\n  muteTimeIntervals:\n    description: muteTimeIntervals defines the list of MuteTimeInterval\n      specifying when the routes should be muted.\n    type: array\n"],
  ["multi-line plain scalar with blank lines and odd indentation", "a: one\n\n     two\n   three   \n\n\n  four\nb: x\n"],
  ["multi-line plain scalar in a compact mapping", "- name: x\n  description: one\n    two (e.g. --flag)\n  type: string\n"],
  ["multi-line plain scalars that look like other types", "a: 1\n  2\nb: true\n  false\nc: null\n\n  x\n"],
  ["multi-line plain scalar at the end of the text", "a:\n  b: one\n    two"],
  ["continuation lines starting with indicators", "a: one\n  `Services`, or\n  - x\n  [y] {z} 'q' \"r\" &a *b !c |d >e %f @g ?h :i ,j\n  ---\nb: 1\n"],
  ["multi-line double-quoted scalar", "a: \"one\n  two\"\n"],
  ["escaped line break", "a: \"one\\\n  two\"\n"],
  ["multi-line single-quoted scalar", "a: 'one\n  two'\n"],
  ["CRD description in single quotes", "containerName:\n  description: 'Container name: required for volumes,\n    optional for env vars'\n  type: string\n"],
  ["multi-line flow sequence as charts write commands", "command: [\"elasticsearch_exporter\",\n          \"--log.format=logfmt\",\n\n          \"--es.uri=http://localhost:9200\"]\nnext: 1\n"],
  ["multi-line flow collections: opened and closed on their own lines, nested, in sequences", "k:\n  args: [\n    a,\n    b\n  ]\n  m: {x: 1,\n    y: [2,\n      3], \"z\": 'q'}\nl:\n- [a,\n b]\n- name: x\n  v: [1,\n     2]\n"],
  ["trailing commas in flow collections", "a: [1, 2,]\nb: {x: 1, }\nc: [1,\n  2,\n]\n"],
  ["comments in flow collections over lines (vault's preStop command)", "command: [\"sh\", \"-c\",\n  # chance to propagate\n  \"sleep 5 && kill -SIGTERM $(pidof vault)\",\n  ]\nb: [ # c\n  1, # d\n #deeper than the block\n  2 # e\n]\n"],
  ["flow collections over lines alone on the line after their key", "a:\n  [1,\n  2]\nb:\n- \n  {x: 1,\n y: 2}\nk:\n  c:\n    [1,\n  ]\n"],
  ["block scalar headers alone on the line after their key (bitnami's prometheus config)", "data:\n  prometheus.yaml:\n    |\n      global:\n        x: 1\n  b:\n    >-\n      x\n      y\n  c:\n    |2\n      indented\n  d:\n   |\n   x\nl:\n- \n  |\n  y\n"],
  ["scalars alone on the line after their key (bitnami's `rules.yaml:` then `'{}'`)", "k:\n  rules.yaml:\n    '{}'\n  b:\n    plain\n    continued\n  c:\n    \"x\n    y\"\n  d:\n    12\n  e:\n    'q' # c\nl:\n- \n  x\n-\n  \"k\": v\n"],
  ["whitespace-only lines deeper than a block scalar's content (promtail's config through toYaml)", "a: |\n  x\n     \n  y\nb: |\n    server:\n      port: 1\n      \n    \n    clients: []\nc: |-\n  x\n    \nd: |+\n  x\n    \n \n\ne: x\n"],
  ["whitespace-only lines deeper than a folded scalar's content", "a: >\n  x\n     \n  y\nb: >\n  x\n    \n\n  y\n  z\nc: >-\n  x\n   \n  \n"],
  ["whitespace-only line deeper than the content at the end of the text", "a: |\n  x\n    "],
  ["multi-line quoted scalars with blank lines, escapes and white space", "a: 'one  \n\n\n   two  '\nb: \"x\\t\n  y \\\n  z\\ \n  w\"\nc: 'it''s\n  \n  # not a comment'\n- \"in\n a list\"\n".replace("- ", "d:\n- ")],
];

export const unsupported: Array<[string, string]> = [
  ["tab indentation", "a:\n\tb: 1\n"],
  // kubectl and helm refuse a null key (no JSON key): the yaml fallback reports it.
  ["null key", "a: 1\nnull: e\n"],
  ["~ key", "a:\n  ~: e\n"],
  ["null key in a flow mapping", "a: {Null: e}\n"],
  ["tab separator", "a:\t1\n"],
  ["anchor", "a: &x 1\n"],
  ["alias", "a: *x\n"],
  ["tag", "a: !!str 1\n"],
  ["complex key", "? a\n: b\n"],
  ["merge key", "<<: {a: 1}\n"],
  ["continuation line starting with a value indicator", "a: one\n  : two\n"],
  ["continuation line holding a key", "a: one\n  b: two\n"],
  ["continuation line holding a comment", "a: one\n  two # c\n"],
  ["comment between continuation lines", "a: one\n  # c\n  two\n"],
  ["flow collection alone at the top", "{}\n"],
  ["quoted scalar continued at the parent's indentation", "a:\n  b: 'one\n  two'\n"],
  ["quoted scalar closed at column 0", "a: \"one\n\"\n"],
  ["escaped line break before a blank line", "a: \"one\\\n\n  two\"\n"],
  ["tab indenting a quoted scalar's line", "a: 'one\n\ttwo'\n"],
  ["multi-line quoted key", "- 'one\n  two': 1\n"],
  ["flow collection continued at its block's indentation", "k:\n  a: [1,\n  2]\n"],
  ["flow collection closed left of its block", "k:\n  a: [\n    1\n ]\n"],
  ["nested flow collection closed at the block's indentation", "a: [[1,\n]\n]\n"],
  ["plain scalar continued in a flow collection", "a: [one\n  two]\n"],
  ["multi-line quoted scalar in a flow collection", "a: [\"x\n  y\"]\n"],
  ["flow key over a line break", "a: {x:\n  1}\n"],
  ["tab in a multi-line flow collection", "a: [1,\n\t2]\n"],
  ["unclosed multi-line flow collection", "a: [1,\n  2\n"],
  ["flow pair without value", "a: {b: }\n"],
  ["comment right after a flow entry", "a: [1,#c\n 2]\n"],
  ["comment inside a single-line flow collection", "a: [1 #c]\n"],
  ["empty flow entry", "a: [1,,]\n"],
  ["comma alone in a flow collection", "a: [,]\n"],
  ["block scalar header on its own line, content left of its block", "k:\n  a:\n    |\n  x\n"],
  ["flow scalar with a colon", "a: [http://x]\n"],
  ["directive", "%YAML 1.2\n---\na: 1\n"],
  ["document marker", "a: 1\n---\nb: 2\n"],
  ["document end marker", "a: 1\n...\n"],
  ["duplicate key", "a: 1\na: 2\n"],
  ["duplicate key after resolution", "1: a\n01: b\n"],
  ["keys colliding as JS property names", "1: a\n\"1\": b\n"],
  ["duplicate flow key", "a: {b: 1, b: 2}\n"],
  ["top-level scalar", "hello\n"],
  ["top-level quoted scalar", "\"hello\"\n"],
  ["top-level flow collection", "[1, 2]\n"],
  ["dash on the byte-order mark's line", "\ufeff- false\n"],
  ["indented dash on the byte-order mark's line", "\ufeff  - a: 1\n"],
  ["indentation on the byte-order mark's line", "\ufeff  a: 1\n  b: 2\n"],
  // yaml drops trailing lines of spaces no deeper than the first content line after an indentation indicator.
  ["line of spaces deeper than an indentation indicator", "a: |1\n  x\n  \n"],
  ["line of spaces deeper than an indentation indicator, then a key", "a: |1\n  x\n  \nb: 1\n"],
  ["only a line of spaces after an indentation indicator", "a: |2+\n   \n"],
  ["line of spaces deeper than a folded scalar's indentation indicator", "- >1-\n  x\n  \n"],
  // yaml carries a plain scalar alone on its line after a comment line on over less indented lines.
  ["plain scalar alone on its line after a comment line, in a sequence", "-\n\n# c\n  r\n- b\n"],
  ["plain scalar alone on its line after a comment line, in a compact mapping", "- a:\n\n# c\n    r\n- b\n"],
  ["plain scalar alone on its line after a comment line, then a key", "s:\n\n# c\n  r\nb: 1\n"],
  ["empty block scalar alone on its line after a comment line", "1:\n#c\n >\nq:"],
  ["comment line at the block's column in a flow mapping over lines", "a: {x: \"y\"\n#\n }\n"],
  ["comment line at the block's column after a comment in a flow mapping", "a: {x: y # c\n#\n}\n"],
  ["quoted scalar alone on its line, then a key at its column", "a:\n  'x'\n  y: 2\n"],
  ["plain scalar alone on its line, continued by a key", "a:\n  b\n  c: d\n"],
  ["multi-line quoted key alone on its line", "a:\n  'x\n  y': 1\n"],
  ["nested mapping on one line", "a: b: c\n"],
  ["sequence as a mapping value on the same line", "a: - b\n"],
  ["bad indentation", "a:\n    b: 1\n  c: 2\n"],
  ["more-indented line after a value", "a: 1\n  b: 2\n"],
  ["invalid escape", "a: \"\\q\"\n"],
  ["escape out of range", "a: \"\\U00110000\"\n"],
  ["comment without preceding space", "a: \"x\"#c\n"],
  ["reserved indicator", "a: @x\n"],
  ["percent at value start", "a: %x\n"],
  ["quoted key without separator", "\"a\":1\n"],
  ["control character", "a: b\u0001\n"],
  ["next-line character", "a: b\u0085c\n"],
  ["lone carriage return", "a: 1\rb: 2\n"],
  ["byte-order mark inside", "a: \ufeff1\n"],
  ["keep-chomped empty block scalar", "a: |+\n\nb: 1\n"],
  ["more-indented leading blank line", "a: |\n    \n  x\n"],
  ["more-indented whitespace-only line ending with CR", "a: |\n  x\n     \r\n  y\n"],
  ["whitespace-only line deeper than the first content line, before it", "a: |\n      \n    x\n"],
  ["invalid block scalar header", "a: |x\n  y\n"],
  ["zero indentation indicator", "a: |0\n  y\n"],
  ["tab before block scalar content", "a: |\n  x\n\ty\n"],
  ["overlong key", `${"k".repeat(1100)}: 1\n`],
  ["deep flow nesting", `a: ${"[".repeat(2000)}${"]".repeat(2000)}\n`],
  ["deep block nesting", `${"- ".repeat(2000)}x\n`],
];

/** A helm-like stream in both sequence styles (`toYaml` indents sequences less than templates do). */
export function generateManifests(count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const dash = i % 2 === 0 ? "" : "  ";
    if (i % 10 === 3) {
      out.push(`---
# Source: chart/templates/configmap-${i}.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: config-${i}
data:
  config.yaml: |
    model_list:
      - model_name: m-${i}
        litellm_params:
          model: openai/gpt-${i}

    router_settings:
      timeout: ${i}.5
  pem: |-
    -----BEGIN CERTIFICATE-----
    MIIB${i}

    -----END CERTIFICATE-----
  flag: "true"
`);
      continue;
    }
    const env = Array.from({ length: 8 }, (_, k) =>
      k % 3 === 0
        ? `${dash}- name: SECRET_${k}\n${dash}  valueFrom:\n${dash}    secretKeyRef:\n${dash}      name: app-${i}\n${dash}      key: key-${k}`
        : `${dash}- name: VAR_${k}\n${dash}  value: ${k % 2 ? `"${k}"` : `'value ${i}'`}`,
    )
      .map((entry) => entry.replace(/^/gm, "          "))
      .join("\n");
    out.push(`---
# Source: chart/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  labels:
    app.kubernetes.io/name: app-${i}
    app.kubernetes.io/version: "1.${i}.0"
  annotations:
    checksum/config: ${(i * 2654435761).toString(16)}
    description: 'Serves: requests # not a comment'
spec:
  replicas: ${i % 4}
  strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}}
  template:
    spec:
      nodeSelector: {}
      tolerations: []
      containers:
        - name: app
          image: registry.example.com/app:1.${i}
          command: ["/bin/app", "--port=8080"]
          env:
${env}
          resources:
            limits: {cpu: 2, memory: 2048Mi}
            requests: {cpu: 0.5, memory: 512Mi}
          securityContext:
            runAsNonRoot: true
            runAsUser: 1000
            readOnlyRootFilesystem: ${i % 2 === 0}
`);
  }
  return out.join("");
}

/** JSON-like values whose strings are drawn from characters that stress quoting and escaping. */
export const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom("a", "z", "0", "9", " ", ":", "#", "-", "?", ",", "[", "]", "{", "}", '"', "'", "\\", "\n", "\t", "é", "🎉", ".", "|", ">", "&", "*", "!", "%", "@", "`", "~", "+"), { maxLength: 12 }).map((a) => a.join("")) },
  { weight: 2, arbitrary: fc.constantFrom("true", "null", "~", "0x1F", "0o17", "1e3", ".inf", ".nan", "12", "-0", "1.50", "", " lead", "trail ", "a\nb", "a\n\nb\n", "\n", "  x\n", "x\n\n", "---", "- a", "a: b") },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);
export const ordinaryString = fc.stringMatching(/^[a-z][a-z0-9./_=-]{0,12}( [a-z0-9]{1,6})?$/);

export function jsonValue(str: fc.Arbitrary<string>) {
  const scalar = fc.oneof(str, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
  return fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("arr"), tie("obj")),
    arr: fc.array(tie("node"), { maxLength: 4 }),
    obj: fc.dictionary(str, tie("node"), { maxKeys: 4 }),
  })).node;
}

export const STRINGIFY_OPTIONS: ToStringOptions[] = [
  {},
  { defaultStringType: "QUOTE_DOUBLE" },
  { defaultStringType: "QUOTE_SINGLE" },
  { blockQuote: "folded" },
  { lineWidth: 0 },
  { indentSeq: false },
  { indent: 4 },
  { collectionStyle: "flow" },
  { doubleQuotedAsJSON: true },
];


/** Edits that break or bend YAML: the "mutated text" properties apply one to four of them. */
const EDITS = ["\n", " ", "  ", ":", ": ", "- ", "-", "#", " #", '"', "'", "\t", "|", ">", "|-", ">+", "|2", "[", "]", "{", "}", ",", "a", "0", "\r\n", "\r", "---\n", "&a ", "*a", "!t ", "%", "? ", "\\", "\\x4", "\ufeff"];
export const textEdits = fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...EDITS), fc.nat(6)), { minLength: 1, maxLength: 4 });

export function applyEdits(text: string, ops: [number, number, string, number][]): string {
  for (const [at, kind, insert, n] of ops) {
    const i = at % (text.length + 1);
    const lines = text.split("\n");
    const k = at % lines.length;
    if (kind === 0) text = text.slice(0, i) + insert + text.slice(i);
    else if (kind === 1) text = text.slice(0, i) + text.slice(i + n);
    else if (kind === 2) text = [...lines.slice(0, k + 1), ...lines.slice(k)].join("\n");
    else text = [...lines.slice(0, k), " ".repeat(n) + (lines[k] ?? ""), ...lines.slice(k + 1)].join("\n");
  }
  return text;
}
