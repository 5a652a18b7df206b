/**
 * Everything a command other than `--version` and `--help` does, from main.ts: main.ts loads this
 * module from dist/linter.cjs, whose compiled code is cached across runs (linter-bundle.ts), or, run
 * from the sources, imports it. `entry` is main.ts's own URL: big inputs run it again on a worker
 * thread (see worker.ts).
 */
import { guarded, streamsUsed, writeFailed } from "./std-streams.ts";

/**
 * What the run was: whether the lint ran on this thread (not on a worker), and with findings. The
 * code cache (main.ts) is written by the thread that ran it, for its kind of run, before `end`
 * (which ends a worker's thread).
 */
export interface Launched {
  ranHere: boolean;
  findings: boolean;
  end: () => void;
}

export async function launch(args: string[], entry: URL): Promise<Launched> {
  const { commandOf, tuneForShortRun, offloadTo, restoreV8Defaults, TURBOFAN_VALUES_BYTES } = await import("./offload.ts");
  const { command, onWorker } = commandOf(args);
  const { namedValuesBytes, namesChart } = await import("./lint-args.ts");
  const worker = onWorker ? (await import("./worker.ts")).handedOver() : undefined;
  // Made before the linter loads when the named files are big (see offloadTo).
  const offload = worker ? undefined : await offloadTo(entry, command, process.cwd());
  // `lint --chart`: helm renders while the linter loads (see early-helm.ts); with big inputs the worker renders.
  const early = offload && !offload.bigInputs && namesChart(command) ? (await import("./early-helm.ts")).startHelmEarly(command.slice(1), process.cwd(), process.env) : undefined;
  const { runCli } = await import("./run.ts");
  if (worker?.ready() === false) {
    // Made early, and the main thread ran the command itself.
    return { ranHere: false, findings: false, end: () => worker.done(0) };
  }
  const launched: Launched = {
    ranHere: true,
    findings: false,
    end: () => {
      if (worker) worker.done(process.exitCode as number);
      // Ended at once when nothing is left to flush (reports went to files): letting Node take down a lint's heap
      // took 1.7-1.8 ms more (5 MB of manifests: 158.2 -> 156.5 ms). Output to stdout or stderr may be in flight
      // (pipes are asynchronous on macOS), so a run that wrote any ends as usual.
      else if (launched.ranHere && !streamsUsed()) process.exit();
    },
  };
  // After loading the linter: its start-up allocations still grow the young generation as usual.
  if (!worker) tuneForShortRun({ turbofan: namedValuesBytes(command, process.cwd()) >= TURBOFAN_VALUES_BYTES });
  const code = await runCli(command, {
    cwd: process.cwd(),
    env: process.env,
    // On the worker, stdout is a pipe to the main thread: colours follow the terminal behind it.
    get stdout() {
      return worker ? Object.assign(guarded(process.stdout), { isTTY: worker.stdoutIsTTY }) : guarded(process.stdout);
    },
    get stderr() {
      return guarded(process.stderr);
    },
    get stdin() {
      return process.stdin;
    },
    ...(offload ? { offload: { ...offload, run: (...args) => ((launched.ranHere = false), offload.run(...args)) } } : {}),
    ...(worker?.files ? { readBefore: worker.files } : {}),
    ...(worker?.stdin ? { stdinBefore: worker.stdin } : {}),
    ...(early ? { helmStarted: early } : {}),
    linted: (findings) => (launched.findings = findings > 0),
  });
  // A failed write to stdout is exit 2, also when it failed before the run ended (a worker's output).
  process.exitCode = writeFailed() ? 2 : code;
  offload?.dispose();
  // Taken by the run and ended, or not taken (an error before the chart, a worker).
  early?.stop();
  if (!worker) restoreV8Defaults();
  return launched;
}
