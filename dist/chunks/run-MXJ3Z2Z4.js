import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  decodeText,
  exitCode,
  runCli
} from "./chunk-EZDG4KSD.js";
import "./chunk-JREN3PYC.js";
import "./chunk-TNV2DV74.js";
import "./chunk-BE7JI7H6.js";
export {
  decodeText,
  exitCode,
  runCli
};
