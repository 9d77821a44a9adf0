import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  annotationCommand,
  escapeCommandData,
  escapeCommandProperty,
  formatGithub,
  joinRepoPath
} from "./cli-chunk-TBPQAQRB.js";
import "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  annotationCommand,
  escapeCommandData,
  escapeCommandProperty,
  formatGithub,
  joinRepoPath
};
