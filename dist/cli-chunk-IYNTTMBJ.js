import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/core/version.ts
var VERSION = "0.1.0";
var RULE_DOCS_URL = `https://github.com/changegate/changegate/blob/v${VERSION}/docs/rules`;

export {
  VERSION,
  RULE_DOCS_URL
};
