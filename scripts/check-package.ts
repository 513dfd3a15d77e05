// Checks what `npm run package` wrote, as a store reviewer would: the source archive, extracted into an empty
// folder and built there by its own BUILDING.md steps, gives every file of both zips byte for byte; and the zips
// hold only what ships (no source maps or map references, no tests, fixtures, TypeScript or dotfiles, nothing the
// build did not make). The rebuild reuses this checkout's node_modules (installed from the same package-lock.json)
// instead of `npm ci`, which needs the network. Exits 1 on any problem.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Why a file must not be in a store package, or null when it may be. */
export function forbidden(path: string, content: Buffer): string | null {
  if (/\.map$/i.test(path)) return 'a source map';
  if (/(^|\/)\./.test(path)) return 'a dotfile';
  if (/(^|\/)(test|tests|__tests__|fixtures|e2e)\//i.test(path) || /\.(test|spec|e2e)\.[cm]?[jt]sx?$/i.test(path)) return 'a test file';
  if (/\.(ts|tsx|mts|cts)$/i.test(path)) return 'TypeScript source';
  if (/\.(js|css)$/i.test(path) && /[#@]\s*sourceMappingURL=/.test(content.toString('utf8'))) return 'a reference to a source map';
  return null;
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Differences between a package's files and a build folder's: missing, extra, or different bytes. */
export function compareTrees(pkg: string, built: string): string[] {
  const a = listFiles(pkg);
  const b = listFiles(built);
  const problems = [
    ...a.filter((f) => !b.includes(f)).map((f) => `${f}: in the package but not made by the build`),
    ...b.filter((f) => !a.includes(f)).map((f) => `${f}: made by the build but not in the package`),
  ];
  for (const f of a.filter((x) => b.includes(x))) {
    if (!readFileSync(join(pkg, f)).equals(readFileSync(join(built, f)))) problems.push(`${f}: differs from the rebuilt file`);
  }
  return problems;
}

function check(version: string): string[] {
  const dist = join(root, 'dist');
  const work = mkdtempSync(join(tmpdir(), 'lede-check-'));
  const problems: string[] = [];
  try {
    const source = join(work, 'source');
    mkdirSync(source);
    execFileSync('tar', ['-xzf', join(dist, `lede-source-${version}.tar.gz`), '-C', source]);
    if (!existsSync(join(source, 'BUILDING.md'))) problems.push('source archive: no BUILDING.md');
    symlinkSync(join(root, 'node_modules'), join(source, 'node_modules'), 'dir');
    execFileSync(process.execPath, [join(source, 'node_modules/tsx/dist/cli.mjs'), join(source, 'scripts/build.ts'), '--production'], { cwd: source, stdio: 'inherit' });
    for (const target of ['chrome', 'firefox']) {
      const built = join(source, 'build', target);
      copyFileSync(join(source, 'THIRD_PARTY_NOTICES'), join(built, 'THIRD_PARTY_NOTICES'));
      const unpacked = join(work, target);
      mkdirSync(unpacked);
      execFileSync('unzip', ['-q', join(dist, `lede-${target}-${version}.zip`), '-d', unpacked]);
      for (const f of listFiles(unpacked)) {
        const why = forbidden(f, readFileSync(join(unpacked, f)));
        if (why) problems.push(`${target} zip: ${f} is ${why}`);
      }
      problems.push(...compareTrees(unpacked, built).map((p) => `${target} zip: ${p}`));
      console.log(`${target}: ${listFiles(unpacked).length} files compared with the rebuild from the source archive`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return problems;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const problems = check(version);
  for (const p of problems) console.error(`check-package: ${p}`);
  console.log(problems.length ? `check-package: ${problems.length} problems` : 'check-package: both zips rebuild byte for byte from the source archive and hold only what ships');
  process.exitCode = problems.length ? 1 : 0;
}
