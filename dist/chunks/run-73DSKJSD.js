import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  runCli
} from "./chunk-OLDC6IKT.js";
import {
  LINT_OPTIONS
} from "./chunk-BZVTSXD3.js";
import "./chunk-62ITEC6O.js";
import "./chunk-BQFNLNZJ.js";
import "./chunk-R4DYE6P6.js";
import "./chunk-RWM4WCZU.js";
import "./chunk-CFB6SWCT.js";
import "./chunk-YWQAKHHM.js";
import "./chunk-SGNCF3E6.js";
import "./chunk-XEQW7TWC.js";
import "./chunk-WIGNPISR.js";
import "./chunk-L6SKZPTU.js";
import "./chunk-ZTHYLWEB.js";
import "./chunk-JJJ5BOV3.js";
import "./chunk-NQUIDX5X.js";
import "./chunk-UAKUUDY6.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-47ZAMWHR.js";
import "./chunk-2FUTJC6X.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-T7WBHCFS.js";
import "./chunk-PZGEJKJL.js";
import "./chunk-BE7JI7H6.js";

// src/hook/run.ts
import { Writable } from "node:stream";

// src/hook/args.ts
var VALUE_OPTIONS = new Set(
  Object.entries(LINT_OPTIONS).flatMap(([name, option]) => option.type === "string" ? [`--${name}`, ..."short" in option ? [`-${option.short}`] : []] : [])
);
function splitHookArgs(argv) {
  const options = [];
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("-") && arg !== "-" && !isYamlFileName(arg)) {
      options.push(arg);
      if (!arg.includes("=") && VALUE_OPTIONS.has(arg) && i + 1 < argv.length) options.push(argv[++i]);
    } else {
      files.push(arg);
    }
  }
  return { options, files };
}
function hookCliArgs(options, file) {
  return ["lint", ...options, ...file === void 0 ? [] : ["--", file]];
}
function isYamlFileName(arg) {
  return !arg.includes("=") && /\.ya?ml$/i.test(arg);
}

// src/hook/run.ts
var Buffered = class extends Writable {
  text = "";
  _write(chunk, _encoding, callback) {
    this.text += chunk.toString();
    callback();
  }
};
var HOOK_OFFLINE = "the pre-commit hook is offline unless its args name the proxy (--litellm-url=\u2026); LITELLM_URL is ignored";
async function runHook(argv, io) {
  const { options, files } = splitHookArgs(argv);
  const env = { ...io.env };
  delete env.LITELLM_URL;
  let worst = 0;
  for (const file of files.length > 0 ? files : [void 0]) {
    const stdout = new Buffered();
    const code = await runCli(hookCliArgs(options, file), { ...io, env, stdout, noUrlReason: HOOK_OFFLINE });
    if (code !== 0 || !stdout.text.includes("\u2714 no problems")) io.stdout.write(stdout.text);
    worst = Math.max(worst, code);
  }
  return worst;
}
export {
  runHook
};
