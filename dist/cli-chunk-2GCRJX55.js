import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  documentReviser,
  reviseDocument
} from "./cli-chunk-A2AA4HOL.js";
import "./cli-chunk-GMU7VMS6.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  documentReviser,
  reviseDocument
};
