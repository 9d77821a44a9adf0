import { createRequire as __changegateCreateRequire } from 'node:module'; const require = __changegateCreateRequire(import.meta.url);
import {
  evaluate,
  loadRepository
} from "./cli-chunk-EEPDGUPQ.js";
import "./cli-chunk-CZ4W4BIZ.js";
import "./cli-chunk-CVINXUCZ.js";
import "./cli-chunk-VQWI57H3.js";
import "./cli-chunk-TM2NS74O.js";
import {
  INPUT_RULE_IDS
} from "./cli-chunk-R64I6EY7.js";
import "./cli-chunk-IHQNHCRA.js";
import "./cli-chunk-TO5V6PRQ.js";
import "./cli-chunk-IK2H635M.js";
import "./cli-chunk-45VVUP2D.js";
import {
  declaresRuleTestKind,
  normaliseRepoPath
} from "./cli-chunk-QDRY2GZP.js";
import {
  loadYaml,
  locate
} from "./cli-chunk-HMPC5YSJ.js";
import {
  didYouMean,
  validateAgainstSchema
} from "./cli-chunk-ZKHIW7JU.js";
import "./cli-chunk-W4CA3O5L.js";
import "./cli-chunk-MCFCEMX4.js";
import "./cli-chunk-POQZWAN2.js";
import "./cli-chunk-QTBQUBZ5.js";

// src/rule-tests/run.ts
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

// src/rule-tests/judge.ts
var SHOWN = 8;
function describeFinding(f) {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}/${f.messageId}: ${f.message}`;
}
function listed(findings) {
  if (findings.length === 0) return "";
  const lines = findings.slice(0, SHOWN).map((f) => `
    ${describeFinding(f)}`);
  if (findings.length > SHOWN) lines.push(`
    \u2026 and ${findings.length - SHOWN} more`);
  return lines.join("");
}
function describeExpected(e) {
  const where = e.file !== void 0 ? ` at ${e.file}${e.line !== void 0 ? `:${e.line}${e.column !== void 0 ? `:${e.column}` : ""}` : ""}` : e.line !== void 0 ? ` on line ${e.line}` : "";
  const about = [e.change !== void 0 ? `change ${e.change}` : "", e.step !== void 0 ? `step ${e.step}` : "", e.severity ?? ""].filter(Boolean).join(", ");
  return `${e.rule}${e.messageId !== void 0 ? `/${e.messageId}` : ""}${where}${about ? ` (${about})` : ""}`;
}
function matches(f, e) {
  return f.ruleId === e.rule && (e.messageId === void 0 || f.messageId === e.messageId) && (e.file === void 0 || f.file === e.file) && (e.line === void 0 || f.line === e.line) && (e.column === void 0 || f.column === e.column) && (e.severity === void 0 || f.severity === e.severity) && (e.change === void 0 || f.changeId === e.change) && (e.step === void 0 || f.stepId === e.step);
}
function judge(test, evaluation) {
  const failures = [];
  const judged = test.rules === void 0 ? evaluation.findings : evaluation.findings.filter((f) => test.rules?.includes(f.ruleId));
  const expect = test.expect;
  if (evaluation.verdict === "error" && expect.verdict !== "error") {
    const inputFindings = evaluation.findings.filter((f) => INPUT_RULE_IDS.has(f.ruleId));
    failures.push({ pointer: "/apply", message: `the repository could not be evaluated (verdict error), so nothing is proven:${listed(inputFindings)}` });
  }
  if (expect.verdict !== void 0 && evaluation.verdict !== expect.verdict) {
    const blocking = evaluation.findings.filter((f) => f.severity === "error");
    failures.push({ pointer: "/expect/verdict", message: `expected verdict ${expect.verdict}, found ${evaluation.verdict}${blocking.length > 0 ? `; blocking findings:${listed(blocking)}` : ""}` });
  }
  if (expect.pass === true) {
    const blocking = judged.filter((f) => f.severity === "error");
    if (blocking.length > 0) failures.push({ pointer: "/expect/pass", message: `expected no blocking finding${test.rules ? ` of ${test.rules.join(", ")}` : ""}, found ${blocking.length}:${listed(blocking)}` });
  }
  const matched = /* @__PURE__ */ new Set();
  expect.findings?.forEach((e, i) => {
    const found = judged.filter((f) => matches(f, e));
    for (const f of found) matched.add(f);
    const ok = e.count === void 0 ? found.length > 0 : found.length === e.count;
    if (ok) return;
    const wanted = e.count === void 0 ? "at least one" : String(e.count);
    const sameRule = judged.filter((f) => f.ruleId === e.rule && !found.includes(f));
    const inFile = e.file === void 0 ? [] : sameRule.filter((f) => f.file === e.file);
    const instead = inFile.length > 0 ? inFile : sameRule;
    const context = found.length > 0 ? `; matching:${listed(found)}` : instead.length > 0 ? `; ${e.rule} reported instead:${listed(instead)}` : `; ${e.rule} reported nothing`;
    failures.push({ pointer: `/expect/findings/${i}`, message: `expected ${wanted} ${describeExpected(e)}, found ${found.length}${context}` });
  });
  if (expect.exhaustive === true) {
    const others = judged.filter((f) => !matched.has(f));
    if (others.length > 0) failures.push({ pointer: "/expect/exhaustive", message: `expected nothing beyond the listed findings, found ${others.length} more:${listed(others)}` });
  }
  return failures;
}

// schemas/rule-test.schema.json
var rule_test_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://changegate.dev/schemas/rule-test.schema.json",
  title: "changegate RuleTest",
  description: "A rule unit test run by `changegate test`: a base repository, changes applied to an in-memory copy of it, and the result expected. Never read as part of a network.",
  type: "object",
  required: ["kind", "name", "base", "asOf", "apply", "expect"],
  additionalProperties: false,
  properties: {
    kind: {
      description: 'The document kind. Must be "RuleTest".',
      type: "string",
      const: "RuleTest"
    },
    name: {
      description: 'What the test proves, in a sentence (shown in the report), e.g. "a holiday on the interconnect is refused".',
      type: "string",
      minLength: 1
    },
    base: {
      description: 'The repository folder the test starts from, relative to this file (".." when the test sits in <repo>/tests/). It is read as `changegate check` reads it and never modified.',
      type: "string",
      minLength: 1
    },
    asOf: {
      description: "The instant the plan is judged as of, ISO 8601 with an offset, e.g. 2026-11-27T09:00:00+01:00. Required, so a test gives the same result on every day it runs.",
      type: "string",
      format: "instant"
    },
    includeDrafts: {
      description: "Put draft change requests on the timeline too (as `changegate check --include-drafts`).",
      type: "boolean"
    },
    apply: {
      description: "Edits applied, in order, to an in-memory copy of the base: add or replace a file with `content`, or remove one with `delete: true`.",
      type: "array",
      items: {
        type: "object",
        description: "One edit: a repository-relative path and either its new content or `delete: true` (exactly one of the two).",
        required: ["path"],
        additionalProperties: false,
        properties: {
          path: {
            description: "Repository-relative POSIX path of the file, e.g. changes/CR-TEST-1.yaml. It may not leave the repository.",
            type: "string",
            pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$"
          },
          content: {
            description: "The file's new text (use a YAML block scalar `|`); line numbers in `expect` count from its first line.",
            type: "string"
          },
          delete: {
            description: "Remove the file from the copy (it must exist in the base or an earlier edit).",
            const: true
          }
        },
        minProperties: 2,
        maxProperties: 2
      }
    },
    rules: {
      description: "Judge only these rules' findings (every rule still runs, so interactions stay real). Default: every rule.",
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", description: "A rule id, as `changegate rules` lists it." }
    },
    expect: {
      description: "The result expected: a verdict, findings, or `pass: true`.",
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        verdict: {
          description: "The verdict of the whole evaluation: pass, warn, fail or error.",
          enum: ["pass", "warn", "fail", "error"]
        },
        pass: {
          description: "true: no blocking (error-severity) finding of the judged rules, and the repository could be read (verdict not error).",
          const: true
        },
        findings: {
          description: "Findings that must be present: each entry must match at least one finding of the judged rules (exactly `count` when given).",
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            description: "What a finding must have; fields left out match anything.",
            required: ["rule"],
            additionalProperties: false,
            properties: {
              rule: { type: "string", description: "The rule id of the finding." },
              messageId: { type: "string", description: "The message id, as the rule's page lists them." },
              file: { type: "string", description: "Repository-relative path the finding points at." },
              line: { type: "integer", minimum: 1, description: "The 1-based line the finding starts on." },
              column: { type: "integer", minimum: 1, description: "The 1-based column the finding starts on." },
              severity: { enum: ["error", "warning", "notice"], description: "The finding's severity after the policy's settings." },
              change: { type: "string", description: "The change request the finding is about." },
              step: { type: "string", description: "The step the finding is about." },
              count: { type: "integer", minimum: 0, description: "Exactly this many findings match (0: none may). Default: at least one." }
            }
          }
        },
        exhaustive: {
          description: "true: the judged rules report nothing beyond the listed findings.",
          type: "boolean"
        }
      }
    }
  }
};

// src/rule-tests/schema.ts
var RULE_TEST_SCHEMA = rule_test_schema_default;
var RULE_TEST_KIND = "RuleTest";

// src/rule-tests/read.ts
function readRuleTest(file, bytes) {
  const loaded = loadYaml(file, bytes);
  if (!loaded.document || loaded.issues.length > 0) return { ok: false, problems: loaded.issues.map((i) => ({ file, range: i.range, message: i.message })) };
  const document = loaded.document;
  const at = (pointer, key = false) => locate(document, pointer, key);
  const value = document.value;
  if (value === null || typeof value !== "object" || value.kind !== RULE_TEST_KIND) {
    return { ok: false, problems: [{ file, range: at("/kind"), message: `not a rule test: the document needs \`kind: ${RULE_TEST_KIND}\`` }] };
  }
  const schemaProblems = validateAgainstSchema(RULE_TEST_SCHEMA, value);
  if (schemaProblems.length > 0) return { ok: false, problems: schemaProblems.map((p) => ({ file, range: at(p.pointer, p.atKey), message: p.message })) };
  const test = value;
  const problems = [];
  test.expect.findings?.forEach((f, i) => {
    if (test.rules !== void 0 && !test.rules.includes(f.rule)) {
      problems.push({ file, range: at(`/expect/findings/${i}/rule`), message: `expects a finding of ${f.rule}, but \`rules:\` judges only ${test.rules.join(", ")}; add it there` });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, test, document };
}
function unknownRules(test, known) {
  const problems = [];
  const check = (id, pointer) => {
    if (known.includes(id)) return;
    const near = didYouMean(id, known);
    problems.push({ pointer, message: `unknown rule "${id}"` + (near !== void 0 ? `; did you mean "${near}"?` : "; `changegate rules` lists them (a custom rule needs its --plugin)") });
  };
  test.rules?.forEach((id, i) => check(id, `/rules/${i}`));
  test.expect.findings?.forEach((f, i) => check(f.rule, `/expect/findings/${i}/rule`));
  return problems;
}

// src/rule-tests/run.ts
var YAML_FILE = /\.ya?ml$/i;
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function findRuleTests(path) {
  if (!existsSync(path)) return void 0;
  if (statSync(path).isFile()) return [path];
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(full);
      } else if (entry.isFile() && YAML_FILE.test(entry.name) && declaresRuleTestKind(readFileSync(full))) found.push(full);
    }
  };
  walk(path);
  return found;
}
function applyEdits(base, edits) {
  const files = new Map(base.map((f) => [f.path, f]));
  for (const [index, edit] of edits.entries()) {
    const path = normaliseRepoPath(edit.path);
    if (path === void 0 || path === "") return { pointer: `/apply/${index}/path`, message: `"${edit.path}" leaves the repository; give a repository-relative path such as changes/CR-TEST-1.yaml` };
    if ("delete" in edit) {
      if (!files.delete(path)) return { pointer: `/apply/${index}/path`, message: `cannot delete ${path}: the base has no such network file (check the path and the base folder)` };
    } else files.set(path, { path, bytes: new TextEncoder().encode(edit.content) });
  }
  return { files: [...files.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0) };
}
function runRuleTest(test, base, rules) {
  const applied = applyEdits(base.files, test.apply);
  if (!("files" in applied)) return { ok: false, problems: [applied] };
  const evaluation = evaluate(
    { root: base.root ?? "", ...base, files: applied.files },
    { asOf: test.asOf, rules, ...test.includeDrafts ? { includeDrafts: true } : {} }
  );
  const unknown = unknownRules(test, [.../* @__PURE__ */ new Set([...rules.map((r) => r.id), ...evaluation.rules.map((r) => r.id)])]);
  if (unknown.length > 0) return { ok: false, problems: unknown };
  return { ok: true, evaluation, failures: judge(test, evaluation) };
}
async function runRuleTests(paths, options) {
  const outcomes = [];
  const problems = [];
  const bases = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const full = resolve(options.cwd, path);
    const shown = relative(options.cwd, full).split(sep).join("/") || path;
    const read = readRuleTest(shown, readFileSync(full));
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const { test, document } = read;
    const at = (pointer) => locate(document, pointer);
    const baseDir = resolve(dirname(full), test.base);
    if (!existsSync(baseDir) || !statSync(baseDir).isDirectory()) {
      problems.push({ file: shown, range: at("/base"), message: `the base folder ${test.base} (${relative(options.cwd, baseDir) || "."}) does not exist; give the repository folder relative to this file` });
      continue;
    }
    let base;
    try {
      if (!bases.has(baseDir)) bases.set(baseDir, loadRepository(baseDir));
      base = await bases.get(baseDir);
    } catch (err) {
      problems.push({ file: shown, range: at("/base"), message: `cannot read the base folder ${test.base}: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    const result = runRuleTest(test, base, options.rules);
    if (!result.ok) {
      problems.push(...result.problems.map((p) => ({ file: shown, range: at(p.pointer), message: p.message })));
      continue;
    }
    const { evaluation, failures } = result;
    outcomes.push({
      file: shown,
      name: test.name,
      range: at("/name"),
      status: failures.length === 0 ? "pass" : "fail",
      verdict: evaluation.verdict,
      failures: failures.map((f) => ({ range: at(f.pointer), message: f.message }))
    });
  }
  return { outcomes, problems };
}
export {
  applyEdits,
  findRuleTests,
  runRuleTest,
  runRuleTests
};
