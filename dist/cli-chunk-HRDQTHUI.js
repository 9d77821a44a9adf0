import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);

// src/report/gitlab-paths.ts
import { existsSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
function projectPrefix(root) {
  for (let dir = root; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return relative(dir, root).split(sep).join("/");
    if (dirname(dir) === dir) return "";
  }
}

export {
  projectPrefix
};
