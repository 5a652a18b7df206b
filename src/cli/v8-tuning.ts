/**
 * V8 settings for a lint on the main thread (offload.ts), set once the linter has loaded, and V8's
 * defaults back for the worker (worker.ts) and before the run's code is cached. Node built-ins only.
 *
 * - The young generation stops growing. V8 doubles it whenever much of a collection survives, and a
 *   lint keeps its model and findings as it goes: on the main thread it grew to 16 MB semi-spaces
 *   for nothing. Kept at the size it has once the linter is loaded, peak memory is 13–30 MB lower
 *   and the 5 MB bench rows 15–25 ms faster (5 MB, a finding on every workload: 131 → 103 MB). The
 *   growth factor is read whenever the young generation could grow, so setting it now takes effect.
 * - No TurboFan on V8 13 (TURBOFAN_OFF_V8), unless the values files are big (TURBOFAN_VALUES_BYTES): Maglev's code only. The
 *   main thread lints less than 8 MiB, a few hundred milliseconds of manifests at most, and
 *   TurboFan's compile of the line reader alone took 30 ms, most of
 *   CodeMie's 200-release render (2.2 MB); without it that render lints 10% faster as a process
 *   (123 → 110 ms, interleaved medians), a lint of values and a 200 KB render 5 ms faster, and the 5
 *   MB rows no slower. The worker, with inputs from 8 MiB on, keeps TurboFan: without it a 50 MB
 *   lint took 35% longer.
 * - Scavenges on this thread alone: the young generation's 1 MB takes longer to share out among
 *   helper threads than to collect (5 MB, a finding on every workload: 312 → 301 ms, none: 209 →
 *   202 ms, 21 interleaved runs). The worker's 8 MB semi-spaces gain from the helpers.
 *
 * Only on V8 versions known to have the flags (V8 prints an error for an unknown one).
 */
import { setFlagsFromString } from "node:v8";

export function tuneForShortRun({ turbofan }: { turbofan: boolean }): void {
  setFlags("--semi-space-growth-factor=1", "--no-parallel-scavenge");
  if (!turbofan && TURBOFAN_OFF_V8.test(process.versions.v8)) setFlags("--no-turbofan");
}

/**
 * Values files that take TurboFan's code to read fast: `yaml` reads them, some 30 times slower per
 * byte than the line reader reads manifests, and from about this size a run is long enough for
 * TurboFan's code to pay (a 2.6 MB values file: 1.51 s with it, 1.61 s without; 1 MB: 593 ms without
 * it, 625 ms with it).
 */
export const TURBOFAN_VALUES_BYTES = 1024 * 1024;

/**
 * V8's defaults back: for the worker (see above), and after a run, since V8 refuses code cached with
 * flags other than those a run starts with (see linter-bundle.ts).
 */
export function restoreV8Defaults(): void {
  setFlags("--semi-space-growth-factor=2", "--parallel-scavenge");
  if (TURBOFAN_OFF_V8.test(process.versions.v8)) setFlags("--turbofan");
}

/** V8 12 and 13 (Node 22 to 24; measured on 13.6). The flags are older (Node 20's V8 11.3 has them), but a later V8 is not assumed to. */
const KNOWN_V8 = /^1[23]\./;

/**
 * Where TurboFan is turned off: V8 13 (Node 24). On 12.4 (Node 22.19) TurboFan turned off and on
 * again leaves V8's hash of its flags changed, and every run refused the code cache the run before
 * had made (then compiled the linter as it went, and wrote the cache again).
 */
const TURBOFAN_OFF_V8 = /^13\./;

function setFlags(...flags: string[]): void {
  if (KNOWN_V8.test(process.versions.v8)) for (const flag of flags) setFlagsFromString(flag);
}
