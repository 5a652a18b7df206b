/**
 * The stopwatch of `npm run bench` (scripts/bench.ts): reads `{ commands, runs }` as JSON on stdin,
 * runs the commands one after another, `runs` rounds, and prints the wall time of each run (and
 * its peak RSS, for a command that writes it to fd 3) as JSON. A process of its own that holds
 * nothing: starting a process copies the page tables of the one that starts it, and the bench,
 * which holds its inputs and lints some of them in process, added 4–9 ms to each process it timed
 * (`node -e 0`: 29 ms against 24 from a small process), counted against the shorter of the two.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

export interface TimedCommand {
  program: string;
  args: string[];
  /** A file written to the command's stdin through a pipe, as `helm template … |` does. */
  stdinFile?: string;
  /** The command writes its peak RSS in KiB to fd 3 (the bench's wrapper of the CLI). */
  rssOnFd3?: boolean;
}

export interface Sample {
  ms: number;
  rss?: number;
}

const { commands, runs } = JSON.parse(readFileSync(0, "utf8")) as { commands: TimedCommand[]; runs: number };
const inputs = commands.map((command) => (command.stdinFile === undefined ? undefined : readFileSync(command.stdinFile)));
const samples = commands.map((): Sample[] => []);
for (let run = 0; run < runs; run++) {
  commands.forEach((command, i) => {
    const input = inputs[i];
    const stdio = [input ? "pipe" : "ignore", "ignore", "pipe", ...(command.rssOnFd3 ? ["pipe"] : [])] as ("pipe" | "ignore")[];
    const start = performance.now();
    const child = spawnSync(command.program, command.args, { stdio, ...(input ? { input } : {}), maxBuffer: 1 << 24 });
    const ms = performance.now() - start;
    // A lint with findings exits 1 by design.
    if (child.status !== 0 && child.status !== 1) {
      process.stderr.write(`${command.program} ${command.args.join(" ")} exited ${child.status}: ${String(child.stderr).slice(0, 500)}\n`);
      process.exit(2);
    }
    samples[i]!.push(command.rssOnFd3 ? { ms, rss: Number(String(child.output[3])) * 1024 } : { ms });
  });
}
process.stdout.write(JSON.stringify(samples));
