// Build step: compiles every document schema once with ajv and writes standalone validator code, so the
// bundled CLI and Action start without compiling schemas (see docs/performance.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { DOCUMENT_KINDS, SCHEMAS, createAjv } from '../src/validate/schemas.ts';

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
  // The generated code names CUSTOM_FORMATS (see createAjv); import it from the sources being bundled.
  const formatsModule = resolve('src/validate/formats.ts').split('\\').join('/');
  const code = `import { CUSTOM_FORMATS } from ${JSON.stringify(formatsModule)};\n` + standaloneCode(ajv, refs);
  mkdirSync(dirname(resolve(outFile)), { recursive: true });
  writeFileSync(resolve(outFile), code);
}
