import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  folderProblem
} from "./cli-chunk-SIYBN2J6.js";
import "./cli-chunk-EEPDGUPQ.js";
import "./cli-chunk-CZ4W4BIZ.js";
import {
  DEFAULT_SCHEMA_DIR,
  normaliseSchemaDir,
  writeEditorSetup
} from "./cli-chunk-UWNPLO7W.js";
import {
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import "./cli-chunk-CVINXUCZ.js";
import "./cli-chunk-VQWI57H3.js";
import "./cli-chunk-TM2NS74O.js";
import "./cli-chunk-IYNTTMBJ.js";
import "./cli-chunk-R64I6EY7.js";
import "./cli-chunk-IHQNHCRA.js";
import "./cli-chunk-TO5V6PRQ.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-QDRY2GZP.js";
import "./cli-chunk-HMPC5YSJ.js";
import "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-POQZWAN2.js";
import "./cli-chunk-2Z5H7SNB.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/commands/schemas.ts
import { resolve } from "node:path";
function registerSchemas(program, io) {
  program.command("schemas").description("Write the JSON Schemas into the repository and the YAML language server settings that map each folder to its schema").argument("[repo-dir]", "the repository to set up", ".").option("--out <dir>", "folder for the schemas, relative to the repository", DEFAULT_SCHEMA_DIR).addHelpText(
    "after",
    `
Run it again after upgrading changegate: the schemas are replaced, and yaml.schemas in
.vscode/settings.json is updated while every other setting is kept.

Examples:
  $ changegate schemas
  $ changegate schemas network-config --out tools/schemas`
  ).action((repoDir, options) => {
    const problem = folderProblem(repoDir, io.cwd);
    if (problem !== void 0) throw new UsageError(problem);
    const schemaDir = normaliseSchemaDir(options.out);
    for (const path of writeEditorSetup(resolve(io.cwd, repoDir), schemaDir)) io.stdout(`wrote ${repoDir === "." ? path : `${repoDir}/${path}`}
`);
    io.stdout(`
Files in a folder of another name can name their schema on their first line, e.g.
# yaml-language-server: $schema=${schemaDir}/change-request.schema.json (relative to the file)
`);
  });
}
export {
  registerSchemas
};
