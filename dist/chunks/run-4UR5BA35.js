import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  exitCode,
  runCli
} from "./chunk-A5N7GSL3.js";
import "./chunk-LQ7LXXXV.js";
import "./chunk-TNV2DV74.js";
import "./chunk-BE7JI7H6.js";
export {
  exitCode,
  runCli
};
