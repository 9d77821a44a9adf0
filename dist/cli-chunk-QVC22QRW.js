import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  codeIdentity,
  contentId,
  documentCache,
  withContentIds
} from "./cli-chunk-AFBHTR5Y.js";
import "./cli-chunk-ZRQ63Y3F.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  codeIdentity,
  contentId,
  documentCache,
  withContentIds
};
