// Compiling JSON Schemas with ajv: at build time into standalone validators for the bundles
// (scripts/gen-validators-entry.ts), and at run time where nothing was generated (tests, build
// scripts). The bundled CLI and Action never import this module, so they never load ajv itself.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import { CUSTOM_FORMATS } from './formats.ts';
import { useSchemaCompiler } from './schemas.ts';
import type { SchemaCompiler } from './schemas.ts';

/**
 * The ajv instance every schema is compiled with. `source: true` is used at build time to generate
 * standalone validators: the formats then come from CUSTOM_FORMATS by name, so precompiled and
 * runtime-compiled validators behave identically.
 */
export function createAjv(options: { source?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    verbose: true,
    ...(options.source ? { code: { source: true, esm: true, formats: _`CUSTOM_FORMATS` } } : {}),
  });
  // Annotations for editors (the YAML language server shows markdownDescription on hover); no validation.
  ajv.addKeyword('markdownDescription');
  ajv.addFormat('date', CUSTOM_FORMATS.date);
  ajv.addFormat('iana-time-zone', CUSTOM_FORMATS['iana-time-zone']);
  ajv.addFormat('instant', CUSTOM_FORMATS.instant);
  return ajv;
}

/** A compiler sharing one ajv instance. */
export function runtimeSchemaCompiler(): SchemaCompiler {
  let ajv: Ajv2020 | undefined;
  return (schema) => (ajv ??= createAjv()).compile(schema);
}

/** Lets validation compile schemas at run time (for code that runs from the sources). */
export function installRuntimeSchemaCompiler(): void {
  useSchemaCompiler(runtimeSchemaCompiler());
}
