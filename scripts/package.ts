// Makes what the stores take, from production builds: the Chrome and Firefox zips, the source archive
// addons.mozilla.org asks for (bundled code needs one), and the store screenshots (scripts/screenshots.ts).
// `--no-screenshots` skips the browser run. Check the result with scripts/check-package.ts.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildingNotes, SOURCE_PATHS, writeSourceArchive } from './source-archive';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const dist = join(root, 'dist');

// A package for review should come from a committed tree; say so when the sources differ from it.
const dirty = execFileSync('git', ['status', '--porcelain', '--', ...SOURCE_PATHS], { cwd: root, encoding: 'utf8' }).trim();
if (dirty) console.warn(`package: uncommitted changes in the sources; the archive holds them as they are now:\n${dirty}`);

execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/notices.ts')], { stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build.ts'), '--production'], { stdio: 'inherit' });
mkdirSync(dist, { recursive: true });
for (const target of ['chrome', 'firefox']) {
  // The bundles drop the packages' licence comments (legalComments: 'none'); their licences ship in this file.
  copyFileSync(join(root, 'THIRD_PARTY_NOTICES'), join(root, 'build', target, 'THIRD_PARTY_NOTICES'));
  const file = `lede-${target}-${version}.zip`;
  execFileSync(join(root, 'node_modules/.bin/web-ext'), ['build', '-s', join(root, 'build', target), '-a', dist, '-n', file, '--overwrite-dest'], { stdio: 'inherit' });
}

const staging = mkdtempSync(join(tmpdir(), 'lede-source-'));
try {
  const npm = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  const archive = join(dist, `lede-source-${version}.tar.gz`);
  writeSourceArchive(root, archive, buildingNotes(version, process.versions.node, npm), staging);
  console.log(`source archive: ${archive}`);
} finally {
  rmSync(staging, { recursive: true, force: true });
}

if (!process.argv.includes('--no-screenshots')) {
  const { takeScreenshots } = await import('./screenshots');
  for (const f of await takeScreenshots(join(root, 'store/screenshots'), join(root, 'build/chrome'))) console.log(`screenshot: ${f}`);
}
