/**
 * Helm's `--set` / `--set-string` parsing, ported from `helm.sh/helm/v3/pkg/strvals` (parser.go,
 * v3.21; Helm 4's parser is the same apart from one error case noted below).
 *
 * Helm parses and applies in one pass over a live map. Here the two halves are split:
 *
 * - {@link parseSetArgument} is pure. It reads one flag argument and returns every `key=value`
 *   entry with its path, typed value and character ranges. It throws {@link SetSyntaxError} for
 *   every error Helm raises that depends on the text alone.
 * - {@link applySetLayers} replays the entries the way Helm's parser mutates its map: the same
 *   container creation, list growth, in-place replacement and quirks. It throws
 *   {@link SetApplyError} for the errors that depend on what is already in the tree, such as
 *   `--set image.tag=1` when a values file has `image: nginx`.
 *
 * How Helm behaves (checked against the Go code, quirks included):
 * - Keys: `.` nests maps, `[n]` indexes lists, `,` separates entries. A backslash takes the next
 *   character literally, in keys, values, list items and indexes (`\.` `\,` `\=` `\\`, and `\x` is
 *   `x`). A backslash at the very end is dropped.
 * - Values: only `,` ends a value, so `a=b=c` sets "b=c" and `a=1.5` sets "1.5". A value that starts
 *   with `{` is a list, `{a,b}` (items end at `,` or `}`). `{}` is `[""]`. `\{` starts a plain value.
 *   An unclosed `{` is an error.
 * - `--set` typing (`typedVal`): "true"/"false" in any case (Go `strings.EqualFold`, so `falſe`
 *   counts) become booleans. "null" in any case becomes null. "0" becomes 0. A value whose first
 *   character is not `0` and that parses as a base-10 int64 (`strconv.ParseInt`, optional sign,
 *   no `_`) becomes a number. So `-012` is -12 but `012`, `1.5`, `1e3` and `0x1f` stay strings.
 *   Anything else stays a string. `--set-string` never converts. Whole numbers beyond ±2^53 lose
 *   precision as JS numbers; the exact text is at `valueStart..valueEnd`.
 * - `a=` gives "". `a=1,` (trailing comma) is fine. `a=1,,b=2`, `a`, `a,b=1` and `a.b` are errors.
 *   In `a.b` Helm names only the last segment: `key "b" has no value`.
 * - Indexes go through `strconv.Atoi`, so `[+1]` and `[007]` work. A negative index is an error,
 *   and so is one greater than 65536 (Helm's `MaxIndex`; 65536 itself is allowed). Growing a list
 *   fills the gap with null, never with maps. At most 30 map-to-map dots (`MaxNestedNameLevel`);
 *   dots after an index do not count.
 * - Empty keys are dropped without a word: `=x`, `.a=x` and `[0]=x` set nothing. `a.=x` fails with
 *   `key map "a" has no value`, but only when `a` is missing or empty at that moment. That check
 *   depends on the tree, so it happens when applying.
 * - The text ending right after `a[0]`, `a.`, `a[0].` or `a[0].b=` is not an error: Helm sees EOF
 *   and stops. These leave the `terminal` values "index-only", "dot-at-end" and "empty-at-end".
 *   `a[0]` only makes sure `a` is a list (`a: []`). `a[0].b=` at the very end sets nothing inside
 *   the list. That one is a Helm bug, reproduced on purpose. `a.b=` at the end still sets `b: ""`.
 * - `--set a=null` stores null. It is NOT deleted here. Helm deletes keys later, when it coalesces
 *   user values with chart defaults (chartutil.coalesceValues / coalesceTablesFullKey, v3.21). A
 *   null user value removes the key when the chart default has it (non-null). A null for a key the
 *   chart does not define stays null.
 * - Order: Helm applies every `--set` argument, in order, before any `--set-string` argument,
 *   whatever their order on the command line (pkg/cli/values.Options.MergeValues). It applies them
 *   on top of the merged `-f` files, so a conflict with file values is an error. An error anywhere
 *   aborts the whole command ("failed parsing --set data: <message>").
 * - Helm 3 vs 4: with an unclosed index such as `a[0`, Helm 3 fails with
 *   `error parsing index: EOF`. Helm 4 wraps the error with %w and `errors.Is(err, io.EOF)` then
 *   treats it as a normal end: the entries before it stand, the unclosed one sets nothing. The
 *   caller says which helm to follow (default 3).
 * - Where an error can differ from Helm, only its wording does: an argument fails exactly when
 *   Helm's does. (1) Helm stops at whichever error it meets first as it reads. Here all text
 *   errors come before any tree errors, so an argument with both (`a=1,a[0]x=2`) gets the text
 *   error. Helm would report the conflict at `a[0]`. (2) Conflict messages name every number
 *   "float64", as Helm does for numbers from values files. A number set by an earlier `--set` is
 *   "int64" in Helm's message.
 *
 * Offsets are JS string indices (UTF-16 code units), so `arg.slice(start, end)` gives the text.
 * Columns are offset + 1. Characters are still read as code points, like Go runes.
 */
import { isRecord } from "../core/guards.ts";
import type { HelmMajor } from "../core/types.ts";
import type { NodeRef, SourceHandle } from "../core/source.ts";
import { DEFAULT_BUILD_LIMITS, mergeMaps, toJS, type VMap, type VNode, type VSeq } from "../yaml/vnode.ts";

export type SetPathSegment = string | number; // map key or list index

/**
 * The flags, in the order helm applies them (pkg/cli/values Options.MergeValues): --set-json, then
 * --set, --set-string, --set-file, --set-literal. --set-json values are JSON (one value per `key=`,
 * numbers as Go's float64); --set-file values name a file whose text becomes the value (the adapter
 * reads it); a --set-literal value is the rest of the argument, commas included, and its key has no
 * escapes (strvals' literal_parser.go).
 */
export type SetFlag = "--set" | "--set-string" | "--set-json" | "--set-file" | "--set-literal";

/**
 * How Helm's parser ended this entry. This decides how the entry is replayed, see the module doc.
 * - "value": `key=value`, or `key={a,b}`.
 * - "empty-at-end": `key=` as the last thing in the argument (value "").
 * - "index-only": the argument ends right after `]`. No value; Helm only makes the list exist.
 * - "dot-at-end": the argument ends right after a `.`. No value; Helm only checks or creates the
 *   containers.
 * - "merge": helm 4's `--set-json '{…}'`, a JSON object merged into the values as its chart loader's
 *   MergeMaps merges (maps into maps, anything else replaces); the path is empty.
 * - "replace": a JSON object that becomes the values whole (a subchart's, from
 *   `--set-json 'sub={…}'` in its parent); the path is empty.
 */
export type SetTerminal = "value" | "empty-at-end" | "index-only" | "dot-at-end" | "merge" | "replace";

export interface SetAssignment {
  /** e.g. ["extraEnv", 0, "value"]. A "" segment is a key Helm silently ignores (`=x`, `.a=x`). */
  path: SetPathSegment[];
  /**
   * Typed like Helm. `--set` gives an int64 as a number, "true"/"false" as a boolean, "null" as
   * null, anything else as a string. `{a,b}` gives an array of typed items. `--set-string` always
   * gives strings. Undefined for the "index-only" and "dot-at-end" terminals.
   */
  value: unknown;
  flag: SetFlag;
  /** Which occurrence of the flag (0-based, passed in by the caller). */
  argIndex: number;
  /** 0-based range of this assignment ("key=value") inside the flag argument, without the separating comma. */
  start: number;
  end: number;
  /** Range of the value text (raw, escapes and braces included). Empty (=== end) when there is no value text. */
  valueStart: number;
  valueEnd: number;
  /** End of the key text: the offset of `=`, or `end` when there is no `=`. */
  keyEnd: number;
  /** 0-based offset of each path segment's text (a key's first character, or the first character after `[`). */
  segmentOffsets: number[];
  terminal: SetTerminal;
  /** Where the path starts inside the --set-json value's text (a subchart's assignment, cut from its parent's). */
  jsonPrefix?: SetPathSegment[];
}

interface SetErrorLocation {
  flag: SetFlag;
  argIndex: number;
  /** 0-based offset in the argument. */
  offset: number;
}

/** A `--set` argument Helm rejects because of its text alone. */
export class SetSyntaxError extends Error {
  /** Helm's message exactly, without the "failed parsing --set data: " prefix. */
  readonly helmMessage: string;
  /** 1-based column (offset + 1) in the argument. */
  readonly column: number;
  readonly offset: number;
  readonly flag: SetFlag;
  readonly argIndex: number;
  /** Entries that came before the error (Helm had already applied them before it gave up). */
  readonly assignmentsBefore: SetAssignment[];

  constructor(helmMessage: string, loc: SetErrorLocation, assignmentsBefore: SetAssignment[] = []) {
    super(`${helmMessage} (${loc.flag} #${loc.argIndex + 1}, column ${loc.offset + 1})`);
    this.name = "SetSyntaxError";
    this.helmMessage = helmMessage;
    this.offset = loc.offset;
    this.column = loc.offset + 1;
    this.flag = loc.flag;
    this.argIndex = loc.argIndex;
    this.assignmentsBefore = assignmentsBefore;
  }
}

/**
 * An entry Helm rejects because of what is already in the tree. Examples: a map key over a scalar
 * (Helm panics inside the parser and reports `unable to parse key: interface conversion: ...`),
 * or `a.=x` when `a` is missing or empty (`key map "a" has no value`).
 */
export class SetApplyError extends Error {
  readonly helmMessage: string;
  readonly column: number;
  readonly offset: number;
  readonly flag: SetFlag;
  readonly argIndex: number;
  readonly assignment: SetAssignment;

  constructor(helmMessage: string, assignment: SetAssignment, offset: number) {
    super(`${helmMessage} (${assignment.flag} #${assignment.argIndex + 1}, column ${offset + 1})`);
    this.name = "SetApplyError";
    this.helmMessage = helmMessage;
    this.offset = offset;
    this.column = offset + 1;
    this.flag = assignment.flag;
    this.argIndex = assignment.argIndex;
    this.assignment = assignment;
  }
}

/** Helm's strvals.MaxIndex. An index equal to it is still allowed. */
export const MAX_INDEX = 65536;
/** Helm's strvals.MaxNestedNameLevel. */
export const MAX_NESTED_NAME_LEVEL = 30;

// ---------------------------------------------------------------------------------------------
// Parsing

const EOF = null;
type Status = "nil" | "eof"; // what Go's key()/listItem() return on success: nil or io.EOF

interface Scan {
  text: string;
  /** The stop character hit, or EOF. */
  last: string | typeof EOF;
  /** Offset of the stop character, or the argument's length at EOF. */
  stopAt: number;
}

class Scanner {
  readonly s: string;
  pos = 0;

  constructor(s: string) {
    this.s = s;
  }

  /** Go's ReadRune: one code point, or EOF. */
  readRune(): string | typeof EOF {
    if (this.pos >= this.s.length) return EOF;
    const cp = this.s.codePointAt(this.pos) as number;
    const ch = String.fromCodePoint(cp);
    this.pos += ch.length;
    return ch;
  }

  unread(ch: string): void {
    this.pos -= ch.length;
  }

  /** Go's runesUntil: read up to a stop character, which is used up. A backslash escapes the next character (not in runesUntilLiteral). */
  runesUntil(stop: string, escapes = true): Scan {
    let text = "";
    for (;;) {
      const at = this.pos;
      const r = this.readRune();
      if (r === EOF) return { text, last: EOF, stopAt: at };
      if (stop.includes(r)) return { text, last: r, stopAt: at };
      if (r === "\\" && escapes) {
        const next = this.readRune();
        if (next === EOF) return { text, last: EOF, stopAt: this.pos };
        text += next;
      } else {
        text += r;
      }
    }
  }
}

/**
 * Parses one `--set` / `--set-string` argument, e.g. `a.b=1,list[0].name=x`.
 * @throws SetSyntaxError if Helm would reject the text whatever the values it lands on.
 */
export function parseSetArgument(arg: string, flag: SetFlag, argIndex: number, helmMajor: HelmMajor = 3, maxDepth = DEFAULT_BUILD_LIMITS.maxDepth): SetAssignment[] {
  // helm 4 (pkg/cli/values MergeValues): a --set-json value that starts with `{` is one JSON object.
  if (flag === "--set-json" && helmMajor === 4 && arg.trim().startsWith("{")) return [jsonObjectArgument(arg, argIndex, maxDepth)];
  const p = new ArgParser(arg, flag, argIndex, maxDepth);
  try {
    p.parse();
  } catch (error) {
    if (helmMajor === 4 && error instanceof SetSyntaxError && error.helmMessage === INDEX_EOF) return error.assignmentsBefore;
    throw error;
  }
  return p.out;
}

const INDEX_EOF = "error parsing index: EOF";

function jsonObjectArgument(arg: string, argIndex: number, maxDepth: number): SetAssignment {
  const start = arg.length - arg.trimStart().length;
  const end = arg.trimEnd().length;
  const where = { flag: "--set-json" as const, argIndex, offset: start };
  let value: unknown;
  try {
    value = JSON.parse(arg.slice(start, end));
  } catch (error) {
    throw new SetSyntaxError(`failed parsing --set-json data JSON: ${(error as Error).message}`, where, []);
  }
  if (!isRecord(value)) throw new SetSyntaxError("failed parsing --set-json data JSON: not an object", where, []);
  if (depthOf(value) > maxDepth) throw new SetSyntaxError(`nesting deeper than ${maxDepth} levels (limits.maxDepth in the config)`, where, []);
  if (holdsInfinity(value)) throw new SetSyntaxError("failed parsing --set-json data JSON: a number out of float64's range", where, []);
  return { path: [], value, flag: "--set-json", argIndex, start, end, valueStart: start, valueEnd: end, keyEnd: start, segmentOffsets: [], terminal: "merge" };
}

class ArgParser {
  readonly sc: Scanner;
  readonly flag: SetFlag;
  readonly argIndex: number;
  readonly out: SetAssignment[] = [];
  private entryStart = 0;
  /** limits.maxDepth: helm takes list indexes and JSON nested thousands deep, the values tree beyond this is not read. */
  private readonly maxDepth: number;
  /** --set-literal: keys without escapes or commas, and the value is the rest of the argument. */
  private readonly literal: boolean;

  constructor(arg: string, flag: SetFlag, argIndex: number, maxDepth: number) {
    this.sc = new Scanner(arg);
    this.flag = flag;
    this.argIndex = argIndex;
    this.maxDepth = maxDepth;
    this.literal = flag === "--set-literal";
  }

  private failDeeper(offset: number): never {
    this.fail(`nesting deeper than ${this.maxDepth} levels (limits.maxDepth in the config)`, offset);
  }

  parse(): void {
    for (;;) {
      this.entryStart = this.sc.pos;
      if (this.key([], [], 0) === "eof") return;
    }
  }

  private fail(message: string, offset: number): never {
    // the entry being read may already be emitted (a bad index is only caught after its value)
    const before = this.out.filter((a) => a.start < this.entryStart);
    throw new SetSyntaxError(message, { flag: this.flag, argIndex: this.argIndex, offset }, before);
  }

  private emit(
    path: SetPathSegment[],
    offsets: number[],
    terminal: SetTerminal,
    value: unknown,
    keyEnd: number,
    valueStart: number,
    valueEnd: number,
  ): void {
    this.out.push({
      path,
      value,
      flag: this.flag,
      argIndex: this.argIndex,
      start: this.entryStart,
      end: valueEnd,
      valueStart,
      valueEnd,
      keyEnd,
      segmentOffsets: offsets,
      terminal,
    });
  }

  /** strvals parser.key: reads one map key and what follows it. */
  private key(path: SetPathSegment[], offsets: number[], level: number): Status {
    const kStart = this.sc.pos;
    const { text: k, last, stopAt } = this.sc.runesUntil(this.literal ? "=[." : "=[,.", !this.literal);
    const kPath = [...path, k];
    const kOffsets = [...offsets, kStart];
    switch (last) {
      case EOF: {
        if (k.length > 0) this.fail(`key ${goQuote(k)} has no value`, kStart);
        // Nothing after a dot (or nothing at all): Helm's key() returns io.EOF.
        if (path.length > 0) {
          const end = this.sc.pos;
          this.emit(path, offsets, "dot-at-end", undefined, end, end, end);
        }
        return "eof";
      }
      case "[": {
        const idxStart = this.sc.pos;
        const i = this.keyIndex();
        return this.listItem([...kPath, i.value], [...kOffsets, idxStart], i, level);
      }
      case "=":
        return this.value(kPath, kOffsets, stopAt);
      case ",":
        return this.fail(`key ${goQuote(k)} has no value (cannot end with ,)`, kStart);
      default: {
        // "."
        level++;
        if (level > MAX_NESTED_NAME_LEVEL) {
          this.fail(
            `value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`,
            stopAt,
          );
        }
        return this.key(kPath, kOffsets, level);
      }
    }
  }

  /** strvals parser.keyIndex + strconv.Atoi. The `[` is already used up. */
  private keyIndex(): ParsedIndex {
    const at = this.sc.pos;
    const { text, last } = this.sc.runesUntil("]", !this.literal);
    if (last === EOF) this.fail(INDEX_EOF, at);
    const parsed = goAtoi(text);
    if (typeof parsed === "string") this.fail(`error parsing index: ${parsed}`, at);
    return { value: Number(parsed), text: parsed.toString(), offset: at };
  }

  /** strvals parser.listItem: what follows `name[i]`. */
  private listItem(path: SetPathSegment[], offsets: number[], i: ParsedIndex, level: number): Status {
    if (i.value < 0) this.fail(`negative ${i.text} index not allowed`, i.offset);
    if (path.length > this.maxDepth) this.failDeeper(i.offset);
    const kStart = this.sc.pos;
    const { text: k, last, stopAt } = this.sc.runesUntil("[.=", !this.literal);
    if (k.length > 0) this.fail(`unexpected data at end of array index: ${goQuoteRunes(k)}`, kStart);
    let status: Status;
    switch (last) {
      case EOF: {
        const end = this.sc.pos;
        this.emit(path, offsets, "index-only", undefined, end, end, end);
        return "eof";
      }
      case "=":
        this.value(path, offsets, stopAt);
        status = "nil"; // after `=` Go's listItem always ends in setIndex, even at EOF
        break;
      case "[": {
        const idxStart = this.sc.pos;
        const next = this.keyIndex();
        status = this.listItem([...path, next.value], [...offsets, idxStart], next, level);
        break;
      }
      default:
        // "." — a map inside the list; the nesting level is not raised here
        status = this.key(path, offsets, level);
    }
    if (status === "nil" && i.value > MAX_INDEX) {
      this.fail(`index of ${i.text} is greater than maximum supported index of ${MAX_INDEX}`, i.offset);
    }
    return status;
  }

  /** The `=` has been used up: valList, else val (--set-json: one JSON value). */
  private value(path: SetPathSegment[], offsets: number[], eqAt: number): Status {
    if (this.flag === "--set-json") return this.jsonValue(path, offsets, eqAt);
    const vStart = this.sc.pos;
    if (this.literal) {
      // The rest of the argument, as written: commas, braces and backslashes are text.
      this.sc.pos = this.sc.s.length;
      // Always set, an empty one too (literal_parser.go has no io.EOF case after `=`).
      this.emit(path, offsets, "value", this.sc.s.slice(vStart), eqAt, vStart, this.sc.s.length);
      return "eof";
    }
    const r = this.sc.readRune();
    if (r === EOF) {
      this.emit(path, offsets, "empty-at-end", "", eqAt, vStart, vStart);
      return "eof";
    }
    if (r === "{") {
      const items: unknown[] = [];
      for (;;) {
        const { text, last, stopAt } = this.sc.runesUntil(",}");
        if (last === EOF) return this.fail("list must terminate with '}'", vStart);
        items.push(this.typed(text));
        if (last === "}") {
          const after = this.sc.readRune();
          if (after !== EOF && after !== ",") this.sc.unread(after);
          this.emit(path, offsets, "value", items, eqAt, vStart, stopAt + 1);
          return "nil";
        }
      }
    }
    this.sc.unread(r);
    const { text, stopAt } = this.sc.runesUntil(",");
    this.emit(path, offsets, "value", this.typed(text), eqAt, vStart, stopAt);
    return "nil";
  }

  private typed(text: string): unknown {
    return typedVal(text, this.flag !== "--set");
  }

  /**
   * strvals' JSON branch: blanks, then nothing before `,` or the end (null), else one JSON value
   * (Go's json.Decoder), then blanks and an optional `,`.
   */
  private jsonValue(path: SetPathSegment[], offsets: number[], eqAt: number): Status {
    const text = this.sc.s;
    let at = this.sc.pos;
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (at >= text.length || text[at] === ",") {
      this.sc.pos = Math.min(at + 1, text.length);
      this.emit(path, offsets, "value", null, eqAt, at, at);
      return at >= text.length ? "eof" : "nil";
    }
    const end = jsonValueEnd(text, at);
    let value: unknown;
    try {
      value = JSON.parse(text.slice(at, end));
    } catch {
      this.fail(`invalid JSON value ${goQuote(text.slice(at, end))}`, at);
    }
    if (path.length + depthOf(value) > this.maxDepth) this.failDeeper(at);
    // Go's encoding/json refuses a number out of float64's range (1e400), where JSON.parse gives Infinity.
    if (holdsInfinity(value)) this.fail(`invalid JSON value ${goQuote(text.slice(at, end))}`, at);
    this.emit(path, offsets, "value", value, eqAt, at, end);
    let next = end;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (next < text.length && text[next] === ",") next++;
    this.sc.pos = next;
    return next >= text.length ? "eof" : "nil";
  }
}

/** Where the JSON value starting at `start` ends: brackets balanced outside strings, or a literal up to a delimiter. */
function jsonValueEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') {
        inString = false;
        if (depth === 0) return i + 1;
      }
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") {
      depth--;
      if (depth <= 0) return i + 1;
    } else if (depth === 0 && (ch === "," || /\s/.test(ch))) return i;
  }
  return text.length;
}

interface ParsedIndex {
  value: number;
  /** Decimal text of the exact int64 (for messages). */
  text: string;
  offset: number;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

const UINT64_MAX = 2n ** 64n - 1n;

/**
 * strconv.Atoi on 64-bit: an int64 or the error message. Like Go's ParseUint, a run of digits
 * that overflows uint64 is a range error even if a bad character follows.
 */
function goAtoi(s: string): bigint | string {
  const syntax = `strconv.Atoi: parsing ${goQuote(s)}: invalid syntax`;
  const range = `strconv.Atoi: parsing ${goQuote(s)}: value out of range`;
  let digits = s;
  if (digits.startsWith("+") || digits.startsWith("-")) digits = digits.slice(1);
  if (digits === "") return syntax;
  let n = 0n;
  for (const c of digits) {
    if (c < "0" || c > "9") return syntax;
    n = n * 10n + BigInt(c.charCodeAt(0) - 48);
    if (n > UINT64_MAX) return range;
  }
  const v = s.startsWith("-") ? -n : n;
  if (v < INT64_MIN || v > INT64_MAX) return range;
  return v;
}

/** strvals typedVal. */
export function typedVal(val: string, stringOnly: boolean): unknown {
  if (stringOnly) return val;
  if (goEqualFold(val, "true")) return true;
  if (goEqualFold(val, "false")) return false;
  if (goEqualFold(val, "null")) return null;
  if (val === "0") return 0;
  if (val !== "" && val[0] !== "0" && /^[+-]?[0-9]+$/.test(val)) {
    const v = BigInt(val);
    if (v >= INT64_MIN && v <= INT64_MAX) return Number(v); // BigInt has no -0, so "-0" gives 0
  }
  return val;
}

/**
 * Go's strings.EqualFold, exact for the ASCII words typedVal compares against. Besides ASCII case,
 * Unicode simple folding only adds U+017F (ſ) ~ s and U+212A (Kelvin sign) ~ k for those letters.
 */
function goEqualFold(a: string, asciiWord: string): boolean {
  const cps = Array.from(a);
  if (cps.length !== asciiWord.length) return false;
  for (let i = 0; i < cps.length; i++) {
    let c = cps[i] as string;
    if (c === "\u017f") c = "s";
    else if (c === "\u212a") c = "k";
    else if (c >= "A" && c <= "Z") c = c.toLowerCase();
    if (c !== asciiWord[i]) return false;
  }
  return true;
}

/** Go's %q (strconv.Quote), close enough for messages: ASCII escapes, printable Unicode kept. */
function goQuote(s: string): string {
  return `"${goEscape(s, '"')}"`;
}

/** Go's %q of a []rune, as Helm prints it in "unexpected data at end of array index": ['a' 'b']. */
function goQuoteRunes(s: string): string {
  return `[${Array.from(s, (ch) => `'${goEscape(ch, "'")}'`).join(" ")}]`;
}

function goEscape(s: string, quote: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === quote) {
      out += `\\${quote}`;
      continue;
    }
    switch (ch) {
      case "\\":
        out += "\\\\";
        continue;
      case "\x07":
        out += "\\a";
        continue;
      case "\b":
        out += "\\b";
        continue;
      case "\f":
        out += "\\f";
        continue;
      case "\n":
        out += "\\n";
        continue;
      case "\r":
        out += "\\r";
        continue;
      case "\t":
        out += "\\t";
        continue;
      case "\v":
        out += "\\v";
        continue;
    }
    if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (cp >= 0x80 && cp < 0xa0) out += `\\u${cp.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Applying

/** The assignments of one flag argument, and the source their nodes are attributed to. */
export interface SetLayer {
  source: SourceHandle;
  assignments: SetAssignment[];
}

const FLAG_ORDER: Record<SetFlag, number> = { "--set-json": 0, "--set": 1, "--set-string": 2, "--set-file": 3, "--set-literal": 4 };

/** Sorts flags into the order helm applies them. */
export const bySetFlagOrder = (a: SetFlag, b: SetFlag): number => FLAG_ORDER[a] - FLAG_ORDER[b];

/**
 * The one `--set` applier: replays the assignments on a values tree exactly as Helm's parser
 * mutates its map. It creates maps and lists, grows lists with null, and replaces a non-map list
 * item with `{}` when a key goes under it. A null value is stored as null: Helm deletes keys only
 * later, at coalesce time (see the module doc). Every node it writes keeps the flag's source.
 *
 * Assignments run in Helm's order: every `--set` before every `--set-string`, then by
 * `argIndex`, then by position in the argument. The sort is stable.
 *
 * @returns a new tree; `root` and the layers it shares nodes with are not touched (containers on
 *   the written paths are copied).
 * @throws SetApplyError when Helm would fail on this tree (type conflicts, `key map "a" has no value`).
 */
export function applySetLayers(root: VMap, layers: readonly SetLayer[]): VMap {
  let out = copyMap(root);
  const ordered = layers
    .flatMap((layer) => layer.assignments.map((a) => ({ a, source: layer.source })))
    .map((entry, i) => ({ ...entry, i }))
    .sort(
      (x, y) =>
        FLAG_ORDER[x.a.flag] - FLAG_ORDER[y.a.flag] ||
        x.a.argIndex - y.a.argIndex ||
        x.a.start - y.a.start ||
        x.i - y.i,
    );
  for (const { a, source } of ordered) {
    if (a.terminal === "merge" || a.terminal === "replace") {
      const over = fromJS(a.value, { source, path: [] }) as VMap;
      out = { ...mergeMaps(a.terminal === "replace" ? emptyMap(out.origin) : out, over), origin: out.origin };
    } else new Replay(a, source).key(out, 0, 0);
  }
  return out;
}

/**
 * {@link applySetLayers} on a plain JS tree (Helm's parser tables are written that way).
 * @returns a new tree; `base` is not touched.
 */
export function applySetAssignments(base: Record<string, unknown>, assignments: SetAssignment[]): Record<string, unknown> {
  const source: SourceHandle = {
    kind: "set",
    file: "--set",
    locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, path: [] }),
    lineText: () => undefined,
  };
  const root = fromJS(base, { source, path: [] });
  return toJS(applySetLayers(root.kind === "map" ? root : emptyMap({ source, path: [] }), [{ source, assignments }])) as Record<string, unknown>;
}

function holdsInfinity(value: unknown): boolean {
  const pending = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node === "number" && !Number.isFinite(node)) return true;
    if (Array.isArray(node)) for (const item of node) pending.push(item);
    else if (isRecord(node)) for (const key of Object.keys(node)) pending.push(node[key]);
  }
  return false;
}

/** How deep a parsed JSON value nests (a scalar: 0), without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (depth > deepest) deepest = depth;
    if (Array.isArray(node)) for (const item of node) pending.push([item, depth + 1]);
    else if (isRecord(node)) for (const key of Object.keys(node)) pending.push([node[key], depth + 1]);
  }
  return deepest;
}

/** A --set-json value's nodes, each with its own path inside the value (the source finds it in the JSON text). */
function fromJS(value: unknown, origin: NodeRef): VNode {
  const at = (segment: string | number): NodeRef => ({ ...origin, path: [...origin.path, segment] });
  if (Array.isArray(value)) return { kind: "seq", items: value.map((item, index) => fromJS(item, at(index))), origin };
  if (isRecord(value)) return { kind: "map", entries: new Map(Object.keys(value).map((key) => [key, fromJS(value[key], at(key))])), origin };
  return { kind: "scalar", value, quoted: false, origin };
}

function emptyMap(origin: NodeRef): VMap {
  return { kind: "map", entries: new Map(), origin };
}

function copyMap(map: VMap): VMap {
  return { ...map, entries: new Map(map.entries) };
}

function copySeq(seq: VSeq): VSeq {
  return { ...seq, items: [...seq.items] };
}

function isNullNode(node: VNode | undefined): boolean {
  return node === undefined || (node.kind === "scalar" && (node.value === null || node.value === undefined));
}

/** Replays one entry with Go's key()/listItem() logic on a tree whose containers on the path it owns. */
class Replay {
  readonly a: SetAssignment;
  readonly source: SourceHandle;

  constructor(a: SetAssignment, source: SourceHandle) {
    this.a = a;
    this.source = source;
  }

  private isLast(idx: number): boolean {
    return idx === this.a.path.length - 1;
  }

  private fail(message: string, idx: number): never {
    throw new SetApplyError(message, this.a, this.a.segmentOffsets[idx] ?? this.a.start);
  }

  /** Where a container made for segment `idx` says it came from. */
  private origin(idx: number): NodeRef {
    return { source: this.source, path: this.a.path.slice(0, idx + 1) };
  }

  private newValue(): VNode {
    const origin: NodeRef = { source: this.source, path: this.a.path };
    const quoted = this.a.flag === "--set-string" || this.a.flag === "--set-file" || this.a.flag === "--set-literal";
    const v = this.a.value;
    if (this.a.flag === "--set-json") return fromJS(v, origin);
    if (Array.isArray(v)) return { kind: "seq", items: v.map((value) => ({ kind: "scalar", value, quoted, origin })), origin };
    return { kind: "scalar", value: v, quoted, origin };
  }

  key(data: VMap, idx: number, level: number): Status {
    const k = this.a.path[idx];
    if (typeof k !== "string") this.fail("internal: expected a map key", idx);
    const last = this.isLast(idx);
    if (last && (this.a.terminal === "value" || this.a.terminal === "empty-at-end")) {
      goSet(data, k, this.newValue());
      return this.a.terminal === "empty-at-end" ? "eof" : "nil";
    }
    if (!last && typeof this.a.path[idx + 1] === "number") {
      // `k[i]`
      const existing = data.entries.get(k);
      const list: VSeq = existing ? copySeq(this.assertList(existing, idx)) : { kind: "seq", items: [], origin: this.origin(idx) };
      const r = this.listItem(list, idx + 1, level);
      goSet(data, k, r.list);
      return r.status;
    }
    // `k.` followed by a key, or by the end of the argument ("dot-at-end")
    level++;
    if (level > MAX_NESTED_NAME_LEVEL) {
      this.fail(`value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`, idx);
    }
    const existing = data.entries.get(k);
    const inner: VMap = existing ? copyMap(this.assertMap(existing, idx)) : emptyMap(this.origin(idx));
    const e: Status = last ? "eof" : this.key(inner, idx + 1, level);
    const empty = inner.entries.size === 0;
    if (e === "nil" && empty) this.fail(`key map ${goQuote(k)} has no value`, idx);
    if (!empty) goSet(data, k, inner);
    return e;
  }

  private listItem(list: VSeq, idx: number, level: number): { list: VSeq; status: Status } {
    const i = this.a.path[idx];
    if (typeof i !== "number") return this.fail("internal: expected a list index", idx);
    if (i < 0) this.fail(`negative ${i} index not allowed`, idx);
    const last = this.isLast(idx);
    if (last) {
      switch (this.a.terminal) {
        case "index-only":
          return { list, status: "eof" };
        case "dot-at-end":
          if (list.items.length > i && list.items[i]!.kind !== "map") list.items[i] = emptyMap(this.origin(idx));
          return { list, status: "eof" };
        default:
          return { list: this.setIndex(list, i, this.newValue(), idx), status: "nil" };
      }
    }
    if (typeof this.a.path[idx + 1] === "number") {
      // `[i][j]`: Go shares an existing inner slice, so writes inside it show even at EOF.
      const existing = list.items[i];
      let crt: VSeq = { kind: "seq", items: [], origin: this.origin(idx) };
      if (!isNullNode(existing)) list.items[i] = crt = copySeq(this.assertList(existing!, idx));
      const r = this.listItem(crt, idx + 1, level);
      if (r.status !== "nil") return { list, status: r.status };
      return { list: this.setIndex(list, i, r.list, idx), status: "nil" };
    }
    // `[i].key`: a map inside the list; a non-map already there is replaced in place (no error).
    // Go mutates an existing map in place, so what `key` writes shows even when it ends at EOF;
    // a map for an index past the end is only kept on success (Helm's `a[0].b=` quirk).
    let inner = emptyMap(this.origin(idx));
    if (list.items.length > i) {
      const existing = list.items[i]!;
      if (existing.kind === "map") inner = copyMap(existing);
      list.items[i] = inner;
    }
    const e = this.key(inner, idx + 1, level);
    if (e !== "nil") return { list, status: e };
    return { list: this.setIndex(list, i, inner, idx), status: "nil" };
  }

  private setIndex(list: VSeq, index: number, val: VNode, idx: number): VSeq {
    if (index < 0) this.fail(`negative ${index} index not allowed`, idx);
    if (index > MAX_INDEX) this.fail(`index of ${index} is greater than maximum supported index of ${MAX_INDEX}`, idx);
    const padding: NodeRef = this.origin(idx);
    while (list.items.length <= index) list.items.push({ kind: "scalar", value: null, quoted: false, origin: padding });
    list.items[index] = val;
    return list;
  }

  private assertMap(v: VNode, idx: number): VMap {
    if (v.kind === "map") return v;
    return this.fail(`unable to parse key: interface conversion: interface {} is ${goTypeName(v)}, not map[string]interface {}`, idx);
  }

  private assertList(v: VNode, idx: number): VSeq {
    if (v.kind === "seq") return v;
    return this.fail(`unable to parse key: interface conversion: interface {} is ${goTypeName(v)}, not []interface {}`, idx);
  }
}

/** Go's set(): an empty key is dropped without a word. */
function goSet(data: VMap, key: string, val: VNode): void {
  if (key !== "") data.entries.set(key, val);
}

/**
 * The Go type name in Helm's panic message, approximately. A number is reported as float64, as it
 * is when it comes from a values file. A number from an earlier `--set` is int64 in Go.
 */
function goTypeName(v: VNode): string {
  if (v.kind === "seq") return "[]interface {}";
  if (v.kind === "map") return "map[string]interface {}";
  const value = v.value;
  if (value === null || value === undefined) return "nil";
  switch (typeof value) {
    case "string":
      return "string";
    case "boolean":
      return "bool";
    case "number":
      return "float64";
    case "bigint":
      return "int64";
    default:
      return "object";
  }
}
