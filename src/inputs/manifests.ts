/**
 * Rendered manifests: a multi-document stream split cheaply, each document read by the first reader
 * that takes it — its identity only (kinds rules read nothing else of), the line reader, readFast's
 * recursive reader, then `yaml` — as plain values without positions. Only when a finding needs a
 * range is the document read again with positions: by the line reader's or the recursive reader's
 * spans, or by `yaml` for what they do not cover; an item of a container's env list by a pass over
 * its list's lines, which the line reader found as it read the document. Position data is kept for
 * one document at a time, so memory does not grow with the number of findings.
 */
import { parseDocument, type Document } from "yaml";
import { LineIndex } from "../yaml/line-index.ts";
import { SECRET_KIND_LINE } from "../core/secrets.ts";
import type { SourceHandle, RangePart, ResolvedRange } from "../core/source.ts";
import type { ObjectIdentity, Position, YamlPath } from "../core/types.ts";
import { readFast, readSpans, splitDocuments, UNSUPPORTED, type DocumentSlice, type Span } from "../yaml/fast-reader.ts";
import { blockItemRanges, envListsRead, lineBreaksRead, readLines, readLineSpans, spansAnswer, type KeyFilter } from "../yaml/line-reader.ts";
import { rangeOfOffsets, resolveRange } from "../yaml/locate.ts";
import { buildTree, parseProblems, toJS, type BuildLimits, type ParseProblem } from "../yaml/vnode.ts";
import { MAX_DEPTH } from "../yaml/core-schema.ts";
import type { TextInput } from "./values.ts";
import { isRecord } from "../core/guards.ts";
import { DefinitionPool, readPodTemplate, type Intern, type PodContainer, type PodTemplate } from "./workload.ts";

export class ManifestDocumentSource implements SourceHandle {
  readonly kind = "manifest";
  readonly file: string;
  readonly doc: number;
  /** Where the document is in the stream: its line is counted when a position needs it. */
  protected readonly start: DocumentSlice;
  object?: ObjectIdentity;
  sensitive?: boolean;
  readonly prefix?: YamlPath;
  /** The fast reader read the document: positions may read only the path asked for. */
  fastRead = false;
  /** Its containers, when the line reader found env blocks in them (PodContainer.envOffset): their items' ranges come from those blocks' lines. */
  containers: readonly PodContainer[] | undefined;
  /** The line reader read the whole document: it gives the positions too. */
  lineRead = false;
  /** The source of the whole document, for an item of a list (they share one parse). */
  private readonly list: ManifestDocumentSource | undefined;
  protected readonly positions: OneDocumentPositions;

  constructor(file: string, doc: number, start: DocumentSlice, positions: OneDocumentPositions, item?: { list: ManifestDocumentSource; prefix: YamlPath }) {
    this.file = file;
    this.doc = doc;
    this.start = start;
    this.positions = positions;
    if (item) {
      this.list = item.list;
      this.prefix = item.prefix;
    }
  }

  /** The document's text: its slice of the stream. */
  get text(): string {
    return this.start.text;
  }

  /** 0-based line of the document's first character in the stream. */
  get firstLine(): number {
    return this.start.line;
  }

  /**
   * The ranges of the items of an env list the line reader found in the document (blockItemRanges),
   * read in the stream itself (DocumentSlice.stream): a finding on every workload's env list copied
   * every document again, 5 MB of strings for 5 MB of manifests.
   */
  envItemRanges(container: PodContainer, items: number): number[] {
    return blockItemRanges(this.start.stream, this.start.offset + container.envOffset, items);
  }

  /** The document's text as a string of its own (DocumentSlice.copy). */
  copyOfText(): string {
    return this.start.copy();
  }

  /** An object of a `kind: List` document: its paths start at `items.<index>`. */
  item(index: number, identity: ObjectIdentity): ManifestDocumentSource {
    const source = new ManifestDocumentSource(this.file, this.doc, this.start, this.positions, { list: this, prefix: ["items", index] });
    source.object = identity;
    if (identity.kind === "Secret") source.sensitive = true;
    return source;
  }

  /** The document parsed by `yaml` with positions. */
  positioned(): { doc: Document; lineCounter: LineIndex } {
    return this.positions.of(this.list ?? this).parsed();
  }

  toOuter(position: Position): Position {
    return { line: position.line + this.firstLine, column: position.column };
  }

  locate(path: YamlPath, part: RangePart, offsets?: [number, number]): ResolvedRange {
    // Offsets need only the line index, not a parse.
    const positions = this.positions.of(this.list ?? this);
    if (offsets) return rangeOfOffsets(positions.lines, offsets, path, this.firstLine);
    const envItem = this.envItemRange(path);
    if (envItem) return envItem;
    const documentPath = this.prefix ? [...this.prefix, ...path] : path;
    return resolveRange(positions.tree(documentPath), positions.lines, positions.text, documentPath, part, this.firstLine);
  }

  lineText(line: number): string | undefined {
    if (this.sensitive) return undefined;
    return this.positions.of(this.list ?? this).lines.lineText(line - this.firstLine);
  }

  /** The range of an env item from its list's lines alone (DocumentPositions.envItem); undefined where that does not answer. */
  envItemRange(path: YamlPath): ResolvedRange | undefined {
    const container = this.containers && envItemContainer(this.containers, path);
    return container && this.positions.of(this).envItem(container, path);
  }
}

/**
 * Position data of the last document asked for, and of no other: rules report document by
 * document, and a finding-dense manifest would otherwise keep one tree per document for the run.
 */
export class OneDocumentPositions {
  private current: DocumentPositions | undefined;
  /** Whether positions read a copy of the document (see COPY_DOCUMENTS_BELOW). */
  private readonly copy: boolean;

  constructor(copy: boolean) {
    this.copy = copy;
  }

  of(source: ManifestDocumentSource): DocumentPositions {
    if (this.current?.source !== source) this.current = new DocumentPositions(source, this.copy);
    return this.current;
  }
}

class DocumentPositions {
  readonly source: ManifestDocumentSource;
  /** Whether positions read a copy of the document (see COPY_DOCUMENTS_BELOW). */
  private readonly copy: boolean;
  private copied: string | undefined;
  private lineIndex: LineIndex | undefined;
  private spans: Span | undefined;
  /** The focus `spans` were read with (a partial read answers only within it). */
  private spansFocus: YamlPath = [];
  private yamlDoc: Document | undefined;
  /** The ranges of the items of the env list asked for last (envItem). */
  private envItems: { container: PodContainer; ranges: readonly number[] } | undefined;

  constructor(source: ManifestDocumentSource, copy: boolean) {
    this.source = source;
    this.copy = copy;
  }

  /** The document's text, read from a copy of its own (DocumentSlice.copy) while its positions are asked for. */
  get text(): string {
    return (this.copied ??= this.copy ? this.source.copyOfText() : this.source.text);
  }

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text));
  }

  /**
   * The range of item `path` of a container's env list, from a pass over the list's lines alone
   * (blockItemRanges), instead of a read of the document up to it. Undefined for an item the list
   * does not have. Every part is the item's node: an item has no key.
   */
  envItem(container: PodContainer, path: YamlPath): ResolvedRange | undefined {
    // None unless the pass finds as many items as the reader did: the document's read then answers.
    if (this.envItems?.container !== container) {
      // Items without a name are no entries, but list items all the same.
      const items = container.length + container.unnamedEnv.length;
      this.envItems = { container, ranges: this.source.envItemRanges(container, items) };
    }
    const { ranges } = this.envItems;
    const at = 4 * (path[path.length - 1] as number);
    if (at >= ranges.length) return undefined;
    const line = this.source.firstLine + container.envLine + 1;
    return { start: { line: line + ranges[at]!, column: ranges[at + 1]! }, end: { line: line + ranges[at + 2]!, column: ranges[at + 3]! }, path };
  }

  /**
   * Spans that reach `path`; `yaml`'s Document for what the spans do not cover. For a document the
   * fast reader read, only the path and the collection holding its node are read in full: the
   * places a finding relates to are mostly that node's siblings (entries of one env list).
   */
  tree(path: YamlPath): Span | Document {
    if (this.spans && spansAnswer(this.spans, this.spansFocus, path)) return this.spans;
    if (this.yamlDoc) return this.yamlDoc;
    // A second place elsewhere in the same document (another item of a List, container or env
    // entry): the whole document at once, so that one with many findings is read twice at most, not
    // once per finding (a `kubectl get -o yaml` List of 2,000 Deployments took 7 s).
    const focus = this.spans ? undefined : path.slice(0, -1);
    if (this.source.lineRead) {
      const spans = readLineSpans(this.text, focus && { path: focus });
      if (spans !== UNSUPPORTED && spansAnswer(spans, focus ?? [], path)) {
        this.spansFocus = focus ?? [];
        return (this.spans = spans);
      }
    }
    // A focused read bails on a comment in what it skips; a full read then may still cover the document.
    let spans = this.source.fastRead && focus ? readSpans(this.text, { path: focus }) : UNSUPPORTED;
    if (spans === UNSUPPORTED) spans = readSpans(this.text);
    if (spans !== UNSUPPORTED) {
      this.spansFocus = [];
      return (this.spans = spans);
    }
    return this.parsed().doc;
  }

  parsed(): { doc: Document; lineCounter: LineIndex } {
    this.yamlDoc ??= parseDocument(this.text, { uniqueKeys: false, prettyErrors: false }) as Document;
    return { doc: this.yamlDoc, lineCounter: this.lines };
  }
}

/**
 * `helm template` output (--chart): there is no file, so each document is placed in the template
 * that rendered it (its `# Source:` line), at the template line that writes the reported key.
 */
export interface RenderedInput extends TextInput {
  rendered: true;
  /** The chart's template files by the name helm gives them (`chart/templates/x.yaml`). */
  templates: ReadonlyMap<string, TextInput>;
}

export function isRenderedInput(input: TextInput): input is RenderedInput {
  return (input as Partial<RenderedInput>).rendered === true;
}

/** A rendered document reported in its template file: the template line of the deepest key of the path it writes literally. */
export class RenderedDocumentSource extends ManifestDocumentSource {
  override readonly file: string;
  readonly template: TextInput | undefined;
  readonly placedByPath = true;
  /** The template as helm names it (`codemie/charts/sub/templates/cm.yaml`: a subchart's, by its name or alias). */
  readonly helmPath: string;
  private templateLines: LineIndex | undefined;

  constructor(file: string, template: TextInput | undefined, doc: number, start: DocumentSlice, positions: OneDocumentPositions, item?: { list: ManifestDocumentSource; prefix: YamlPath }) {
    super(file, doc, start, positions, item);
    this.helmPath = file;
    this.file = template?.name ?? file;
    this.template = template;
  }

  override item(index: number, identity: ObjectIdentity): ManifestDocumentSource {
    const source = new RenderedDocumentSource(this.helmPath, this.template, this.doc, this.start, this.positions, { list: this, prefix: ["items", index] });
    source.object = identity;
    if (identity.kind === "Secret") source.sensitive = true;
    return source;
  }

  override locate(path: YamlPath, _part: RangePart, offsets?: [number, number]): ResolvedRange {
    if (!this.template) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, path: [] };
    const lines = (this.templateLines ??= new LineIndex(this.template.text));
    const full = this.prefix ? [...this.prefix, ...path] : path;
    const { line, indent, depth } = templateKeyLine(lines, offsets ? [] : full);
    const text = lines.lineText(line) ?? "";
    return { start: { line, column: indent + 1 }, end: { line, column: Math.max(text.length, indent) + 1 }, path: full.slice(0, depth) };
  }

  override lineText(line: number): string | undefined {
    if (this.sensitive) return undefined;
    return this.templateLine(line);
  }

  /** A line of the template, for tracing what it writes (never shown: a Secret's template may hold a literal). */
  templateLine(line: number): string | undefined {
    if (!this.template) return undefined;
    return (this.templateLines ??= new LineIndex(this.template.text)).lineText(line);
  }
}

/**
 * Follows the path's keys down the template by indentation: each key is looked for among the lines
 * indented under the previous one (template actions and blank lines are skipped). Stops at the first
 * key the template does not write literally (it comes from an include or `toYaml`).
 */
function templateKeyLine(lines: LineIndex, path: YamlPath): { line: number; indent: number; depth: number } {
  let found = { line: 1, indent: 0, depth: 0 };
  let parentIndent = -1;
  let from = 1;
  // Inside a list item: the line of its `- ` (a later item at that indent ends the item).
  let item: { line: number; indent: number } | undefined;
  path.forEach((segment, depth) => {
    // A key the template does not write literally ends the descent.
    if (found.depth < depth) return;
    if (typeof segment === "number") {
      // Item n is the n-th literal `- ` line, unless a template action before it may write items (toYaml, range).
      let seen = -1;
      let itemIndent = -1;
      for (let line = from; line <= lines.lineCount; line++) {
        const text = lines.lineText(line) ?? "";
        const trimmed = text.trim();
        if (trimmed === "" || trimmed.startsWith("#")) continue;
        if (trimmed.startsWith("{{")) return;
        const indent = text.length - text.trimStart().length;
        if (indent <= parentIndent) return;
        if (!/^-(\s|$)/.test(trimmed)) continue;
        if (itemIndent === -1) itemIndent = indent;
        if (indent !== itemIndent || ++seen < segment) continue;
        found = { line, indent, depth: depth + 1 };
        item = { line, indent };
        parentIndent = indent - 1;
        from = line;
        return;
      }
      return;
    }
    const key = new RegExp(`^(\\s*(?:- )?)["']?${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:(\\s|$)`);
    const within = item;
    item = undefined;
    for (let line = from; line <= lines.lineCount; line++) {
      const text = lines.lineText(line) ?? "";
      const trimmed = text.trim();
      if (trimmed === "" || trimmed.startsWith("{{") || trimmed.startsWith("#")) continue;
      const indent = text.length - text.trimStart().length;
      if (indent <= parentIndent) return;
      if (within && line > within.line && indent === within.indent && /^-(\s|$)/.test(trimmed)) return;
      const match = key.exec(text);
      if (match) {
        // The same key again at its indent (an if/else writes it in each branch): which one rendered is not known.
        if (writtenAgain(lines, line, match[1]!.length, key, parentIndent, within)) return;
        found = { line, indent: match[1]!.length, depth: depth + 1 };
        parentIndent = match[1]!.length;
        from = line + 1;
        return;
      }
    }
  });
  return found;
}

/** Whether `key` is written again at `indent` before its parent (or list item) ends. */
function writtenAgain(lines: LineIndex, after: number, indent: number, key: RegExp, parentIndent: number, item: { indent: number } | undefined): boolean {
  for (let line = after + 1; line <= lines.lineCount; line++) {
    const text = lines.lineText(line) ?? "";
    const trimmed = text.trim();
    if (trimmed === "" || trimmed.startsWith("{{") || trimmed.startsWith("#")) continue;
    const at = text.length - text.trimStart().length;
    if (at <= parentIndent || (item && at === item.indent && /^-(\s|$)/.test(trimmed))) return false;
    if (at === indent && key.exec(text)?.[1]!.length === indent) return true;
  }
  return false;
}

export interface ManifestObject {
  source: ManifestDocumentSource;
  identity: ObjectIdentity;
  /** A workload's pod template, as far as rules read it. */
  pod?: PodTemplate;
  /** A ConfigMap's or Secret's `data` and `stringData`, as written (Secret data still base64). */
  data?: Record<string, unknown>;
  stringData?: Record<string, unknown>;
  /** Its `data` or `stringData` when that is not a map (the API server refuses the object). */
  notMaps?: { field: "data" | "stringData"; value: unknown }[];
  /** Container images, of any kind with `spec.template`-style containers (a DeploymentConfig too). */
  images: readonly string[];
}

export interface ManifestModel {
  objects: ManifestObject[];
  documents: number;
  problems: ParseProblem[];
  /** Characters of the documents each reader took (for `npm run bench`). */
  readBy: Record<ManifestReader, number>;
}

/** Who read a document: its identity only, the line reader, readFast's recursive reader, or `yaml`. */
export type ManifestReader = "identity" | "lines" | "recursive" | "yaml";

export function loadManifests(inputs: TextInput[], limits?: BuildLimits): ManifestModel {
  const objects: ManifestObject[] = [];
  const problems: ParseProblem[] = [];
  let documents = 0;
  const readBy: Record<ManifestReader, number> = { identity: 0, lines: 0, recursive: 0, yaml: 0 };
  const pool = new DefinitionPool();
  // The fast readers nest at most MAX_DEPTH levels (deeper, they leave the document to yaml): a lower
  // configured limit is enforced by yaml alone.
  const fastReading = (limits?.maxDepth ?? MAX_DEPTH) >= MAX_DEPTH;
  const copyDocuments = inputs.reduce((sum, input) => sum + input.text.length, 0) < COPY_DOCUMENTS_BELOW;
  const positions = new OneDocumentPositions(copyDocuments);
  for (const input of inputs) {
    const parts = splitDocuments(input.text, copyDocuments ? input.bytes : undefined);
    // Where the reader found control characters: a document without any is read without looking again.
    const controls = input.controlCharacters;
    let nextControl = 0;
    parts.forEach((part, index) => {
      if (controls !== undefined) while (nextControl < controls.length && controls[nextControl]! < part.offset) nextControl++;
      const noControlChars = controls !== undefined && (nextControl === controls.length || controls[nextControl]! >= part.offset + part.text.length);
      documents++;
      let value: unknown = UNSUPPORTED;
      let reader: ManifestReader = "yaml";
      let lineRead = false;
      let fastRead = false;
      if (!part.needsFullParse && fastReading) {
        value = identityOnly(part.text, noControlChars) ?? UNSUPPORTED;
        reader = "identity";
        if (value === UNSUPPORTED) {
          const readText = copyDocuments ? part.copy() : part.text;
          value = readLines(readText, undefined, noControlChars);
          lineRead = value !== UNSUPPORTED;
          // Counted as it went: positions in later documents need not count them again.
          if (lineRead) part.newlines = lineBreaksRead();
          reader = "lines";
          if (value === UNSUPPORTED) {
            value = readFast(readText);
            reader = value === UNSUPPORTED ? "yaml" : "recursive";
          }
          // What an identity read passes over is unchecked: positions there come from a full read.
          fastRead = value !== UNSUPPORTED;
        }
      }
      const source = isRenderedInput(input) ? renderedSource(input, index, part, positions) : new ManifestDocumentSource(input.name, index, part, positions);
      source.lineRead = lineRead;
      source.fastRead = fastRead;
      readBy[reader] += part.text.length;
      if (value === UNSUPPORTED) value = readWithPositions(source, problems, limits);
      if (!isRecord(value)) {
        // An empty document is none; a list or a scalar is no object kubectl or helm can read.
        if (value !== null && value !== undefined) problems.push({ kind: "object", message: `this document is ${Array.isArray(value) ? "a list" : "a scalar"}, not a Kubernetes object: kubectl and helm refuse it`, at: { source, path: [] } });
        return;
      }
      // helm's `# Source:` line, looked for once per document (not per item of a List).
      const helmSource = SOURCE_COMMENT.exec(part.text)?.[1]?.trim();
      const identity = identify(value, helmSource, pool.intern);
      const unidentified = missingIdentity(value);
      if (unidentified) problems.push({ kind: "object", message: unidentified.message, at: { source, path: unidentified.path, part: "key" } });
      if (!identity) return;
      source.object = identity;
      if (identity.kind === "Secret") source.sensitive = true;
      const items = LIST_KIND.test(identity.kind) && Array.isArray(value.items) ? (value.items as unknown[]) : undefined;
      if (!items) {
        objects.push(objectOf(value, identity, source, pool, lineRead ? envListsRead() : undefined));
        return;
      }
      // `kubectl get -o yaml` writes a List: each item is an object of its own. A typed list from the
      // API (`SecretList`) leaves kind and apiVersion out of its items.
      const itemKind = identity.kind === "List" ? undefined : { kind: identity.kind.slice(0, -"List".length), apiVersion: identity.apiVersion };
      items.forEach((item, index) => {
        const itemIdentity = isRecord(item) ? identify(itemKind && item.kind === undefined ? { ...itemKind, ...item } : item, helmSource, pool.intern) : undefined;
        if (!isRecord(item) || !itemIdentity) return;
        const itemSource = source.item(index, itemIdentity);
        if (itemSource.sensitive) source.sensitive = true;
        objects.push(objectOf(item, itemIdentity, itemSource, pool));
      });
    });
  }
  return { objects, documents, problems, readBy };
}

/**
 * Kinds that hold no pod template, no container image and no configuration data: rules read only
 * who such an object is, so only a document's top-level keys and its metadata are read, and the
 * rest is passed over unread (YAML errors and repeated keys there are not reported; helm refuses
 * a render that does not parse). A chart's CRDs are most of its bytes. Keyed by apiVersion too:
 * a Knative `Service` holds containers.
 */
const IDENTITY_ONLY: Readonly<Record<string, readonly string[]>> = {
  CustomResourceDefinition: ["apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1"],
  Service: ["v1"],
  ServiceAccount: ["v1"],
  Namespace: ["v1"],
  Endpoints: ["v1"],
  PersistentVolumeClaim: ["v1"],
  PersistentVolume: ["v1"],
  LimitRange: ["v1"],
  ResourceQuota: ["v1"],
  Role: ["rbac.authorization.k8s.io/v1"],
  RoleBinding: ["rbac.authorization.k8s.io/v1"],
  ClusterRole: ["rbac.authorization.k8s.io/v1"],
  ClusterRoleBinding: ["rbac.authorization.k8s.io/v1"],
  Ingress: ["networking.k8s.io/v1", "networking.k8s.io/v1beta1", "extensions/v1beta1"],
  IngressClass: ["networking.k8s.io/v1"],
  NetworkPolicy: ["networking.k8s.io/v1"],
  PodDisruptionBudget: ["policy/v1", "policy/v1beta1"],
  HorizontalPodAutoscaler: ["autoscaling/v1", "autoscaling/v2", "autoscaling/v2beta2"],
  StorageClass: ["storage.k8s.io/v1"],
  PriorityClass: ["scheduling.k8s.io/v1"],
  APIService: ["apiregistration.k8s.io/v1"],
  MutatingWebhookConfiguration: ["admissionregistration.k8s.io/v1"],
  ValidatingWebhookConfiguration: ["admissionregistration.k8s.io/v1"],
  ServiceMonitor: ["monitoring.coreos.com/v1"],
  PodMonitor: ["monitoring.coreos.com/v1"],
  PrometheusRule: ["monitoring.coreos.com/v1"],
};
/** What an identity read reads: of metadata only what identify() takes (charts label every object with several lines). */
export const IDENTITY_KEYS: KeyFilter = new Map([
  ["apiVersion", undefined],
  ["kind", undefined],
  ["metadata", new Set(["name", "namespace"])],
]);
/** The `kind:` line of a top-level mapping at column 0; the identity read then confirms it. */
const KIND_LINE = /^kind: *([A-Za-z]+) *$/m;

/** The object's apiVersion, kind and metadata when its kind is one of IDENTITY_ONLY; undefined otherwise. */
function identityOnly(text: string, noControlChars: boolean): Record<string, unknown> | undefined {
  const kind = KIND_LINE.exec(text)?.[1];
  if (kind === undefined || !Object.hasOwn(IDENTITY_ONLY, kind)) return undefined;
  const head = readLines(text, IDENTITY_KEYS, noControlChars);
  if (!isRecord(head) || head.kind !== kind || typeof head.apiVersion !== "string" || !IDENTITY_ONLY[kind]!.includes(head.apiVersion)) return undefined;
  return head;
}

function renderedSource(input: RenderedInput, index: number, part: DocumentSlice, positions: OneDocumentPositions): ManifestDocumentSource {
  const helmPath = SOURCE_COMMENT.exec(part.text)?.[1]?.trim();
  const template = helmPath === undefined ? undefined : input.templates.get(helmPath);
  return new RenderedDocumentSource(helmPath ?? input.name, template, index, part, positions);
}

/**
 * Inputs smaller than this in all (in UTF-16 code units) have each document they read in full
 * copied out of the input to be read (DocumentSlice.copy). The copy is let go after the read: the
 * document's source stays the slice, and positions copy it again for the one document they hold.
 * Kept, the copies survived young-generation collections (5 MB of Deployments: 13 ms more). Bigger
 * inputs are read on a worker, whose TurboFan code reads slices as fast: copies there cost 50 ms of
 * a lint of 50 MB with a finding in each of its 24,700 documents.
 */
export const COPY_DOCUMENTS_BELOW = 8 * 1024 * 1024;

/**
 * The container whose env item `path` names (`spec.template.spec.containers[0].env[3]`), when the
 * line reader found that env list's block.
 */
function envItemContainer(containers: readonly PodContainer[], path: YamlPath): PodContainer | undefined {
  const index = path[path.length - 1];
  if (typeof index !== "number" || path[path.length - 2] !== "env") return undefined;
  for (let c = 0; c < containers.length; c++) {
    const container = containers[c]!;
    if (container.envOffset < 0 || path[path.length - 3] !== container.index || path[path.length - 4] !== container.group) continue;
    const specPath = container.specPath;
    if (path.length !== specPath.length + 4) continue;
    let same = true;
    for (let i = 0; i < specPath.length && same; i++) same = path[i] === specPath[i];
    if (same) return container;
  }
  return undefined;
}

/** `List`, and typed lists such as `ConfigMapList`. */
const LIST_KIND = /List$/;

/** Only what rules read is kept; the object's tree is garbage from here on. */
function objectOf(value: Record<string, unknown>, identity: ObjectIdentity, source: ManifestDocumentSource, pool: DefinitionPool, envLists?: readonly unknown[]): ManifestObject {
  const specPath = podSpecPath(identity.kind);
  const holdsData = identity.kind === "ConfigMap" || identity.kind === "Secret";
  const images = imagesOf(value);
  const notMaps = holdsData ? (["data", "stringData"] as const).filter((field) => value[field] !== undefined && value[field] !== null && !isRecord(value[field])) : [];
  const pod = specPath && readPodTemplate(value, specPath, source, pool, envLists);
  // Its env blocks' positions (ManifestDocumentSource.locate); a List's items are located in the whole List.
  if (pod && envLists !== undefined && envLists.length > 0) source.containers = pod.containers;
  return {
    source,
    identity,
    pod,
    data: holdsData && isRecord(value.data) ? value.data : undefined,
    stringData: holdsData && isRecord(value.stringData) ? value.stringData : undefined,
    notMaps: notMaps.length > 0 ? notMaps.map((field) => ({ field, value: value[field] })) : undefined,
    images: images.length === 0 ? NO_IMAGES : images.map(pool.intern),
  };
}

const NO_IMAGES: readonly string[] = Object.freeze([]);

/** `image` of the object and of what it holds under spec, template, jobTemplate and containers. */
function imagesOf(object: Record<string, unknown>): string[] {
  const images: string[] = [];
  collectImages(object, 0, images);
  return images;
}

/** The keys under which imagesOf looks for more images. */
const IMAGE_HOLDERS = ["spec", "template", "jobTemplate", "containers"] as const;

// Plain loops, no closure or iterator per node: this runs on every object, before Maglev has optimised it (5 µs per Deployment).
function collectImages(value: unknown, depth: number, images: string[]): void {
  if (depth > 12 || typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) collectImages(value[i], depth + 1, images);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.image === "string") images.push(record.image);
  for (let k = 0; k < IMAGE_HOLDERS.length; k++) {
    const held = record[IMAGE_HOLDERS[k]!];
    if (held !== undefined) collectImages(held, depth + 1, images);
  }
}

function readWithPositions(source: ManifestDocumentSource, problems: ParseProblem[], limits?: BuildLimits): unknown {
  const { doc } = source.positioned();
  if (doc.errors.length > 0) {
    // Unread, it is no known Secret: its lines stay hidden if it may be one (see SECRET_KIND_LINE).
    if (SECRET_KIND_LINE.test(source.text)) source.sensitive = true;
    problems.push(...parseProblems(doc, source, limits));
    return undefined;
  }
  return toJS(buildTree(doc, source, problems, limits, "kubernetes"));
}

const SOURCE_COMMENT = /^# Source: (.+)$/m;

/**
 * What kubectl and helm refuse a document for before it reaches the API server ("error validating
 * data: [apiVersion not set, kind not set]"), and where: the field that is wrong when it is there,
 * else the kind, else the document.
 */
function missingIdentity(value: Record<string, unknown>): { message: string; path: YamlPath } | undefined {
  const wrong = (["apiVersion", "kind"] as const).filter((key) => typeof value[key] !== "string" || value[key] === "");
  if (wrong.length === 0) return undefined;
  const problems = wrong.map((key) => (value[key] === undefined || value[key] === null || value[key] === "" ? `no ${key}` : `${key === "apiVersion" ? "an" : "a"} ${key} that is no string`));
  // Neither key at all: most likely a values file given with -m.
  const hint = value.apiVersion === undefined && value.kind === undefined ? "; a values file is passed without -m" : "";
  const field = wrong.find((key) => value[key] !== undefined && typeof value[key] !== "string");
  const path = field ? [field] : typeof value.kind === "string" ? ["kind"] : [];
  return { message: `this document has ${problems.join(" and ")}: kubectl and helm refuse it${hint}`, path };
}

/** `helmSource`: the template the document was rendered from (its `# Source:` line), when it has one. */
function identify(value: Record<string, unknown>, helmSource: string | undefined, intern: Intern): ObjectIdentity | undefined {
  const { apiVersion, kind } = value;
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  if (typeof kind !== "string") return undefined;
  const identity: ObjectIdentity = {
    apiVersion: typeof apiVersion === "string" ? intern(apiVersion) : "",
    kind: intern(kind),
    name: typeof metadata.name === "string" ? metadata.name : "",
  };
  if (typeof metadata.namespace === "string") identity.namespace = intern(metadata.namespace);
  if (helmSource) identity.source = intern(helmSource);
  return identity;
}

/** Pod-spec paths by workload kind (the pod template's `spec`). */
const POD_SPEC_PATHS: Record<string, string[]> = {
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  Rollout: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
  Pod: ["spec"],
};

function podSpecPath(kind: string): YamlPath | undefined {
  // Own keys only: `kind: constructor` is no workload.
  return Object.hasOwn(POD_SPEC_PATHS, kind) ? POD_SPEC_PATHS[kind] : undefined;
}
