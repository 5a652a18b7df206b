/** Locale-independent string order (deterministic everywhere, and no ICU collator to load at start-up). */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
