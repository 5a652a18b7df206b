import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  exitCode,
  runCli
} from "./chunk-CHBH4RJD.js";
import "./chunk-2D3XMHMW.js";
import "./chunk-TNV2DV74.js";
import "./chunk-BE7JI7H6.js";
export {
  exitCode,
  runCli
};
