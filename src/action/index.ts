// Entry point of the bundled Action (dist/action/index.js): wires the real process into run().
import { run } from './main.ts';
import { productionDeps } from './deps.ts';

process.exitCode = await run(productionDeps);
