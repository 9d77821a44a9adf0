import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import {
  packageRoot
} from "./cli-chunk-2Z5H7SNB.js";

// src/cli/editor-setup.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
var DEFAULT_SCHEMA_DIR = ".changegate/schemas";
var SCHEMA_GLOBS = [
  { schema: "inventory.schema.json", globs: ["inventory/**/*.yaml", "inventory/**/*.yml"] },
  { schema: "traffic-forecast.schema.json", globs: ["traffic/**/*.yaml", "traffic/**/*.yml"] },
  { schema: "software-catalog.schema.json", globs: ["software/**/*.yaml", "software/**/*.yml"] },
  { schema: "policy.schema.json", globs: ["policy/**/*.yaml", "policy/**/*.yml"] },
  { schema: "change-request.schema.json", globs: ["changes/**/*.yaml", "changes/**/*.yml"] },
  { schema: "waiver.schema.json", globs: ["waivers/**/*.yaml", "waivers/**/*.yml"] },
  { schema: "rule.schema.json", globs: ["rules/**/*.yaml", "rules/**/*.yml"] },
  { schema: "changegate-config.schema.json", globs: ["changegate.yaml"] },
  { schema: "rule-test.schema.json", globs: ["tests/**/*.yaml", "tests/**/*.yml"] }
];
function normaliseSchemaDir(dir) {
  const normal = posix.normalize(dir.split("\\").join("/")).replace(/\/+$/, "");
  if (normal === "" || normal === "." || normal.startsWith("../") || normal === ".." || posix.isAbsolute(normal)) {
    throw new UsageError(`--out ${dir}: give a folder inside the repository, e.g. ${DEFAULT_SCHEMA_DIR}`);
  }
  return normal;
}
function modeline(file, schemaDir, schema) {
  const from = posix.dirname(file);
  return `# yaml-language-server: $schema=${posix.relative(from, `${schemaDir}/${schema}`)}
`;
}
function yamlSchemasSetting(schemaDir) {
  return Object.fromEntries(SCHEMA_GLOBS.map(({ schema, globs }) => [`./${schemaDir}/${schema}`, globs]));
}
function mergedSettings(existing, schemaDir) {
  let settings = {};
  if (existing !== void 0 && existing.trim() !== "") {
    try {
      const parsed = JSON.parse(existing);
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
      settings = parsed;
    } catch {
      throw new UsageError(
        `.vscode/settings.json is not plain JSON (comments or trailing commas?), so it is left as it is; add this to it yourself:
"yaml.schemas": ${JSON.stringify(yamlSchemasSetting(schemaDir), null, 2)}`
      );
    }
  }
  const current = settings["yaml.schemas"];
  const previous = current !== null && typeof current === "object" && !Array.isArray(current) ? current : {};
  settings["yaml.schemas"] = { ...previous, ...yamlSchemasSetting(schemaDir) };
  return `${JSON.stringify(settings, null, 2)}
`;
}
function writeEditorSetup(root, schemaDir) {
  const settingsPath = join(root, ".vscode", "settings.json");
  const settings = mergedSettings(existsSync(settingsPath) ? readFileSync(settingsPath, "utf8") : void 0, schemaDir);
  const written = [];
  const source = join(packageRoot(), "schemas");
  for (const { schema } of SCHEMA_GLOBS) {
    const target = join(root, schemaDir, schema);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(join(source, schema)));
    written.push(`${schemaDir}/${schema}`);
  }
  mkdirSync(dirname(settingsPath), { recursive: true });
  writeFileSync(settingsPath, settings);
  written.push(".vscode/settings.json");
  return written;
}

export {
  DEFAULT_SCHEMA_DIR,
  normaliseSchemaDir,
  modeline,
  writeEditorSetup
};
