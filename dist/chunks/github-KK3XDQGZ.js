import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  ANNOTATIONS_PER_LEVEL,
  annotation,
  escapeData,
  escapeProperty,
  formatGithub,
  workflowCommand
} from "./chunk-TJQC6QPC.js";
import "./chunk-QMHXNVKL.js";
import "./chunk-TDT74PBL.js";
import "./chunk-BE7JI7H6.js";
export {
  ANNOTATIONS_PER_LEVEL,
  annotation,
  escapeData,
  escapeProperty,
  formatGithub,
  workflowCommand
};
