import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  projectPrefix
} from "./cli-chunk-HRDQTHUI.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  projectPrefix
};
