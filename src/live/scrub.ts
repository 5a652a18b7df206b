/** Keys never leave the live phase: hashing for URLs, and scrubbing of any text we show. */
import { maskKeyTokens } from "../core/secrets.ts";
import { sha256Hex } from "../core/sha256.ts";

export const REDACTED = "[redacted]";

/** Replaces every known secret (raw keys, their hashes) and anything shaped like a key or a hash. */
export class Scrubber {
  private readonly secrets: string[] = [];
  /** Every secret, in any letter case (a redirect's host name comes back lower-cased), longest first. */
  private pattern: RegExp | undefined;

  add(secret: string | undefined): void {
    if (!secret || secret.length < 4) return;
    for (const form of [secret, sha256Hex(secret)]) this.remember(form);
  }

  /** A hash that is a secret in itself (an integration key's token found by alias). */
  addHash(hash: string): void {
    if (hash.length >= 16) this.remember(hash);
  }

  private remember(secret: string): void {
    if (this.secrets.includes(secret)) return;
    this.secrets.push(secret);
    this.secrets.sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(this.secrets.map((known) => known.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
  }

  scrub(text: string): string {
    const out = this.pattern ? text.replace(this.pattern, REDACTED) : text;
    // Shapes: LiteLLM / OpenAI-style keys and 64-hex hashes, whoever they belong to.
    return maskKeyTokens(out, REDACTED).replace(/\b[0-9a-fA-F]{64}\b/g, REDACTED);
  }
}
