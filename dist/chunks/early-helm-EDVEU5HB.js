import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  chartFlagsOf,
  layersOf,
  parseLintArgs
} from "./chunk-BZVTSXD3.js";
import "./chunk-62ITEC6O.js";
import {
  helmInvocation,
  startRendering
} from "./chunk-ZOJZC5X7.js";
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

// src/cli/early-helm.ts
function startHelmEarly(args, cwd, env) {
  try {
    const parsed = parseLintArgs(args);
    const flags = chartFlagsOf(parsed.values);
    if (!flags.chart || parsed.values.help || parsed.values.manifests?.includes("-")) return void 0;
    const { valuesPaths, sets } = layersOf(parsed);
    const { helm, args: helmArgs } = helmInvocation({ ...flags, chart: flags.chart }, valuesPaths, sets, { cwd, env });
    return helm ? startRendering(helm, helmArgs, { cwd, env }) : void 0;
  } catch {
    return void 0;
  }
}
export {
  startHelmEarly
};
