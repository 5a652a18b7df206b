import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  activeFindings,
  countBySeverity,
  findingIdentity,
  isPseudoFile,
  locationLabel,
  objectLabel,
  plainLine,
  prioritise,
  rebaseFile,
  rebaseResult,
  relativeName,
  sentence,
  sentenceWith
} from "./chunk-55WLH2ZT.js";
import "./chunk-B675Y2P7.js";
import "./chunk-BE7JI7H6.js";
export {
  activeFindings,
  countBySeverity,
  findingIdentity,
  isPseudoFile,
  locationLabel,
  objectLabel,
  plainLine,
  prioritise,
  rebaseFile,
  rebaseResult,
  relativeName,
  sentence,
  sentenceWith
};
