import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds dist/ once before the suite, so tests that spawn the CLI run what users run.
 * tsc emits even when it finds type errors; those fail `npm run typecheck`, not the tests.
 */
export default function setup(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(
      `build reported problems (npm run typecheck lists them):\n${result.stdout.slice(0, 2000)}\n`,
    );
  }
}
