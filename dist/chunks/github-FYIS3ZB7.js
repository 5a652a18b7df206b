import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  ANNOTATIONS_PER_LEVEL,
  annotation,
  escapeData,
  escapeProperty,
  githubText,
  workflowCommand
} from "./chunk-ZFAA6XCB.js";
import "./chunk-AH6GHGE5.js";
import "./chunk-TKYNMG2J.js";
import "./chunk-UNRFHDPK.js";
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
