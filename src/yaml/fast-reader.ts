/**
 * A fast reader for the YAML subset that `helm template`, `toYaml` (sigs.k8s.io/yaml) and
 * `yaml.stringify` emit. It builds plain JS values (no positions) and is well over ten times
 * faster than `yaml.parseAllDocuments`, which matters for multi-megabyte rendered manifests. For a
 * document that gets a finding, `readSpans` reads it again and records where each node is, with
 * the ranges `yaml` would give (see Span).
 *
 * Contract: whenever `readFast` returns a value, it deep-equals `YAML.parseDocument(text).toJS()`
 * under the yaml 2.x defaults (YAML 1.2 core schema, unique keys). For anything outside the
 * subset, or anything yaml would reject, it returns `UNSUPPORTED` and the caller parses that
 * document with the `yaml` library instead. It never throws.
 *
 * Supported: block mappings (plain or single-line quoted keys) and block sequences, including
 * compact forms (`- key: v`, `- - x`, `key:` followed by `- item` at the same indentation);
 * plain scalars, continued over lines indented deeper than their collection (go-yaml wraps long
 * strings so), single- and double-quoted scalars, also over several lines, with core-schema
 * resolution; literal and folded block scalars with chomping and indentation indicators;
 * flow collections, after a key or dash or alone on the next line (`toYaml` of an empty map
 * through `nindent` writes `{}` there), also over lines (line breaks and comments between entries,
 * each line indented deeper than the block holding it, as charts write `command: ["a",` with
 * `"b"]` below), with a trailing comma or not; a scalar or a block scalar's header also alone on
 * the line after its key; comments; CRLF line breaks; a leading BOM.
 *
 * Bails on: tabs outside scalar content, anchors, aliases, tags, directives, document markers, a
 * dash or indentation on the byte-order mark's line, complex (`?`) keys, merge keys (`<<`), flow
 * collections with a scalar or key over a line break, a line at the block's indentation (other than
 * the closing bracket) or a comment line there, comments in flow collections when spans are read,
 * multi-line keys, comments inside or right after a multi-line plain scalar, a plain scalar or a
 * block scalar's header alone on its line after a comment line, a top-level scalar or flow
 * collection, duplicate keys (compared after conversion to JS property names), control characters,
 * and a whitespace-only block scalar line indented deeper than the scalar's content that ends with
 * CR or follows an indentation indicator.
 */

import { latin1Slice } from "../core/buffer-natives.ts";
import { hasUnsupportedChars, isIndicator, keyString, MAX_DEPTH, MAX_KEY_LENGTH, resolvePlain, UNSUPPORTED } from "./core-schema.ts";

export { UNSUPPORTED };

export class DocumentSlice {
  readonly text: string;
  /** Offset of `text` in the stream, in UTF-16 code units. */
  readonly offset: number;
  /** The document starts on its `---` line (content, tag or anchor after the marker, or a directive before it). */
  readonly needsFullParse: boolean;
  /** How many line breaks `text` has, once a reader that went over every line, or a position after it, counted them. */
  newlines: number | undefined;
  private readonly lines: StreamLines;
  /** The stream's bytes, when they are its characters one for one (ASCII): see copy(). */
  private readonly asciiBytes: Buffer | undefined;
  private counted = -1;

  constructor(text: string, offset: number, needsFullParse: boolean, lines: StreamLines, asciiBytes?: Buffer) {
    this.text = text;
    this.offset = offset;
    this.needsFullParse = needsFullParse;
    this.lines = lines;
    this.asciiBytes = asciiBytes;
  }

  /**
   * `text` as a string of its own, which V8 holds as one sequence of characters. A document cut out
   * of the stream is a slice of it, whose characters Maglev's code (the CLI's main thread:
   * src/cli/v8-tuning.ts) reads through the whole stream's string one call at a time: read from a
   * copy, the line reader took 15–20% less of a lint of CodeMie's 200-release render (2.2 MB) or of
   * 5 MB of generated Deployments as a process. Copied out of the stream's ASCII bytes in one step
   * (2,600 documents of 5 MB: 1.5 ms, against 3–9 ms through a Buffer of the text); else Latin-1 both
   * ways copies a text of one-byte characters, and a text with any other character comes back
   * changed and is copied as UTF-16, which keeps every code unit, lone surrogates included.
   */
  copy(): string {
    if (this.asciiBytes !== undefined) return latin1Slice(this.asciiBytes, this.offset, this.offset + this.text.length);
    const copy = Buffer.from(this.text, "latin1").toString("latin1");
    return copy === this.text ? copy : Buffer.from(this.text, "utf16le").toString("utf16le");
  }

  /** The whole stream `text` is a slice of: a part of the document read there needs no copy of it (an env list's lines, for positions). */
  get stream(): string {
    return this.lines.stream;
  }

  /** 0-based line of the stream on which `text` starts: counted when first asked (positions ask for few documents), then kept. */
  get line(): number {
    if (this.counted < 0) this.counted = this.lines.lineAt(this.offset);
    return this.counted;
  }
}

/**
 * Line numbers of a stream's offsets, each counted on from the nearest offset asked for before it
 * (from the start for the first), and kept. Not a LineIndex of the stream: keeping every line start
 * of a 50 MB stream raised the peak memory of a finding-dense lint by 45 MB. A document whose line
 * breaks a reader counted is passed over at once: counting them again took a finding-dense 50 MB
 * lint 20 ms. Counted from the last offset asked for, findings related to another document (the
 * workload whose budget id most use, a workload's own ConfigMap) went back and forth for each
 * finding: 23,000 workloads with as many budget ids took 10 s. A document no reader counted (identity
 * only, yaml) is counted when first passed over, and kept: counted on from it, the line-read documents
 * after it were counted character by character up to each finding (5 MB with a finding on 1% of its
 * workloads, after a Service every 50: half the stream, 2 ms of a 190 ms lint).
 */
class StreamLines {
  readonly stream: string;
  /** The stream's documents, in order (splitDocuments fills it). */
  private readonly documents: readonly DocumentSlice[];
  /** Offsets asked for, ascending, and their lines. */
  private readonly askedOffsets: number[] = [];
  private readonly askedLines: number[] = [];

  constructor(stream: string, documents: readonly DocumentSlice[]) {
    this.stream = stream;
    this.documents = documents;
  }

  lineAt(offset: number): number {
    const nearest = lastAtOrBefore(this.askedOffsets, offset);
    if (nearest >= 0 && this.askedOffsets[nearest] === offset) return this.askedLines[nearest]!;
    let at = nearest < 0 ? 0 : this.askedOffsets[nearest]!;
    let line = nearest < 0 ? 0 : this.askedLines[nearest]!;
    for (let next = firstAtOrAfter(this.documents, at); ; next++) {
      const document = this.documents[next];
      if (document === undefined) break;
      const end = document.offset + document.text.length;
      if (end > offset) break;
      // One no reader counted (identity only, yaml) is counted once, and passed over at once after.
      document.newlines ??= this.count(document.offset, end);
      line += this.count(at, document.offset) + document.newlines;
      at = end;
    }
    line += this.count(at, offset);
    // Mostly in ascending order (findings come document by document): appended without a splice, which makes an array each time.
    if (nearest + 1 === this.askedOffsets.length) {
      this.askedOffsets.push(offset);
      this.askedLines.push(line);
    } else {
      this.askedOffsets.splice(nearest + 1, 0, offset);
      this.askedLines.splice(nearest + 1, 0, line);
    }
    return line;
  }

  /** Line breaks in the stream from `from` up to `to`. */
  private count(from: number, to: number): number {
    let breaks = 0;
    for (let nl = this.stream.indexOf("\n", from); nl !== -1 && nl < to; nl = this.stream.indexOf("\n", nl + 1)) breaks++;
    return breaks;
  }
}

/** Index of the last of the ascending `values` that is at most `value`; -1 when none is. */
function lastAtOrBefore(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Index of the first document at or after `offset`. */
function firstAtOrAfter(documents: readonly DocumentSlice[], offset: number): number {
  let low = 0;
  let high = documents.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (documents[middle]!.offset < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const PERCENT = 37;
const SQUOTE = 39;
const PLUS = 43;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const GT = 62;
const QUESTION = 63;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;
const BOM = 0xfeff;


/** Thrown internally to abandon a document; never escapes `readFast`. */
const BAIL = Symbol("bail");

/** Parses one YAML document's text (no `---` separators inside; may start with comments). */
export function readFast(text: string): unknown {
  try {
    return new Reader(text, false).document();
  } catch {
    return UNSUPPORTED;
  }
}

/**
 * A flow collection at `i` that closes on its line, inside `depth` enclosing collections: its value
 * and the index after it, and its span when `tracking`. For the line reader, which leaves `{…}` and
 * `[…]` to this reader.
 */
export function readFlowAt(text: string, i: number, depth: number, tracking = false): { value: unknown; next: number; span?: Span } | typeof UNSUPPORTED {
  try {
    return new Reader(text, tracking).flowAt(i, depth);
  } catch {
    return UNSUPPORTED;
  }
}

/**
 * Where a node is in a document's text, as the `yaml` library ranges it: `start` is its first
 * character; `end` may differ from yaml's `range[1]` only by white space after it, which position
 * lookups trim anyway. An empty value (`key:`) is the empty span after the line's trailing spaces.
 */
export interface Span {
  start: number;
  end: number;
  /** A mapping's entries by key as `yaml` writes a scalar key (`String(value)`, so `null` is "null"). */
  entries?: Map<string, { key: [number, number]; value: Span }>;
  items?: Span[];
  /** Read past with a focus: its own range is right, what is inside it was not read. */
  skipped?: true;
  /** On a root: the read stopped after the focused collection, so only ranges within it are right (see readLineSpans). */
  partial?: true;
}

/**
 * For a document `readFast` has read (so its structure is known good): read the nodes on `path`
 * with the keys beside them, and the whole subtree where it ends; skip past everything else by
 * indentation.
 */
export interface Focus {
  path: readonly (string | number)[];
}

/** Whether the spans reach `path` as far as the document has it (no skipped node on the way). */
export function spansCover(root: Span, path: readonly (string | number)[]): boolean {
  let node: Span | undefined = root;
  // Indexed: for-of makes an object per step in Maglev's code, and this runs for each place a finding asks for.
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (node.skipped) return false;
    node = node.entries ? node.entries.get(String(segment))?.value : typeof segment === "number" ? node.items?.[segment] : undefined;
    if (!node) return true;
  }
  return true;
}

/**
 * The spans of a document's nodes, for documents in `readFast`'s subset that also have no comment
 * after their first content line and no CR (where yaml's ranges take in comments and the spans
 * would need its attachment rules); UNSUPPORTED otherwise. Values are not built, nor keys checked
 * for repeats (a lookup takes the last, as yaml's does). Reads the whole document again: only for
 * documents that get a finding.
 */
export function readSpans(text: string, focus?: Focus): Span | typeof UNSUPPORTED {
  try {
    const reader = new Reader(text, true, focus);
    reader.document();
    return reader.span ?? UNSUPPORTED;
  } catch {
    return UNSUPPORTED;
  }
}

/**
 * Splits a multi-document stream into document texts without parsing them (with the stream's
 * UTF-8 `bytes`, each is copied out of them when they are ASCII: DocumentSlice.copy); each text is
 * `stream.slice(offset, offset + text.length)`.
 *
 * Marker lines start at column 0 with `---` or `...` followed by a space, a tab or the line end.
 * No other line is interpreted beyond "blank or comment" versus "content", which is sound because
 * YAML forbids marker lines inside any node (block scalars and quoted scalars included).
 * - `---` closes the open document, if any, and opens a new one whose text starts on the next
 *   line. If the marker line carries anything but a comment (`--- !tag`, `--- a: 1`, `--- |`), or
 *   the next line starts with a byte-order mark (content inside a stream), the new document's
 *   text starts at the marker line itself and it is flagged `needsFullParse`.
 * - `...` closes the open document; with none open it yields an empty document (text "").
 *   A `...` line carrying content (a yaml error) opens a `needsFullParse` document at that line.
 * - Outside a document, blank and comment lines (and byte-order marks) are skipped and never
 *   create a document: `# Source:` comments before a `---` belong to no text, and comments after
 *   the last document's content stay in its text. A content line opens an implicit document whose
 *   text starts where the previous one ended. A directive line (`%YAML`) stays in the text of the
 *   document that follows, which is flagged `needsFullParse`; directives with no document after
 *   them yield nothing.
 * - The document open at the end of the stream is emitted, so a trailing `---` yields a final
 *   empty document. A byte-order mark at the very start of the stream is skipped.
 * For streams without errors this yields the documents of `yaml.parseAllDocuments`, in order.
 */
export function splitDocuments(stream: string, bytes?: Uint8Array): DocumentSlice[] {
  const docs: DocumentSlice[] = [];
  const lines = new StreamLines(stream, docs);
  const len = stream.length;
  // As many UTF-8 bytes as UTF-16 code units: every character is ASCII, one byte at its own offset.
  const asciiBytes = bytes !== undefined && bytes.length === len ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : undefined;
  let pos = stream.charCodeAt(0) === BOM ? 1 : 0;
  // The pending document's text starts at `start`.
  let start = pos;
  let open = false;
  let needsFullParse = false;
  const emit = (end: number): void => {
    docs.push(new DocumentSlice(stream.slice(start, end), start, needsFullParse, lines, asciiBytes));
  };
  while (pos < len) {
    if (open) {
      // Inside a document only a marker line matters: on to the next line that starts like one.
      pos = nextMarkerStart(stream, pos);
      if (pos >= len) break;
    }
    const nl = stream.indexOf("\n", pos);
    const eol = nl < 0 ? len : nl;
    const next = nl < 0 ? len : nl + 1;
    const c = stream.charCodeAt(pos);
    if ((c === DASH || c === DOT) && isMarkerLine(stream, pos)) {
      const trailing = hasContentAfter(stream, pos + 3, eol);
      if (c === DASH) {
        if (open) {
          emit(pos);
          needsFullParse = false;
        }
        // In a stream, a byte-order mark right after `---` is content, unlike at the start of a text.
        if (trailing || needsFullParse || stream.charCodeAt(next) === BOM) {
          if (!needsFullParse) start = pos;
          needsFullParse = true;
        } else {
          start = next;
        }
        open = true;
      } else {
        if (open || needsFullParse) emit(pos);
        else docs.push(new DocumentSlice("", pos, false, lines));
        open = trailing;
        needsFullParse = trailing;
        start = trailing ? pos : next;
      }
    } else if (!open) {
      if (c === PERCENT) needsFullParse = true;
      else if (hasContentAfter(stream, pos, eol)) open = true;
    }
    pos = next;
  }
  if (open) emit(len);
  return docs;
}

/** A line break before a line that starts with `---` or `...`. */
const MARKER_START = /\n(?:---|\.\.\.)/g;

/**
 * The start of the first line at or after `pos` (a line start) that starts with `---` or `...`;
 * the stream's length when none does. One native search for both (two searches for one each took
 * twice as long: 2.3 against 1 ms on 5 MB).
 */
function nextMarkerStart(stream: string, pos: number): number {
  if (stream.startsWith("---", pos) || stream.startsWith("...", pos)) return pos;
  MARKER_START.lastIndex = pos;
  const found = MARKER_START.exec(stream);
  return found === null ? stream.length : found.index + 1;
}

/** Whether a `---` or `...` document marker starts at `pos` (a line start). */
function isMarkerLine(s: string, pos: number): boolean {
  const c = s.charCodeAt(pos);
  if (s.charCodeAt(pos + 1) !== c || s.charCodeAt(pos + 2) !== c) return false;
  const after = s.charCodeAt(pos + 3);
  return after === SPACE || after === TAB || after === LF || after === CR || pos + 3 >= s.length;
}

/** Whether anything but whitespace, byte-order marks or a comment is in `s[i, eol)`; a CR not before a LF is content to yaml. */
function hasContentAfter(s: string, i: number, eol: number): boolean {
  for (; i < eol; i++) {
    const c = s.charCodeAt(i);
    if (c === HASH) return false;
    if (c !== SPACE && c !== TAB && c !== BOM && !(c === CR && s.charCodeAt(i + 1) === LF)) return true;
  }
  return false;
}

type JsonMap = Record<string, unknown>;

class Reader {
  private readonly src: string;
  private readonly len: number;
  /** Start of the line being read. */
  private lineStart = 0;
  /** Position just after the last token read within a line. */
  private p = 0;
  private depth = 0;
  /** Flow collections open around `p`. */
  private flowDepth = 0;
  /** The last nextContentLine() passed over a comment line. */
  private passedComment = false;
  /** Spans are recorded (readSpans); comments after the first content line then bail. */
  private readonly tracking: boolean;
  private commentsBail = false;
  /** The span of the node read last, when tracking. */
  span: Span | undefined;
  /** The range and `yaml` key text of the block key read last, when tracking. */
  private keyRange: [number, number] = [0, 0];
  private keyText = "";
  private readonly focus: Focus["path"] | undefined;
  /** The index in `focus` of the segment the children of the node being read answer to. */
  private focusAt = 0;

  constructor(src: string, tracking: boolean, focus?: Focus) {
    this.src = src;
    this.len = src.length;
    this.tracking = tracking;
    this.focus = focus?.path;
  }

  /** With a focus, whether the child under `segment` of a node whose children answer to `focus[at]` is off it. */
  private offFocus(at: number, segment: string | number): boolean {
    const focus = this.focus;
    return focus !== undefined && at < focus.length && String(focus[at]) !== String(segment);
  }

  /**
   * Skips a mapping value (after the colon at `from`) or a sequence item (after the dash) of the
   * collection at `col`: the rest of the line and the lines indented deeper, and for a value with
   * nothing after its colon, a sequence at the collection's own indentation. Sound only for text
   * `readFast` accepted; bails on comments, whose place in yaml's ranges the spans do not follow.
   */
  private skipNode(from: number, col: number, mappingValue: boolean): void {
    const src = this.src;
    let i = from;
    while (src.charCodeAt(i) === SPACE) i++;
    let start = -1;
    let end = i;
    let line = i;
    if (i < this.len && src.charCodeAt(i) !== LF) {
      const eol = lineEnd(src, i);
      if (src.charCodeAt(i) === HASH || src.slice(i, eol).includes(" #")) throw BAIL;
      start = i;
      end = trimEnd(src, i, eol);
      line = eol;
    }
    const compact = mappingValue && start < 0;
    while (line < this.len) {
      const next = line + 1;
      let j = next;
      while (src.charCodeAt(j) === SPACE) j++;
      const c = src.charCodeAt(j);
      if (c === LF) {
        line = j;
        continue;
      }
      if (j >= this.len) break;
      const indent = j - next;
      if (indent < col || (indent === col && !(compact && c === DASH && this.separatedAt(j + 1)))) break;
      if (c === HASH) throw BAIL;
      if (start < 0) start = j;
      const eol = lineEnd(src, j);
      end = trimEnd(src, j, eol);
      line = eol;
    }
    this.lineStart = line < this.len ? line + 1 : this.len;
    this.span = start < 0 ? { start: i, end: i, skipped: true } : { start, end, skipped: true };
  }

  flowAt(i: number, depth: number): { value: unknown; next: number; span?: Span } {
    this.depth = depth;
    const value = this.flowCollection(i);
    return { value, next: this.p, span: this.span };
  }

  document(): unknown {
    if (this.src.charCodeAt(0) === BOM) this.lineStart = 1;
    // With a focus, readFast has read the text already (see Focus).
    if (!this.focus && hasUnsupportedChars(this.src, this.lineStart)) throw BAIL;
    if (this.tracking && this.src.includes("\r")) throw BAIL;
    const indent = this.nextContentLine();
    if (indent < 0) {
      if (this.tracking) throw BAIL;
      return null;
    }
    this.commentsBail = this.tracking;
    // yaml errs on a dash, or on indentation, on the byte-order mark's own line.
    if (this.lineStart === 1 && this.src.charCodeAt(0) === BOM && (indent > 0 || this.src.charCodeAt(1) === DASH)) throw BAIL;
    const value = this.nodeOnOwnLine(indent, -1);
    if (this.nextContentLine() >= 0) throw BAIL;
    return value;
  }

  /**
   * Moves `lineStart` to the next line that is neither blank nor a comment and returns its
   * indentation, or -1 at the end of the text.
   */
  private nextContentLine(): number {
    const src = this.src;
    let i = this.lineStart;
    this.passedComment = false;
    for (;;) {
      const start = i;
      let c = src.charCodeAt(i);
      while (c === SPACE) c = src.charCodeAt(++i);
      if (c === LF) {
        i++;
      } else if (c === CR) {
        i += 2;
      } else if (c === HASH) {
        if (this.commentsBail) throw BAIL;
        this.passedComment = true;
        const nl = src.indexOf("\n", i);
        i = nl < 0 ? this.len : nl + 1;
      } else if (i >= this.len) {
        this.lineStart = this.len;
        return -1;
      } else if (c === TAB) {
        throw BAIL;
      } else {
        this.lineStart = start;
        return i - start;
      }
    }
  }

  /** After a token ending at `i`, accepts only trailing spaces and a comment, then moves to the next line. */
  private finishLine(i: number): void {
    const src = this.src;
    const from = i;
    let c = src.charCodeAt(i);
    while (c === SPACE) c = src.charCodeAt(++i);
    if (c === LF) {
      this.lineStart = i + 1;
    } else if (c === CR) {
      this.lineStart = i + 2;
    } else if (i >= this.len) {
      this.lineStart = this.len;
    } else if (c === HASH && i > from) {
      if (this.commentsBail) throw BAIL;
      const nl = src.indexOf("\n", i);
      this.lineStart = nl < 0 ? this.len : nl + 1;
    } else {
      throw BAIL;
    }
  }

  /** Whether the indicator before `i` is followed by a separator (space or line end). */
  private separatedAt(i: number): boolean {
    const c = this.src.charCodeAt(i);
    if (c === SPACE || c === LF || c === CR || i >= this.len) return true;
    if (c === TAB) throw BAIL;
    return false;
  }

  /**
   * A block node whose first line (already current) is indented by `indent`; a nested one (a
   * mapping value or sequence item, in a collection indented by `parent`; -1 for the document's
   * root) may also be a flow collection (`toYaml` through `nindent` writes `{}` and `[]` on their
   * own line), a block scalar or a scalar.
   */
  private nodeOnOwnLine(indent: number, parent: number): unknown {
    const at = this.lineStart + indent;
    const c = this.src.charCodeAt(at);
    if (c === DASH && this.separatedAt(at + 1)) return this.blockSequence(indent);
    if (parent < 0) return this.blockMapping(indent);
    // After a comment line yaml reads a block scalar's header or a plain scalar alone on its line otherwise: an empty block
    // scalar takes in the next line (`1:`, `#c`, ` >`, `q:` is {"1": "q:\n"}, an error), a plain one goes on over less
    // indented lines (`-`, `# c`, `  r`, `- b` is ["r - b"]).
    if (this.passedComment && (c === PIPE || c === GT || (this.plainStart(at) && this.src.charCodeAt(this.plainInLine(at)) !== COLON))) throw BAIL;
    // Otherwise as after its key or dash: a mapping, a flow collection, a block scalar (bitnami's prometheus chart writes
    // `prometheus.yaml:` then `|`) or a scalar (`rules.yaml:` then `'{}'`).
    return this.inlineValue(at, parent, true);
  }


  /** A block sequence whose first `-` is on the current line at column `col`. */
  private blockSequence(col: number): unknown[] {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const src = this.src;
    const items: unknown[] = [];
    const spans: Span[] | undefined = this.tracking ? [] : undefined;
    const start = this.lineStart + col;
    const focusAt = this.focusAt;
    for (;;) {
      let i = this.lineStart + col + 1;
      let c = src.charCodeAt(i);
      while (c === SPACE) c = src.charCodeAt(++i);
      this.focusAt = focusAt + 1;
      if (this.offFocus(focusAt, items.length)) {
        items.push(null);
        this.skipNode(this.lineStart + col + 1, col, false);
      } else if (c === LF || c === CR || c === HASH || i >= this.len) {
        this.finishLine(this.lineStart + col + 1);
        const indent = this.nextContentLine();
        if (indent > col) {
          items.push(this.nodeOnOwnLine(indent, col));
        } else {
          items.push(null);
          this.mark(i, i);
        }
      } else if (c === TAB) {
        throw BAIL;
      } else {
        items.push(this.inlineValue(i, col, true));
      }
      spans?.push(this.span!);
      const indent = this.nextContentLine();
      if (indent > col) throw BAIL;
      const at = this.lineStart + col;
      if (indent < col || src.charCodeAt(at) !== DASH || !this.separatedAt(at + 1)) break;
    }
    this.focusAt = focusAt;
    if (spans) this.span = { start, end: spans[spans.length - 1]!.end, items: spans };
    this.depth--;
    return items;
  }

  private mark(start: number, end: number): void {
    if (this.tracking) this.span = { start, end };
  }

  /** A block mapping whose first key is on the current line at column `col`. */
  private blockMapping(col: number): JsonMap {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const map: JsonMap = {};
    const entries: Span["entries"] = this.tracking ? new Map() : undefined;
    const start = this.lineStart + col;
    let end = start;
    const focusAt = this.focusAt;
    for (;;) {
      const key = this.blockKey(this.lineStart + col);
      const keyRange = this.keyRange;
      const keyText = this.keyText;
      const skip = this.offFocus(focusAt, keyText);
      this.focusAt = focusAt + 1;
      let value: unknown = null;
      if (skip) this.skipNode(this.p, col, true);
      else value = this.mappingValue(col);
      if (entries) {
        // Spans key entries by yaml's key text; a repeated key keeps the last one, as yaml's lookup does.
        entries.set(keyText, { key: keyRange, value: this.span! });
        end = this.span!.end;
      } else {
        setEntry(map, key, value);
      }
      const indent = this.nextContentLine();
      if (indent > col) throw BAIL;
      if (indent < col) break;
    }
    this.focusAt = focusAt;
    if (entries) this.span = { start, end, entries };
    this.depth--;
    return map;
  }

  /** Reads an implicit key at `i` and its `:`; leaves `p` just after the colon. */
  private blockKey(i: number): string {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (i === this.lineStart && (c === DASH || c === DOT) && isMarkerLine(src, i)) throw BAIL;
    let key: string;
    let colon: number;
    if (c === DQUOTE || c === SQUOTE) {
      key = c === DQUOTE ? this.doubleQuoted(i) : this.singleQuoted(i);
      colon = this.p;
      if (this.tracking) {
        this.keyRange = [i, colon];
        this.keyText = key;
      }
      while (src.charCodeAt(colon) === SPACE) colon++;
      if (src.charCodeAt(colon) !== COLON || !this.separatedAt(colon + 1)) throw BAIL;
    } else {
      if (!this.plainStart(i)) throw BAIL;
      colon = this.plainInLine(i);
      if (src.charCodeAt(colon) !== COLON) throw BAIL;
      const end = trimEnd(src, i, colon);
      const text = src.slice(i, end);
      if (text === "<<") throw BAIL;
      const resolved = resolvePlain(text);
      // A null key is no JSON key: the yaml fallback reports it.
      if (resolved === null) throw BAIL;
      key = keyString(resolved);
      if (this.tracking) {
        this.keyRange = [i, end];
        this.keyText = String(resolved);
      }
    }
    if (colon - i > MAX_KEY_LENGTH) throw BAIL;
    this.p = colon + 1;
    return key;
  }

  /** The value after a block mapping key's colon (at `p`); `col` is the mapping's indentation. */
  private mappingValue(col: number): unknown {
    const src = this.src;
    let i = this.p;
    let c = src.charCodeAt(i);
    while (c === SPACE) c = src.charCodeAt(++i);
    if (c === LF || c === CR || c === HASH || i >= this.len) {
      this.finishLine(this.p);
      const indent = this.nextContentLine();
      if (indent > col) return this.nodeOnOwnLine(indent, col);
      const at = this.lineStart + col;
      if (indent === col && src.charCodeAt(at) === DASH && this.separatedAt(at + 1)) return this.blockSequence(col);
      this.mark(i, i);
      return null;
    }
    if (c === TAB) throw BAIL;
    return this.inlineValue(i, col, false);
  }

  /**
   * A value starting at `i`, after a mapping key or a sequence dash, on the same line. `parent` is
   * the indentation of the enclosing collection; `compact` allows a nested sequence or mapping to
   * start here (only after `- `).
   */
  private inlineValue(i: number, parent: number, compact: boolean): unknown {
    const src = this.src;
    const c = src.charCodeAt(i);
    switch (c) {
      case DASH:
        if (this.separatedAt(i + 1)) {
          if (!compact) throw BAIL;
          return this.blockSequence(i - this.lineStart);
        }
        break;
      case PIPE:
      case GT:
        return this.blockScalar(i, parent);
      case DQUOTE:
      case SQUOTE: {
        const value = c === DQUOTE ? this.doubleQuoted(i, parent) : this.singleQuoted(i, parent);
        let j = this.p;
        while (src.charCodeAt(j) === SPACE) j++;
        if (src.charCodeAt(j) === COLON) {
          if (!compact) throw BAIL;
          return this.blockMapping(i - this.lineStart);
        }
        this.mark(i, this.p);
        this.finishLine(this.p);
        return value;
      }
      case LBRACKET:
      case LBRACE: {
        const value = this.flowCollection(i, parent);
        this.finishLine(this.p);
        return value;
      }
    }
    if (!this.plainStart(i)) throw BAIL;
    const stop = this.plainInLine(i);
    if (src.charCodeAt(stop) === COLON) {
      if (!compact) throw BAIL;
      return this.blockMapping(i - this.lineStart);
    }
    const end = trimEnd(src, i, stop);
    const first = src.slice(i, end);
    const atLineEnd = stop >= this.len || src.charCodeAt(stop) !== SPACE;
    if (atLineEnd && this.continuesPlain(stop, parent)) return this.multiLinePlain(i, first, stop, parent);
    this.mark(i, end);
    this.finishLine(stop);
    return this.tracking ? null : resolvePlain(first);
  }

  /** Whether the next non-blank line after the line end at `eol` is indented deeper than `parent`. */
  private continuesPlain(eol: number, parent: number): boolean {
    const src = this.src;
    let line = eol;
    for (;;) {
      if (line >= this.len) return false;
      line += src.charCodeAt(line) === CR ? 2 : 1;
      let j = line;
      while (src.charCodeAt(j) === SPACE) j++;
      const c = src.charCodeAt(j);
      if (c !== LF && c !== CR) return j < this.len && j - line > parent;
      line = j;
    }
  }

  /**
   * A plain scalar continued on lines indented deeper than `parent` (what go-yaml writes for long
   * strings, such as CRD descriptions): lines are joined by a space, blank lines become line
   * breaks. `first` is its first line's text, which ends at `eol`. Any character starts a
   * continuation line (yaml reads `- x`, `[x]` or `` `x` `` there as text); bails on comments and on
   * `: `, where yaml reads more than text.
   */
  private multiLinePlain(start: number, first: string, eol: number, parent: number): string {
    const src = this.src;
    let text = first;
    let end = eol;
    let line = eol;
    let breaks = 0;
    while (line < this.len) {
      const next = line + (src.charCodeAt(line) === CR ? 2 : 1);
      let j = next;
      while (src.charCodeAt(j) === SPACE) j++;
      const c = src.charCodeAt(j);
      if (c === LF || c === CR) {
        breaks++;
        line = j;
        continue;
      }
      if (j >= this.len || j - next <= parent) break;
      if (c === HASH) throw BAIL;
      const stop = this.plainInLine(j);
      const c2 = src.charCodeAt(stop);
      if (c2 !== LF && c2 !== CR && stop < this.len) throw BAIL;
      end = trimEnd(src, j, stop);
      text += breaks === 0 ? " " : "\n".repeat(breaks);
      text += src.slice(j, end);
      breaks = 0;
      line = stop;
    }
    this.mark(start, end);
    this.finishLine(end);
    return text;
  }

  /** Whether a plain scalar may start at `i`. */
  private plainStart(i: number): boolean {
    const c = this.src.charCodeAt(i);
    if (c <= SPACE || i >= this.len) return false;
    if (c === DASH || c === QUESTION || c === COLON) return !this.separatedAt(i + 1);
    return !isIndicator(c);
  }

  /**
   * Scans a block plain scalar from `i` to the end of its line. Returns the index where it stops:
   * a `:` that makes it a key, the space before a comment, or the line end.
   */
  private plainInLine(i: number): number {
    const src = this.src;
    for (;; i++) {
      const c = src.charCodeAt(i);
      if (c > COLON) continue;
      if (c === COLON) {
        if (this.separatedAt(i + 1)) return i;
      } else if (c === SPACE) {
        if (src.charCodeAt(i + 1) === HASH) return i;
      } else if (c === TAB) {
        throw BAIL;
      } else if (c === LF || c === CR || i >= this.len) {
        return i;
      }
    }
  }

  /**
   * A double-quoted scalar at `i`; leaves `p` after the closing quote. With `parent` (the
   * indentation of the enclosing block collection) it may go on over lines indented deeper.
   */
  private doubleQuoted(i: number, parent = -1): string {
    const src = this.src;
    let out = "";
    let chunk = ++i;
    for (;; i++) {
      const c = src.charCodeAt(i);
      if (c === DQUOTE) break;
      if (c === BACKSLASH) {
        out += src.slice(chunk, i);
        i++;
        const e = src.charAt(i);
        const simple = ESCAPES.get(e);
        if (e === "\n" || e === "\r") {
          // An escaped line break joins the lines without a space.
          if (parent < 0 || this.quotedBreak(i, parent) !== " ") throw BAIL;
          i = this.p;
          chunk = i--;
          continue;
        } else if (simple !== undefined) {
          out += simple;
        } else {
          const digits = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
          if (digits === 0) throw BAIL;
          const hex = src.slice(i + 1, i + 1 + digits);
          if (hex.length !== digits || !HEX_DIGITS.test(hex)) throw BAIL;
          const code = parseInt(hex, 16);
          if (code > 0x10ffff) throw BAIL;
          out += String.fromCodePoint(code);
          i += digits;
        }
        chunk = i + 1;
      } else if (c === LF || c === CR) {
        out += this.foldedLine(chunk, i, parent);
        i = this.p;
        chunk = i--;
      } else if (i >= this.len) {
        throw BAIL;
      }
    }
    this.p = i + 1;
    return out + src.slice(chunk, i);
  }

  /** A quoted scalar's text from `chunk` to the line break at `i`, folded with the break (see quotedBreak). */
  private foldedLine(chunk: number, i: number, parent: number): string {
    if (parent < 0) throw BAIL;
    return this.src.slice(chunk, trimEndWhite(this.src, chunk, i)) + this.quotedBreak(i, parent);
  }

  /**
   * A line break inside a quoted scalar, at `i`: the text it folds into (a space, or a line feed
   * for each blank line after it); leaves `p` at the next line's first character. Bails unless
   * that line is indented deeper than `parent`, and on tabs in the indentation.
   */
  private quotedBreak(i: number, parent: number): string {
    const src = this.src;
    let breaks = 0;
    let line = i + (src.charCodeAt(i) === CR ? 2 : 1);
    for (;;) {
      let j = line;
      while (src.charCodeAt(j) === SPACE) j++;
      const c = src.charCodeAt(j);
      if (c === TAB || j >= this.len) throw BAIL;
      if (c !== LF && c !== CR) {
        if (j - line <= parent) throw BAIL;
        this.p = j;
        return breaks === 0 ? " " : "\n".repeat(breaks);
      }
      breaks++;
      line = j + (c === CR ? 2 : 1);
    }
  }

  /** A single-quoted scalar at `i`, over several lines like doubleQuoted; leaves `p` after the closing quote. */
  private singleQuoted(i: number, parent = -1): string {
    const src = this.src;
    let out = "";
    let chunk = ++i;
    for (;; i++) {
      const c = src.charCodeAt(i);
      if (c === SQUOTE) {
        if (src.charCodeAt(i + 1) !== SQUOTE) break;
        out += src.slice(chunk, ++i);
        chunk = i + 1;
      } else if (c === LF || c === CR) {
        out += this.foldedLine(chunk, i, parent);
        i = this.p;
        chunk = i--;
      } else if (i >= this.len) {
        throw BAIL;
      }
    }
    this.p = i + 1;
    return out + src.slice(chunk, i);
  }

  /**
   * A literal or folded block scalar whose header is at `i`; `parent` is the indentation of the
   * enclosing collection. Mirrors yaml's resolveBlockScalar for the lines it accepts.
   */
  private blockScalar(i: number, parent: number): string {
    const src = this.src;
    const folded = src.charCodeAt(i) === GT;
    let chomp = 0;
    let explicit = 0;
    let h = i + 1;
    for (; h < i + 3; h++) {
      const c = src.charCodeAt(h);
      if (chomp === 0 && (c === DASH || c === PLUS)) chomp = c === DASH ? -1 : 1;
      else if (explicit === 0 && c > 48 && c <= 57) explicit = c - 48;
      else break;
    }
    this.finishLine(h);

    let indent = explicit > 0 ? parent + explicit : -1;
    let value = "";
    let sep = "";
    let prevMoreIndented = false;
    let started = false;
    /** Blank lines since the last content line (or since the header). */
    let blanks = 0;
    let maxLeadingBlank = 0;
    /** Whether the last content line ended with a line break. */
    let brokeAfterContent = false;
    /** End of the last content line (the header's end before any). */
    let contentEnd = h;
    let line = this.lineStart;
    while (line < this.len) {
      let j = line;
      let c = src.charCodeAt(j);
      while (c === SPACE) c = src.charCodeAt(++j);
      const spaces = j - line;
      const nl = src.indexOf("\n", j);
      const next = nl < 0 ? this.len : nl + 1;
      const blank = c === LF || c === CR || j >= this.len;
      // Spaces beyond the content's indentation are content (a template's indented blank line, kept by toYaml); with an
      // indentation indicator yaml drops trailing ones no deeper than the first content line, which is left to it.
      if (blank && indent >= 0 && spaces > indent && (c === CR || explicit > 0)) throw BAIL;
      if (blank && (indent < 0 || spaces <= indent)) {
        if (spaces > maxLeadingBlank) maxLeadingBlank = spaces;
        if (nl >= 0) blanks++;
        line = next;
        continue;
      }
      if (indent < 0) {
        if (spaces <= parent) break;
        if (maxLeadingBlank > spaces) throw BAIL;
        indent = spaces;
      }
      if (spaces < indent) {
        if (c === TAB) throw BAIL;
        break;
      }
      const end = nl < 0 ? this.len : src.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      contentEnd = end;
      const text = src.slice(line + indent, end);
      if (!started) {
        value = "\n".repeat(blanks);
        started = true;
      } else if (!folded) {
        value += "\n".repeat(blanks);
      } else {
        for (let k = 0; k < blanks; k++) {
          if (sep === "\n") value += "\n";
          else sep = "\n";
        }
      }
      blanks = 0;
      if (!folded) {
        value += sep + text;
        sep = "\n";
      } else if (spaces > indent || src.charCodeAt(line + indent) === TAB) {
        if (sep === " ") sep = "\n";
        else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
        value += sep + text;
        sep = "\n";
        prevMoreIndented = true;
      } else {
        value += sep + text;
        sep = " ";
        prevMoreIndented = false;
      }
      brokeAfterContent = nl >= 0;
      line = next;
    }
    this.lineStart = line;
    this.mark(i, contentEnd);
    if (!started) {
      if (chomp === 1) throw BAIL;
      return "";
    }
    if (chomp === -1) return value;
    if (chomp === 0) return value + "\n";
    return value + "\n".repeat(Math.max(1, (brokeAfterContent ? 1 : 0) + blanks));
  }

  /**
   * A flow collection; leaves `p` after it. With `parent` (the indentation of the block collection
   * holding it) it may go on over lines (`command: ["a",` then `"b"]` below), as far as yaml takes
   * them: line breaks between its entries, each line indented deeper than `parent`; without, it
   * must close on its line.
   */
  private flowCollection(i: number, parent = -1): unknown {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    this.flowDepth++;
    const src = this.src;
    const isSeq = src.charCodeAt(i) === LBRACKET;
    const close = isSeq ? RBRACKET : RBRACE;
    const seq: unknown[] = [];
    const map: JsonMap = {};
    const start = i;
    const items: Span[] | undefined = this.tracking && isSeq ? [] : undefined;
    const entries: Span["entries"] = this.tracking && !isSeq ? new Map() : undefined;
    i = this.skipFlowSpaces(i + 1, parent);
    if (src.charCodeAt(i) !== close) {
      for (;;) {
        if (isSeq) {
          seq.push(this.flowValue(i, parent));
          items?.push(this.span!);
        } else {
          const key = this.flowKey(i);
          const keyRange = this.keyRange;
          const keyText = this.keyText;
          setEntry(map, key, this.flowValue(this.skipFlowSpaces(this.p, parent), parent));
          entries?.set(keyText, { key: keyRange, value: this.span! });
        }
        i = this.skipFlowSpaces(this.p, parent);
        const c = src.charCodeAt(i);
        if (c === close) break;
        if (c !== COMMA) throw BAIL;
        i = this.skipFlowSpaces(i + 1, parent);
        // A comma before the closing bracket ends the entries, as YAML allows.
        if (src.charCodeAt(i) === close) break;
      }
    }
    this.p = i + 1;
    if (this.tracking) this.span = items ? { start, end: i + 1, items } : { start, end: i + 1, entries };
    this.depth--;
    this.flowDepth--;
    return isSeq ? seq : map;
  }

  /**
   * Past spaces at `i`, and with `parent` (see flowCollection) past comments, line breaks and blank
   * lines to the next line's content: indented deeper than `parent`, or the outermost collection's
   * closing bracket at `parent` itself (yaml takes both; a tab there is left to yaml, and so are
   * comments when spans are read: yaml's ranges take some in).
   */
  private skipFlowSpaces(i: number, parent = -1): number {
    const src = this.src;
    let c = src.charCodeAt(i);
    for (;;) {
      while (c === SPACE) c = src.charCodeAt(++i);
      if (c === TAB) throw BAIL;
      if (parent >= 0 && c === HASH && (src.charCodeAt(i - 1) === SPACE || src.charCodeAt(i - 1) === LF)) {
        if (this.commentsBail) throw BAIL;
        i = lineEnd(src, i);
        c = src.charCodeAt(i);
      }
      if (c !== LF || parent < 0) return i;
      const line = i + 1;
      i = line;
      c = src.charCodeAt(i);
      while (c === SPACE) c = src.charCodeAt(++i);
      if (c === LF) continue;
      const indent = i - line;
      // A comment line deeper than the block (yaml errs on one at the block's column after a flow mapping's value).
      if (c === HASH) {
        if (indent <= parent) throw BAIL;
        continue;
      }
      if (i >= this.len || c === CR || c === TAB) throw BAIL;
      if (indent <= parent && !(indent === parent && this.flowDepth === 1 && (c === RBRACKET || c === RBRACE))) throw BAIL;
    }
  }

  /** A flow mapping key at `i` and its `:`; leaves `p` after the colon. */
  private flowKey(i: number): string {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      const key = c === DQUOTE ? this.doubleQuoted(i) : this.singleQuoted(i);
      if (this.tracking) {
        this.keyRange = [i, this.p];
        this.keyText = key;
      }
      const colon = this.skipFlowSpaces(this.p);
      if (src.charCodeAt(colon) !== COLON) throw BAIL;
      this.p = colon + 1;
      return key;
    }
    const stop = this.plainInFlow(i);
    if (src.charCodeAt(stop) !== COLON || src.charCodeAt(stop + 1) !== SPACE) throw BAIL;
    const end = trimEnd(src, i, stop);
    const text = src.slice(i, end);
    if (text === "<<") throw BAIL;
    this.p = stop + 1;
    const resolved = resolvePlain(text);
    if (resolved === null) throw BAIL;
    if (this.tracking) {
      this.keyRange = [i, end];
      this.keyText = String(resolved);
    }
    return keyString(resolved);
  }

  /** A flow sequence entry or flow mapping value at `i` (`parent` as for flowCollection); leaves `p` after it. */
  private flowValue(i: number, parent = -1): unknown {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (c === LBRACKET || c === LBRACE) return this.flowCollection(i, parent);
    if (c === DQUOTE || c === SQUOTE) {
      const value = c === DQUOTE ? this.doubleQuoted(i) : this.singleQuoted(i);
      this.mark(i, this.p);
      return value;
    }
    const stop = this.plainInFlow(i, parent);
    if (src.charCodeAt(stop) === COLON) throw BAIL;
    this.p = stop;
    const end = trimEnd(src, i, stop);
    this.mark(i, end);
    return resolvePlain(src.slice(i, end));
  }

  /**
   * Scans a flow plain scalar at `i` up to the `,`, `]`, `}` or `:` that ends it and returns that
   * index; with `parent` (see flowCollection), also up to a line break when the next line's content
   * starts with `,`, `]` or `}`. Bails on anything that would continue it onto another line.
   */
  private plainInFlow(i: number, parent = -1): number {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (!this.plainStart(i) || ((c === DASH || c === QUESTION || c === COLON) && this.flowIndicator(i + 1))) throw BAIL;
    for (let j = i + 1; ; j++) {
      const d = src.charCodeAt(j);
      if (d === COMMA || d === RBRACKET || d === RBRACE || d === COLON) return j;
      if (d === SPACE) {
        // A comment ends the scalar, and then its line (skipFlowSpaces passes over it).
        if (src.charCodeAt(j + 1) === HASH) {
          if (parent < 0) throw BAIL;
          return j;
        }
      } else if (d === LF && parent >= 0) {
        let k = j + 1;
        let e = src.charCodeAt(k);
        while (e === SPACE || e === LF) e = src.charCodeAt(++k);
        if (e === COMMA || e === RBRACKET || e === RBRACE) return j;
        throw BAIL;
      } else if (d === LBRACKET || d === LBRACE || d === TAB || d === LF || d === CR || j >= this.len) {
        throw BAIL;
      }
    }
  }

  private flowIndicator(i: number): boolean {
    const c = this.src.charCodeAt(i);
    return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
  }
}

function setEntry(map: JsonMap, key: string, value: unknown): void {
  if (Object.hasOwn(map, key)) throw BAIL;
  if (key === "__proto__") {
    Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    map[key] = value;
  }
}

/** The index of the line break (or the text's end) of the line holding `i`. */
function lineEnd(src: string, i: number): number {
  const nl = src.indexOf("\n", i);
  return nl < 0 ? src.length : nl;
}

function trimEnd(src: string, start: number, end: number): number {
  while (end > start && src.charCodeAt(end - 1) === SPACE) end--;
  return end;
}

/** Like trimEnd, over tabs too (white space before a folded line break in a quoted scalar). */
function trimEndWhite(src: string, start: number, end: number): number {
  while (end > start && (src.charCodeAt(end - 1) === SPACE || src.charCodeAt(end - 1) === TAB)) end--;
  return end;
}

const ESCAPES = new Map<string, string>([
  ["0", "\0"],
  ["a", "\x07"],
  ["b", "\b"],
  ["e", "\x1b"],
  ["f", "\f"],
  ["n", "\n"],
  ["r", "\r"],
  ["t", "\t"],
  ["v", "\v"],
  ["N", "\u0085"],
  ["_", "\u00a0"],
  ["L", "\u2028"],
  ["P", "\u2029"],
  [" ", " "],
  ['"', '"'],
  ["/", "/"],
  ["\\", "\\"],
  ["\t", "\t"],
]);

const HEX_DIGITS = /^[0-9a-fA-F]+$/;
