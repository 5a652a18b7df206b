/** Type guards for plain data read from YAML, JSON and HTTP answers. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
