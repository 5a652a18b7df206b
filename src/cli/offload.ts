/**
 * Whether a lint runs on a worker thread (worker.ts), decided with Node built-ins only: this module
 * loads on every lint, worker.ts and node:worker_threads (about 2 ms to load) only for a run that
 * goes to a worker, or on the worker itself. Below 8 MiB the worker's own start costs more memory
 * than it saves.
 */
import { inputBytes } from "../io/input-bytes.ts";
import type { StdinHead } from "../io/stdin.ts";
import type { CliIO } from "./run.ts";

export { tuneForShortRun, restoreV8Defaults, TURBOFAN_VALUES_BYTES } from "./v8-tuning.ts";

/** Inputs from this size on (files and stdin together, in bytes) go to the worker. */
export const WORKER_MIN_BYTES = 8 * 1024 * 1024;

/**
 * The last argument of a command run on a worker (offloadTo adds it): no argument a user gives can
 * hold a NUL, so the main thread never takes itself for a worker.
 */
export const ON_WORKER = "\0litellm-preflight-worker";

/** The command without the worker's mark, and whether it had one. */
export function commandOf(args: string[]): { command: string[]; onWorker: boolean } {
  const onWorker = args.at(-1) === ON_WORKER;
  return { command: onWorker ? args.slice(0, -1) : args, onWorker };
}

/**
 * For the main thread: runs the command (`entry` with `argv`) on a worker when the inputs are big.
 * When the files a lint names are big already, the worker is made at once: it starts (about 55 ms
 * with loading the linter) while this thread loads the linter and decides, then waits for the
 * decision. Not used, it ends without a word (dispose, or the process ending: it holds nothing open).
 */
export async function offloadTo(entry: URL, argv: string[], cwd: string): Promise<NonNullable<CliIO["offload"]> & { dispose: () => void; bigInputs: boolean }> {
  // Asked only when a worker starts: process.stdout is made on first use (see main.ts).
  const stdoutIsTTY = (): boolean => Boolean(process.stdout.isTTY);
  const bigInputs = namedInputBytes(argv, cwd) >= WORKER_MIN_BYTES;
  let early = bigInputs ? (await import("./worker.ts")).startWorker(entry, [...argv, ON_WORKER], { stdoutIsTTY: stdoutIsTTY() }, true) : undefined;
  const dispose = (): void => {
    early?.stop();
    early = undefined;
  };
  return {
    bigInputs,
    minBytes: WORKER_MIN_BYTES,
    run: async (stdin: StdinHead | undefined, files) => {
      const { startWorker } = await import("./worker.ts");
      const started = !stdin && early?.usable() ? early : startWorker(entry, [...argv, ON_WORKER], { stdoutIsTTY: stdoutIsTTY() }, false, stdin && { ...stdin, maxBytes: files.maxBytes });
      if (started !== early) dispose();
      early = undefined;
      return started.go(files);
    },
    dispose,
  };
}

/**
 * Bytes of the existing files that a lint's arguments name as manifests, values or a budgets
 * config (`-m FILE`, `--manifests=FILE`, …): a guess made before the linter loads, which the run's
 * own decision confirms or not. Positional values files are left out (they are small); a read of
 * stdin is never guessed big.
 */
export function namedInputBytes(argv: string[], cwd: string): number {
  if (argv[0] !== "lint" || argv.includes("-")) return 0;
  const paths: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    const joined = /^--(?:manifests|values|budgets-config)=(.+)$/.exec(arg);
    if (joined) paths.push(joined[1]!);
    else if (INPUT_FLAGS.has(argv[i - 1]!) && !arg.startsWith("-")) paths.push(arg);
  }
  return inputBytes(cwd, paths);
}

const INPUT_FLAGS = new Set(["-m", "--manifests", "-f", "--values", "--budgets-config"]);
