import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  exitCode,
  runCli
} from "./chunk-JYI5RFZ2.js";
import "./chunk-WCHJP4OX.js";
import "./chunk-BEDV53EO.js";
import "./chunk-A5EAKFVO.js";
import "./chunk-RWFKZ3JA.js";
import "./chunk-YI5XR4DP.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-3UKRB5HT.js";
import "./chunk-KFSZQI4Z.js";
import "./chunk-BE7JI7H6.js";
export {
  LINT_OPTIONS,
  exitCode,
  runCli
};
