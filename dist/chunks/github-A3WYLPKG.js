import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  ANNOTATIONS_PER_LEVEL,
  annotation,
  escapeData,
  escapeProperty,
  formatGithub,
  workflowCommand
} from "./chunk-2G7FDR3R.js";
import "./chunk-KFSZQI4Z.js";
import "./chunk-BE7JI7H6.js";
export {
  ANNOTATIONS_PER_LEVEL,
  annotation,
  escapeData,
  escapeProperty,
  formatGithub,
  workflowCommand
};
