// Makes the two zips a store takes, from production builds.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(root, 'manifest.json'), 'utf8')));
execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts'), '--production'], { stdio: 'inherit' });
mkdirSync(join(root, 'dist'), { recursive: true });
for (const target of ['chrome', 'firefox']) {
  const file = `lede-${target}-${version}.zip`;
  execFileSync(join(root, 'node_modules/.bin/web-ext'), ['build', '-s', join(root, 'build', target), '-a', join(root, 'dist'), '-n', file, '--overwrite-dest'], { stdio: 'inherit' });
}
