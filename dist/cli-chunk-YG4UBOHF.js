import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  gitCacheDirOf,
  gitEnvOf
} from "./cli-chunk-USNZBKT4.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  gitCacheDirOf,
  gitEnvOf
};
