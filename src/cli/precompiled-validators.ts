// The validators generated at build time, installed by the bundled CLI before a command runs (a chunk
// of its own: the entry loads it only when a command will read a repository).
import * as precompiled from 'changegate:precompiled-validators';
import { usePrecompiledValidators } from '../validate/schemas.ts';

export function installPrecompiledValidators(): void {
  usePrecompiledValidators(precompiled);
}
