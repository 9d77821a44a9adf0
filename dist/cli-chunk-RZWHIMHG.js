import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  folderProblem
} from "./cli-chunk-SIYBN2J6.js";
import {
  evaluate,
  loadRepository
} from "./cli-chunk-EEPDGUPQ.js";
import "./cli-chunk-CZ4W4BIZ.js";
import {
  loadRulePack
} from "./cli-chunk-B4YMDTPB.js";
import {
  UsageError
} from "./cli-chunk-X3GKK33H.js";
import "./cli-chunk-CVINXUCZ.js";
import "./cli-chunk-VQWI57H3.js";
import "./cli-chunk-TM2NS74O.js";
import "./cli-chunk-IYNTTMBJ.js";
import "./cli-chunk-TEIBIKKK.js";
import "./cli-chunk-R64I6EY7.js";
import "./cli-chunk-IHQNHCRA.js";
import "./cli-chunk-TO5V6PRQ.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import "./cli-chunk-QDRY2GZP.js";
import "./cli-chunk-HMPC5YSJ.js";
import {
  didYouMean
} from "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-POQZWAN2.js";
import {
  packageRoot
} from "./cli-chunk-2Z5H7SNB.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/cli/commands/rules.ts
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
var collect = (value, previous) => [...previous, value];
var RULE_DOCUMENT = /^kind:\s*["']?Rule["']?\s*(#.*)?$/m;
async function ruleSet(repoDir, options, io) {
  const pack = await loadRulePack(options.plugin, io.cwd);
  const listed = pack.rules.map((rule) => {
    const plugin = pack.pluginOf.get(rule.id);
    return plugin !== void 0 ? { rule, origin: "plugin", source: plugin } : { rule, origin: "built-in", source: "" };
  });
  if (repoDir === void 0) return { rules: listed };
  const problem = folderProblem(repoDir, io.cwd);
  if (problem !== void 0) throw new UsageError(problem);
  let repository;
  try {
    repository = await loadRepository(resolve(io.cwd, repoDir), { ...options.config !== void 0 ? { config: options.config } : {}, env: io.env });
  } catch (err) {
    throw new UsageError(`cannot read ${repoDir}: ${err.message}`);
  }
  const evaluation = evaluate(repository, { rules: pack.rules });
  const ruleFiles = new Set(repository.files.filter((f) => RULE_DOCUMENT.test(Buffer.from(f.bytes).toString("utf8"))).map((f) => f.path));
  const broken = evaluation.findings.filter((f) => f.messageId.startsWith("customRule") || f.ruleId === "schema-valid" && ruleFiles.has(f.file));
  if (broken.length > 0) {
    for (const f of broken) io.stderr(`${located(repoDir, f)}: ${f.message}
`);
    io.stderr(`changegate: ${broken.length === 1 ? "a rule file" : `${broken.length} problems in the rule files`} of ${repoDir} must be fixed before its rules can be listed
`);
    return void 0;
  }
  for (const rule of evaluation.customRules) listed.push({ rule, origin: "repository", source: rule.source ?? "" });
  return { rules: listed, repository };
}
function located(repoDir, f) {
  const file = repoDir === "." ? f.file : join(repoDir, f.file);
  return f.line > 0 ? `${file}:${f.line}:${f.column}` : file;
}
function addRuleSetOptions(command) {
  return command.option("-c, --config <file>", "config file, relative to the repository (default: changegate.yaml when present)").option("--plugin <path>", "also list the rules exported by this ES module, made with defineRule (repeat for several)", collect, []);
}
function registerRules(program, io, setExit) {
  addRuleSetOptions(
    program.command("rules").description("List every rule with its default severity and what it checks; with a repository, also the repository's own rules (rules/*.yaml)").argument("[repo-dir]", "also list this repository's custom rules (compiled as check compiles them)").option("--json", "print the rules with their options schemas as JSON")
  ).addHelpText("after", "\nExamples:\n  $ changegate rules\n  $ changegate rules examples/six-sites\n  $ changegate rules . --plugin ./acme-rules.mjs\n  $ changegate rules --json > rules.json").action(async (repoDir, options) => {
    const set = await ruleSet(repoDir, options, io);
    if (!set) return setExit(2 /* Error */);
    if (options.json) {
      io.stdout(
        JSON.stringify(
          set.rules.map(({ rule: r, origin, source }) => ({
            id: r.id,
            title: r.title,
            category: r.category,
            severity: r.defaultSeverity,
            summary: r.summary,
            waivable: r.waivable,
            options: r.optionsSchema,
            defaults: r.defaultOptions,
            ...origin !== "built-in" ? { origin, source } : {},
            ...r.scope !== void 0 ? { scope: r.scope } : {}
          })),
          null,
          2
        ) + "\n"
      );
      return;
    }
    const builtIn = set.rules.filter((l) => l.origin === "built-in");
    const others = set.rules.filter((l) => l.origin !== "built-in");
    const width = Math.max(...set.rules.map((l) => l.rule.id.length));
    const line = (r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.category.padEnd(9)}  ${r.summary}
`;
    if (others.length === 0) {
      for (const l of builtIn) io.stdout(line(l.rule));
      return;
    }
    io.stdout(`Built-in rules (${builtIn.length}):
`);
    for (const l of builtIn) io.stdout(line(l.rule));
    for (const origin of ["plugin", "repository"]) {
      const group = others.filter((l) => l.origin === origin);
      if (group.length === 0) continue;
      io.stdout(`
${origin === "plugin" ? `Plugin rules (${group.length}, from --plugin)` : `Custom rules of ${repoDir} (${group.length})`}:
`);
      for (const l of group) {
        io.stdout(line(l.rule));
        io.stdout(`${" ".repeat(width + 2)}${l.rule.scope !== void 0 ? `scope ${l.rule.scope}, ` : ""}${l.rule.waivable ? "waivable" : "not waivable"}, from ${l.source}
`);
      }
    }
  });
  addRuleSetOptions(
    program.command("explain").description("Show a rule's documentation: what it checks, why, its options and examples; with a repository, its custom rules too").argument("<rule-id>", "the rule, as listed by `changegate rules [repo-dir]`").argument("[repo-dir]", "the repository whose custom rules (rules/*.yaml) may hold the rule")
  ).addHelpText("after", "\nExamples:\n  $ changegate explain redundancy-group-concurrency\n  $ changegate explain one-site-per-night examples/six-sites\n  $ changegate explain schema-valid | less").action(async (id, repoDir, options) => {
    const set = await ruleSet(repoDir, options, io);
    if (!set) return setExit(2 /* Error */);
    const listed = set.rules.find((l) => l.rule.id === id);
    if (!listed) {
      const suggestion = didYouMean(id, set.rules.map((l) => l.rule.id));
      const where = repoDir === void 0 ? "; a custom rule is explained with its repository: changegate explain <id> <repo-dir>" : "";
      throw new UsageError(`unknown rule "${id}"` + (suggestion ? `; did you mean "${suggestion}"?` : `; \`changegate rules${repoDir !== void 0 ? ` ${repoDir}` : ""}\` lists them${where}`));
    }
    const page = explanation(listed, set.repository);
    io.stdout(page.endsWith("\n") ? page : page + "\n");
  });
}
function summaryPage(rule) {
  return `# ${rule.id}: ${rule.title}

${rule.summary}

## Why

${rule.rationale}
`;
}
function explanation(listed, repository) {
  const { rule } = listed;
  if (listed.origin === "built-in") {
    try {
      return readFileSync(join(packageRoot(), "docs", "rules", `${rule.id}.md`), "utf8");
    } catch {
      return summaryPage(rule);
    }
  }
  const facts = [
    `- Default severity: ${rule.defaultSeverity}; category: ${rule.category}${rule.scope !== void 0 ? `; scope: ${rule.scope}` : ""}`,
    `- Waivable: ${rule.waivable ? "yes" : "no"}`,
    listed.origin === "plugin" ? `- Plugin module: ${listed.source} (JavaScript, run because --plugin named it)` : `- Defined in: ${listed.source} (a Rule document of the repository)`
  ].join("\n");
  const file = repository?.files.find((f) => f.path === listed.source);
  const document = file ? `
## The rule document

\`\`\`yaml
${Buffer.from(file.bytes).toString("utf8").trimEnd()}
\`\`\`
` : "";
  return `${summaryPage(rule)}
## Facts

${facts}
${document}`;
}
export {
  registerRules
};
