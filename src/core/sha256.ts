/**
 * Layer `core`. SHA-256 for SARIF fingerprints and the live phase's key hashes. `node:crypto` is
 * loaded on the first hash: it takes about 5 ms to load, which a lint with no result and no live
 * phase does not spend.
 */
import { createRequire } from "node:module";

let hash: typeof import("node:crypto").hash | undefined;

/** Lowercase hex SHA-256 of the text's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  hash ??= (createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto")).hash;
  return hash("sha256", text, "hex");
}
