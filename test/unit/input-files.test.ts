/** Reading input files: refusals, and the bytes a worker takes from the main thread (src/cli/worker.ts). */
import { spawn, spawnSync } from "node:child_process";
import { chownSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MessageChannel } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { namedInputBytes } from "../../src/cli/offload.ts";
import { namedValuesBytes } from "../../src/cli/lint-args.ts";
import { filesReceived, sendFiles } from "../../src/cli/worker.ts";
import { readInputText, readManifestFile, replaceFile, takeFilesFrom, WRITE_BUFFER_BYTES, writeOutput } from "../../src/io/files.ts";
import { COPY_DOCUMENTS_BELOW } from "../../src/inputs/manifests.ts";
import { scratch } from "../support/cli.ts";

afterEach(() => takeFilesFrom(undefined));

describe("reports written in pieces", () => {
  it("write every piece's UTF-8, whatever the pieces' sizes and the buffer's edges", () => {
    const dir = scratch({ "old.sarif": "x".repeat(WRITE_BUFFER_BYTES * 8) });
    const cases: string[][] = [
      [],
      ["", "a", ""],
      // Small pieces across many buffers, with characters of 2, 3 and 4 bytes (and a lone surrogate) near the edges.
      Array.from({ length: 5000 }, (_, i) => `${i}é…😀`.repeat(1 + (i % 7))),
      // Pieces of about a buffer, just over it, and far over it, between small ones.
      ["{", "x".repeat(WRITE_BUFFER_BYTES - 1), "é", "y".repeat(WRITE_BUFFER_BYTES), "…".repeat(WRITE_BUFFER_BYTES / 2), "z", "\ud800".repeat(3), "w".repeat(WRITE_BUFFER_BYTES * 5), "}"],
      // A piece that fits only counted (three bytes a character would not): ASCII of half a buffer, after a few bytes.
      ["ab", "c".repeat(WRITE_BUFFER_BYTES / 2), "d".repeat(WRITE_BUFFER_BYTES / 2 - 2), "e"],
      Array.from({ length: 40 }, (_, i) => "ab…".repeat(1000 + i * 997)),
    ];
    for (const pieces of cases) {
      // Over an older, longer report: nothing of it stays.
      writeOutput(join(dir, "old.sarif"), pieces, "-o old.sarif");
      expect(readFileSync(join(dir, "old.sarif"))).toEqual(Buffer.from(pieces.join(""), "utf8"));
    }
  });

  it("write a report given whole over a longer one, into a new file, and to a device, which is not cut to length", () => {
    const dir = scratch({ "old.json": "x".repeat(100_000) });
    writeOutput(join(dir, "old.json"), '{"findings": []}\n', "-o old.json");
    expect(readFileSync(join(dir, "old.json"), "utf8")).toBe('{"findings": []}\n');
    writeOutput(join(dir, "new.json"), ["{", "}"], "-o new.json");
    expect(readFileSync(join(dir, "new.json"), "utf8")).toBe("{}");
    if (process.platform !== "win32") expect(() => writeOutput("/dev/null", ["a".repeat(1000)], "-o /dev/null")).not.toThrow();
  });

  it("name the report in a refusal", () => {
    expect(() => writeOutput("/nonexistent-dir/out.sarif", ["a"], "-o out.sarif")).toThrow("-o out.sarif: cannot write the file");
  });
});

describe("--fix writes", () => {
  it("leave a file that changed since it was read as it is, and keep its byte-order mark", async () => {
    const dir = scratch({ "v.yaml": "\ufeffa: true\n" });
    const path = join(dir, "v.yaml");
    await replaceFile(path, 'a: "true"\n', "a: true\n", "--fix v.yaml");
    expect(readFileSync(path, "utf8")).toBe('\ufeffa: "true"\n');
    // An editor saved the file during the run: the fix made from the old text is not written over it.
    writeFileSync(path, 'a: "true"\nb: added by the user\n');
    await expect(replaceFile(path, 'a: "true"\n', 'a: "true"\n', "--fix v.yaml")).rejects.toThrow("--fix v.yaml: the file changed since it was read; it was not fixed (run again)");
    expect(readFileSync(path, "utf8")).toBe('a: "true"\nb: added by the user\n');
  });

  it.skipIf(process.getuid?.() !== 0)("keep the file's owner when run as root (a container on a user's files)", async () => {
    const dir = scratch({ "v.yaml": "a: true\n" });
    const path = join(dir, "v.yaml");
    chownSync(path, 1234, 2345);
    await replaceFile(path, 'a: "true"\n', "a: true\n", "--fix v.yaml");
    expect(statSync(path)).toMatchObject({ uid: 1234, gid: 2345 });
  });
});

describe("input files", () => {
  it("refuses a file with a NUL byte anywhere, not only near its start", () => {
    const dir = scratch({ "m.yaml": `${"a: b\n".repeat(100_000)}c: \0\n` });
    expect(() => readInputText(join(dir, "m.yaml"), "manifest file m.yaml")).toThrow("manifest file m.yaml is binary (it contains NUL bytes)");
  });

  it("refuses a manifest with a NUL byte, whether its control characters are listed or too many to list, ASCII or not", () => {
    const files = {
      "listed.yaml": `${"a: b\n".repeat(100_000)}c: \0\n`,
      "after-tabs.yaml": `a: "\t"\n`.repeat(10).concat("c: \0\n"),
      "too-many.yaml": `${"a: b\r\n".repeat(5000)}c: \0\n`,
      "not-ascii.yaml": `a: é\n\tc: \0\n`,
    };
    const dir = scratch(files);
    for (const name of Object.keys(files)) expect(() => readManifestFile(join(dir, name), name, `manifest file ${name}`), name).toThrow(`manifest file ${name} is binary (it contains NUL bytes)`);
    // Control characters other than a NUL are no such file.
    const clean = scratch({ "tabs.yaml": `a: "\t"\r\n`.repeat(10) });
    expect(readManifestFile(join(clean, "tabs.yaml"), "tabs.yaml", "manifest file tabs.yaml").controlCharacters).toHaveLength(20);
  });

  it("reads a manifest with where it holds control characters when it is ASCII, and its bytes when it is small", () => {
    const big = `kind: A\nname: ${"x".repeat(COPY_DOCUMENTS_BELOW)}\n`;
    const dir = scratch({ "plain.yaml": "kind: A\n", "tabs.yaml": "kind: A\n\tx: 1\r\n", "crlf.yaml": "a: b\r\n".repeat(5000), "utf8.yaml": "kind: é\t\n", "bom.yaml": "\ufeffkind: A\n", "big.yaml": big });
    const read = (name: string) => {
      const { text, bytes, controlCharacters } = readManifestFile(join(dir, name), name, `manifest file ${name}`);
      return { text: text.length, bytes: bytes?.length, controlCharacters };
    };
    expect(read("plain.yaml")).toEqual({ text: 8, bytes: 8, controlCharacters: [] });
    expect(read("tabs.yaml")).toEqual({ text: 15, bytes: 15, controlCharacters: [8, 13] });
    // A CR on every line: too many to list, each document is looked at.
    expect(read("crlf.yaml")).toEqual({ text: 30_000, bytes: 30_000, controlCharacters: undefined });
    // Not one byte per character: the text alone.
    expect(read("utf8.yaml")).toEqual({ text: 9, bytes: undefined, controlCharacters: undefined });
    expect(read("bom.yaml")).toEqual({ text: 8, bytes: undefined, controlCharacters: undefined });
    // Too big to be copied from (a worker reads it): no bytes kept.
    expect(read("big.yaml")).toEqual({ text: big.length, bytes: undefined, controlCharacters: [] });
  });

  it("takes bytes given for a path when they are as many as the file has, and reads the file otherwise", () => {
    const dir = scratch({ "same-size.yaml": "a: 1\n", "other-size.yaml": "a: 1\n" });
    const given = new Map([
      [join(dir, "same-size.yaml"), new TextEncoder().encode("b: 2\n")],
      [join(dir, "other-size.yaml"), new TextEncoder().encode("b: 22\n")],
    ]);
    takeFilesFrom((path) => given.get(path));
    expect(readInputText(join(dir, "same-size.yaml"), "values file")).toBe("b: 2\n");
    expect(readInputText(join(dir, "other-size.yaml"), "values file")).toBe("a: 1\n");
    // Refusals stand: given bytes with a NUL byte are binary too.
    given.set(join(dir, "same-size.yaml"), new TextEncoder().encode("b:\0\n\n"));
    expect(() => readInputText(join(dir, "same-size.yaml"), "values file")).toThrow("is binary");
  });

  it("hands the input files from the main thread to the worker by path, each once, leaving out what the worker must read itself", () => {
    const dir = scratch({ "big.yaml": "kind: List\n".repeat(1000), "small.yaml": "a: 1\n" });
    mkdirSync(join(dir, "a-directory"));
    const { port1, port2 } = new MessageChannel();
    const sent = new Int32Array(new SharedArrayBuffer(4));
    const paths = ["big.yaml", "missing.yaml", "a-directory", "small.yaml"].map((name) => join(dir, name));
    sendFiles({ paths, maxBytes: 100 * 1000 }, port1, sent);
    expect(Atomics.load(sent, 0)).toBe(1);

    const take = filesReceived({ port: port2, sent });
    expect(new TextDecoder().decode(take(join(dir, "small.yaml")))).toBe("a: 1\n");
    expect(new TextDecoder().decode(take(join(dir, "big.yaml")))).toBe("kind: List\n".repeat(1000));
    for (const name of ["missing.yaml", "a-directory", "small.yaml"]) expect(take(join(dir, name))).toBeUndefined();
  });

  it("reads a pipe named as a file (-m <(helm template …)) whole, and refuses one past the limit", async () => {
    const dir = scratch({});
    // 3 MB: the buffer it is read into starts at 1 MiB and grows twice.
    const text = "kind: List\nitems: []\n# é€😀\n".repeat(100_000);
    writeFileSync(join(dir, "rendered.yaml"), text);
    const fifo = join(dir, "rendered.fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    for (const [maxBytes, expected] of [
      [10 * text.length, text],
      [text.length - 1, `manifest file rendered.fifo has more than ${text.length - 1} bytes`],
    ] as const) {
      // A writer in another process: opening a pipe waits for one.
      const writer = spawn("sh", ["-c", "cat rendered.yaml > rendered.fifo"], { cwd: dir, stdio: "ignore" });
      const written = new Promise((resolve) => writer.on("close", resolve));
      let got: string;
      try {
        got = readInputText(fifo, "manifest file rendered.fifo", maxBytes);
      } catch (error) {
        got = (error as Error).message.split(" (")[0]!;
      }
      await written;
      expect(got).toBe(expected);
    }
  });

  it("sends nothing over the size limit", () => {
    const dir = scratch({ "over.yaml": "x".repeat(200) });
    const { port1, port2 } = new MessageChannel();
    const sent = new Int32Array(new SharedArrayBuffer(4));
    sendFiles({ paths: [join(dir, "over.yaml")], maxBytes: 199 }, port1, sent);
    expect(filesReceived({ port: port2, sent })(join(dir, "over.yaml"))).toBeUndefined();
  });

  it("guesses a lint's input size from the files it names, before the linter loads", () => {
    const dir = scratch({ "m.yaml": "a".repeat(1000), "v.yaml": "b".repeat(10), "c.yaml": "c".repeat(100), "out.sarif": "x".repeat(5000) });
    expect(namedInputBytes(["lint", "-m", "m.yaml", "-f", "v.yaml", "--budgets-config", "c.yaml"], dir)).toBe(1110);
    expect(namedInputBytes(["lint", "--manifests=m.yaml", "--values=v.yaml", "--manifests", "m.yaml"], dir)).toBe(2010);
    // Not counted: a missing file, a positional values file, an output file.
    expect(namedInputBytes(["lint", "-m", "missing.yaml", "v.yaml", "-o", "out.sarif"], dir)).toBe(0);
    // stdin may be any size; other commands read no inputs.
    expect(namedInputBytes(["lint", "-m", "m.yaml", "-m", "-"], dir)).toBe(0);
    expect(namedInputBytes(["rules", "-m", "m.yaml"], dir)).toBe(0);
  });

  it("sums the values files a lint names, positional or -f, for the choice of TurboFan (v8-tuning.ts)", () => {
    const dir = scratch({ "m.yaml": "a".repeat(1000), "v.yaml": "b".repeat(10), "w.yaml": "c".repeat(100), "out.sarif": "x".repeat(5000) });
    expect(namedValuesBytes(["lint", "v.yaml", "-f", "w.yaml", "--values=v.yaml,w.yaml", "-m", "m.yaml", "-o", "out.sarif", "--format", "sarif"], dir)).toBe(220);
    expect(namedValuesBytes(["lint", "-m", "m.yaml", "missing.yaml"], dir)).toBe(0);
    // A command that does not parse is left to say so; another command names no values files.
    expect(namedValuesBytes(["lint", "--no-such-option", "v.yaml"], dir)).toBe(0);
    expect(namedValuesBytes(["rules", "v.yaml"], dir)).toBe(0);
  });
});
