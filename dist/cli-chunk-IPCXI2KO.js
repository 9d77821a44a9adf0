import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  CODE_QUALITY_SEVERITY,
  formatCodeQuality,
  toCodeQuality
} from "./cli-chunk-NH7GMIVD.js";
import "./cli-chunk-TBPQAQRB.js";
import "./cli-chunk-3I33IZPJ.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  CODE_QUALITY_SEVERITY,
  formatCodeQuality,
  toCodeQuality
};
