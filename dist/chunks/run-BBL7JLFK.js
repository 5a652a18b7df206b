import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  exitCode,
  runCli
} from "./chunk-J4KANQUR.js";
import "./chunk-FAZKKDTF.js";
import "./chunk-TNV2DV74.js";
import "./chunk-BE7JI7H6.js";
export {
  exitCode,
  runCli
};
