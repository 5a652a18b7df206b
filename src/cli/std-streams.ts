/**
 * process.stdout and process.stderr, watched for write errors from their first use on. Node makes
 * each stream when it is first asked for (1-3 ms, a pipe's socket more): they are asked for when
 * written to, here or by a worker (whose output goes through them), so a run that writes neither
 * (a SARIF or JSON report to a file) does without them. Node built-ins only.
 */
const watched = new WeakSet<NodeJS.WriteStream>();
let stdoutFailed = false;

/** Whether a write to stdout failed (other than a reader gone, EPIPE): the run's exit code is then 2, whatever it found. */
export function writeFailed(): boolean {
  return stdoutFailed;
}

/** Whether stdout or stderr was asked for: a run that wrote neither has no output in flight when it ends. */
export function streamsUsed(): boolean {
  return streamUsed;
}

let streamUsed = false;

export function guarded(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (watched.has(stream)) return stream;
  watched.add(stream);
  streamUsed = true;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    // A reader that stops early (`| head`) closes the pipe: the run still ends with its own exit code, and no trace.
    if (error.code === "EPIPE") return;
    process.exitCode = 2;
    // A full disk or a broken device under stdout: said on stderr, once (stderr's own failure cannot be).
    if (stream === process.stdout && !stdoutFailed) guarded(process.stderr).write(`litellm-preflight: cannot write the report to stdout: ${error.code === "ENOSPC" ? "no space left on the device" : (error.code ?? "failed")}\n`);
    stdoutFailed ||= stream === process.stdout;
  });
  return stream;
}
