// Entry point of the bundled Action (dist/index.js): wires the real process into run().
import * as precompiled from 'changegate:precompiled-validators';
import { usePrecompiledValidators } from '../validate/schemas.ts';
import { productionDeps } from './deps.ts';
import { run } from './main.ts';

// Schemas compiled at build time, as in the CLI: no schema compilation on the runner.
usePrecompiledValidators(precompiled);

process.exitCode = await run(productionDeps);
