/**
 * Layer `io`: all file, process, network and cluster access: files and stdin, helm, the cluster,
 * HTTP, upward searches. May import core, yaml, kube, inputs, chart, facts, codemie, litellm and engine.
 *
 * Reading the files a user names, for the CLI and the Action alike: size-checked before reading,
 * UTF-8 only (binary and NUL bytes refused), BOM dropped. Every failure is one UsageError line.
 */
import { closeSync, constants, existsSync, fsPromises, fstatSync, ftruncateSync, globSync, openSync, readFileSync, readSync, realpathSync, statSync, writeFileSync, writeSync } from "./fs.ts";
import { basename, dirname, join, resolve } from "node:path";
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_VALUES_FILE_BYTES } from "../engine/engine.ts";
import { COPY_DOCUMENTS_BELOW } from "../inputs/manifests.ts";
import { controlBytesIn } from "../core/control-bytes.ts";
import type { TextInput } from "../inputs/values.ts";
import { UsageError } from "../core/errors.ts";
import { byCodeUnits } from "../core/compare.ts";
import { withRoom, type StdinHead } from "./stdin.ts";

const decoder = new TextDecoder("utf-8", { fatal: true });
const LIMIT_HINT = "limits.maxFileBytes in the config";

/** `controls`: the offsets of every control byte in `bytes` (controlBytesIn), when they were listed: a NUL is one of them. */
function decodeText(bytes: Uint8Array, what: string, controls?: readonly number[]): string {
  // Buffer's indexOf is a native byte search, several times faster than a typed array's includes (50 MB: 2.5 against 14 ms).
  const binary = controls ? controls.some((at) => bytes[at] === 0) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) !== -1;
  if (binary) throw new UsageError(`${what} is binary (it contains NUL bytes)`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new UsageError(`${what} is not UTF-8 text`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Where a worker takes the bytes of files the main thread read for it (see cli/worker.ts). */
let readBefore: ((path: string) => Uint8Array | undefined) | undefined;

/** Files are read through `source` first: the bytes it gives for a path stand for the file's when they are as many. */
export function takeFilesFrom(source: ((path: string) => Uint8Array | undefined) | undefined): void {
  readBefore = source;
}

/** The size limits files are read with (LintOptions has them: limits.* in the config). */
export interface InputSizes {
  maxFileBytes?: number;
  maxValuesFileBytes?: number;
}

/**
 * A values file: the yaml library keeps a whole tree with positions of it, some 50 bytes per byte of
 * flat `key: value` lines, so values files have a lower bound of their own (a 110 MB one took 4.7 GB).
 */
export function readValuesText(path: string, what: string, options: InputSizes): string {
  const values = options.maxValuesFileBytes ?? DEFAULT_MAX_VALUES_FILE_BYTES;
  const files = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const text = values <= files ? readInputText(path, what, values, "limits.maxValuesFileBytes in the config") : readInputText(path, what, files);
  // Parsed whole, a node costs about 1 KB: a flow list of one-character items (`[1,1,1,…]`) under the size limit took GBs.
  const maxNodes = Math.floor(values / BYTES_PER_NODE);
  const nodes = separators(text);
  if (nodes > maxNodes) throw new UsageError(`${what} has ${nodes} lines and flow items, more than the ${maxNodes} a values file may have (one for every ${BYTES_PER_NODE} bytes of limits.maxValuesFileBytes in the config)`);
  return text;
}

/** The values size limit's bytes for each node a values file may have (16 MiB: a million). */
const BYTES_PER_NODE = 16;

/** Line breaks and commas: an upper bound of a YAML text's nodes, counted without parsing it. */
function separators(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 44) count++;
  }
  return count;
}

/** A file system error in words (`missing`: what ENOENT means here), for the one-line messages. */
export function errnoText(error: unknown, missing: string, otherwise = "failed"): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return missing;
    case "EISDIR":
      return "it is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "ELOOP":
      return "too many symbolic links (a loop?)";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EROFS":
      return "a read-only file system";
    case "EIO":
      return "an input/output error";
    case "ENAMETOOLONG":
      return "the name is too long";
    default:
      return code ?? otherwise;
  }
}

/** Whether anything is at `path` (the CLI reads and writes through this module). */
export function pathExists(path: string): boolean {
  return existsSync(path);
}

/** The file a path names, through symbolic links when it exists: two paths to one file give one key. */
export function sameFileKey(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Why a run would write a report over one of its inputs, or two reports into one file (undefined:
 * it would not). `outputs` pairs a flag or input name with its path; paths resolve against `cwd`.
 */
export function overwriteProblem(cwd: string, outputs: readonly [string, string | undefined][], inputs: readonly string[]): string | undefined {
  const same = (path: string) => sameFileKey(resolve(cwd, path));
  const read = new Set(inputs.map(same));
  const written = new Map<string, string>();
  for (const [flag, path] of outputs) {
    if (path === undefined) continue;
    const key = same(path);
    if (read.has(key)) return `${flag} ${path} is one of the inputs: the report would replace it`;
    const other = written.get(key);
    if (other) return `${other} and ${flag} name the same file, ${path}: give each its own`;
    written.set(key, flag);
  }
  return undefined;
}

/** A URL (helm's getters: http, https, oci, s3, …), not a path: this tool reads local files only. A one-letter scheme is a drive (`C://…`). */
export function isUrl(path: string): boolean {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(path);
}

/** Why `-` given as an input file is not read, and what to do (`flag`: how the substitution is written). */
export function stdinRefusal(what: string, flag?: string): string {
  return `${what} - : stdin is read only for -m -; give a file, or through process substitution: ${flag ? `${flag} ` : ""}<(command)`;
}

/** Why a URL given as an input file is not read, and what to do. */
export function urlRefusal(what: string, url: string): string {
  return `${what} ${url}: a URL is not fetched; download the file and give its path (curl -fsSL URL -o file.yaml)`;
}

/** Whether a regular file is at `path` (what is read only if it is there: a device or pipe could block). */
function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The text of a regular file that is there, else undefined. */
export function existingFileText(path: string, what: string): string | undefined {
  return isRegularFile(path) ? readInputText(path, what) : undefined;
}

/** `what` names the input for messages ("values file deploy/values.yaml"). */
export function readInputText(path: string, what: string, maxBytes = DEFAULT_MAX_FILE_BYTES, limitHint = LIMIT_HINT): string {
  return decodeText(readInputBytes(path, what, maxBytes, limitHint), what);
}

/**
 * A --set-file's text as helm takes it, `string(bytes)`: a byte-order mark stays, and neither NUL
 * bytes nor other encodings refuse it (bytes that are no UTF-8 become U+FFFD).
 */
export function readSetFileText(path: string, what: string, maxBytes = DEFAULT_MAX_FILE_BYTES): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(readInputBytes(path, what, maxBytes, LIMIT_HINT));
}

function readInputBytes(path: string, what: string, maxBytes: number, limitHint: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    // Checked before reading: an oversized input is refused without loading it.
    const stats = statSync(path);
    if (stats.size > maxBytes) throw new UsageError(`${what} has ${stats.size} bytes, more than the limit of ${maxBytes} (${limitHint})`);
    // Pipes and devices report no size: read them in chunks up to the limit.
    const given = stats.isFile() ? readBefore?.(path) : undefined;
    bytes = given?.length === stats.size ? given : stats.isFile() || stats.isDirectory() ? readFileSync(path) : readBounded(path, what, maxBytes, limitHint);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const reason = errnoText(error, "no such file", "unreadable");
    throw new UsageError(`cannot read ${what}: ${reason}`);
  }
  return bytes;
}

/**
 * A pipe or device read to its end, refused past `maxBytes`: into one buffer grown by doubling and
 * cut to size (with its own memory, so that it moves to a worker without a copy). Chunks joined at
 * the end would each stay until the main thread next collects garbage, which it hardly does while
 * a worker lints: 50 MB read from `<(…)` stayed twice.
 */
function readBounded(path: string, what: string, maxBytes: number, limitHint = LIMIT_HINT): Buffer {
  const fd = openSync(path, "r");
  try {
    let buffer = Buffer.allocUnsafeSlow(Math.min(maxBytes + 1, 1 << 20));
    let size = 0;
    for (;;) {
      buffer = withRoom(buffer, size, size + 1, maxBytes + 1);
      const read = readSync(fd, buffer, size, buffer.length - size, null);
      if (read === 0) return size === buffer.length ? buffer : Buffer.from((buffer.buffer as ArrayBuffer).transfer(size));
      size += read;
      if (size > maxBytes) throw new UsageError(`${what} has more than ${maxBytes} bytes (${limitHint})`);
    }
  } finally {
    closeSync(fd);
  }
}

/** The lines of a regular file that is there, read 64 KiB at a time (a large file is never held whole); none otherwise. */
export function* fileLines(path: string): Generator<string> {
  if (!isRegularFile(path)) return;
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(1 << 16);
    const decoder = new TextDecoder("utf-8");
    let rest = "";
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      const lines = (rest + decoder.decode(buffer.subarray(0, read), { stream: true })).split("\n");
      rest = lines.pop()!;
      yield* lines;
    }
    yield rest + decoder.decode();
  } finally {
    closeSync(fd);
  }
}

/** stdin's chunks as bytes, refused as soon as they pass `maxBytes`. */
async function* stdinChunks(stdin: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<Buffer> {
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) throw new UsageError(`stdin has more than ${maxBytes} bytes (${LIMIT_HINT})`);
    yield buffer;
  }
}

/**
 * stdin decoded as it comes, chunk by chunk, and joined once: no copy of all its bytes is made
 * (a 50 MB rendered chart piped in costs its text, not three times its size).
 */
export async function readStdinText(stdin: NodeJS.ReadableStream, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  const streaming = new TextDecoder("utf-8", { fatal: true });
  const parts: string[] = [];
  for await (const buffer of stdinChunks(stdin, maxBytes)) {
    if (buffer.includes(0)) throw new UsageError("stdin is binary (it contains NUL bytes)");
    parts.push(decodePart(streaming, buffer, true));
  }
  parts.push(decodePart(streaming, undefined, false));
  const text = parts.join("");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** All of stdin as bytes (for a pass-through that must not change a byte), refused past `maxBytes`. */
export async function readStdinBytes(stdin: NodeJS.ReadableStream, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const buffer of stdinChunks(stdin, maxBytes)) chunks.push(buffer);
  return Buffer.concat(chunks);
}

function decodePart(decoder: TextDecoder, bytes: Uint8Array | undefined, more: boolean): string {
  try {
    return decoder.decode(bytes, { stream: more });
  } catch {
    throw new UsageError("stdin is not UTF-8 text");
  }
}

/** The text of stdin from its head, which must be all of it within the size limit. */
export function headText({ head, ended }: StdinHead, maxBytes = DEFAULT_MAX_FILE_BYTES): string {
  if (!ended || head.length > maxBytes) throw new UsageError(`stdin has more than ${maxBytes} bytes (${LIMIT_HINT})`);
  return decodeText(head, "stdin");
}

/** Whether a text has a line of YAML content: not only blank lines, comments, `---`, `...` and directives. */
export function holdsDocuments(text: string): boolean {
  return /^(?![ \t\r]*(?:#|---|\.\.\.|%|$))/m.test(text);
}

/**
 * A manifest file as the engine reads it: its text and, when it is ASCII, where it holds control
 * characters (TextInput.controlCharacters), and its bytes if it is small enough for its documents
 * to be copied out before they are read (COPY_DOCUMENTS_BELOW).
 */
export function readManifestFile(path: string, name: string, what: string, maxBytes = DEFAULT_MAX_FILE_BYTES): TextInput {
  const bytes = readInputBytes(path, what, maxBytes, LIMIT_HINT);
  // Listed before decoding: a NUL among them makes a binary file, without a search of its own (5 MB: 0.5 ms).
  const controlCharacters = controlBytesIn(bytes, MAX_CONTROL_CHARACTERS);
  const text = readManifestText(decodeText(bytes, what, controlCharacters), what);
  // As many bytes as UTF-16 code units: every character is ASCII, at the offset of its byte.
  if (bytes.length !== text.length) return { name, text };
  const input: TextInput = { name, text };
  if (controlCharacters !== undefined) input.controlCharacters = controlCharacters;
  if (bytes.length < COPY_DOCUMENTS_BELOW) input.bytes = bytes;
  return input;
}

/** More control characters than this (CRLF line ends: one per line) are not listed, and each document is looked at instead. */
const MAX_CONTROL_CHARACTERS = 4096;

/**
 * A manifest input's text, refused when it holds no YAML document at all (empty, comments, `---`):
 * usually the command that rendered it failed upstream (`helm template … | litellm-preflight lint -m -`),
 * and "no problems" would be a lie. kube-linter says "no valid objects found" likewise.
 */
export function readManifestText(text: string, what: string): string {
  if (!holdsDocuments(text)) throw new UsageError(`${what} holds no YAML documents (did the command that rendered it fail?)`);
  return text;
}

/**
 * A report's pieces joined into writes of 64 KB: few writes, never the whole report at once, and
 * each write small enough to die young (V8 puts strings over 128 KB straight into the old generation).
 */
export function* batched(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length >= size) {
      yield pending.join("");
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield pending.join("");
}

/**
 * Pieces encoded one after another into a buffer of WRITE_BUFFER_BYTES, written whenever it is full;
 * returns how many bytes they were. Joined first (batched), a finding-dense SARIF report was copied
 * once more as JavaScript strings: 4.8 MB of a 5 MB lint's garbage, and scavenges to collect it.
 */
function writePieces(fd: number, pieces: Iterable<string>): number {
  const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  let used = 0;
  let written = 0;
  for (const piece of pieces) {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit: counted only when that bound does not fit.
    const room = buffer.length - used;
    const bytes = piece.length * 3 <= room ? 0 : Buffer.byteLength(piece);
    if (bytes > room) {
      writeAll(fd, buffer, used);
      written += used;
      used = 0;
      if (bytes > buffer.length) {
        writeFileSync(fd, piece);
        written += bytes;
        continue;
      }
    }
    used += buffer.write(piece, used);
  }
  writeAll(fd, buffer, used);
  return written + used;
}

/** Room for a piece of 16 SARIF results (about 32 KB) at three bytes a character without counting its bytes: 5 MB of SARIF 1.8 ms sooner than with 64 KB. */
export const WRITE_BUFFER_BYTES = 1 << 18;

/** writeSync may write part of what it is given. */
function writeAll(fd: number, buffer: Buffer, length: number): void {
  for (let written = 0; written < length; ) written += writeSync(fd, buffer, written, length - written);
}

export async function appendOutput(path: string, text: string, what: string): Promise<void> {
  try {
    await fsPromises().appendFile(path, text);
  } catch (error) {
    throw new UsageError(`${what}: cannot append to ${path}: ${errnoText(error, "its directory does not exist")}`);
  }
}

/**
 * Writes a report, a string or its pieces; `what` names it as the user gave it (`-o out/report.txt`), in messages.
 * Synchronously: the run has nothing else to do meanwhile, and awaiting each 64 KB write left a
 * 50 MB finding-dense lint idle for about 100 ms.
 */
export function writeOutput(path: string, text: string | Iterable<string>, what: string): void {
  try {
    // An existing file is written over and then cut to the new length: truncated when opened, a
    // report's old pages were freed only to be taken again (5 MB of SARIF: 2.2 ms to open, against
    // 0.02 ms). Opened for writing only, as "w" does: a FIFO waits for its reader.
    const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT);
    try {
      const written = writePieces(fd, typeof text === "string" ? [text] : text);
      if (fstatSync(fd).isFile()) ftruncateSync(fd, written);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new UsageError(`${what}: cannot write the file: ${errnoText(error, "its directory does not exist")}`);
  }
}

/**
 * Paths with globs (`deploy/codemie/*.yaml`) expanded against `cwd`: each glob's matches sorted,
 * in the order the patterns are given (values files layer in order). A glob that matches nothing
 * is an error (`what` names the input); a plain path is kept as given (reading it reports).
 */
export function expandInputPaths(cwd: string, patterns: readonly string[], what: string): string[] {
  return patterns.flatMap((pattern) => {
    if (isUrl(pattern)) throw new UsageError(urlRefusal(what, pattern));
    if (pattern === "-") throw new UsageError(stdinRefusal(what));
    if (!/[*?[\]{}]/.test(pattern)) return [pattern];
    const matches = globSync(pattern, { cwd }).filter((path) => {
      try {
        return statSync(resolve(cwd, path)).isFile();
      } catch {
        return false;
      }
    });
    if (matches.length === 0) throw new UsageError(`${what}: ${pattern} matches no file`);
    return matches.map((path) => path.split("\\").join("/")).sort(byCodeUnits);
  });
}

/**
 * Replaces a file's content (--fix) without ever leaving it half-written: the text goes to a
 * temporary file next to it, which then takes its name (a rename within a directory is atomic).
 * The file keeps its permissions and its byte-order mark (reading drops it); a symbolic link stays
 * one, and the file it points to is the one replaced. A file that no longer holds `expected` (the
 * text the fix was made from: an editor saved it during the run) is left as it is.
 */
export async function replaceFile(linkOrPath: string, text: string, expected: string, what: string): Promise<void> {
  let temporary: string | undefined;
  try {
    const path = await fsPromises().realpath(linkOrPath);
    const now = await fsPromises().readFile(path, "utf8");
    const bom = now.startsWith("\ufeff") ? "\ufeff" : "";
    if (now.slice(bom.length) !== expected) throw new UsageError(`${what}: the file changed since it was read; it was not fixed (run again)`);
    temporary = join(dirname(path), `.${basename(path)}.litellm-preflight-${process.pid}-${Date.now()}.tmp`);
    const { mode, uid, gid } = await fsPromises().stat(path);
    await fsPromises().writeFile(temporary, bom + text, { flag: "wx", mode });
    await fsPromises().chmod(temporary, mode);
    // Its owner too, where this process may give it (root in a container run on a user's files); elsewhere the writer owns it, as with any editor.
    if (process.getuid?.() === 0) await fsPromises().chown(temporary, uid, gid);
    await fsPromises().rename(temporary, path);
  } catch (error) {
    if (temporary) await fsPromises().rm(temporary, { force: true });
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${what}: cannot write the file: ${errnoText(error, "it no longer exists")}`);
  }
}
