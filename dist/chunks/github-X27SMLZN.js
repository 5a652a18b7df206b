import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  ANNOTATIONS_PER_LEVEL,
  annotation,
  escapeData,
  escapeProperty,
  githubText,
  workflowCommand
} from "./chunk-CCBICPBZ.js";
import "./chunk-AH6GHGE5.js";
import "./chunk-IHROAHSR.js";
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
