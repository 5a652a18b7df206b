/**
 * The main thread's young generation, kept small (offload.ts), and the worker's, let grow
 * (worker.ts). Node built-ins only.
 */
import { setFlagsFromString } from "node:v8";

/**
 * V8 doubles the young generation whenever much of a collection survives, and a lint keeps its
 * model and findings as it goes: on the main thread it grew to 16 MB semi-spaces for nothing. Kept
 * at the size it has once the linter is loaded, peak memory is 13–30 MB lower and the 5 MB bench
 * rows 15–25 ms faster (5 MB, a finding on every workload: 131 → 103 MB). The growth factor is read
 * whenever the young generation could grow, so setting it now takes effect. Only on V8 versions
 * known to have the flag (V8 prints an error for an unknown one); the worker gets the default back
 * (worker.ts): its young generation is bounded, and without growth a 50 MB lint was 8% slower.
 */
export function keepYoungGenerationSmall(): void {
  semiSpaceGrowthFactor(1);
}

/**
 * V8's default back: for the worker (see above), and after a run, since V8 refuses code cached with
 * flags other than those a run starts with (see linter-bundle.ts).
 */
export function restoreYoungGenerationGrowth(): void {
  semiSpaceGrowthFactor(2);
}

/** V8 12 and 13 (Node 22 to 24; measured on 13.6). The flag is older (Node 20's V8 11.3 has it), but a later V8 is not assumed to. */
const KNOWN_V8 = /^1[23]\./;

function semiSpaceGrowthFactor(factor: number): void {
  if (KNOWN_V8.test(process.versions.v8)) setFlagsFromString(`--semi-space-growth-factor=${factor}`);
}
