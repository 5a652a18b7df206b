import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/cli/std-streams.ts
var watched = /* @__PURE__ */ new WeakSet();
var stdoutFailed = false;
function writeFailed() {
  return stdoutFailed;
}
function streamsUsed() {
  return streamUsed;
}
var streamUsed = false;
function guarded(stream) {
  if (watched.has(stream)) return stream;
  watched.add(stream);
  streamUsed = true;
  stream.on("error", (error) => {
    if (error.code === "EPIPE") return;
    process.exitCode = 2;
    if (stream === process.stdout && !stdoutFailed) guarded(process.stderr).write(`litellm-preflight: cannot write the report to stdout: ${error.code === "ENOSPC" ? "no space left on the device" : error.code ?? "failed"}
`);
    stdoutFailed ||= stream === process.stdout;
  });
  return stream;
}

export {
  writeFailed,
  streamsUsed,
  guarded
};
