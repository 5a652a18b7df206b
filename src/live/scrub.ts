/** Keys never leave the live phase: hashing for URLs, and scrubbing of any text we show. */
import { maskKeyTokens } from "../core/secrets.ts";
import { sha256Hex } from "../core/sha256.ts";

export const REDACTED = "[redacted]";

/** Replaces every known secret (raw keys, their hashes) and anything shaped like a key or a hash. */
export class Scrubber {
  private readonly secrets: string[] = [];

  add(secret: string | undefined): void {
    if (!secret || secret.length < 4) return;
    for (const form of [secret, sha256Hex(secret)]) if (!this.secrets.includes(form)) this.secrets.push(form);
    this.secrets.sort((a, b) => b.length - a.length);
  }

  /** A hash that is a secret in itself (an integration key's token found by alias). */
  addHash(hash: string): void {
    if (hash.length >= 16 && !this.secrets.includes(hash)) this.secrets.push(hash);
    this.secrets.sort((a, b) => b.length - a.length);
  }

  scrub(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED);
    // Shapes: LiteLLM / OpenAI-style keys and 64-hex hashes, whoever they belong to.
    return maskKeyTokens(out, REDACTED).replace(/\b[0-9a-fA-F]{64}\b/g, REDACTED);
  }
}
