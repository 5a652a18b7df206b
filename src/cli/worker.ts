/**
 * Big inputs are linted on a worker thread with a bounded young generation. V8 grows the young
 * generation by how much survives collections, and building the model of a large manifest keeps
 * enough to grow it to 128 MB, over a third of the 316 MB a 50 MB run peaked at. Bounded to 24 MB
 * on a worker, the same run peaks at about 215 MB and is no slower: fewer survivors are copied.
 * Below 8 MiB the worker's own start costs more memory than it saves.
 */
import { Readable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { isMainThread, Worker, workerData } from "node:worker_threads";
import type { CliIO } from "./run.ts";

/** Inputs from this size on (files and stdin together, in bytes) go to the worker. */
export const WORKER_MIN_BYTES = 8 * 1024 * 1024;
const YOUNG_GENERATION_MB = 24;

interface WorkerData {
  /** The main thread's terminal: the worker's own stdout is a pipe to it. */
  stdoutIsTTY: boolean;
  /** What the main thread read of stdin (to learn its size). */
  stdinHead?: Uint8Array;
  /** The rest of stdin follows on the worker's own stdin. */
  stdinRest: boolean;
}

/** For the main thread: run the command (`entry` with `argv`) on a worker when the inputs are big. */
export function offloadTo(entry: URL, argv: string[]): NonNullable<CliIO["offload"]> {
  return {
    minBytes: WORKER_MIN_BYTES,
    run: (stdin) => runOnWorker(entry, argv, { stdoutIsTTY: Boolean(process.stdout.isTTY), ...(stdin ? { stdinHead: stdin.head } : {}), stdinRest: stdin !== undefined && !stdin.ended }),
  };
}

/** On a worker: what the main thread handed over; undefined on the main thread. */
export function handedOver(): { stdoutIsTTY: boolean; stdin: NodeJS.ReadableStream | undefined; done: (code: number) => void } | undefined {
  if (isMainThread) return undefined;
  // Ends the thread (its output is delivered first): an open stdin channel would keep it alive after
  // a run that stopped reading stdin (a size limit, binary input).
  const done = (code: number): void => process.exit(code);
  const data = workerData as WorkerData;
  const { stdoutIsTTY, stdinHead, stdinRest } = data;
  // Held from here by the stream only, so that the bytes are freed once read.
  delete data.stdinHead;
  if (!stdinHead) return { stdoutIsTTY, stdin: undefined, done };
  const head = Buffer.from(stdinHead.buffer, stdinHead.byteOffset, stdinHead.byteLength);
  const stdin = stdinRest
    ? Readable.from(
        (async function* () {
          yield head;
          yield* process.stdin;
        })(),
      )
    : Readable.from([head]);
  return { stdoutIsTTY, stdin, done };
}

/**
 * V8 doubles the young generation whenever much of a collection survives, and a lint keeps its
 * model and findings as it goes: on the main thread it grew to 16 MB semi-spaces for nothing. Kept
 * at the size it has once the linter is loaded, peak memory is 13–30 MB lower and the 5 MB bench
 * rows 15–25 ms faster (5 MB, a finding on every workload: 131 → 103 MB). The growth factor is read
 * whenever the young generation could grow, so setting it now takes effect. Only on V8 versions
 * known to have the flag (V8 prints an error for an unknown one); the worker gets the default back
 * (runOnWorker): its young generation is bounded, and without growth a 50 MB lint was 8% slower.
 */
export function keepYoungGenerationSmall(): void {
  semiSpaceGrowthFactor(1);
}

/** V8 12 and 13 (Node 22 to 24; measured on 13.6). The flag is older (Node 20's V8 11.3 has it), but a later V8 is not assumed to. */
const KNOWN_V8 = /^1[23]\./;

function semiSpaceGrowthFactor(factor: number): void {
  if (KNOWN_V8.test(process.versions.v8)) setFlagsFromString(`--semi-space-growth-factor=${factor}`);
}

function runOnWorker(entry: URL, argv: string[], data: WorkerData): Promise<number> {
  semiSpaceGrowthFactor(2);
  // The head moves to the worker without a copy when it owns its buffer.
  const head = data.stdinHead;
  const transferList = head && head.byteOffset === 0 && head.byteLength === head.buffer.byteLength ? [head.buffer as ArrayBuffer] : [];
  return new Promise((resolve) => {
    const worker = new Worker(entry, { argv, workerData: data, transferList, stdin: data.stdinRest, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const stdin = data.stdinRest ? worker.stdin : null;
    if (stdin) process.stdin.pipe(stdin);
    worker.on("error", (error: Error & { code?: string }) => {
      // Out of memory is the input's size, not a bug; anything else is reported like the CLI's own internal errors.
      const message = error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "the inputs are too large for the memory available (see docs/limits.md)" : `internal error: ${error.message}`;
      process.stderr.write(`litellm-preflight: ${message}\n`);
      resolve(2);
    });
    worker.on("exit", (code) => {
      if (stdin) process.stdin.unpipe(stdin).destroy();
      resolve(code);
    });
  });
}
