/** Reading stdin before a run is placed (src/io/stdin.ts): the head that decides, and all of it for a worker. */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { readHead, readRest, release } from "../../src/io/stdin.ts";

/** A stream that gives `chunks` one by one, each in its own turn of the event loop. */
function trickle(chunks: Buffer[]): PassThrough {
  const stream = new PassThrough();
  (async () => {
    for (const chunk of chunks) {
      await new Promise((resolve) => setImmediate(resolve));
      if (stream.destroyed) return;
      stream.write(chunk);
    }
    stream.end();
  })();
  return stream;
}

/** Text with characters of one to four UTF-8 bytes, cut into chunks at random byte offsets (characters split across chunks). */
function randomChunks(seed: number): { bytes: Buffer; chunks: Buffer[] } {
  let state = seed;
  // A 32-bit LCG, its high bits used (its low bits repeat after a few steps).
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const alphabet = ["a", "-", " ", "\n", "é", "€", "😀", "k: v\n"];
  // Up to about 2.7 MB: the buffer, which starts at 1 MiB, grows twice.
  const characters: string[] = [];
  for (let i = 0, n = 2_000 + next(1_200_000); i < n; i++) characters.push(alphabet[next(alphabet.length)]!);
  const bytes = Buffer.from(characters.join(""));
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + next(100_000);
    // Each chunk owns its memory, as a pipe's chunks mostly do.
    chunks.push(Buffer.from(bytes.subarray(at, at + size)));
    at += size;
  }
  return { bytes, chunks };
}

/** Whether a chunk ends inside a character (the next one holds the rest of it). */
const cutsACharacter = (next: Buffer | undefined) => next !== undefined && (next[0]! & 0xc0) === 0x80;

describe("stdin for a worker", () => {
  it("reads all of a stream after its head into one buffer, whatever the chunks and the head's size", async () => {
    let cuts = 0;
    for (let seed = 1; seed <= 15; seed++) {
      const { bytes, chunks } = randomChunks(seed);
      cuts += chunks.filter((_, i) => cutsACharacter(chunks[i + 1])).length;
      const stream = trickle(chunks);
      const headBytes = [0, 1, 1000, 65_536, bytes.length + 1][seed % 5]!;
      const { head, ended } = await readHead(stream, headBytes);
      expect(ended).toBe(headBytes > bytes.length);
      // A small head is a slice of Node's shared pool.
      const ownsItsBuffer = head.byteLength === head.buffer.byteLength;
      const headLength = head.length;
      const all = await readRest(stream, head, 10 * bytes.length);
      expect(all.equals(bytes)).toBe(true);
      // The head was copied and let go, unless letting go would take its pool neighbours' bytes.
      expect(head.length).toBe(ownsItsBuffer ? 0 : headLength);
    }
    // Characters were cut between chunks: the UTF-8 check waits for the rest of them.
    expect(cuts).toBeGreaterThan(50);
  });

  it("stops at the limit, one chunk in, and lets the writer know (the stream is destroyed)", async () => {
    const stream = trickle([Buffer.alloc(1000, 97), Buffer.alloc(1000, 98), Buffer.alloc(1000, 99)]);
    const head = await readHead(stream, 1);
    const all = await readRest(stream, head.head, 1500);
    expect(all.toString()).toBe(`${"a".repeat(1000)}${"b".repeat(500)}`);
    expect(stream.destroyed).toBe(true);
  });

  it("stops after the first chunk with a NUL byte: binary input is refused whatever follows", async () => {
    const stream = trickle([Buffer.from("a: 1\n".repeat(500)), Buffer.from("b: \0\n".repeat(500)), Buffer.from("never read\n".repeat(500))]);
    const head = await readHead(stream, 1);
    const all = await readRest(stream, head.head, 1 << 20);
    expect(all.toString()).toBe(`${"a: 1\n".repeat(500)}${"b: \0\n".repeat(500)}`);
    expect(stream.destroyed).toBe(true);
  });

  it("stops after the first chunk that is not UTF-8, so that it is refused as that and not as too big", async () => {
    const bad = Buffer.concat([Buffer.from("a: é\n".repeat(300)), Buffer.from([0x62, 0x3a, 0x20, 0xff, 0x0a])]);
    const stream = trickle([Buffer.from("a: 1\n".repeat(500)), bad, Buffer.from("never read\n".repeat(500))]);
    const head = await readHead(stream, 1);
    const all = await readRest(stream, head.head, 1 << 20);
    expect(all.equals(Buffer.concat([Buffer.from("a: 1\n".repeat(500)), bad]))).toBe(true);
    expect(stream.destroyed).toBe(true);
  });

  it("reads nothing more when the head is already at the limit or binary", async () => {
    for (const [head, limit] of [
      [Buffer.from("a: 1\n".repeat(20)), 100],
      [Buffer.from(`\0${"a".repeat(99)}`), 1000],
    ] as const) {
      const stream = new PassThrough();
      stream.write("not read\n");
      const all = await readRest(stream, Buffer.from(head), limit);
      expect(all.toString()).toBe(head.toString());
      expect(stream.readableLength).toBe("not read\n".length);
    }
  });

  it("grows its buffer no further than the limit", async () => {
    const limit = (1 << 20) + 10;
    const stream = trickle([Buffer.alloc(1 << 20, 97), Buffer.alloc(100, 98)]);
    const head = await readHead(stream, 1);
    const all = await readRest(stream, head.head, limit);
    expect(all.length).toBe(limit);
    // Doubling the first 1 MiB would have made 2 MiB.
    expect(all.buffer.byteLength).toBe(limit);
  });

  it("rejects when the stream fails", async () => {
    const stream = new PassThrough();
    const reading = readRest(stream, Buffer.from("a: 1\n"), 1000);
    stream.destroy(new Error("EIO: i/o error, read"));
    await expect(reading).rejects.toThrow("EIO: i/o error, read");
  });

  it("frees only bytes that are all of their buffer, or that the caller owns whole", () => {
    const owned = Buffer.allocUnsafeSlow(10_000);
    release(owned);
    expect(owned.length).toBe(0);
    // Small buffers share Node's pool: detaching one would take its neighbours' bytes with it.
    let [pooled, neighbour] = [Buffer.from("pooled"), Buffer.from("neighbour")];
    // The pool may have filled between the two: the next two come from a fresh one.
    if (pooled.buffer !== neighbour.buffer) [pooled, neighbour] = [Buffer.from("pooled"), Buffer.from("neighbour")];
    expect(pooled.buffer).toBe(neighbour.buffer);
    release(pooled);
    expect([pooled.toString(), neighbour.toString()]).toEqual(["pooled", "neighbour"]);
    // A view of part of a buffer its caller owns whole (what a worker was handed).
    const handed = Buffer.allocUnsafeSlow(100).subarray(0, 10);
    release(handed, true);
    expect(handed.buffer.byteLength).toBe(0);
  });
});
