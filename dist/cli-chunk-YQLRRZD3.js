import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  JSON_SCHEMA_VERSION,
  findingJson,
  formatJson,
  jsonChunks,
  toJsonObject
} from "./cli-chunk-W5G2MGEG.js";
import "./cli-chunk-2LXPUEUT.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  JSON_SCHEMA_VERSION,
  findingJson,
  formatJson,
  jsonChunks,
  toJsonObject
};
