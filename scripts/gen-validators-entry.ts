// Build step: compiles every document schema and every rule's options schema once with ajv and writes
// standalone validator code, so the bundled CLI and Action start without loading ajv or compiling a
// schema (see docs/performance.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { ALL_RULES } from '../rules/index.ts';
import { createAjv } from '../src/validate/compile.ts';
import { DOCUMENT_KINDS, SCHEMAS } from '../src/validate/schemas.ts';
import { RULE_TEST_SCHEMA } from '../src/rule-tests/schema.ts';

// ajv's standalone module is CommonJS; depending on the loader its function is the default export or .default.
const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ?? standaloneModule) as (
  ajv: unknown,
  refs: Record<string, string>,
) => string;

export function generateValidators(outFile: string): void {
  const ajv = createAjv({ source: true });
  const refs: Record<string, string> = {};
  for (const kind of DOCUMENT_KINDS) {
    const schema = SCHEMAS[kind] as { $id: string };
    ajv.addSchema(schema);
    refs[kind] = schema.$id;
  }
  // Rule options: keyed at run time by the schema's JSON text, so a validator is only ever used for
  // exactly the schema it was generated from.
  // Rules with the same options schema (most have none) share one validator.
  const bySchemaText = new Map<string, string>();
  // The RuleTest schema (changegate test) is validated the same way, by its JSON text.
  for (const schema of [...ALL_RULES.map((rule) => rule.optionsSchema), RULE_TEST_SCHEMA]) {
    const text = JSON.stringify(schema);
    if (bySchemaText.has(text)) continue;
    const key = `ruleOptions${bySchemaText.size}`;
    ajv.addSchema(JSON.parse(text) as Record<string, unknown>, key);
    refs[key] = key;
    bySchemaText.set(text, key);
  }
  // The generated code names CUSTOM_FORMATS (see createAjv); import it from the sources being bundled.
  const formatsModule = resolve('src/validate/formats.ts').split('\\').join('/');
  const code =
    `import { CUSTOM_FORMATS } from ${JSON.stringify(formatsModule)};\n` +
    standaloneCode(ajv, refs) +
    `\nexport const bySchemaText = {${[...bySchemaText].map(([text, key]) => `${JSON.stringify(text)}: ${key}`).join(', ')}};\n`;
  mkdirSync(dirname(resolve(outFile)), { recursive: true });
  writeFileSync(resolve(outFile), code);
}
