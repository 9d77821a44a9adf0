// Entry point of the bundled public API (dist/api/index.js): the schemas' validators generated at build
// time, plus the run-time compiler for the options schemas of the caller's own rules.
import * as precompiled from 'changegate:precompiled-validators';
import { usePrecompiledValidators } from '../validate/schemas.ts';
import { installRuntimeSchemaCompiler } from '../validate/compile.ts';

usePrecompiledValidators(precompiled);
installRuntimeSchemaCompiler();

export * from './index.ts';
