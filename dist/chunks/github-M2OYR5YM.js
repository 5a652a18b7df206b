import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  ANNOTATIONS_PER_LEVEL,
  annotation,
  escapeData,
  escapeProperty,
  githubText,
  workflowCommand
} from "./chunk-Z45NVZJX.js";
import "./chunk-35IEURIK.js";
import "./chunk-MLDY5ZZJ.js";
import "./chunk-3TY5ZICS.js";
import "./chunk-BE7JI7H6.js";
export {
  ANNOTATIONS_PER_LEVEL,
  annotation,
  escapeData,
  escapeProperty,
  githubText,
  workflowCommand
};
