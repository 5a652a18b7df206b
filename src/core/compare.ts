import type { Severity } from "./types.ts";

/** Locale-independent string order (deterministic everywhere, and no ICU collator to load at start-up). */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most severe first: the order of sorted findings and of results kept under a cap. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };
