import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  holdsDocuments,
  readStdinBytes
} from "./chunk-WIGNPISR.js";
import "./chunk-L6SKZPTU.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-JJJ5BOV3.js";
import "./chunk-NQUIDX5X.js";
import "./chunk-UAKUUDY6.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-47ZAMWHR.js";
import {
  UsageError
} from "./chunk-YI5XR4DP.js";
import "./chunk-T7WBHCFS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-BE7JI7H6.js";

// src/cli/post-render.ts
import { PassThrough } from "node:stream";
var POST_RENDER_HELP = `Usage: litellm-preflight post-render [VALUES...] [lint options]

A helm post-renderer: reads the rendered manifests on stdin, lints them with the values files and
--set flags given here (as helm was given them), writes the report to stderr, and passes the
manifests to stdout unchanged when the run passes. On a failure (--fail-on, --max-warnings) it
writes nothing to stdout and exits 1, so helm stops the release. Extra arguments can also come from
the environment variable LITELLM_PREFLIGHT_POST_RENDER_ARGS (split at white space).

  helm upgrade --install codemie ./chart -f prod.yaml \\
    --post-renderer litellm-preflight --post-renderer-args post-render \\
    --post-renderer-args=-f --post-renderer-args=prod.yaml

Takes the options of \`lint\` (see lint --help) except -m/--manifests: stdin is the manifests.
`;
async function postRender(argv, io, lint) {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout.write(POST_RENDER_HELP);
    return 0;
  }
  const fromEnv = io.env.LITELLM_PREFLIGHT_POST_RENDER_ARGS?.split(/\s+/).filter((arg) => arg !== "") ?? [];
  const args = [...fromEnv, ...argv];
  if (args.some((arg) => arg === "-m" || arg.startsWith("--manifests") || arg.startsWith("-m") && !arg.startsWith("--"))) throw new UsageError("post-render reads the manifests from stdin: drop -m/--manifests");
  const input = await readStdinBytes(io.stdin);
  if (!holdsDocuments(input.toString("utf8"))) {
    io.stdout.write(input);
    return 0;
  }
  const stdin = new PassThrough();
  stdin.end(input);
  const code = await lint([...args, "-m", "-"], { cwd: io.cwd, env: io.env, stdout: io.stderr, stderr: io.stderr, stdin, ...io.noUrlReason ? { noUrlReason: io.noUrlReason } : {} });
  if (code === 0) io.stdout.write(input);
  return code;
}
export {
  POST_RENDER_HELP,
  postRender
};
