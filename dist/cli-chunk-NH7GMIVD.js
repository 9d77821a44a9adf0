import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  joinRepoPath
} from "./cli-chunk-TBPQAQRB.js";
import {
  oneLine
} from "./cli-chunk-3I33IZPJ.js";

// src/report/gitlab.ts
var CODE_QUALITY_SEVERITY = { error: "blocker", warning: "major", notice: "info" };
var DESCRIPTION_LIMIT = 2e3;
function toCodeQuality(evaluation, options) {
  const repositoryFile = options.repositoryFile ?? "changegate.yaml";
  return evaluation.findings.map((f) => {
    const located = f.file !== "";
    const description = oneLine(f.message);
    return {
      type: "issue",
      check_name: `changegate/${f.ruleId}`,
      description: description.length <= DESCRIPTION_LIMIT ? description : description.slice(0, DESCRIPTION_LIMIT - 1) + "\u2026",
      categories: ["Bug Risk"],
      fingerprint: f.fingerprint,
      severity: CODE_QUALITY_SEVERITY[f.severity],
      location: {
        path: joinRepoPath(options.pathPrefix, located ? f.file : repositoryFile),
        lines: located ? { begin: f.line, end: Math.max(f.line, f.endLine) } : { begin: 1, end: 1 }
      }
    };
  });
}
function formatCodeQuality(evaluation, options) {
  return JSON.stringify(toCodeQuality(evaluation, options), null, 2) + "\n";
}

export {
  CODE_QUALITY_SEVERITY,
  toCodeQuality,
  formatCodeQuality
};
