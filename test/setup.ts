// Tests run the sources, not the bundles: schemas are compiled at run time instead of at build time.
import { installRuntimeSchemaCompiler } from '../src/validate/compile.ts';

installRuntimeSchemaCompiler();
