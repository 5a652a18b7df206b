/**
 * The line reader: the first and fastest path for the block YAML that `helm template` and `toYaml`
 * write most, one node per line: `key: scalar` (the key plain, or quoted without escapes, as
 * charts write helm's hook annotations), `key:` opening a nested block, `- scalar`,
 * `- key: scalar`, a flow collection that closes on its line (read by readFast's reader), and `{}`
 * or `[]` alone on the line after a key. It is one loop over lines
 * with an explicit stack, no recursion and no call per node, so V8 optimises it within the first
 * documents of a run: in a process that lives a fraction of a second that is most of its speed.
 *
 * Contract (the same as readFast's): whenever it returns a value, yaml reads the text without an
 * error and `YAML.parseDocument(text).toJS()` deep-equals the value. Anything else returns
 * UNSUPPORTED and readFast's recursive reader takes the document: block and multi-line scalars,
 * flow collections over several lines or other than `{}`/`[]` on a line of their own, escapes
 * and `''` in quoted scalars and keys, comments after content, quoted keys of compact mappings
 * (`- "a": 1`), `-` alone on a line, nested compact sequences, tabs, CR, anchors, aliases, tags,
 * merge keys, repeated keys and empty documents.
 */
import { isIndicator, keyString, MAX_DEPTH, MAX_KEY_LENGTH, resolvePlain, UNSUPPORTED, UNSUPPORTED_CHARS } from "./core-schema.ts";
import { readFlowAt, spansCover, type Focus, type Span } from "./fast-reader.ts";

const NEWLINE = 10;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const SQUOTE = 39;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const QUESTION = 63;
const LBRACKET = 91;
const RBRACKET = 93;
const BACKSLASH = 92;
const LBRACE = 123;
const RBRACE = 125;
const COMMA = 44;

/** hasUnsupportedChars' class, with tab and CR (which only the recursive reader takes) added. */
const UNREAD_CHAR = new RegExp(`[\\t\\r${UNSUPPORTED_CHARS}]`);

/** A tab in a line's indentation. */
const INDENTING_TAB = /\n *\t/;

/**
 * A line break before the next line a pass over a value at `column` stops at: one with content
 * (neither a space, a line break nor a comment) at that column or left of it; with `dashes`, not a
 * sequence's dash at that very column either (`rules:` then `- apiGroups: …` at the key's column).
 * Made once per column and kind.
 */
function nextLineAtMost(column: number, dashes: boolean): RegExp {
  const cache = dashes ? nextKeyAt : nextLineAt;
  let found = cache[column];
  if (found === undefined) {
    const left = column === 0 ? "" : ` {0,${column - 1}}[^ \\n#]|`;
    found = new RegExp(dashes ? `\\n(?:${left} {${column}}(?:[^ \\n#-]|-[^ \\n]))` : `\\n {0,${column}}[^ \\n#]`, "g");
    cache[column] = found;
  }
  return found;
}
const nextLineAt: RegExp[] = [];
const nextKeyAt: RegExp[] = [];

/**
 * Which keys an identity read reads: those of the top-level mapping, each with the keys of its own
 * mapping to read (undefined: all of it).
 */
export type KeyFilter = ReadonlyMap<string, ReadonlySet<string> | undefined>;

type Node = Record<string, unknown> | unknown[];

/**
 * Reads one document. With `rootKeys`, only those keys of a top-level mapping are read, and of a
 * block mapping under one of them only the keys it names; the values of the others are passed over
 * by indentation, unread and unchecked (an identity read: which kind of object this is, its name and
 * namespace). `noControlChars`: the caller found none of the characters it does not read (tabs, CR,
 * other control characters: UNREAD_CHAR) in `src`, which it then does not look for.
 */
export function readLines(src: string, rootKeys?: KeyFilter, noControlChars = false): unknown {
  return read(src, rootKeys, undefined, noControlChars);
}

/** The line breaks of the text the last readLines() without `rootKeys` read, when it returned a value (it goes over every line). */
export function lineBreaksRead(): number {
  return lineBreaks;
}

/**
 * The block sequences under an `env` key that the last readLines() without `rootKeys` made, when
 * it returned a value and the document has no `#` after its first content line: each list, where
 * its first item's line starts and that line's 0-based index, one after the other (`[list, offset,
 * line, …]`). Positions of a container's env items then come from blockItemRanges.
 */
export function envListsRead(): readonly unknown[] {
  return envLists;
}

/** One array for every read (emptied at its start): a document's few lists make no garbage. */
const envLists: unknown[] = [];

let lineBreaks = 0;

/**
 * The ranges of the `items` items of a block sequence that readLines read in a document without
 * comments (envListsRead), from `from`, where its first item's line starts: four numbers per item,
 * the line (0 for `from`'s) and 1-based column where the item's node starts (after its dash), and
 * where it ends (after its last line's content); none when the lines hold another number of
 * items. They are the ranges yaml gives the items, white space at their end left out (as
 * resolveRange has them). The reader checked every line: what is indented deeper than the dashes
 * is an item's, and the first other line that is no item ends the list. For positions of env items
 * without a read with spans: env-duplicate reports items of env lists, and thousands of such
 * findings took longer to place than to find.
 */
export function blockItemRanges(src: string, from: number, items: number): number[] {
  // Made at its size: grown push by push, a list's ranges were reallocated three times.
  const ranges = new Array<number>(4 * items);
  let found = 0;
  const len = src.length;
  let i = from;
  while (src.charCodeAt(i) === SPACE) i++;
  const dashColumn = i - from;
  // Lines in the list start with this much indentation: compared natively, not character by character.
  const indent = src.slice(from, i);
  let line = -1;
  // The last line with content: where an item ends.
  let contentLine = 0;
  let contentEnd = 0;
  for (let pos = from; pos < len; ) {
    line++;
    let eol = src.indexOf("\n", pos);
    if (eol < 0) eol = len;
    const lineStart = pos;
    pos = eol + 1;
    let end = eol;
    while (src.charCodeAt(end - 1) === SPACE && end > lineStart) end--;
    if (end === lineStart) continue;
    // Left of the dashes: the list has ended.
    if (!src.startsWith(indent, lineStart)) break;
    const at = lineStart + dashColumn;
    const c = src.charCodeAt(at);
    if (c === DASH && src.charCodeAt(at + 1) === SPACE) {
      if (found === items) return [];
      if (found > 0) {
        ranges[4 * found - 2] = contentLine;
        ranges[4 * found - 1] = contentEnd;
      }
      i = at + 2;
      while (src.charCodeAt(i) === SPACE) i++;
      ranges[4 * found] = line;
      ranges[4 * found + 1] = i - lineStart + 1;
      found++;
    } else if (c !== SPACE) break;
    contentLine = line;
    contentEnd = end - lineStart + 1;
  }
  if (found < items || found === 0) return [];
  ranges[4 * found - 2] = contentLine;
  ranges[4 * found - 1] = contentEnd;
  return ranges;
}

/**
 * The spans of a document readLines has read, with the ranges readSpans gives (see Span), for
 * positions without the recursive reader; UNSUPPORTED for one with a `#` after its first content
 * line (where yaml's ranges would take in comments). It trusts readLines' checks and builds no
 * values: only for documents that get a finding. With a focus it stops after the focused
 * collection, and marks the root `partial` (see spansAnswer).
 */
export function readLineSpans(src: string, focus?: Focus): Span | typeof UNSUPPORTED {
  const track = new SpanBuilder(src, focus?.path);
  if (read(src, undefined, track) === UNSUPPORTED || !track.root) return UNSUPPORTED;
  if (track.stopped) track.root.partial = true;
  return track.root;
}

/**
 * Whether spans read with `focus` answer a lookup of `path`: they reach it, and a read that stopped
 * after the focused collection is asked about that collection or what is inside it.
 */
export function spansAnswer(root: Span, focus: readonly (string | number)[], path: readonly (string | number)[]): boolean {
  if (!spansCover(root, path)) return false;
  return !root.partial || (path.length >= focus.length && focus.every((segment, i) => String(segment) === String(path[i])));
}

/** With `track`, it also records spans. */
function read(src: string, rootKeys: KeyFilter | undefined, track: SpanBuilder | undefined, noControlChars = false): unknown {
  // An identity read checks only the lines it reads; but a tab in the indentation of a line it passes over can make yaml
  // take a deeper line for a top-level key (after a block scalar, yaml's lexer reads the tab's line and the next indentation).
  if (!noControlChars && rootKeys === undefined && track === undefined && UNREAD_CHAR.test(src)) return UNSUPPORTED;
  if (!noControlChars && rootKeys !== undefined && src.includes("\t") && INDENTING_TAB.test(src)) return UNSUPPORTED;
  colonSearchedFrom = -1;
  if (track === undefined && envLists.length > 0) envLists.length = 0;
  // Most rendered documents have neither (helm's `# Source:` comes before the content): their checks are then skipped.
  let comments = false;
  const backslashes = src.includes("\\");
  const len = src.length;
  // The open collections, outermost first, and the column of each one's keys or dashes.
  const nodes: Node[] = [];
  const columns: number[] = [];
  let root: Node | undefined;
  // A `key:` with nothing after it: its value opens on a later line, or is null.
  let pendingMap: Record<string, unknown> | undefined;
  let pendingKey = "";
  let pendingColumn = -1;
  // With spans: the pending key's range and text, and where its null value would be.
  let pendingKeyRange: [number, number] = [0, 0];
  let pendingKeyText = "";
  let pendingAt = 0;
  // An identity read passes over lines indented deeper than this, and the dashes of a sequence at
  // this column when the value it passes over is one (its first line is such a dash).
  let skipDeeperThan = -1;
  let skipDashes = false;
  let skipStarts = false;
  // The top-level keys an identity read passed over (a few: a list is cheaper than a Set).
  let passedKeys: string[] | undefined;
  // The block mapping under a top-level key that an identity read reads only some keys of, those keys, and the others it passed over.
  let innerMap: Record<string, unknown> | undefined;
  let innerKeys: ReadonlySet<string> | undefined;
  let innerPassedKeys: string[] | undefined;
  // Spans focused elsewhere pass over a collection's lines: its span, column, and whether it is a sequence.
  let passed: Span | undefined;
  let passedColumn = 0;
  let passedSequence = false;
  let pos = 0;
  // Lines gone over (each loop consumes one, with its line break if it has one).
  let lines = 0;
  while (pos < len) {
    lines++;
    let eol = src.indexOf("\n", pos);
    if (eol < 0) eol = len;
    const lineStart = pos;
    pos = eol + 1;
    let i = lineStart;
    while (src.charCodeAt(i) === SPACE) i++;
    if (i === eol || src.charCodeAt(i) === HASH) continue;
    let column = i - lineStart;
    if (skipDeeperThan >= 0) {
      if (skipStarts) {
        skipStarts = false;
        // A value indented deeper is a block of its own: a dash at the key's column is not in it.
        if (column > skipDeeperThan) skipDashes = false;
      }
      if (column > skipDeeperThan || (skipDashes && column === skipDeeperThan && src.charCodeAt(i) === DASH && (i + 1 === eol || src.charCodeAt(i + 1) === SPACE))) {
        // To the next line that starts with content at the key's column or left of it, at native speed.
        const next = nextLineAtMost(skipDeeperThan, skipDashes);
        next.lastIndex = lineStart;
        pos = next.exec(src)?.index ?? len;
        pos++;
        continue;
      }
      skipDeeperThan = -1;
    }
    if (!noControlChars && rootKeys !== undefined && UNREAD_CHAR.test(src.slice(lineStart, eol))) return UNSUPPORTED;
    let c = src.charCodeAt(i);
    // A document marker is no key (splitDocuments cuts at them; a text read on its own may hold one).
    if (column === 0 && (c === DASH || c === DOT) && src.charCodeAt(i + 1) === c && src.charCodeAt(i + 2) === c && (i + 3 >= eol || src.charCodeAt(i + 3) === SPACE)) return UNSUPPORTED;
    let end = eol;
    while (src.charCodeAt(end - 1) === SPACE) end--;
    const dash = c === DASH && i + 1 < end && src.charCodeAt(i + 1) === SPACE;
    if (c === DASH && i + 1 === end) return UNSUPPORTED;
    if (passed !== undefined) {
      // A mapping goes on at its own column; a sequence there only with dashes.
      if (column > passedColumn || (column === passedColumn && (!passedSequence || dash))) {
        passed.end = end;
        continue;
      }
      track!.passedOver(passed);
      passed = undefined;
    }

    if (pendingMap !== undefined) {
      const map = pendingMap;
      pendingMap = undefined;
      if (column > pendingColumn && (c === LBRACE || c === LBRACKET)) {
        // `toYaml` of an empty map or list through `nindent`: `{}` or `[]` alone on the next line.
        const empty = emptyFlow(src, i, end);
        if (empty === UNSUPPORTED) return UNSUPPORTED;
        if (!track) map[pendingKey] = empty;
        track?.entry(pendingKeyText, pendingKeyRange, i, end, 0);
        continue;
      } else if (column > pendingColumn || (column === pendingColumn && dash)) {
        // A nested block, or a sequence at its key's own column (`env:` then `- name: …`).
        passed = track?.openEntry(pendingKeyText, pendingKeyRange, i, end, dash);
        if (passed !== undefined) {
          passedColumn = column;
          passedSequence = dash;
          continue;
        }
        const child = collection(dash, track);
        if (!track) {
          map[pendingKey] = child;
          if (dash && pendingKey === "env" && !comments) envLists.push(child, lineStart, lines - 1);
        }
        if (rootKeys !== undefined && map === root && !dash) {
          innerKeys = rootKeys.get(pendingKey);
          if (innerKeys !== undefined) innerMap = child as Record<string, unknown>;
        }
        nodes.push(child);
        columns.push(column);
      } else {
        if (!track) map[pendingKey] = null;
        track?.entry(pendingKeyText, pendingKeyRange, pendingAt, pendingAt, 0);
      }
    } else if (root === undefined) {
      comments = src.includes("#", i);
      if (track && comments) return UNSUPPORTED;
      root = collection(dash, track);
      nodes.push(root);
      columns.push(column);
      track?.openRoot(i, dash);
    }

    // Close the collections this line is outside of; a sequence at its key's column ends at the next key.
    while (columns.length > 0 && columns[columns.length - 1]! > column) {
      columns.pop();
      nodes.pop();
      track?.close();
    }
    if (columns.length > 0 && columns[columns.length - 1] === column && !dash && Array.isArray(nodes[nodes.length - 1])) {
      columns.pop();
      nodes.pop();
      track?.close();
    }
    if (track?.done) {
      track.stopped = true;
      break;
    }
    if (columns.length === 0 || columns[columns.length - 1] !== column) return UNSUPPORTED;
    const node = nodes[nodes.length - 1]!;
    let map: Record<string, unknown>;

    if (Array.isArray(node)) {
      if (!dash) return UNSUPPORTED;
      const dashAt = i;
      i += 2;
      while (src.charCodeAt(i) === SPACE) i++;
      c = src.charCodeAt(i);
      if (c === HASH || c === DQUOTE || c === SQUOTE || c === LBRACE || c === LBRACKET || !plainStart(src, i, end)) {
        const item = track ? null : lineValue(src, i, end, nodes.length, comments, backslashes);
        if (item === UNSUPPORTED) return UNSUPPORTED;
        if (!track) node.push(item);
        track?.item(dashAt, i, end, nodes.length);
        continue;
      }
      const colon = keyColon(src, i, end, comments);
      if (colon === NO_COMMENT) return UNSUPPORTED;
      if (colon < 0) {
        const item = track ? null : lineValue(src, i, end, nodes.length, comments, backslashes);
        if (item === UNSUPPORTED) return UNSUPPORTED;
        if (!track) node.push(item);
        track?.item(dashAt, i, end, nodes.length);
        continue;
      }
      // `- key: …`: a mapping whose keys are at the column of its first one.
      column = i - lineStart;
      passed = track?.openItem(dashAt, i, end);
      if (passed !== undefined) {
        passedColumn = column;
        passedSequence = false;
        continue;
      }
      map = collection(false, track) as Record<string, unknown>;
      if (!track) node.push(map);
      nodes.push(map);
      columns.push(column);
      if (nodes.length > MAX_DEPTH) return UNSUPPORTED;
    } else {
      if (dash) return UNSUPPORTED;
      map = node;
    }

    // `key: value` at `i`; the key plain, or quoted (helm's `"helm.sh/hook": …` annotations).
    let colon: number;
    let keyEnd: number;
    let key: string;
    // The key as span entries hold it: yaml's `String(value)` of a plain key.
    let keyText = "";
    c = src.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      keyEnd = quotedEnd(src, i, end, backslashes);
      if (keyEnd < 0) return UNSUPPORTED;
      colon = keyEnd;
      while (src.charCodeAt(colon) === SPACE) colon++;
      if (src.charCodeAt(colon) !== COLON || (colon + 1 < end && src.charCodeAt(colon + 1) !== SPACE) || colon - i > MAX_KEY_LENGTH) return UNSUPPORTED;
      key = src.slice(i + 1, keyEnd - 1);
      // Spans hold a plain null key as "null" too (yaml's String(value)): two keys a lookup could not tell apart.
      if (key === "null") return UNSUPPORTED;
      if (track) keyText = key;
    } else {
      if (!plainStart(src, i, end)) return UNSUPPORTED;
      colon = keyColon(src, i, end, comments);
      if (colon < 0 || colon - i > MAX_KEY_LENGTH) return UNSUPPORTED;
      keyEnd = colon;
      while (src.charCodeAt(keyEnd - 1) === SPACE) keyEnd--;
      const plain = keyAt(src, i, keyEnd);
      if (plain === "<<") return UNSUPPORTED;
      const word = plainWord(plain);
      const resolved = word ? plain : resolvePlain(plain);
      // A null key is no JSON key: the yaml fallback reports it.
      if (resolved === null) return UNSUPPORTED;
      if (track) keyText = word ? plain : String(resolved);
      key = track || word ? plain : keyString(resolved);
    }
    if (!track && (key === "__proto__" || Object.hasOwn(map, key))) return UNSUPPORTED;
    let v = colon + 1;
    while (src.charCodeAt(v) === SPACE) v++;
    if (rootKeys !== undefined && ((map === root && !rootKeys.has(key)) || (map === innerMap && !innerKeys!.has(key)))) {
      // A key passed over is still checked for repeats (yaml rejects a second `spec:`).
      const passedHere = map === root ? (passedKeys ??= []) : (innerPassedKeys ??= []);
      if (passedHere.includes(key)) return UNSUPPORTED;
      passedHere.push(key);
      skipDeeperThan = column;
      skipDashes = v >= end;
      skipStarts = true;
      continue;
    }
    if (v >= end) {
      if (nodes.length >= MAX_DEPTH) return UNSUPPORTED;
      pendingMap = map;
      pendingKey = key;
      pendingColumn = column;
      if (track) {
        pendingKeyRange = [i, keyEnd];
        pendingKeyText = keyText;
        pendingAt = v;
      }
      continue;
    }
    const value = track ? null : lineValue(src, v, end, nodes.length, comments, backslashes);
    if (value === UNSUPPORTED) return UNSUPPORTED;
    if (!track) map[key] = value;
    track?.entry(keyText, [i, keyEnd], v, end, nodes.length);
  }
  if (pendingMap !== undefined) {
    if (!track) pendingMap[pendingKey] = null;
    track?.entry(pendingKeyText, pendingKeyRange, pendingAt, pendingAt, 0);
  }
  if (passed !== undefined) track!.passedOver(passed);
  track?.closeAll();
  if (rootKeys === undefined && track === undefined) lineBreaks = len > 0 && src.charCodeAt(len - 1) !== NEWLINE ? lines - 1 : lines;
  return root ?? UNSUPPORTED;
}

/**
 * Records spans as read() goes: of the collections along the focus path and of the focused one
 * with all their entries and items, and of every other collection (the focused one's children
 * included) only its own range (`skipped`): read() passes over its lines. Without a focus, every
 * collection in full.
 */
class SpanBuilder {
  root: Span | undefined;
  private readonly src: string;
  private readonly focus: readonly (string | number)[] | undefined;
  /** The open collections' spans, as read()'s `nodes`. */
  private readonly open: Span[] = [];
  /** For each open span: ON_PATH, FOCUSED or IN_FULL. */
  private readonly kinds: number[] = [];
  /** The focused collection, once open. */
  private focused: Span | undefined;
  /** It has closed: the rest of the document is not needed. */
  done = false;
  /** read() stopped there, before the document's end. */
  stopped = false;

  constructor(src: string, focus: readonly (string | number)[] | undefined) {
    this.src = src;
    this.focus = focus;
  }

  openRoot(start: number, sequence: boolean): void {
    this.root = collectionSpan(start, sequence);
    this.open.push(this.root);
    const kind = this.focus === undefined ? IN_FULL : this.focus.length === 0 ? FOCUSED : ON_PATH;
    if (kind === FOCUSED) this.focused = this.root;
    this.kinds.push(kind);
  }

  /** A mapping entry whose value ends on its line (`depth` for a flow collection's own spans); `key` as span entries hold it. */
  entry(key: string, keyRange: [number, number], start: number, end: number, depth: number): void {
    this.addEntry(key, keyRange, this.childKind(key) === SKIPPED ? { start, end, skipped: true } : this.valueSpan(start, end, depth));
  }

  /**
   * A mapping entry whose value is a collection starting at `start` on a line ending at `end`: its
   * span is open from here, or it is off the focus and returned for read() to pass over.
   */
  openEntry(key: string, keyRange: [number, number], start: number, end: number, sequence: boolean): Span | undefined {
    const kind = this.childKind(key);
    const span = kind === SKIPPED ? { start, end, skipped: true as const } : collectionSpan(start, sequence);
    this.addEntry(key, keyRange, span);
    if (kind === SKIPPED) return span;
    this.push(span, kind);
    return undefined;
  }

  item(dashAt: number, start: number, end: number, depth: number): void {
    this.addItem(dashAt, this.childKind(this.top().items!.length) === SKIPPED ? { start, end, skipped: true } : this.valueSpan(start, end, depth));
  }

  /** A compact mapping item (`- key: …`) starting at `start`; as openEntry. */
  openItem(dashAt: number, start: number, end: number): Span | undefined {
    const kind = this.childKind(this.top().items!.length);
    const span = kind === SKIPPED ? { start, end, skipped: true as const } : collectionSpan(start, false);
    this.addItem(dashAt, span);
    if (kind === SKIPPED) return span;
    this.push(span, kind);
    return undefined;
  }

  /** read() has passed over the lines of `span`, which openEntry or openItem returned: its parent ends with it. */
  passedOver(span: Span): void {
    this.top().end = span.end;
  }

  /** Closes the innermost open collection: its end is final, and so far its parent's last. */
  close(): void {
    const span = this.open.pop()!;
    this.kinds.pop();
    const parent = this.open[this.open.length - 1];
    if (parent) parent.end = span.end;
    if (span === this.focused) this.done = true;
  }

  closeAll(): void {
    while (this.open.length > 0) this.close();
  }

  private top(): Span {
    return this.open[this.open.length - 1]!;
  }

  private push(span: Span, kind: number): void {
    if (kind === FOCUSED) this.focused = span;
    this.open.push(span);
    this.kinds.push(kind);
  }

  /** How a child of the innermost open collection (under `segment`: an index, or a key as span entries hold it) is recorded. */
  private childKind(segment: string | number): number {
    const parent = this.kinds[this.kinds.length - 1];
    if (parent === IN_FULL) return IN_FULL;
    if (parent === FOCUSED) return SKIPPED;
    const depth = this.open.length - 1;
    const focus = this.focus!;
    if (String(focus[depth]) !== String(segment)) return SKIPPED;
    return depth + 1 < focus.length ? ON_PATH : FOCUSED;
  }

  private addEntry(key: string, keyRange: [number, number], value: Span): void {
    const map = this.top();
    map.entries!.set(key, { key: keyRange, value });
    map.end = value.end;
  }

  /** An item of the innermost open sequence (whose span starts at its first dash). */
  private addItem(dashAt: number, item: Span): void {
    const seq = this.top();
    if (seq.items!.length === 0) seq.start = dashAt;
    seq.items!.push(item);
    seq.end = item.end;
  }

  /** The span of a value lineValue has read: its text, and a flow collection's entries or items. */
  private valueSpan(start: number, end: number, depth: number): Span {
    const c = this.src.charCodeAt(start);
    if ((c === LBRACE || c === LBRACKET) && end - start > 2) {
      const flow = readFlowAt(this.src, start, depth, true);
      if (flow !== UNSUPPORTED && flow.span) return flow.span;
    }
    return { start, end };
  }
}

const ON_PATH = 0;
/** Without a focus: every collection is recorded with all it holds. */
const IN_FULL = 1;
/** The focused collection: its entries or items, each with its own range (lookups go no deeper). */
const FOCUSED = 3;
/** Its own range is recorded, not what is inside it. */
const SKIPPED = 2;

/** Stand-ins for collections when only spans are made: nothing is written into them. */
const SPANS_ONLY_SEQUENCE: unknown[] = [];
const SPANS_ONLY_MAPPING: Record<string, unknown> = {};

/** A new sequence or mapping to fill, or its stand-in when only spans are made. */
function collection(sequence: boolean, track: SpanBuilder | undefined): Node {
  if (track) return sequence ? SPANS_ONLY_SEQUENCE : SPANS_ONLY_MAPPING;
  return sequence ? [] : {};
}

/** A collection's span from its first key or dash; its end follows its last entry or item. */
function collectionSpan(start: number, sequence: boolean): Span {
  return sequence ? { start, end: start, items: [] } : { start, end: start, entries: new Map() };
}

/**
 * Keys read before, each in the slot of its length and first, middle and last characters (see
 * keyAt). With 256 slots and no middle character, keys of every Deployment took each other's slot
 * (`metadata`, `containerPort` and `configMapKeyRef`; `limits` and `labels`; `namespace` and
 * `valueFrom`) and were sliced and hashed again in each document.
 */
const KEYS: string[] = new Array<string>(1024).fill("");

/**
 * The plain key `src[i, end)`, as the string read last time the same key came (manifests repeat
 * their keys: name, value, labels, …). A string V8 has made a property name once is found at once;
 * a new slice is hashed and looked up again by each of the mapping's property operations, which
 * took a quarter of the reader's time.
 */
function keyAt(src: string, i: number, end: number): string {
  const length = end - i;
  const slot = (length * 7 + src.charCodeAt(i) * 31 + src.charCodeAt(i + (length >> 1)) * 17 + src.charCodeAt(end - 1) * 131) & 1023;
  const known = KEYS[slot]!;
  if (known.length === length && src.startsWith(known, i)) return known;
  return (KEYS[slot] = src.slice(i, end));
}

/**
 * Just past the closing quote of a quoted scalar at `i` that needs no unescaping (no `\\` in a
 * double-quoted one, no `''` in a single-quoted one) and closes before `end`; -1 otherwise.
 */
function quotedEnd(src: string, i: number, end: number, backslashes: boolean): number {
  const quote = src.charCodeAt(i);
  const close = src.indexOf(quote === DQUOTE ? '"' : "'", i + 1);
  if (close < 0 || close >= end) return -1;
  if (quote === SQUOTE && src.charCodeAt(close + 1) === SQUOTE) return -1;
  if (quote === DQUOTE && backslashes) for (let k = i + 1; k < close; k++) if (src.charCodeAt(k) === BACKSLASH) return -1;
  return close + 1;
}

/**
 * The last search for a `:` in the document read(): from `colonSearchedFrom` the first one is at
 * `colonFound` (-1: none). A line without one searches on into later lines; remembering what it
 * found keeps a long list of such lines linear instead of searching the rest of the document again
 * for each.
 */
let colonSearchedFrom = -1;
let colonFound = -1;

function colonFrom(src: string, i: number): number {
  if (colonSearchedFrom < 0 || i < colonSearchedFrom || (colonFound >= 0 && i > colonFound)) {
    colonSearchedFrom = i;
    colonFound = src.indexOf(":", i);
  }
  return colonFound;
}

/** keyColon found a comment before any `: `. */
const NO_COMMENT = -2;

/**
 * The `:` that ends an implicit key starting at `i` (followed by a space or the line's end), -1
 * when there is none, NO_COMMENT at a ` #` before it.
 */
function keyColon(src: string, i: number, end: number, comments: boolean): number {
  if (!comments) {
    // A native search instead of a loop over characters: the loop runs unoptimised for a large part
    // of a short run (CodeMie's 200 Deployments 5% faster as a process, a 50 MB stream too).
    let k = colonFrom(src, i);
    while (k >= 0 && k < end) {
      if (k + 1 === end || src.charCodeAt(k + 1) === SPACE) return k;
      k = colonFrom(src, k + 1);
    }
    return -1;
  }
  for (let k = i; k < end; k++) {
    const c = src.charCodeAt(k);
    if (c === COLON) {
      if (k + 1 === end || src.charCodeAt(k + 1) === SPACE) return k;
    } else if (comments && c === HASH && src.charCodeAt(k - 1) === SPACE) {
      return NO_COMMENT;
    }
  }
  return -1;
}

/**
 * `{key: value, …}` that ends the line at `end`, of keys that are plain words and values of word
 * characters (`{cpu: 2, memory: 2048Mi}`, as charts write resources): the value readFlowAt gives,
 * without making a reader for it (1.4 µs each before Maglev optimised it, two per container of a
 * generated render). Anything else is undefined, and left to readFlowAt.
 */
function wordFlowMap(src: string, v: number, end: number): Record<string, unknown> | undefined {
  if (src.charCodeAt(end - 1) !== RBRACE) return undefined;
  const map: Record<string, unknown> = {};
  let i = v + 1;
  while (src.charCodeAt(i) === SPACE) i++;
  if (i === end - 1) return map;
  for (;;) {
    const keyStart = i;
    if (!isAsciiLetter(src.charCodeAt(i))) return undefined;
    while (isFlowWordChar(src.charCodeAt(i))) i++;
    if (src.charCodeAt(i) !== COLON || src.charCodeAt(i + 1) !== SPACE) return undefined;
    const key = keyAt(src, keyStart, i);
    // A key that resolves to something else (`true`, `null`), or one said twice, is readFlowAt's to refuse or convert.
    if (!plainWord(key) && resolvePlain(key) !== key) return undefined;
    if (key === "__proto__" || Object.hasOwn(map, key)) return undefined;
    i += 2;
    while (src.charCodeAt(i) === SPACE) i++;
    const valueStart = i;
    const first = src.charCodeAt(i);
    if (first === DASH || first === DOT || !isFlowWordChar(first)) return undefined;
    while (isFlowWordChar(src.charCodeAt(i))) i++;
    const value = src.slice(valueStart, i);
    while (src.charCodeAt(i) === SPACE) i++;
    const next = src.charCodeAt(i);
    if (next !== COMMA && next !== RBRACE) return undefined;
    map[key] = plainWord(value) ? value : resolvePlain(value);
    if (next === RBRACE) return i === end - 1 ? map : undefined;
    i++;
    while (src.charCodeAt(i) === SPACE) i++;
  }
}

/** Letters, digits and `_ . / + -`: characters a plain scalar in a flow collection may hold anywhere after its first. */
function isFlowWordChar(c: number): boolean {
  return isAsciiLetter(c) || (c - 48) >>> 0 <= 9 || c === 95 || c === DOT || c === 47 || c === 43 || c === DASH;
}

function isAsciiLetter(c: number): boolean {
  return ((c | 0x20) - 97) >>> 0 <= 25;
}

/** Whether a plain key or scalar starting with a letter other than n, t, f (null, true, false) resolves to its text. */
function plainWord(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return c >= 97 && c <= 122 && c !== 110 && c !== 116 && c !== 102;
}

/** Whether a plain scalar may start at `i` (not an indicator, nor `-`, `?` or `:` before a space). */
function plainStart(src: string, i: number, end: number): boolean {
  const c = src.charCodeAt(i);
  if (c === DASH || c === QUESTION || c === COLON) return i + 1 < end && src.charCodeAt(i + 1) !== SPACE;
  return !isIndicator(c);
}

/**
 * A value that ends on its line, `src[v, end)` with trailing spaces already trimmed: a plain
 * scalar with no `: ` and no comment, a quoted scalar with no escape, a flow collection.
 */
function lineValue(src: string, v: number, end: number, depth: number, comments: boolean, backslashes: boolean): unknown {
  const c = src.charCodeAt(v);
  if (c === DQUOTE || c === SQUOTE) {
    // The closing quote ends the line.
    return quotedEnd(src, v, end, backslashes) === end ? src.slice(v + 1, end - 1) : UNSUPPORTED;
  }
  if (c === LBRACE || c === LBRACKET) {
    // One level deeper, as readFlowAt counts it.
    const words = c === LBRACE && depth < MAX_DEPTH ? wordFlowMap(src, v, end) : undefined;
    if (words !== undefined) return words;
    const flow = readFlowAt(src, v, depth);
    return flow === UNSUPPORTED || flow.next !== end ? UNSUPPORTED : flow.value;
  }
  if (!plainStart(src, v, end)) return UNSUPPORTED;
  // A `: ` or a comment would make it more than text.
  if (keyColon(src, v, end, comments) !== -1) return UNSUPPORTED;
  const text = src.slice(v, end);
  return plainWord(text) ? text : resolvePlain(text);
}

/** `{}` or `[]` and nothing else up to `end`. */
function emptyFlow(src: string, i: number, end: number): unknown {
  if (end - i !== 2) return UNSUPPORTED;
  const open = src.charCodeAt(i);
  const close = src.charCodeAt(i + 1);
  if (open === LBRACE && close === RBRACE) return {};
  if (open === LBRACKET && close === RBRACKET) return [];
  return UNSUPPORTED;
}
