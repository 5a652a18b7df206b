import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  LINT_OPTIONS,
  exitCode,
  runCli
} from "./chunk-X4PBUBWB.js";
import "./chunk-JCQP6QQO.js";
import "./chunk-KROLSLQI.js";
import "./chunk-PZ4JXDO2.js";
import "./chunk-WQODLWK4.js";
import "./chunk-FLM64P6W.js";
import "./chunk-TLGIGAKR.js";
import "./chunk-BOIGW645.js";
import "./chunk-356GWT3Q.js";
import "./chunk-WJPUQHBL.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  LINT_OPTIONS,
  exitCode,
  runCli
};
