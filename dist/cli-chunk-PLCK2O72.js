import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  GitLabContextError,
  readGitLabContext
} from "./cli-chunk-LWSWCAFN.js";
import "./cli-chunk-QTBQUBZ5.js";
export {
  GitLabContextError,
  readGitLabContext
};
