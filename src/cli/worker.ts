/**
 * Big inputs are linted on a worker thread with a bounded young generation. V8 grows the young
 * generation by how much survives collections, and building the model of a large manifest keeps
 * enough to grow it to 128 MB, over a third of the 316 MB a 50 MB run peaked at. Bounded to 24 MB
 * on a worker, the same run peaks at about 215 MB and is no slower: fewer survivors are copied.
 * Whether a run goes to a worker is decided in offload.ts, which a lint loads instead of this
 * module (and node:worker_threads) unless it does.
 */
import { once } from "node:events";
import { readFileSync, statSync } from "../io/fs.ts";
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort, type Transferable } from "node:worker_threads";
import { isWholeBuffer, readRest, type StdinHead } from "../io/stdin.ts";
import { guarded } from "./std-streams.ts";
import { restoreV8Defaults } from "./v8-tuning.ts";
import type { InputFiles } from "./run.ts";

const YOUNG_GENERATION_MB = 24;

export interface WorkerData {
  /** The main thread's terminal: the worker's own stdout is a pipe to it. */
  stdoutIsTTY: boolean;
  /** All of stdin comes over this port: the main thread reads what follows the head while the worker starts. */
  stdinLater?: MessagePort;
  /** The input files' bytes, which the main thread reads while the worker starts. */
  files?: FilesHandOver;
  /** For a worker made before the run decided: PENDING until the main thread says GO or STOP. */
  decision?: Int32Array;
}

/** A port that brings `{ path, bytes }` messages, and a flag the main thread sets to 1 once it has sent them all. */
interface FilesHandOver {
  port: MessagePort;
  sent: Int32Array;
}

/** The decision a worker made early waits for (WorkerData.decision). */
const PENDING = 0;
const GO = 1;
const STOP = 2;

/**
 * On a worker: what the main thread handed over; undefined on the main thread. `ready` waits, on a
 * worker made early, for the main thread's decision: false when the main thread runs the command.
 */
export function handedOver():
  | { stdoutIsTTY: boolean; stdin: (() => Promise<Buffer>) | undefined; files: ((path: string) => Uint8Array | undefined) | undefined; ready: () => boolean; done: (code: number) => void }
  | undefined {
  if (isMainThread) return undefined;
  // Ends the thread (its output is delivered first): a port still open would keep it alive after a
  // run that did not wait for stdin (a refused argument).
  const done = (code: number): void => process.exit(code);
  const data = workerData as WorkerData;
  const { stdoutIsTTY, stdinLater, decision } = data;
  const files = data.files && filesReceived(data.files);
  const ready = (): boolean => {
    if (decision) Atomics.wait(decision, 0, PENDING);
    return !decision || Atomics.load(decision, 0) === GO;
  };
  return { stdoutIsTTY, stdin: stdinLater && (() => arrival(stdinLater)), files, ready, done };
}

/** The one message `port` brings: all of stdin (held by nothing here, so freed once decoded), or why the main thread could not read it (an error code). */
async function arrival(port: MessagePort): Promise<Buffer> {
  const [message] = (await once(port, "message")) as [{ bytes: Uint8Array } | { error: string }];
  port.close();
  if ("error" in message) throw new Error(message.error);
  return Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
}

export interface StartedWorker {
  /** Whether it can still take the run (it has not failed while starting). */
  usable: () => boolean;
  /** Lets it run, with the input files read here; resolves with its exit code. */
  go: (files: InputFiles) => Promise<number>;
  stop: () => void;
}

/**
 * A worker for the command; made `early`, it waits for go() or stop(). A run that reads stdin
 * hands over all of it, which readRest reads here while the worker starts (through a pipe, chunk
 * by chunk, the worker held the chunks and their text at once, and this thread the chunks: 50 MB
 * piped in peaked 50–90 MB higher than the same file).
 */
export function startWorker(entry: URL, argv: string[], data: WorkerData, early: boolean, stdin?: StdinHead & { maxBytes: number }): StartedWorker {
  // The worker's output is written to this thread's streams.
  guarded(process.stdout);
  guarded(process.stderr);
  const transferList: Transferable[] = [];
  if (stdin) {
    const later = new MessageChannel();
    data.stdinLater = later.port2;
    transferList.push(later.port2);
    // One byte over the limit tells the worker that stdin is too big, as reading all of it would.
    readRest(process.stdin, stdin.head, stdin.maxBytes + 1)
      .then(
        (bytes) => later.port1.postMessage({ bytes }, [bytes.buffer as ArrayBuffer]),
        (error: NodeJS.ErrnoException) => later.port1.postMessage({ error: error.code ?? error.message }),
      )
      .finally(() => later.port1.close());
  }
  const channel = new MessageChannel();
  const sent = new Int32Array(new SharedArrayBuffer(4));
  data.files = { port: channel.port2, sent };
  transferList.push(channel.port2);
  if (early) data.decision = new Int32Array(new SharedArrayBuffer(4));
  const decide = (decision: number): void => {
    if (!data.decision) return;
    Atomics.store(data.decision, 0, decision);
    Atomics.notify(data.decision, 0);
  };
  if (!early) restoreV8Defaults();
  const worker = new Worker(entry, { argv, workerData: data, transferList, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  // Until go(), nothing waits for it: the process may end without it.
  if (early) worker.unref();
  let failed: (Error & { code?: string }) | undefined;
  let exitCode: number | undefined;
  let settle: ((code: number) => void) | undefined;
  worker.on("error", (error: Error & { code?: string }) => {
    failed = error;
    settle?.(report(error));
  });
  worker.on("exit", (code) => {
    // A worker that ended without waiting for stdin (a refused argument) leaves nothing to read it for.
    if (data.stdinLater) process.stdin.destroy();
    exitCode = code;
    settle?.(code);
  });
  return {
    usable: () => failed === undefined && exitCode === undefined,
    go(files) {
      return new Promise((resolve) => {
        settle = resolve;
        if (failed) return resolve(report(failed));
        if (exitCode !== undefined) return resolve(exitCode);
        // The worker runs with V8's defaults: its young generation grows, and TurboFan optimises (see v8-tuning.ts).
        restoreV8Defaults();
        worker.ref();
        decide(GO);
        sendFiles(files, channel.port1, sent);
      });
    },
    stop() {
      decide(STOP);
      channel.port1.close();
    },
  };
}

/** Out of memory is the input's size, not a bug; anything else is reported like the CLI's own internal errors. */
function report(error: Error & { code?: string }): number {
  const message = error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "the inputs are too large for the memory available (see docs/limits.md)" : `internal error: ${error.message}`;
  process.stderr.write(`litellm-preflight: ${message}\n`);
  return 2;
}

/**
 * For the main thread, while the worker starts (about 20 ms on this machine's 2 cores): reads the
 * input files and sends their bytes, moved without a copy. A 50 MB manifest takes about 30 ms to
 * read, which the worker then does not spend. A file that cannot be read, or is over the size limit,
 * is not sent: the worker reads it and reports why as it would anyway.
 */
export function sendFiles(files: InputFiles, port: MessagePort, sent: Int32Array): void {
  try {
    for (const path of files.paths) {
      let bytes: Buffer;
      try {
        const stats = statSync(path);
        if (!stats.isFile() || stats.size > files.maxBytes) continue;
        bytes = readFileSync(path);
      } catch {
        continue;
      }
      port.postMessage({ path, bytes }, isWholeBuffer(bytes) ? [bytes.buffer as ArrayBuffer] : []);
    }
  } finally {
    Atomics.store(sent, 0, 1);
    Atomics.notify(sent, 0);
    port.close();
  }
}

/**
 * For the worker: the bytes the main thread sent, by path, each given once. The first file read
 * waits for the main thread to have sent them all (it reads without waiting on anything, so the
 * wait is bounded; the time-out only guards against a bug).
 */
export function filesReceived({ port, sent }: FilesHandOver): (path: string) => Uint8Array | undefined {
  let received: Map<string, Uint8Array> | undefined;
  return (path) => {
    if (!received) {
      Atomics.wait(sent, 0, 0, 10_000);
      received = new Map();
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const { path: sentPath, bytes } = message.message as { path: string; bytes: Uint8Array };
        received.set(sentPath, bytes);
      }
      port.close();
    }
    const bytes = received.get(path);
    // Given once: the text made from them is what stays.
    received.delete(path);
    return bytes;
  };
}
